package timeline

import "strings"

// The per-language vocabulary lives in data/<lang>.txt (see data/README.md
// for the format). The engine does not parse those files: it reads the
// tables that TestLexiconGenerated generates from them into
// lexicon_gen.go, constant strings and integer slices that cost no start-up
// work. Regenerate them after changing a data file:
//
//go:generate go test -run TestLexiconGenerated -update

// langs lists the languages that have a data file, in the order of the
// generated tables. Unknown languages fall back to the first one.
var langs = [...]string{"en", "de"}

// lexicon is one language's vocabulary: an index into the generated
// tables.
type lexicon struct {
	lang string
	id   int
}

var lexicons = [len(langs)]lexicon{{lang: "en", id: 0}, {lang: "de", id: 1}}

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
	cGenitive
	cPronoun
	cSubordinator
	cReflexive
	cDependent
	cCaptionLead
	cCaption
	cOpenAfter
	cStatement
	cPronounSpeaker
	cStatementObject
	cRelative
	cVerb
	cPeriod

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
	for i := range langs {
		if langs[i] == lang {
			return &lexicons[i]
		}
	}
	return &lexicons[0]
}

// lexHash is the hash of the generated word tables: FNV-1a over the bytes.
func lexHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// class returns the word classes of the lower-cased word w (0 for a word
// that is in no section).
func (lx *lexicon) class(w string) class {
	slots, ends, words := lexSlots[lx.id], lexWordEnd[lx.id], lexWords[lx.id]
	mask := uint32(len(slots) - 1)
	for j := lexHash(w) & mask; ; j = (j + 1) & mask {
		s := int(slots[j])
		if s == 0 {
			return 0
		}
		a := 0
		if s > 1 {
			a = int(ends[s-2])
		}
		if words[a:ends[s-1]] == w {
			return class(lexWordClass[lx.id][s-1])
		}
	}
}

// is reports whether the lower-cased word w is an item of a section of
// class c.
func (lx *lexicon) is(c class, w string) bool { return lx.class(w)&c != 0 }

// entry returns the value of the generated entry for section and key: a
// key-value item (key != ""), or the items of an ordered list (key == ""),
// joined by listSep. It returns "" when there is none.
func (lx *lexicon) entry(section, key string) string {
	keys, kend := lexKeys[lx.id], lexKeyEnd[lx.id]
	lo, hi := 0, len(kend)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		a := 0
		if m > 0 {
			a = int(kend[m-1])
		}
		if c := compareKey(keys[a:kend[m]], section, key); c == 0 {
			vend := lexValueEnd[lx.id]
			b := 0
			if m > 0 {
				b = int(vend[m-1])
			}
			return lexValues[lx.id][b:vend[m]]
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
