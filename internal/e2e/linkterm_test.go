//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// A name that stands in a link's text (issue 18): glossline marks it with
// span.gl-term inside the link — no link or control inside a link — which
// opens its pop-up on hover and while the link has keyboard focus; the
// link still goes where it goes. In an anchor without href, which is no
// link, the span is a button.

// linkArticle names NATO only as a link's text and UNESCO only in a named
// anchor (the sentences are written for this test).
const linkArticle = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Harbour talks resume</title>
<script src="/glossline.js" defer data-load="eager"></script>
</head>
<body>
<main>
<article>
<h1>Harbour talks resume</h1>
<p>The talks in the old customs hall were hosted by <a id="lk" href="/topics/alliance.html">NATO</a>, and the delegations met on a grey morning by the water.</p>
<p>Later the observers of <a name="obs">UNESCO</a> joined them, and they walked along the quay that the port wants to rebuild next year.</p>
<p>Nobody from the ministry said what the agreement would cost, or who would pay for the new quay and the cranes that it promises.</p>
<p>The delegations agreed on a short text about the harbour and its workers late in the evening, when the rain had stopped.</p>
</article>
</main>
</body>
</html>`

func linkServer(t *testing.T) string {
	return pageServer(t, map[string][]byte{
		"/article.html":         []byte(linkArticle),
		"/topics/alliance.html": []byte(`<!doctype html><title>Topic</title><p>The topic page.</p>`),
	})
}

// TestLinkTermBrowser: the span's markup, hover, keyboard focus, a click
// that still navigates, running twice, and remove().
func TestLinkTermBrowser(t *testing.T) {
	base := linkServer(t)
	ctx := browser(t)
	console := collectConsole(t, ctx)
	// a device with a fine pointer that hovers (headless Chromium has
	// none, and DevTools cannot emulate one)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `{ const mm = matchMedia.bind(window); window.matchMedia = (q) => q === "(hover: hover) and (pointer: fine)" ? {matches: true} : mm(q); }`}); err != nil {
		t.Fatal(err)
	}
	if done, _ := open(t, ctx, base+"/article.html"); len(done) != 1 || done[0] != "ok" {
		t.Fatalf("glossline:done %v", done)
	}
	type markState struct {
		Spans, Nested, Controls int
		Title, Role, Anchor     string
	}
	st := eval[markState](t, ctx, `(() => { const s = document.querySelector('#lk span.gl-term'), u = document.querySelector('a[name=obs] .gl-term');
	  return {Spans: document.querySelectorAll('#lk span.gl-term').length, Nested: document.querySelectorAll('a a, a [role=button]:not(a[name] *)').length,
	    Controls: s ? s.querySelectorAll('a,button').length + (s.hasAttribute('tabindex') ? 1 : 0) : -1,
	    Title: s ? String(s.getAttribute('title')) : '', Role: s ? String(s.getAttribute('role')) : '', Anchor: u ? u.localName + '/' + u.getAttribute('role') + '/' + u.getAttribute('tabindex') : ''}; })()`)
	if st.Spans != 1 || st.Nested != 0 || st.Controls != 0 || st.Role != "null" || st.Title != "null" {
		t.Fatalf("the link's term: %+v; want one span, nothing interactive in it, no role, its title put aside", st)
	}
	if st.Anchor != "span/button/0" {
		t.Errorf("the named anchor's term: %q, want a span that is a button and a tab stop", st.Anchor)
	}
	popText := `(document.getElementById('gl-pop') && document.getElementById('gl-pop').matches(':popover-open')) ? document.getElementById('gl-pop').textContent : ''`

	// hover opens it without moving the focus
	type box struct{ X, Y float64 }
	b := eval[box](t, ctx, `(() => { const r = document.querySelector('#lk span.gl-term').getBoundingClientRect(); return {X: r.x + r.width / 2, Y: r.y + r.height / 2}; })()`)
	do(t, ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, b.X, b.Y))
	time.Sleep(900 * time.Millisecond)
	if got := eval[string](t, ctx, popText); !strings.Contains(got, "NATO") || !strings.Contains(strings.ToLower(got), "alliance") {
		t.Errorf("hover: pop-up %q, want NATO's definition", got)
	}
	if eval[string](t, ctx, `document.activeElement.localName`) != "body" {
		t.Error("hover moved the focus")
	}
	do(t, ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 1, 1), chromedp.Evaluate[chromedp.Void](`document.getElementById('gl-pop').hidePopover()`))

	// keyboard focus on the link opens it; the link keeps the focus and is
	// described by the definition; leaving the link closes it
	do(t, ctx, chromedp.Focus(chromedp.CSS(`#lk`)))
	if got := eval[string](t, ctx, popText); !strings.Contains(strings.ToLower(got), "alliance") {
		t.Errorf("focus on the link: pop-up %q", got)
	}
	if got := eval[string](t, ctx, `document.activeElement.id + '/' + document.getElementById('lk').getAttribute('aria-describedby')`); got != "lk/gl-pop-d" {
		t.Errorf("focus on the link: active element / aria-describedby %q, want lk/gl-pop-d", got)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('lk').blur()`))
	if got := eval[string](t, ctx, popText); got != "" {
		t.Errorf("the link lost the focus, the pop-up is still open: %q", got)
	}
	if eval[bool](t, ctx, `document.getElementById('lk').hasAttribute('aria-describedby')`) {
		t.Error("aria-describedby stays on the link after the pop-up closed")
	}

	// the named anchor's term opens like any term
	do(t, ctx, chromedp.Focus(chromedp.CSS(`a[name=obs] .gl-term`)), chromedp.KeyEvent(kb.Enter))
	if got := eval[string](t, ctx, popText); !strings.Contains(got, "UNESCO") {
		t.Errorf("Enter on the anchor's term: pop-up %q", got)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Escape))

	// twice: nothing doubled; remove(): the article as it came
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`glossline.annotate(document.querySelector('article'))`))
	time.Sleep(300 * time.Millisecond)
	if n := eval[int](t, ctx, `document.querySelectorAll('.gl-term .gl-term, #lk .gl-term').length`); n != 1 {
		t.Errorf("after a second run: %d terms in the link (or nested), want 1", n)
	}
	if !eval[bool](t, ctx, `glossline.remove(document.querySelector('article')), document.querySelector('article').outerHTML === __gl.before`) {
		t.Errorf("remove() did not give the article back: %s", eval[string](t, ctx, `document.querySelector('article').outerHTML`))
	}
	consoleClean(t, console(), 0)

	// a click on the term follows the link; so does Enter on the focused link
	for _, how := range []string{"click", "enter"} {
		// (open adds its recorder to every new document again: one status
		// per recorder)
		if done, _ := open(t, ctx, base+"/article.html"); len(done) == 0 || done[0] != "ok" {
			t.Fatalf("glossline:done %v", done)
		}
		if how == "click" {
			do(t, ctx, chromedp.Click(chromedp.CSS(`#lk span.gl-term`)))
		} else {
			do(t, ctx, chromedp.Focus(chromedp.CSS(`#lk`)), chromedp.KeyEvent(kb.Enter))
		}
		if got := eval[string](t, ctx, `new Promise((ok) => { const t0 = Date.now(); (function poll() {
		  if (location.pathname !== '/article.html' || Date.now() - t0 > 5000) return ok(location.pathname); setTimeout(poll, 20); })(); })`); got != "/topics/alliance.html" {
			t.Errorf("%s on the link's term: at %q, want the link's page", how, got)
		}
	}
}

// TestLinkTermBaked: a baked page keeps the span in its link (the parser
// does not tear it apart, as it would a link in a link), and shows the
// definition without script: the span's title and the panel's notes.
func TestLinkTermBaked(t *testing.T) {
	file := filepath.Join(t.TempDir(), "article.html")
	if err := os.WriteFile(file, []byte(linkArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	base := pageServer(t, map[string][]byte{"/baked.html": bakeFile(t, file)})
	ctx := browser(t)
	noScript(t, ctx)
	do(t, ctx, chromedp.Navigate(base+"/baked.html"))
	type baked struct {
		InLink, Nested    int
		Title, Note, Href string
	}
	b := eval[baked](t, ctx, `(() => { const s = document.querySelector('a[href] > span.gl-term'), dd = document.querySelector('#gl-def-nato + dd');
	  return {InLink: document.querySelectorAll('a[href] > span.gl-term').length, Nested: document.querySelectorAll('a a').length,
	    Title: s ? s.title : '', Note: dd ? dd.textContent : '', Href: s ? s.closest('a').getAttribute('href') : ''}; })()`)
	if b.InLink != 1 || b.Nested != 0 || b.Href != "/topics/alliance.html" {
		t.Errorf("baked: %+v; want one span in the link, no link in a link, the link's address kept", b)
	}
	if !strings.Contains(strings.ToLower(b.Title), "alliance") || !strings.Contains(strings.ToLower(b.Note), "alliance") {
		t.Errorf("baked without script: title %q, note %q; want the definition in both", b.Title, b.Note)
	}
}

// TestLinkTermAccessibility audits the link page with axe-core while the
// link has focus and its term's pop-up is open (the span without role or
// state, the link described by the definition), and once it is closed.
func TestLinkTermAccessibility(t *testing.T) {
	axe := axeSource(t)
	base := linkServer(t)
	ctx := browser(t)
	if done, _ := open(t, ctx, base+"/article.html"); len(done) != 1 || done[0] != "ok" {
		t.Fatalf("glossline:done %v", done)
	}
	eval[bool](t, ctx, axe+";true")
	// (a page without the window's focus defers focus events: a reader's
	// Tab comes with it)
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	audit := `axe.run(document, {resultTypes: ['violations']}).then(r =>
	  r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))`
	do(t, ctx, chromedp.Focus(chromedp.CSS(`#lk`)))
	if !eval[bool](t, ctx, `!!document.getElementById('gl-pop')?.matches(':popover-open') && document.getElementById('lk').getAttribute('aria-describedby') === 'gl-pop-d'`) {
		t.Fatal("focus on the link did not open its term's pop-up: " + eval[string](t, ctx, `document.activeElement.id + ' ' + document.hasFocus() + ' ' + !!document.getElementById('gl-pop') + ' ' + document.querySelector('#lk').outerHTML`))
	}
	for _, state := range []string{"open", "closed"} {
		for _, v := range eval[[]axeViolation](t, ctx, audit) {
			t.Errorf("pop-up %s: %s: %s at %s", state, v.ID, v.Help, strings.Join(v.Nodes, "; "))
		}
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('lk').blur()`))
	}
}
