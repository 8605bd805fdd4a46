//go:build e2e

package e2e

import (
	"sort"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// BenchmarkDemoLoad measures, in real headless Chromium, the time from
// navigation start to glossline:done on the demo page, with the HTTP cache
// disabled (every load fetches and compiles the wasm again). It reports the
// median over b.N loads as ms/done.
//
//	./build.sh && GLOSSLINE_DIST=$PWD/dist go test -tags e2e -run '^$' -bench DemoLoad -benchtime 15x ./internal/e2e
func BenchmarkDemoLoad(b *testing.B) {
	url := server(b) + "/"
	ctx := browser(b)
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		b.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		b.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: recordDone}); err != nil {
		b.Fatal(err)
	}
	var samples []float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(url)); err != nil {
			b.Fatal(err)
		}
		at, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`new Promise((ok, fail) => {
		  const t0 = Date.now();
		  (function poll() {
		    if (__gl.done.length) return ok(__gl.at);
		    if (Date.now() - t0 > 30000) return fail(new Error('no glossline:done'));
		    setTimeout(poll, 5);
		  })();
		})`, chromedp.EvalAwaitPromise))
		if err != nil {
			b.Fatal(err)
		}
		samples = append(samples, at)
	}
	b.StopTimer()
	sort.Float64s(samples)
	b.ReportMetric(samples[len(samples)/2], "ms/done")
	b.ReportMetric(0, "ns/op")
}
