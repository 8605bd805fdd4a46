// Package analyze is glossline's one entry point: article text in, dates,
// terms, glossary and timeline out. The browser (wasm/), the command-line
// tool and baked pages all go through Text, so they agree by construction.
//
// It is pure computation: no clock, no I/O, no JavaScript. It is safe for
// concurrent use.
package analyze

import (
	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/temporal"
	textpkg "github.com/glossline/glossline/internal/text"
	"github.com/glossline/glossline/internal/timeline"
)

// Reference-date sources, as reported in Result.RefSource and the JSON
// contract of `glossline annotate`.
const (
	RefFlag     = "flag"     // given by the caller (-ref, data-ref)
	RefMetadata = "metadata" // read from the page's metadata
	RefInferred = "inferred" // inferred from the text
	RefNone     = "none"     // no reference date
)

// Options configure Text. The zero value analyses with automatic language
// detection, an inferred reference date, no publisher glossary, and marks
// the first mention of each term per paragraph.
type Options struct {
	// Lang is a language tag: "de" or "en" (with any region, "de-AT"),
	// "" or "auto" to detect it from the text, or another language, whose
	// text is left alone (Result.Lang says which; nothing is found).
	Lang string
	// Ref is the reference (publication) date, zero if unknown; RefSource
	// says where it came from (RefFlag or RefMetadata) and is ignored when
	// Ref is zero.
	Ref       temporal.Date
	RefSource string
	// Site is the publisher's glossary, or nil.
	Site glossary.Publisher
	// Mark is "first-per-paragraph" (default) or "all".
	Mark string
	// NoMark are byte ranges of the text where no glossary term may be
	// marked (links, headings, caption credits). Dates may still be.
	NoMark []segment.Span
	// Link are byte ranges of the text inside links: a term there is
	// marked only where its paragraph has none outside (glossary.Options.Link).
	Link []segment.Span
	// MarkNames asks the markup to mark names that nothing defines too
	// (for definitions looked up when a reader asks); Result.MarkNames
	// carries it.
	MarkNames bool
}

// Result is everything Text found. Every offset is a byte offset into the
// analysed text.
type Result struct {
	Lang       string
	Ref        temporal.Date // zero when RefSource is RefNone
	RefSource  string
	Paragraphs []segment.Span
	Sentences  []segment.Span
	Dates      []temporal.Expr // sorted, non-overlapping
	Terms      []glossary.Mention
	Glossary   []glossary.Entry
	// Names are every name found, defined or not (glossary.Result.Names).
	Names     []glossary.Name
	MarkNames bool // Options.MarkNames
	Timeline  []timeline.Entry
}

// Text analyses text with the given options. Text in a language glossline
// does not read — declared in Options.Lang, or detected (French, Spanish,
// Italian, Dutch) — gives a Result with only its Lang and RefSource "none".
func Text(text string, opt Options) *Result {
	r := &Result{Lang: lang.Code(opt.Lang)}
	if !lang.Declared(r.Lang) {
		r.Lang = lang.Detect(text)
	}
	if !lang.Supported(r.Lang) {
		r.RefSource = RefNone
		return r
	}
	// One Doc: tokenized once, split into paragraphs and sentences.
	d := textpkg.New(text)
	segment.Split(d, r.Lang)
	r.Paragraphs = d.Paras
	r.Sentences = d.Sents

	tr := temporal.Analyze(d, temporal.Options{Lang: r.Lang, Ref: opt.Ref})
	r.Dates = tr.Exprs
	r.Ref = tr.Ref
	switch {
	case !opt.Ref.IsZero() && opt.RefSource == RefMetadata:
		r.RefSource = RefMetadata
	case !opt.Ref.IsZero():
		r.RefSource = RefFlag
	case tr.Inferred && !tr.Ref.IsZero():
		r.RefSource = RefInferred
	default:
		r.Ref = temporal.Date{}
		r.RefSource = RefNone
	}

	gr := glossary.Find(d, glossary.Options{
		Lang:   r.Lang,
		Site:   opt.Site,
		Mark:   opt.Mark,
		NoMark: opt.NoMark,
		Link:   opt.Link,
		Ref:    r.Ref.String(),
	})
	r.Terms = gr.Mentions
	r.Glossary = gr.Entries
	r.Names, r.MarkNames = gr.Names, opt.MarkNames

	r.Timeline = timeline.Build(timeline.Input{Doc: d, Exprs: r.Dates})
	// Nothing in r refers to the Doc's tokens: the next call reuses them.
	d.Release()
	return r
}
