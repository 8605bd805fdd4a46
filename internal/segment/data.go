package segment

import (
	"github.com/glossline/glossline/internal/datafile"
	"strings"
)

// Language knowledge lives in data/<lang>.txt, one file per language (see
// data/README.md). A test turns the files into one table per language
// ahead of time (rules_gen.go, written by TestRulesGenerated, which fails
// when the tables and the files disagree), so nothing is parsed at run
// time.
//
//go:generate go test -run ^TestRulesGenerated$ -update

// abbrevKind says whether a period after an abbreviation may end a sentence.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// never: the period never ends a sentence ("Dr.", "z. B.").
	never
	// mayEnd: the period ends a sentence only when a starter word follows
	// ("etc.", "U.S.", "a.m.").
	mayEnd
)

// The classes of a key in a language's table: an abbreviation's kind (the
// low two bits, an abbrevKind), and the word lists that hold a word.
const (
	kindMask    = 3
	month       = 4
	ordinalWord = 8
	starter     = 16
)

// rules is one language's data: a table (see datafile.Find) of the
// lower-cased abbreviations — with their inner whitespace removed ("z. B."
// → "z.b.") — and words of the language's file, with their classes.
type rules struct {
	keys, index, disp, classes string
	// maxLen is the length of the longest key.
	maxLen int
	// ordinalDot: a number of one to three digits followed by a period and a
	// capitalised word that is not a starter is an ordinal (German).
	ordinalDot bool
	// maxParts is the largest number of dotted parts in an abbreviation
	// ("i. d. R." has 3), which bounds the look-around at each period.
	maxParts int
}

// languages are the languages with a data file; English, the fallback,
// comes first.
var languages = [...]string{"en", "de"}

// rulesFor returns the rules for a language tag ("de", "de-DE", "EN");
// unknown and empty tags get the English rules.
func rulesFor(lang string) rules {
	for i := 0; i < len(lang); i++ {
		if lang[i] == '-' || lang[i] == '_' {
			lang = lang[:i]
			break
		}
	}
	if strings.ToLower(lang) == "de" {
		return rules{deKeys, deIndex, deDisp, deVals, deMaxLen, deOrdinalDot, deMaxParts}
	}
	return rules{enKeys, enIndex, enDisp, enVals, enMaxLen, enOrdinalDot, enMaxParts}
}

// classesOf returns the classes of a lower-case key, 0 for none.
func (r *rules) classesOf(key string) uint8 {
	if len(key) > r.maxLen {
		return 0
	}
	if s := datafile.Find(key, r.keys, r.index, r.disp); s >= 0 {
		return r.classes[s]
	}
	return 0
}
