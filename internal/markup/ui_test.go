package markup

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
)

var update = flag.Bool("update", false, "rewrite "+uiFile+" from the data files")

// uiFile is the generated file of the tables that UI reads.
const uiFile = "ui_gen.go"

// parseUI parses a UI words file: one key, a tab and the text a line;
// blank lines and lines starting with # are ignored. It returns the words
// of the valid lines and a message for each other line.
func parseUI(src string) (map[string]string, []string) {
	words := map[string]string{}
	var errs []string
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		switch {
		case !ok || k == "" || v == "":
			errs = append(errs, "line "+strconv.Itoa(n+1)+": want key<TAB>text")
		case words[k] != "":
			errs = append(errs, "line "+strconv.Itoa(n+1)+": repeated key "+strconv.Quote(k))
		default:
			words[k] = v
		}
	}
	return words, errs
}

// readUI returns the parsed UI words of every language of uiLangs, in
// order, and the problems found in their files.
func readUI() ([]map[string]string, []string) {
	var all []map[string]string
	var errs []string
	for _, l := range uiLangs {
		src, err := os.ReadFile("data/" + l + ".txt")
		if err != nil {
			errs = append(errs, err.Error())
		}
		words, bad := parseUI(string(src))
		for _, e := range bad {
			errs = append(errs, l+".txt: "+e)
		}
		all = append(all, words)
	}
	return all, errs
}

// renderUI returns the Go source of uiFile.
func renderUI() ([]byte, error) {
	all, _ := readUI()
	var keys []string
	for _, words := range all {
		for k := range words {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	t, err := tablegen.Build(keys, nil)
	if err != nil {
		return nil, err
	}
	slots := len(t.Index) / 10 * 8
	var b strings.Builder
	b.WriteString("// uiWords holds the word of the key in slot i in uiLangs[k] at\n// uiWords[k*uiSlots+i], \"\" where the language has none.\nvar uiWords = [...]string{\n")
	for li, words := range all {
		b.WriteString("// " + uiLangs[li] + "\n")
		for i := range slots {
			k := ""
			for _, key := range keys {
				if t.Find(key) == i {
					k = key
				}
			}
			b.WriteString(strconv.Quote(words[k]) + ", // " + strconv.Itoa(i) + " " + k + "\n")
		}
	}
	b.WriteString("}\n")
	return tablegen.File("TestUIGenerated from data/*.txt",
		"Regenerate with go generate ./internal/markup, or\n\n\tgo test ./internal/markup -run '^TestUIGenerated$' -update",
		"markup", t.Decl("ui", "ui* is the table of the UI words' keys (see datafile.Find)."), b.String())
}

// TestUIData checks every UI words file: well-formed lines, a registered
// language, and no key that English, the fallback, lacks.
func TestUIData(t *testing.T) {
	files, err := fs.Glob(os.DirFS("."), "data/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, name := range files {
		if l := strings.TrimSuffix(strings.TrimPrefix(name, "data/"), ".txt"); !slices.Contains(uiLangs[:], l) {
			t.Errorf("%s: language %q is not in uiLangs", name, l)
		}
	}
	all, errs := readUI()
	for _, e := range errs {
		t.Error(e)
	}
	for li, words := range all {
		for k := range words {
			if all[0][k] == "" {
				t.Errorf("%s.txt: key %q is missing in en.txt, the fallback", uiLangs[li], k)
			}
		}
	}
}

// TestUIGenerated checks that uiFile holds what the data files give today
// and that UI finds every word; with -update it rewrites the file.
func TestUIGenerated(t *testing.T) {
	want, err := renderUI()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(uiFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(uiFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale (the data files changed): run\n\tgo generate ./internal/markup", uiFile)
	}
	all, _ := readUI()
	for li, words := range all {
		for k, w := range words {
			if got := UI(uiLangs[li], k); got != w {
				t.Errorf("UI(%q, %q) = %q, want %q", uiLangs[li], k, got, w)
			}
		}
	}
}

func TestUI(t *testing.T) {
	for _, c := range []struct{ l, key, want string }{
		{"de", "timeline", "Zeitleiste"},
		{"en", "timeline", "Timeline"},
		{"fr", "timeline", "Timeline"},
		{"", "glossary", "Glossary"},
		{"de", "no.such.key", "no.such.key"},
		{"de", "", ""},
		{"de", "zzz", "zzz"},
		{"en", "as_of", "as of"},
	} {
		if got := UI(c.l, c.key); got != c.want {
			t.Errorf("UI(%q, %q) = %q, want %q", c.l, c.key, got, c.want)
		}
	}
}

func TestParseUI(t *testing.T) {
	words, errs := parseUI("# c\r\na\tA\r\n\nb\tB\nbad line\na\tA2\n\tX\n")
	if len(words) != 2 || words["a"] != "A" || words["b"] != "B" {
		t.Errorf("words = %q", words)
	}
	if want := "line 5: want key<TAB>text|line 6: repeated key \"a\"|line 7: want key<TAB>text"; strings.Join(errs, "|") != want {
		t.Errorf("errs = %q, want %q", errs, want)
	}
}
