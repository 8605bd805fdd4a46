package glossary

import (
	_ "embed" // for //go:embed
	"errors"
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

// languages lists the languages with data files.
var languages = []string{"de", "en"}

var (
	lexOnce = map[string]*sync.Once{"de": new(sync.Once), "en": new(sync.Once)}
	lexVal  = map[string]*lexicon{}
	lexErr  = map[string]error{}
	lexMu   sync.Mutex
)

// lexiconFor returns the lexicon of lang ("de" or "en"; anything else is
// read as "en"). The data is embedded and checked by the tests, so a parse
// error cannot reach a release build; should it anyway, the lists that did
// parse are used.
func lexiconFor(lang string) *lexicon {
	if lang != "de" {
		lang = "en"
	}
	lexOnce[lang].Do(func() {
		lx, err := loadLexicon(lang)
		lexMu.Lock()
		lexVal[lang], lexErr[lang] = lx, err
		lexMu.Unlock()
	})
	lexMu.Lock()
	defer lexMu.Unlock()
	return lexVal[lang]
}

// loadLexicon parses data/<lang>.txt and data/names.txt.
func loadLexicon(lang string) (*lexicon, error) {
	lx := &lexicon{
		lang: lang, stop: set{}, common: set{}, role: set{}, classifier: map[string]string{},
		institution: set{}, orghead: map[string]string{}, connector: set{}, verb: set{},
		copula: set{}, relative: set{}, determiner: set{}, affiliation: set{}, particle: set{},
		approx: set{}, unit: set{}, direction: set{}, given: set{}, surnameLead: set{}, cueStart: set{}, demonym: set{}, defverb: set{},
	}
	var first error
	for _, name := range []string{"data/" + lang + ".txt", "data/names.txt"} {
		src, err := dataFS.ReadFile(name)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		if err := lx.parse(name, string(src)); err != nil && first == nil {
			first = err
		}
	}
	for _, m := range []set{lx.common, lx.role, lx.institution} {
		for k := range m {
			lx.maxHead = max(lx.maxHead, len(k))
		}
	}
	for k := range lx.classifier {
		lx.maxHead = max(lx.maxHead, len(k))
	}
	for bit, m := range map[uint8]set{nCommon: lx.common, nRole: lx.role, nInst: lx.institution} {
		for k := range m {
			lx.nouns.insert(k, bit, "")
		}
	}
	for k, kind := range lx.classifier {
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
	return "glossary: " + e.file + ":" + itoa(e.line) + ": " + e.msg
}

// parse reads one data file into lx.
func (lx *lexicon) parse(file, src string) error {
	var first error
	fail := func(line int, msg string) {
		if first == nil {
			first = &dataError{file, line, msg}
		}
	}
	section := ""
	for n, line := range strings.Split(src, "\n") {
		n++
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			if line[len(line)-1] != ']' {
				fail(n, "unterminated section header")
				continue
			}
			section = line[1 : len(line)-1]
			if !knownSection[section] {
				fail(n, "unknown section ["+section+"]")
			}
			continue
		}
		key, val, hasVal := strings.Cut(line, "=")
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		if key == "" {
			fail(n, "empty entry")
			continue
		}
		if hasVal != valued[section] {
			if hasVal {
				fail(n, "section ["+section+"] takes no values")
			} else {
				fail(n, "section ["+section+"] needs \"word = value\"")
			}
			continue
		}
		if hasVal && val == "" {
			fail(n, "empty value")
			continue
		}
		switch section {
		case "inflect":
			lx.inflect = append(lx.inflect, key)
		case "stop":
			lx.stop[key] = true
		case "common":
			lx.common[key] = true
		case "suffix":
			lx.suffix = append(lx.suffix, key)
		case "role":
			lx.role[key] = true
		case "classifier":
			switch val {
			case "organization", "person", "place", "other":
			default:
				fail(n, "unknown kind "+val)
				continue
			}
			lx.classifier[key] = val
		case "institution":
			lx.institution[key] = true
		case "orghead":
			lx.orghead[key] = val
		case "connector":
			lx.connector[key] = true
		case "verb":
			lx.verb[key] = true
		case "copula":
			lx.copula[key] = true
		case "relative":
			lx.relative[key] = true
		case "determiner":
			lx.determiner[key] = true
		case "affiliation":
			lx.affiliation[key] = true
		case "particle":
			lx.particle[key] = true
		case "cue":
			lx.cue = append(lx.cue, strings.Fields(key))
			lx.cueStart[strings.Fields(key)[0]] = true
			lx.cueByte[key[0]] = true
		case "approx":
			lx.approx[key] = true
		case "unit":
			lx.unit[key] = true
		case "direction":
			lx.direction[key] = true
		case "placeword":
			lx.placeword = val
		case "given":
			lx.given[key] = true
		case "demonym":
			lx.demonym[key] = true
		case "defverb":
			lx.defverb[key] = true
		case "surname-first":
			lx.surnameLead[key] = true
		default:
			fail(n, "entry outside a section")
		}
	}
	return first
}

var knownSection = map[string]bool{
	"inflect": true, "stop": true, "common": true, "suffix": true, "role": true,
	"classifier": true, "institution": true, "orghead": true, "connector": true,
	"verb": true, "copula": true, "relative": true, "determiner": true,
	"affiliation": true, "particle": true, "cue": true, "approx": true, "unit": true,
	"direction": true, "placeword": true, "given": true, "surname-first": true, "demonym": true, "defverb": true,
}

var valued = map[string]bool{"classifier": true, "orghead": true, "placeword": true}

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

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
