package pagegold

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/shared"
)

var update = flag.Bool("update", false, "rewrite testdata/scores.golden with today's figures")

const goldenFile = "testdata/scores.golden"

const goldenHeader = `# Today's figures of glossline on the real pages (internal/pagegold),
# "PAGE metric value", written by: go test ./internal/pagegold -run TestPages -update
# TestPages fails when a percentage gets worse by more than one point, or a
# count (of faults, or of pages or dates that are right) gets worse at all.
# Improvements are logged: rewrite this file to keep them.
`

// TestPages runs the whole suite on the saved pages and compares its figures
// with testdata/scores.golden, so that no later change makes them worse
// unnoticed.
func TestPages(t *testing.T) {
	dir := shared.Path(t, "pages")
	s, err := Evaluate(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range s.Pages {
		for _, e := range r.GoldErrors {
			t.Errorf("%s: %s", r.Name, e)
		}
		// Every element is judged as the chosen root is: the chosen root
		// among them gets the root's own figures.
		if b := r.Root.Best; b == nil {
			t.Errorf("%s: no element judged", r.Name)
		} else if c := b.Chosen; c.Path != "" && (c.OK != r.Root.OK || c.Coverage != r.Root.Coverage ||
			c.Outside != r.Root.Outside || c.WithFound != r.Root.WithFound || len(c.WithoutFound) != len(r.Root.WithoutFound)) {
			t.Errorf("%s: the chosen root judged among the elements %+v, scored as the root %+v", r.Name, c, r.Root)
		} else if r.Root.OK && !b.AnyOK {
			t.Errorf("%s: the chosen root meets the criterion, but no element does", r.Name)
		}
	}
	figs := s.Figures()
	if *update {
		if err := os.WriteFile(goldenFile, []byte(goldenHeader+FormatFigures(figs)), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	golden, err := readGolden(goldenFile)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range figs {
		seen[f.Name] = true
		g, ok := golden[f.Name]
		switch {
		case !ok:
			t.Errorf("%s = %.1f is not in %s (run with -update)", f.Name, f.Value, goldenFile)
		case f.Worse(g):
			t.Errorf("%s got worse: %.1f, golden %.1f", f.Name, f.Value, g)
		case f.Value != g:
			t.Logf("%s changed: %.1f, golden %.1f (run with -update to keep it)", f.Name, f.Value, g)
		}
	}
	for name := range golden {
		if !seen[name] {
			t.Errorf("%s is in %s but no longer measured (run with -update)", name, goldenFile)
		}
	}
}

func readGolden(path string) (map[string]float64, error) {
	data, err := os.ReadFile(filepath.FromSlash(path))
	if err != nil {
		return nil, err
	}
	out := map[string]float64{}
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, &lineError{path, i + 1, line}
		}
		v, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, &lineError{path, i + 1, line}
		}
		out[f[0]+" "+f[1]] = v
	}
	return out, nil
}

type lineError struct {
	path string
	line int
	text string
}

func (e *lineError) Error() string {
	return e.path + ":" + strconv.Itoa(e.line) + ": not \"PAGE metric value\": " + e.text
}
