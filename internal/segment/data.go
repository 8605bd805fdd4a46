package segment

import (
	_ "embed" // for //go:embed
	"github.com/glossline/glossline/internal/datafile"
	"github.com/glossline/glossline/internal/lang"
	"strconv"
	"strings"
	"sync"
)

// Language knowledge lives in data/<lang>.txt, one file per language. A file
// is parsed the first time a text in its language is segmented.
//
//go:embed data/de.txt
var deData string

//go:embed data/en.txt
var enData string

// dataFile returns the embedded data file of a language code.
func dataFile(code string) (string, bool) { return lang.Pick(code, deData, enData) }

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

// rules is one language's parsed data file. Keys are lower-cased; the keys
// of abbrev have their inner whitespace removed ("z. B." → "z.b.").
type rules struct {
	abbrev       map[string]abbrevKind
	months       map[string]bool
	ordinalWords map[string]bool
	starters     map[string]bool
	// ordinalDot: a number of one to three digits followed by a period and a
	// capitalised word that is not a starter is an ordinal (German).
	ordinalDot bool
	// maxParts is the largest number of dotted parts in an abbreviation
	// ("i. d. R." has 3), which bounds the look-around at each period.
	maxParts int
}

// noCompare, as the first field of a struct, makes the struct not
// comparable, so that the compiler generates no equality function for it
// (dead weight in the wasm: nothing compares these values).
type noCompare [0]func()

// langData holds one language's rules, loaded once.
type langData struct {
	_     noCompare
	code  string
	once  sync.Once
	rules *rules
}

// languages are the languages with a data file; English, the fallback,
// comes first.
var languages = [...]langData{{code: "en"}, {code: "de"}}

// language returns the registered language of a lower-case code, or nil.
func language(code string) *langData {
	for i := range languages {
		if languages[i].code == code {
			return &languages[i]
		}
	}
	return nil
}

// rulesFor returns the rules for a language tag ("de", "de-DE", "EN");
// unknown and empty tags get the English rules.
func rulesFor(lang string) *rules {
	for i := 0; i < len(lang); i++ {
		if lang[i] == '-' || lang[i] == '_' {
			lang = lang[:i]
			break
		}
	}
	d := language(strings.ToLower(lang))
	if d == nil {
		d = &languages[0]
	}
	d.once.Do(func() {
		// Every registered language has a file (a test checks). Problems
		// in the file are reported by the data test; at run time the
		// valid lines are used.
		src, _ := dataFile(d.code)
		d.rules, _ = parseRules(src)
	})
	return d.rules
}

// dataError is a problem in a data file, with its line number. Its message
// is Msg, the quoted Text, then Tail; it is put together only when printed.
type dataError struct {
	_               noCompare
	Line            int
	Msg, Text, Tail string
}

func (e *dataError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": " + e.Msg + strconv.Quote(e.Text) + e.Tail
}

// sectionNames are the data file's sections, each followed by a space, in
// the order of their numbers (1, 2, …; see sectionOf).
const sectionNames = "abbreviations may-end months ordinal-words starters rules "

// sectionOf returns the number of a section name, 0 for an unknown one.
func sectionOf(name string) int {
	n := 1
	for w := sectionNames; w != ""; n++ {
		k := strings.IndexByte(w, ' ')
		if w[:k] == name {
			return n
		}
		w = w[k+1:]
	}
	return 0
}

// parseRules parses a data file. It always returns usable rules built from
// the valid lines, plus every problem it found (unknown sections or
// switches, malformed or duplicate entries).
func parseRules(src string) (*rules, []error) {
	r := &rules{
		abbrev:       map[string]abbrevKind{},
		months:       map[string]bool{},
		ordinalWords: map[string]bool{},
		starters:     map[string]bool{},
	}
	// The word-list sections by number: months, ordinal-words, starters.
	sets := [...]map[string]bool{3: r.months, 4: r.ordinalWords, 5: r.starters}
	var errs []error
	fail := func(line int, msg, text, tail string) {
		errs = append(errs, &dataError{Line: line, Msg: msg, Text: text, Tail: tail})
	}
	section, sec := "", 0
	for n, line := range strings.Split(src, "\n") {
		n++
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			if line[len(line)-1] != ']' {
				if datafile.Check {
					fail(n, "malformed section header ", line, "")
				}
				continue
			}
			section = line[1 : len(line)-1]
			if sec = sectionOf(section); sec == 0 {
				if datafile.Check {
					fail(n, "unknown section ", section, "")
				}
			}
			continue
		}
		switch sec {
		case 1, 2: // abbreviations, may-end
			if !strings.HasSuffix(line, ".") {
				if datafile.Check {
					fail(n, "abbreviation ", line, " does not end with a period")
				}
				continue
			}
			key := strings.ToLower(strings.Join(strings.Fields(line), ""))
			if _, dup := r.abbrev[key]; dup {
				if datafile.Check {
					fail(n, "duplicate abbreviation ", line, "")
				}
				continue
			}
			r.abbrev[key] = abbrevKind(sec) // never, mayEnd
			if parts := strings.Count(key, "."); parts > r.maxParts {
				r.maxParts = parts
			}
		case 3, 4, 5: // months, ordinal-words, starters
			if strings.ContainsAny(line, " \t.") {
				if datafile.Check {
					fail(n, "word list entry ", line, " is not one word")
				}
				continue
			}
			set := sets[sec]
			key := strings.ToLower(line)
			if set[key] {
				if datafile.Check {
					fail(n, "duplicate entry ", line, " in ["+section+"]")
				}
				continue
			}
			set[key] = true
		case 6: // rules
			if line != "ordinal-dot" {
				if datafile.Check {
					fail(n, "unknown rule ", line, "")
				}
				continue
			}
			r.ordinalDot = true
		default:
			if datafile.Check {
				fail(n, "entry outside a section: ", line, "")
			}
		}
	}
	return r, errs
}
