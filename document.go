package glossline

import (
	"golang.org/x/net/html/atom"

	"github.com/glossline/glossline/internal/analyze"
	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/markup"
	"github.com/glossline/glossline/internal/page"
	"github.com/glossline/glossline/internal/pipeline"
)

// Document is what Annotate finds in one article, and the JSON that
// `glossline annotate -format json` prints: a public contract, whose
// fields and keys are added, never renamed or removed. Offsets (Start,
// End) are UTF-8 byte offsets into the analysed text: the input for plain
// text, the article's text for an HTML page (Text, with
// Options.WithText).
type Document struct {
	// Lang is the article's language: "de" or "en", or the code of the
	// language it was detected in when glossline does not read it (then
	// nothing else is filled in).
	Lang          string          `json:"lang"`
	ReferenceDate Reference       `json:"reference_date"`
	Dates         []Date          `json:"dates"`
	Terms         []Term          `json:"terms"`
	Glossary      []GlossaryEntry `json:"glossary"`
	// Names are the names found in the text, defined or not.
	Names    []Name  `json:"names"`
	Timeline []Event `json:"timeline"`
	// Text is the analysed text, with Options.WithText; nil otherwise.
	Text *string `json:"text,omitempty"`
	// Warnings are the problems worth telling a person: no article found
	// on the page, a glossary that could not be read, an article in a
	// language glossline does not read. They are not part of the JSON
	// (the command prints them on standard error).
	Warnings []string `json:"-"`

	// The analysis, for HTML.
	run  *pipeline.Output
	page *page.Page
}

// Reference is the date relative dates were resolved against.
type Reference struct {
	// Value is the date, YYYY-MM-DD; nil when Source is "none" (then
	// relative dates keep underspecified values such as "XXXX-WXX-3").
	Value *string `json:"value"`
	// Source is "flag" (Options.Ref), "metadata" (the page's), "inferred"
	// (from the text) or "none".
	Source string `json:"source"`
}

// Date is one temporal expression, with its TimeML TIMEX3 type, value and
// modifier.
type Date struct {
	ID    string `json:"id"` // "d1", "d2", …: the id the timeline refers to
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE, TIME, DURATION or SET
	Value string `json:"value"` // "2023-09-13", "1950/1953" for a range, …
	Mod   string `json:"mod,omitempty"`
	// Open is "after" for an open range ("seit 2022", "since 2022").
	Open string `json:"open,omitempty"`
}

// Term is one marked mention of a glossary entry.
type Term struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Entry string `json:"entry"` // the GlossaryEntry's ID
	// InLink reports that the mention stands inside a link of the page:
	// glossline marks it without a control of its own (a link or button
	// inside a link is invalid HTML), and a tool that marks terms should
	// do the same.
	InLink bool `json:"in_link,omitempty"`
}

// GlossaryEntry is one definition: from the publisher's glossary, the
// article itself or glossline's built-in knowledge base (Source).
type GlossaryEntry struct {
	ID         string   `json:"id"`
	Term       string   `json:"term"`
	Aliases    []string `json:"aliases,omitempty"`
	Kind       string   `json:"kind"` // organization, person, place or other
	Definition string   `json:"definition"`
	Source     string   `json:"source"` // site, article or builtin
	AsOf       string   `json:"as_of,omitempty"`
	Link       string   `json:"link,omitempty"`
	// Attribution says who wrote a publisher glossary's definition when it
	// is not the publisher ("Wikipedia, CC BY-SA 4.0"); "" otherwise.
	Attribution string `json:"attribution,omitempty"`
}

// Name is one name found in the text (a person, an organization, a place,
// a work …), whether or not a glossary entry defines it.
type Name struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	// Entry is the ID of the GlossaryEntry that defines it; "" when
	// nothing does.
	Entry string `json:"entry,omitempty"`
}

// Event is one entry of the timeline.
type Event struct {
	Date      string   `json:"date"`
	Label     string   `json:"label"`
	Dates     []string `json:"dates"` // the IDs of its Dates
	Sentences []Span   `json:"sentences"`
	Open      string   `json:"open,omitempty"`
	Mod       string   `json:"mod,omitempty"`
}

// Span is a byte range [Start, End) of the analysed text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// newDocument converts the analysis of text.
func newDocument(text string, r *analyze.Result, warnings []string) *Document {
	doc := &Document{
		Lang:          r.Lang,
		ReferenceDate: Reference{Source: r.RefSource},
		Dates:         []Date{},
		Terms:         []Term{},
		Glossary:      []GlossaryEntry{},
		Names:         []Name{},
		Timeline:      []Event{},
		Warnings:      warnings,
	}
	if !r.Ref.IsZero() {
		v := r.Ref.String()
		doc.ReferenceDate.Value = &v
	}
	for i, d := range r.Dates {
		doc.Dates = append(doc.Dates, Date{ID: markup.DateID(i), Start: d.Start, End: d.End, Text: text[d.Start:d.End],
			Type: d.Type, Value: d.Value, Mod: d.Mod, Open: d.Open})
	}
	for _, t := range r.Terms {
		doc.Terms = append(doc.Terms, Term{Start: t.Start, End: t.End, Text: text[t.Start:t.End], Entry: t.Entry, InLink: t.Link})
	}
	for _, g := range r.Glossary {
		doc.Glossary = append(doc.Glossary, GlossaryEntry{ID: g.ID, Term: g.Term, Aliases: g.Aliases, Kind: g.Kind,
			Definition: g.Definition, Source: g.Source, AsOf: g.AsOf, Link: g.Link, Attribution: g.Attribution})
	}
	for _, n := range r.Names {
		doc.Names = append(doc.Names, Name{Start: n.Start, End: n.End, Text: n.Text, Kind: n.Kind, Entry: n.Entry})
	}
	for _, e := range r.Timeline {
		ev := Event{Date: e.Date, Label: e.Label, Dates: []string{}, Sentences: []Span{}, Open: e.Open, Mod: e.Mod}
		for _, i := range e.Dates {
			ev.Dates = append(ev.Dates, markup.DateID(i))
		}
		for _, s := range e.Sentences {
			ev.Sentences = append(ev.Sentences, Span{s.Start, s.End})
		}
		doc.Timeline = append(doc.Timeline, ev)
	}
	return doc
}

// HTML returns the annotated article as an HTML fragment, as
// `glossline annotate -format html` prints it: the article's paragraphs
// and headings (an <h1> stays an <h1>) with the date and term marks, then
// the panel with the timeline and the notes. It is "" for a Document that
// Annotate did not make (one decoded from JSON).
func (d *Document) HTML() string {
	if d == nil || d.run == nil {
		return ""
	}
	var tag func(int) string
	if d.page != nil {
		tag = headingTags(d.page, d.run)
	}
	return markup.RenderBlocks(d.run.Text.Text, d.run.Result, tag)
}

// headingTags returns, for the paragraphs of an HTML article, the heading
// element ("h1"…"h6") that holds a paragraph's whole text, "" for the
// others: the fragment keeps the article's headings as headings.
func headingTags(p *page.Page, out *pipeline.Output) func(int) string {
	return func(i int) string {
		para := out.Result.Paragraphs[i]
		tag := ""
		for _, pc := range out.Text.Pieces(para.Start, para.End) {
			if pc.Node >= len(p.Nodes) || out.Text.Nodes[pc.Node].Flags&article.Heading == 0 {
				return ""
			}
			h := ""
			for n := p.Nodes[pc.Node]; n != nil && h == ""; n = n.Parent {
				switch n.DataAtom {
				case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
					h = n.Data
				}
			}
			if h == "" || tag != "" && h != tag {
				return ""
			}
			tag = h
		}
		return tag
	}
}
