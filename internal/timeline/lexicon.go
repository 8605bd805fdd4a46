package timeline

import (
	_ "embed" // for //go:embed
	"errors"
	"github.com/glossline/glossline/internal/datafile"
	"strconv"
	"strings"
	"sync"
)

// The per-language vocabulary lives in data/<lang>.txt; see
// data/README.md for the format. Each file is parsed the first time its language
// is needed.

//go:embed data/de.txt
var deData string

//go:embed data/en.txt
var enData string

// dataFiles serves the embedded data files by name. The files are embedded
// as strings, not as an embed.FS: an embed.FS links io/fs and time into the
// wasm (16 KB brotli) for nothing glossline uses.
type dataFiles struct{}

var dataFS dataFiles

// ReadFile returns a copy of the named data file.
func (dataFiles) ReadFile(name string) ([]byte, error) {
	for i, n := range dataNames {
		if n == name {
			return []byte(*dataText[i]), nil
		}
	}
	return nil, errors.New("timeline: no data file " + name)
}

// dataNames and dataText name and hold the data file of each language of
// langs (tables, not a switch: they cost the wasm less).
var (
	dataNames = [...]string{"data/en.txt", "data/de.txt"}
	dataText  = [...]*string{&enData, &deData}
)

// langs lists the languages that have a data file. Unknown languages fall
// back to the first one.
var langs = [...]string{"en", "de"}

// lexicon is one language's vocabulary, parsed from its data file.
type lexicon struct {
	lang string
	// lists holds the ordered items of each section, as written.
	lists map[string][]string
	// sets holds the names of the sections found.
	sets map[string]bool
	// words maps a lower-cased item to the word classes (the sections) it
	// is an item of.
	words map[string]class
	// kv holds the "key = value" items of each section.
	kv map[string]map[string]string
	// err is the first problem found while parsing; a lexicon with an error
	// is still usable (it holds what could be read).
	err error
}

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

// classNames names the section of each class, in bit order, each followed
// by a space: one string costs the wasm less than a table, a map or a
// switch.
const classNames = "stop attribution connector prep det filler coord subject.det that cut attribution.upto " +
	"attribution.from finite genitive pronoun subordinator reflexive dependent caption.lead caption open.after statement pronoun.speaker statement.object relative verb period "

// classOf returns the class of a section, or 0 for a section of names or
// key-value items.
func classOf(section string) class {
	c, rest := class(1), classNames
	for rest != "" {
		var name string
		name, rest, _ = strings.Cut(rest, " ")
		if name == section {
			return c
		}
		c <<= 1
	}
	return 0
}

var (
	lexOnce [2]sync.Once
	lexByID [2]*lexicon
)

// lexiconFor returns the vocabulary of lang ("de" or "en"); any other
// language gets the English one.
func lexiconFor(lang string) *lexicon {
	i := 0
	for j, l := range langs {
		if l == lang {
			i = j
		}
	}
	lexOnce[i].Do(func() {
		lexByID[i] = parseLexicon(langs[i], *dataText[i])
	})
	return lexByID[i]
}

// keyValueSections are the sections whose items are "key = value".
const keyValueSections = " format mod open seasons parts "

// parseLexicon reads a data file. It never fails: problems are recorded in
// the lexicon's err field, which the data test reports.
func parseLexicon(lang, src string) *lexicon {
	lx := &lexicon{
		lang:  lang,
		lists: map[string][]string{},
		sets:  map[string]bool{},
		words: map[string]class{},
		kv:    map[string]map[string]string{},
	}
	section, keyValue, cls := "", false, class(0)
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			if line[len(line)-1] != ']' || len(line) < 3 {
				if datafile.Check {
					lx.fail(n, "bad section header "+line)
				}
				continue
			}
			section = line[1 : len(line)-1]
			if !lx.sets[section] {
				lx.sets[section] = true
				lx.lists[section] = nil
			}
			cls = classOf(section)
			keyValue = !strings.Contains(section, " ") && strings.Contains(keyValueSections, " "+section+" ")
			continue
		}
		if section == "" {
			if datafile.Check {
				lx.fail(n, "item outside a section")
			}
			continue
		}
		if keyValue {
			k, v, ok := strings.Cut(line, "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if !ok || k == "" || v == "" {
				if datafile.Check {
					lx.fail(n, "want key = value in ["+section+"]")
				}
				continue
			}
			m := lx.kv[section]
			if m == nil {
				m = map[string]string{}
				lx.kv[section] = m
			}
			if _, dup := m[k]; dup {
				if datafile.Check {
					lx.fail(n, "duplicate key "+k)
				}
			}
			m[k] = v
			continue
		}
		if strings.ContainsAny(line, " \t") {
			if datafile.Check {
				lx.fail(n, "one word per line in ["+section+"]: "+line)
			}
			continue
		}
		lx.lists[section] = append(lx.lists[section], line)
		w := strings.ToLower(line)
		if cls != 0 {
			lx.words[w] |= cls
		}
	}
	return lx
}

func (lx *lexicon) fail(line int, msg string) {
	if lx.err == nil {
		lx.err = &dataError{lang: lx.lang, line: line + 1, msg: msg}
	}
}

// dataError locates a problem in a data file.
type dataError struct {
	lang string
	line int
	msg  string
}

func (e *dataError) Error() string {
	return "timeline: data/" + e.lang + ".txt:" + strconv.Itoa(e.line) + ": " + e.msg
}

// is reports whether the lower-cased word w is an item of a section of
// class c.
func (lx *lexicon) is(c class, w string) bool { return lx.words[w]&c != 0 }

// get returns the value of key in a key-value section, or "".
func (lx *lexicon) get(section, key string) string { return lx.kv[section][key] }

// name returns item i of an ordered list, or "" when out of range.
func (lx *lexicon) name(section string, i int) string {
	l := lx.lists[section]
	if i < 0 || i >= len(l) {
		return ""
	}
	return l[i]
}
