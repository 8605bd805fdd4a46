// Package glossary finds the names a reader may not know in a news text —
// acronyms, organisations, people, places, programmes — and gives each a
// short definition.
//
// Definitions come, in this order of preference, from the publisher's own
// glossary (a Publisher: package siteglossary reads one), from the text itself (acronym
// expansions, appositions, copular sentences, relative clauses, roles
// before and after a name, the kind of thing named around the name or in a
// list after it), and from the built-in knowledge base (package kb). A
// definition mined from the text must belong to the name (not to a
// neighbouring phrase) and is given in the nominative; a title or one
// simple noun alone ("Senator", "party") is no definition: it leads a
// description of the same person, or gives way to the knowledge base,
// which also wins over a mere role or kind; else the name is not marked.
// Knowledge-base facts that hold only for a time are given as they stood
// on the article's date (Options.Ref). A name is marked only when one of
// them defines it, and only names are marked: whole, with initials,
// particles and numerals, without honorifics, never a first name or a
// title alone, nothing in a picture's credit line.
//
// German capitalises every noun, so capitalisation alone is no evidence of a
// name: the engine combines word lists (data/<lang>.txt and data/names.txt,
// read from the tables generated from them, see lexicon.go) with the shapes
// of names and of the phrases that define them. The word lists are the
// language knowledge — stop words, common nouns and noun endings, roles,
// classifiers ("Söldnergruppe", "news agency"), institution heads, defining
// verbs, acronym cue phrases, given names and East Asian family names — and
// the code is the same for every language.
//
// Find reads the text as a document of package text: its words are joins
// of the document's tokens ("U.S.", "Eurasien-Programm", "Friday’s"), and
// its sentence starts and paragraphs are the document's. It works in three
// passes over the words: it collects name candidates (acronyms, runs of
// capitalised words split at stop words, roles and classifiers), mines the
// phrases around each candidate for a definition, and then resolves: names
// join site or knowledge-base entries of the same name, inflected forms
// ("UN-Sicherheitsrats") and short forms ("Nixey" after "James Nixey") join
// their entry, and the marking policy picks the mentions.
//
// Finding names is apart from defining them: Result.Names lists every name
// the text holds once, defined or not — the entries' names, runs of
// capitalised words, single words where only a name is capitalised (inside
// an English sentence; in German after a bare "in", "aus", "nach"), titles
// in quotation marks — so that a caller can look up or collect what the
// engine cannot define; only defined names are marked.
//
// Find is pure: no clock, no I/O, no goroutines; it is safe for concurrent
// use and never panics on any input, including invalid UTF-8. Its time is
// linear in the length of the text.
package glossary

import "github.com/glossline/glossline/internal/text"

// Span is a half-open byte range [Start, End) into the analysed text.
type Span = text.Span

// Entry is one glossary entry: a name and its definition.
type Entry struct {
	// ID identifies the entry: lower-case ASCII letters, digits and '-',
	// unique within one Result and the same on every run for the same
	// input (for site and built-in entries, their own id).
	ID string
	// Term is the entry's canonical name; Aliases are other names that
	// refer to it (acronym expansions, short forms).
	Term    string
	Aliases []string
	// Kind is "organization", "person", "place" or "other".
	Kind string
	// Definition is plain text (never markup), at most a few hundred
	// characters, in the language of the analysed text.
	Definition string
	// Source says where Definition came from: "site" (the publisher's
	// glossary), "article" (the analysed text) or "builtin" (package kb).
	Source string
	// AsOf is the year a definition was known true where it can change,
	// or "". Link is an optional URL with more information, or "".
	AsOf string
	Link string
	// Attribution says who wrote Definition when the publisher's
	// glossary took it from elsewhere ("Wikipedia, CC BY-SA 4.0"), or "".
	Attribution string
}

// Mention is one marked occurrence of an entry in the text.
type Mention struct {
	// Start and End are byte offsets [Start, End) into the text of the
	// document passed to Find (text.Doc.Text), on rune boundaries.
	Start, End int
	// Entry is the ID of the Entry the mention refers to.
	Entry string
	// Link reports that the mention lies in Options.Link: it is marked
	// without being a control of its own (the link around it is one).
	Link bool
}

// Publisher is a publisher's glossary (package siteglossary reads one from
// its JSON): its entries as a text in lang sees them, in its order, with
// Source "site". Its definitions win over the article's and the knowledge
// base's.
type Publisher interface {
	Entries(lang string) []Entry
}

// Options control Find. In the zero value Lang is read as "en"; callers
// should always set it.
type Options struct {
	// Lang is the text's language, "de" or "en" (anything else is read as
	// "en"). Definitions are given in this language.
	Lang string
	// Site is the publisher's glossary, or nil.
	Site Publisher
	// Mark is "first-per-paragraph" (the default, also when "" or
	// anything unknown) — the first mention of each entry in each
	// paragraph of the document is marked — or "all".
	Mark string
	// NoMark are byte ranges where no mention may be marked (links,
	// headings, a caption's credit line). Text there still counts for
	// definitions.
	NoMark []Span
	// Link are byte ranges inside links. A mention there is marked only
	// where its paragraph has no mention outside them (Mention.Link), for
	// a name the reader meets only as a link's text; names there are
	// listed as in NoMark.
	Link []Span
	// Ref is the article's reference (publication) date, "YYYY-MM-DD", or
	// "" when unknown (anything else is read as unknown). Knowledge-base
	// facts that hold only for a time are given as they stood on that
	// date: a fact that began later is left out. Without a date, the
	// facts that still hold as of the entry's AsOf are given.
	Ref string
}

// Result is what Find found.
type Result struct {
	// Mentions are sorted by Start and do not overlap.
	Mentions []Mention
	// Entries are the entries that have at least one mention, in order of
	// their first mention (those marked only in links' text after the
	// others, in the same order).
	Entries []Entry
	// Names are every name found, defined or not, sorted by Start; a
	// later mention by a short form ("Nixey" after "James Nixey") or an
	// inflected form is no name of its own.
	Names []Name
}

// Find marks the names in the document and defines them. d is the text
// as package text tokenized it, split into sentences by package segment
// (without sentences, only paragraph starts count as sentence starts); its
// paragraphs are the paragraphs of the marking policy. Offsets in the
// Result are byte offsets into d.Text. See the package documentation for
// the rules; Options for the knobs.
func Find(d *text.Doc, opt Options) Result {
	lang := opt.Lang
	if lang != "de" {
		lang = "en"
	}
	e := newEngine(d, lang, opt)
	return e.run()
}

// Name is one name the text holds, defined or not: a person, an
// organisation, a place, a work, an acronym. Each name is listed once.
type Name struct {
	// Start and End are byte offsets [Start, End) of a mention of the
	// name: its first mention where a mention may be marked, else its
	// first; NoMark says which.
	Start, End int
	// Text is the name in the form of that mention (without an English
	// possessive ending).
	Text string
	// Kind is "person", "organization", "place" or "other", as for
	// Entry.Kind, or "work" for a title in quotation marks.
	Kind string
	// Entry is the ID of the name's entry in Result.Entries, or "" when
	// nothing defines it.
	Entry string
	// NoMark reports that every mention lies where none may be marked
	// (Options.NoMark, a picture's credit line).
	NoMark bool
}
