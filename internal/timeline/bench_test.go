package timeline

import (
	"strconv"
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

// BenchmarkManyDates: a long fixture whose sentences share three dates but
// little else (each names new things), so that each date gathers many
// entries. The time per byte stays flat as it grows; a new mention was once
// compared with every entry of its date (a 1 MB article took 12.3 s).
func BenchmarkManyDates(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		var sb strings.Builder
		for i := range n {
			k := strconv.Itoa(i)
			d := strconv.Itoa(i%3 + 1)
			sb.WriteString("Clerk" + k + " filed motion" + k + " about parcel" + k + " on [[March " + d + ", 2019|2019-03-0" + d + "]]. ")
			if i%5 == 4 {
				sb.WriteString("\n\n")
			}
		}
		text, exprs := fixture(b, sb.String())
		in := Input{Doc: newDoc(text, "en"), Exprs: exprs}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Build(in)
			}
		})
	}
}
