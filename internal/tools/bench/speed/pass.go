package main

import (
	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/temporal"
	"github.com/glossline/glossline/internal/text"
)

// pass analyses the German and the English text once, without a reference
// date (the engine infers one where the text allows), and returns the
// number of expressions found. Each text becomes a Doc split into
// sentences, as in glossline.
func pass(de, en string) int {
	return len(analyze(de, "de").Exprs) + len(analyze(en, "en").Exprs)
}

func analyze(s, lang string) temporal.Result {
	d := text.New(s)
	segment.Split(d, lang)
	return temporal.Analyze(d, temporal.Options{Lang: lang})
}
