package timeline

import (
	"strings"
	"sync"

	"github.com/glossline/glossline/internal/datafile"
)

// The per-language vocabulary lives in data/<lang>.txt (see data/README.md
// for the format). The engine does not parse those files: it reads the
// tables that TestLexiconGenerated generates from them — strings in
// sections of the data file (package datafile: "timeline.words.en", …),
// which the first lexiconFor slices, and the table of the distinct classes
// in lexicon_gen.go — so that they cost no start-up work. Regenerate them
// after changing a data file:
//
//go:generate go test -run TestLexiconGenerated -update

// langs lists the languages that have a data file, in the order of the
// generated tables. Unknown languages fall back to the first one.
var langs = [...]string{"en", "de"}

// lexicon is one language's vocabulary: its generated tables. words holds
// the lower-cased words of the word-class sections as records (a byte with
// the word's length, a byte with the index of its classes in lexClasses,
// the word) sorted by cell (see cell), then by word; cells holds two bytes
// (little-endian) per cell, the offset of its first record, and two more
// at the end. keys holds the keys of the key-value items (section, keySep,
// key) and of the ordered lists (the section), sorted and concatenated,
// values their values (a list's items joined by listSep); keyEnd and
// valueEnd say where each ends (two bytes each).
type lexicon struct {
	lang                                         string
	id                                           int
	words, cells, keys, keyEnd, values, valueEnd string
}

var (
	lexicons = [len(langs)]lexicon{{lang: "en", id: 0}, {lang: "de", id: 1}}
	lexOnce  sync.Once
)

// loadLexicons gives the lexicons their sections of the data file. Without
// the file (the wasm refuses to annotate then) the tables are empty, not
// malformed: no word has a class, no entry a value.
func loadLexicons() {
	for i := range lexicons {
		lx := &lexicons[i]
		sec := func(name string) string { return datafile.Section("timeline." + name + "." + lx.lang) }
		lx.words, lx.cells, lx.keys, lx.keyEnd, lx.values, lx.valueEnd = sec("words"), sec("cells"), sec("keys"), sec("keyend"), sec("values"), sec("valueend")
		if len(lx.cells) != 2*(27*maxCellLen+1) {
			lx.words, lx.cells, lx.keys, lx.keyEnd, lx.values, lx.valueEnd = "", strings.Repeat("\x00", 2*(27*maxCellLen+1)), "", "", "", ""
		}
	}
}

// u16 returns the two-byte little-endian number at index i of s.
func u16(s string, i int) int { return int(s[2*i]) | int(s[2*i+1])<<8 }

// class is a set of word classes: one bit per section of a data file whose
// items are words the engine looks up (see classNames).
type class uint32

const (
	cStop class = 1 << iota
	cAttribution
	cConnector
	cPrep
	cDet
	cFiller
	cCoord
	cSubjectDet
	cThat
	cCut
	cAttributionUpto
	cAttributionFrom
	cFinite
	cPronoun
	cSubordinator
	cDependent
	cStatement
	cStatementObject
	cRelative
	cVerb
	cPeriod
	cRangeTo
	cRangeAnd
	cRangeFrom
	cStamp
	cPresent
	cCompare
	cGenitiveOf
	cNegation
	cVintage

	// Not sections: the labeler marks quotation marks of the language
	// with these.
	cOpenQuote  class = 1 << 30
	cCloseQuote class = 1 << 31
)

// cFunction joins the classes whose words carry no content of their own,
// for comparing mentions.
const cFunction = cStop | cAttribution | cConnector | cPrep | cDet | cFiller

// lexiconFor returns the vocabulary of lang ("de" or "en"); any other
// language gets the English one.
func lexiconFor(lang string) *lexicon {
	lexOnce.Do(loadLexicons)
	for i := range langs {
		if langs[i] == lang {
			return &lexicons[i]
		}
	}
	return &lexicons[0]
}

// class returns the word classes of the lower-cased word w (0 for a word
// that is in no section). The records of cell c are words[u16(cells, c):
// u16(cells, c+1)].
func (lx *lexicon) class(w string) class {
	if w == "" {
		return 0
	}
	recs, cells := lx.words, lx.cells
	c := 2 * cell(w)
	for i, end := int(cells[c])|int(cells[c+1])<<8, int(cells[c+2])|int(cells[c+3])<<8; i < end; {
		n := int(recs[i])
		if n == len(w) && recs[i+2:i+2+n] == w {
			return class(lexClasses[lx.id][recs[i+1]])
		}
		i += 2 + n
	}
	return 0
}

// maxCellLen is the longest word length, in bytes, with cells of its own;
// longer words share one.
const maxCellLen = 12

// cell returns the cell of the generated word table that holds the
// non-empty word w: by its first byte ("a" to "z", or any other) and its
// length (1 to maxCellLen, or longer).
func cell(w string) int {
	b := 0
	if c := w[0]; c >= 'a' && c <= 'z' {
		b = int(c-'a') + 1
	}
	return b*maxCellLen + min(len(w), maxCellLen) - 1
}

// is reports whether the lower-cased word w is an item of a section of
// class c.
func (lx *lexicon) is(c class, w string) bool { return lx.class(w)&c != 0 }

// entry returns the value of the generated entry for section and key: a
// key-value item (key != ""), or the items of an ordered list (key == ""),
// joined by listSep. It returns "" when there is none.
func (lx *lexicon) entry(section, key string) string {
	keys, kend := lx.keys, lx.keyEnd
	lo, hi := 0, len(kend)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		a := 0
		if m > 0 {
			a = u16(kend, m-1)
		}
		if c := compareKey(keys[a:u16(kend, m)], section, key); c == 0 {
			vend := lx.valueEnd
			b := 0
			if m > 0 {
				b = u16(vend, m-1)
			}
			return lx.values[b:u16(vend, m)]
		} else if c < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return ""
}

// keySep separates a section from its key in the generated keys; listSep
// separates the items of a list.
const (
	keySep  = "\x1f"
	listSep = "\x1e"
)

// compareKey compares the generated key k with section+keySep+key (or
// section alone when key is ""), as strings.Compare would, without building
// that string.
func compareKey(k, section, key string) int {
	if len(k) < len(section) {
		if c := strings.Compare(k, section[:len(k)]); c != 0 {
			return c
		}
		return -1
	}
	if c := strings.Compare(k[:len(section)], section); c != 0 {
		return c
	}
	k = k[len(section):]
	switch {
	case key == "" && k == "":
		return 0
	case key == "":
		return 1
	case k == "":
		return -1
	case k[0] != keySep[0]:
		if k[0] < keySep[0] {
			return -1
		}
		return 1
	}
	return strings.Compare(k[1:], key)
}

// get returns the value of key in a key-value section, or "".
func (lx *lexicon) get(section, key string) string {
	if key == "" {
		return ""
	}
	return lx.entry(section, key)
}

// list returns the items of an ordered list section joined by listSep
// (read them with nextItem).
func (lx *lexicon) list(section string) string { return lx.entry(section, "") }

// nextItem returns the first item of a list from lexicon.list and the rest.
func nextItem(list string) (item, rest string) {
	item, rest, _ = strings.Cut(list, listSep)
	return item, rest
}

// name returns item i of an ordered list, or "" when out of range.
func (lx *lexicon) name(section string, i int) string {
	if i < 0 {
		return ""
	}
	for rest := lx.list(section); rest != ""; i-- {
		var item string
		item, rest = nextItem(rest)
		if i == 0 {
			return item
		}
	}
	return ""
}

// inList reports whether w is an item of the list section (items are
// written in lower case).
func (lx *lexicon) inList(section, w string) bool {
	for rest := lx.list(section); rest != ""; {
		var item string
		item, rest = nextItem(rest)
		if item == w {
			return true
		}
	}
	return false
}
