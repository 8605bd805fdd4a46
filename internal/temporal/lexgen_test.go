//go:build !js

package temporal

import (
	"bytes"
	"errors"
	"flag"
	"go/format"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/datafile"

	"github.com/glossline/glossline/internal/datafile/tablegen"
)

// The vocabulary's parser and the generator of lexicon_tables.go. The data
// files are the source of truth; the engine reads only the generated
// tables, so neither the parser nor the files are linked into a program.

var update = flag.Bool("update", false, "rewrite lexicon_tables.go from the data files")

// lexTablesFile is the generated file that lexiconFor reads.
const lexTablesFile = "lexicon_tables.go"

// word is one element of a vocabulary phrase.
type word struct {
	text string // lower case, without the abbreviation period
	abbr bool   // written with a period in the data: the period is optional
}

// genEntry is one parsed vocabulary item.
type genEntry struct {
	class class
	key   string
	rest  []word // words after the first
	abbr  bool   // the first word is an abbreviation
}

// lexData is one parsed data file.
type lexData struct {
	lang  string
	words map[string][]genEntry // first word → entries, in file order
	roles map[string][]role     // function word → its roles, in file order
	keys  [nClass][]string      // the keys of each class, for TestData
	// weekdays are the full weekday names, for compounds ("Mittwochabend").
	weekdays []string
	// unitAdj are the stems of duration adjectives ("monatig" in
	// "zweimonatige"), unitAdjUnit their units; adjEndings the endings
	// they take ([unitadj] key "ending").
	unitAdj, unitAdjUnit, adjEndings []string
	// pastEndings are the endings of regular past-tense verbs ("ed" in
	// "reported"), from the [past] key "ending".
	pastEndings []string
	// participles and partEndings are how a past participle begins and
	// ends ("ge", "t" in "gesagt"), from the [past] keys "participle" and
	// "partending".
	participles, partEndings []string
}

// loadLexicon reads and parses data/<lang>.txt.
func loadLexicon(lang string) (*lexData, error) {
	src, err := os.ReadFile(filepath.Join("data", lang+".txt"))
	if err != nil {
		return &lexData{lang: lang, words: map[string][]genEntry{}, roles: map[string][]role{}}, errors.New("temporal: no data file data/" + lang + ".txt")
	}
	return parseLexicon(lang, string(src))
}

// stemEndings are the German and English adjective endings a "stem-" word takes.
var stemEndings = []string{"", "e", "en", "er", "es", "em"}

// parseLexicon parses a vocabulary file. It returns the first error but
// keeps every well-formed line.
func parseLexicon(lang, src string) (*lexData, error) {
	lx := &lexData{lang: lang, words: map[string][]genEntry{}, roles: map[string][]role{}}
	var firstErr error
	fail := func(line int, msg string) {
		if firstErr == nil {
			firstErr = errors.New("temporal: data/" + lang + ".txt:" + strconv.Itoa(line) + ": " + msg)
		}
	}
	section, c := "", class(0)
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			if line[len(line)-1] != ']' || len(line) < 3 {
				fail(n+1, "bad section header")
				continue
			}
			section = line[1 : len(line)-1]
			c = classOf(section)
			continue
		}
		if section == "" {
			fail(n+1, "entry outside a section")
			continue
		}
		colon := strings.IndexByte(line, ':')
		if colon <= 0 {
			fail(n+1, "want KEY: words")
			continue
		}
		key := strings.TrimSpace(line[:colon])
		if len(key) > 255 || strings.ContainsAny(key, " \t") {
			fail(n+1, "malformed key: "+key)
			continue
		}
		lx.keys[c] = append(lx.keys[c], key)
		fields := strings.Fields(line[colon+1:])
		if len(fields) == 0 {
			fail(n+1, "no words")
		}
		for _, f := range fields {
			if strings.ToLower(f) != f {
				fail(n+1, "word not lower case: "+f)
				continue
			}
			stem := strings.HasSuffix(f, "-") && len(f) > 1
			if stem {
				f = f[:len(f)-1]
			}
			parts := strings.Split(f, "_")
			ws := make([]word, 0, len(parts))
			bad := false
			for _, p := range parts {
				abbr := strings.HasSuffix(p, ".") && len(p) > 1
				if abbr {
					p = p[:len(p)-1]
				}
				if p == "" || strings.ContainsAny(p, ".- \t") && p != "%" {
					bad = true
					break
				}
				ws = append(ws, word{text: p, abbr: abbr})
			}
			if bad {
				fail(n+1, "malformed word: "+f)
				continue
			}
			if c == cPast && key == "ending" {
				lx.pastEndings = append(lx.pastEndings, ws[0].text)
				continue
			}
			if c == cPast && key == "participle" {
				lx.participles = append(lx.participles, ws[0].text)
				continue
			}
			if c == cPast && key == "partending" {
				lx.partEndings = append(lx.partEndings, ws[0].text)
				continue
			}
			if c == cUnitadj {
				if key == "ending" {
					lx.adjEndings = append(lx.adjEndings, ws[0].text)
				} else {
					lx.unitAdj = append(lx.unitAdj, ws[0].text)
					lx.unitAdjUnit = append(lx.unitAdjUnit, key)
				}
				continue
			}
			if c == cFunction {
				r, ok := roleOf(key)
				switch {
				case !ok:
					fail(n+1, "unknown function role: "+key)
				case len(ws) != 1 || stem || ws[0].abbr:
					fail(n+1, "a function word must be one plain word: "+f)
				default:
					lx.roles[ws[0].text] = append(lx.roles[ws[0].text], r)
				}
				continue
			}
			if c == cWeekday && !ws[0].abbr && len(ws) == 1 {
				lx.weekdays = append(lx.weekdays, ws[0].text)
			}
			if stem {
				if len(ws) != 1 {
					fail(n+1, "a stem must be one word: "+f)
					continue
				}
				for _, end := range stemEndings {
					lx.add(ws[0].text+end, genEntry{class: c, key: key})
				}
				continue
			}
			lx.add(ws[0].text, genEntry{class: c, key: key, rest: ws[1:], abbr: ws[0].abbr})
		}
	}
	return lx, firstErr
}

func (lx *lexData) add(first string, e genEntry) {
	for _, old := range lx.words[first] {
		if old.class == e.class && old.key == e.key && len(old.rest) == len(e.rest) && len(e.rest) == 0 {
			return
		}
	}
	lx.words[first] = append(lx.words[first], e)
}

// restString writes the words after the first in the form of entry.rest.
func restString(ws []word) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(w.text)
		if w.abbr {
			b.WriteByte('.')
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// lexTables is the generated form of one language (see lexicon).
type lexTables struct {
	blob       string
	buckets    []byte // two bytes a bucket, little-endian
	adjEndings string
}

// encodeLexicon builds the tables of one parsed language.
func encodeLexicon(lx *lexData) (lexTables, error) {
	words := make([]string, 0, len(lx.words)+len(lx.roles))
	for w := range lx.words {
		words = append(words, w)
	}
	for w := range lx.roles {
		if lx.words[w] == nil {
			words = append(words, w)
		}
	}
	nb := 1
	for nb < len(words) {
		nb *= 2
	}
	bucket := func(w string) int { return int(lexHash(w) & uint32(nb-1)) }
	sort.Slice(words, func(i, j int) bool {
		if bi, bj := bucket(words[i]), bucket(words[j]); bi != bj {
			return bi < bj
		}
		return words[i] < words[j]
	})
	var b []byte
	t := lexTables{buckets: make([]byte, 0, 2*(nb+1))}
	k := 0
	for h := 0; h <= nb; h++ {
		for k < len(words) && bucket(words[k]) < h {
			w := words[k]
			if len(w) > 255 {
				return t, errors.New("word too long: " + w)
			}
			start := len(b)
			b = append(b, 0, 0, byte(len(w)))
			b = append(b, w...)
			b = append(b, byte(len(lx.roles[w])))
			for _, r := range lx.roles[w] {
				b = append(b, byte(r))
			}
			for _, e := range lx.words[w] {
				c := byte(e.class)
				if e.abbr {
					c |= 0x80
				}
				rest := restString(e.rest)
				if len(e.key) > 255 || len(rest) > 255 {
					return t, errors.New("entry too long: " + w + " " + e.key)
				}
				b = append(b, c, byte(len(e.key)))
				b = append(b, e.key...)
				b = append(b, byte(len(rest)))
				b = append(b, rest...)
			}
			n := len(b) - start
			if n > 0xffff {
				return t, errors.New("record too long: " + w)
			}
			b[start], b[start+1] = byte(n), byte(n>>8)
			k++
		}
		if len(b) > 0xffff {
			return t, errors.New("the blob outgrew the uint16 bucket offsets")
		}
		t.buckets = append(t.buckets, byte(len(b)), byte(len(b)>>8))
	}
	t.blob = string(b)
	list := func(ws []string) string {
		var s strings.Builder
		for _, w := range ws {
			s.WriteString(w + " ")
		}
		return s.String()
	}
	t.adjEndings = list(lx.adjEndings)
	return t, nil
}

// renderLexiconTables writes the Go source of lexicon_tables.go and
// returns the sections of the data file that hold the records and buckets.
func renderLexiconTables() ([]byte, []tablegen.Section, error) {
	var tabs []lexTables
	var lxs []*lexData
	var secs []tablegen.Section
	for _, lang := range Languages {
		lx, err := loadLexicon(lang)
		if err != nil {
			return nil, nil, err
		}
		lxs = append(lxs, lx)
		t, err := encodeLexicon(lx)
		if err != nil {
			return nil, nil, errors.New(lang + ": " + err.Error())
		}
		tabs = append(tabs, t)
		secs = append(secs, tablegen.Section{Name: "temporal.blob." + lang, Data: t.blob},
			tablegen.Section{Name: "temporal.buckets." + lang, Data: string(t.buckets)})
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by TestLexiconTables from data/*.txt; DO NOT EDIT.\n")
	b.WriteString("// Regenerate with go generate ./internal/temporal (or go test\n")
	b.WriteString("// ./internal/temporal -run TestLexiconTables -update).\n\n")
	b.WriteString("package temporal\n\n")
	strs := func(name, doc string, f func(lexTables) string) {
		b.WriteString("// " + name + " " + doc + "\n")
		b.WriteString("var " + name + " = [" + strconv.Itoa(len(tabs)) + "]string{\n")
		for i, t := range tabs {
			b.WriteString("\t// " + Languages[i] + "\n\t" + strconv.Quote(f(t)) + ",\n")
		}
		b.WriteString("}\n\n")
	}
	lists := func(name, doc string, f func(*lexData) []string) {
		b.WriteString("// " + name + " " + doc + "\n")
		b.WriteString("var " + name + " = [" + strconv.Itoa(len(lxs)) + "][]string{\n")
		for i, lx := range lxs {
			b.WriteString("\t// " + Languages[i] + "\n\t{")
			for k, w := range f(lx) {
				if k > 0 {
					b.WriteString(", ")
				}
				b.WriteString(strconv.Quote(w))
			}
			b.WriteString("},\n")
		}
		b.WriteString("}\n\n")
	}
	lists("lexWeekdays", "are the full weekday names.", func(lx *lexData) []string { return lx.weekdays })
	lists("lexUnitAdj", "are the stems of duration adjectives.", func(lx *lexData) []string { return lx.unitAdj })
	lists("lexUnitAdjUnit", "are the units of the duration adjectives.", func(lx *lexData) []string { return lx.unitAdjUnit })
	strs("lexAdjEndings", "are the endings of duration adjectives.", func(t lexTables) string { return t.adjEndings })
	lists("lexPastEndings", "are the endings of regular past-tense verbs.", func(lx *lexData) []string { return lx.pastEndings })
	lists("lexParticiples", "are the beginnings of past participles.", func(lx *lexData) []string { return lx.participles })
	lists("lexPartEndings", "are the endings of past participles.", func(lx *lexData) []string { return lx.partEndings })
	src, err := format.Source(b.Bytes())
	return src, secs, err
}

// TestLexiconTables checks that lexicon_tables.go is what the data files
// give today (with -update it rewrites the file), and that the engine's
// lookups give back every parsed entry.
func TestLexiconTables(t *testing.T) {
	want, secs, err := renderLexiconTables()
	if err != nil {
		t.Fatal(err)
	}
	const run = "go generate ./internal/temporal"
	// the records' format (see lexicon) and the lists beside them
	if err := tablegen.SyncFile("temporal.", secs, "1 "+datafile.FileSum(string(want)), *update, run); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(lexTablesFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(lexTablesFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale (a data file changed): run\n\tgo generate ./internal/temporal", lexTablesFile)
	}
	for _, lang := range Languages {
		lx, err := loadLexicon(lang)
		if err != nil {
			t.Fatal(err)
		}
		gen := lexiconFor(lang)
		if gen.lang != lang {
			t.Fatalf("lexiconFor(%q) is %q", lang, gen.lang)
		}
		for w, rs := range lx.roles {
			var want roleSet
			for _, r := range rs {
				want.add(r)
			}
			if got := gen.lookup(w).roles; got != want {
				t.Fatalf("%s: %q has roles %v, want %v", lang, w, got, want)
			}
		}
		for w, es := range lx.words {
			lw := gen.lookup(w)
			var classes uint64
			for _, e := range es {
				classes |= 1 << e.class
			}
			if lw.lo == 0 || lw.classes != classes {
				t.Fatalf("%s: lookup(%q) = %+v, want classes %b", lang, w, lw, classes)
			}
			var got []genEntry
			for pos := int(lw.lo); pos < int(lw.hi); {
				var e entry
				e, pos = gen.entryAt(pos)
				var rest []word
				for r := e.rest; r != ""; {
					var w word
					w.text, w.abbr, r = nextWord(r)
					rest = append(rest, w)
				}
				got = append(got, genEntry{class: e.class, key: e.key, rest: rest, abbr: e.abbr})
			}
			if len(got) != len(es) {
				t.Fatalf("%s: %q has %d entries, want %d", lang, w, len(got), len(es))
			}
			for i := range es {
				if got[i].class != es[i].class || got[i].key != es[i].key || got[i].abbr != es[i].abbr || restString(got[i].rest) != restString(es[i].rest) {
					t.Fatalf("%s: %q entry %d is %+v, want %+v", lang, w, i, got[i], es[i])
				}
			}
		}
		for _, w := range []string{"", "x", "zzzzzzzz", "monday’s", strings.Repeat("a", 300)} {
			if lw := gen.lookup(w); lw != (lexWord{}) {
				t.Errorf("%s: lookup(%q) found %+v", lang, w, lw)
			}
		}
	}
}

// TestFunctionRoles checks that every role of the grammar has its key,
// and words in some language's [function] section (a key that is no role
// fails TestData).
func TestFunctionRoles(t *testing.T) {
	names := strings.Fields(roleNames)
	if len(names) != int(nRole) || nRole > 72 {
		t.Fatalf("%d role names for %d roles (at most 72 fit a token's roleSet)", len(names), nRole)
	}
	defined := map[role]bool{}
	for _, lang := range Languages {
		lx, err := loadLexicon(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, rs := range lx.roles {
			for _, r := range rs {
				defined[r] = true
			}
		}
	}
	for i, name := range names {
		if r, ok := roleOf(name); !ok || r != role(i) {
			t.Errorf("roleOf(%q) = %d, %v; want %d", name, r, ok, i)
		}
		if !defined[role(i)] {
			t.Errorf("no data file gives words for the role %q", name)
		}
	}
}
