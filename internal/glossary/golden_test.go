package glossary

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGolden runs Find on the fixture articles under testdata/ (written
// for these tests) and compares every mention and entry with the golden
// file beside it. Run "go test -run Golden -update" after an intended
// change and review the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(raw)
			lang := "en"
			if strings.HasSuffix(f, ".de.txt") {
				lang = "de"
			}
			res := findText(text, Options{Lang: lang})
			checkInvariants(t, text, res)
			var b strings.Builder
			for _, m := range res.Mentions {
				fmt.Fprintf(&b, "mention %d-%d %q -> %s\n", m.Start, m.End, text[m.Start:m.End], m.Entry)
			}
			for _, e := range res.Entries {
				fmt.Fprintf(&b, "entry %s %q kind=%s source=%s aliases=%q\n  %s\n", e.ID, e.Term, e.Kind, e.Source, e.Aliases, e.Definition)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("output differs from %s (run with -update and review the diff):\n%s", golden, got)
			}
		})
	}
}
