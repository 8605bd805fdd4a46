package segment

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/datafile/tablegen"
	"github.com/glossline/glossline/internal/shared"
)

// The data files are read here, natively: by the data tests, and by
// TestRulesGenerated, which writes the tables the package reads.

var update = flag.Bool("update", false, "rewrite "+rulesFile+" from the data files")

// rulesFile is the generated file of the tables that rulesFor returns.
const rulesFile = "rules_gen.go"

// readData returns the data file of a language code.
func readData(code string) (string, error) {
	src, err := os.ReadFile("data/" + code + ".txt")
	return string(src), err
}

// dataError is a problem in a data file, with its line number. Its message
// is Msg, the quoted Text, then Tail; it is put together only when printed.
type dataError struct {
	Line            int
	Msg, Text, Tail string
}

func (e *dataError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": " + e.Msg + strconv.Quote(e.Text) + e.Tail
}

// sectionNames are the data file's sections, each followed by a space, in
// the order of their numbers (1, 2, …; see sectionOf).
const sectionNames = "abbreviations may-end months ordinal-words starters rules "

// sectionOf returns the number of a section name, 0 for an unknown one.
func sectionOf(name string) int {
	n := 1
	for w := sectionNames; w != ""; n++ {
		k := strings.IndexByte(w, ' ')
		if w[:k] == name {
			return n
		}
		w = w[k+1:]
	}
	return 0
}

// fileRules is one language's data file as parseRules reads it. Keys are
// lower-cased; the keys of abbrev have their inner whitespace removed
// ("z. B." → "z.b.").
type fileRules struct {
	abbrev       map[string]abbrevKind
	months       map[string]bool
	ordinalWords map[string]bool
	starters     map[string]bool
	ordinalDot   bool
	maxParts     int
}

// parseRules parses a data file. It always returns usable rules built from
// the valid lines, plus every problem it found (unknown sections or
// switches, malformed or duplicate entries).
func parseRules(src string) (*fileRules, []error) {
	r := &fileRules{
		abbrev:       map[string]abbrevKind{},
		months:       map[string]bool{},
		ordinalWords: map[string]bool{},
		starters:     map[string]bool{},
	}
	// The word-list sections by number: months, ordinal-words, starters.
	sets := [...]map[string]bool{3: r.months, 4: r.ordinalWords, 5: r.starters}
	var errs []error
	fail := func(line int, msg, text, tail string) {
		errs = append(errs, &dataError{Line: line, Msg: msg, Text: text, Tail: tail})
	}
	section, sec := "", 0
	for n, line := range strings.Split(src, "\n") {
		n++
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			if line[len(line)-1] != ']' {
				fail(n, "malformed section header ", line, "")
				continue
			}
			section = line[1 : len(line)-1]
			if sec = sectionOf(section); sec == 0 {
				fail(n, "unknown section ", section, "")
			}
			continue
		}
		switch sec {
		case 1, 2: // abbreviations, may-end
			if !strings.HasSuffix(line, ".") {
				fail(n, "abbreviation ", line, " does not end with a period")
				continue
			}
			key := strings.ToLower(strings.Join(strings.Fields(line), ""))
			if _, dup := r.abbrev[key]; dup {
				fail(n, "duplicate abbreviation ", line, "")
				continue
			}
			r.abbrev[key] = abbrevKind(sec) // never, mayEnd
			if parts := strings.Count(key, "."); parts > r.maxParts {
				r.maxParts = parts
			}
		case 3, 4, 5: // months, ordinal-words, starters
			if strings.ContainsAny(line, " \t.") {
				fail(n, "word list entry ", line, " is not one word")
				continue
			}
			set := sets[sec]
			key := strings.ToLower(line)
			if set[key] {
				fail(n, "duplicate entry ", line, " in ["+section+"]")
				continue
			}
			set[key] = true
		case 6: // rules
			if line != "ordinal-dot" {
				fail(n, "unknown rule ", line, "")
				continue
			}
			r.ordinalDot = true
		default:
			fail(n, "entry outside a section: ", line, "")
		}
	}
	return r, errs
}

// classesOfFile returns the keys of a parsed data file, sorted, with their
// classes (see rules).
func classesOfFile(r *fileRules) ([]string, []byte) {
	m := map[string]byte{}
	for k, kind := range r.abbrev {
		m[k] |= byte(kind)
	}
	for _, set := range []struct {
		words map[string]bool
		class byte
	}{{r.months, month}, {r.ordinalWords, ordinalWord}, {r.starters, starter}} {
		for w := range set.words {
			m[w] |= set.class
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	classes := make([]byte, len(keys))
	for i, k := range keys {
		classes[i] = m[k]
	}
	return keys, classes
}

// buildRules parses the data file of a language and builds its table.
func buildRules(code string) (*fileRules, *tablegen.Table, error) {
	src, err := readData(code)
	if err != nil {
		return nil, nil, err
	}
	r, _ := parseRules(src) // TestData reports the errors
	t, err := tablegen.Build(classesOfFile(r))
	return r, t, err
}

// renderRules returns the Go source of rulesFile.
func renderRules() ([]byte, error) {
	var decls []string
	for _, code := range languages {
		r, t, err := buildRules(code)
		if err != nil {
			return nil, err
		}
		decls = append(decls,
			t.Decl(code, code+"* is the table of data/"+code+".txt (see datafile.Find); "+code+"Vals holds\neach key's classes."),
			"const (\n"+code+"OrdinalDot = "+strconv.FormatBool(r.ordinalDot)+"\n"+code+"MaxParts = "+strconv.Itoa(r.maxParts)+"\n)\n\n")
	}
	return tablegen.File("TestRulesGenerated from data/*.txt",
		"Regenerate with go generate ./internal/segment, or\n\n\tgo test ./internal/segment -run '^TestRulesGenerated$' -update",
		"segment", decls...)
}

// TestData loads every data file of every language and reports any
// problem in it.
func TestData(t *testing.T) {
	files, err := fs.Glob(os.DirFS("."), "data/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			lang := strings.TrimSuffix(strings.TrimPrefix(name, "data/"), ".txt")
			src, err := readData(lang)
			if err != nil {
				t.Fatal(err)
			}
			r, errs := parseRules(src)
			for _, e := range errs {
				t.Errorf("%s: %v", name, e)
			}
			if len(r.abbrev) == 0 || len(r.months) < 12 || len(r.starters) == 0 {
				t.Errorf("%s: %d abbreviations, %d months, %d starters", name, len(r.abbrev), len(r.months), len(r.starters))
			}
			if !slices.Contains(languages[:], lang) {
				t.Errorf("%s: language %q is not registered in languages", name, lang)
			}
		})
	}
	for _, code := range languages {
		if _, err := readData(code); err != nil {
			t.Errorf("language %s: no data file (%v)", code, err)
		}
	}
}

// TestRulesGenerated checks that rulesFile holds what the data files give
// today, and that rulesFor serves each language its own table; with
// -update it rewrites the file.
func TestRulesGenerated(t *testing.T) {
	want, err := renderRules()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(rulesFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(rulesFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale (the data files changed): run\n\tgo generate ./internal/segment", rulesFile)
	}
	for _, code := range languages {
		f, tab, err := buildRules(code)
		if err != nil {
			t.Fatal(err)
		}
		r := rulesFor(strings.ToUpper(code) + "-XX")
		if r.keys != tab.Keys || r.maxParts != f.maxParts || r.ordinalDot != f.ordinalDot {
			t.Fatalf("rulesFor(%q) does not serve the table of data/%s.txt", code, code)
		}
		for k, kind := range f.abbrev {
			if got := abbrevKind(r.classesOf(k) & kindMask); got != kind {
				t.Errorf("%s: the kind of %q is %d, want %d", code, k, got, kind)
			}
		}
		for _, set := range []struct {
			words map[string]bool
			class uint8
		}{{f.months, month}, {f.ordinalWords, ordinalWord}, {f.starters, starter}} {
			for w := range set.words {
				if r.classesOf(w)&set.class == 0 {
					t.Errorf("%s: %q is not of class %d", code, w, set.class)
				}
			}
		}
		for _, w := range []string{"", "dr", "xyz.", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"} {
			if c := r.classesOf(w); c != 0 {
				t.Errorf("%s: classesOf(%q) = %d, want 0", code, w, c)
			}
		}
	}
	if r := rulesFor("fr"); r.keys != enKeys {
		t.Errorf("rulesFor(fr) is not English")
	}
}
func TestParseRulesErrors(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"[nope]\n", `unknown section "nope"`},
		{"[abbreviations]\nDr\n", "does not end with a period"},
		{"[abbreviations]\nDr.\n[may-end]\ndr.\n", "duplicate abbreviation"},
		{"[months]\nMai\nmai\n", "duplicate entry"},
		{"[starters]\ntwo words\n", "not one word"},
		{"[rules]\nfast\n", `unknown rule "fast"`},
		{"Dr.\n", "outside a section"},
		{"[abbreviations\n", "malformed section"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, errs := parseRules(tt.src)
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.want) {
				t.Errorf("parseRules(%q) errors = %v, want one containing %q", tt.src, errs, tt.want)
			}
		})
	}
}

// BenchmarkRules compares a lookup in the generated table with one in the
// map the package used to build from the data file at its first call, on
// the words (lower-cased, with any final period) of the shared German
// example article.
func BenchmarkRules(b *testing.B) {
	src, err := os.ReadFile(shared.Path(b, "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var keys []string
	for _, w := range strings.Fields(string(src)) {
		keys = append(keys, strings.ToLower(strings.Trim(w, ",;:!?()„“”\"'«»…")))
	}
	f, _, err := buildRules("de")
	if err != nil {
		b.Fatal(err)
	}
	r := rulesFor("de")
	b.Run("table", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, k := range keys {
				if r.classesOf(k)&starter != 0 {
					n++
				}
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, k := range keys {
				if f.starters[k] {
					n++
				}
			}
		}
	})
}
