//go:build e2e

package e2e

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/domdebugger"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestSoftHyphensAndInlineElements: dates and names that run across soft
// hyphens, &nbsp; and inline elements are found and wrapped piecewise,
// keeping every character of the page's text.
func TestSoftHyphensAndInlineElements(t *testing.T) {
	url := fixtureServer(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/t/shy.html", "ok")
	type marks struct {
		Dates, Terms []string
		Text         string
		Before       string
	}
	m := eval[marks](t, ctx, `(() => {
	  const a = document.querySelector('article');
	  const join = (sel) => { const out = []; let cur = null;
	    for (const el of a.querySelectorAll(sel)) {
	      if (el.dataset.glPart) out[out.length-1] += '|' + el.textContent; else out.push(el.textContent);
	    } return out; };
	  return {Dates: join('time.gl-date').map(s => s.replace(/\u00ad/g, '-')), Terms: join('a.gl-term').map(s => s.replace(/\u00ad/g, '-')),
	    Text: a.textContent, Before: new DOMParser().parseFromString(__gl.before, 'text/html').body.textContent};
	})()`)
	for _, want := range []string{"Mitt-woch", "4.|\u00a0März 2024", "Don-ners-tag"} {
		if !slices.Contains(m.Dates, want) {
			t.Errorf("date %q not marked whole (pieces joined by |); dates: %q", want, m.Dates)
		}
	}
	if !slices.Contains(m.Terms, "Olaf Scholz") || !slices.Contains(m.Terms, "dpa") {
		t.Errorf("terms: %q, want Olaf Scholz and dpa", m.Terms)
	}
	if m.Text != m.Before {
		t.Errorf("the article's text changed:\n%q\n%q", m.Before, m.Text)
	}
}

// TestTimelineJumpHighlightsSentence: following a timeline entry highlights
// the sentence that mentions it (CSS Custom Highlight API), and glossline
// listens on no document-wide event: its listeners sit on the article and
// its panel only.
func TestTimelineJumpHighlightsSentence(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/", "ok")
	do(t, ctx, chromedp.Click(chromedp.CSS(`.gl-timeline li.gl-tl-entry a.gl-tl-link`)))
	type hl struct {
		Has            bool
		Text, Date     string
		InArticle, Src bool
	}
	h := eval[hl](t, ctx, `(() => {
	  const h = CSS.highlights.get('gl-s'); if (!h) return {Has: false};
	  const r = [...h][0]; const t = document.getElementById(document.querySelector('.gl-timeline li.gl-tl-entry a.gl-tl-link').dataset.glHref.slice(1));
	  return {Has: true, Text: r.toString(), Date: t ? t.textContent : '',
	    InArticle: document.querySelector('article').contains(r.commonAncestorContainer),
	    Src: r.intersectsNode(t)};
	})()`)
	if !h.Has {
		t.Fatal("no gl-s highlight after following a timeline link")
	}
	text := strings.TrimSpace(h.Text)
	if !h.InArticle || !h.Src || !strings.Contains(text, h.Date) || len(text) < len(h.Date)+10 {
		t.Errorf("highlight %+v: want the sentence around the target date %q", h, h.Date)
	}
	if last := text[len(text)-1]; !strings.ContainsRune(".!?:\"“”)", rune(last)) {
		t.Errorf("highlight does not end a sentence: %q", text)
	}

	// No glossline listener on document or window.
	for _, obj := range []string{"document", "window"} {
		res, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: obj})
		if err != nil || res.Result == nil {
			t.Fatalf("evaluate %s: %v", obj, err)
		}
		ls, err := chromedp.Call(ctx, domdebugger.GetEventListeners, domdebugger.GetEventListenersParams{ObjectID: res.Result.ObjectID})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ls.Listeners {
			switch l.Type {
			case "DOMContentLoaded", "glossline:done": // the test's own recorder
			default:
				t.Errorf("%s has a %q listener (script %s, line %d)", obj, l.Type, l.ScriptID, l.LineNumber)
			}
		}
	}
}

// TestOtherLanguageLeftAlone: an article in a language glossline does not
// read (French here) stays exactly as it was, with one console line saying
// why.
func TestOtherLanguageLeftAlone(t *testing.T) {
	url := fixtureServer(t)
	ctx := browser(t)
	console := collectConsole(t, ctx)
	openWant(t, ctx, url+"/t/fr.html", "skipped")
	same := eval[bool](t, ctx, `document.querySelector('article').outerHTML === __gl.before && !document.querySelector('.gl-panel,[data-glossline]')`)
	if !same {
		t.Error("the French article changed, or claims to be done")
	}
	var ours []string
	for _, m := range console() {
		if strings.Contains(m.Text, "glossline") {
			ours = append(ours, m.Text)
		}
	}
	if len(ours) != 1 || !strings.Contains(ours[0], `"fr" left alone`) {
		t.Errorf("console: %q, want one line saying French is left alone", ours)
	}
}

// TestPopupPlacement: the definition card stays inside the viewport at
// 200% zoom (a viewport half as wide in CSS pixels, at device scale 2)
// for a term at either edge, and on a right-to-left page it opens aligned
// with the term's right edge.
func TestPopupPlacement(t *testing.T) {
	url := fixtureServer(t)
	type box struct {
		L, R, T, B, TermL, TermR, VW, VH float64
		Open                             bool
	}
	openCard := func(t *testing.T, ctx context.Context, term string) box {
		t.Helper()
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { const a = [...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === `+strconv.Quote(term)+`);
		  a.scrollIntoView({block: 'center'}); a.focus(); })()`), chromedp.KeyEvent(kb.Enter))
		return eval[box](t, ctx, `(() => { const p = document.getElementById('gl-pop'); const a = document.querySelector('a.gl-term[aria-expanded=true]');
		  const r = p.getBoundingClientRect(), q = a.getClientRects()[0];
		  return {Open: p.matches(':popover-open'), L: r.left, R: r.right, T: r.top, B: r.bottom, TermL: q.left, TermR: q.right,
		    VW: document.documentElement.clientWidth, VH: document.documentElement.clientHeight}; })()`)
	}
	inside := func(b box) bool { return b.L >= 0 && b.T >= 0 && b.R <= b.VW+0.5 && b.B <= b.VH+0.5 }

	t.Run("200% zoom", func(t *testing.T) {
		ctx := browser(t)
		if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 640, Height: 450, DeviceScaleFactor: 2}); err != nil {
			t.Fatal(err)
		}
		openWant(t, ctx, url+"/", "ok")
		terms := eval[[]string](t, ctx, `[...new Set([...document.querySelectorAll('article p a.gl-term')].map(a => a.textContent))].slice(0, 8)`)
		if len(terms) < 5 {
			t.Fatalf("terms on the demo page: %q", terms)
		}
		for _, term := range terms {
			b := openCard(t, ctx, term)
			if b.VW > 640 {
				t.Fatalf("viewport %.0f CSS px wide: the zoom emulation did not apply", b.VW)
			}
			if !b.Open || !inside(b) {
				t.Errorf("%s at 200%%: card %+v not open inside the viewport", term, b)
			}
			do(t, ctx, chromedp.KeyEvent(kb.Escape))
		}
	})
	t.Run("right to left", func(t *testing.T) {
		ctx := browser(t)
		openWant(t, ctx, url+"/t/rtl.html", "ok")
		for _, term := range []string{"WMO", "NATO"} {
			b := openCard(t, ctx, term)
			if !b.Open || !inside(b) {
				t.Fatalf("%s: card %+v not open inside the viewport", term, b)
			}
			// Aligned with the term's right edge unless the viewport's
			// left edge pushed it over.
			t.Logf("%s: card [%.0f, %.0f], term [%.0f, %.0f], viewport %.0f", term, b.L, b.R, b.TermL, b.TermR, b.VW)
			if b.L > 7 && math.Abs(b.R-b.TermR) > 1 {
				t.Errorf("%s: card right edge %.0f, term right edge %.0f: not aligned right to left", term, b.R, b.TermR)
			}
			do(t, ctx, chromedp.KeyEvent(kb.Escape))
		}
	})
}
