//go:build e2e

package e2e

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/devserver"
)

// TestFailureLeavesPageUnchanged serves the loader without its wasm: the
// article must stay exactly as it was, with one glossline warning and a
// glossline:done event whose status is "failed".
func TestFailureLeavesPageUnchanged(t *testing.T) {
	dir := t.TempDir()
	loader, err := os.ReadFile(filepath.Join(distDir(t), "glossline.js"))
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join("testdata", "plain.html"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"glossline.js": loader, "index.html": page} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(devserver.Handler(dir))
	t.Cleanup(srv.Close)

	ctx := browser(t)
	console := collectConsole(t, ctx)
	openWant(t, ctx, srv.URL+"/", "failed")
	if got := eval[string](t, ctx, `document.querySelector('article').outerHTML`); got != eval[string](t, ctx, `__gl.before`) {
		t.Errorf("article changed after a failure:\n%s", got)
	}
	warnings := 0
	for _, m := range console() {
		if strings.HasPrefix(m.Text, "glossline") {
			warnings++
			if m.Type != "warning" {
				t.Errorf("glossline logged a %s, want a warning: %s", m.Type, m.Text)
			}
		}
		if m.Type == "exception" {
			t.Errorf("uncaught exception: %s", m.Text)
		}
	}
	if warnings != 1 {
		t.Errorf("%d glossline console messages, want exactly 1", warnings)
	}
}
