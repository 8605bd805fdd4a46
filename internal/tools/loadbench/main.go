// Command loadbench measures glossline in real headless Chromium: the time
// from navigation start to glossline:done and the longest main-thread task,
// for the demo page and an article twenty times longer, against two floors:
// the floor wasm (the same loader and page with a wasm that answers with an
// empty plan) and plain JavaScript (plain.js: a page that only walks the
// article's text nodes and wraps the very pieces glossline wraps there,
// captured from a real run first; no wasm, no worker). Eager pages are
// timed from navigation start; lazy pages (the article below the fold) from
// the reader's scroll to the article after idleMS of idle time (loadLazy).
// First visits are cold (HTTP cache disabled), the configurations taking
// turns so that they share the machine's noise; then repeat visits (cache
// on, after one priming load per page), taking turns among themselves.
// Then one more load per configuration measures memory after annotation
// from outside, over the DevTools protocol (see measureMemory), and one
// traced load per wasm page and visit where the compilation goes and
// whether V8's code cache was hit (measureCompile; -trace: only these).
// Two diagnostics of the page's long tasks, each instead of the report:
// -tasks traces the eager pages' loads and prints each main-thread task of
// 50 ms or more with the self time of what ran in it (measureTasks);
// -frames prints their long tasks and long animation frames, with the
// scripts and rendering in each (writeFrames). It
// prints a Markdown report, and with -json writes the figures for
// ./build.sh bench. Run it through ./build.sh loadbench or ./build.sh
// bench.
package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
	"github.com/glossline/glossline/internal/devserver"
)

const probe = `window.__gl = {at: 0, long: 0, tasks: []};
new PerformanceObserver(l => { for (const e of l.getEntries()) { __gl.long = Math.max(__gl.long, e.duration); __gl.tasks.push([e.startTime, e.duration]); } })
  .observe({type: 'longtask', buffered: true});
document.addEventListener('glossline:done', () => { if (!__gl.at) __gl.at = performance.now(); });`

// capture records, in the capture loads only, the wraps of the plan the
// loader parses: node index, UTF-16 start and end, element and class.
const capture = `(() => {
  const parse = JSON.parse;
  JSON.parse = function (s, r) {
    const v = parse.call(this, s, r);
    if (v && Array.isArray(v.wraps)) window.__glWraps = v.wraps.map(w => [w[0], w[1], w[2], w[3][0], (w[3][1] || {}).class || ""]);
    return v;
  };
})();`

//go:embed plain.js
var plainJS []byte

type config struct {
	name, dir, page string
	lazy            bool // lazy.html, lazy-long.html: timed from the scroll to the article (loadLazy)
}

// Row is one configuration's timings in milliseconds (medians over the runs).
type Row struct {
	Name                   string
	MedianMS, MinMS, MaxMS float64
	LongTaskMS             float64 // median of the longest task ≥ 50 ms per load; 0: none
	OwnLongTaskMS          float64 // the same, of the tasks in glossline's work on the page (ownLong)
	Stages                 map[string]float64
}

// Memory is one configuration's memory after annotation, in bytes, after a
// forced garbage collection in each isolate. Worker is false when the page
// ran no worker (plain JavaScript).
type Memory struct {
	Name       string
	PageHeap   float64 // used JS heap of the page
	Worker     bool
	WorkerHeap float64 // used JS heap of the worker
	WasmMemory float64 // the worker's WebAssembly linear memory
}

// Report is what -json writes.
type Report struct {
	Date, Chromium string
	Runs, CPUs     int
	Rows           []Row
	Memory         []Memory
	Compile        []Compile
	Wraps          map[string]int // wraps per page, as captured and replayed by plain.js
	LoadAvg        [2]string      // the machine's 1-minute load average at the start and the end of the run
}

// loadAvg is the 1-minute load average (Linux), "?" where it cannot be read.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}

func main() {
	log.SetFlags(0)
	dist := flag.String("dist", "dist", "built dist/ folder")
	floor := flag.String("floor", "", "floor wasm (built from internal/tools/loadbench/floor)")
	runs := flag.Int("runs", 9, "cold loads per configuration")
	chromium := flag.String("chromium", "/usr/bin/chromium", "Chromium binary")
	jsonOut := flag.String("json", "", "also write the figures as JSON to this file")
	traceOnly := flag.Bool("trace", false, "only the traced loads: the compilation table, first and repeat visit")
	framesOnly := flag.Bool("frames", false, "only loads of the eager pages (-runs each): their long tasks and long animation frames, with scripts and rendering")
	tasksOnly := flag.Bool("tasks", false, "only traced loads of the eager pages (-runs each): the page's main-thread tasks of 50 ms or more and what ran in them")
	flag.Parse()
	if *floor == "" {
		log.Fatal("loadbench: -floor is required")
	}
	if *runs < 1 {
		log.Fatal("loadbench: -runs must be at least 1")
	}

	startLoad := loadAvg()
	tmp, err := os.MkdirTemp("", "loadbench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	real, flr := filepath.Join(tmp, "real"), filepath.Join(tmp, "floor")
	for _, d := range []string{real, flr} {
		if err := copyDir(*dist, d); err != nil {
			log.Fatal(err)
		}
		if err := pages(d); err != nil {
			log.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(real, "plain.js"), plainJS, 0o644); err != nil {
		log.Fatal(err)
	}
	// The floor is served like the real wasm: brotli (quality 11).
	fw, err := os.ReadFile(*floor)
	if err != nil {
		log.Fatal(err)
	}
	var br bytes.Buffer
	w := brotli.NewWriterLevel(&br, brotli.BestCompression)
	w.Write(fw)
	w.Close()
	// The loader fetches the wasm by its content-hashed name (manifest.json).
	wasmName := "glossline.wasm"
	if m, err := os.ReadFile(filepath.Join(*dist, "manifest.json")); err == nil {
		var names map[string]string
		if json.Unmarshal(m, &names) == nil && names["glossline.wasm"] != "" {
			wasmName = names["glossline.wasm"]
		}
	}
	os.Remove(filepath.Join(flr, wasmName+".gz"))
	if err := os.WriteFile(filepath.Join(flr, wasmName), fw, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(flr, wasmName+".br"), br.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/real/", http.StripPrefix("/real", devserver.Handler(real)))
	mux.Handle("/floor/", http.StripPrefix("/floor", devserver.Handler(flr)))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	configs := []config{
		{"demo page", "real", "eager.html", false},
		{"demo page, floor wasm", "floor", "eager.html", false},
		{"demo page, plain JS", "real", "plain.html", false},
		{"20× article", "real", "long.html", false},
		{"20× article, floor wasm", "floor", "long.html", false},
		{"20× article, plain JS", "real", "plain-long.html", false},
		{"demo page, lazy", "real", "lazy.html", true},
		{"demo page, lazy, floor wasm", "floor", "lazy.html", true},
		{"20× article, lazy", "real", "lazy-long.html", true},
		{"20× article, lazy, floor wasm", "floor", "lazy-long.html", true},
	}
	// Repeat visits: the HTTP cache on (the hashed wasm is immutable, and V8
	// may keep compiled code beside it in the cache), one priming load per
	// page and a pause for V8 to write that code, then timed loads, the
	// pages taking turns. The URLs carry ?repeat so that their stage marks
	// are kept apart from the cold loads'.
	repeat := []config{
		{"demo page, repeat visit", "real", "eager.html?repeat", false},
		{"demo page, floor wasm, repeat visit", "floor", "eager.html?repeat", false},
		{"20× article, repeat visit", "real", "long.html?repeat", false},
		{"20× article, floor wasm, repeat visit", "floor", "long.html?repeat", false},
		{"demo page, lazy, repeat visit", "real", "lazy.html?repeat", true},
		{"demo page, lazy, floor wasm, repeat visit", "floor", "lazy.html?repeat", true},
		{"20× article, lazy, repeat visit", "real", "lazy-long.html?repeat", true},
		{"20× article, lazy, floor wasm, repeat visit", "floor", "lazy-long.html?repeat", true},
	}
	ctx, cancel := browser(*chromium)
	defer cancel()
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		log.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		log.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probe}); err != nil {
		log.Fatal(err)
	}
	if *framesOnly {
		if err := writeFrames(ctx, srv.URL, configs, *runs); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *tasksOnly {
		if err := writeTasks(ctx, srv.URL, configs, *runs); err != nil {
			log.Fatal(err)
		}
		return
	}
	if *traceOnly {
		comps, err := compileRows(ctx, srv.URL, configs, repeat)
		if err != nil {
			log.Fatal(err)
		}
		writeCompile(comps)
		return
	}
	wraps, err := plainPages(ctx, srv.URL, real)
	if err != nil {
		log.Fatal(err)
	}
	done := make([][]float64, len(configs))
	long := make([][]float64, len(configs))
	for r := 0; r < *runs+1; r++ { // the first round warms the machine up and is dropped
		for i, c := range configs {
			if err := clearCache(ctx); err != nil {
				log.Fatal(err)
			}
			at, lt, err := load(ctx, srv.URL+"/"+c.dir+"/"+c.page, c.lazy, r > 0)
			if err != nil {
				log.Fatalf("%s: %v", c.name, err)
			}
			if r > 0 {
				done[i] = append(done[i], at)
				long[i] = append(long[i], lt)
			}
		}
	}

	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: false}); err != nil {
		log.Fatal(err)
	}
	repeatDone, repeatLong := map[string][]float64{}, map[string][]float64{}
	for _, c := range repeat[:4] { // the lazy pages use the same files
		if _, _, err := loadPage(ctx, srv.URL+"/"+c.dir+"/"+c.page, false); err != nil {
			log.Fatalf("%s: %v", c.name, err)
		}
		time.Sleep(3 * time.Second)
	}
	for r := 0; r < *runs; r++ {
		for _, c := range repeat {
			at, lt, err := load(ctx, srv.URL+"/"+c.dir+"/"+c.page, c.lazy, true)
			if err != nil {
				log.Fatalf("%s: %v", c.name, err)
			}
			repeatDone[c.name] = append(repeatDone[c.name], at)
			repeatLong[c.name] = append(repeatLong[c.name], lt)
		}
	}
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		log.Fatal(err)
	}

	var mems []Memory
	for _, c := range configs {
		if c.lazy {
			continue // the same files as the eager pages
		}
		m, err := measureMemory(ctx, srv.URL+"/"+c.dir+"/"+c.page)
		if err != nil {
			log.Fatalf("%s: memory: %v", c.name, err)
		}
		m.Name = c.name
		mems = append(mems, m)
	}

	comps, err := compileRows(ctx, srv.URL, configs, repeat)
	if err != nil {
		log.Fatal(err)
	}

	rep := Report{Date: time.Now().UTC().Format("2006-01-02"), Chromium: version(ctx), Runs: *runs, CPUs: runtime.NumCPU(), Memory: mems, Compile: comps,
		Wraps: map[string]int{"demo page": wraps["eager.html"], "20× article": wraps["long.html"]}, LoadAvg: [2]string{startLoad, loadAvg()}}
	for i, c := range configs {
		r := Row{Name: c.name, MedianMS: median(done[i]), MinMS: slices.Min(done[i]), MaxMS: slices.Max(done[i]), LongTaskMS: median(long[i]), OwnLongTaskMS: median(owns[srv.URL+"/"+c.dir+"/"+c.page]), Stages: map[string]float64{}}
		for _, st := range []string{"ready", "walk", "analyze", "apply", "warm"} {
			r.Stages[st] = median(stages[srv.URL+"/"+c.dir+"/"+c.page+" "+st])
		}
		rep.Rows = append(rep.Rows, r)
	}
	for _, c := range repeat {
		d := repeatDone[c.name]
		r := Row{Name: c.name, MedianMS: median(d), MinMS: slices.Min(d), MaxMS: slices.Max(d), LongTaskMS: median(repeatLong[c.name]), OwnLongTaskMS: median(owns[srv.URL+"/"+c.dir+"/"+c.page]), Stages: map[string]float64{}}
		for _, st := range []string{"ready", "walk", "analyze", "apply", "warm"} {
			r.Stages[st] = median(stages[srv.URL+"/"+c.dir+"/"+c.page+" "+st])
		}
		rep.Rows = append(rep.Rows, r)
	}
	writeMarkdown(rep)
	if *jsonOut != "" {
		b, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*jsonOut, b, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

func writeMarkdown(rep Report) {
	fmt.Printf("Measured %s with %s, %d loads per row; first visits cold (the browser's HTTP and code caches emptied before each, HTTP cache disabled), all first-visit rows interleaved, "+
		"then all repeat-visit rows interleaved; %d CPUs, shared: the 1-minute load average was %s at the start of the run and %s at its end.\n\n",
		rep.Date, rep.Chromium, rep.Runs, rep.CPUs, rep.LoadAvg[0], rep.LoadAvg[1])
	fmt.Println("| page | median ms to glossline:done | min–max | longest task (ms, median) | longest task of glossline's (ms, median) |")
	fmt.Println("|---|---|---|---|---|")
	for _, r := range rep.Rows {
		fmt.Printf("| %s | %.0f | %.0f–%.0f | %s | %s |\n", r.Name, r.MedianMS, r.MinMS, r.MaxMS, longTask(r.LongTaskMS), longTask(r.OwnLongTaskMS))
	}
	fmt.Println("\nLongest task: any task of the page's thread from navigation start to glossline:done (the Long Tasks API); of glossline's: " +
		"those that overlap glossline's work on the page's thread — the walk of the article, and the application of the plan from the task that parses it " +
		"to 100 ms after glossline:done (the rendering of its last changes).")
	ms := map[string]float64{}
	for _, r := range rep.Rows {
		ms[r.Name] = r.MedianMS
	}
	ratio := func(a, b string) float64 { return ms[a] / ms[b] }
	fmt.Println()
	fmt.Printf("Ratio glossline / floor wasm, first visit: demo page %.2f×, 20× article %.2f×\n\n",
		ratio("demo page", "demo page, floor wasm"), ratio("20× article", "20× article, floor wasm"))
	fmt.Printf("Ratio glossline / floor wasm, repeat visit: demo page %.2f×, 20× article %.2f×\n\n",
		ratio("demo page, repeat visit", "demo page, floor wasm, repeat visit"), ratio("20× article, repeat visit", "20× article, floor wasm, repeat visit"))
	fmt.Println("Targets (issue 19): first visit ≤ 1.6× (demo page) and ≤ 2.5× (20× article); repeat visit ≤ 1.3× and ≤ 2×. " +
		"Each ratio is against the floor's own first or repeat visit, eager pages (`data-load=\"eager\"`).")
	fmt.Printf("\nLazy pages (`data-load` lazy, the default; the article 3000 px below the fold; the reader scrolls to it %d ms after navigation start, "+
		"the idle time in which the loader loads and warms up Go; ms from the scroll to glossline:done): glossline / floor wasm, "+
		"first visit: demo page %.2f×, 20× article %.2f×; repeat visit: demo page %.2f×, 20× article %.2f×.\n", idleMS,
		ratio("demo page, lazy", "demo page, lazy, floor wasm"), ratio("20× article, lazy", "20× article, lazy, floor wasm"),
		ratio("demo page, lazy, repeat visit", "demo page, lazy, floor wasm, repeat visit"), ratio("20× article, lazy, repeat visit", "20× article, lazy, floor wasm, repeat visit"))
	fmt.Printf("\nRatio glossline / plain JS, first visit: demo page %.2f×, 20× article %.2f×. "+
		"The plain-JS rows replay glossline's own wraps (%d on the demo page, %d on the 20× article), captured from a real load.\n",
		ratio("demo page", "demo page, plain JS"), ratio("20× article", "20× article, plain JS"), rep.Wraps["demo page"], rep.Wraps["20× article"])
	fmt.Println("\nWhere the time goes (median ms per stage, from the loader's performance marks; the first stage counts from navigation start, " +
		"on lazy rows from the scroll; plain JS: \"analyze\" is reading its list of wraps; lazy rows: when the warm-up call ended, from navigation start; " +
		"glossline's \"apply\" is wall time: on a long article it marks the text in slices of 2 to 8 ms with a frame between two (the page's tasks and frames, and their layout), " +
		"and the longest task above is what blocks the page):")
	fmt.Println()
	fmt.Println("| page | wasm ready | walk | analyze (Go) | apply | warm-up done |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, r := range rep.Rows {
		fmt.Printf("| %s |", r.Name)
		for _, st := range []string{"ready", "walk", "analyze", "apply"} {
			fmt.Printf(" %.0f |", r.Stages[st])
		}
		if w, ok := r.Stages["warm"]; ok && w > 0 {
			fmt.Printf(" %.0f |\n", w)
		} else {
			fmt.Println(" – |")
		}
	}
	fmt.Println("\nMemory after annotation (one more load per eager first-visit row, after a forced garbage collection in each isolate; MB of 10⁶ bytes):")
	fmt.Println()
	fmt.Println("| page | page JS heap | worker JS heap | wasm linear memory |")
	fmt.Println("|---|---|---|---|")
	for _, m := range rep.Memory {
		if m.Worker {
			fmt.Printf("| %s | %.1f | %.1f | %.1f |\n", m.Name, m.PageHeap/1e6, m.WorkerHeap/1e6, m.WasmMemory/1e6)
		} else {
			fmt.Printf("| %s | %.1f | – | – |\n", m.Name, m.PageHeap/1e6)
		}
	}
	writeCompile(rep.Compile)
}

// writeCompile prints the compilation table.
func writeCompile(comps []Compile) {
	fmt.Println("\nCompilation in the analysis (one more load per eager wasm row, first and repeat visit, traced; ms of wall time): V8 compiles each wasm function " +
		"when it is first called, with its baseline compiler on the worker's thread, and recompiles functions that turn hot with " +
		"TurboFan on other threads, which share the machine's cores with the worker. The worker compiles the module from its streamed " +
		"fetch; on a repeat visit V8 can take the module's code from its code cache, beside the HTTP-cached file " +
		"(\"code cache\": the trace's v8.wasm.moduleCacheHit). The last column is the page's main thread taking in a streamed module " +
		"(v8.wasm.compileConsume, summed over the load): 0 while the worker compiles; 34–93 ms a load when the page compiled it (tried in issue 19, reverted):")
	fmt.Println()
	fmt.Println("| page | analysis task on the worker | lazy baseline compilation in it (functions) | TurboFan compilation on other threads meanwhile | functions TurboFan compiled in the whole load | compiled from a stream | code cache | main thread taking in the stream |")
	fmt.Println("|---|---|---|---|---|---|---|---|")
	yes := map[bool]string{true: "yes", false: "no"}
	for _, c := range comps {
		fmt.Printf("| %s | %.0f | %.0f (%d) | %.0f | %d | %s | %s | %.0f |\n", c.Name, c.CallMS, c.LazyMS, c.LazyFuncs, c.TurboMS, c.TurboFuncs,
			yes[c.Streamed], map[bool]string{true: "hit", false: "miss"}[c.CacheHit], c.ConsumeMS)
	}
}

// compileRows traces one load per eager wasm page, first visit (caches
// emptied, HTTP cache disabled), then repeat visit (cache on, after one
// priming load per page).
func compileRows(ctx context.Context, base string, configs, repeat []config) ([]Compile, error) {
	var comps []Compile
	for _, cached := range []bool{false, true} {
		if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: !cached}); err != nil {
			return nil, err
		}
		cs := configs
		if cached {
			cs = repeat[:4]
			// The first visits emptied the caches: one priming load per
			// page, and time for V8 to write its code cache entry.
			for _, c := range cs {
				if _, _, err := loadPage(ctx, base+"/"+c.dir+"/"+c.page, false); err != nil {
					return nil, fmt.Errorf("%s: %v", c.name, err)
				}
				time.Sleep(3 * time.Second)
			}
		}
		for _, c := range cs {
			if c.lazy || (c.page != "eager.html" && c.page != "long.html" && !cached) {
				continue // plain JS: no worker, no wasm; lazy: the same files
			}
			if !cached {
				if err := clearCache(ctx); err != nil {
					return nil, err
				}
			}
			m, err := measureCompile(ctx, base+"/"+c.dir+"/"+c.page)
			if err != nil {
				return nil, fmt.Errorf("%s: trace: %v", c.name, err)
			}
			m.Name = c.name
			comps = append(comps, m)
		}
	}
	return comps, nil
}

func longTask(ms float64) string {
	if ms == 0 {
		return "none ≥ 50"
	}
	return fmt.Sprintf("%.0f", ms)
}

// loadPage navigates to url and waits for glossline:done; record says
// whether its stage marks go into stages.
func loadPage(ctx context.Context, url string, record bool) (at, long float64, err error) {
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(url)); err != nil {
		return 0, 0, err
	}
	type res struct {
		At, Long float64
		Marks    map[string]float64
		Tasks    [][2]float64
	}
	r, err := chromedp.Run(ctx, chromedp.Evaluate[res](`new Promise((ok, fail) => {
	  const t0 = Date.now();
	  (function poll() {
	    if (__gl.at) return setTimeout(() => ok({At: __gl.at, Long: __gl.long, Tasks: __gl.tasks,
	      Marks: Object.fromEntries(performance.getEntriesByType('mark').filter(m => m.name.startsWith('glossline:')).map(m => [m.name.slice(10), m.startTime]))}), 100);
	    if (Date.now() - t0 > 60000) return fail(new Error('no glossline:done'));
	    setTimeout(poll, 5);
	  })();
	})`, chromedp.EvalAwaitPromise))
	if err == nil && record {
		owns[url] = append(owns[url], ownLong(r.Tasks, r.Marks))
		prev := 0.0
		for _, st := range []string{"ready", "walk", "analyze", "apply"} {
			if t, ok := r.Marks[st]; ok {
				stages[url+" "+st] = append(stages[url+" "+st], t-prev)
				prev = t
			}
		}
	}
	return r.At, r.Long, err
}

// clearCache empties the browser's HTTP cache and with it V8's code cache
// before a first visit. Network.setCacheDisabled alone does not make a
// first visit: it holds for the page's own requests, not for the worker's,
// whose fetch of the wasm then came from the HTTP cache, and whose
// compilation from V8's code cache (a trace shows v8.wasm.moduleCacheHit in
// such "cold" loads).
func clearCache(ctx context.Context) error {
	_, err := chromedp.Call(ctx, network.ClearBrowserCache, cdp.Empty{})
	return err
}

// load loads one page: loadLazy for a lazy one, else loadPage.
func load(ctx context.Context, url string, lazy, record bool) (at, long float64, err error) {
	if lazy {
		return loadLazy(ctx, url, record)
	}
	return loadPage(ctx, url, record)
}

// idleMS is how long a lazy page is left alone before the reader scrolls
// to its article: the idle time in which the loader loads Go and warms it
// up.
const idleMS = 3000

// loadLazy navigates to a lazy page (its article below the fold), leaves
// it idle until idleMS after navigation start, then scrolls the article
// into view and waits for glossline:done. The time is from the scroll to
// glossline:done, what the reader waits for; the stages count from the
// scroll too. A page that annotated before the scroll is an error: the
// row would not measure what it says.
func loadLazy(ctx context.Context, url string, record bool) (at, long float64, err error) {
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(url)); err != nil {
		return 0, 0, err
	}
	type res struct {
		At, Long, Scroll float64
		Early            bool
		Marks            map[string]float64
		Tasks            [][2]float64
	}
	r, err := chromedp.Run(ctx, chromedp.Evaluate[res](`new Promise((ok, fail) => {
	  const t0 = Date.now();
	  let scroll = 0, early = false;
	  (function poll() {
	    if (!scroll && performance.now() >= `+fmt.Sprint(idleMS)+`) {
	      early = !!__gl.at;
	      scroll = performance.now();
	      document.querySelector('article').scrollIntoView();
	    }
	    if (scroll && __gl.at) return setTimeout(() => ok({At: __gl.at, Long: __gl.long, Tasks: __gl.tasks, Scroll: scroll, Early: early,
	      Marks: Object.fromEntries(performance.getEntriesByType('mark').filter(m => m.name.startsWith('glossline:')).map(m => [m.name.slice(10), m.startTime]))}), 100);
	    if (Date.now() - t0 > 60000) return fail(new Error('no glossline:done'));
	    setTimeout(poll, 5);
	  })();
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		return 0, 0, err
	}
	if r.Early {
		return 0, 0, fmt.Errorf("annotated before the scroll")
	}
	if record {
		owns[url] = append(owns[url], ownLong(r.Tasks, r.Marks))
		prev := r.Scroll
		for _, st := range []string{"ready", "walk", "analyze", "apply"} {
			if t, ok := r.Marks[st]; ok {
				stages[url+" "+st] = append(stages[url+" "+st], t-prev)
				prev = t
			}
		}
		if t, ok := r.Marks["warm"]; ok {
			stages[url+" warm"] = append(stages[url+" warm"], t)
		}
	}
	return r.At - r.Scroll, r.Long, nil
}

// stages collects, per page and stage, the milliseconds since the previous
// mark (the first stage: since navigation start).
var stages = map[string][]float64{}

// owns collects, per page, the longest task of glossline's per load
// (ownLong).
var owns = map[string][]float64{}

// ownLong is the longest of a load's tasks of 50 ms or more (start and
// duration, ms) that are glossline's work on the page: those that overlap
// the walk (from glossline:ready to glossline:walk, one task) or the
// application of the plan (from glossline:analyze, in the task that
// parsed it, to 100 ms after glossline:apply: the last frame's
// rendering). 0: none.
func ownLong(tasks [][2]float64, marks map[string]float64) float64 {
	long := 0.0
	for _, t := range tasks {
		end := t[0] + t[1]
		if t[0] <= marks["walk"] && end >= marks["ready"] || t[0] <= marks["apply"]+100 && end >= marks["analyze"] {
			long = max(long, t[1])
		}
	}
	return long
}

func browser(path string) (context.Context, context.CancelFunc) {
	dir, _ := os.MkdirTemp("", "loadbench-profile")
	actx, cancelA := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(dir), chromedp.WindowSize(1280, 900), chromedp.Flag("js-flags", os.Getenv("LOADBENCH_JS_FLAGS")))
	ctx, cancelC := chromedp.NewContext(actx)
	return ctx, func() { cancelC(); cancelA(); os.RemoveAll(dir) }
}

func version(ctx context.Context) string {
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] || navigator.userAgent`))
	if err != nil {
		return "Chromium"
	}
	return strings.Replace(v, "Chrome/", "headless Chromium ", 1)
}

// plainPages loads the real demo page and 20× article once each with the
// capture script, and writes plain.html and plain-long.html into dir: the
// same pages with plain.js instead of the loader and glossline's wraps
// embedded as JSON. It returns the number of wraps per page.
func plainPages(ctx context.Context, base, dir string) (map[string]int, error) {
	id, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: capture})
	if err != nil {
		return nil, err
	}
	defer chromedp.Call(ctx, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: id.Identifier})
	n := map[string]int{}
	for _, p := range [][2]string{{"eager.html", "plain.html"}, {"long.html", "plain-long.html"}} {
		if _, _, err := loadPage(ctx, base+"/real/"+p[0], false); err != nil {
			return nil, err
		}
		wraps, err := chromedp.Run(ctx, chromedp.Evaluate[[]json.RawMessage](`window.__glWraps || []`))
		if err != nil {
			return nil, err
		}
		if len(wraps) == 0 {
			return nil, fmt.Errorf("%s: no wraps captured", p[0])
		}
		n[p[0]] = len(wraps)
		data, err := os.ReadFile(filepath.Join(dir, p[0]))
		if err != nil {
			return nil, err
		}
		list, err := json.Marshal(wraps) // escapes <, > and &
		if err != nil {
			return nil, err
		}
		const tag = `<script src="glossline.js" defer data-load="eager"`
		html := strings.Replace(string(data), tag, `<script type="application/json" id="plain-wraps">`+string(list)+`</script><script src="plain.js" defer`, 1)
		if html == string(data) {
			return nil, fmt.Errorf("%s: no loader script tag", p[0])
		}
		if err := os.WriteFile(filepath.Join(dir, p[1]), []byte(html), 0o644); err != nil {
			return nil, err
		}
	}
	return n, nil
}

// measureMemory loads url once more and reads, from outside the page (no
// shipped file changes), after HeapProfiler.collectGarbage in each isolate:
// the page's used JS heap (Runtime.getHeapUsage), and in the worker target
// (attached through Target.attachedToTarget, which chromedp's auto-attach
// reports) its used JS heap and the byte length of every
// WebAssembly.Memory in its heap (Runtime.queryObjects on
// WebAssembly.Memory.prototype; the Go runtime's linear memory is the one).
func measureMemory(ctx context.Context, url string) (Memory, error) {
	var m Memory
	evctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := make(chan target.ID, 16)
	go func() {
		for ev, err := range chromedp.Events(evctx, target.AttachedToTarget) {
			if err != nil {
				return
			}
			if ev.TargetInfo != nil && ev.TargetInfo.Type == "worker" {
				select {
				case workers <- ev.TargetInfo.TargetID:
				default:
				}
			}
		}
	}()
	if _, _, err := loadPage(ctx, url, false); err != nil {
		return m, err
	}
	heap := func(ctx context.Context) (float64, error) {
		if _, err := chromedp.Call(ctx, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
			return 0, err
		}
		u, err := chromedp.Call(ctx, cdpruntime.GetHeapUsage, cdp.Empty{})
		return u.UsedSize, err
	}
	var err error
	if m.PageHeap, err = heap(ctx); err != nil {
		return m, err
	}
	var id target.ID
	for drained := false; !drained; {
		select {
		case id = <-workers:
		case <-time.After(300 * time.Millisecond):
			drained = true
		}
	}
	if id == "" {
		return m, nil
	}
	wctx, wcancel := chromedp.NewContext(ctx, chromedp.WithTargetID(id))
	defer wcancel()
	m.Worker = true
	if m.WorkerHeap, err = heap(wctx); err != nil {
		return m, fmt.Errorf("worker: %w", err)
	}
	proto, err := chromedp.Call(wctx, cdpruntime.Evaluate, cdpruntime.EvaluateParams{Expression: "WebAssembly.Memory.prototype", ObjectGroup: "loadbench"})
	if err != nil {
		return m, fmt.Errorf("worker: %w", err)
	}
	objs, err := chromedp.Call(wctx, cdpruntime.QueryObjects, cdpruntime.QueryObjectsParams{PrototypeObjectID: proto.Result.ObjectID, ObjectGroup: "loadbench"})
	if err != nil {
		return m, fmt.Errorf("worker: queryObjects: %w", err)
	}
	byValue := true
	sum, err := chromedp.Call(wctx, cdpruntime.CallFunctionOn, cdpruntime.CallFunctionOnParams{
		FunctionDeclaration: "function () { return this.reduce((s, m) => s + m.buffer.byteLength, 0); }",
		ObjectID:            objs.Objects.ObjectID, ReturnByValue: &byValue})
	if err != nil {
		return m, fmt.Errorf("worker: %w", err)
	}
	chromedp.Call(wctx, cdpruntime.ReleaseObjectGroup, cdpruntime.ReleaseObjectGroupParams{ObjectGroup: "loadbench"})
	if err := json.Unmarshal(sum.Result.Value, &m.WasmMemory); err != nil {
		return m, fmt.Errorf("worker: wasm memory %s: %w", sum.Result.Value, err)
	}
	return m, nil
}

// pages writes eager.html (the demo page, loading at once) and long.html
// (its article twenty times) into dir.
func pages(dir string) error {
	data, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return err
	}
	demo := strings.Replace(string(data), `<script src="glossline.js" defer`, `<script src="glossline.js" defer data-load="eager"`, 1)
	if demo == string(data) {
		return fmt.Errorf("index.html: no loader script tag to make eager")
	}
	start := strings.Index(demo, "<article>") + len("<article>")
	end := strings.Index(demo, "</article>")
	if start < len("<article>") || end < start {
		return fmt.Errorf("index.html: no <article>")
	}
	long := demo[:start] + strings.Repeat(demo[start:end], 20) + demo[end:]
	// The lazy pages load as the demo does (data-load lazy, the default),
	// with the article below the fold: 3000 px of nothing at the top of
	// <body>, further than the loader's 600 px margin beyond a 900 px
	// window.
	const spacer = `<body><div style="height:3000px"></div>`
	lazy := strings.Replace(string(data), "<body>", spacer, 1)
	lazyLong := strings.Replace(strings.Replace(long, `<script src="glossline.js" defer data-load="eager"`, `<script src="glossline.js" defer`, 1), "<body>", spacer, 1)
	if !strings.Contains(lazy, spacer) || !strings.Contains(lazyLong, spacer) || strings.Contains(lazyLong, "eager") {
		return fmt.Errorf("index.html: cannot make the lazy pages")
	}
	for name, html := range map[string]string{"eager.html": demo, "long.html": long, "lazy.html": lazy, "lazy-long.html": lazyLong} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(html), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func copyDir(from, to string) error {
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		if err := copyFile(filepath.Join(from, e.Name()), filepath.Join(to, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

// Compile is where the worker's analysis call spent its time, from one
// traced load: V8 compiles a wasm function the first time it is called
// (lazily, with its baseline compiler Liftoff, on the calling thread), and
// compiles functions that turn hot again with TurboFan on other threads,
// which compete with the worker for the machine's cores.
type Compile struct {
	Name       string
	CallMS     float64 // the worker's task that ran the analysis (its last postMessage)
	LazyMS     float64 // lazy (Liftoff) compilation inside that task
	LazyFuncs  int     // functions compiled lazily inside that task
	TurboMS    float64 // TurboFan compilation on other threads while the task ran
	TurboFuncs int     // functions TurboFan compiled during the whole load
	CacheHit   bool    // the module came from V8's code cache (v8.wasm.moduleCacheHit)
	Cached     bool    // the load wrote the module to the code cache (v8.wasm.cachedModule)
	Streamed   bool    // the module was compiled from a streamed response (v8.wasm.streamFromResponseCallback)
	ConsumeMS  float64 // the page's main thread taking in the streamed bytes (v8.wasm.compileConsume), the whole load
}

// traceEvent is the part of a Chrome trace event that measureCompile reads.
type traceEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat"`
	Ph   string         `json:"ph"`
	Pid  int            `json:"pid"`
	Tid  int            `json:"tid"`
	Ts   float64        `json:"ts"`  // µs
	Dur  float64        `json:"dur"` // µs
	Args map[string]any `json:"args"`
}

// measureCompile loads url once more under Tracing (V8's wasm and TurboFan
// categories) and sums, inside the worker's analysis task (the last
// HandlePostMessage on the worker thread), the wasm.CompileLazy events of
// that thread, and the V8.WasmOptimization time of other threads that
// overlaps it.
func measureCompile(ctx context.Context, url string) (Compile, error) {
	var c Compile
	raw, err := traceLoad(ctx, url, []string{"devtools.timeline", "disabled-by-default-devtools.timeline", "v8.wasm", "disabled-by-default-v8.wasm.detailed", "disabled-by-default-v8.wasm.turbofan", "__metadata"})
	if err != nil {
		return c, err
	}
	var evs []traceEvent
	worker, pageMain := map[[2]int]bool{}, map[[2]int]bool{}
	for _, b := range raw {
		var e traceEvent
		if json.Unmarshal(b, &e) != nil {
			continue
		}
		if e.Ph == "M" && e.Name == "thread_name" && strings.Contains(fmt.Sprint(e.Args["name"]), "DedicatedWorker") {
			worker[[2]int{e.Pid, e.Tid}] = true
		}
		if e.Ph == "M" && e.Name == "thread_name" && fmt.Sprint(e.Args["name"]) == "CrRendererMain" {
			pageMain[[2]int{e.Pid, e.Tid}] = true
		}
		evs = append(evs, e)
	}
	var call *traceEvent
	for i, e := range evs {
		if e.Ph == "X" && e.Name == "HandlePostMessage" && worker[[2]int{e.Pid, e.Tid}] && (call == nil || e.Ts > call.Ts) {
			call = &evs[i]
		}
	}
	if call == nil {
		return c, fmt.Errorf("no analysis task on a worker thread in the trace")
	}
	end := call.Ts + call.Dur
	c.CallMS = call.Dur / 1000
	for _, e := range evs {
		if e.Ph != "X" && !strings.HasPrefix(e.Name, "v8.wasm.") {
			continue
		}
		switch {
		case e.Name == "wasm.CompileLazy" && e.Pid == call.Pid && e.Tid == call.Tid && e.Ts >= call.Ts && e.Ts < end:
			c.LazyMS += e.Dur / 1000
			c.LazyFuncs++
		case e.Name == "v8.wasm.compileConsume" && e.Ph == "X" && pageMain[[2]int{e.Pid, e.Tid}]:
			c.ConsumeMS += e.Dur / 1000
		case e.Name == "v8.wasm.moduleCacheHit":
			c.CacheHit = true
		case e.Name == "v8.wasm.cachedModule":
			c.Cached = true
		case e.Name == "v8.wasm.streamFromResponseCallback":
			c.Streamed = true
		case e.Name == "V8.WasmOptimization":
			c.TurboFuncs++
			if s, t := max(e.Ts, call.Ts), min(e.Ts+e.Dur, end); t > s {
				c.TurboMS += (t - s) / 1000
			}
		}
	}
	return c, nil
}

// traceLoad loads url once under Tracing with the categories cats and
// returns the trace's events, each as its JSON.
func traceLoad(ctx context.Context, url string, cats []string) ([][]byte, error) {
	var mu sync.Mutex
	var raw [][]byte
	done := make(chan struct{})
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if err := chromedp.Listen(lctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range ev.Value {
				raw = append(raw, append([]byte(nil), v...))
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	}); err != nil {
		return nil, err
	}
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig: &tracing.TraceConfig{IncludedCategories: cats, ExcludedCategories: []string{"*"}}}); err != nil {
		return nil, err
	}
	_, _, err := loadPage(ctx, url, false)
	if _, err2 := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err == nil {
		err = err2
	}
	if err != nil {
		return nil, err
	}
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		return nil, fmt.Errorf("trace did not complete")
	}
	mu.Lock()
	defer mu.Unlock()
	return raw, nil
}
