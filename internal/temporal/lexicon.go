package temporal

import (
	_ "embed" // for //go:embed
	"errors"

	"github.com/glossline/glossline/internal/datafile"
	"github.com/glossline/glossline/internal/lang"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/de.txt
var deData string

//go:embed data/en.txt
var enData string

// dataFile returns the embedded vocabulary file of a language code.
func dataFile(code string) (string, bool) { return lang.Pick(code, deData, enData) }

// Languages lists the languages that have a vocabulary file.
var Languages = []string{"de", "en"}

// word is one element of a vocabulary phrase.
type word struct {
	_    noCompare
	text string // lower case, without the abbreviation period
	abbr bool   // written with a period in the data: the period is optional
}

// class is a vocabulary section ("[month]"); 0 is a section the grammar
// does not know.
type class uint8

// The sections the grammar reads, in the order of classNames.
const (
	cMonth class = iota + 1
	cWeekday
	cNumber
	cOrdinal
	cFew
	cUnit
	cRelative
	cDeictic
	cAnaphoric
	cReference
	cPart
	cPartof
	cModifier
	cSeason
	cDaypart
	cSet
	cOpen
	cLater
	cEarlier
	cClock
	cDeterminer
	cIn
	cFuture
	cQuantity
	cLabel
	cEra
	cDecade
	cAge
	cMonthsignal
	cAt
	cPlural
	cPast
	cUnitadj
	cUnitlong
	cHoliday
	cDeadline
	cAgo
	cPerfect
	cGeneric
	nClass
)

// classNames are the section names of the classes, space-separated, in
// the order of the constants (see classOf).
const classNames = "month weekday number ordinal few unit relative deictic anaphoric reference part partof modifier season daypart set open later earlier clock determiner in future quantity label era decade age monthsignal at plural past unitadj unitlong holiday deadline ago perfect generic "

// classOf returns the class of a section name, 0 when the grammar does
// not use the section.
func classOf(name string) class {
	c := class(1)
	for w := classNames; w != ""; c++ {
		k := strings.IndexByte(w, ' ')
		if w[:k] == name {
			return c
		}
		w = w[k+1:]
	}
	return 0
}

// entry is one vocabulary item: a phrase of one or more words that belongs to
// a section (class) under a key.
type entry struct {
	class class
	key   string
	rest  []word // words after the first
	abbr  bool   // the first word is an abbreviation
}

// unitAdj is the stem of a duration adjective ("monatig" in "zweimonatige")
// and its unit.
type unitAdj struct {
	_          noCompare
	stem, unit string
}

// lexicon is the vocabulary of one language.
type lexicon struct {
	lang  string
	words map[string][]entry // first word → entries
	// index holds every word the grammar looks at (the vocabulary's words
	// and the grammar's own function words): 1 + its index into lists, or
	// 0 when no entry starts with it. The tokenizer lower-cases only these
	// words (the rest keep their text), which saves an allocation per
	// capitalised word.
	index  map[string]int32
	lists  [][]entry
	active []bool           // lists[i] has an entry that can start an expression
	keys   [nClass][]string // the keys of each class, for TestData
	// weekdays are the full weekday names, for compounds ("Mittwochabend").
	weekdays []string
	// unitAdj are the stems of duration adjectives ("monatig" in
	// "zweimonatige") and their units.
	unitAdj []unitAdj
	// pastEndings are the endings of regular past-tense verbs ("ed" in
	// "reported"), from the [past] key "ending".
	pastEndings []string
}

// grammarWords are the words the grammar compares literally.
var grammarWords = []string{
	"am", "before", "beginning", "bis", "dem", "den", "der", "des", "diesen", "dieses", "end",
	"er", "fiscal", "gestern", "heute", "jeden", "middle", "oder", "of", "sowie", "start", "to",
	"tonight", "und", "zum", "zur", "seit", "uhr", "frühem", "frühen", "spätem", "späten",
	"st", "nd", "rd", "th", "s", "earlier", "later", "in", "vor", "nach", "für", "über", "since",
	"for", "over", "within", "während", "binnen", "innerhalb", "the", "jahrelang", "morgen", "period", "more", "latest", "long",
}

// lexSlot holds one language's vocabulary, loaded on first use.
type lexSlot struct {
	once sync.Once
	lx   *lexicon
}

// lexSlots has one slot per language, in the order of Languages.
var lexSlots [2]lexSlot

// lexiconFor returns the vocabulary of lang, loading it on first use. Unknown
// languages get German's, the project's main language. A malformed line in a
// data file is skipped here (the rest of the file still loads); TestData
// fails on it.
func lexiconFor(lang string) *lexicon {
	k := 0 // Languages[0], German
	if lang == Languages[1] {
		k = 1
	}
	s := &lexSlots[k]
	s.once.Do(func() {
		s.lx, _ = loadLexicon(Languages[k])
	})
	return s.lx
}

// loadLexicon reads and checks data/<lang>.txt.
func loadLexicon(lang string) (*lexicon, error) {
	src, ok := dataFile(lang)
	if !ok {
		return &lexicon{lang: lang, words: map[string][]entry{}, index: map[string]int32{}}, errors.New("temporal: no data file data/" + lang + ".txt")
	}
	return parseLexicon(lang, src)
}

// stemEndings are the German and English adjective endings a "stem-" word takes.
var stemEndings = []string{"", "e", "en", "er", "es", "em"}

// parseLexicon parses a vocabulary file. It returns the first error but
// keeps every well-formed line.
func parseLexicon(lang, src string) (*lexicon, error) {
	lx := &lexicon{lang: lang, words: map[string][]entry{}, index: map[string]int32{}}
	for _, w := range grammarWords {
		lx.index[w] = 0
	}
	var firstErr error
	fail := func(line int, msg string) {
		if firstErr == nil {
			firstErr = errors.New("temporal: data/" + lang + ".txt:" + strconv.Itoa(line) + ": " + msg)
		}
	}
	section, c := "", class(0)
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			if line[len(line)-1] != ']' || len(line) < 3 {
				if datafile.Check {
					fail(n+1, "bad section header")
				}
				continue
			}
			section = line[1 : len(line)-1]
			c = classOf(section)
			continue
		}
		if section == "" {
			if datafile.Check {
				fail(n+1, "entry outside a section")
			}
			continue
		}
		colon := strings.IndexByte(line, ':')
		if colon <= 0 {
			if datafile.Check {
				fail(n+1, "want KEY: words")
			}
			continue
		}
		key := strings.TrimSpace(line[:colon])
		lx.keys[c] = append(lx.keys[c], key)
		fields := strings.Fields(line[colon+1:])
		if len(fields) == 0 {
			if datafile.Check {
				fail(n+1, "no words")
			}
		}
		for _, f := range fields {
			if strings.ToLower(f) != f {
				if datafile.Check {
					fail(n+1, "word not lower case: "+f)
				}
				continue
			}
			stem := strings.HasSuffix(f, "-") && len(f) > 1
			if stem {
				f = f[:len(f)-1]
			}
			parts := strings.Split(f, "_")
			ws := make([]word, 0, len(parts))
			bad := false
			for _, p := range parts {
				abbr := strings.HasSuffix(p, ".") && len(p) > 1
				if abbr {
					p = p[:len(p)-1]
				}
				if p == "" || strings.ContainsAny(p, ".- \t") && p != "%" {
					bad = true
					break
				}
				ws = append(ws, word{text: p, abbr: abbr})
				lx.index[p] = 0
			}
			if bad {
				if datafile.Check {
					fail(n+1, "malformed word: "+f)
				}
				continue
			}
			if c == cPast && key == "ending" {
				lx.pastEndings = append(lx.pastEndings, ws[0].text)
				continue
			}
			if c == cUnitadj {
				lx.unitAdj = append(lx.unitAdj, unitAdj{stem: ws[0].text, unit: key})
				continue
			}
			if c == cWeekday && !ws[0].abbr && len(ws) == 1 {
				lx.weekdays = append(lx.weekdays, ws[0].text)
			}
			if stem {
				if len(ws) != 1 {
					if datafile.Check {
						fail(n+1, "a stem must be one word: "+f)
					}
					continue
				}
				for _, end := range stemEndings {
					lx.add(ws[0].text+end, entry{class: c, key: key})
					lx.index[ws[0].text+end] = 0
				}
				continue
			}
			lx.add(ws[0].text, entry{class: c, key: key, rest: ws[1:], abbr: ws[0].abbr})
		}
	}
	for w, es := range lx.words {
		lx.lists = append(lx.lists, es)
		active := false
		for _, e := range es {
			active = active || activeClasses>>e.class&1 != 0
		}
		lx.active = append(lx.active, active)
		lx.index[w] = int32(len(lx.lists))
	}
	return lx, firstErr
}

// activeClasses has bit c set for the classes whose words can start an
// expression. A token whose entries are all in other sections ("der",
// "in", "will") starts none, which lets the scanner skip it quickly.
const activeClasses = 1<<cMonth | 1<<cWeekday | 1<<cNumber | 1<<cOrdinal | 1<<cFew | 1<<cUnit |
	1<<cRelative | 1<<cDeictic | 1<<cAnaphoric | 1<<cReference | 1<<cPart |
	1<<cPartof | 1<<cModifier | 1<<cSeason | 1<<cDaypart | 1<<cSet | 1<<cAgo |
	1<<cClock | 1<<cUnitlong | 1<<cEarlier | 1<<cLater | 1<<cHoliday

// entries returns the vocabulary entries that start with token t.
func (lx *lexicon) entries(t *token) []entry {
	if t.ent == 0 {
		return nil
	}
	return lx.lists[t.ent-1]
}

func (lx *lexicon) add(first string, e entry) {
	for _, old := range lx.words[first] {
		if old.class == e.class && old.key == e.key && len(old.rest) == len(e.rest) && len(e.rest) == 0 {
			return
		}
	}
	lx.words[first] = append(lx.words[first], e)
}
