//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/glossline/glossline/internal/devserver"
)

// Hostile hosts (issue 22): pages with strict policies and tampered
// globals. Whatever the page does, glossline either works or leaves the
// page exactly as it was with one console message of its own — never an
// uncaught exception, never a silent no-op — and leaves nothing behind on
// window but window.glossline. The host pages are testdata/hostile/*.html.

// recordHost keeps, in every new document, what the page was before
// glossline ran: window's own properties at the start, <head> and the
// article when the parser is done (before deferred scripts run), and the
// statuses of glossline:done.
const recordHost = `window.__gl = {done: [], props: Object.getOwnPropertyNames(window), head: '', before: '', csp: []};
document.addEventListener('readystatechange', () => { if (document.readyState !== 'interactive') return;
  __gl.head = document.head.innerHTML; const a = document.querySelector('article'); __gl.before = a ? a.outerHTML : ''; });
document.addEventListener('glossline:done', e => __gl.done.push(e.detail.status));
document.addEventListener('securitypolicyviolation', e => __gl.csp.push(e.violatedDirective + ' ' + e.blockedURI));`

// hostServer serves dist/ at / and the host pages at /t/, each response
// with the given Content-Security-Policy (none when empty).
func hostServer(t *testing.T, policy string) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/", devserver.Handler(distDir(t)))
	mux.Handle("/t/", http.StripPrefix("/t", devserver.Handler("testdata")))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if policy != "" {
			w.Header().Set("Content-Security-Policy", policy)
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// hostResult is what a host page looks like once glossline is done.
type hostResult struct {
	Done                  []string
	Added, Globals, CSP   []string
	ArticleSame, HeadSame bool
	Worker, OnPage        bool
	Marks                 int
}

// openHost opens a host page and waits for glossline:done (for a page
// that stops glossline at once, for its one event); it returns the page's
// state and glossline's console messages and uncaught exceptions.
func openHost(t *testing.T, ctx context.Context, url string) (hostResult, []string, []string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: recordHost}); err != nil {
		t.Fatal(err)
	}
	console := collectConsole(t, ctx)
	do(t, ctx, chromedp.Navigate(url))
	r := eval[hostResult](t, ctx, `new Promise((ok, fail) => {
	  const t0 = Date.now();
	  (function poll() {
	    // No Array.prototype.map or forEach here: some pages take them away.
	    if (__gl.done.length) return setTimeout(() => { const a = document.querySelector('article'), res = Array.from(performance.getEntriesByType('resource'), e => e.name);
	      ok({Done: __gl.done, Added: Object.getOwnPropertyNames(window).filter(k => !__gl.props.includes(k) && k !== '__gl' && !/^[0-9]+$/.test(k)),
	        Globals: ['Go', 'fs', 'process', 'path', '__glosslineGo', '__glosslineWasm'].filter(k => k in window), CSP: __gl.csp,
	        ArticleSame: !!a && a.outerHTML === __gl.before, HeadSame: document.head.innerHTML === __gl.head,
	        Worker: res.some(n => /glossline-worker\./.test(n)), OnPage: res.some(n => /wasm_exec\./.test(n)),
	        Marks: (function count(n) { let c = n.querySelectorAll('.gl-date, .gl-term').length;
	          for (const e of n.querySelectorAll('*')) if (e.shadowRoot) c += count(e.shadowRoot); return c; })(document)}); }, 300);
	    if (Date.now() - t0 > 40000) return fail(new Error('no glossline:done within 40 s'));
	    setTimeout(poll, 50);
	  })();
	})`)
	var ours, exceptions []string
	for _, m := range console() {
		if strings.Contains(m.Text, "glossline") && m.Type != chromedp.ConsoleException && m.Type != "error" {
			ours = append(ours, m.Text)
		}
		if m.Type == chromedp.ConsoleException {
			exceptions = append(exceptions, m.Text)
		}
	}
	return r, ours, exceptions
}

// checkHost checks what every host page must give: one glossline:done
// with the wanted status, no uncaught exception, one console message of
// glossline's on failure (none on success), nothing on window but
// glossline, none of wasm_exec.js's globals, and on failure the article
// and <head> exactly as they were.
func checkHost(t *testing.T, r hostResult, ours, exceptions []string, want string) {
	t.Helper()
	if len(r.Done) != 1 || r.Done[0] != want {
		t.Errorf("glossline:done statuses %v, want [%s]", r.Done, want)
	}
	for _, e := range exceptions {
		t.Errorf("uncaught exception: %s", e)
	}
	if n := map[string]int{"ok": 0, "failed": 1}[want]; len(ours) != n {
		t.Errorf("glossline's console messages %q, want %d", ours, n)
	}
	for _, k := range r.Added {
		if k != "glossline" {
			t.Errorf("window.%s left behind", k)
		}
	}
	if len(r.Globals) > 0 {
		t.Errorf("globals on window: %v", r.Globals)
	}
	if want == "failed" && (!r.ArticleSame || !r.HeadSame) {
		t.Errorf("after a failure: article unchanged %v, <head> unchanged %v; want both", r.ArticleSame, r.HeadSame)
	}
	if want == "ok" && r.Marks == 0 {
		t.Error("status ok, but nothing is marked")
	}
}

// popupWorks clicks the term MSA and checks that its pop-up shows the
// article's definition.
func popupWorks(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'MSA').click()`))
	if got := eval[string](t, ctx, popOpen); !strings.Contains(got, "Maritime Safety Agency") {
		t.Errorf("the MSA pop-up shows %q", got)
	}
}

// TestHostileHosts: missing and replaced browser APIs, names taken on
// window, and a polluted Object.prototype. Each page either works (ok, with
// the analysis where the page lets it run) or fails with one message.
func TestHostileHosts(t *testing.T) {
	url := hostServer(t, "")
	for _, c := range []struct {
		page, want, thread string // thread: where Go ran, "worker" or "page"
	}{
		{"plain", "ok", "worker"},
		{"no-intersection-observer", "ok", "worker"},
		{"throwing-intersection-observer", "ok", "worker"},
		{"silent-observers", "ok", "worker"},
		{"no-mutation-observer", "ok", "worker"},
		{"no-idle-callback", "ok", "worker"},
		{"throwing-idle-callback", "ok", "worker"},
		{"no-fetch", "ok", "worker"},
		{"no-worker", "ok", "page"},
		{"throwing-worker", "ok", "page"},
		{"silent-worker", "ok", "page"},
		{"no-worker-no-fetch", "failed", ""},
		{"no-attach-shadow", "ok", "worker"},
		{"no-array-map", "ok", "worker"},
		{"throwing-array-map", "ok", "worker"},
		{"throwing-array-map-no-worker", "failed", ""},
		{"element-id", "ok", "worker"},
		{"element-name", "ok", "worker"},
		{"taken", "failed", ""},
		{"polluted", "ok", "worker"},
	} {
		t.Run(c.page, func(t *testing.T) {
			ctx := browser(t)
			r, ours, exceptions := openHost(t, ctx, url+"/t/hostile/"+c.page+".html")
			t.Logf("%s: done %v, Go in worker %v, on page %v, marks %d, glossline said %q", c.page, r.Done, r.Worker, r.OnPage, r.Marks, ours)
			checkHost(t, r, ours, exceptions, c.want)
			switch c.thread {
			case "worker":
				if !r.Worker || r.OnPage {
					t.Errorf("Go ran in the worker %v, on the page's thread %v; want the worker", r.Worker, r.OnPage)
				}
			case "page":
				if !r.OnPage {
					t.Error("Go did not run on the page's thread")
				}
			}
			if c.want == "ok" {
				popupWorks(t, ctx)
			}
			if c.page == "taken" && eval[string](t, ctx, `JSON.stringify(window.glossline)`) != `{"site":"ferries"}` {
				t.Error("the page's own window.glossline was overwritten")
			}
			if c.page == "polluted" {
				type polluted struct {
					Pwned bool
					Bad   []string
				}
				// Every attribute of every element glossline made or
				// touched is one it means to set.
				p := eval[polluted](t, ctx, `(() => { const ok = /^(class|id|href|datetime|data-[a-z-]+|role|tabindex|aria-[a-z]+|lang|popover|type|rel|src|defer)$/, bad = [];
				  const els = [...document.querySelectorAll('article, article *, .gl-panel, .gl-panel *, #gl-pop, #gl-pop *, head link, head script')];
				  for (const e of els) for (const a of e.attributes) if (!ok.test(a.name) && !(e.id === 'gl-pop' && a.name === 'style')) bad.push(e.localName + '[' + a.name + ']');
				  return {Pwned: 'onload' in window.__gl ? false : window.hasOwnProperty('__pwned'), Bad: bad}; })()`)
				if p.Pwned || len(p.Bad) > 0 {
					t.Errorf("polluted Object.prototype: script ran %v, attributes copied %v", p.Pwned, p.Bad)
				}
			}
		})
	}
}

// TestTrustedTypes: under require-trusted-types-for 'script' (with the
// README's policy, sent with every response, the worker's too), alone or
// with trusted-types glossline, glossline works in its worker and on the
// page's thread (worker-src 'none'); a trusted-types list without glossline
// ends in one message of glossline's (the browser's own reports aside) and
// an unchanged page.
func TestTrustedTypes(t *testing.T) {
	for _, c := range []struct {
		name, policy, want, thread string
	}{
		{"require alone", readmeCSP + "; require-trusted-types-for 'script'", "ok", "worker"},
		{"require, trusted-types glossline", readmeCSP + "; require-trusted-types-for 'script'; trusted-types glossline", "ok", "worker"},
		{"page's thread", "script-src 'self' 'wasm-unsafe-eval'; worker-src 'none'; require-trusted-types-for 'script'; trusted-types glossline", "ok", "page"},
		{"glossline not allowed", readmeCSP + "; require-trusted-types-for 'script'; trusted-types other", "failed", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			url := hostServer(t, c.policy)
			ctx := browser(t)
			r, ours, exceptions := openHost(t, ctx, url+"/t/hostile/plain.html")
			t.Logf("%s: done %v, Go in worker %v, on page %v, CSP reports %v, glossline said %q", c.name, r.Done, r.Worker, r.OnPage, r.CSP, ours)
			checkHost(t, r, ours, exceptions, c.want)
			if c.want == "ok" {
				for _, v := range r.CSP {
					// The page's thread is where glossline goes when the
					// policy refuses its worker.
					if c.thread != "page" || !strings.HasPrefix(v, "worker-src ") {
						t.Errorf("Content-Security-Policy violation: %s", v)
					}
				}
				if c.thread == "worker" && (!r.Worker || r.OnPage) || c.thread == "page" && !r.OnPage {
					t.Errorf("Go ran in the worker %v, on the page's thread %v; want the %s", r.Worker, r.OnPage, c.thread)
				}
				popupWorks(t, ctx)
			}
		})
	}
}

// TestPageThreadGlobals: on the page's thread (the worker kept out by
// worker-src), with and without 'wasm-unsafe-eval', nothing of Go's
// runtime reaches window — a host bundle's process.env check still reads
// an undefined process — and a failure leaves <head> as it was.
func TestPageThreadGlobals(t *testing.T) {
	for _, c := range []struct{ policy, want string }{
		{"script-src 'self' 'wasm-unsafe-eval'; worker-src 'none'", "ok"},
		{"script-src 'self'; worker-src 'none'", "failed"},
	} {
		t.Run(c.want, func(t *testing.T) {
			url := hostServer(t, c.policy)
			ctx := browser(t)
			r, ours, exceptions := openHost(t, ctx, url+"/t/hostile/plain.html")
			checkHost(t, r, ours, exceptions, c.want)
			if !r.OnPage {
				t.Error("Go was not tried on the page's thread")
			}
			if env := eval[string](t, ctx, `typeof process !== 'undefined' && process.env.NODE_ENV || 'no process'`); env != "no process" {
				t.Errorf("a host bundle's process.env check reads %q", env)
			}
			if n := eval[int](t, ctx, `document.querySelectorAll('script[src*="wasm_exec"]').length`); n != 0 {
				t.Errorf("%d wasm_exec scripts left in the page", n)
			}
		})
	}
}

// TestElementsNamedGlossline: ids and names that put elements on window
// do not stop glossline, and the element stays what window.glossline
// named before only for the page's own markup.
func TestElementsNamedGlossline(t *testing.T) {
	url := hostServer(t, "")
	ctx := browser(t)
	r, ours, exceptions := openHost(t, ctx, url+"/t/hostile/element-name.html")
	checkHost(t, r, ours, exceptions, "ok")
	if !eval[bool](t, ctx, `typeof glossline.annotate === 'function' && typeof glossline.remove === 'function'`) {
		t.Error("window.glossline is not the API")
	}
	if !slices.Contains([]string{"FORM", "IFRAME"}, eval[string](t, ctx, `document.getElementsByName('glossline')[0].tagName`)) {
		t.Error("the page's named elements changed")
	}
}

// TestBaseHref: a <base href> elsewhere on the site does not send the
// reader away: terms, the timeline's links, the skip link and the ways
// back work without the page's address, which does not change.
func TestBaseHref(t *testing.T) {
	url := hostServer(t, "")
	ctx := browser(t)
	r, ours, exceptions := openHost(t, ctx, url+"/t/hostile/base-href.html")
	checkHost(t, r, ours, exceptions, "ok")
	start := eval[string](t, ctx, `location.href`)
	popupWorks(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.CSS(`.gl-timeline a.gl-tl-link`)))
	if f := eval[string](t, ctx, `document.activeElement.matches('[data-gl-s]') ? 'sentence' : document.activeElement.outerHTML.slice(0, 60)`); f != "sentence" {
		t.Errorf("after a timeline link focus is on %s, want its sentence", f)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`a.gl-back`)))
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('a.gl-skip').click()`))
	if f := eval[string](t, ctx, `document.activeElement.className`); f != "gl-panel" {
		t.Errorf("after the skip link focus is on %q, want the panel", f)
	}
	if now := eval[string](t, ctx, `new Promise(ok => setTimeout(() => ok(location.href), 300))`); now != start {
		t.Errorf("the page's address changed from %s to %s", start, now)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('a.gl-term[href], a.gl-tl-link[href], a.gl-skip[href], a.gl-back[href]').length`); n != 0 {
		t.Errorf("%d of glossline's links keep an href, which the <base> would send elsewhere", n)
	}
}

// TestShadowRoots: the default run finds an article in an open shadow
// root and serves it there (marks, panel and stylesheet in the shadow
// root, pop-ups and jumps working); an article in a closed shadow root is
// out of reach, and nothing is marked or claimed; the API annotates an
// article that a component rendered into its shadow root.
func TestShadowRoots(t *testing.T) {
	url := hostServer(t, "")
	t.Run("open", func(t *testing.T) {
		ctx := browser(t)
		r, ours, exceptions := openHost(t, ctx, url+"/t/hostile/shadow-open.html")
		checkHost(t, r, ours, exceptions, "ok")
		type shadow struct {
			Marks                    int
			Claimed, PanelBeside     bool
			Styled, LightClaim, Skip bool
		}
		s := eval[shadow](t, ctx, `(() => { const sr = document.querySelector('news-story').shadowRoot, a = sr.querySelector('article');
		  const term = sr.querySelector('a.gl-term');
		  return {Marks: sr.querySelectorAll('.gl-date, .gl-term').length, Claimed: a.dataset.glossline === 'done',
		    PanelBeside: !!a.nextElementSibling && a.nextElementSibling.matches('.gl-panel'),
		    Styled: !!term && getComputedStyle(term).textDecorationStyle === 'dotted',
		    LightClaim: !!document.querySelector('[data-glossline]'), Skip: !!sr.querySelector('article > a.gl-skip')}; })()`)
		if s.Marks < 5 || !s.Claimed || !s.PanelBeside || !s.Styled || s.LightClaim || !s.Skip {
			t.Errorf("article in an open shadow root: %+v; want it marked, claimed, styled, with its panel and skip link, and nothing claimed outside", s)
		}
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`[...document.querySelector('news-story').shadowRoot.querySelectorAll('a.gl-term')].find(a => a.textContent === 'MSA').click()`))
		if got := eval[string](t, ctx, popOpen); !strings.Contains(got, "Maritime Safety Agency") {
			t.Errorf("a term in the shadow root opened %q", got)
		}
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('news-story').shadowRoot.querySelector('.gl-timeline a.gl-tl-link').click()`))
		if !eval[bool](t, ctx, `!!document.querySelector('news-story').shadowRoot.activeElement?.matches('[data-gl-s]')`) {
			t.Error("a timeline link in the shadow root did not focus its sentence")
		}
	})
	t.Run("closed", func(t *testing.T) {
		ctx := browser(t)
		r, ours, exceptions := openHost(t, ctx, url+"/t/hostile/shadow-closed.html")
		if len(r.Done) != 1 || r.Done[0] != "skipped" || len(exceptions) > 0 {
			t.Errorf("closed shadow root: done %v, exceptions %v; want skipped", r.Done, exceptions)
		}
		if eval[bool](t, ctx, `!!document.querySelector('[data-glossline], .gl-panel, .gl-date, .gl-term, .gl-skip')`) || !r.HeadSame {
			t.Errorf("closed shadow root: the page was marked or claimed, or <head> changed (%v); glossline said %q", r.HeadSame, ours)
		}
	})
	t.Run("api", func(t *testing.T) {
		ctx := browser(t)
		openHost(t, ctx, url+"/t/hostile/shadow-api.html") // nothing to read in the light DOM: skipped
		type api struct {
			Status, Pop, Before, After string
		}
		a := eval[api](t, ctx, `(async () => {
		  const host = document.querySelector('site-article'), sr = host.attachShadow({mode: 'open'});
		  sr.append(document.getElementById('story').content.cloneNode(true));
		  const art = sr.querySelector('article'), before = sr.innerHTML, seen = __gl.done.length;
		  await glossline.annotate(art);
		  const status = __gl.done[seen];
		  [...sr.querySelectorAll('a.gl-term')].find(a => a.textContent.startsWith('NATO')).click();
		  const p = document.getElementById('gl-pop'), pop = p && p.matches(':popover-open') ? p.textContent : '';
		  glossline.remove(art);
		  return {Status: status, Pop: pop, Before: before, After: sr.innerHTML};
		})()`)
		if a.Status != "ok" || !strings.Contains(a.Pop, "NATO") || a.After != a.Before {
			t.Errorf("API in a shadow root: status %s, pop-up %q, restored %v", a.Status, a.Pop, a.After == a.Before)
		}
	})
}

// TestReannotateChangedArticle: a single-page site replaces the article in
// the element glossline annotated and calls annotate() again: the new
// article is annotated, with its own timeline and no stale panel.
func TestReannotateChangedArticle(t *testing.T) {
	url := hostServer(t, "")
	ctx := browser(t)
	openHost(t, ctx, url+"/t/hostile/spa.html") // empty view: skipped
	type step struct {
		Status   string
		Panels   int
		Timeline string
		Marks    int
	}
	show := func(tpl string) step {
		return eval[step](t, ctx, `(async () => {
		  const v = document.getElementById('view'); v.replaceChildren(document.getElementById('`+tpl+`').content.cloneNode(true));
		  const seen = __gl.done.length; await glossline.annotate(v);
		  return {Status: __gl.done[seen], Panels: document.querySelectorAll('.gl-panel').length,
		    Timeline: document.querySelector('.gl-timeline')?.textContent || '', Marks: v.querySelectorAll('.gl-date, .gl-term').length}; })()`)
	}
	first := show("first")
	if first.Status != "ok" || first.Panels != 1 || !strings.Contains(first.Timeline, "2019") {
		t.Fatalf("first article: %+v", first)
	}
	second := show("second")
	if second.Status != "ok" || second.Panels != 1 || !strings.Contains(second.Timeline, "lighthouse") || strings.Contains(second.Timeline, "2019") || second.Marks == 0 {
		t.Errorf("after the site replaced the article: %+v; want it annotated, with one panel, its own timeline", second)
	}
	same := eval[bool](t, ctx, `(() => { const v = document.getElementById('view'), t = document.createElement('div');
	  t.append(document.getElementById('second').content.cloneNode(true)); glossline.remove(v); return v.innerHTML === t.innerHTML; })()`)
	if !same {
		t.Error("remove() did not restore the second article")
	}
}

// TestRemoveFromAnyState: remove() gives back <body> and <head> byte for
// byte whatever the reader did: a pop-up open, after a timeline jump, after
// the skip link, with glossline switched off, and off and on again.
func TestRemoveFromAnyState(t *testing.T) {
	url := hostServer(t, "")
	for _, c := range []struct{ name, act string }{
		{"as annotated", ``},
		{"pop-up open", `document.querySelector('a.gl-term').click()`},
		{"after a timeline jump", `document.querySelector('.gl-timeline a.gl-tl-link').click(); document.querySelectorAll('.gl-timeline a.gl-tl-link')[2].click()`},
		{"after the skip link", `document.querySelector('a.gl-skip').click()`},
		{"switched off", `document.querySelector('.gl-panel button.gl-switch').click()`},
		{"off and on again", `document.querySelector('.gl-panel button.gl-switch').click(); document.querySelector('button.gl-switch').click()`},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := browser(t)
			openHost(t, ctx, url+"/t/hostile/spa.html")
			type state struct {
				Status, Body, Head string
				BodySame, HeadSame bool
			}
			s := eval[state](t, ctx, `(async () => {
			  const v = document.getElementById('view'); v.replaceChildren(document.getElementById('first').content.cloneNode(true));
			  const body = document.body.innerHTML, head = document.head.innerHTML, seen = __gl.done.length;
			  await glossline.annotate(v);
			  const status = __gl.done[seen];
			  `+c.act+`;
			  glossline.remove(v);
			  await new Promise(ok => setTimeout(ok, 100));
			  return {Status: status, BodySame: document.body.innerHTML === body, HeadSame: document.head.innerHTML === head,
			    Body: document.body.innerHTML, Head: document.head.innerHTML}; })()`)
			if s.Status != "ok" || !s.BodySame || !s.HeadSame {
				t.Errorf("%s: status %s, body restored %v, head restored %v\nbody: %.600s\nhead: %.600s", c.name, s.Status, s.BodySame, s.HeadSame, s.Body, s.Head)
			}
		})
	}
	t.Run("baked", func(t *testing.T) {
		baked := bakeFile(t, "testdata/hostile/plain.html")
		srv := pageServer(t, map[string][]byte{"/baked.html": baked})
		ctx := browser(t)
		r, _, _ := openHost(t, ctx, srv+"/baked.html")
		if len(r.Done) != 1 || r.Done[0] != "annotated" {
			t.Fatalf("baked page: done %v", r.Done)
		}
		// The article as the server sent it, wired and then unwired.
		same := eval[bool](t, ctx, `(() => { const a = document.querySelector('article');
		  document.querySelector('.gl-panel button.gl-switch').click(); glossline.remove(a);
		  return a.outerHTML === __gl.before; })()`)
		if !same {
			t.Error("remove() on a baked article switched off did not give back the server's article")
		}
	})
}

// TestApplyInSlices: a long article is marked in slices, a frame between
// two (no long task on the page's thread); meanwhile the reader may take
// glossline out (the page is given back exactly, and nothing goes on), or
// the page may change the article (the plan no longer fits: the page is
// given back with its own change, status "failed"). A mutation observer
// acts on the first wrap, between two slices.
func TestApplyInSlices(t *testing.T) {
	url := hostServer(t, "")
	for _, c := range []struct{ name, act, status string }{
		{"removed", `glossline.remove(v)`, ""},
		{"article changed", `last.data += " Extra."`, "failed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := browser(t)
			openHost(t, ctx, url+"/t/hostile/spa.html")
			type state struct {
				Mid, BodySame, HeadSame bool
				Status, Body            string
			}
			s := eval[state](t, ctx, `(async () => {
			  const v = document.getElementById('view'), tp = document.getElementById('first').content;
			  for (let i = 0; i < 300; i++) v.append(tp.cloneNode(true));
			  const ps = v.querySelectorAll('p'), last = ps[ps.length - 1].firstChild, head = document.head.innerHTML, seen = __gl.done.length;
			  let body = document.body.innerHTML, mid = false;
			  if (`+"`"+c.status+"`"+` === 'failed') { last.data += " Extra."; body = document.body.innerHTML; last.data = last.data.slice(0, -7); }
			  const first = new Promise(ok => new MutationObserver((ms, mo) => { mo.disconnect(); mid = __gl.done.length === seen; `+c.act+`; ok(); })
			    .observe(v, {subtree: true, childList: true}));
			  const p = glossline.annotate(v);
			  await first; await p; await new Promise(ok => setTimeout(ok, 300));
			  return {Mid: mid, Status: __gl.done[seen] ?? '', BodySame: document.body.innerHTML === body, HeadSame: document.head.innerHTML === head, Body: document.body.innerHTML}; })()`)
			if !s.Mid {
				t.Fatal("the whole article was marked in one slice: nothing to test")
			}
			if s.Status != c.status || !s.BodySame || !s.HeadSame {
				t.Errorf("status %q (want %q), body restored %v, head restored %v\nbody: %.600s", s.Status, c.status, s.BodySame, s.HeadSame, s.Body)
			}
		})
	}
}

// TestSavedCopies: a page saved as "Webpage, Complete" (saveComplete) at
// any moment and opened again from disk, offline, either works — one
// pop-up at a time, a working off switch, nothing left over from the
// reader's session — or is exactly the article, with one message of
// glossline's: saved while glossline was still working (the wasm held
// back), or after the reader switched it off.
func TestSavedCopies(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/", devserver.Handler(distDir(t)))
	mux.Handle("/t/", http.StripPrefix("/t", devserver.Handler("testdata")))
	hold := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hold && strings.HasSuffix(r.URL.Path, ".wasm") {
			<-r.Context().Done() // never answered: glossline is still working
			return
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	original := ""
	for _, c := range []struct{ name, act, want string }{
		{"while annotating", "", "failed"},
		{"annotated", "", "annotated"},
		{"pop-up open", `[...document.querySelectorAll('a.gl-term')].find(a => a.textContent === 'MSA').click()`, "annotated"},
		{"after a timeline jump", `document.querySelector('.gl-timeline a.gl-tl-link').click()`, "annotated"},
		{"after the skip link", `document.querySelector('a.gl-skip').click()`, "annotated"},
		{"switched off", `document.querySelector('.gl-panel button.gl-switch').click()`, "failed"},
		{"off and on again", `document.querySelector('.gl-panel button.gl-switch').click(); document.querySelector('button.gl-switch').click()`, "annotated"},
	} {
		t.Run(c.name, func(t *testing.T) {
			hold = c.name == "while annotating"
			ctx := browser(t)
			if hold {
				if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: recordHost}); err != nil {
					t.Fatal(err)
				}
				do(t, ctx, chromedp.Navigate(srv.URL+"/t/hostile/plain.html"))
				// Saved once glossline has put its stylesheet and reader's
				// side in, while it waits for the wasm.
				eval[bool](t, ctx, `new Promise(ok => { (function poll() { document.getElementById('gl-ui')?.glossline ? ok(true) : setTimeout(poll, 50); })(); })`)
			} else {
				r, _, _ := openHost(t, ctx, srv.URL+"/t/hostile/plain.html")
				if len(r.Done) != 1 || r.Done[0] != "ok" {
					t.Fatalf("the page to save: done %v", r.Done)
				}
				do(t, ctx, chromedp.Evaluate[chromedp.Void](c.act))
			}
			if original == "" {
				original = eval[string](t, ctx, `__gl.before`)
			}
			file := saveComplete(t, ctx, t.TempDir(), "saved")

			ctx = browser(t)
			offline(t, ctx)
			r, ours, exceptions := openHost(t, ctx, fileURL(t, file))
			if len(r.Done) != 1 || r.Done[0] != c.want || len(exceptions) > 0 {
				t.Fatalf("saved %s, opened from disk: done %v, exceptions %v; want %s", c.name, r.Done, exceptions, c.want)
			}
			if c.want == "failed" {
				same := eval[bool](t, ctx, `document.querySelector('article').outerHTML === `+jsString(original)+` && !document.querySelector('.gl-switch, .gl-pop, .gl-panel')`)
				if !same || len(ours) != 1 {
					t.Errorf("saved %s: exactly the article %v, glossline's messages %q; want the article as it was and one message", c.name, same, ours)
				}
				return
			}
			if len(ours) != 0 {
				t.Errorf("glossline's console messages: %q", ours)
			}
			type copyState struct {
				Pops, Expanded, Skips, Backs, Switches int
			}
			st := eval[copyState](t, ctx, `({Pops: document.querySelectorAll('.gl-pop').length, Expanded: document.querySelectorAll('[aria-expanded=true]').length,
			  Skips: document.querySelectorAll('.gl-skip').length, Backs: document.querySelectorAll('.gl-back').length, Switches: document.querySelectorAll('button.gl-switch').length})`)
			if st != (copyState{Skips: 1, Switches: 1}) {
				t.Errorf("saved %s, opened again: %+v; want no pop-up, nothing expanded, one skip link, no way back, one switch", c.name, st)
			}
			popupWorks(t, ctx)
			if n := eval[int](t, ctx, `document.querySelectorAll('.gl-pop').length`); n != 1 {
				t.Errorf("%d pop-ups in the page, want 1", n)
			}
			do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('.gl-panel button.gl-switch').click()`))
			if got := eval[string](t, ctx, `document.querySelectorAll('.gl-date, .gl-term, .gl-panel').length + ' ' + document.activeElement.textContent`); got != "0 Turn glossline on" {
				t.Errorf("after the saved copy's off switch: %s; want no marks, focus on the on switch", got)
			}
			do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.activeElement.click()`))
			if n := eval[int](t, ctx, `document.querySelectorAll('article .gl-date, article .gl-term').length`); n != r.Marks {
				t.Errorf("after the on switch %d marks, want the %d the copy had", n, r.Marks)
			}
		})
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestPrintShowsNoPopup: a pop-up open when the reader prints is not in
// the print, nor are glossline's switch, skip link and way back.
func TestPrintShowsNoPopup(t *testing.T) {
	url := hostServer(t, "")
	ctx := browser(t)
	openHost(t, ctx, url+"/t/hostile/plain.html")
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('.gl-timeline a.gl-tl-link').click(); [...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'MSA').click()`))
	if eval[string](t, ctx, popOpen) == "" {
		t.Fatal("no pop-up open")
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	shown := eval[[]string](t, ctx, `[...document.querySelectorAll('#gl-pop, .gl-switch, .gl-skip, .gl-back')].filter(e => getComputedStyle(e).display !== 'none').map(e => e.className)`)
	if len(shown) > 0 {
		t.Errorf("printed: %v", shown)
	}
}

// TestMHTMLSnapshot: the page saved as one MHTML file (Page.captureSnapshot,
// as Chromium's "Webpage, Single File"), with a pop-up open and after a
// timeline jump, opened again offline, where Chromium runs no script: the
// article's text is intact, the timeline and the definitions read as text,
// and no link of glossline's leads off the page (MHTML makes in-page links
// absolute addresses of the original site).
func TestMHTMLSnapshot(t *testing.T) {
	url := hostServer(t, "")
	ctx := browser(t)
	openHost(t, ctx, url+"/t/hostile/plain.html")
	text := eval[string](t, ctx, `new DOMParser().parseFromString(__gl.before, 'text/html').body.textContent.replace(/\s+/g, ' ').trim()`)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('.gl-timeline a.gl-tl-link').click(); [...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'MSA').click()`))
	snap, err := chromedp.Call(ctx, cdppage.CaptureSnapshot, cdppage.CaptureSnapshotParams{})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "saved.mhtml")
	if err := os.WriteFile(file, []byte(snap.Data), 0o644); err != nil {
		t.Fatal(err)
	}

	ctx = browser(t)
	offline(t, ctx)
	do(t, ctx, chromedp.Navigate(fileURL(t, file)))
	type mhtml struct {
		Text                     string
		Entries, Links, Notes    int
		TimelineShown, NoteShown bool
		PopShown                 bool
		Script                   bool
	}
	m := eval[mhtml](t, ctx, `(() => { const tl = document.querySelector('.gl-timeline'), dd = document.querySelector('#gl-def-msa + dd'), p = document.getElementById('gl-pop');
	  const a = document.querySelector('article'), mine = 'a.gl-term[href], a.gl-tl-link[href], a.gl-back[href], a.gl-skip[href]';
	  return {Text: a.textContent.replace(/\s+/g, ' ').trim(), Entries: tl ? tl.querySelectorAll('li.gl-tl-entry').length : 0,
	    Links: document.querySelectorAll(mine).length + a.querySelectorAll('a[href]').length, Notes: document.querySelectorAll('.gl-notes dt').length,
	    TimelineShown: !!tl && tl.getBoundingClientRect().height > 50, NoteShown: !!dd && dd.getBoundingClientRect().height > 5,
	    PopShown: !!p && getComputedStyle(p).display !== 'none', Script: 'glossline' in window}; })()`)
	if m.Text != text {
		t.Errorf("the article's text changed in the MHTML copy:\n%q\n%q", text, m.Text)
	}
	if m.Entries < 3 || !m.TimelineShown || m.Notes < 2 || !m.NoteShown || m.Links != 0 || m.PopShown || m.Script {
		t.Errorf("MHTML copy: %+v; want the timeline and the notes shown, no link of glossline's, no pop-up, no script", m)
	}
	start := eval[string](t, ctx, `location.href`)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('article a.gl-term').click(); document.querySelector('.gl-tl-link').click()`))
	time.Sleep(500 * time.Millisecond) // no timers in a page without script
	if now := eval[string](t, ctx, `location.href`); now != start {
		t.Errorf("a click in the MHTML copy left it for %s", now)
	}
}
