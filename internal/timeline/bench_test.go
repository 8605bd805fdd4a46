package timeline

import (
	"strings"
	"testing"
)

// BenchmarkBuildArticle builds the timeline of the example article (gold
// dates; the Doc, built once, is not timed).
func BenchmarkBuildArticle(b *testing.B) {
	text, g := loadArticle(b)
	exprs := goldExprs(b, text, g)
	in := Input{Doc: newDoc(text, "de"), Exprs: exprs}
	Build(in) // load the vocabulary outside the timing
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Build(in)
	}
}

// BenchmarkBuildSynthetic builds the timeline of a long fixture text with a
// date in every sentence.
func BenchmarkBuildSynthetic(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 200; i++ {
		sb.WriteString("Am [[Montag|2024-03-11]] legte das Kabinett den Entwurf für den Haushalt vor, sagte ein Sprecher. ")
		sb.WriteString("Die Firma wurde [[1962|1962]] in Stuttgart gegründet. Der Rat tagte lange. ")
	}
	text, exprs := fixture(b, sb.String())
	in := Input{Doc: newDoc(text, "de"), Exprs: exprs}
	Build(in)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Build(in)
	}
}
