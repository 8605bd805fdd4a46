//go:build e2e

package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/devserver"
)

// fixtureServer serves dist/ at / and the test pages at /t/.
func fixtureServer(t *testing.T) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/", devserver.Handler(distDir(t)))
	mux.Handle("/t/", http.StripPrefix("/t", devserver.Handler("testdata")))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestPublisherGlossary: the inline publisher glossary defines its terms,
// its markup shows as text, the reference date comes from data-ref, and
// navigation and footer are left alone.
func TestPublisherGlossary(t *testing.T) {
	url := fixtureServer(t)
	ctx := browser(t)
	console := collectConsole(t, ctx)
	openWant(t, ctx, url+"/t/site.html", "ok")
	type dd struct {
		Def, Src string
	}
	got := eval[dd](t, ctx, `(() => { const d = document.getElementById('gl-def-wmo'); const n = d && d.nextElementSibling;
	  return n ? {Def: n.querySelector('.gl-def').textContent, Src: n.querySelector('.gl-src').textContent} : {}; })()`)
	if !strings.Contains(got.Def, "<img src=x") || !strings.Contains(got.Src, "publisher") {
		t.Errorf("WMO note = %+v; want the publisher's definition, markup as text", got)
	}
	if eval[bool](t, ctx, `!!document.querySelector('.gl-panel img') || window.__pwned === 1`) {
		t.Error("markup from the publisher glossary became elements")
	}
	dates := eval[[]dateMark](t, ctx, `[...document.querySelectorAll('article time.gl-date')].map(e =>
	  ({text: e.textContent, datetime: e.getAttribute('datetime') || '', value: e.dataset.value}))`)
	want := map[string]string{"Monday": "2024-03-04", "11 March 2024": "2024-03-11", "Tuesday": "2024-03-05"}
	for _, d := range dates {
		if w, ok := want[d.Text]; ok && d.DateTime != w {
			t.Errorf("%q: datetime %q, want %q", d.Text, d.DateTime, w)
		}
		delete(want, d.Text)
	}
	if len(want) > 0 {
		t.Errorf("dates not marked: %v (marked: %+v)", want, dates)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('nav .gl-term, nav time, footer .gl-term, footer time').length`); n != 0 {
		t.Errorf("%d marks outside the article", n)
	}
	for _, m := range console() {
		if m.Type == "error" || m.Type == "exception" || strings.HasPrefix(m.Text, "glossline") {
			t.Errorf("console %s: %s", m.Type, m.Text)
		}
	}
}

// TestAPIAndRemove: an article inserted later is annotated through the API,
// and remove() gives back byte-identical markup.
func TestAPIAndRemove(t *testing.T) {
	url := fixtureServer(t)
	ctx := browser(t)
	open(t, ctx, url+"/t/later.html") // the empty #slot: nothing to mark
	type result struct {
		Before, Annotated, After string
		Status                   string
		Times                    int
	}
	r := eval[result](t, ctx, `(async () => {
	  const el = document.createElement('section');
	  el.innerHTML = document.getElementById('later').innerHTML;
	  document.body.appendChild(el);
	  const before = el.innerHTML;
	  const seen = __gl.done.length;
	  await glossline.annotate(el, {lang: 'de', ref: '2024-03-08'});
	  const annotated = el.innerHTML + (el.nextElementSibling ? el.nextElementSibling.outerHTML : '');
	  const times = el.querySelectorAll('time.gl-date').length;
	  glossline.remove(el);
	  return {Before: before, Annotated: annotated, After: el.innerHTML, Status: __gl.done[seen] || 'none', Times: times};
	})()`)
	if r.Status != "ok" || r.Times < 2 {
		t.Fatalf("annotate: status %q, %d dates; markup: %s", r.Status, r.Times, r.Annotated)
	}
	if !strings.Contains(r.Annotated, `datetime="2024-03-07"`) || !strings.Contains(r.Annotated, `gl-panel`) {
		t.Errorf("annotated markup lacks the date or the panel: %s", r.Annotated)
	}
	if r.After != r.Before {
		t.Errorf("remove() did not restore the markup:\nbefore %s\nafter  %s", r.Before, r.After)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('.gl-panel, .gl-date, .gl-term').length`); n != 0 {
		t.Errorf("%d glossline elements left after remove()", n)
	}
}

// TestMetadataAndPlacement: the reference date comes from JSON-LD in an
// @graph, the article from [itemprop=articleBody], and the panel goes into
// the container that data-timeline names.
func TestMetadataAndPlacement(t *testing.T) {
	url := fixtureServer(t)
	ctx := browser(t)
	openWant(t, ctx, url+"/t/metadata.html", "ok")
	type state struct {
		Mittwoch, Juli string
		InSidebar      bool
	}
	s := eval[state](t, ctx, `(() => { const d = [...document.querySelectorAll('[itemprop=articleBody] time.gl-date')];
	  const f = w => (d.find(e => e.textContent.includes(w)) || {getAttribute: () => ''}).getAttribute('datetime');
	  return {Mittwoch: f('Mittwoch'), Juli: f('Juli'), InSidebar: !!document.querySelector('#seitenleiste > .gl-panel')}; })()`)
	if s.Mittwoch != "2024-06-12" || s.Juli != "2024-07-01" || !s.InSidebar {
		t.Errorf("got %+v; want Mittwoch 2024-06-12, 1. Juli 2024-07-01, panel in #seitenleiste", s)
	}
}
