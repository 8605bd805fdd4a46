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
// analyse, plan, encode) on the example article under the js/wasm runtime.
// The first call, which also parses the language data, is reported
// separately as first-ms.
//
//	GOTOOLCHAIN=go1.27.3 GOOS=js GOARCH=wasm go test -run '^$' -bench Plan -exec="$(GOTOOLCHAIN=go1.27.3 go env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm
func BenchmarkPlan(b *testing.B) {
	src, err := os.ReadFile("../../shared/articles/kim-putin-summit.de.txt")
	if err != nil {
		b.Skipf("example article not found: %v", err)
	}
	var nodes []string
	for i, p := range strings.Split(string(src), "\n\n") {
		if i > 0 {
			p = "\n" + p
		}
		nodes = append(nodes, p)
	}
	enc := encode(nodes...)
	debug.SetGCPercent(400) // as main does
	t0 := time.Now()
	plan(enc, options{})
	first := time.Since(t0)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		plan(enc, options{})
	}
	b.ReportMetric(float64(first.Microseconds())/1000, "first-ms")
}
