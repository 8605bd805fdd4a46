package glossary

import (
	"bytes"
	_ "embed" // for //go:embed
	"errors"
	"go/format"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/datafile/tablegen"

	"github.com/glossline/glossline/internal/datafile"
)

// The data files' parser and the generator of lexicon_gen.go. They run
// natively only (tests and `go generate`): the engine reads the generated
// tables, and nothing here is linked into a binary.

//go:embed data/de.txt
var deData string

//go:embed data/en.txt
var enData string

//go:embed data/names.txt
var namesData string

// lexGenFile is the generated file that lexiconFor reads.
const lexGenFile = "lexicon_gen.go"

// dataFiles serves the embedded data files by name.
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

type set map[string]bool

// lexSource is one language's word lists as the data files give them. All
// keys are lower case.
type lexSource struct {
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
	cue         []string // phrases, lower case, words separated by one space
	cueBefore   []string // phrases between an expansion and its acronym
	cueStart    set      // first words of cue
	approx      set
	unit        set
	direction   set
	placeword   string
	given       set
	surnameLead set
	demonym     set // capitalised adjectives of nationality ("Cuban")
	defverb     set // verbs that define in a relative clause ("leitet")
	title       set // titles that alone define no one ("Senator", "Präsident")
	honorific   set // forms of address, never part of a name or a definition ("Sir", "Dr")
	generic     set // nouns for anyone or anything ("man", "Mensch")
	relation    set // roles that relate to another person ("colleague", "Schwester")
	possessive  set // possessive pronouns ("his", "ihre")
	neuter      set // German neuter noun heads ("Zentrum", "Dorf")
	preposition set // prepositions that govern a name ("in", "aus", "of")
	particleN   set // particles inside a person's name ("von", "de", "bin")
	legalForm   set // legal forms that end a company's name ("AG", "Inc.")
	tld         set // endings of web addresses ("de", "com")
	place       set // names of countries, regions, cities and planets ("schweiz", "new york")
	nameTail    set // lower-case nouns that end a name ("the Obama administration")
}

// newLexSource returns an empty lexSource for lang.
func newLexSource(lang string) *lexSource {
	return &lexSource{lang: lang, stop: set{}, common: set{}, role: set{}, classifier: map[string]string{},
		institution: set{}, orghead: map[string]string{}, connector: set{}, verb: set{},
		copula: set{}, relative: set{}, determiner: set{}, affiliation: set{}, particle: set{},
		approx: set{}, unit: set{}, direction: set{}, given: set{}, surnameLead: set{}, cueStart: set{},
		demonym: set{}, defverb: set{}, title: set{}, honorific: set{}, generic: set{}, relation: set{}, possessive: set{}, neuter: set{}, preposition: set{}, particleN: set{}, legalForm: set{}, tld: set{}, place: set{}, nameTail: set{}}
}

// sets returns the set sections in sectionNames order (bit i of the word
// classes).
func (lx *lexSource) sets() [secInflect]set {
	return [secInflect]set{lx.stop, lx.common, lx.role, lx.institution, lx.connector,
		lx.verb, lx.copula, lx.relative, lx.determiner, lx.affiliation, lx.particle,
		lx.approx, lx.unit, lx.direction, lx.given, lx.demonym, lx.defverb, lx.surnameLead,
		lx.title, lx.honorific, lx.generic, lx.relation, lx.possessive, lx.neuter, lx.preposition, lx.particleN, lx.legalForm, lx.tld, lx.place, lx.nameTail}
}

// loadLexSource parses data/<lang>.txt and data/names.txt.
func loadLexSource(lang string) (*lexSource, error) {
	lx := newLexSource(lang)
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
func (lx *lexSource) parse(file, src string) error {
	var first error
	sets := lx.sets()
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
			lx.cue = append(lx.cue, strings.Join(ws, " "))
			lx.cueStart[ws[0]] = true
		case sec == secCueBefore:
			lx.cueBefore = append(lx.cueBefore, strings.Join(strings.Fields(key), " "))
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
// form a set (in the order of the word classes wStop, …), then the lists,
// then the sections that take values ("word = value").
var sectionNames = [...]string{
	"stop", "common", "role", "institution", "connector", "verb", "copula", "relative",
	"determiner", "affiliation", "particle", "approx", "unit", "direction", "given",
	"demonym", "defverb", "surname-first", "title", "honorific", "generic", "relation", "possessive", "neuter", "preposition", "name-particle", "legal-form", "tld", "place", "name-tail",
	"inflect", "suffix", "cue", "cue-before",
	"classifier", "orghead", "placeword",
}

// Indexes into sectionNames.
const (
	secInflect    = 30 // the sections before it form sets
	secSuffix     = 31
	secCue        = 32
	secCueBefore  = 33
	secClassifier = 34
	secOrghead    = 35
	secPlaceword  = 36
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

// values returns every key of the source with its value as the generated
// table stores it (word classes, classifier kind, orghead gloss index),
// and the orghead glosses, sorted.
func (lx *lexSource) values() (map[string]uint64, []string) {
	vals := map[string]uint64{}
	for i, m := range lx.sets() {
		for k := range m {
			vals[k] |= 1 << i
		}
	}
	for k := range lx.cueStart {
		vals[k] |= wCueStart
	}
	for k, kind := range lx.classifier {
		vals[k] |= uint64(kindIndex(kind)) << kindShift
	}
	var glosses []string
	for _, g := range lx.orghead {
		if !slices.Contains(glosses, g) {
			glosses = append(glosses, g)
		}
	}
	sort.Strings(glosses)
	for k, g := range lx.orghead {
		vals[k] |= uint64(slices.Index(glosses, g)+1) << orgheadShift
	}
	return vals, glosses
}

// buildLexicon turns a parsed source into the tables lexiconFor reads.
func buildLexicon(src *lexSource) (*lexicon, error) {
	vals, glosses := src.values()
	if len(glosses) >= 1<<(64-orgheadShift) {
		return nil, errors.New(src.lang + ": too many orghead glosses")
	}
	keys := make([]string, 0, len(vals))
	for k := range vals {
		if len(k) > 255 {
			return nil, errors.New(src.lang + ": word longer than 255 bytes: " + k)
		}
		keys = append(keys, k)
	}
	// about two keys a bucket; keys sorted by bucket, then alphabetically
	nb := 16
	for nb < len(keys)/2 {
		nb *= 2
	}
	mask := uint32(nb - 1)
	sort.Slice(keys, func(i, j int) bool {
		bi, bj := bucketOf(hashRev(keys[i]), mask), bucketOf(hashRev(keys[j]), mask)
		return bi < bj || bi == bj && keys[i] < keys[j]
	})
	lx := &lexicon{lang: src.lang, orghead: glosses, placeword: src.placeword,
		inflect: src.inflect, suffix: src.suffix, cue: src.cue, cueBefore: src.cueBefore}
	for k, v := range vals {
		if nounBitsOf(v) != 0 {
			lx.maxHead = max(lx.maxHead, len(k))
		}
	}
	// distinct values, in order of first use
	index := map[uint64]int{}
	var blob []byte
	buckets := make([]byte, 0, 2*(nb+1))
	b := uint32(0)
	for _, k := range keys {
		for ; b <= bucketOf(hashRev(k), mask); b++ {
			buckets = append(buckets, byte(len(blob)), byte(len(blob)>>8))
		}
		v := vals[k]
		if _, ok := index[v]; !ok {
			index[v] = len(lx.vals)
			lx.vals = append(lx.vals, v)
		}
		blob = append(blob, byte(len(k)))
		blob = append(blob, k...)
		blob = append(blob, byte(index[v]))
	}
	if len(lx.vals) > 256 || len(blob) >= 1<<16 {
		return nil, errors.New(src.lang + ": the word lists outgrow the table format")
	}
	for ; int(b) <= nb; b++ {
		buckets = append(buckets, byte(len(blob)), byte(len(blob)>>8))
	}
	lx.blob, lx.buckets = string(blob), string(buckets)
	// the noun filter: 8 bits per noun, at least 64 bytes
	nouns := 0
	for _, v := range vals {
		if nounBitsOf(v) != 0 {
			nouns++
		}
	}
	size := 64
	for size < nouns {
		size *= 2
	}
	filter := make([]byte, size)
	for k, v := range vals {
		if nounBitsOf(v) != 0 {
			b := nounBit(hashRev(k), size)
			filter[b>>3] |= 1 << (b & 7)
		}
	}
	lx.nouns = string(filter)
	var first []byte
	for _, c := range src.cue {
		if bytes.IndexByte(first, c[0]) < 0 {
			first = append(first, c[0])
		}
	}
	slices.Sort(first)
	lx.cueFirst = string(first)
	return lx, nil
}

// lexFromData parses and builds the lexicon of lang from the data files,
// as the generator does; lexiconFor reads the committed result.
func lexFromData(lang string) (*lexicon, error) {
	src, err := loadLexSource(lang)
	if err != nil {
		return nil, err
	}
	return buildLexicon(src)
}

// renderLexGen writes the Go source of lexicon_gen.go and returns the
// sections of the data file that hold the hash tables.
func renderLexGen() ([]byte, []tablegen.Section, error) {
	var b bytes.Buffer
	var secs []tablegen.Section
	b.WriteString("// Code generated by TestLexiconGenerated from data/de.txt, data/en.txt and data/names.txt; DO NOT EDIT.\n\n")
	b.WriteString("//go:generate go test -run ^TestLexiconGenerated$ -update\n\n")
	b.WriteString("package glossary\n\n")
	b.WriteString("// lexTables holds the word lists per language (indexed by langIndex) in the\n")
	b.WriteString("// form lexicon describes; blob, buckets and nouns are sections of the data\n")
	b.WriteString("// file, which lexiconFor fills in (loadLexTables).\n")
	b.WriteString("var lexTables = [2]lexicon{\n")
	for _, lang := range languages {
		lx, err := lexFromData(lang)
		if err != nil {
			return nil, nil, err
		}
		secs = append(secs, tablegen.Section{Name: "glossary.lex.blob." + lang, Data: lx.blob},
			tablegen.Section{Name: "glossary.lex.buckets." + lang, Data: lx.buckets},
			tablegen.Section{Name: "glossary.lex.nouns." + lang, Data: lx.nouns})
		b.WriteString("\t{ // " + lang + "\n")
		b.WriteString("\t\tlang: " + strconv.Quote(lx.lang) + ",\n")
		b.WriteString("\t\tvals: []uint64{")
		writeInts(&b, len(lx.vals), func(i int) uint64 { return uint64(lx.vals[i]) })
		b.WriteString("},\n")
		for _, l := range []struct {
			name string
			list []string
		}{{"orghead", lx.orghead}, {"inflect", lx.inflect}, {"suffix", lx.suffix}, {"cue", lx.cue}, {"cueBefore", lx.cueBefore}} {
			b.WriteString("\t\t" + l.name + ": []string{")
			for i, s := range l.list {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(strconv.Quote(s))
			}
			b.WriteString("},\n")
		}
		b.WriteString("\t\tcueFirst: " + strconv.Quote(lx.cueFirst) + ",\n")
		b.WriteString("\t\tplaceword: " + strconv.Quote(lx.placeword) + ",\n")
		b.WriteString("\t\tmaxHead: " + strconv.Itoa(lx.maxHead) + ",\n")
		b.WriteString("\t},\n")
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	return src, secs, err
}

// writeInts writes n numbers, 16 a line.
func writeInts(b *bytes.Buffer, n int, at func(int) uint64) {
	for i := 0; i < n; i++ {
		if i%16 == 0 {
			b.WriteString("\n\t\t\t")
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.FormatUint(at(i), 10))
		b.WriteByte(',')
	}
	if n > 0 {
		b.WriteString("\n\t\t")
	}
}

// TestLexiconGenerated checks that lexicon_gen.go is what the data files
// give today, and that its tables answer every word as the parsed files
// do; with -update it rewrites the file.
func TestLexiconGenerated(t *testing.T) {
	want, secs, err := renderLexGen()
	if err != nil {
		t.Fatal(err)
	}
	const run = "go generate ./internal/glossary\nor\n\tgo test ./internal/glossary -run TestLexiconGenerated -update"
	// the hash table's format (see lexicon) and the values and lists beside it
	if err := tablegen.SyncFile("glossary.lex.", secs, "1 "+datafile.FileSum(string(want)), *update, run); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(lexGenFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(lexGenFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale (a data file changed): run\n\tgo generate ./internal/glossary\nor\n\tgo test ./internal/glossary -run TestLexiconGenerated -update", lexGenFile)
	}
	for _, lang := range languages {
		src, err := loadLexSource(lang)
		if err != nil {
			t.Fatal(err)
		}
		lx := lexiconFor(lang)
		if lx.lang != lang {
			t.Fatalf("lexiconFor(%q) is the lexicon of %q", lang, lx.lang)
		}
		vals, _ := src.values()
		for k := range vals {
			var class uint32
			for i, m := range src.sets() {
				if m[k] {
					class |= 1 << i
				}
			}
			if src.cueStart[k] {
				class |= wCueStart
			}
			if got := lx.class(k); got != class {
				t.Errorf("%s: %q has classes %b, want %b", lang, k, got, class)
			}
			if got, want := kindNames[lx.classifierKind(k)], src.classifier[k]; got != want {
				t.Errorf("%s: %q is a classifier of kind %q, want %q", lang, k, got, want)
			}
			if got, want := lx.orgHead(k), src.orghead[k]; got != want {
				t.Errorf("%s: %q has orghead %q, want %q", lang, k, got, want)
			}
		}
		for _, w := range []string{"", "x", "zzzzqq", strings.Repeat("a", 300), "\xff"} {
			if lx.value(w) != 0 {
				t.Errorf("%s: %q is found", lang, w)
			}
		}
		if !slices.Equal(lx.inflect, src.inflect) || !slices.Equal(lx.suffix, src.suffix) || !slices.Equal(lx.cue, src.cue) || lx.placeword != src.placeword {
			t.Errorf("%s: the list sections differ from the data files", lang)
		}
	}
}
