//go:build e2e

package e2e

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/glossline/glossline/internal/devserver"
)

// distDir is the built dist/ folder.
func distDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("GLOSSLINE_DIST")
	if dir == "" {
		dir = filepath.Join("..", "..", "dist")
	}
	if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err != nil {
		t.Fatalf("no built glossline in %s: run ./build.sh first (%v)", dir, err)
	}
	return dir
}

// chromiumPath finds Debian's Chromium.
func chromiumPath(t testing.TB) string {
	t.Helper()
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "chromium"} {
		if p == "" {
			continue
		}
		if full, err := exec.LookPath(p); err == nil {
			return full
		}
	}
	t.Fatal("chromium not found: ./build.sh test installs Debian's chromium")
	return ""
}

// browser starts headless Chromium with a fresh profile and returns a
// context for one tab. Everything is torn down when the test ends.
func browser(t testing.TB) context.Context {
	t.Helper()
	return browserFor(t, 90*time.Second)
}

// browserFor is browser with a timeout for the whole session.
func browserFor(t testing.TB, timeout time.Duration) context.Context {
	t.Helper()
	return startBrowser(t, timeout)
}

// startBrowser launches Debian's Chromium headless with the project's
// flags, a fresh profile and any extra options (the extension tests load
// their extension so), for timeout.
func startBrowser(t testing.TB, timeout time.Duration, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), append(opts, extra...)...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

// server serves dist/ on 127.0.0.1.
func server(t testing.TB) string {
	t.Helper()
	srv := httptest.NewServer(devserver.Handler(distDir(t)))
	t.Cleanup(srv.Close)
	return srv.URL
}

// recordDone makes every new document keep the statuses of glossline:done
// events and the time of the first one, so that no event is missed however
// early it fires.
const recordDone = `window.__gl = {done: [], at: 0, before: '', cls: 0};
new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) __gl.cls += e.value; })
  .observe({type: 'layout-shift', buffered: true});
document.addEventListener('DOMContentLoaded', () => {
  const a = document.querySelector('article'); if (a) __gl.before = a.outerHTML;
});
document.addEventListener('glossline:done', e => {
  __gl.done.push(e.detail.status); if (!__gl.at) __gl.at = performance.now();
});`

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// open navigates to url and waits for glossline:done; it returns the
// statuses seen and the milliseconds from navigation start to done.
func open(t *testing.T, ctx context.Context, url string) ([]string, float64) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: recordDone}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(url))
	type state struct {
		Done []string `json:"done"`
		At   float64  `json:"at"`
	}
	st := eval[state](t, ctx, `new Promise((ok, fail) => {
	  const t0 = Date.now();
	  (function poll() {
	    if (__gl.done.length) return ok(__gl);
	    if (Date.now() - t0 > 30000) return fail(new Error('no glossline:done within 30 s'));
	    setTimeout(poll, 20);
	  })();
	})`)
	return st.Done, st.At
}

// collectConsole records the tab's console messages from now on; the
// returned func gives those seen so far.
func collectConsole(t *testing.T, ctx context.Context) func() []chromedp.ConsoleMessage {
	t.Helper()
	var mu sync.Mutex
	var msgs []chromedp.ConsoleMessage
	cctx, cancel := context.WithCancel(ctx)
	t.Cleanup(cancel)
	it := chromedp.Console(cctx)
	go func() {
		for m, err := range it {
			if err != nil {
				return
			}
			mu.Lock()
			msgs = append(msgs, m)
			mu.Unlock()
		}
	}()
	return func() []chromedp.ConsoleMessage {
		time.Sleep(200 * time.Millisecond) // let in-flight messages arrive
		mu.Lock()
		defer mu.Unlock()
		return append([]chromedp.ConsoleMessage(nil), msgs...)
	}
}

// openWant opens url and fails the test unless glossline finished exactly
// once with the wanted status; it returns the milliseconds to done.
func openWant(t *testing.T, ctx context.Context, url, want string) float64 {
	t.Helper()
	done, ms := open(t, ctx, url)
	if len(done) != 1 || done[0] != want {
		t.Fatalf("glossline:done statuses %v, want [%s]", done, want)
	}
	return ms
}

type dateMark struct {
	Text     string `json:"text"`
	DateTime string `json:"datetime"`
	Value    string `json:"value"`
}

func TestDemoPage(t *testing.T) {
	url := server(t)
	ctx := browser(t)
	console := collectConsole(t, ctx)

	ms := openWant(t, ctx, url+"/", "ok")
	t.Logf("navigation start to glossline:done: %.0f ms", ms)
	if got := eval[string](t, ctx, `document.querySelector('article').dataset.glossline`); got != "done" {
		t.Errorf(`article data-glossline = %q, want "done"`, got)
	}

	t.Run("analysis runs in a worker", func(t *testing.T) {
		if eval[bool](t, ctx, `typeof Go !== 'undefined' || typeof __glosslineGo !== 'undefined'`) {
			t.Error("the Go runtime was loaded on the page's thread, not in the worker")
		}
	})

	t.Run("layout shift", func(t *testing.T) {
		cls := eval[float64](t, ctx, `new Promise(ok => setTimeout(() => ok(__gl.cls), 300))`)
		t.Logf("cumulative layout shift: %.4f", cls)
		if cls > 0.01 {
			t.Errorf("cumulative layout shift %.4f, want at most 0.01", cls)
		}
	})

	t.Run("dates", func(t *testing.T) {
		marks := eval[[]dateMark](t, ctx, `[...document.querySelectorAll('article time.gl-date')].map(e =>
		  ({text: e.textContent.replace(/\s+/g, ' '), datetime: e.getAttribute('datetime') || '', value: e.dataset.value}))`)
		count := map[string]int{}
		for _, m := range marks {
			switch {
			case m.Text == "Mittwoch":
				count["Mittwoch"]++
				if m.DateTime != "2023-09-13" {
					t.Errorf("Mittwoch: datetime %q, want 2023-09-13", m.DateTime)
				}
			case m.Text == "Donnerstag":
				count["Donnerstag"]++
				if m.DateTime != "2023-09-14" {
					t.Errorf("Donnerstag: datetime %q, want 2023-09-14", m.DateTime)
				}
			case strings.Contains(m.Text, "12. September 2023"):
				count["12 September"]++
				if m.DateTime != "2023-09-12" {
					t.Errorf("%q: datetime %q, want 2023-09-12", m.Text, m.DateTime)
				}
			}
		}
		for name, want := range map[string]int{"Mittwoch": 3, "Donnerstag": 1, "12 September": 3} {
			if count[name] != want {
				t.Errorf("%s marked %d times, want %d (marks: %+v)", name, count[name], want, marks)
			}
		}
	})

	t.Run("KCNA pop-up by click, Enter and Escape", func(t *testing.T) {
		found := eval[bool](t, ctx, `(() => {
		  const a = [...document.querySelectorAll('article a.gl-term')].find(a => a.textContent === 'KCNA');
		  if (a) a.setAttribute('data-test', 'kcna');
		  return !!a;
		})()`)
		if !found {
			t.Fatal("no term KCNA marked in the article")
		}
		const popText = `(() => { const p = document.getElementById('gl-pop');
		  return p && p.matches(':popover-open') ? p.textContent : ''; })()`
		const focusOnTerm = `document.activeElement === document.querySelector('[data-test=kcna]')`

		do(t, ctx, chromedp.Click(chromedp.CSS(`[data-test=kcna]`)))
		if got := eval[string](t, ctx, popText); !strings.Contains(got, "Korean Central News Agency") {
			t.Fatalf("after click, pop-up text %q lacks Korean Central News Agency", got)
		}
		do(t, ctx, chromedp.KeyEvent(kb.Escape))
		if got := eval[string](t, ctx, popText); got != "" {
			t.Errorf("after Escape the pop-up is still open: %q", got)
		}
		if !eval[bool](t, ctx, focusOnTerm) {
			t.Error("after Escape focus is not on the term")
		}

		do(t, ctx, chromedp.Focus(chromedp.CSS(`[data-test=kcna]`)), chromedp.KeyEvent(kb.Enter))
		if got := eval[string](t, ctx, popText); !strings.Contains(got, "Korean Central News Agency") {
			t.Fatalf("after Enter, pop-up text %q lacks Korean Central News Agency", got)
		}
		do(t, ctx, chromedp.KeyEvent(kb.Escape))
		if got := eval[string](t, ctx, popText); got != "" {
			t.Errorf("after the second Escape the pop-up is still open: %q", got)
		}
		if !eval[bool](t, ctx, focusOnTerm) {
			t.Error("after the second Escape focus is not on the term")
		}
	})

	t.Run("no terms in headings but the headline, in links or caption credits", func(t *testing.T) {
		bad := eval[[]string](t, ctx, `[...document.querySelectorAll('article a.gl-term')].filter(a =>
		  a.parentElement.closest('h2,h3,h4,h5,h6,a') || (a.closest('figcaption') && a.textContent === 'AP')).map(a => a.textContent)`)
		if len(bad) > 0 {
			t.Errorf("terms marked where they must not be: %q", bad)
		}
	})

	t.Run("timeline ascending", func(t *testing.T) {
		values := eval[[]string](t, ctx, `[...document.querySelectorAll('.gl-panel ol.gl-timeline > li.gl-tl-entry')].map(li => li.dataset.value)`)
		if len(values) < 3 {
			t.Fatalf("timeline has %d entries: %v", len(values), values)
		}
		starts := make([]string, len(values))
		for i, v := range values {
			starts[i], _, _ = strings.Cut(v, "/")
		}
		if !sort.StringsAreSorted(starts) {
			t.Errorf("timeline not in ascending order: %v", values)
		}
		links := eval[int](t, ctx, `[...document.querySelectorAll('.gl-timeline a.gl-tl-link')].filter(a => {
		  const id = a.dataset.glHref.slice(1); const el = document.getElementById(id);
		  return el && document.querySelector('article').contains(el); }).length`)
		if links != len(values) {
			t.Errorf("%d of %d timeline entries link to a date in the article", links, len(values))
		}
	})

	t.Run("timeline link jumps to its date and back", func(t *testing.T) {
		do(t, ctx, chromedp.Click(chromedp.CSS(`.gl-timeline li.gl-tl-entry a.gl-tl-link`)))
		type jump struct {
			Hash             string
			HasDate, InView  bool
			Back, BackFollow string
		}
		// The first entry's date is in the focused sentence, in view; the
		// way back follows the sentence. The address does not change.
		j := eval[jump](t, ctx, `(() => { const f = document.activeElement, a = document.querySelector('.gl-timeline a.gl-tl-link');
		  const d = document.getElementById(a.dataset.glHref.slice(1)), r = d.getBoundingClientRect(), b = document.querySelector('article a.gl-back');
		  return {Hash: location.hash, HasDate: f.contains(d), InView: r.top >= 0 && r.bottom <= innerHeight,
		    Back: b ? b.getAttribute('aria-label') : '', BackFollow: b && b.previousSibling === f ? 'sentence' : ''}; })()`)
		if j.Hash != "" || !j.HasDate || !j.InView || j.Back != "zur Zeitleiste" || j.BackFollow != "sentence" {
			t.Fatalf("after the jump: %+v; want focus on the sentence with the date in view, the way back after it, the address unchanged", j)
		}
		do(t, ctx, chromedp.Click(chromedp.CSS(`article a.gl-back`)))
		if f := eval[string](t, ctx, `(document.activeElement.closest('#gl-e1') ? 'entry 1' : document.activeElement.outerHTML.slice(0, 80)) + (document.querySelector('a.gl-back') ? ' (way back still there)' : '')`); f != "entry 1" {
			t.Errorf("after the way back: focus on %s, want the first entry", f)
		}
	})

	t.Run("second run adds nothing", func(t *testing.T) {
		before := eval[string](t, ctx, `document.body.innerHTML`)
		status := eval[string](t, ctx, `(async () => {
		  const seen = __gl.done.length;
		  await glossline.annotate(document.querySelector('article'));
		  return __gl.done[seen] || 'none';
		})()`)
		after := eval[string](t, ctx, `document.body.innerHTML`)
		if status != "annotated" {
			t.Errorf("second run status %q, want annotated", status)
		}
		if before != after {
			t.Errorf("second run changed the page (%d → %d bytes)", len(before), len(after))
		}
	})

	t.Run("console has no errors", func(t *testing.T) {
		for _, m := range console() {
			if m.Type == "error" || m.Type == chromedp.ConsoleException || m.Type == "assert" {
				t.Errorf("console %s: %s", m.Type, m.Text)
			}
			if m.Type == "warning" && strings.HasPrefix(m.Text, "glossline") {
				t.Errorf("console warning: %s", m.Text)
			}
		}
	})
}
