package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/shared"
)

func TestEvalPagesErrors(t *testing.T) {
	code, _, stderr := runCmd(t, "", "eval-pages", "-pages", filepath.Join(t.TempDir(), "none"))
	if code != 1 || !strings.Contains(stderr, "no pages folder at") {
		t.Errorf("missing -pages DIR: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := runCmd(t, "", "eval-pages", "extra"); code != 2 {
		t.Errorf("an argument: exit %d, want 2", code)
	}
}

// TestEvalPages runs the command on one real page: the table, the
// mismatch lists and the JSON.
func TestEvalPages(t *testing.T) {
	dir := shared.Path(t, "pages")
	code, out, stderr := runCmd(t, "", "eval-pages", "-pages", dir, "-page", "heise.de.marsmenschen")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"heise.de.marsmenschen", "pooled (1 pages)", "dates: mismatches"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, stderr = runCmd(t, "", "eval-pages", "-pages", dir, "-page", "heise.de.marsmenschen", "-json")
	var s struct {
		Pages []struct {
			Name  string
			Dates *struct{ Gold int }
		}
	}
	if code != 0 || json.Unmarshal([]byte(out), &s) != nil || len(s.Pages) != 1 || s.Pages[0].Dates == nil || s.Pages[0].Dates.Gold == 0 {
		t.Errorf("-json: exit %d, stderr %q, output %.300s", code, stderr, out)
	}
	if code, _, stderr := runCmd(t, "", "eval-pages", "-pages", dir, "-page", "no-such-page"); code != 1 || !strings.Contains(stderr, "no page") {
		t.Errorf("unknown page: exit %d, stderr %q", code, stderr)
	}
}
