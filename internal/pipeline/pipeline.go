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
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	textpkg "github.com/glossline/glossline/internal/text"

	"github.com/glossline/glossline/internal/analyze"
	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/extract"
	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/markup"
	"github.com/glossline/glossline/internal/siteglossary"
	"github.com/glossline/glossline/internal/temporal"
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
	// SourceURL: the page's address as <link rel="canonical"> or <meta
	// property="og:url"> give it; a date in its path ("/2015/03/18/") is
	// the last resort.
	SourceURL = "url"
)

// Candidate is one publication date the document carries outside JSON-LD
// and outside the walked page, raw.
type Candidate struct {
	Source string // SourceMeta, SourceItemprop or SourceURL
	Value  string // as written in the attribute
	// Item is, for SourceItemprop, the itemtype of the microdata item the
	// element belongs to (its nearest ancestor with itemscope), "" if none.
	Item string
}

// DecodeCandidates reads the loader's encoding of date candidates:
// "source=value" or "source itemtype=value" items joined by NUL. Items
// without "=" are skipped.
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
			src, typ, _ := strings.Cut(src, " ")
			out = append(out, Candidate{Source: src, Value: v, Item: typ})
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
	Site    *siteglossary.Site
	SiteErr error
	// Lookup marks the names nothing defines too, for definitions the
	// reader's side looks up when a reader opens one (data-lookup).
	Lookup bool
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
	opt := analyze.Options{Mark: in.Mark, MarkNames: in.Lookup}
	if in.Site != nil {
		opt.Site = in.Site // never a typed nil in the interface
	}
	rootLang := ""
	var left []bool // the boxes the finder left out (extract.Result.Skip)
	switch {
	case in.Page == nil:
		out.Text = article.Plain(in.Plain)
	default:
		ex := extract.Within(in.Page)
		if !in.Target {
			ex = extract.Find(in.Page)
		}
		left = ex.Skip
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
	if rootLang == "" {
		rootLang = in.PageLang
	}
	opt.Lang = Language(in.Lang, rootLang)
	if !lang.Declared(lang.Code(in.Lang)) {
		// The page's lang attribute is checked against the text: a French
		// article on a page that says lang="en" is French, and left alone.
		if d := lang.Detect(out.Text.Text); opt.Lang == "" || !lang.Supported(d) {
			opt.Lang = d
		}
	}
	var lines []string
	if in.Page != nil && lang.Supported(opt.Lang) {
		var skip [][2]int
		lines, skip = datelines(in.Page, out.Root, opt.Lang, left)
		if len(skip) > 0 {
			// A dateline inside the article is not the article either.
			nodes := out.Text.Nodes
			for _, r := range skip {
				for i := r[0]; i < r[1]; i++ {
					nodes[i].Flags |= article.Skip
				}
			}
			out.Text = article.BuildText(nodes)
		}
		opt.NoMark, opt.Link = article.NoMark(out.Text)
	}
	opt.Ref, opt.RefSource = Reference(in.Ref, in.LD, in.Dates, append(pageTimes(in.Page, out.Root), lines...))
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

// datelines finds the lines that date the article: short lines (a block's
// own text between its child blocks) near the article's start (in the
// 2,000 letters before the root, or the root's first 1,000) or right after
// its end (1,500 letters), made mostly of a full date ("posted on April 21,
// 2015, at 11:29 a.m.", "Date 10.06.2013", "7. Juni 2018, 16:26 Uhr") or
// of a <time datetime> ("1 day ago"). It returns their dates, nearest to
// the root's start first, and the blocks of the text ones inside the root
// (which the analysis then leaves out). A line in a box the finder left out
// (left[box]: a byline, a meta line) dates the article with any amount of
// other words around its date, as long as they do not read as a sentence
// ("NDR Info - 18.03.2020 13:15 Uhr Autor/in: Anna Berg"): such a block is
// not read, but its date may still date the article.
func datelines(p *article.Page, root int, lang string, left []bool) (dates []string, inside [][2]int) {
	first, end := 0, len(p.Nodes)
	if root >= 0 {
		first, end = p.Boxes[root].First, p.Boxes[root].End
	}
	// Letters before each node, to measure distances.
	at := make([]int, len(p.Nodes)+1)
	for i, n := range p.Nodes {
		at[i+1] = at[i] + letters(n.Text)
	}
	type cand struct {
		date string
		dist int
	}
	// The lines of the page: runs of nodes with the same innermost box
	// (a block's own text between its child blocks).
	type line struct {
		box, first, end int
	}
	var lines []line
	var open []int
	next := 0
	for i := range p.Nodes {
		for len(open) > 0 && p.Boxes[open[len(open)-1]].End <= i {
			open = open[:len(open)-1]
		}
		for next < len(p.Boxes) && p.Boxes[next].First <= i {
			for len(open) > 0 && p.Boxes[open[len(open)-1]].End <= p.Boxes[next].First {
				open = open[:len(open)-1]
			}
			open = append(open, next)
			next++
			for len(open) > 0 && p.Boxes[open[len(open)-1]].End <= i {
				open = open[:len(open)-1]
			}
		}
		box := -1
		if len(open) > 0 {
			box = open[len(open)-1]
		}
		if k := len(lines) - 1; k >= 0 && lines[k].box == box && lines[k].end == i {
			lines[k].end = i + 1
		} else {
			lines = append(lines, line{box, i, i + 1})
		}
	}
	var cands []cand
	for _, l := range lines {
		var dist int
		switch {
		case l.end <= first && at[first]-at[l.end] <= 2000:
			dist = at[first] - at[l.end]
		case l.first >= first && l.end <= end && at[l.first]-at[first] <= 1000:
			dist = at[l.first] - at[first]
		case l.first >= end && at[l.first]-at[end] <= 1500:
			dist = 3000 + at[l.first] - at[end] // after the article: the last resort
		default:
			continue
		}
		n := at[l.end] - at[l.first]
		if n < 6 || n > 100 {
			continue
		}
		var t strings.Builder
		for i := l.first; i < l.end; i++ {
			t.WriteString(p.Nodes[i].Text)
			t.WriteByte(' ')
		}
		line := textpkg.New(t.String())
		text := line.Text
		// A <time datetime> that is most of the line ("1 day ago") dates it.
		for _, tm := range p.Times {
			if tm.Node < l.first || tm.Node >= l.end || letters(p.Nodes[tm.Node].Text)*3 < n {
				continue
			}
			if d, ok := timex.ParseDate(tm.Value); ok {
				cands = append(cands, cand{d.String(), dist})
				break
			}
		}
		// The line is its dates and times, with a few words around them
		// ("posted on", "Stand:", "AM PST By TMZ Staff").
		// A line that reads as a sentence ("Der Minister kam am Mittwoch,
		// dem 13. September, nach Berlin") has two or more lower-case words
		// of four letters or more outside its dates.
		date, covered, words, pos := "", 0, 0, 0
		for _, e := range temporal.Analyze(line, temporal.Options{Lang: lang}).Exprs {
			if e.Type != "DATE" && e.Type != "TIME" {
				continue
			}
			covered += letters(text[e.Start:e.End])
			words += sentenceWords(text[pos:e.Start])
			pos = e.End
			if d, ok := timex.ParseDate(e.Value); ok && date == "" && len(e.Value) >= 10 && e.Value[4] == '-' {
				date = d.String()
			}
		}
		words += sentenceWords(text[pos:])
		if date == "" && l.first >= first && l.end <= end && root >= 0 && extract.DateOnly(text) {
			// A date the analysis does not read as one ("14. May 2019" in
			// a German article) is a dateline all the same.
			inside = append(inside, [2]int{l.first, l.end})
			continue
		}
		meta := l.box >= 0 && l.box < len(left) && left[l.box]
		if date == "" || covered*3 < n && !meta || words >= 2 {
			continue
		}
		cands = append(cands, cand{date, dist})
		if l.first >= first && l.end <= end && root >= 0 {
			inside = append(inside, [2]int{l.first, l.end})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
	for _, c := range cands {
		dates = append(dates, c.date)
	}
	return dates, inside
}

// sentenceWords counts the words of s that start in lower case and have
// four letters or more.
func sentenceWords(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && utf8.RuneCountInString(w) >= 4 {
			n++
		}
	}
	return n
}

// letters counts the letters and digits of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// Language applies the rule for the article's language: the caller's when
// it declares one (data-lang, -lang; "auto" and "" do not), else the
// page's lang attribute nearest the article when it declares one, else ""
// (detect it from the text). It returns a language code ("de" for "de-AT")
// or "". Run also checks a page's declaration against the text: a text
// detected as a language glossline does not read is left alone whatever
// the page says.
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
// it parses; else the datePublished of an article in the page's JSON-LD;
// else the first meta candidate that parses, then the first itemprop one
// of an article item, then of another item (not a video or a picture);
// else the first of near that parses (the walked page's times and
// datelines, best first: pageTimes, datelines); else the datePublished of
// another JSON-LD object (not a video's or a picture's); else a date in the
// path of the page's address. It returns the zero date and analyze.RefNone
// when there is none (the analysis then infers one from the text).
func Reference(caller string, ld []string, dates []Candidate, near []string) (timex.Date, string) {
	if d, ok := timex.ParseDate(caller); ok {
		return d, analyze.RefFlag
	}
	article, other := LDDates(joinNUL(ld))
	if d, ok := timex.ParseDate(article); ok {
		return d, analyze.RefMetadata
	}
	// meta, then itemprop of an article item, then of another item; never
	// a video's or a picture's.
	for pass := range 3 {
		for _, c := range dates {
			class := typeClass(c.Item)
			switch {
			case pass == 0 && c.Source != SourceMeta,
				pass > 0 && c.Source != SourceItemprop,
				class&ldMedia != 0,
				pass == 1 && class&ldArticle == 0,
				pass == 2 && class&ldArticle != 0:
				continue
			}
			if d, ok := timex.ParseDate(c.Value); ok {
				return d, analyze.RefMetadata
			}
		}
	}
	for _, v := range near {
		if d, ok := timex.ParseDate(v); ok {
			return d, analyze.RefMetadata
		}
	}
	if d, ok := timex.ParseDate(other); ok {
		return d, analyze.RefMetadata
	}
	for _, c := range dates {
		if d, ok := urlDate(c.Value); c.Source == SourceURL && ok {
			return d, analyze.RefMetadata
		}
	}
	return timex.Date{}, analyze.RefNone
}

// urlDate reads a date from the path of an address: "/2015/03/18/",
// "/2015-03-18", "/20150318/" — a year from 1990 on, a real day.
func urlDate(u string) (timex.Date, bool) {
	parts := strings.FieldsFunc(u, func(r rune) bool { return r == '/' || r == '?' || r == '#' || r == '_' })
	for i, p := range parts {
		if len(p) == 4 && i+2 < len(parts) && len(parts[i+1]) == 2 && len(parts[i+2]) == 2 {
			if d, ok := timex.ParseDate(p + "-" + parts[i+1] + "-" + parts[i+2]); ok && d.Year >= 1990 {
				return d, true
			}
		}
		switch {
		case len(p) == 8 && strings.Trim(p, "0123456789") == "":
		case len(p) >= 10 && p[4] == '-' && p[7] == '-':
			p = p[:10]
		default:
			continue
		}
		if d, ok := timex.ParseDate(p); ok && d.Year >= 1990 {
			return d, true
		}
	}
	return timex.Date{}, false
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
