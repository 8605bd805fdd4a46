package analyze

import (
	"os"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/shared"
)

// BenchmarkText measures the whole analysis (language, sentences, dates,
// glossary, timeline) of the example article, once and repeated twenty
// times (the long article of the browser benchmarks), after the language
// data is loaded:
//
//	go test -run '^$' -bench Text -benchmem ./internal/analyze
func BenchmarkText(b *testing.B) {
	src, err := os.ReadFile(shared.Path(b, "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		n    int
	}{{"article", 1}, {"article20x", 20}} {
		text := strings.Repeat(string(src)+"\n\n", c.n)
		Text(text, Options{}) // load the language data
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Text(text, Options{})
			}
		})
	}
}
