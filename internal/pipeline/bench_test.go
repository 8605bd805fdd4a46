package pipeline_test

import (
	"os"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/pipeline"
)

// BenchmarkRun is the native twin of BenchmarkPlan in wasm/ (the same code
// path: decode the walked page, run, the plan's JSON) on the example
// article repeated twenty times: the way to profile the wasm's hot paths
// with Go's own tools,
//
//	go test -run '^$' -bench Run -cpuprofile cpu.out ./internal/pipeline
func BenchmarkRun(b *testing.B) {
	src, err := os.ReadFile("../../../shared/articles/kim-putin-summit.de.txt")
	if err != nil {
		b.Skipf("example article not found: %v", err)
	}
	var enc strings.Builder
	for k := 0; k < 20; k++ {
		for i, p := range strings.Split(string(src), "\n\n") {
			flag := byte(64)
			if i > 0 || k > 0 {
				flag |= 1 // a block boundary before, as the loader encodes a paragraph
			}
			enc.WriteByte(flag)
			enc.WriteString(p)
			enc.WriteByte(0)
		}
	}
	s := enc.String()
	b.SetBytes(int64(len(src) * 20))
	b.ReportAllocs()
	for b.Loop() {
		pg, err := article.DecodePage(s)
		if err != nil {
			b.Fatal(err)
		}
		out := pipeline.Run(pipeline.Input{Page: pg})
		if out.Plan.JSON() == "" {
			b.Fatal("no plan")
		}
	}
}
