package main

import "github.com/glossline/glossline/internal/temporal"

// pass analyses the German and the English text once, without a reference
// date (the engine infers one where the text allows), and returns the
// number of expressions found.
func pass(de, en string) int {
	return len(temporal.Analyze(de, temporal.Options{Lang: "de"}).Exprs) +
		len(temporal.Analyze(en, temporal.Options{Lang: "en"}).Exprs)
}
