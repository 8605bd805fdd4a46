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
	"github.com/glossline/glossline/internal/extract"
	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/markup"
	"github.com/glossline/glossline/internal/timex"
)

// Date-candidate sources of the document (the walk adds its <time>
// elements), in order of precedence after JSON-LD.
const (
	// SourceMeta: <meta property|name="article:published_time" content>.
	SourceMeta = "meta"
	// SourceItemprop: an element with itemprop="datePublished" (its
	// content or datetime attribute).
	SourceItemprop = "itemprop"
)

// Candidate is one publication date the document carries outside JSON-LD
// and outside the walked page, raw.
type Candidate struct {
	Source string // SourceMeta or SourceItemprop
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
	// Page is the walked page: the whole <body> (the article is found in
	// it), or the caller's element when Target is set. When nil, Plain is
	// the article.
	Page   *article.Page
	Target bool
	// Plain is a plain-text article (paragraphs separated by blank lines),
	// read only when Page is nil.
	Plain string
	// PageLang is the document's language (the lang attribute of <html>,
	// else of <body>), as written; "" when it has none. A lang attribute
	// on a box around the article wins over it.
	PageLang string
	// LD are the texts of the page's <script type="application/ld+json">
	// elements, unparsed.
	LD []string
	// Dates are the document's other publication-date candidates, in
	// document order.
	Dates []Candidate

	// Lang is the caller's language (data-lang, -lang): "", "auto" or a
	// language tag. A declared language wins over the page's.
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
	// Text is the analysis text built from the walked page's nodes (only
	// the article's: the others carry article.Skip); for a plain-text Input
	// it has no nodes and Text.Text is Input.Plain.
	Text *article.Text
	// Root is the box of the article (article.Page.Boxes), or -1 when the
	// walked element is the article (a target, or a page whose paragraphs
	// stand straight in <body>) or there is none (Plan.Status "skipped").
	Root int
	// Result is the analysis: language, reference date and its source,
	// dates, terms, glossary and timeline.
	Result *analyze.Result
	// Plan is the markup for the walked page's nodes.
	Plan *markup.Plan
	// Warnings are the problems worth one console line: no article found,
	// a publisher glossary that could not be read, an article in a language
	// glossline does not read. The article is annotated as far as it can
	// be.
	Warnings []string
}

// Run analyses one article. It never panics on any input.
func Run(in Input) *Output {
	out := &Output{Root: -1}
	if in.SiteErr != nil {
		out.Warnings = append(out.Warnings, "publisher glossary ignored: "+in.SiteErr.Error())
	}
	if in.Page != nil && !in.Page.Valid() {
		out.Text = article.BuildText(nil)
		out.Result = &analyze.Result{RefSource: analyze.RefNone}
		out.Plan = &markup.Plan{Status: "error", Root: -1, Warning: "malformed page walk"}
		out.Warnings = append(out.Warnings, out.Plan.Warning)
		return out
	}
	opt := analyze.Options{Mark: in.Mark, Site: in.Site}
	rootLang := ""
	switch {
	case in.Page == nil:
		out.Text = article.Plain(in.Plain)
	default:
		ex := extract.Within(in.Page)
		if !in.Target {
			ex = extract.Find(in.Page)
		}
		if ex.Whole {
			out.Text = article.BuildText(skipped(in.Page, ex, 0, len(in.Page.Nodes)))
			break
		}
		if ex.Root < 0 {
			out.Text = article.BuildText(nil)
			out.Result = &analyze.Result{Lang: "", RefSource: analyze.RefNone}
			out.Plan = &markup.Plan{Status: "skipped", Root: -1}
			out.Warnings = append(out.Warnings, "no article found on this page: nothing marked")
			out.Plan.Warning = out.Warnings[0]
			return out
		}
		out.Root = ex.Root
		b := in.Page.Boxes[ex.Root]
		out.Text = article.BuildText(skipped(in.Page, ex, b.First, b.End))
		for k := ex.Root; k >= 0; k = in.Page.Boxes[k].Parent {
			if l := in.Page.Boxes[k].Lang; l != "" {
				rootLang = l
				break
			}
		}
	}
	if in.Page != nil {
		opt.NoMark = article.NoMark(out.Text)
	}
	if rootLang == "" {
		rootLang = in.PageLang
	}
	opt.Lang = Language(in.Lang, rootLang)
	opt.Ref, opt.RefSource = Reference(in.Ref, in.LD, in.Dates, pageTimes(in.Page, out.Root))
	out.Result = analyze.Text(out.Text.Text, opt)
	out.Plan = markup.NewPlan(out.Text, out.Result)
	out.Plan.Root = out.Root
	if !lang.Supported(out.Result.Lang) {
		out.Warnings = append(out.Warnings, lang.Unsupported(out.Result.Lang))
		out.Plan.Status = "skipped"
		out.Plan.Wraps, out.Plan.Panel, out.Plan.Sentences = nil, nil, nil
	}
	if len(out.Warnings) > 0 {
		out.Plan.Warning = out.Warnings[0]
	}
	return out
}

// skipped returns the page's nodes with article.Skip set on those outside
// [first, end) and on those inside a box the finder left out.
func skipped(p *article.Page, ex extract.Result, first, end int) []article.Node {
	nodes := make([]article.Node, len(p.Nodes))
	copy(nodes, p.Nodes)
	for i := range nodes {
		if i < first || i >= end {
			nodes[i].Flags |= article.Skip
		}
	}
	for k, b := range p.Boxes {
		if k < len(ex.Skip) && ex.Skip[k] {
			for i := b.First; i < b.End && i < len(nodes); i++ {
				nodes[i].Flags |= article.Skip
			}
		}
	}
	return nodes
}

// pageTimes returns the walked page's <time datetime> values that can date
// the article, best first: those in a byline, then those in a <header> box
// inside the article (or that is the article).
func pageTimes(p *article.Page, root int) []string {
	if p == nil {
		return nil
	}
	var out []string
	for _, t := range p.Times {
		if t.Byline {
			out = append(out, t.Value)
		}
	}
	first, end := 0, len(p.Nodes)
	if root >= 0 {
		first, end = p.Boxes[root].First, p.Boxes[root].End
	}
	for _, t := range p.Times {
		if t.Byline || t.Node < first || t.Node >= end {
			continue
		}
		for k, b := range p.Boxes {
			if b.Tag == "header" && b.First <= t.Node && t.Node < b.End && (root < 0 || k == root || inBox(p, k, root)) {
				out = append(out, t.Value)
				break
			}
		}
	}
	return out
}

// inBox reports whether box k lies inside box a.
func inBox(p *article.Page, k, a int) bool {
	for b := p.Boxes[k].Parent; b >= 0; b = p.Boxes[b].Parent {
		if b == a {
			return true
		}
	}
	return false
}

// Language applies the rule for the article's language: the caller's when
// it declares one (data-lang, -lang; "auto" and "" do not), else the
// page's lang attribute nearest the article when it declares one, else ""
// (detect it from the text). It returns a language code ("de" for "de-AT")
// or "".
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
// order meta, itemprop; else the first of the walked page's times that
// parses (see pageTimes). It returns the zero date and analyze.RefNone when
// there is none (the analysis then infers one from the text).
func Reference(caller string, ld []string, dates []Candidate, times []string) (timex.Date, string) {
	if d, ok := timex.ParseDate(caller); ok {
		return d, analyze.RefFlag
	}
	if d, ok := timex.ParseDate(LDDatePublished(joinNUL(ld))); ok {
		return d, analyze.RefMetadata
	}
	for _, src := range [...]string{SourceMeta, SourceItemprop} {
		for _, c := range dates {
			if c.Source != src {
				continue
			}
			if d, ok := timex.ParseDate(c.Value); ok {
				return d, analyze.RefMetadata
			}
		}
	}
	for _, v := range times {
		if d, ok := timex.ParseDate(v); ok {
			return d, analyze.RefMetadata
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
