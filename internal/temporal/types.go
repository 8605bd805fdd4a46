// Package temporal finds temporal expressions (dates, times, durations, sets)
// in German and English text and resolves them to TimeML TIMEX3 values.
package temporal

import "github.com/glossline/glossline/internal/timex"

// Date is a proleptic Gregorian calendar day (timex.Date). The zero Date
// means "unknown".
type Date = timex.Date

// Expr is one temporal expression found in a text.
type Expr struct {
	// Start and End are byte offsets into the analysed text, [Start, End),
	// on rune boundaries. A leading preposition or signal ("am", "seit",
	// "on", "since") is not part of the extent; modifiers ("über", "etwa",
	// "about") are.
	Start, End int
	// Type is the TIMEX3 type: "DATE", "TIME", "DURATION" or "SET".
	Type string
	// Value is the TIMEX3 value: resolved ("2023-09-13", "2023-W37",
	// "199", "P18M", "PRESENT_REF", "1950/1953" for a range) or, when the
	// reference date needed to resolve it is unknown, underspecified
	// ("XXXX-WXX-3", "XXXX-09").
	Value string
	// Mod is the TIMEX3 mod ("APPROX", "MORE_THAN", "START", ...) or "".
	Mod string
	// Open is "after" for an interval that began in the past and is open
	// towards the future ("seit 2022", "since 2022"), "before" for one
	// open towards the past ("bis 2022"), else "". A start that may lie
	// ahead ("ab 2021") is no such interval: its Mod is "ON_OR_AFTER".
	Open string
}

// Options configure Analyze.
type Options struct {
	// Lang is "de" or "en".
	Lang string
	// Ref is the reference (publication) date. When zero, Analyze infers
	// one from the text if it can.
	Ref Date
}

// Result is what Analyze found.
type Result struct {
	// Exprs are sorted by Start and do not overlap.
	Exprs []Expr
	// Ref is the reference date used for resolution: Options.Ref when
	// given, else the inferred one, else zero.
	Ref Date
	// Inferred reports whether Ref was inferred from the text.
	Inferred bool
}
