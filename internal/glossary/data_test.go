package glossary

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDataFiles loads every data file of every language and checks it:
// known sections only, values where a section needs them, lower-case
// entries, no duplicates within a section, and every section the engine
// relies on present for every language.
func TestDataFiles(t *testing.T) {
	files, err := fs.Glob(os.DirFS("."), "data/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			src, err := dataFS.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(src) {
				t.Fatal("not UTF-8")
			}
			lx := newLexSource("x")
			if err := lx.parse(name, string(src)); err != nil {
				t.Fatal(err)
			}
			section := ""
			seen := map[string]bool{}
			for n, line := range strings.Split(string(src), "\n") {
				line = strings.TrimSpace(line)
				if line == "" || line[0] == '#' {
					continue
				}
				if line[0] == '[' {
					section = line
					continue
				}
				key, _, _ := strings.Cut(line, "=")
				key = strings.TrimSpace(key)
				if key != strings.ToLower(key) {
					t.Errorf("line %d: %q is not lower case", n+1, key)
				}
				if seen[section+key] {
					t.Errorf("line %d: %q twice in %s", n+1, key, section)
				}
				seen[section+key] = true
			}
		})
	}
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			lx, err := loadLexSource(lang)
			if err != nil {
				t.Fatal(err)
			}
			for name, n := range map[string]int{
				"inflect": len(lx.inflect), "stop": len(lx.stop), "common": len(lx.common),
				"suffix": len(lx.suffix), "role": len(lx.role), "classifier": len(lx.classifier),
				"institution": len(lx.institution), "orghead": len(lx.orghead), "connector": len(lx.connector),
				"verb": len(lx.verb), "copula": len(lx.copula), "relative": len(lx.relative),
				"determiner": len(lx.determiner), "affiliation": len(lx.affiliation), "cue": len(lx.cue),
				"approx": len(lx.approx), "unit": len(lx.unit), "direction": len(lx.direction),
				"given": len(lx.given), "surname-first": len(lx.surnameLead), "defverb": len(lx.defverb),
			} {
				if n == 0 {
					t.Errorf("section [%s] missing or empty", name)
				}
			}
			if lx.placeword == "" {
				t.Error("[placeword] missing")
			}
			for k, v := range lx.orghead {
				noun, gender, ok := strings.Cut(v, " ")
				if lang == "de" && (!ok || noun == "" || (gender != "m" && gender != "f" && gender != "n")) {
					t.Errorf("[orghead] %s = %q: want \"Noun g\" with g in m, f, n", k, v)
				}
			}
			if lexiconFor(lang).lang != lang {
				t.Error("lexiconFor returned another language")
			}
		})
	}
}
