//go:build e2e

package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/glossline/glossline/internal/devserver"
)

// TestBakeLookupArchive: `glossline bake -lookup` bakes a small archive
// against a local stand-in for Wikipedia's REST API (the fake endpoint of
// lookup_test.go), asking each name once across the pages; the glossary
// file it writes loads in the widget (data-glossary as a URL), whose
// pop-up shows the definition with its attribution, linked to its source,
// and the hostile extract as text; the baked page shows the same without
// script.
func TestBakeLookupArchive(t *testing.T) {
	var mu sync.Mutex
	asked := map[string]int{}
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		title := strings.TrimPrefix(r.URL.Path, "/en/api/rest_v1/page/summary/")
		mu.Lock()
		asked[title]++
		mu.Unlock()
		body, ok := summaries[title]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, body)
	}))
	t.Cleanup(api.Close)

	// The archive: the lookup article twice (another title), with the
	// widget's loader reading the glossary file the bake writes.
	site, out := t.TempDir(), filepath.Join(t.TempDir(), "baked")
	page := fmt.Sprintf(lookupArticle, ` data-glossary="/glossline-learned.json"`)
	for _, name := range []string{"a.html", "b.html"} {
		if err := os.WriteFile(filepath.Join(site, name), []byte(strings.Replace(page, "Harbour talks resume", "Harbour talks, "+name, 2)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(glosslineBin(t), "bake", "-lookup", "wikipedia", "-lookup-contact", "desk@example.org",
		"-lookup-url", api.URL+"/{lang}/api/rest_v1", "-lookup-rate", "100", "-o", out, site)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("glossline bake -lookup: %v\n%s", err, msg)
	}
	mu.Lock()
	for title, n := range asked {
		if n != 1 {
			t.Errorf("%s asked %d times over two pages, want once", title, n)
		}
	}
	if asked["Paula_Weiss"] != 1 || asked["Clara_Vogt"] != 1 {
		t.Errorf("asked %v", asked)
	}
	mu.Unlock()
	learned, err := os.ReadFile(filepath.Join(out, "glossline-learned.json"))
	if err != nil {
		t.Fatal(err)
	}

	mux := http.NewServeMux()
	mux.Handle("/", devserver.Handler(distDir(t)))
	mux.HandleFunc("/glossline-learned.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(learned)
	})
	mux.HandleFunc("/article.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	baked, err := os.ReadFile(filepath.Join(out, "a.html"))
	if err != nil {
		t.Fatal(err)
	}
	mux.HandleFunc("/baked.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(baked)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	type card struct{ Text, Link, HTML string }
	openTerm := func(name string) string {
		return `(() => {
		  const a = [...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === ` + jsString(name) + `);
		  if (!a) return {Text: 'not marked', Link: '', HTML: ''};
		  a.click();
		  const p = document.getElementById('gl-pop'), l = p && p.querySelector('.gl-src a');
		  const c = {Text: p ? p.textContent : 'no pop-up', Link: l ? l.href : '', HTML: p ? p.innerHTML : ''};
		  if (p) p.hidePopover();
		  return c;
		})()`
	}

	// The widget, loading the learned glossary file.
	ctx := browser(t)
	if done, _ := open(t, ctx, srv.URL+"/article.html"); len(done) != 1 || done[0] != "ok" {
		t.Fatalf("glossline:done %v", done)
	}
	c := eval[card](t, ctx, openTerm("Paula Weiss"))
	if !strings.Contains(c.Text, "German diplomat and negotiator.") || !strings.Contains(c.Text, "Wikipedia, CC BY-SA 4.0") ||
		c.Link != "https://en.wikipedia.org/wiki/Paula_Weiss" || strings.Contains(c.Text, "publisher") {
		t.Errorf("the widget's pop-up of Paula Weiss: %+v", c)
	}
	c = eval[card](t, ctx, openTerm("Clara Vogt"))
	if !strings.Contains(c.Text, `<img src=x onerror="window.__pwned=1">Clara Vogt is an engineer <b>of ports</b>.`) || strings.Contains(c.HTML, "<img") {
		t.Errorf("the widget's pop-up of Clara Vogt: %+v", c)
	}
	if eval[bool](t, ctx, `!!window.__pwned`) {
		t.Error("the extract's markup ran")
	}
	for _, n := range []string{"Martin Lorenz", "Peter Berg", "Henrik Olsen"} {
		if got := eval[card](t, ctx, openTerm(n)); got.Text != "not marked" {
			t.Errorf("%s (no fitting summary) is defined: %+v", n, got)
		}
	}

	// The baked page, without script: the note with its attribution.
	ctx = browser(t)
	noScript(t, ctx)
	do(t, ctx, chromedp.Navigate(srv.URL+"/baked.html"))
	notes := eval[string](t, ctx, `(document.querySelector('.gl-panel') || {}).textContent || ''`)
	if !strings.Contains(notes, "German diplomat and negotiator.") || !strings.Contains(notes, "Wikipedia, CC BY-SA 4.0") {
		t.Errorf("the baked page's notes: %q", notes)
	}
	if eval[int](t, ctx, `document.querySelectorAll('article img, .gl-panel img').length`) != 0 {
		t.Error("the extract's markup is an element of the baked page")
	}
}
