//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/glossline/glossline/internal/devserver"
	"github.com/glossline/glossline/internal/manifest"
)

// Offline and baked pages: the single file from file:// with no network,
// a baked page with no script, a page saved from the browser with its
// scripts stripped, the widget over both, and bake against the browser.

// fileURL is the file:// URL of a local path.
func fileURL(t *testing.T, path string) string {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return "file://" + filepath.ToSlash(abs)
}

// offline cuts the tab off the network: every request but file:// fails.
func offline(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	}); err != nil {
		t.Fatal(err)
	}
}

// noScript disables JavaScript in the tab's pages (DevTools evaluation
// still works).
func noScript(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
}

// consoleClean fails the test on any console error or exception, and on
// any glossline message beyond the allowed number.
func consoleClean(t *testing.T, msgs []chromedp.ConsoleMessage, glossline int) {
	t.Helper()
	ours := 0
	for _, m := range msgs {
		if m.Type == "error" || m.Type == chromedp.ConsoleException || m.Type == "assert" {
			t.Errorf("console %s: %s", m.Type, m.Text)
		}
		if strings.HasPrefix(m.Text, "glossline") {
			ours++
		}
	}
	if ours != glossline {
		t.Errorf("%d glossline console messages, want %d: %+v", ours, glossline, msgs)
	}
}

// glosslineBin builds cmd/glossline into a temporary folder.
func glosslineBin(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "glossline")
	cmd := exec.Command("go", "build", "-o", bin, "../../cmd/glossline")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/glossline: %v\n%s", err, out)
	}
	return bin
}

// bakeDemo runs `glossline bake` on the built demo page.
func bakeDemo(t *testing.T) []byte {
	t.Helper()
	return bakeFile(t, filepath.Join(distDir(t), "index.html"))
}

// bakeFile runs `glossline bake` on a page and fails the test when it
// fails or writes anything to standard error.
func bakeFile(t *testing.T, file string) []byte {
	t.Helper()
	cmd := exec.Command(glosslineBin(t), "bake", file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("glossline bake: %v\n%s", err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("glossline bake wrote to stderr: %s", stderr.String())
	}
	return out
}

// pageServer serves dist/ at / and the given pages by path.
func pageServer(t *testing.T, pages map[string][]byte) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/", devserver.Handler(distDir(t)))
	for path, body := range pages {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
		})
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// staticChecks are what a baked page must do with no script of
// glossline's: show the timeline, and lead from a term to its definition,
// which is the :target and highlighted.
func staticChecks(t *testing.T, ctx context.Context) {
	t.Helper()
	timelineShown(t, ctx)
	if !eval[bool](t, ctx, `(() => { const a = [...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'KCNA');
	  if (a) a.setAttribute('data-test', 'kcna'); return !!a; })()`) {
		t.Fatal("no term KCNA in the article")
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-test=kcna]`)))
	type target struct {
		Hash, Tag, ID, Def, Background, Mark string
	}
	// No timers here: with script disabled in the page they never fire.
	tg := eval[target](t, ctx, `(() => { const t = document.querySelector(':target');
	  const dd = t && t.nextElementSibling;
	  const probe = document.createElement('span'); probe.style.background = 'var(--gl-mark)'; document.body.append(probe);
	  const mark = getComputedStyle(probe).backgroundColor; probe.remove();
	  return {Hash: location.hash, Tag: t ? t.localName : '', ID: t ? t.id : '', Def: dd ? dd.textContent : '',
	    Background: t ? getComputedStyle(t).backgroundColor : '', Mark: mark}; })()`)
	if tg.Hash != "#gl-def-kcna" || tg.Tag != "dt" || tg.ID != "gl-def-kcna" || !strings.Contains(tg.Def, "Korean Central News Agency") {
		t.Errorf("after following KCNA: %+v; want its <dt> as :target, the definition after it", tg)
	}
	if tg.Background != tg.Mark {
		t.Errorf("the :target note's background is %s, want the mark colour %s", tg.Background, tg.Mark)
	}
}

// staticText is what a copy saved from a page glossline ran on shows with
// no script: the article's marks as text, the timeline and the notes, and
// no link of glossline's (a saved copy's in-page links would lead off the
// page in MHTML, which makes them absolute).
func staticText(t *testing.T, ctx context.Context) {
	t.Helper()
	timelineShown(t, ctx)
	type st struct {
		Terms, Links          int
		KCNA                  string
		NotesShown, TermShown bool
	}
	s := eval[st](t, ctx, `(() => { const dt = document.getElementById('gl-def-kcna'), r = dt ? dt.nextElementSibling.getBoundingClientRect() : {};
	  const term = [...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'KCNA');
	  return {Terms: document.querySelectorAll('article a.gl-term').length, Links: document.querySelectorAll('a.gl-term[href], a.gl-tl-link[href], a.gl-back[href], a.gl-skip[href]').length,
	    KCNA: dt ? dt.nextElementSibling.textContent : '', NotesShown: r.width > 50 && r.height > 5,
	    TermShown: !!term && getComputedStyle(term).textDecorationLine.includes('underline')}; })()`)
	if s.Terms == 0 || s.Links != 0 || !strings.Contains(s.KCNA, "Korean Central News Agency") || !s.NotesShown || !s.TermShown {
		t.Errorf("saved copy: %+v; want the terms marked as text, the KCNA note shown, no link of glossline's", s)
	}
}

// timelineShown checks that the panel's timeline is shown, with entries.
func timelineShown(t *testing.T, ctx context.Context) {
	t.Helper()
	type tl struct {
		Entries int
		W, H    float64
		Display string
	}
	got := eval[tl](t, ctx, `(() => { const o = document.querySelector('.gl-panel ol.gl-timeline'); if (!o) return {};
	  const r = o.getBoundingClientRect();
	  return {Entries: o.querySelectorAll('li.gl-tl-entry').length, W: r.width, H: r.height, Display: getComputedStyle(o).display}; })()`)
	if got.Entries < 3 || got.W < 100 || got.H < 50 || got.Display == "none" {
		t.Errorf("timeline %+v; want at least 3 visible entries", got)
	}
}

// TestOfflineSingleFile opens dist/glossline-offline.html from file:// with
// the network off: dates are marked, a definition opens, the timeline is
// there, and the console has no errors.
func TestOfflineSingleFile(t *testing.T) {
	ctx := browser(t)
	offline(t, ctx)
	console := collectConsole(t, ctx)
	ms := openWant(t, ctx, fileURL(t, filepath.Join(distDir(t), "glossline-offline.html")), "ok")
	t.Logf("navigation start to glossline:done from file://: %.0f ms", ms)

	if got := eval[string](t, ctx, `(document.querySelectorAll('article time.gl-date').length >= 5) + ' ' +
	  ([...document.querySelectorAll('article time.gl-date')].find(e => e.textContent === 'Mittwoch') || {}).dateTime`); got != "true 2023-09-13" {
		t.Errorf("dates: %q, want several marked and Mittwoch as 2023-09-13", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('.gl-panel ol.gl-timeline > li.gl-tl-entry').length`); n < 3 {
		t.Errorf("timeline has %d entries", n)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`article a.gl-term`)))
	if got := eval[string](t, ctx, `(() => { const p = document.getElementById('gl-pop');
	  return p && p.matches(':popover-open') ? p.textContent : ''; })()`); len(got) < 10 {
		t.Errorf("clicking a term opened no definition (card text %q)", got)
	}
	type res struct {
		Remote []string
		OnPage bool
	}
	r := eval[res](t, ctx, `({Remote: performance.getEntriesByType('resource').map(e => e.name).filter(n => !/^(file|data|blob):/.test(n)),
	  OnPage: typeof document.getElementById('gl-go').glossline === 'function' && !['Go', '__glosslineGo', '__glosslineWasm', 'process', 'fs', 'path'].some(k => k in window)})`)
	if len(r.Remote) > 0 {
		t.Errorf("the single file requested %v", r.Remote)
	}
	if !r.OnPage {
		t.Error("Go did not run on the page's thread through the inline runner, or left a global")
	}
	consoleClean(t, console(), 0)
}

// TestBakedWithoutScript opens a baked page with JavaScript disabled.
func TestBakedWithoutScript(t *testing.T) {
	url := pageServer(t, map[string][]byte{"/baked.html": bakeDemo(t)})
	ctx := browser(t)
	noScript(t, ctx)
	do(t, ctx, chromedp.Navigate(url+"/baked.html"))
	if eval[bool](t, ctx, `'glossline' in window`) {
		t.Fatal("the loader ran although script is disabled")
	}
	staticChecks(t, ctx)
}

// savedDemo annotates the demo page in the browser and saves it as a DOM
// snapshot with every <script> removed, links made relative and the
// stylesheet beside it, as "save page" tools do. It returns the folder.
func savedDemo(t *testing.T) string {
	t.Helper()
	url := server(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/", "ok")
	doc := eval[string](t, ctx, `(() => { const d = document.documentElement.cloneNode(true);
	  for (const s of d.querySelectorAll('script')) s.remove();
	  return '<!doctype html>\n' + d.outerHTML; })()`)
	doc = strings.ReplaceAll(doc, url+"/", "")
	dir := t.TempDir()
	m, err := manifest.ReadManifest(distDir(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{m[manifest.AssetCSS], "glossline.js"} {
		data, err := os.ReadFile(filepath.Join(distDir(t), name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if strings.Contains(strings.ToLower(doc), "<script") {
		t.Fatal("the saved page still has a script")
	}
	if err := os.WriteFile(filepath.Join(dir, "saved.html"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSavedPage: the demo annotated in the browser, saved without scripts
// and reopened from file:// shows the marks, the timeline and the notes as
// text, with no link of glossline's.
func TestSavedPage(t *testing.T) {
	dir := savedDemo(t)
	ctx := browser(t)
	offline(t, ctx)
	console := collectConsole(t, ctx)
	do(t, ctx, chromedp.Navigate(fileURL(t, filepath.Join(dir, "saved.html"))))
	staticText(t, ctx)
	consoleClean(t, console(), 0)
}

// saveComplete saves the page in the tab as Chromium's "Save page as …,
// Webpage, Complete" does: the document as it stands, scripts kept, in
// dir/name.html, and every script and stylesheet it refers to on its own
// server copied into dir/name_files/, the references rewritten to the
// copies. It returns the saved page's path.
func saveComplete(t *testing.T, ctx context.Context, dir, name string) string {
	t.Helper()
	type saved struct {
		HTML string
		URLs []string
	}
	s := eval[saved](t, ctx, `(() => { const d = document.documentElement.cloneNode(true), urls = [];
	  for (const e of d.querySelectorAll('script[src], link[rel~=stylesheet][href]')) {
	    const a = e.localName === 'script' ? 'src' : 'href', u = new URL(e.getAttribute(a), document.baseURI);
	    if (u.origin !== location.origin) continue;
	    urls.push(u.href);
	    e.setAttribute(a, '`+name+`_files/' + u.pathname.split('/').pop());
	  }
	  return {HTML: '<!DOCTYPE html>\n' + d.outerHTML, URLs: urls}; })()`)
	if err := os.MkdirAll(filepath.Join(dir, name+"_files"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, u := range s.URLs {
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("save %s: %v %s", u, err, resp.Status)
		}
		if err := os.WriteFile(filepath.Join(dir, name+"_files", path.Base(u)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(dir, name+".html")
	if err := os.WriteFile(file, []byte(s.HTML), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// counts is how many <time> and .gl-term elements a page has.
type counts struct{ Times, Terms int }

func countHTML(t *testing.T, doc []byte) counts {
	t.Helper()
	n, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var c counts
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.Data == "time" {
				c.Times++
			}
			for _, a := range n.Attr {
				if a.Key == "class" && strings.Contains(" "+a.Val+" ", " gl-term ") {
					c.Terms++
				}
			}
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return c
}

const countJS = `({Times: document.querySelectorAll('time').length, Terms: document.querySelectorAll('.gl-term').length})`

// widgetAddsNothing checks that glossline ran on an annotated page, added
// no annotation, and turned a term into a pop-up.
func widgetAddsNothing(t *testing.T, ctx context.Context, want counts) {
	t.Helper()
	if got := eval[counts](t, ctx, countJS); got != want || want.Times == 0 || want.Terms == 0 {
		t.Errorf("after the widget ran: %+v; the page had %+v", got, want)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`article a.gl-term`)))
	if !eval[bool](t, ctx, `!!document.getElementById('gl-pop') && document.getElementById('gl-pop').matches(':popover-open')`) {
		t.Error("on an annotated page a term does not open its pop-up")
	}
	if got := eval[counts](t, ctx, countJS); got != want {
		t.Errorf("after opening a pop-up: %+v, want %+v", got, want)
	}
}

// TestWidgetOnAnnotatedPages runs the widget over a baked page (served, as
// a publisher would) and over the saved page (from file://, loader beside
// it): it recognises the markup and adds nothing. An unannotated page from
// file:// is left alone with one console line.
func TestWidgetOnAnnotatedPages(t *testing.T) {
	t.Run("baked", func(t *testing.T) {
		baked := bakeDemo(t)
		url := pageServer(t, map[string][]byte{"/baked.html": baked})
		ctx := browser(t)
		console := collectConsole(t, ctx)
		openWant(t, ctx, url+"/baked.html", "annotated")
		widgetAddsNothing(t, ctx, countHTML(t, baked))
		consoleClean(t, console(), 0)
	})
	t.Run("saved", func(t *testing.T) {
		url := server(t)
		ctx := browser(t)
		openWant(t, ctx, url+"/", "ok")
		file := saveComplete(t, ctx, t.TempDir(), "saved")
		saved, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		ctx = browser(t)
		offline(t, ctx)
		console := collectConsole(t, ctx)
		openWant(t, ctx, fileURL(t, file), "annotated")
		widgetAddsNothing(t, ctx, countHTML(t, saved))
		consoleClean(t, console(), 0)
	})
	t.Run("unannotated from file://", func(t *testing.T) {
		dir := t.TempDir()
		m, err := manifest.ReadManifest(distDir(t))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"index.html", "glossline.js", m[manifest.AssetCSS]} {
			data, err := os.ReadFile(filepath.Join(distDir(t), name))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		ctx := browser(t)
		console := collectConsole(t, ctx)
		openWant(t, ctx, fileURL(t, filepath.Join(dir, "index.html")), "failed")
		if got := eval[string](t, ctx, `document.querySelector('article').outerHTML`); got != eval[string](t, ctx, `__gl.before`) {
			t.Error("the article changed")
		}
		if n := eval[int](t, ctx, `performance.getEntriesByType('resource').filter(e => /glossline\.|wasm_exec/.test(e.name)).length`); n != 0 {
			t.Errorf("the loader fetched %d assets from file://", n)
		}
		consoleClean(t, console(), 1)
	})
}

// unwired is a JavaScript function that gives an element's HTML as Go's
// plan made it, without what the running widget adds to serve the reader
// (web/glossline-ui.js, wire): the skip link, the off switch and a way
// back, roles, tab stops and pop-up states, and the links' href moved to
// data-gl-href.
const unwired = `(e) => { const c = e.cloneNode(true);
  for (const x of c.querySelectorAll('.gl-skip, .gl-back, button.gl-switch')) x.remove();
  for (const a of c.querySelectorAll('[data-gl-href]')) { a.setAttribute('href', a.dataset.glHref); a.removeAttribute('data-gl-href'); }
  for (const a of c.querySelectorAll('a.gl-term, a.gl-tl-link')) for (const n of ['role', 'tabindex', 'aria-haspopup', 'aria-expanded']) a.removeAttribute(n);
  if (c.matches('.gl-panel')) c.removeAttribute('tabindex');
  return c.outerHTML; }`

// TestBakeEqualsBrowser: `glossline bake` writes the markup the browser
// writes on the same page — the article and the panel after it (without
// what only a running widget adds, see unwired), compared with attributes
// sorted and white space collapsed.
func TestBakeEqualsBrowser(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/", "ok")
	inBrowser := eval[string](t, ctx, `(() => { const a = document.querySelector('article');
	  return (`+unwired+`)(a) + (`+unwired+`)(a.nextElementSibling); })()`)

	doc, err := html.Parse(bytes.NewReader(bakeDemo(t)))
	if err != nil {
		t.Fatal(err)
	}
	var article *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if article == nil && n.Type == html.ElementNode && n.Data == "article" {
			article = n
		}
		for k := n.FirstChild; k != nil && article == nil; k = k.NextSibling {
			find(k)
		}
	}
	find(doc)
	if article == nil || article.NextSibling == nil {
		t.Fatal("baked page: no article followed by the panel")
	}
	var baked bytes.Buffer
	html.Render(&baked, article)
	panel := article.NextSibling
	for panel != nil && panel.Type != html.ElementNode {
		panel = panel.NextSibling
	}
	if panel == nil {
		t.Fatal("baked page: no panel after the article")
	}
	html.Render(&baked, panel)

	want, got := canonical(t, inBrowser), canonical(t, baked.String())
	if !strings.Contains(want, `class="gl-date"`) || !strings.Contains(want, `class="gl-panel"`) {
		t.Fatalf("the browser's markup has no annotation: %.300s", want)
	}
	if got != want {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		from := max(0, i-200)
		t.Errorf("bake differs from the browser at byte %d:\nbrowser: …%s…\nbake:    …%s…",
			i, want[from:min(len(want), i+200)], got[from:min(len(got), i+200)])
	}
}

// canonical renders an HTML fragment with each element's attributes
// sorted and every run of white space in text collapsed to one space
// (white-space-only text dropped), so that two serialisations of the same
// tree compare equal.
func canonical(t *testing.T, fragment string) string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if s := strings.Join(strings.Fields(n.Data), " "); s != "" {
				b.WriteString(html.EscapeString(s))
				b.WriteByte('\n')
			}
		case html.ElementNode:
			attrs := append([]html.Attribute(nil), n.Attr...)
			sort.Slice(attrs, func(i, j int) bool { return attrs[i].Key < attrs[j].Key })
			b.WriteString("<" + n.Data)
			for _, a := range attrs {
				b.WriteString(" " + a.Key + `="` + html.EscapeString(a.Val) + `"`)
			}
			b.WriteString(">\n")
			for k := n.FirstChild; k != nil; k = k.NextSibling {
				walk(k)
			}
			b.WriteString("</" + n.Data + ">\n")
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return b.String()
}

// readmeCSP is the policy README.md gives publishers, word for word.
const readmeCSP = `script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; style-src 'self'`

// TestReadmeCSP: the README's policy is enough — with everything else
// denied (default-src 'none'), glossline annotates in its worker and
// nothing of glossline's is refused.
func TestReadmeCSP(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(readme, []byte("Content-Security-Policy: "+readmeCSP+"\n")) {
		t.Fatalf("README.md no longer states the policy %q", readmeCSP)
	}
	policy := "default-src 'none'; " + readmeCSP
	mux := http.NewServeMux()
	mux.Handle("/", devserver.Handler(distDir(t)))
	mux.Handle("/t/", http.StripPrefix("/t", devserver.Handler("testdata")))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", policy)
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	ctx := browser(t)
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__csp = []; document.addEventListener('securitypolicyviolation', e => __csp.push(e.violatedDirective + ' ' + e.blockedURI));`,
	}); err != nil {
		t.Fatal(err)
	}
	console := collectConsole(t, ctx)
	openWant(t, ctx, srv.URL+"/t/site.html", "ok")
	if eval[bool](t, ctx, `typeof __glosslineGo !== 'undefined'`) {
		t.Error("the analysis ran on the page's thread: the policy kept the worker out")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('article time.gl-date').length`); n == 0 {
		t.Error("no dates marked")
	}
	if !eval[bool](t, ctx, `[...document.styleSheets].some(s => /glossline\.[0-9a-f]{10}\.css$/.test(s.href || ''))`) {
		t.Error("glossline's stylesheet did not load")
	}
	for _, v := range eval[[]string](t, ctx, `__csp`) {
		if !strings.HasSuffix(v, " data") { // the test page's data: favicon is not ours
			t.Errorf("CSP violation: %s", v)
		}
	}
	for _, m := range console() {
		if strings.HasPrefix(m.Text, "glossline") || m.Type == chromedp.ConsoleException {
			t.Errorf("console %s: %s", m.Type, m.Text)
		}
	}
}

// TestBrowserAndBakeDecideAlike runs pages that exercise the language and
// reference-date rules through the browser and through `glossline bake`:
// both go through pipeline.Run with the facts each collected, and must give
// the same annotation — and the right one.
func TestBrowserAndBakeDecideAlike(t *testing.T) {
	url := fixtureServer(t)
	for _, c := range []struct {
		page, lang, word, date string // the article's language, and a weekday's datetime
	}{
		{"decide-itemprop.html", "de", "Mittwoch", "2024-05-15"}, // itemprop 2024-05-16 wins over the byline's 17 May
		{"decide-lang.html", "de", "Dienstag", "2024-05-07"},     // the article's de-AT over <html lang=en>; rel=author byline: Fri 10 May
		{"decide-detect.html", "en", "Tuesday", "2024-04-02"},    // no lang: detected; the article header's time, not the site header's
	} {
		t.Run(c.page, func(t *testing.T) {
			ctx := browser(t)
			openWant(t, ctx, url+"/t/"+c.page, "ok")
			inBrowser := eval[string](t, ctx, `(() => { const a = document.querySelector('article');
			  return (`+unwired+`)(a) + (`+unwired+`)(a.nextElementSibling); })()`)
			date := eval[string](t, ctx, `([...document.querySelectorAll('article time.gl-date')].find(e => e.textContent == '`+c.word+`') || {getAttribute: () => ''}).getAttribute('datetime')`)
			panelLang := eval[string](t, ctx, `document.querySelector('.gl-panel')?.getAttribute('lang') || ''`)
			if date != c.date || panelLang != c.lang {
				t.Errorf("browser: %s %q, panel lang %q; want %q, %q", c.word, date, panelLang, c.date, c.lang)
			}
			doc, err := html.Parse(bytes.NewReader(bakeFile(t, filepath.Join("testdata", c.page))))
			if err != nil {
				t.Fatal(err)
			}
			var art *html.Node
			var find func(*html.Node)
			find = func(n *html.Node) {
				if art == nil && n.Type == html.ElementNode && n.Data == "article" {
					art = n
				}
				for k := n.FirstChild; k != nil && art == nil; k = k.NextSibling {
					find(k)
				}
			}
			find(doc)
			if art == nil {
				t.Fatal("baked page: no article")
			}
			var baked bytes.Buffer
			html.Render(&baked, art)
			for p := art.NextSibling; p != nil; p = p.NextSibling {
				if p.Type == html.ElementNode {
					html.Render(&baked, p)
					break
				}
			}
			if want, got := canonical(t, inBrowser), canonical(t, baked.String()); got != want {
				t.Errorf("bake differs from the browser:\nbrowser: %s\nbake:    %s", want, got)
			}
		})
	}
}
