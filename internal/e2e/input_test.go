//go:build e2e

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/device"
	"github.com/chromedp/chromedp/kb"
)

// TestKeyboardWalk: Tab reaches the terms in reading order (an entry's
// first mention), then the timeline links; every definition opens with
// Enter and closes with Escape, focus back on its term.
func TestKeyboardWalk(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	open(t, ctx, url+"/")
	want := eval[[]string](t, ctx, `(() => { const seen = new Set();
	  return [...document.querySelectorAll('article a.gl-term, .gl-timeline a.gl-tl-link')].filter(a => !a.matches('.gl-term') || !seen.has(a.dataset.glEntry) && seen.add(a.dataset.glEntry)).map(a => a.textContent); })()`)
	var got []string
	for i := 0; i < len(want)+5 && len(got) < len(want); i++ {
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
		a := eval[string](t, ctx, `(() => { const a = document.activeElement;
		  return a && a.matches('a.gl-term, a.gl-tl-link') ? a.className + '|' + a.textContent : ''; })()`)
		if a == "" {
			continue
		}
		class, text, _ := strings.Cut(a, "|")
		got = append(got, text)
		if class != "gl-term" {
			continue
		}
		do(t, ctx, chromedp.KeyEvent(kb.Enter))
		if !eval[bool](t, ctx, `document.getElementById('gl-pop').matches(':popover-open')`) {
			t.Errorf("Enter on %q opened no definition", text)
		}
		do(t, ctx, chromedp.KeyEvent(kb.Escape))
		if eval[bool](t, ctx, `!!document.getElementById('gl-pop')?.matches(':popover-open')`) ||
			!eval[bool](t, ctx, `document.activeElement.matches('a.gl-term')`) {
			t.Errorf("Escape after %q: the card is open or focus is not back on the term", text)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Tab order:\n%q\nwant reading order:\n%q", got, want)
	}
}

// TestPhone: on a phone with touch, a tap opens a definition that fits the
// viewport, and a tap outside closes it.
func TestPhone(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Emulate(device.IPhone13))
	open(t, ctx, url+"/")
	type box struct {
		X, Y, W, H, VW, VH float64
	}
	at := eval[box](t, ctx, `(() => { const a = document.querySelector('article a.gl-term'); a.scrollIntoView({block: 'center'});
	  const r = a.getClientRects()[0]; return {X: r.left + 2, Y: r.top + r.height / 2}; })()`)
	do(t, ctx, chromedp.TapXY(at.X, at.Y))
	card := eval[box](t, ctx, `(() => { const p = document.getElementById('gl-pop'); if (!p || !p.matches(':popover-open')) return {};
	  const r = p.getBoundingClientRect(); return {X: r.left, Y: r.top, W: r.width, H: r.height,
	  VW: document.documentElement.clientWidth, VH: document.documentElement.clientHeight}; })()`)
	if card.W == 0 {
		t.Fatal("a tap on a term opened no definition")
	}
	if card.X < 0 || card.Y < 0 || card.X+card.W > card.VW+0.5 || card.Y+card.H > card.VH+0.5 {
		t.Errorf("card %+v is not inside the viewport", card)
	}
	do(t, ctx, chromedp.TapXY(card.VW/2, 10))
	if eval[bool](t, ctx, `!!document.getElementById('gl-pop')?.matches(':popover-open')`) {
		t.Error("a tap outside did not close the definition")
	}
}

// TestOffSwitch: the reader turns glossline off; the choice survives a
// reload and is undone by the "on" button.
func TestOffSwitch(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	open(t, ctx, url+"/")
	original := eval[string](t, ctx, `__gl.before`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`.gl-panel button.gl-switch`)))
	if got := eval[string](t, ctx, `document.querySelector('article').outerHTML`); got != original {
		t.Error("turning glossline off did not restore the article")
	}
	if eval[string](t, ctx, `localStorage.getItem('glossline:off')`) != "1" {
		t.Error("the choice was not stored")
	}
	do(t, ctx, chromedp.Reload())
	if n := eval[int](t, ctx, `new Promise(ok => setTimeout(() => ok(document.querySelectorAll('.gl-date, .gl-term, .gl-panel').length), 1500))`); n != 0 {
		t.Errorf("after a reload with glossline off, %d glossline elements", n)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`button.gl-switch`)))
	// The wasm loads only now: wait for the annotation (up to ten seconds
	// on a loaded machine) rather than a fixed time.
	if n := eval[int](t, ctx, `new Promise(ok => { const t0 = Date.now(), f = () => { const n = document.querySelectorAll('article .gl-date').length;
	  n || Date.now() - t0 > 10000 ? ok(n) : setTimeout(f, 100); }; f(); })`); n == 0 {
		t.Error("turning glossline on again marked nothing")
	}
	if eval[bool](t, ctx, `localStorage.getItem('glossline:off') !== null`) {
		t.Error("the off choice is still stored")
	}
}
