//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/device"
	"github.com/chromedp/chromedp/kb"
)

// Keyboard and screen-reader readers (issue 25), in Chromium: the keyboard
// is driven with Tab, Shift+Tab, Enter, Space and Escape, and what a screen
// reader is told is read from the accessibility tree
// (Accessibility.getFullAXTree).

// axNode is an accessibility node as the tests read it.
type axNode struct {
	Role, Name, Description string
	Props                   map[string]string
}

func (n axNode) String() string {
	var p []string
	for _, k := range []string{"focusable", "focused", "expanded", "hasPopup", "modal", "url"} {
		if v, ok := n.Props[k]; ok {
			p = append(p, k+"="+v)
		}
	}
	s := fmt.Sprintf("%s %q", n.Role, n.Name)
	if n.Description != "" {
		s += fmt.Sprintf(" description=%q", n.Description)
	}
	if len(p) > 0 {
		s += " (" + strings.Join(p, ", ") + ")"
	}
	return s
}

// axValue is the Go value of an accessibility value: strings unquoted.
func axValue(v *accessibility.Value) string {
	if v == nil {
		return ""
	}
	var s string
	if json.Unmarshal([]byte(v.Value), &s) == nil {
		return s
	}
	return string(v.Value)
}

// axOf finds the element that js evaluates to in the page's full
// accessibility tree (Accessibility.getFullAXTree) and returns its node; ok
// is false when the element has none (ignored, or not rendered).
func axOf(t *testing.T, ctx context.Context, js string) (axNode, bool) {
	t.Helper()
	res, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: js})
	if err != nil || res.Result == nil || res.Result.ObjectID == "" {
		t.Fatalf("evaluate %s: no element (%v)", js, err)
	}
	desc, err := chromedp.Call(ctx, dom.DescribeNode, dom.DescribeNodeParams{ObjectID: res.Result.ObjectID})
	if err != nil {
		t.Fatal(err)
	}
	tree, err := chromedp.Call(ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range tree.Nodes {
		if n.BackendDOMNodeID != desc.Node.BackendNodeID || n.Ignored {
			continue
		}
		a := axNode{Role: axValue(n.Role), Name: axValue(n.Name), Description: axValue(n.Description), Props: map[string]string{}}
		for _, p := range n.Properties {
			a.Props[string(p.Name)] = axValue(p.Value)
		}
		return a, true
	}
	return axNode{}, false
}

// tab presses Tab (or Shift+Tab) and describes the focused element:
// its class, its accessible name (aria-label, else its text) and whether
// it is in glossline's pop-up.
func tab(t *testing.T, ctx context.Context, shift bool) string {
	t.Helper()
	var opts []chromedp.KeyOption
	if shift {
		opts = append(opts, chromedp.KeyModifiers(chromedp.ModifierShift))
	}
	do(t, ctx, chromedp.KeyEvent(kb.Tab, opts...))
	return eval[string](t, ctx, focusedJS)
}

// focusedJS describes the focused element, through open shadow roots.
const focusedJS = `(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  if (!a || a === document.body) return 'body';
  return (a.closest('.gl-pop') ? 'pop:' : '') + (a.getAttribute('class') || a.localName) + '|' + (a.getAttribute('aria-label') || a.textContent.trim().slice(0, 60)); })()`

// popOpen is the open pop-up's text, or "".
const popOpen = `(() => { const p = document.getElementById('gl-pop'); return p && p.matches(':popover-open') ? p.textContent : ''; })()`

// TestTermIsDialogButton: a term is a button that opens a dialog, collapsed
// from the start; the open dialog is named by the term and described by the
// definition, in the article's language; Enter and Space open it, Escape and
// its close button close it, and focus goes back to the term.
func TestTermIsDialogButton(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/", "ok")
	kcna := `[...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'KCNA')`
	term, ok := axOf(t, ctx, kcna)
	if !ok || term.Role != "button" || term.Name != "KCNA" || term.Props["hasPopup"] != "dialog" || term.Props["expanded"] != "false" || term.Props["focusable"] != "true" {
		t.Errorf("term before use: %v; want a focusable button KCNA with a dialog pop-up, collapsed", term)
	}
	t.Logf("term: %v", term)

	do(t, ctx, chromedp.Evaluate[chromedp.Void](kcna+`.focus()`), chromedp.KeyEvent(kb.Enter))
	if !strings.Contains(eval[string](t, ctx, popOpen), "Korean Central News Agency") {
		t.Fatal("Enter on KCNA opened no definition")
	}
	dialog, ok := axOf(t, ctx, `document.getElementById('gl-pop')`)
	if !ok || dialog.Role != "dialog" || dialog.Name != "KCNA" || !strings.Contains(dialog.Description, "Korean Central News Agency") || dialog.Props["focused"] != "true" {
		t.Errorf("open pop-up: %v; want a focused dialog named KCNA, described by its definition", dialog)
	}
	t.Logf("pop-up: %v", dialog)
	if term, _ = axOf(t, ctx, kcna); term.Props["expanded"] != "true" {
		t.Errorf("term with its pop-up open: %v; want expanded", term)
	}
	if lang := eval[string](t, ctx, `document.getElementById('gl-pop').lang`); lang != "de" {
		t.Errorf("pop-up lang %q, want the article's de", lang)
	}
	closeBtn, ok := axOf(t, ctx, `document.querySelector('#gl-pop button.gl-x')`)
	if !ok || closeBtn.Role != "button" || closeBtn.Name != "Schließen" {
		t.Errorf("close button: %v; want a button named Schließen", closeBtn)
	}
	t.Logf("close button: %v", closeBtn)

	do(t, ctx, chromedp.KeyEvent(kb.Escape))
	if eval[string](t, ctx, popOpen) != "" || eval[string](t, ctx, focusedJS) != "gl-term|KCNA" {
		t.Errorf("after Escape: pop-up %q, focus on %s; want closed, focus on KCNA", eval[string](t, ctx, popOpen), eval[string](t, ctx, focusedJS))
	}
	if term, _ = axOf(t, ctx, kcna); term.Props["expanded"] != "false" {
		t.Errorf("term after Escape: %v; want collapsed", term)
	}

	do(t, ctx, chromedp.KeyEvent(" "))
	if eval[string](t, ctx, popOpen) == "" {
		t.Fatal("Space on KCNA opened no definition")
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`#gl-pop button.gl-x`)))
	if eval[string](t, ctx, popOpen) != "" || eval[string](t, ctx, focusedJS) != "gl-term|KCNA" {
		t.Errorf("after the close button: pop-up %q, focus on %s; want closed, focus on KCNA", eval[string](t, ctx, popOpen), eval[string](t, ctx, focusedJS))
	}
}

// TestTabOutOfPopup: the pop-up follows its term in the focus order. Tab
// from the open dialog reaches its close button, then the next tab stop
// after the term, and the dialog closes; Shift+Tab from the dialog goes
// back to the term and closes it too.
func TestTabOutOfPopup(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/", "ok")
	// The next tab stop after KCNA, as the page has it without a pop-up.
	kcna := `[...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'KCNA')`
	do(t, ctx, chromedp.Evaluate[chromedp.Void](kcna+`.focus()`))
	next := tab(t, ctx, false)

	do(t, ctx, chromedp.Evaluate[chromedp.Void](kcna+`.focus()`), chromedp.KeyEvent(kb.Enter))
	if got := tab(t, ctx, false); got != "pop:gl-x|Schließen" {
		t.Errorf("Tab in the open pop-up went to %s, want its close button", got)
	}
	if got := tab(t, ctx, false); got != next {
		t.Errorf("Tab out of the pop-up went to %s, want %s (the tab stop after KCNA)", got, next)
	}
	if p := eval[string](t, ctx, popOpen); p != "" {
		t.Errorf("the pop-up stayed open after Tab left it: %q", p)
	}

	do(t, ctx, chromedp.Evaluate[chromedp.Void](kcna+`.focus()`), chromedp.KeyEvent(kb.Enter))
	if got := tab(t, ctx, true); got != "gl-term|KCNA" {
		t.Errorf("Shift+Tab from the pop-up went to %s, want KCNA", got)
	}
	if p := eval[string](t, ctx, popOpen); p != "" {
		t.Errorf("the pop-up stayed open after Shift+Tab left it: %q", p)
	}
}

// TestTabStops walks the demo page with Tab: first the skip link, then one
// stop per distinct glossary entry (its first mention), then the panel: the
// off switch and the timeline's links. Before this, the demo article had
// 89 stops (82 term links for 38 entries, the off switch, 6 timeline links).
func TestTabStops(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/", "ok")
	entries := eval[int](t, ctx, `new Set([...document.querySelectorAll('article a.gl-term')].map(a => a.dataset.glEntry)).size`)
	links := eval[int](t, ctx, `document.querySelectorAll('.gl-timeline a.gl-tl-link').length`)
	mentions := eval[int](t, ctx, `document.querySelectorAll('article a.gl-term').length`)
	var stops []string
	seen := map[string]bool{}
	for i := 0; i < 300; i++ {
		f := tab(t, ctx, false)
		if f == "body" || seen[f] && strings.HasPrefix(f, "gl-skip") {
			break
		}
		seen[f] = true
		stops = append(stops, f)
	}
	if len(stops) == 0 || !strings.HasPrefix(stops[0], "gl-skip|Zeitleiste") {
		t.Fatalf("first tab stop %v, want the skip link to the timeline", stops)
	}
	terms, switches, tl := 0, 0, 0
	termSeen := map[string]bool{}
	for _, s := range stops {
		class, name, _ := strings.Cut(s, "|")
		switch {
		case class == "gl-term":
			terms++
			if termSeen[name] {
				t.Errorf("%q is a tab stop twice", name)
			}
			termSeen[name] = true
		case class == "gl-switch":
			switches++
			if tl > 0 {
				t.Error("the off switch comes after the timeline's links")
			}
		case class == "gl-tl-link":
			tl++
		}
	}
	t.Logf("tab stops: %d (skip link 1, terms %d for %d entries and %d mentions, off switch %d, timeline links %d)", len(stops), terms, entries, mentions, switches, tl)
	if terms != entries || switches != 1 || tl != links || len(stops) != 1+entries+1+links {
		t.Errorf("tab stops %q\nwant the skip link, %d terms, the off switch and %d timeline links", stops, entries, links)
	}
}

// TestSkipLink: the first tab stop leads to the panel, where focus lands
// (Enter), with a way back at its top and the off switch next; the way back
// returns to the skip link. It works by pointer on a phone too, where it is
// visible (TestNarrowScreen).
func TestSkipLink(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/", "ok")
	skip, ok := axOf(t, ctx, `document.querySelector('article a.gl-skip')`)
	if !ok || skip.Role != "link" || skip.Name != "Zeitleiste" {
		t.Errorf("skip link: %v; want a link named Zeitleiste", skip)
	}
	if got := tab(t, ctx, false); got != "gl-skip|Zeitleiste" {
		t.Fatalf("first tab stop %s, want the skip link", got)
	}
	if w := eval[float64](t, ctx, `document.activeElement.getBoundingClientRect().width`); w < 20 {
		t.Errorf("the focused skip link is %.0f px wide: not visible", w)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	if got := eval[string](t, ctx, focusedJS); !strings.HasPrefix(got, "gl-panel|") {
		t.Errorf("after the skip link focus is on %s, want the panel", got)
	}
	if got := tab(t, ctx, false); got != "gl-back|zurück zum Artikel" {
		t.Errorf("first stop in the panel: %s, want the way back to the article", got)
	}
	if got := tab(t, ctx, false); got != "gl-switch|glossline ausschalten" {
		t.Errorf("next stop in the panel: %s, want the off switch", got)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)), chromedp.KeyEvent(kb.Enter))
	if got := eval[string](t, ctx, focusedJS); got != "gl-skip|Zeitleiste" {
		t.Errorf("the way back led to %s, want the skip link", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('.gl-back').length`); n != 0 {
		t.Errorf("%d ways back left after use", n)
	}
}

// TestSwitchFocus: after the off switch, focus is on the on switch that
// replaced it, and after the on switch on the new off switch.
func TestSwitchFocus(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/", "ok")
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('.gl-panel button.gl-switch').focus()`), chromedp.KeyEvent(kb.Enter))
	if got := eval[string](t, ctx, focusedJS); got != "gl-switch|glossline einschalten" {
		t.Errorf("after the off switch focus is on %s, want the on switch", got)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	if got := eval[string](t, ctx, focusedJS); got != "gl-switch|glossline ausschalten" {
		t.Errorf("after the on switch focus is on %s, want the off switch", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('article .gl-date').length`); n == 0 {
		t.Error("the on switch put no marks back")
	}
}

// TestJumpFocus: following a timeline entry (Enter) moves focus to the
// element that holds its sentence — focusable, visibly focused — and puts
// the way back right after the sentence, with a clean name; the way back
// returns focus to the entry.
func TestJumpFocus(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/", "ok")
	entry, ok := axOf(t, ctx, `document.querySelector('.gl-timeline a.gl-tl-link')`)
	if !ok || entry.Role != "link" || entry.Name == "" || entry.Props["focusable"] != "true" {
		t.Errorf("timeline entry: %v; want a focusable link with its label", entry)
	}
	t.Logf("timeline entry: %v", entry)
	label := eval[string](t, ctx, `document.querySelector('.gl-timeline a.gl-tl-link').textContent`)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('.gl-timeline a.gl-tl-link').focus()`), chromedp.KeyEvent(kb.Enter))
	type jump struct {
		Hash, Sentence, Focused, Outline, After string
		InFocus, BackAfter                      bool
	}
	j := eval[jump](t, ctx, `(() => { const f = document.activeElement, r = [...CSS.highlights.get('gl-s')][0], b = document.querySelector('a.gl-back');
	  const after = document.createRange(); after.setStartAfter(b); after.setEnd(b.parentNode, b.parentNode.childNodes.length);
	  const before = document.createRange(); before.setStart(r.endContainer, r.endOffset); before.setEndBefore(b);
	  return {Hash: location.hash, Sentence: r.toString(), Focused: f.localName + (f.hasAttribute('data-gl-s') ? '[data-gl-s]' : ''),
	    Outline: getComputedStyle(f).outlineStyle, InFocus: f.contains(r.commonAncestorContainer),
	    BackAfter: f.nextSibling === b && before.toString().trim() === '', After: after.toString().slice(0, 40)}; })()`)
	if j.Hash != "" {
		t.Errorf("the jump changed the address (#%s): it must not depend on the page's URL", j.Hash)
	}
	if !j.InFocus || j.Focused != "span[data-gl-s]" || j.Outline == "none" || strings.TrimSpace(j.Sentence) != strings.TrimSpace(eval[string](t, ctx, `document.activeElement.textContent`)) {
		t.Errorf("after the jump: %+v; want focus on the sentence, with a visible outline", j)
	}
	if !j.BackAfter {
		t.Errorf("the way back is not right after the sentence %q", j.Sentence)
	}
	back, ok := axOf(t, ctx, `document.querySelector('a.gl-back')`)
	if !ok || back.Role != "link" || back.Name != "zur Zeitleiste" {
		t.Errorf("way back: %v; want a link named exactly \"zur Zeitleiste\"", back)
	}
	t.Logf("way back: %v, after %q", back, j.Sentence)
	// Tab from the sentence: its own terms, if any, then the way back.
	for i := 0; ; i++ {
		got := tab(t, ctx, false)
		if got == "gl-back|zur Zeitleiste" {
			break
		}
		if i > 5 || !eval[bool](t, ctx, `!!document.activeElement.closest('[data-gl-s]')`) {
			t.Fatalf("Tab from the sentence went to %s, outside the sentence, before the way back", got)
		}
	}
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	if got := eval[string](t, ctx, focusedJS); got != "gl-tl-link|"+string([]rune(label)[:min(60, len([]rune(label)))]) {
		t.Errorf("the way back led to %s, want the entry %q", got, label)
	}
}

// TestPopupLanguage: on an English page with a German article, the pop-up
// and the panel carry the article's language.
func TestPopupLanguage(t *testing.T) {
	url := fixtureServer(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/t/lang-mixed.html", "ok")
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('article a.gl-term').click()`))
	got := eval[string](t, ctx, `document.documentElement.lang + ' ' + document.querySelector('.gl-panel').lang + ' ' + document.getElementById('gl-pop').lang`)
	if got != "en de de" {
		t.Errorf("page, panel and pop-up languages: %s; want en de de", got)
	}
}

// axeViolations runs axe-core (loaded into the page first) on the document.
func axeViolations(t *testing.T, ctx context.Context, axe string) []axeViolation {
	t.Helper()
	if !eval[bool](t, ctx, `'axe' in window`) {
		eval[bool](t, ctx, axe+";true")
	}
	return eval[[]axeViolation](t, ctx, `axe.run(document, {resultTypes: ['violations']}).then(r =>
	  r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))`)
}

// TestAccessibilityStates audits the demo page with axe-core in every
// state the reader can bring it to, on a desktop and on a phone: each has
// no violation.
func TestAccessibilityStates(t *testing.T) {
	axe := axeSource(t)
	url := server(t)
	states := []struct{ name, act string }{
		{"annotated", ``},
		{"pop-up open", `[...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'KCNA').click()`},
		{"after a timeline jump", `document.querySelector('.gl-timeline a.gl-tl-link').click()`},
		{"skip link focused", `document.querySelector('a.gl-skip').focus()`},
		{"after the skip link", `document.querySelector('a.gl-skip').click()`},
		{"switched off", `document.querySelector('.gl-panel button.gl-switch').click()`},
		{"off and on again", `document.querySelector('button.gl-switch').click()`},
	}
	for _, phone := range []bool{false, true} {
		name := "desktop"
		if phone {
			name = "phone"
		}
		t.Run(name, func(t *testing.T) {
			ctx := browser(t)
			if phone {
				do(t, ctx, chromedp.Emulate(device.IPhone13))
			}
			openWant(t, ctx, url+"/", "ok")
			for _, s := range states {
				do(t, ctx, chromedp.Evaluate[chromedp.Void](s.act))
				for _, v := range axeViolations(t, ctx, axe) {
					t.Errorf("%s: %s: %s at %s", s.name, v.ID, v.Help, strings.Join(v.Nodes, "; "))
				}
			}
		})
	}
}

// TestPhoneSheet: on a phone, the definition is a bottom sheet that never
// covers its term — a term near the bottom of the screen is scrolled above
// it — and has a visible close button of at least 24×24 px, which closes
// it and returns focus to the term.
func TestPhoneSheet(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Emulate(device.IPhone13))
	openWant(t, ctx, url+"/", "ok")
	type geom struct {
		X, Y, TermTop, TermBottom, SheetTop, SheetBottom, VH, CloseW, CloseH, CloseX, CloseY float64
		Open                                                                                 bool
	}
	for _, where := range []string{"bottom", "middle"} {
		// Put a term near the bottom of the screen (or in the middle) and
		// tap it.
		at := eval[geom](t, ctx, `(() => { const a = [...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'KCNA');
		  a.scrollIntoView({block: '`+map[string]string{"bottom": "end", "middle": "center"}[where]+`'}); const r = a.getClientRects()[0];
		  return {X: r.left + 2, Y: r.top + r.height / 2}; })()`)
		do(t, ctx, chromedp.TapXY(at.X, at.Y))
		g := eval[geom](t, ctx, `(() => { const p = document.getElementById('gl-pop'), a = document.querySelector('a.gl-term[aria-expanded=true]');
		  if (!p || !a) return {}; const r = p.getBoundingClientRect(), q = a.getClientRects()[0], x = p.querySelector('.gl-x').getBoundingClientRect();
		  return {Open: p.matches(':popover-open'), TermTop: q.top, TermBottom: q.bottom, SheetTop: r.top, SheetBottom: r.bottom, VH: document.documentElement.clientHeight,
		    CloseW: x.width, CloseH: x.height, CloseX: x.left + x.width / 2, CloseY: x.top + x.height / 2}; })()`)
		if !g.Open {
			t.Fatalf("%s: a tap on KCNA opened no sheet", where)
		}
		covered := g.TermBottom > g.SheetTop && g.TermTop < g.SheetBottom
		if covered || g.TermTop < 0 || g.SheetBottom > g.VH+0.5 {
			t.Errorf("%s: sheet [%.0f, %.0f] and term [%.0f, %.0f] in a %.0f px screen: the sheet covers the term or leaves the screen", where, g.SheetTop, g.SheetBottom, g.TermTop, g.TermBottom, g.VH)
		}
		if g.CloseW < 24 || g.CloseH < 24 || g.CloseY < g.SheetTop || g.CloseY > g.SheetBottom {
			t.Errorf("%s: close button %.0f×%.0f px at y %.0f; want at least 24×24 inside the sheet", where, g.CloseW, g.CloseH, g.CloseY)
		}
		do(t, ctx, chromedp.TapXY(g.CloseX, g.CloseY))
		if got := eval[string](t, ctx, popOpen+` + '|' + (document.activeElement.textContent)`); got != "|KCNA" {
			t.Errorf("%s: after the close button: %q; want the sheet closed, focus on KCNA", where, got)
		}
	}
}

// TestNarrowScreen (issue 20): on a phone, a small link near the top of
// the article leads to the panel, and from there a way back to it; dates in
// the text are underlined subtly (the --gl-date colour), and go with the
// rest of glossline when the reader switches it off. The layout shift that
// the link's line causes is logged.
func TestNarrowScreen(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Emulate(device.IPhone13))
	openWant(t, ctx, url+"/", "ok")
	type link struct {
		W, H, Top, HeadTop, PanelTop, VH float64
		Focus                            string
	}
	l := eval[link](t, ctx, `(() => { const s = document.querySelector('article a.gl-skip'), r = s.getBoundingClientRect();
	  return {W: r.width, H: r.height, Top: r.top + scrollY, HeadTop: document.querySelector('article h1').getBoundingClientRect().top + scrollY}; })()`)
	if l.W < 40 || l.H < 10 || l.Top > l.HeadTop {
		t.Errorf("the timeline link: %+v; want it shown above the headline", l)
	}
	at := eval[link](t, ctx, `(() => { const s = document.querySelector('article a.gl-skip'); s.scrollIntoView({block: 'center'}); const r = s.getBoundingClientRect();
	  return {W: r.left + r.width / 2, H: r.top + r.height / 2}; })()`)
	do(t, ctx, chromedp.TapXY(at.W, at.H))
	p := eval[link](t, ctx, `({PanelTop: document.querySelector('.gl-panel').getBoundingClientRect().top, VH: innerHeight, Focus: document.activeElement.className})`)
	if p.PanelTop < -1 || p.PanelTop > p.VH/2 || p.Focus != "gl-panel" {
		t.Errorf("after the timeline link: panel top %.0f in a %.0f px screen, focus on %q; want the panel at the top, focused", p.PanelTop, p.VH, p.Focus)
	}
	back := eval[link](t, ctx, `(() => { const b = document.querySelector('.gl-panel > a.gl-back'), r = b.getBoundingClientRect();
	  return {W: r.left + r.width / 2, H: r.top + r.height / 2}; })()`)
	do(t, ctx, chromedp.TapXY(back.W, back.H))
	if got := eval[string](t, ctx, `(() => { const r = document.activeElement.getBoundingClientRect(); return document.activeElement.className + (r.top >= 0 && r.bottom <= innerHeight ? ' in view' : ''); })()`); got != "gl-skip in view" {
		t.Errorf("the way back from the panel: %s; want the timeline link, in view", got)
	}
	type date struct {
		Line, Color, Mark string
	}
	d := eval[date](t, ctx, `(() => { const e = document.querySelector('article time.gl-date'), s = getComputedStyle(e);
	  const probe = document.createElement('span'); probe.style.color = 'var(--gl-date)'; document.body.append(probe);
	  const mark = getComputedStyle(probe).color; probe.remove();
	  return {Line: s.textDecorationLine, Color: s.textDecorationColor, Mark: mark}; })()`)
	if d.Line != "underline" || d.Color != d.Mark || d.Color == "rgba(0, 0, 0, 0)" {
		t.Errorf("a date in the text: %+v; want a thin underline in the --gl-date colour", d)
	}
	t.Logf("phone: layout shift %.4f with the timeline link's line", eval[float64](t, ctx, `__gl.cls`))
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('.gl-panel button.gl-switch').click()`))
	if n := eval[int](t, ctx, `document.querySelectorAll('.gl-date, .gl-skip').length`); n != 0 {
		t.Errorf("switched off: %d dates or timeline links still shown", n)
	}
}
