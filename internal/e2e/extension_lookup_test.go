//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The extension's lookups on demand (issue 23 with issue 21): off by
// default, turned on in the options page (stored in chrome.storage, with
// the optional permission for Wikipedia's sites), made by the background
// on a tap only, without cookies or referrer. A local server answering
// like the REST API (lookup_test.go's summaries) stands in for Wikipedia:
// the test's copy of the extension names it in lookup.js instead of
// Wikipedia's two sites. It listens on 127.0.0.1 and is addressed as
// localhost, a site apart from the pages' 127.0.0.1.

// lookupAPI is the stand-in: it records each request's path, cookie,
// referrer and Api-User-Agent, and sets a cookie on every answer (which a
// request without credentials neither keeps nor sends).
type lookupAPI struct {
	url  string // http://localhost:PORT
	mu   sync.Mutex
	seen []lookupRequest
	uas  []string
}

func newLookupAPI(t *testing.T) *lookupAPI {
	a := &lookupAPI{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		a.seen = append(a.seen, lookupRequest{r.URL.Path, r.Header.Get("Cookie"), r.Header.Get("Referer")})
		a.uas = append(a.uas, r.Header.Get("Api-User-Agent"))
		a.mu.Unlock()
		http.SetCookie(w, &http.Cookie{Name: "wmf", Value: "tracked", Path: "/"})
		body, ok := summaries[strings.TrimPrefix(r.URL.Path, "/en/api/rest_v1/page/summary/")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	a.url = strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	return a
}

func (a *lookupAPI) requests() []lookupRequest {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]lookupRequest(nil), a.seen...)
}

// lookupExtension is testExtension's copy with lookup.js pointing at the
// stand-in; granted, the copy's manifest also grants localhost (as the
// options page's switch would grant Wikipedia's sites).
func lookupExtension(t *testing.T, api string, granted bool) string {
	t.Helper()
	dir := testExtension(t)
	lk := filepath.Join(dir, "lookup.js")
	src, err := os.ReadFile(lk)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(src), `"https://{lang}.wikipedia.org/api/rest_v1"`, jsString(api+"/{lang}/api/rest_v1"), 1)
	s = strings.Replace(s, `["https://de.wikipedia.org/*", "https://en.wikipedia.org/*"]`, `["http://localhost/*"]`, 1)
	if s == string(src) || !strings.Contains(s, "localhost/*") {
		t.Fatalf("lookup.js has changed: the test cannot point it at the stand-in:\n%s", src)
	}
	if err := os.WriteFile(lk, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	if granted {
		mf := filepath.Join(dir, "manifest.json")
		data, err := os.ReadFile(mf)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		m["host_permissions"] = []string{"http://127.0.0.1/*", "http://localhost/*"}
		if data, err = json.Marshal(m); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(mf, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// lookupPage serves lookup_test.go's article without its own loader.
func lookupPage(t *testing.T) string {
	t.Helper()
	page := strings.Replace(lookupArticle, `<script src="/glossline.js" defer data-load="eager"%s></script>`, "", 1)
	if strings.Contains(page, "<script") {
		t.Fatal("lookupArticle has changed: it still has a script")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		// A policy that would block any request the page's world made.
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'self'")
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "secret", Path: "/"})
		fmt.Fprint(w, page)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/article.html"
}

// stopRegistered waits until the background's sync has registered the
// content scripts whose files include want ("" for any), says which sites
// they match, and unregisters them, so that the test's clicks alone
// annotate.
func stopRegistered(t *testing.T, wctx context.Context, want string) string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := swEval(t, wctx, `chrome.scripting.getRegisteredContentScripts().then(s => JSON.stringify(s.map(x => [x.matches.join(), x.js.join()])))`)
		var scripts [][2]string
		json.Unmarshal([]byte(got), &scripts)
		ok := len(scripts) > 0
		var sites []string
		for _, s := range scripts {
			ok = ok && strings.Contains(s[1], want)
			sites = append(sites, s[0])
		}
		if ok {
			swEval(t, wctx, `chrome.scripting.unregisterContentScripts().then(() => 'ok')`)
			return strings.Join(sites, " ")
		}
		if time.Now().After(deadline) {
			t.Fatalf("no content scripts registered with %q: %s", want, got)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// annotateByClick reloads url and clicks the action: the page annotated,
// it returns the names marked for a lookup.
func annotateByClick(t *testing.T, ctx, wctx context.Context, url string) []string {
	t.Helper()
	do(t, ctx, chromedp.Navigate(url))
	clickAction(t, wctx, url)
	// The article has one date and nothing glossline defines: no panel,
	// so waitExt's test does not apply.
	deadline := time.Now().Add(60 * time.Second)
	for !eval[bool](t, ctx, `!!document.querySelector('article[data-glossline=done]')`) {
		if time.Now().After(deadline) {
			t.Fatal("the click did not annotate the page")
		}
		time.Sleep(100 * time.Millisecond)
	}
	return eval[[]string](t, ctx, `[...document.querySelectorAll('article a.gl-name')].map(a => a.textContent)`)
}

func TestExtensionLookup(t *testing.T) {
	api := newLookupAPI(t)
	ctx := extBrowser(t, lookupExtension(t, api.url, true), 3*time.Minute)
	wctx := extWorker(t, ctx)
	url := lookupPage(t)
	stopRegistered(t, wctx, "")

	// Off by default: nothing stored, no name marked for a lookup, no
	// request when the reader opens every term.
	if got := swEval(t, wctx, `chrome.storage.local.get('lookup').then(s => String(s.lookup))`); got != "undefined" {
		t.Errorf("lookup stored at install: %s", got)
	}
	if names := annotateByClick(t, ctx, wctx, url); len(names) != 0 {
		t.Errorf("lookups off: names marked for a lookup %q", names)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('article a.gl-term').forEach(a => a.click())`))

	// On (what the options page stores once the browser granted the
	// sites): the "always" sites' scripts carry lookup-on.js, and the
	// lookup's own site is not one of them.
	swEval(t, wctx, `chrome.storage.local.set({lookup: true}).then(() => 'ok')`)
	if sites := stopRegistered(t, wctx, "lookup-on.js"); sites != "http://127.0.0.1/*" {
		t.Errorf("registered for %q with lookups on, want 127.0.0.1 alone", sites)
	}
	if r := api.requests(); len(r) != 0 {
		t.Fatalf("requests with lookups off: %+v", r)
	}
	names := annotateByClick(t, ctx, wctx, url)
	for _, n := range []string{"Paula Weiss", "Martin Lorenz", "Clara Vogt", "Ida Holm"} {
		if !strings.Contains(strings.Join(names, "|"), n) {
			t.Errorf("%s not marked for a lookup; marked %q", n, names)
		}
	}
	if r := api.requests(); len(r) != 0 {
		t.Fatalf("requests before a tap: %+v", r)
	}

	// A tap asks once, from the background (the page's policy would have
	// blocked the page), with no cookie, no referrer, and says who asks.
	text, link := openName(t, ctx, "Paula Weiss")
	if !strings.Contains(text, "Paula Weiss (born 1961) is a German diplomat and negotiator.") || !strings.Contains(text, "Wikipedia, CC BY-SA 4.0") ||
		link != "https://en.wikipedia.org/wiki/Paula_Weiss" {
		t.Errorf("Paula Weiss: pop-up %q, link %q", text, link)
	}
	openName(t, ctx, "Paula Weiss")
	if r := api.requests(); len(r) != 1 || r[0].path != "/en/api/rest_v1/page/summary/Paula_Weiss" {
		t.Errorf("requests %+v, want one for Paula_Weiss (cached on the second tap)", r)
	}
	// A disambiguation page gives the plain name; a hostile extract is text.
	if text, link := openName(t, ctx, "Martin Lorenz"); !strings.HasPrefix(text, "Martin LorenzNo explanation found.") || link != "" {
		t.Errorf("Martin Lorenz: pop-up %q, link %q", text, link)
	}
	if text, _ := openName(t, ctx, "Clara Vogt"); !strings.Contains(text, `<img src=x onerror="window.__pwned=1">Clara Vogt is an engineer <b>of ports</b>.`) {
		t.Errorf("Clara Vogt: pop-up %q", text)
	}
	if eval[bool](t, ctx, `!!window.__pwned`) {
		t.Error("the summary's markup ran")
	}
	r := api.requests()
	for i, q := range r {
		if q.cookie != "" || q.referer != "" || !strings.HasPrefix(api.uas[i], "glossline-extension/") {
			t.Errorf("request %s: cookie %q, referrer %q, Api-User-Agent %q", q.path, q.cookie, q.referer, api.uas[i])
		}
	}

	// Off again through the options page's switch (in another tab), the
	// page still annotated: a tap asks nothing.
	octx, cancel := chromedp.NewContext(ctx)
	defer cancel()
	id := swEval(t, wctx, `chrome.runtime.id`)
	do(t, octx, chromedp.Navigate("chrome-extension://"+id+"/options.html"))
	type opt struct {
		Checked bool
		Label   string
	}
	var o opt
	for deadline := time.Now().Add(10 * time.Second); !o.Checked && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		o = eval[opt](t, octx, `({Checked: document.getElementById('lookup').checked, Label: document.querySelector('label').textContent})`)
	}
	if !o.Checked || !strings.Contains(o.Label, "Wikipedia") {
		t.Errorf("the options page's switch with lookups on: %+v", o)
	}
	do(t, octx, chromedp.Click(chromedp.CSS(`#lookup`)))
	for deadline := time.Now().Add(10 * time.Second); swEval(t, wctx, `chrome.storage.local.get('lookup').then(s => String(s.lookup))`) != "false"; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the options page's switch did not store lookups off")
		}
	}
	if eval[bool](t, octx, `document.getElementById('lookup').checked`) {
		t.Error("the switch still shows on")
	}
	cancel()
	if text, _ := openName(t, ctx, "Ida Holm"); !strings.HasPrefix(text, "Ida HolmNo explanation found.") {
		t.Errorf("Ida Holm with lookups off: pop-up %q", text)
	}
	if n := len(api.requests()); n != len(r) {
		t.Errorf("a request with lookups off: %+v", api.requests()[len(r):])
	}
	if sites := stopRegistered(t, wctx, ""); sites != "http://127.0.0.1/* http://localhost/*" && sites != "http://localhost/* http://127.0.0.1/*" {
		t.Errorf("registered for %q with lookups off, want 127.0.0.1 and localhost", sites)
	}
	if names := annotateByClick(t, ctx, wctx, url); len(names) != 0 {
		t.Errorf("lookups off again: names marked for a lookup %q", names)
	}
}

// TestExtensionLookupNoPermission: with the switch stored on but the sites'
// permission not granted (refused, or withdrawn in the browser's
// settings), no name is marked for a lookup and the background refuses a
// lookup asked directly: nothing leaves the machine.
func TestExtensionLookupNoPermission(t *testing.T) {
	api := newLookupAPI(t)
	ctx := extBrowser(t, lookupExtension(t, api.url, false), 2*time.Minute)
	wctx := extWorker(t, ctx)
	url := lookupPage(t)
	stopRegistered(t, wctx, "")
	swEval(t, wctx, `chrome.storage.local.set({lookup: true}).then(() => 'ok')`)
	time.Sleep(500 * time.Millisecond) // the sync that storage.onChanged starts
	swEval(t, wctx, `chrome.scripting.unregisterContentScripts().then(() => 'ok')`)
	if names := annotateByClick(t, ctx, wctx, url); len(names) != 0 {
		t.Errorf("no permission: names marked for a lookup %q", names)
	}
	probe := `chrome.tabs.query({}).then(ts => chrome.scripting.executeScript({target: {tabId: ts.find(t => t.url === ` + jsString(url) + `).id},
	  func: () => chrome.runtime.sendMessage({gl: 'lookup', lang: 'en', title: 'Paula_Weiss'})})).then(r => JSON.stringify(r[0].result))`
	if got := swEval(t, wctx, probe); !strings.Contains(got, "lookups are off") {
		t.Errorf("a lookup asked without the permission: %s", got)
	}
	if r := api.requests(); len(r) != 0 {
		t.Errorf("requests without the permission: %+v", r)
	}
}
