package segment_test

import (
	"fmt"

	"github.com/glossline/glossline/internal/segment"
)

func ExampleSentences() {
	text := "Am Dienstag, dem 12. September 2023, sprach Dr. Müller. Wer kam noch? Niemand.\n\nNeuer Absatz."
	for _, s := range segment.Sentences(text, "de") {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// 0-56 Am Dienstag, dem 12. September 2023, sprach Dr. Müller.
	// 57-70 Wer kam noch?
	// 71-79 Niemand.
	// 81-94 Neuer Absatz.
}

func ExampleParagraphs() {
	text := "  Erster Absatz,\nnoch derselbe.\n \nZweiter Absatz.\n"
	for _, p := range segment.Paragraphs(text) {
		fmt.Printf("%q\n", text[p.Start:p.End])
	}
	// Output:
	// "Erster Absatz,\nnoch derselbe."
	// "Zweiter Absatz."
}
