//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/glossline/glossline/internal/devserver"
)

// Definitions looked up on demand (issue 21): with data-lookup, a name
// nothing defines is marked, and opening it asks a summary endpoint that
// answers like Wikipedia's REST API (page/summary) — here a local one, so
// that no test needs the internet.

// lookupArticle names people and an organisation the text does not define.
const lookupArticle = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Harbour talks resume</title>
<script src="/glossline.js" defer data-load="eager"%s></script>
</head>
<body>
<article>
<h1>Harbour talks resume</h1>
<p>The talks were led by Paula Weiss and by Martin Lorenz, who met in the old customs hall of the port on a grey morning.</p>
<p>Later Henrik Olsen joined them, and so did Clara Vogt, who had flown in from the north coast that night.</p>
<p>Talks with Peter Berg and with Ida Holm lasted into the evening, when the delegations agreed on a text about the harbour and its workers.</p>
<p>Nobody from the ministry said what the agreement would cost, or who would pay for the new quay that it promises.</p>
</article>
</body>
</html>`

// summaries are the fake endpoint's answers, by title (written after the
// REST API's documentation: type, title, description, extract,
// content_urls).
var summaries = map[string]string{
	"Paula_Weiss":   `{"type":"standard","title":"Paula Weiss","description":"German diplomat","extract":"Paula Weiss (born 1961) is a German diplomat and negotiator. She led the harbour talks of 2024.","content_urls":{"desktop":{"page":"https://en.wikipedia.org/wiki/Paula_Weiss"}}}`,
	"Martin_Lorenz": `{"type":"disambiguation","title":"Martin Lorenz","extract":"Martin Lorenz may refer to:","content_urls":{"desktop":{"page":"https://en.wikipedia.org/wiki/Martin_Lorenz"}}}`,
	"Clara_Vogt":    `{"type":"standard","title":"Clara Vogt","description":"Norwegian engineer","extract":"<img src=x onerror=\"window.__pwned=1\">Clara Vogt is an engineer <b>of ports</b>. She lives in Bergen.","content_urls":{"desktop":{"page":"https://en.wikipedia.org/wiki/Clara_Vogt"}}}`,
	"Peter_Berg":    `{"type":"standard","title":"Peter Berg","description":"city in Norway","extract":"Peter Berg is a town in Norway on the north coast.","content_urls":{"desktop":{"page":"https://en.wikipedia.org/wiki/Peter_Berg"}}}`,
	"Henrik_Olsen":  `{"type":"standard", "extract": `, // malformed
}

// lookupRequest is one request the fake endpoint saw.
type lookupRequest struct{ path, cookie, referer string }

// lookupServers serve dist/ and the article (with data-lookup set to the
// fake endpoint when on, under the Content-Security-Policy policy(api)
// when policy is not nil), and the fake endpoint on another origin, which
// records every request.
func lookupServers(t *testing.T, on bool, policy func(api string) string) (string, func() []lookupRequest) {
	t.Helper()
	var mu sync.Mutex
	var seen []lookupRequest
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, lookupRequest{r.URL.Path, r.Header.Get("Cookie"), r.Header.Get("Referer")})
		mu.Unlock()
		w.Header().Set("Access-Control-Allow-Origin", "*")
		body, ok := summaries[strings.TrimPrefix(r.URL.Path, "/en/api/rest_v1/page/summary/")]
		if !ok {
			http.Error(w, `{"type":"https://mediawiki.org/wiki/HyperSwitch/errors/not_found"}`, http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, body)
	}))
	t.Cleanup(api.Close)
	attr := ""
	if on {
		attr = ` data-lookup="` + api.URL + `/{lang}/api/rest_v1"`
	}
	mux := http.NewServeMux()
	mux.Handle("/", devserver.Handler(distDir(t)))
	mux.HandleFunc("/article.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if policy != nil {
			w.Header().Set("Content-Security-Policy", policy(api.URL))
		}
		fmt.Fprintf(w, lookupArticle, attr)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL + "/article.html", func() []lookupRequest {
		mu.Lock()
		defer mu.Unlock()
		return append([]lookupRequest(nil), seen...)
	}
}

// openName clicks the marked name and returns the pop-up's text once its
// answer is in (the placeholder "…" gone), and the link it shows.
func openName(t *testing.T, ctx context.Context, name string) (text, link string) {
	t.Helper()
	type card struct{ Text, Link, HTML string }
	c := eval[card](t, ctx, `new Promise((ok, fail) => {
	  const a = [...document.querySelectorAll('article a.gl-name')].find(a => a.textContent === `+jsString(name)+`);
	  if (!a) return fail(new Error('no marked name '+`+jsString(name)+`));
	  a.click();
	  const t0 = Date.now();
	  (function poll() {
	    const p = document.getElementById('gl-pop'), d = p && p.querySelector('#gl-pop-d');
	    if (d && d.textContent !== '\u2026') { const l = p.querySelector('.gl-src a'); return ok({Text: p.textContent, Link: l ? l.href : '', HTML: p.innerHTML}); }
	    if (Date.now() - t0 > 10000) return fail(new Error('no answer within 10 s'));
	    setTimeout(poll, 20);
	  })();
	})`)
	if strings.Contains(c.HTML, "<img") || strings.Contains(c.HTML, "<b>") {
		t.Errorf("%s: the summary was inserted as HTML: %s", name, c.HTML)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('gl-pop').hidePopover()`))
	return c.Text, c.Link
}

func TestLookupOnDemand(t *testing.T) {
	ctx := browser(t)
	url, seen := lookupServers(t, true, nil)
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
		Source: `document.cookie = 'session=secret; path=/'`}); err != nil {
		t.Fatal(err)
	}
	done, _ := open(t, ctx, url)
	if len(done) != 1 || done[0] != "ok" {
		t.Fatalf("glossline:done %v", done)
	}
	names := eval[[]string](t, ctx, `[...document.querySelectorAll('article a.gl-name')].map(a => a.textContent)`)
	for _, n := range []string{"Paula Weiss", "Martin Lorenz", "Clara Vogt", "Peter Berg", "Henrik Olsen", "Ida Holm"} {
		if !strings.Contains(strings.Join(names, "|"), n) {
			t.Errorf("%s not marked for a lookup; marked %q", n, names)
		}
	}
	if r := seen(); len(r) != 0 {
		t.Fatalf("requests before a reader opened a name: %v", r)
	}

	// answered: the first sentence as text, the source, licence and date
	// note, and a link to the page
	text, link := openName(t, ctx, "Paula Weiss")
	if !strings.Contains(text, "Paula Weiss (born 1961) is a German diplomat and negotiator.") || strings.Contains(text, "harbour talks of 2024") ||
		!strings.Contains(text, "Wikipedia, CC BY-SA 4.0") || !strings.Contains(text, "not of the article") {
		t.Errorf("Paula Weiss: pop-up %q", text)
	}
	if link != "https://en.wikipedia.org/wiki/Paula_Weiss" {
		t.Errorf("Paula Weiss: link %q", link)
	}
	// cached: asked once per page view
	openName(t, ctx, "Paula Weiss")
	if r := seen(); len(r) != 1 || r[0].path != "/en/api/rest_v1/page/summary/Paula_Weiss" || r[0].cookie != "" || r[0].referer != "" {
		t.Errorf("requests %+v, want one for Paula_Weiss without cookie or referrer", r)
	}

	// failures fall back to the plain name: a disambiguation page, a
	// description that does not fit the kind (a town for a person), 404,
	// malformed JSON
	for _, n := range []string{"Martin Lorenz", "Peter Berg", "Henrik Olsen"} {
		if text, link := openName(t, ctx, n); !strings.HasPrefix(text, n+"No explanation found.") || link != "" {
			t.Errorf("%s: pop-up %q, link %q; want the plain name", n, text, link)
		}
	}
	// hostile extract: shown as text, never as HTML
	if text, _ := openName(t, ctx, "Clara Vogt"); !strings.Contains(text, `<img src=x onerror="window.__pwned=1">Clara Vogt is an engineer <b>of ports</b>.`) {
		t.Errorf("Clara Vogt: pop-up %q", text)
	}
	if eval[bool](t, ctx, `!!window.__pwned`) {
		t.Error("the summary's markup ran")
	}

	// offline: no request, the plain name
	before := len(seen())
	offline(t, ctx)
	if text, link := openName(t, ctx, "Ida Holm"); !strings.HasPrefix(text, "Ida HolmNo explanation found.") || link != "" {
		t.Errorf("Ida Holm offline: pop-up %q", text)
	}
	if r := seen(); len(r) != before {
		t.Errorf("requests while offline: %+v", r[before:])
	}
}

// TestLookupOff: without data-lookup nothing is marked for a lookup and
// nothing is asked.
func TestLookupOff(t *testing.T) {
	ctx := browser(t)
	url, seen := lookupServers(t, false, nil)
	open(t, ctx, url)
	if n := eval[int](t, ctx, `document.querySelectorAll('.gl-name').length`); n != 0 {
		t.Errorf("%d names marked for a lookup with lookups off", n)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('article a.gl-term').forEach(a => a.click())`))
	if r := seen(); len(r) != 0 {
		t.Errorf("requests with lookups off: %v", r)
	}
}

// TestLookupCSP: under the policy docs/EMBEDDING.md gives, with the API in
// connect-src, a lookup works; without it, the browser blocks the request
// and the pop-up says that nothing was found, with no exception.
func TestLookupCSP(t *testing.T) {
	const base = "script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; connect-src 'self'"
	for _, allowed := range []bool{true, false} {
		ctx := browser(t)
		url, seen := lookupServers(t, true, func(api string) string {
			if allowed {
				return base + " " + api
			}
			return base
		})
		console := collectConsole(t, ctx)
		if done, _ := open(t, ctx, url); len(done) != 1 || done[0] != "ok" {
			t.Fatalf("connect-src allows the API %v: glossline:done %v", allowed, done)
		}
		text, _ := openName(t, ctx, "Paula Weiss")
		if got := strings.Contains(text, "German diplomat"); got != allowed {
			t.Errorf("connect-src allows the API %v: pop-up %q", allowed, text)
		}
		if !allowed && (!strings.HasSuffix(text, "No explanation found.×") || len(seen()) != 0) {
			t.Errorf("blocked: pop-up %q, requests %v", text, seen())
		}
		for _, m := range console() {
			if m.Type == chromedp.ConsoleException {
				t.Errorf("uncaught exception: %s", m.Text)
			}
		}
	}
}

// TestLearnedGlossary: a publisher glossary as glossline learn writes it
// loads in the widget, and the pop-up shows the entry's attribution,
// linked to its source, instead of "publisher".
func TestLearnedGlossary(t *testing.T) {
	ctx := browser(t)
	const learned = `{"version": 1, "entries": [{"id": "paula-weiss", "term": "Paula Weiss", "kind": "person",
	  "definition": {"en": "Paula Weiss (born 1961) is a German diplomat and negotiator."},
	  "link": "https://en.wikipedia.org/wiki/Paula_Weiss", "as_of": "2026", "attribution": "Wikipedia, CC BY-SA 4.0"}]}`
	mux := http.NewServeMux()
	mux.Handle("/", devserver.Handler(distDir(t)))
	mux.HandleFunc("/article.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		page := strings.Replace(fmt.Sprintf(lookupArticle, ` data-glossary="#site"`), "</head>", `<script type="application/json" id="site">`+learned+`</script></head>`, 1)
		fmt.Fprint(w, page)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	if done, _ := open(t, ctx, srv.URL+"/article.html"); len(done) != 1 || done[0] != "ok" {
		t.Fatalf("glossline:done %v", done)
	}
	type card struct{ Text, Link string }
	c := eval[card](t, ctx, `(() => {
	  const a = [...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'Paula Weiss');
	  if (!a) return {Text: 'not marked', Link: ''};
	  a.click();
	  const p = document.getElementById('gl-pop'), l = p.querySelector('.gl-src a');
	  return {Text: p.textContent, Link: l ? l.href : ''};
	})()`)
	if !strings.Contains(c.Text, "German diplomat and negotiator.") || !strings.Contains(c.Text, "Wikipedia, CC BY-SA 4.0, as of 2026") ||
		c.Link != "https://en.wikipedia.org/wiki/Paula_Weiss" || strings.Contains(c.Text, "publisher") {
		t.Errorf("pop-up %+v", c)
	}
}
