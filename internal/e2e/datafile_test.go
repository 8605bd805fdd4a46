//go:build e2e

package e2e

import (
	"net/http"
	"net/http/httptest"
	"path"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/devserver"
)

// TestNoDataFile: without the data file (glossline-kb.bin: the engines'
// vocabularies and the knowledge base) — the request fails, or a file of
// another build comes back — the engines would mark junk, so glossline
// refuses to annotate: one glossline:done "failed", one console message of
// its own, the page exactly as it was.
func TestNoDataFile(t *testing.T) {
	for _, c := range []struct {
		name  string
		serve http.HandlerFunc
	}{
		{"not found", http.NotFound},
		{"another build", func(w http.ResponseWriter, _ *http.Request) {
			w.Write([]byte("glossline-data 1 0123456789abcdef\n"))
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dist := devserver.Handler(distDir(t))
			mux := http.NewServeMux()
			mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.HasPrefix(path.Base(r.URL.Path), "glossline-kb.") {
					c.serve(w, r)
					return
				}
				dist.ServeHTTP(w, r)
			}))
			mux.Handle("/t/", http.StripPrefix("/t", devserver.Handler("testdata")))
			srv := httptest.NewServer(mux)
			t.Cleanup(srv.Close)
			ctx := browser(t)
			r, ours, exceptions := openHost(t, ctx, srv.URL+"/t/hostile/plain.html")
			t.Logf("done %v, marks %d, glossline said %q", r.Done, r.Marks, ours)
			checkHost(t, r, ours, exceptions, "failed")
			if len(ours) == 1 && !strings.Contains(ours[0], "data file") {
				t.Errorf("the message does not name the data file: %q", ours[0])
			}
		})
	}
}
