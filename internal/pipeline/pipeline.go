// Package pipeline is glossline's one path from what a page provides to the
// plan that annotates it. The browser (wasm/), `glossline annotate` and
// `glossline bake` all call Run with the raw facts of the page — its
// article's text nodes, its lang attribute, its JSON-LD texts, its other
// publication-date candidates, the caller's options — so that the language,
// the reference date and everything after them are decided once, here.
//
// It is pure computation: no clock, no I/O, no JavaScript.
package pipeline

import (
	"strings"

	"github.com/glossline/glossline/internal/analyze"
	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/markup"
	"github.com/glossline/glossline/internal/timex"
)

// Date-candidate sources, in order of precedence after JSON-LD.
const (
	// SourceMeta: <meta property|name="article:published_time" content>.
	SourceMeta = "meta"
	// SourceItemprop: an element with itemprop="datePublished" (its
	// content or datetime attribute).
	SourceItemprop = "itemprop"
	// SourceByline: a <time datetime> inside a byline (an element whose
	// class contains "byline", the parent of a rel="author" element, or a
	// <header> inside the article).
	SourceByline = "byline"
)

// Candidate is one publication date the page shows outside JSON-LD, raw.
type Candidate struct {
	Source string // SourceMeta, SourceItemprop or SourceByline
	Value  string // as written in the attribute
}

// DecodeCandidates reads the loader's encoding of date candidates:
// "source=value" items joined by NUL. Items without "=" are skipped.
func DecodeCandidates(s string) []Candidate {
	var out []Candidate
	for s != "" {
		item := s
		if k := strings.IndexByte(s, 0); k >= 0 {
			item, s = s[:k], s[k+1:]
		} else {
			s = ""
		}
		if src, v, ok := strings.Cut(item, "="); ok {
			out = append(out, Candidate{Source: src, Value: v})
		}
	}
	return out
}

// Input is what a page provides for one article, and the caller's options.
// The zero value is an empty plain-text article.
type Input struct {
	// Nodes are the article's text nodes in document order (the browser's
	// walker, or internal/page for the command line). When nil, Plain is
	// the article.
	Nodes []article.Node
	// Plain is a plain-text article (paragraphs separated by blank lines),
	// read only when Nodes is nil.
	Plain string
	// PageLang is the lang attribute nearest the article root, as written
	// ("de-AT"); "" when the page has none.
	PageLang string
	// LD are the texts of the page's <script type="application/ld+json">
	// elements, unparsed.
	LD []string
	// Dates are the page's other publication-date candidates, in document
	// order.
	Dates []Candidate

	// Lang is the caller's language (data-lang, -lang): "", "auto" or a
	// language tag. A declared language wins over PageLang.
	Lang string
	// Ref is the caller's reference date (data-ref, -ref), YYYY-MM-DD; it
	// wins over the page's dates when it parses.
	Ref string
	// Mark is "first-per-paragraph" (default) or "all".
	Mark string
	// Site is the publisher's glossary, or nil; SiteErr, when not nil, is
	// why the caller could not read the one it was given (reported as a
	// warning; the article is annotated without it).
	Site    *glossary.Site
	SiteErr error
}

// Output is what Run decided and found.
type Output struct {
	// Text is the analysis text built from Input.Nodes; for a plain-text
	// Input it has no nodes and Text.Text is Input.Plain.
	Text *article.Text
	// Result is the analysis: language, reference date and its source,
	// dates, terms, glossary and timeline.
	Result *analyze.Result
	// Plan is the markup for Input.Nodes (for plain text: for no nodes).
	Plan *markup.Plan
	// Warnings are the problems worth one console line: a publisher
	// glossary that could not be read, an article in a language glossline
	// does not read. The article is annotated as far as it can be.
	Warnings []string
}

// Run analyses one article. It never panics on any input.
func Run(in Input) *Output {
	out := &Output{}
	if in.Nodes != nil {
		out.Text = article.BuildText(in.Nodes)
	} else {
		out.Text = article.Plain(in.Plain)
	}
	opt := analyze.Options{Lang: Language(in.Lang, in.PageLang), Mark: in.Mark, Site: in.Site}
	if in.Nodes != nil {
		opt.NoMark = article.NoMark(out.Text)
	}
	if in.SiteErr != nil {
		out.Warnings = append(out.Warnings, "publisher glossary ignored: "+in.SiteErr.Error())
	}
	opt.Ref, opt.RefSource = Reference(in.Ref, in.LD, in.Dates)
	out.Result = analyze.Text(out.Text.Text, opt)
	if !lang.Supported(out.Result.Lang) {
		out.Warnings = append(out.Warnings, lang.Unsupported(out.Result.Lang))
	}
	out.Plan = markup.NewPlan(out.Text, out.Result)
	if len(out.Warnings) > 0 {
		out.Plan.Warning = out.Warnings[0]
	}
	return out
}

// Language applies the rule for the article's language: the caller's when
// it declares one (data-lang, -lang; "auto" and "" do not), else the page's
// lang attribute when it declares one, else "" (detect it from the text).
// It returns a language code ("de" for "de-AT") or "".
func Language(caller, page string) string {
	if c := lang.Code(caller); lang.Declared(c) {
		return c
	}
	if c := lang.Code(page); lang.Declared(c) {
		return c
	}
	return ""
}

// Reference applies the rule for the reference date: the caller's date when
// it parses; else the page's JSON-LD datePublished (an article's first; see
// LDDatePublished); else the first candidate that parses, by source in the
// order meta, itemprop, byline. It returns the zero date and
// analyze.RefNone when there is none (the analysis then infers one from
// the text).
func Reference(caller string, ld []string, dates []Candidate) (timex.Date, string) {
	if d, ok := timex.ParseDate(caller); ok {
		return d, analyze.RefFlag
	}
	if d, ok := timex.ParseDate(LDDatePublished(joinNUL(ld))); ok {
		return d, analyze.RefMetadata
	}
	for _, src := range [...]string{SourceMeta, SourceItemprop, SourceByline} {
		for _, c := range dates {
			if c.Source != src {
				continue
			}
			if d, ok := timex.ParseDate(c.Value); ok {
				return d, analyze.RefMetadata
			}
		}
	}
	return timex.Date{}, analyze.RefNone
}

// joinNUL joins texts with NUL, the separator LDDatePublished reads.
func joinNUL(texts []string) string {
	n := 0
	for _, t := range texts {
		n += len(t) + 1
	}
	b := make([]byte, 0, n)
	for i, t := range texts {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, t...)
	}
	return string(b)
}
