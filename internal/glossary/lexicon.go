package glossary

import (
	_ "embed" // for //go:embed
	"errors"
	"github.com/glossline/glossline/internal/datafile"
	"strconv"
	"strings"
	"sync"
)

// The engine's language knowledge: word lists in data/<lang>.txt, plus
// data/names.txt for every language. Each file is parsed the first time its
// language is needed.

//go:embed data/de.txt
var deData string

//go:embed data/en.txt
var enData string

//go:embed data/names.txt
var namesData string

// dataFiles serves the embedded data files by name. The files are embedded
// as strings, not as an embed.FS: an embed.FS links io/fs and time into the
// wasm (16 KB brotli) for nothing glossline uses.
type dataFiles struct{}

var dataFS dataFiles

// ReadFile returns a copy of the named data file.
func (dataFiles) ReadFile(name string) ([]byte, error) {
	switch name {
	case "data/de.txt":
		return []byte(deData), nil
	case "data/en.txt":
		return []byte(enData), nil
	case "data/names.txt":
		return []byte(namesData), nil
	}
	return nil, errors.New("glossary: no data file " + name)
}

// lexicon holds one language's word lists. All keys are lower case.
type lexicon struct {
	lang        string
	inflect     []string
	stop        set
	common      set
	suffix      []string
	role        set
	classifier  map[string]string // noun -> entry kind
	institution set
	orghead     map[string]string // foreign head word -> "Gloss g" (gender)
	connector   set
	verb        set
	copula      set
	relative    set
	determiner  set
	affiliation set
	particle    set
	cue         [][]string // phrases, split into lower-case words
	cueStart    set        // first words of cue
	cueByte     [256]bool  // first bytes of cueStart
	approx      set
	unit        set
	direction   set
	placeword   string
	given       set
	surnameLead set
	demonym     set // capitalised adjectives of nationality ("Cuban")
	defverb     set // verbs that define in a relative clause ("leitet")
	// longest entry of common, role, classifier and institution, in bytes:
	// bounds the compound-head search.
	maxHead int
	// class maps every word of a set section to its sections (wStop, …):
	// one lookup answers for every list.
	class map[string]uint32
	// nouns holds every entry of common, role, classifier and
	// institution with the lists it is in (nCommon, …), so that one walk
	// over a word answers all four.
	nouns suffixTrie
}

const (
	nCommon uint8 = 1 << iota
	nRole
	nClassifier
	nInst
)

type set map[string]bool

// Word classes: bit i is the set section sectionNames[i].
const (
	wStop uint32 = 1 << iota
	wCommon
	wRole
	wInstitution
	wConnector
	wVerb
	wCopula
	wRelative
	wDeterminer
	wAffiliation
	wParticle
	wApprox
	wUnit
	wDirection
	wGiven
	wDemonym
	wDefverb
	wSurnameLead
)

// languages lists the languages with data files.
var languages = []string{"de", "en"}

// langIndex returns the index of lang in languages ("de" 0, anything else
// is read as "en", 1).
func langIndex(lang string) int {
	if lang == "de" {
		return 0
	}
	return 1
}

var (
	lexOnce [2]sync.Once // per langIndex
	lexVal  [2]*lexicon
)

// lexiconFor returns the lexicon of lang ("de" or "en"; anything else is
// read as "en"). The data is embedded and checked by the tests, so a parse
// error cannot reach a release build; should it anyway, the lists that did
// parse are used.
func lexiconFor(lang string) *lexicon {
	i := langIndex(lang)
	lexOnce[i].Do(func() {
		lexVal[i], _ = loadLexicon(languages[i])
	})
	return lexVal[i]
}

// loadLexicon parses data/<lang>.txt and data/names.txt.
func loadLexicon(lang string) (*lexicon, error) {
	var m [secInflect + 1]set // the set sections and cueStart
	for i := range m {
		m[i] = set{}
	}
	lx := &lexicon{
		lang: lang, stop: m[0], common: m[1], role: m[2], institution: m[3], connector: m[4],
		verb: m[5], copula: m[6], relative: m[7], determiner: m[8], affiliation: m[9], particle: m[10],
		approx: m[11], unit: m[12], direction: m[13], given: m[14], demonym: m[15], defverb: m[16],
		surnameLead: m[17], cueStart: m[18],
		classifier: map[string]string{}, orghead: map[string]string{},
	}
	var first error
	for _, name := range [2]string{"data/" + lang + ".txt", "data/names.txt"} {
		src, err := dataFS.ReadFile(name)
		if err == nil {
			err = lx.parse(name, string(src))
		}
		if err != nil && first == nil {
			first = err
		}
	}
	lx.class = map[string]uint32{}
	for i, ws := range m[:secInflect] {
		for k := range ws {
			lx.class[k] |= 1 << i
		}
	}
	for _, l := range [...]struct {
		bit uint8
		m   set
	}{{nCommon, lx.common}, {nRole, lx.role}, {nInst, lx.institution}} {
		for k := range l.m {
			lx.maxHead = max(lx.maxHead, len(k))
			lx.nouns.insert(k, l.bit, "")
		}
	}
	for k, kind := range lx.classifier {
		lx.maxHead = max(lx.maxHead, len(k))
		lx.nouns.insert(k, nClassifier, kind)
	}
	return lx, first
}

// dataError reports a malformed line in a data file.
type dataError struct {
	file string
	line int
	msg  string
}

func (e *dataError) Error() string {
	return "glossary: " + e.file + ":" + strconv.Itoa(e.line) + ": " + e.msg
}

// parse reads one data file into lx.
func (lx *lexicon) parse(file, src string) error {
	var first error
	sets := [secInflect]set{lx.stop, lx.common, lx.role, lx.institution, lx.connector,
		lx.verb, lx.copula, lx.relative, lx.determiner, lx.affiliation, lx.particle,
		lx.approx, lx.unit, lx.direction, lx.given, lx.demonym, lx.defverb, lx.surnameLead}
	sec := secNone
	for n, line := range strings.Split(src, "\n") {
		n++
		msg := ""
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		key, val, hasVal := strings.Cut(line, "=")
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		name := sectionName(sec)
		switch {
		case line[0] == '[':
			if line[len(line)-1] != ']' {
				msg = "unterminated section header"
				break
			}
			name = line[1 : len(line)-1]
			sec = sectionIndex(name)
			if sec == secNone {
				msg = "unknown section [" + name + "]"
			}
		case key == "":
			msg = "empty entry"
		case hasVal != (sec >= secClassifier):
			if hasVal {
				msg = "section [" + name + "] takes no values"
			} else {
				msg = "section [" + name + "] needs \"word = value\""
			}
		case hasVal && val == "":
			msg = "empty value"
		case sec < secInflect:
			sets[sec][key] = true
		case sec == secInflect:
			lx.inflect = append(lx.inflect, key)
		case sec == secSuffix:
			lx.suffix = append(lx.suffix, key)
		case sec == secCue:
			ws := strings.Fields(key)
			lx.cue = append(lx.cue, ws)
			lx.cueStart[ws[0]] = true
			lx.cueByte[key[0]] = true
		case sec == secClassifier:
			if kindIndex(val) == 0 {
				msg = "unknown kind " + val
				break
			}
			lx.classifier[key] = val
		case sec == secOrghead:
			lx.orghead[key] = val
		case sec == secPlaceword:
			lx.placeword = val
		default:
			msg = "entry outside a section"
		}
		if datafile.Check && msg != "" && first == nil {
			first = &dataError{file, n, msg}
		}
	}
	return first
}

// sectionNames are the sections of a data file: first those whose entries
// form a set (in the order of parse's sets), then the lists, then the
// sections that take values ("word = value").
var sectionNames = [...]string{
	"stop", "common", "role", "institution", "connector", "verb", "copula", "relative",
	"determiner", "affiliation", "particle", "approx", "unit", "direction", "given",
	"demonym", "defverb", "surname-first",
	"inflect", "suffix", "cue",
	"classifier", "orghead", "placeword",
}

// Indexes into sectionNames.
const (
	secInflect    = 18 // the sections before it form sets
	secSuffix     = 19
	secCue        = 20
	secClassifier = 21
	secOrghead    = 22
	secPlaceword  = 23
	secNone       = -1 // before the first header, or after an unknown one
)

// sectionIndex returns the index of the section called name, or secNone.
func sectionIndex(name string) int {
	for i, s := range sectionNames {
		if s == name {
			return i
		}
	}
	return secNone
}

// sectionName returns the name of section sec ("" for secNone).
func sectionName(sec int) string {
	if sec < 0 {
		return ""
	}
	return sectionNames[sec]
}

// headIn reports whether the lower-case word w, or its compound head (a
// tail of at least 3 bytes starting on a rune boundary; in German only),
// is in m, allowing one of the language's inflection endings. It returns
// the matched entry.
func (lx *lexicon) headIn(w string, m set) (string, bool) {
	var hit string
	ok := lx.eachCandidate(w, func(c string) bool {
		if m[c] {
			hit = c
			return true
		}
		return false
	})
	return hit, ok
}

// classify is headIn for the classifier map; it returns the noun and kind.
func (lx *lexicon) classify(w string) (string, string, bool) {
	var noun, kind string
	ok := lx.eachCandidate(w, func(c string) bool {
		if k, ok := lx.classifier[c]; ok {
			noun, kind = c, k
			return true
		}
		return false
	})
	return noun, kind, ok
}

// eachCandidate calls fn with w, w without each inflection ending, and the
// compound heads of those (the tail after a hyphen; in German every tail
// of at least 3 bytes), longest first, until fn returns true. It does not
// allocate.
func (lx *lexicon) eachCandidate(w string, fn func(string) bool) bool {
	if lx.eachForm(w, fn) {
		return true
	}
	for _, e := range lx.inflect {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			if lx.eachForm(w[:len(w)-len(e)], fn) {
				return true
			}
		}
	}
	return false
}

func (lx *lexicon) eachForm(f string, fn func(string) bool) bool {
	if fn(f) {
		return true
	}
	if i := strings.LastIndexByte(f, '-'); i >= 0 && i+1 < len(f) {
		f = f[i+1:]
		if fn(f) {
			return true
		}
	}
	if lx.lang != "de" {
		return false // English writes compounds apart: "speaking" is no "king"
	}
	start := len(f) - lx.maxHead
	if start < 1 {
		start = 1
	}
	for i := start; i <= len(f)-3; i++ {
		if isRuneStart(f[i]) && fn(f[i:]) {
			return true
		}
	}
	return false
}

// nounBits returns the lists (nCommon, nRole, nClassifier, nInst) that w
// or one of its compound heads is in, and the kind of the longest
// classifier head.
func (lx *lexicon) nounBits(w string) (uint8, string) {
	var bits uint8
	kind := ""
	tails := lx.lang == "de"
	visit := func(n *trieNode) {
		if n.bits&nClassifier != 0 {
			kind = n.kind // longer heads come later and win
		}
		bits |= n.bits
	}
	lx.nouns.heads(w, tails, visit)
	for _, e := range lx.inflect {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			lx.nouns.heads(w[:len(w)-len(e)], tails, visit)
		}
	}
	return bits, kind
}

// hasNounSuffix reports whether w ends in a common-noun suffix.
func (lx *lexicon) hasNounSuffix(w string) bool {
	for _, s := range lx.suffix {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// nounLike reports whether the lower-case word w looks like a common noun:
// listed, or headed by a listed noun, or ending in a noun suffix.
func (lx *lexicon) nounLike(w string) bool {
	if lx.stop[w] {
		return true
	}
	if _, ok := lx.headIn(w, lx.common); ok {
		return true
	}
	for _, s := range lx.suffix {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
