package timeline

import (
	"os"
	"testing"

	"github.com/glossline/glossline/internal/shared"
	"github.com/glossline/glossline/internal/text"
)

// BenchmarkLexClass looks up every word of the example article in the
// generated German tables.
func BenchmarkLexClass(b *testing.B) {
	raw, err := os.ReadFile(shared.Path(b, "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		b.Fatal(err)
	}
	d := text.New(string(raw))
	var ws []string
	for i := range d.Toks {
		if d.Toks[i].Kind != text.Punct {
			ws = append(ws, d.Low(i))
		}
	}
	lx := lexiconFor("de")
	for b.Loop() {
		for _, w := range ws {
			lx.class(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ws)), "ns/word")
}
