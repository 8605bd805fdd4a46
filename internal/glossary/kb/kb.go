// Package kb is glossline's built-in knowledge base: names that recur in
// international news (organisations, news agencies, governments, armed
// groups, think tanks, places, treaties, office holders, companies and their
// products, abbreviations and terms), each with names and
// a short neutral definition in German and English.
//
// The knowledge is data, not code: plain-text files under data/, embedded
// into the binary and parsed the first time Entries is called. The block
// format is described in data/README.md and in parse.go. A native
// test loads every file and checks it (both languages, unique ids and names,
// definition lengths, kinds, as_of years, the compressed size).
//
// The knowledge base is the last resort of the glossary: a definition mined
// from the article, or the publisher's own glossary, is preferred by the
// engine (package glossary), which also decides which mentions link here.
package kb

import (
	_ "embed" // for //go:embed
	"errors"
	"sync"
)

// Entry is one knowledge-base entry.
type Entry struct {
	// ID is the entry's stable identifier: lower-case ASCII letters, digits
	// and '-' (for example "kcna", "un-security-council"); unique across
	// the knowledge base and safe to use in HTML ids.
	ID string
	// Kind is one of "organization", "person", "place" or "other".
	Kind string
	// AsOf is the year (four digits, like "2024") in which the definition
	// was known to be true, wherever a fact can change (office holders,
	// memberships, leaders); it is "" for stable facts. Every person has
	// one.
	AsOf string
	// Link is an optional URL with more information, or "".
	Link string
	// Names maps a language ("de", "en") to the entry's names in that
	// language: the first is the canonical term, the rest are aliases
	// (acronyms, other spellings, uninflected variants). Every entry has at
	// least one non-empty name in "de" and in "en"; no name (compared
	// case-insensitively) belongs to two entries within one language.
	Names map[string][]string
	// Def maps a language ("de", "en") to a neutral one-sentence
	// definition of at most 200 characters (runes). Every entry has one in
	// "de" and in "en". It holds what is true whatever the date; what
	// holds only for a time is in Facts.
	Def map[string]string
	// Facts are what is true of the entry only for a time (an office, a
	// membership count, who rules where), in the order of the data file.
	Facts []Fact
}

// Fact is a dated fact of an entry: a short sentence per language that
// holds from Since to Until. A reader of an article dated before Since is
// not shown it.
type Fact struct {
	// Since and Until bound the time the fact holds, inclusive: "YYYY",
	// "YYYY-MM" or "YYYY-MM-DD" (a month or year includes all its days);
	// Since is never empty, Until is "" while the fact still holds.
	Since, Until string
	// Text maps a language ("de", "en") to the fact as a sentence of at
	// most maxFact runes; every fact has one in each language.
	Text map[string]string
}

// maxFact is the longest allowed fact, in runes.
const maxFact = 120

// kinds lists the valid values of Entry.Kind.
var kinds = [...]string{"organization", "person", "place", "other"}

// languages lists the languages every entry must cover.
var languages = [...]string{"de", "en"}

// maxDef is the longest allowed definition, in runes.
const maxDef = 200

//go:embed data/armed.txt
var armedData string

//go:embed data/companies.txt
var companiesData string

//go:embed data/government.txt
var governmentData string

//go:embed data/international.txt
var internationalData string

//go:embed data/media.txt
var mediaData string

//go:embed data/other.txt
var otherData string

//go:embed data/people.txt
var peopleData string

//go:embed data/places.txt
var placesData string

//go:embed data/terms.txt
var termsData string

//go:embed data/thinktanks.txt
var thinktanksData string

// dataFiles lists the embedded data files in lexical order. They are
// embedded as strings, not as an embed.FS: an embed.FS links io/fs and time
// into the wasm (16 KB brotli) for nothing the knowledge base uses.
var dataFiles = [...]string{"data/armed.txt", "data/companies.txt", "data/government.txt", "data/international.txt", "data/media.txt", "data/other.txt", "data/people.txt", "data/places.txt", "data/terms.txt", "data/thinktanks.txt"}

// dataText holds the embedded files, in the order of dataFiles.
var dataText = [...]*string{&armedData, &companiesData, &governmentData, &internationalData, &mediaData, &otherData, &peopleData, &placesData, &termsData, &thinktanksData}

// readData returns a copy of an embedded data file. (A loop over two tables,
// not a switch with one return per file: it costs the wasm less.)
func readData(name string) ([]byte, error) {
	for i, f := range dataFiles {
		if f == name {
			return []byte(*dataText[i]), nil
		}
	}
	return nil, errors.New("kb: no data file " + name)
}

var (
	once    sync.Once
	entries []Entry
)

// Entries returns every entry of the knowledge base, ordered by data file
// (alphabetically) and then by position in the file.
//
// The data is parsed on the first call; later calls return the same slice,
// which callers must not modify (nor its maps). Entries is safe for
// concurrent use. Malformed blocks in the data are skipped (the package's
// tests reject them, so a release build has none), as is any block whose id
// was already used; Entries never panics on bad data.
func Entries() []Entry {
	once.Do(func() {
		entries, _ = load(dataFiles[:], readData)
	})
	return entries
}

// load parses the named files, read with read, in the given order. It
// returns the well-formed entries (dropping blocks whose id repeats an
// earlier one) and one error per problem found; a problem only ever drops the
// block it occurs in.
func load(files []string, read func(string) ([]byte, error)) ([]Entry, []error) {
	var (
		all  []Entry
		errs []error
		seen = make(map[string]bool)
	)
	for _, name := range files {
		src, err := read(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		es, perrs := parse(name, src)
		errs = append(errs, perrs...)
		for _, e := range es {
			if seen[e.ID] {
				errs = append(errs, &parseError{file: name, line: e.line, id: e.ID, msg: "duplicate id"})
				continue
			}
			seen[e.ID] = true
			all = append(all, e.Entry)
		}
	}
	return all, errs
}
