//go:build e2e

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/glossline/glossline/internal/shared"
)

// TestExtensionEngineMeasure compares the two places the extension's wasm
// could run in Chromium (docs/EXTENSION.md, "Where the engine runs"): the
// offscreen document the extension uses (its glossline worker), and the
// service worker itself (Go's runner imported into background.js, as a
// test-only copy does). For each, in a fresh browser: the first article
// (start and analysis) and the next one (warm), on the seed article and on
// it twenty times over. It logs the figures and checks that both engines
// give the same plan; run it with GLOSSLINE_MEASURE=1 (-v for the figures;
// GLOSSLINE_MEASURE=N for N runs, at least 3).
func TestExtensionEngineMeasure(t *testing.T) {
	if os.Getenv("GLOSSLINE_MEASURE") == "" {
		t.Skip("a measurement: GLOSSLINE_MEASURE=1 runs it")
	}
	art, err := os.ReadFile(filepath.Join(shared.Dir(t), "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		t.Skip(err)
	}
	// The loader's node list (web/glossline.js, walk): each paragraph one
	// text node that starts a block ("A", text, NUL).
	var nodes strings.Builder
	for _, p := range strings.Split(string(art), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			nodes.WriteString("A" + strings.ReplaceAll(p, "\x00", "") + "\x00")
		}
	}
	text := nodes.String()
	long := strings.Repeat(text, 20)
	opts := `{lang: "", pageLang: "de", target: "", ref: "", dates: "", ld: "", mark: "", glossary: "", lookup: ""}`
	type run struct{ Start, First, Warm, Long float64 }
	var sw, off []run
	runs, _ := strconv.Atoi(os.Getenv("GLOSSLINE_MEASURE"))
	for i := range max(runs, 3) {
		ext := testExtension(t)
		bg := filepath.Join(ext, "background.js")
		src, err := os.ReadFile(bg)
		if err != nil {
			t.Fatal(err)
		}
		// Go's runner in the service worker: importScripts works only while
		// the worker's script is first evaluated.
		pre := `importScripts("assets.js"); importScripts("glossline/" + self.glosslineAssets["wasm_exec.js"]);` + "\n"
		if err := os.WriteFile(bg, append([]byte(pre), src...), 0o644); err != nil {
			t.Fatal(err)
		}
		ctx := extBrowser(t, ext, 3*time.Minute)
		wctx := extWorker(t, ctx)
		swEval(t, wctx, `self.__text = `+jsString(text)+`, self.__long = `+jsString(long)+`, 'ok'`)
		measureSW := func() (run, string) {
			var r struct {
				run
				Plan string
			}
			out := swEval(t, wctx, `(async () => {
			  const A = self.glosslineAssets, url = (k) => chrome.runtime.getURL("glossline/" + A[k]), o = `+opts+`;
			  const t0 = performance.now(), analyze = await self.glossline(fetch(url("glossline.wasm")), fetch(url("glossline-kb.bin")));
			  const t1 = performance.now(), plan = analyze(__text, o), t2 = performance.now();
			  analyze(__text, o); const t3 = performance.now(); analyze(__long, o); const t4 = performance.now();
			  return JSON.stringify({Start: t1 - t0, First: t2 - t1, Warm: t3 - t2, Long: t4 - t3, Plan: plan});
			})()`)
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			return r.run, r.Plan
		}
		measureOff := func() (run, string) {
			var r struct {
				run
				Plan string
			}
			out := swEval(t, wctx, `(async () => {
			  const o = `+opts+`, t0 = performance.now(), plan = await glosslineEngine(__text, o), t1 = performance.now();
			  await glosslineEngine(__text, o); const t2 = performance.now(); await glosslineEngine(__long, o); const t3 = performance.now();
			  return JSON.stringify({First: t1 - t0, Warm: t2 - t1, Long: t3 - t2, Plan: plan});
			})()`)
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			return r.run, r.Plan
		}
		var a, b run
		var pa, pb string
		if i%2 == 0 {
			a, pa = measureSW()
			b, pb = measureOff()
		} else {
			b, pb = measureOff()
			a, pa = measureSW()
		}
		if pa != pb {
			t.Errorf("the two engines' plans differ:\n%s\n%s", pa, pb)
		}
		var plan struct {
			Status string
			Wraps  []any
		}
		if err := json.Unmarshal([]byte(pa), &plan); err != nil || plan.Status != "ok" || len(plan.Wraps) < 10 {
			t.Fatalf("not a plan of the article (%v): %.300s", err, pa)
		}
		sw, off = append(sw, a), append(off, b)
		t.Logf("run %d: service worker start %.0f ms, first article %.0f ms, warm %.0f ms, 20× %.0f ms; offscreen first article (document, worker, start and analysis) %.0f ms, warm %.0f ms, 20× %.0f ms",
			i+1, a.Start, a.First, a.Warm, a.Long, b.First, b.Warm, b.Long)
	}
	med := func(rs []run, f func(run) float64) float64 {
		var v []float64
		for _, r := range rs {
			v = append(v, f(r))
		}
		sort.Float64s(v)
		return v[len(v)/2]
	}
	t.Logf("medians: service worker start+first %.0f ms, warm %.0f ms, 20× %.0f ms; offscreen first %.0f ms, warm %.0f ms, 20× %.0f ms",
		med(sw, func(r run) float64 { return r.Start + r.First }), med(sw, func(r run) float64 { return r.Warm }), med(sw, func(r run) float64 { return r.Long }),
		med(off, func(r run) float64 { return r.First }), med(off, func(r run) float64 { return r.Warm }), med(off, func(r run) float64 { return r.Long }))
}
