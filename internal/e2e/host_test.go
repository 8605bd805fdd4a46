//go:build e2e

package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/glossline/glossline/internal/devserver"
)

// TestHostileCSS: global resets and hostile rules on the host page do not
// stop the definition card from opening visibly.
func TestHostileCSS(t *testing.T) {
	url := fixtureServer(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/t/hostile-css.html", "ok")
	do(t, ctx, chromedp.Click(chromedp.CSS(`article a.gl-term`)))
	type card struct {
		Open    bool
		W, H    float64
		Display string
		Text    string
	}
	c := eval[card](t, ctx, `(() => { const p = document.getElementById('gl-pop'); const r = p.getBoundingClientRect();
	  return {Open: p.matches(':popover-open'), W: r.width, H: r.height, Display: getComputedStyle(p).display, Text: p.textContent}; })()`)
	if !c.Open || c.W < 50 || c.H < 20 || c.Display == "none" || !strings.Contains(c.Text, "UN weather agency") {
		t.Errorf("card under hostile CSS: %+v", c)
	}
}

// TestCSP: under a Content-Security-Policy without 'wasm-unsafe-eval' the
// page stays exactly as it was, with one glossline warning; with it,
// glossline works.
func TestCSP(t *testing.T) {
	for _, tt := range []struct {
		name, policy, want string
	}{
		{"without wasm-unsafe-eval", "default-src 'self'; script-src 'self'", "failed"},
		{"with wasm-unsafe-eval", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'", "ok"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// The policy comes with every response, as a site sends it: the
			// page's and the worker script's.
			mux := http.NewServeMux()
			mux.Handle("/", devserver.Handler(distDir(t)))
			mux.Handle("/t/", http.StripPrefix("/t", devserver.Handler("testdata")))
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Security-Policy", tt.policy)
				mux.ServeHTTP(w, r)
			}))
			defer srv.Close()
			ctx := browser(t)
			console := collectConsole(t, ctx)
			openWant(t, ctx, srv.URL+"/t/site.html", tt.want)
			ours := 0
			for _, m := range console() {
				if strings.HasPrefix(m.Text, "glossline") {
					ours++
				}
				if m.Type == "exception" {
					t.Errorf("uncaught exception: %s", m.Text)
				}
			}
			if tt.want == "failed" {
				if ours != 1 {
					t.Errorf("%d glossline console messages, want 1", ours)
				}
				if eval[string](t, ctx, `document.querySelector('article').outerHTML`) != eval[string](t, ctx, `__gl.before`) {
					t.Error("the article changed although glossline could not run")
				}
			} else if ours != 0 {
				t.Errorf("%d glossline console messages, want none", ours)
			}
		})
	}
}
