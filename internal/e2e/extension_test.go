//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/glossline/glossline/internal/devserver"
	"github.com/glossline/glossline/internal/pagegold"
	"github.com/glossline/glossline/internal/shared"
)

// The browser extension (issue 23, extension/, ./build.sh extension),
// unpacked and loaded into headless Chromium. The toolbar click is the
// background's own click handler, called through the DevTools protocol in
// the extension's service worker: a click on the toolbar grants activeTab,
// which no protocol call can, so the test's copy of the extension has a host
// permission for 127.0.0.1 instead (what "always on this site" grants).

// extensionDir is the built Chromium extension.
func extensionDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("GLOSSLINE_EXTENSION")
	if dir == "" {
		dir = filepath.Join("..", "..", "dist-extension", "chromium")
	}
	if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err != nil {
		t.Fatalf("no built extension in %s: run ./build.sh extension first (%v)", dir, err)
	}
	return dir
}

// testExtension copies the built extension into a temporary folder and
// grants it 127.0.0.1 in its manifest.
func testExtension(t *testing.T) string {
	t.Helper()
	src, dst := extensionDir(t), t.TempDir()
	err := filepath.Walk(src, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if fi.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if rel == "manifest.json" {
			var m map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				return err
			}
			m["host_permissions"] = []string{"http://127.0.0.1/*"}
			if data, err = json.Marshal(m); err != nil {
				return err
			}
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// extBrowser starts headless Chromium with the extension loaded (chromedp's
// default flags disable extensions; startBrowser's do not).
func extBrowser(t *testing.T, ext string, timeout time.Duration) context.Context {
	t.Helper()
	ctx := startBrowser(t, timeout, chromedp.Flag("load-extension", ext), chromedp.Flag("disable-extensions-except", ext))
	do(t, ctx, chromedp.Navigate("about:blank"))
	return ctx
}

// extWorker finds the extension's service worker and returns a context
// for it.
func extWorker(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		ts, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var seen []string
		for _, ti := range ts {
			seen = append(seen, ti.Type+" "+ti.URL)
			if ti.Type == "service_worker" && strings.HasPrefix(ti.URL, "chrome-extension://") && strings.HasSuffix(ti.URL, "/background.js") {
				wctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(ti.TargetID))
				t.Cleanup(cancel)
				return wctx
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the extension's service worker did not start; targets: %v", seen)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// swEval evaluates js in the service worker and awaits its promise: a
// string as it is, anything else as JSON.
func swEval(t *testing.T, wctx context.Context, js string) string {
	t.Helper()
	var out string
	yes := true
	err := chromedp.Do(wctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		r, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: js, AwaitPromise: &yes, ReturnByValue: &yes})
		if err != nil {
			return err
		}
		if r.ExceptionDetails != nil {
			d, _ := json.Marshal(r.ExceptionDetails)
			return fmt.Errorf("%s", d)
		}
		out = string(r.Result.Value)
		return nil
	}))
	if err != nil {
		t.Fatalf("service worker: %s: %v", js, err)
	}
	var str string
	if json.Unmarshal([]byte(out), &str) == nil {
		return str
	}
	return out
}

// clickAction is the toolbar click on the tab showing url.
func clickAction(t *testing.T, wctx context.Context, url string) {
	t.Helper()
	swEval(t, wctx, `chrome.tabs.query({}).then(ts => click(ts.find(t => t.url === `+jsString(url)+`))).then(() => 'clicked')`)
}

// waitRegistered waits until the background has registered the content
// script for the test's granted site, 127.0.0.1 ("always on this site").
func waitRegistered(t *testing.T, wctx context.Context) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for swEval(t, wctx, `chrome.scripting.getRegisteredContentScripts().then(s => s.map(x => x.matches.join()).join())`) != "http://127.0.0.1/*" {
		if time.Now().After(deadline) {
			t.Fatal("no content script registered for the granted site")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// badgeText is the action's badge on the tab showing url.
func badgeText(t *testing.T, wctx context.Context, url string) string {
	t.Helper()
	return swEval(t, wctx, `chrome.tabs.query({}).then(ts => chrome.action.getBadgeText({tabId: ts.find(t => t.url === `+jsString(url)+`).id}))`)
}

// extServer serves the extension's fixtures at /x/, dist/ at / (for a page
// that embeds glossline), and the fixtures again under /csp/ and /tt/ with a
// strict Content-Security-Policy and with Trusted Types required. It counts
// the requests it gets.
func extServer(t *testing.T) (string, func() []string) {
	t.Helper()
	const strict = "default-src 'none'; img-src data:; style-src 'self'"
	var mu sync.Mutex
	var got []string
	fix := devserver.Handler(filepath.Join("testdata", "extension"))
	mux := http.NewServeMux()
	mux.Handle("/", devserver.Handler(distDir(t)))
	mux.Handle("/x/", http.StripPrefix("/x", fix))
	mux.Handle("/csp/", http.StripPrefix("/csp", fix))
	mux.Handle("/tt/", http.StripPrefix("/tt", fix))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got = append(got, r.URL.Path)
		mu.Unlock()
		switch {
		case strings.HasPrefix(r.URL.Path, "/csp/"):
			w.Header().Set("Content-Security-Policy", strict)
		case strings.HasPrefix(r.URL.Path, "/tt/"):
			w.Header().Set("Content-Security-Policy", strict+"; require-trusted-types-for 'script'; trusted-types 'none'")
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), got...)
	}
}

// extState is a page as the extension left it.
type extState struct {
	Dates, Terms, Panels int
	Done                 string
	HTML                 string
	CSP                  []string
}

const readExtState = `({Dates: document.querySelectorAll('.gl-date').length, Terms: document.querySelectorAll('.gl-term').length,
  Panels: document.querySelectorAll('.gl-panel').length, Done: (document.querySelector('[data-glossline]') || {dataset: {}}).dataset.glossline || '',
  HTML: document.documentElement.outerHTML, CSP: window.__glcsp || []})`

// recordCSP keeps the page's CSP violations, and the page as the parser
// left it.
const recordCSP = `window.__glcsp = []; document.addEventListener('securitypolicyviolation', e => __glcsp.push(e.violatedDirective + ' ' + e.blockedURI));
document.addEventListener('DOMContentLoaded', () => { window.__glparsed = document.documentElement.outerHTML; });`

// waitExt polls the page until the annotation is in (want true) or out.
func waitExt(t *testing.T, ctx context.Context, annotated bool) extState {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		st := eval[extState](t, ctx, readExtState)
		if (st.Done == "done" && st.Panels == 1) == annotated {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page did not become annotated=%v: %+v", annotated, st)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestExtension(t *testing.T) {
	ext := testExtension(t)
	ctx := extBrowser(t, ext, 3*time.Minute)
	wctx := extWorker(t, ctx)
	base, requests := extServer(t)
	console := collectConsole(t, ctx)
	var (
		mu      sync.Mutex
		offsite []string
	)
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			u := e.Request.URL
			if !strings.HasPrefix(u, base) && !strings.HasPrefix(u, "chrome-extension://") && !strings.HasPrefix(u, "data:") {
				mu.Lock()
				offsite = append(offsite, u)
				mu.Unlock()
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: recordCSP}); err != nil {
		t.Fatal(err)
	}

	// The test's grant of 127.0.0.1 is what "always on this site" grants: the
	// background registers the content script for it.
	waitRegistered(t, wctx)
	t.Run("always on this site", func(t *testing.T) {
		url := base + "/x/article.html"
		do(t, ctx, chromedp.Navigate(url))
		waitExt(t, ctx, true)
		parsed := eval[string](t, ctx, `__glparsed`)
		clickAction(t, wctx, url)
		if off := waitExt(t, ctx, false); off.HTML != parsed {
			t.Errorf("the click did not give the page back exactly:\nbefore %s\nafter  %s", parsed, off.HTML)
		}
		// On a page that embeds glossline, the page's own annotates and the
		// extension's stands down: one panel, no second set of marks.
		do(t, ctx, chromedp.Navigate(base+"/"))
		waitExt(t, ctx, true)
		time.Sleep(3 * time.Second) // the registered script's lazy start, had it not stood down
		if st := eval[extState](t, ctx, readExtState); st.Panels != 1 || strings.Count(st.HTML, `id="gl-d1"`) != 1 {
			t.Errorf("a page with its own glossline: %d panels, %d times gl-d1", st.Panels, strings.Count(st.HTML, `id="gl-d1"`))
		}
		// The extension's loader would have served (adopted) the page's
		// annotation and reported it on the badge.
		if b := badgeText(t, wctx, base+"/"); b != "" {
			t.Errorf("the extension's loader ran on a page with its own glossline (badge %q)", b)
		}
	})
	swEval(t, wctx, `chrome.scripting.unregisterContentScripts().then(() => 'ok')`)

	n0 := len(requests()) // the demo page above fetched glossline itself
	for _, dir := range []string{"x", "csp", "tt"} {
		t.Run("article "+dir, func(t *testing.T) {
			url := base + "/" + dir + "/article.html"
			do(t, ctx, chromedp.Navigate(url))
			before := eval[extState](t, ctx, readExtState)
			if before.Dates != 0 || before.Done != "" {
				t.Fatalf("annotated before the click: %+v", before)
			}
			start := time.Now()
			clickAction(t, wctx, url)
			on := waitExt(t, ctx, true)
			t.Logf("click to annotated: %v; %d dates, %d terms", time.Since(start).Round(time.Millisecond), on.Dates, on.Terms)
			if on.Dates < 4 || on.Terms < 1 {
				t.Errorf("%d dates and %d terms marked, want at least 4 and 1", on.Dates, on.Terms)
			}
			if len(on.CSP) > 0 {
				t.Errorf("Content-Security-Policy violations: %v", on.CSP)
			}
			// The stylesheet, linked from the extension, reached the page
			// (past its style-src): its custom properties are set.
			if got := eval[string](t, ctx, `getComputedStyle(document.documentElement).getPropertyValue('--gl-accent').trim()`); got == "" {
				t.Error("glossline's stylesheet did not apply")
			}
			// Nothing in the page's world: its window has no glossline.
			if eval[bool](t, ctx, `'glossline' in window || 'Go' in window || '__glosslineGo' in window`) {
				t.Error("the extension left a global in the page's world")
			}
			// A pop-up opens.
			do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('article a.gl-term').click()`))
			if got := eval[string](t, ctx, popOpen); got == "" {
				t.Error("no pop-up opened on a term")
			}
			clickAction(t, wctx, url)
			off := waitExt(t, ctx, false)
			if off.HTML != before.HTML {
				t.Errorf("the second click did not give the page back exactly:\nbefore %s\nafter  %s", before.HTML, off.HTML)
			}
			if marks := eval[[]string](t, ctx, `performance.getEntriesByType('mark').map(m => m.name)`); len(marks) > 0 {
				t.Errorf("performance marks left in the page: %v", marks)
			}
			// And a third click annotates again.
			clickAction(t, wctx, url)
			waitExt(t, ctx, true)
		})
	}

	for _, p := range requests()[n0:] {
		if strings.Contains(p, "glossline") {
			t.Errorf("the page fetched %s from the site: the extension's files come from the extension", p)
		}
	}

	t.Run("page with its own glossline", func(t *testing.T) {
		url := base + "/"
		do(t, ctx, chromedp.Navigate(url))
		waitExt(t, ctx, true)
		clickAction(t, wctx, url)
		waitExt(t, ctx, false)
		clickAction(t, wctx, url)
		waitExt(t, ctx, true)
		// Only the page's own glossline worked: the extension's loader
		// never ran in the tab.
		probe := `chrome.tabs.query({}).then(ts => chrome.scripting.executeScript({target: {tabId: ts.find(t => t.url === ` + jsString(url) + `).id}, func: () => typeof self.glossline})).then(r => r[0].result)`
		if got := swEval(t, wctx, probe); got != "undefined" {
			t.Errorf("the extension's content script ran on a page with glossline: %s", got)
		}
	})

	t.Run("no article", func(t *testing.T) {
		url := base + "/x/noarticle.html"
		do(t, ctx, chromedp.Navigate(url))
		before := eval[extState](t, ctx, readExtState)
		clickAction(t, wctx, url)
		// The badge says when the analysis came back.
		deadline := time.Now().Add(20 * time.Second)
		for badgeText(t, wctx, url) != "–" {
			if time.Now().After(deadline) {
				t.Fatalf("no 'no article' badge within 20 s: %q", badgeText(t, wctx, url))
			}
			time.Sleep(100 * time.Millisecond)
		}
		if after := eval[extState](t, ctx, readExtState); after.HTML != before.HTML {
			t.Errorf("a page without an article changed:\nbefore %s\nafter  %s", before.HTML, after.HTML)
		}
	})

	mu.Lock()
	defer mu.Unlock()
	if len(offsite) > 0 {
		t.Errorf("requests left 127.0.0.1: %v", offsite)
	}
	for _, m := range console() {
		t.Logf("console: %s %s", m.Type, m.Text)
	}
}

// TestWebExtLint: Mozilla's linter (web-ext lint, the checks of
// addons.mozilla.org) finds no error and no warning in the Firefox build,
// which is linted, not run.
func TestWebExtLint(t *testing.T) {
	dir := filepath.Join(filepath.Dir(extensionDir(t)), "firefox")
	bin := filepath.Join("testdata", "webext", "node_modules", ".bin", "web-ext")
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("no web-ext: ./build.sh test installs it (npm ci --prefix internal/e2e/testdata/webext): %v", err)
	}
	out, err := exec.Command(bin, "lint", "--source-dir", dir, "--output", "json").Output()
	var r struct {
		Summary  struct{ Errors, Notices, Warnings int }
		Errors   []struct{ Code, Message, File string }
		Warnings []struct{ Code, Message, File string }
	}
	if jerr := json.Unmarshal(out, &r); jerr != nil {
		t.Fatalf("web-ext lint: %v (%v)\n%s", err, jerr, out)
	}
	t.Logf("web-ext lint: %+v", r.Summary)
	for _, e := range r.Errors {
		t.Errorf("error %s: %s (%s)", e.Code, e.Message, e.File)
	}
	for _, w := range r.Warnings {
		t.Errorf("warning %s: %s (%s)", w.Code, w.Message, w.File)
	}
}

// TestExtensionRealPages: on every development page of ../shared/pages
// (stripped as TestRealPages strips them) the extension marks the same
// words in the same root as the embedded widget, and leaves the two
// foreign pages untouched. It logs the time from click to annotated.
func TestExtensionRealPages(t *testing.T) {
	dir := shared.Path(t, "pages")
	pages, err := pagegold.LoadPages()
	if err != nil {
		t.Fatal(err)
	}
	site, srvURL := realPagesServer(t)
	bctx := extBrowser(t, testExtension(t), 15*time.Minute)
	wctx := extWorker(t, bctx)
	waitRegistered(t, wctx)
	swEval(t, wctx, `chrome.scripting.unregisterContentScripts().then(() => 'ok')`)

	const facts = `(() => { const r = document.querySelector('[data-glossline=done]');
	  return {Root: r ? r.localName + '#' + r.id + '.' + (r.getAttribute('class') || '') : '',
	    Marks: [...document.querySelectorAll('.gl-date,.gl-term')].map(e => e.className.split(' ')[0] + ':' + e.textContent).join('|')}; })()`
	type result struct{ Root, Marks string }
	for _, info := range pages {
		t.Run(info.Name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, info.Name, "page.html"))
			if err != nil {
				t.Fatal(err)
			}
			withWidget := stripPage(t, src)
			loader := regexp.MustCompile(`<script src="/glossline.js"[^>]*></script>`)
			if !loader.Match(withWidget) {
				t.Fatal("stripPage added no loader")
			}
			for name, data := range map[string][]byte{info.Name + ".html": withWidget, info.Name + "-bare.html": loader.ReplaceAll(withWidget, nil)} {
				if err := os.WriteFile(filepath.Join(site, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := chromedp.NewContext(bctx)
			defer cancel()
			if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
				Source: `document.addEventListener('glossline:done', e => { window.__done = 1; });`,
			}); err != nil {
				t.Fatal(err)
			}
			// The widget, as the page would embed it.
			do(t, ctx, chromedp.Navigate(srvURL+"/p/"+info.Name+".html"))
			widget := eval[result](t, ctx, `new Promise((ok, fail) => { const t0 = Date.now(); (function poll() {
			  if (window.__done) return ok(`+facts+`);
			  if (Date.now() - t0 > 60000) return fail(new Error('no glossline:done within 60 s'));
			  setTimeout(poll, 50); })(); })`)
			// The extension, on the same page without the widget.
			url := srvURL + "/p/" + info.Name + "-bare.html"
			do(t, ctx, chromedp.Navigate(url))
			start := time.Now()
			clickAction(t, wctx, url)
			deadline := time.Now().Add(60 * time.Second)
			b := badgeText(t, wctx, url)
			for ; b != "✓" && b != "–"; b = badgeText(t, wctx, url) {
				if time.Now().After(deadline) {
					t.Fatalf("the extension did not finish within 60 s (badge %q)", b)
				}
				time.Sleep(20 * time.Millisecond)
			}
			took := time.Since(start)
			ext := eval[result](t, ctx, facts)
			n := 0
			if ext.Marks != "" {
				n = strings.Count(ext.Marks, "|") + 1
			}
			t.Logf("click to done (badge %s): %v; %d marks, %d characters of text", b, took.Round(time.Millisecond), n, eval[int](t, ctx, `document.body.textContent.length`))
			if info.Foreign() {
				if b != "–" || ext.Root != "" || ext.Marks != "" {
					t.Errorf("foreign page: badge %q, root %q, marks %.100q; want untouched", b, ext.Root, ext.Marks)
				}
				return
			}
			if ext.Root != widget.Root {
				t.Errorf("root: extension %s, widget %s", ext.Root, widget.Root)
			}
			if ext.Marks != widget.Marks {
				t.Errorf("marks differ:\nextension %.300s\nwidget    %.300s", ext.Marks, widget.Marks)
			}
		})
	}
}
