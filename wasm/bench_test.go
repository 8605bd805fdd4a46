//go:build js && wasm

package main

import (
	"os"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// BenchmarkPlan measures the whole Go side of one annotation (decode,
// analyse, plan, encode) under the js/wasm runtime, on the example article
// and on the article repeated twenty times (the long article of the browser
// benchmarks). The very first call (on the article), which also loads the
// language data, is reported separately as first-ms.
//
//	GOTOOLCHAIN=go1.27.3 GOOS=js GOARCH=wasm go test -run '^$' -bench Plan -exec="$(GOTOOLCHAIN=go1.27.3 go env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm
func BenchmarkPlan(b *testing.B) {
	src, err := os.ReadFile("../../shared/articles/kim-putin-summit.de.txt")
	if err != nil {
		b.Skipf("example article not found: %v", err)
	}
	debug.SetGCPercent(400) // as main does
	// The very first call, on the article: what a reader's first
	// annotation costs beyond the warm figure.
	var first time.Duration
	for _, c := range []struct {
		name string
		n    int
	}{{"article", 1}, {"article20x", 20}} {
		var nodes []string
		for k := 0; k < c.n; k++ {
			for i, p := range strings.Split(string(src), "\n\n") {
				if i > 0 || k > 0 {
					p = "\n" + p
				}
				nodes = append(nodes, p)
			}
		}
		enc := encode(nodes...)
		if first == 0 {
			t0 := time.Now()
			plan(enc, options{})
			first = time.Since(t0)
		}
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(src) * c.n))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				plan(enc, options{})
			}
			b.ReportMetric(float64(first.Microseconds())/1000, "first-ms")
		})
	}
}
