package main

import (
	"os"
	"testing"
)

// BenchmarkPass is glossline's native figure in ./build.sh bench: one pass
// over the benchmark text per iteration. The driver writes the text and
// points GLOSSLINE_BENCH_TEXTS at it:
//
//	GLOSSLINE_BENCH_TEXTS=DIR go test -run '^$' -bench Pass -count 7 ./internal/tools/bench/speed
func BenchmarkPass(b *testing.B) {
	dir := os.Getenv("GLOSSLINE_BENCH_TEXTS")
	if dir == "" {
		b.Skip("GLOSSLINE_BENCH_TEXTS is not set: ./build.sh bench writes the text and sets it")
	}
	de, en, err := readTexts(dir)
	if err != nil {
		b.Fatal(err)
	}
	pass(de, en) // warm-up: parses the language data once per process
	b.SetBytes(int64(len(de) + len(en)))
	b.ResetTimer()
	for range b.N {
		pass(de, en)
	}
}

// TestPass checks on a two-sentence text that pass runs both languages.
func TestPass(t *testing.T) {
	if n := pass("Sie kamen am 13. September 2023.", "They left on Sept. 14, 2023."); n != 2 {
		t.Errorf("pass found %d expressions, want 2 (one per language)", n)
	}
}
