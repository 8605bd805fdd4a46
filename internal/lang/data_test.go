package lang

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/glossline/glossline/internal/datafile"
	"github.com/glossline/glossline/internal/datafile/tablegen"
	"github.com/glossline/glossline/internal/shared"
	"github.com/glossline/glossline/internal/text"
)

var update = flag.Bool("update", false, "rewrite "+ownersFile+" from the data files")

// ownersFile is the generated table that owner reads.
const ownersFile = "owners_gen.go"

// owner returns the index in languages of the language that lists the
// lower-case word w, or -1, as DetectDoc looks it up.
func owner(w string) int {
	if s := datafile.Find(w, ownerKeys, ownerIndex, ownerDisp); s >= 0 {
		return int(ownerVals[s])
	}
	return -1
}

// readData returns the word list of a language code.
func readData(code string) (string, error) {
	src, err := os.ReadFile("data/" + code + ".txt")
	return string(src), err
}

// parseWords parses a word list: one word a line, blank lines and lines
// starting with # ignored. It returns the words in file order and the
// lines that are not a single lower-case word, or repeat one.
func parseWords(src string) ([]string, []string) {
	var words, bad []string
	seen := map[string]bool{}
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.ContainsFunc(line, func(r rune) bool { return !unicode.IsLower(r) }) || seen[line] {
			bad = append(bad, line)
			continue
		}
		seen[line] = true
		words = append(words, line)
	}
	return words, bad
}

// ownerPairs reads every language's word list: the words, each with the
// index in languages of its language. A word listed by two languages is
// reported in errs and kept for the first only.
func ownerPairs() (words []string, owners []byte, errs []string) {
	owner := map[string]string{}
	for k, code := range languages {
		src, err := readData(code)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		list, bad := parseWords(src)
		if len(bad) > 0 {
			errs = append(errs, code+".txt: bad or repeated lines "+strings.Join(bad, ", "))
		}
		if len(list) < 50 {
			errs = append(errs, code+".txt: only "+strconv.Itoa(len(list))+" words")
		}
		for _, w := range list {
			if other, ok := owner[w]; ok {
				errs = append(errs, w+" is listed for both "+other+" and "+code)
				continue
			}
			owner[w] = code
			words = append(words, w)
			owners = append(owners, byte(k))
		}
	}
	return words, owners, errs
}

// renderOwners returns the Go source of ownersFile.
func renderOwners() ([]byte, error) {
	words, owners, _ := ownerPairs()
	t, err := tablegen.Build(words, owners)
	if err != nil {
		return nil, err
	}
	return tablegen.File("TestOwnersGenerated from data/*.txt",
		"Regenerate with go generate ./internal/lang, or\n\n\tgo test ./internal/lang -run '^TestOwnersGenerated$' -update",
		"lang",
		t.Decl("owner", "owner* is the table of the function words of all languages (see datafile.Find);\nownerVals holds each word's language, an index in languages."))
}

// TestData checks that the word lists are clean and disjoint (a word
// shared by two languages is evidence for neither), and that every list
// belongs to a registered language and every language has one.
func TestData(t *testing.T) {
	files, err := fs.Glob(os.DirFS("."), "data/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, name := range files {
		code := strings.TrimSuffix(strings.TrimPrefix(name, "data/"), ".txt")
		found := false
		for _, l := range languages {
			found = found || l == code
		}
		if !found {
			t.Errorf("%s: language %q not registered", name, code)
		}
	}
	_, _, errs := ownerPairs()
	for _, e := range errs {
		t.Error(e)
	}
}

// TestOwnersGenerated checks that ownersFile holds what the word lists
// give today; with -update it rewrites the file.
func TestOwnersGenerated(t *testing.T) {
	want, err := renderOwners()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(ownersFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(ownersFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale (the word lists changed): run\n\tgo generate ./internal/lang", ownersFile)
	}
	// The table the package reads finds every word, with its language.
	words, owners, _ := ownerPairs()
	per := make([]int, len(languages))
	for i, w := range words {
		if k := owner(w); k != int(owners[i]) {
			t.Errorf("owner(%q) = %d, want %d", w, k, owners[i])
		}
		per[owners[i]]++
	}
	for k, l := range languages {
		if per[k] == 0 {
			t.Errorf("language %s: no words", l)
		}
	}
}

func TestParseWords(t *testing.T) {
	words, bad := parseWords("# comment\n\nder\n Die\nder\nzwei wörter\nüber\n")
	if strings.Join(words, "|") != "der|über" {
		t.Errorf("words = %q, want der and über", words)
	}
	if want := []string{"Die", "der", "zwei wörter"}; strings.Join(bad, "|") != strings.Join(want, "|") {
		t.Errorf("bad = %q, want %q", bad, want)
	}
}

// BenchmarkOwner compares the generated table with the map the package
// used to build from the word lists at its first call, on the words of the
// shared German example article and of an English text.
func BenchmarkOwner(b *testing.B) {
	src, err := os.ReadFile(shared.Path(b, "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		b.Fatal(err)
	}
	d := text.New(string(src) + strings.Repeat("The talks lasted four hours and were continued later that day, according to the government. ", 40))
	var toks []string
	for i := range d.Toks {
		if d.Toks[i].Kind == text.Letters {
			toks = append(toks, d.Low(i))
		}
	}
	words, owners, _ := ownerPairs()
	m := map[string]int{}
	for i, w := range words {
		m[w] = int(owners[i])
	}
	b.Run("table", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, w := range toks {
				if k := owner(w); k >= 0 {
					n += k
				}
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, w := range toks {
				if k, ok := m[w]; ok {
					n += k
				}
			}
		}
	})
}
