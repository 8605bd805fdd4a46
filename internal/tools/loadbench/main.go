// Command loadbench measures glossline in real headless Chromium: the time
// from navigation start to glossline:done and the longest main-thread task,
// for the demo page and an article twenty times longer, against the floor
// (the same loader and page with a wasm that answers with an empty plan).
// Every load is cold (HTTP cache disabled) and the configurations take
// turns, so that they share the machine's noise. It prints a Markdown
// report. Run it through ./build.sh loadbench.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/glossline/glossline/internal/devserver"
)

const probe = `window.__gl = {at: 0, long: 0};
new PerformanceObserver(l => { for (const e of l.getEntries()) __gl.long = Math.max(__gl.long, e.duration); })
  .observe({type: 'longtask', buffered: true});
document.addEventListener('glossline:done', () => { if (!__gl.at) __gl.at = performance.now(); });`

type config struct {
	name, dir, page string
}

func main() {
	log.SetFlags(0)
	dist := flag.String("dist", "dist", "built dist/ folder")
	floor := flag.String("floor", "", "floor wasm (built from internal/tools/loadbench/floor)")
	runs := flag.Int("runs", 9, "cold loads per configuration")
	chromium := flag.String("chromium", "/usr/bin/chromium", "Chromium binary")
	flag.Parse()
	if *floor == "" {
		log.Fatal("loadbench: -floor is required")
	}

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
		{"demo page", "real", "eager.html"},
		{"demo page, floor", "floor", "eager.html"},
		{"20× article", "real", "long.html"},
		{"20× article, floor", "floor", "long.html"},
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
	done := make([][]float64, len(configs))
	long := make([][]float64, len(configs))
	for r := 0; r < *runs+1; r++ { // the first round warms the machine up and is dropped
		for i, c := range configs {
			at, lt, err := load(ctx, srv.URL+"/"+c.dir+"/"+c.page)
			if err != nil {
				log.Fatalf("%s: %v", c.name, err)
			}
			if r > 0 {
				done[i] = append(done[i], at)
				long[i] = append(long[i], lt)
			}
		}
	}

	fmt.Printf("Measured %s with %s, %d cold loads per row (cache disabled), rows interleaved; %d CPUs.\n\n",
		time.Now().UTC().Format("2006-01-02"), version(ctx), *runs, runtime.NumCPU())
	fmt.Println("| page | median ms to glossline:done | min–max | longest task (ms, median) |")
	fmt.Println("|---|---|---|---|")
	for i, c := range configs {
		fmt.Printf("| %s | %.0f | %.0f–%.0f | %s |\n", c.name, median(done[i]), minOf(done[i]), maxOf(done[i]), longTask(median(long[i])))
	}
	fmt.Printf("\nRatio glossline / floor: demo page %.2f×, 20× article %.2f× (target ≤ 1.3×).\n",
		median(done[0])/median(done[1]), median(done[2])/median(done[3]))
	fmt.Println("\nWhere the time goes (median ms per stage, from the loader's performance marks; the first stage counts from navigation start):")
	fmt.Println()
	fmt.Println("| page | wasm ready (from navigation start) | walk | analyze (Go) | apply |")
	fmt.Println("|---|---|---|---|---|")
	for _, c := range configs {
		url := srv.URL + "/" + c.dir + "/" + c.page
		fmt.Printf("| %s |", c.name)
		for _, st := range []string{"ready", "walk", "analyze", "apply"} {
			fmt.Printf(" %.0f |", median(stages[url+" "+st]))
		}
		fmt.Println()
	}
}

func longTask(ms float64) string {
	if ms == 0 {
		return "none ≥ 50"
	}
	return fmt.Sprintf("%.0f", ms)
}

func load(ctx context.Context, url string) (at, long float64, err error) {
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(url)); err != nil {
		return 0, 0, err
	}
	type res struct {
		At, Long float64
		Marks    map[string]float64
	}
	r, err := chromedp.Run(ctx, chromedp.Evaluate[res](`new Promise((ok, fail) => {
	  const t0 = Date.now();
	  (function poll() {
	    if (__gl.at) return setTimeout(() => ok({At: __gl.at, Long: __gl.long,
	      Marks: Object.fromEntries(performance.getEntriesByType('mark').filter(m => m.name.startsWith('glossline:')).map(m => [m.name.slice(10), m.startTime]))}), 100);
	    if (Date.now() - t0 > 60000) return fail(new Error('no glossline:done'));
	    setTimeout(poll, 5);
	  })();
	})`, chromedp.EvalAwaitPromise))
	if err == nil && stages != nil {
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

// stages collects, per page and stage, the milliseconds since the previous
// mark (the first stage: since navigation start).
var stages = map[string][]float64{}

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
	if err := os.WriteFile(filepath.Join(dir, "eager.html"), []byte(demo), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "long.html"), []byte(long), 0o644)
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

func minOf(xs []float64) float64 { s := append([]float64(nil), xs...); sort.Float64s(s); return s[0] }
func maxOf(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)-1]
}
