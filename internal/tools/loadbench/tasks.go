package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// timeParse, in the traced loads of -tasks only, times every JSON.parse of
// the page as a User Timing measure "JSON.parse" (its length in the
// detail), so that the trace shows it inside the task that ran it.
const timeParse = `(() => {
  const parse = JSON.parse;
  JSON.parse = function (s, r) {
    const t = performance.now(), v = parse.call(this, s, r);
    performance.measure('JSON.parse', {start: t, end: performance.now(), detail: String(s).length});
    return v;
  };
})();`

// Task is one main-thread task of 50 ms or more in a traced load, with
// what ran in it.
type Task struct {
	StartMS, DurMS float64            // from navigation start
	Parts          map[string]float64 // ms of the trace events in it, by name (self time)
	Marks          []string           // glossline's marks and measures in it
}

// measureTasks loads url once under Tracing and returns the page's
// main-thread tasks of 50 ms or more (the trace's RunTask on CrRendererMain)
// with the self time of the events inside each by name, and glossline's
// User Timing marks (and JSON.parse's measure) that fall inside.
func measureTasks(ctx context.Context, url string) ([]Task, error) {
	id, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: timeParse})
	if err != nil {
		return nil, err
	}
	defer chromedp.Call(ctx, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: id.Identifier})
	raw, err := traceLoad(ctx, url, []string{"toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8", "v8.execute", "__metadata"})
	if err != nil {
		return nil, err
	}
	var evs []traceEvent
	main := map[[2]int]bool{}
	for _, b := range raw {
		var e traceEvent
		if json.Unmarshal(b, &e) != nil {
			continue
		}
		if e.Ph == "M" && e.Name == "thread_name" && fmt.Sprint(e.Args["name"]) == "CrRendererMain" {
			main[[2]int{e.Pid, e.Tid}] = true
		}
		evs = append(evs, e)
	}
	// The page's main thread: the renderer's main thread with glossline's
	// marks on it (the first navigation, about:blank, may have another).
	var mt [2]int
	var nav float64
	for _, e := range evs {
		if main[[2]int{e.Pid, e.Tid}] && strings.HasPrefix(e.Name, "glossline:") {
			mt = [2]int{e.Pid, e.Tid}
		}
	}
	var on []traceEvent
	for _, e := range evs {
		if [2]int{e.Pid, e.Tid} != mt {
			continue
		}
		if e.Name == "navigationStart" && (nav == 0 || e.Ts > nav) {
			nav = e.Ts
		}
		on = append(on, e)
	}
	sort.SliceStable(on, func(i, j int) bool {
		if on[i].Ts != on[j].Ts {
			return on[i].Ts < on[j].Ts
		}
		return on[i].Dur > on[j].Dur
	})
	var tasks []Task
	taskEnd := 0.0
	for i, t := range on {
		if t.Ph != "X" || (t.Name != "ThreadControllerImpl::RunTask" && t.Name != "RunTask") || t.Ts < taskEnd {
			continue
		}
		end := t.Ts + t.Dur
		taskEnd = end
		if t.Dur < 50e3 || t.Ts < nav {
			continue
		}
		task := Task{StartMS: (t.Ts - nav) / 1000, DurMS: t.Dur / 1000, Parts: map[string]float64{}}
		// Self time: each complete event's duration less its complete
		// children's, on a stack.
		type open struct {
			name     string
			end, own float64
		}
		var stack []open
		pop := func(upto float64) {
			for len(stack) > 0 && stack[len(stack)-1].end <= upto {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				task.Parts[o.name] += o.own / 1000
			}
		}
		for _, e := range on[i+1:] {
			if e.Ts >= end {
				break
			}
			if e.Cat == "blink.user_timing" || strings.HasPrefix(e.Name, "glossline:") || e.Name == "JSON.parse" {
				if e.Name == "JSON.parse" || strings.HasPrefix(e.Name, "glossline:") {
					s := fmt.Sprintf("%s at %.0f", e.Name, (e.Ts-t.Ts)/1000)
					if e.Ph == "b" || e.Ph == "X" {
						s += fmt.Sprintf(" (%v)", e.Args["data"])
					}
					task.Marks = append(task.Marks, s)
				}
				continue
			}
			if e.Ph != "X" || e.Dur <= 0 {
				continue
			}
			pop(e.Ts)
			if len(stack) > 0 {
				stack[len(stack)-1].own -= e.Dur
			}
			stack = append(stack, open{e.Name, e.Ts + e.Dur, e.Dur})
		}
		pop(end + 1)
		tasks = append(tasks, task)
	}
	return tasks, nil
}

// writeTasks loads each eager real page runs times under Tracing, first
// visit and repeat visit, and prints its main-thread tasks of 50 ms or
// more with what ran in them (-tasks).
func writeTasks(ctx context.Context, base string, configs []config, runs int) error {
	for _, c := range eagerReal(configs) {
		for r := 0; r < runs; r++ {
			if err := clearCache(ctx); err != nil {
				return err
			}
			ts, err := measureTasks(ctx, base+"/"+c.dir+"/"+c.page)
			if err != nil {
				return fmt.Errorf("%s: %v", c.name, err)
			}
			fmt.Printf("%s, load %d: %d tasks ≥ 50 ms\n", c.name, r+1, len(ts))
			for _, t := range ts {
				fmt.Printf("  %.0f ms at %.0f:", t.DurMS, t.StartMS)
				type part struct {
					n  string
					ms float64
				}
				var ps []part
				for n, ms := range t.Parts {
					if ms >= 1 {
						ps = append(ps, part{n, ms})
					}
				}
				sort.Slice(ps, func(i, j int) bool { return ps[i].ms > ps[j].ms })
				for _, p := range ps {
					fmt.Printf(" %s %.1f;", p.n, p.ms)
				}
				fmt.Println()
				for _, m := range t.Marks {
					fmt.Println("    ", m)
				}
			}
		}
	}
	return nil
}

// loafProbe, in the loads of -frames only, keeps the page's long animation
// frames (the Long Animation Frames API: a frame's tasks, their scripts and
// its rendering) and its long tasks, with their times.
const loafProbe = `window.__glLoaf = []; window.__glLong = [];
new PerformanceObserver(l => { for (const e of l.getEntries()) __glLoaf.push({Start: e.startTime, Dur: e.duration, Blocking: e.blockingDuration,
  Render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0, StyleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
  Scripts: e.scripts.map(s => ({Invoker: s.invoker, Fn: s.sourceFunctionName, Dur: s.duration, Forced: s.forcedStyleAndLayoutDuration}))}); })
  .observe({type: 'long-animation-frame', buffered: true});
new PerformanceObserver(l => { for (const e of l.getEntries()) __glLong.push([e.startTime, e.duration]); }).observe({type: 'longtask', buffered: true});`

// Loaf is one long animation frame.
type Loaf struct {
	Start, Dur, Blocking, Render, StyleLayout float64
	Scripts                                   []struct {
		Invoker, Fn string
		Dur, Forced float64
	}
}

// writeFrames loads each eager real page runs times (first visits, caches
// emptied) and prints its long tasks and long animation frames, with the
// scripts that ran in them and their rendering, and glossline's marks
// (-frames).
func writeFrames(ctx context.Context, base string, configs []config, runs int) error {
	id, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: loafProbe + timeParse})
	if err != nil {
		return err
	}
	defer chromedp.Call(ctx, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: id.Identifier})
	for _, c := range eagerReal(configs) {
		for r := 0; r < runs; r++ {
			if err := clearCache(ctx); err != nil {
				return err
			}
			if _, _, err := loadPage(ctx, base+"/"+c.dir+"/"+c.page, false); err != nil {
				return err
			}
			type res struct {
				Loaf  []Loaf
				Long  [][2]float64
				Marks map[string]float64
				Parse [][3]float64
			}
			v, err := chromedp.Run(ctx, chromedp.Evaluate[res](`({Loaf: __glLoaf, Long: __glLong,
			  Marks: Object.fromEntries(performance.getEntriesByType('mark').filter(m => m.name.startsWith('glossline:')).map(m => [m.name.slice(10), m.startTime])),
			  Parse: performance.getEntriesByName('JSON.parse').map(e => [e.startTime, e.duration, e.detail])})`))
			if err != nil {
				return err
			}
			n := 0
			for _, l := range v.Long {
				if ownLong([][2]float64{l}, v.Marks) > 0 {
					n++
				}
			}
			longest := ownLong(v.Long, v.Marks)
			fmt.Printf("%s, load %d: glossline's long tasks %d, longest %.0f ms; apply %.0f ms; marks %v; JSON.parse (start, ms, chars) %v\n  long tasks:",
				c.name, r+1, n, longest, v.Marks["apply"]-v.Marks["analyze"], v.Marks, v.Parse)
			for _, l := range v.Long {
				fmt.Printf(" %.0f@%.0f", l[1], l[0])
			}
			fmt.Println()
			for _, l := range v.Loaf {
				if l.Blocking == 0 {
					continue
				}
				fmt.Printf("  frame @%.0f %.0f ms (blocking %.0f, rendering %.0f, style+layout %.0f):", l.Start, l.Dur, l.Blocking, l.Render, l.StyleLayout)
				for _, s := range l.Scripts {
					fmt.Printf(" [%s %s %.0f forced %.0f]", s.Invoker, s.Fn, s.Dur, s.Forced)
				}
				fmt.Println()
			}
		}
	}
	return nil
}

// eagerReal returns the rows of the eager real pages (the demo page and the
// 20× article), whose tasks -tasks and -frames break down.
func eagerReal(configs []config) []config {
	var out []config
	for _, c := range configs {
		if c.dir == "real" && !c.lazy && (c.page == "eager.html" || c.page == "long.html") {
			out = append(out, c)
		}
	}
	return out
}
