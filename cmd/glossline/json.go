package main

import (
	"github.com/glossline/glossline/internal/analyze"
	"github.com/glossline/glossline/internal/markup"
)

// The JSON printed by `glossline annotate -format json` is a public
// contract: fields may be added, never renamed or removed. Offsets are
// UTF-8 byte offsets into the analysed text (the input file for text input;
// the extracted text, printed with -with-text, for HTML input).
type jsonDoc struct {
	Lang          string      `json:"lang"`
	ReferenceDate jsonRef     `json:"reference_date"`
	Dates         []jsonDate  `json:"dates"`
	Terms         []jsonTerm  `json:"terms"`
	Glossary      []jsonEntry `json:"glossary"`
	Names         []jsonName  `json:"names"`
	Timeline      []jsonEvent `json:"timeline"`
	Text          *string     `json:"text,omitempty"`
}

type jsonRef struct {
	Value  *string `json:"value"` // null when source is "none"
	Source string  `json:"source"`
}

type jsonDate struct {
	ID    string `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	Open  string `json:"open,omitempty"`
}

type jsonTerm struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Entry string `json:"entry"`
}

type jsonEntry struct {
	ID         string   `json:"id"`
	Term       string   `json:"term"`
	Aliases    []string `json:"aliases,omitempty"`
	Kind       string   `json:"kind"`
	Definition string   `json:"definition"`
	Source     string   `json:"source"`
	AsOf       string   `json:"as_of,omitempty"`
	Link       string   `json:"link,omitempty"`
	// Attribution: who wrote a publisher glossary's definition (issue 21).
	Attribution string `json:"attribution,omitempty"`
}

// jsonName is one name found in the text, defined or not (issue 21).
type jsonName struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	Entry string `json:"entry,omitempty"` // the glossary entry's id; absent when nothing defines it
}

type jsonEvent struct {
	Date      string     `json:"date"`
	Label     string     `json:"label"`
	Dates     []string   `json:"dates"`
	Sentences []jsonSpan `json:"sentences"`
	Open      string     `json:"open,omitempty"`
	Mod       string     `json:"mod,omitempty"`
}

type jsonSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

func toJSON(text string, r *analyze.Result) *jsonDoc {
	doc := &jsonDoc{
		Lang:          r.Lang,
		ReferenceDate: jsonRef{Source: r.RefSource},
		Dates:         []jsonDate{},
		Terms:         []jsonTerm{},
		Glossary:      []jsonEntry{},
		Names:         []jsonName{},
		Timeline:      []jsonEvent{},
	}
	if !r.Ref.IsZero() {
		v := r.Ref.String()
		doc.ReferenceDate.Value = &v
	}
	for i, d := range r.Dates {
		doc.Dates = append(doc.Dates, jsonDate{ID: markup.DateID(i), Start: d.Start, End: d.End, Text: text[d.Start:d.End],
			Type: d.Type, Value: d.Value, Mod: d.Mod, Open: d.Open})
	}
	for _, t := range r.Terms {
		doc.Terms = append(doc.Terms, jsonTerm{Start: t.Start, End: t.End, Text: text[t.Start:t.End], Entry: t.Entry})
	}
	for _, g := range r.Glossary {
		doc.Glossary = append(doc.Glossary, jsonEntry{ID: g.ID, Term: g.Term, Aliases: g.Aliases, Kind: g.Kind,
			Definition: g.Definition, Source: g.Source, AsOf: g.AsOf, Link: g.Link, Attribution: g.Attribution})
	}
	for _, n := range r.Names {
		doc.Names = append(doc.Names, jsonName{Start: n.Start, End: n.End, Text: n.Text, Kind: n.Kind, Entry: n.Entry})
	}
	for _, e := range r.Timeline {
		ev := jsonEvent{Date: e.Date, Label: e.Label, Dates: []string{}, Sentences: []jsonSpan{}, Open: e.Open, Mod: e.Mod}
		for _, i := range e.Dates {
			ev.Dates = append(ev.Dates, markup.DateID(i))
		}
		for _, s := range e.Sentences {
			ev.Sentences = append(ev.Sentences, jsonSpan{s.Start, s.End})
		}
		doc.Timeline = append(doc.Timeline, ev)
	}
	return doc
}
