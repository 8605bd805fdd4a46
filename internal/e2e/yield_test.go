//go:build e2e

package e2e

import "testing"

// TestApplyPauses: between two slices of a long article the loader gives
// the page a frame, then goes on in a task of normal priority —
// scheduler.postTask, a message where the page has no scheduler, its
// 200 ms timer where the page's stand-in never calls back. Each way, the
// whole article is marked in
// more than one slice, exactly as in one go (the marks the same as
// Chromium's own scheduler gives), with one glossline:done "ok", and
// remove() gives the page back exactly.
func TestApplyPauses(t *testing.T) {
	url := hostServer(t, "")
	type state struct {
		Mid, BodySame, HeadSame bool
		Status, Marks, Body     string
	}
	var want string
	for _, c := range []struct{ name, setup string }{
		{"scheduler.postTask", ``},
		{"no scheduler: a message", `Object.defineProperty(window, 'scheduler', {value: undefined, configurable: true})`},
		{"a stand-in that never calls back: the timer", `Object.defineProperty(window, 'scheduler', {value: {postTask() {}}, configurable: true})`},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := browser(t)
			openHost(t, ctx, url+"/t/hostile/spa.html")
			s := eval[state](t, ctx, `(async () => {
			  `+c.setup+`;
			  const v = document.getElementById('view'), tp = document.getElementById('first').content;
			  for (let i = 0; i < 120; i++) v.append(tp.cloneNode(true));
			  const body = document.body.innerHTML, head = document.head.innerHTML, seen = __gl.done.length;
			  let mid = false;
			  new MutationObserver((ms, mo) => { mo.disconnect(); mid = __gl.done.length === seen; setTimeout(() => mid = mid && __gl.done.length === seen); })
			    .observe(v, {subtree: true, childList: true});
			  await glossline.annotate(v);
			  const status = __gl.done[seen] ?? '', marks = Array.from(v.querySelectorAll('.gl-date, .gl-term'), e => e.outerHTML).join('\n');
			  glossline.remove(v);
			  await new Promise(ok => setTimeout(ok, 100));
			  return {Mid: mid, Status: status, Marks: marks, BodySame: document.body.innerHTML === body, HeadSame: document.head.innerHTML === head, Body: document.body.innerHTML}; })()`)
			if !s.Mid {
				t.Error("the whole article was marked in one slice")
			}
			if s.Status != "ok" || s.Marks == "" || !s.BodySame || !s.HeadSame {
				t.Errorf("status %q, %d bytes of marks, body restored %v, head restored %v\nbody: %.600s", s.Status, len(s.Marks), s.BodySame, s.HeadSame, s.Body)
			}
			if want == "" {
				want = s.Marks
			} else if s.Marks != want {
				t.Errorf("marks differ from those with Chromium's scheduler:\n%.600s\nwant\n%.600s", s.Marks, want)
			}
		})
	}
}
