package temporal

import (
	"strings"
	"sync"

	"github.com/glossline/glossline/internal/datafile"
)

//go:generate go test -run ^TestLexiconTables$ -update .

// The vocabulary of each language lives in data/<lang>.txt (the source of
// truth, see data/README.md). TestLexiconTables parses those files and
// generates the tables, which the engine only slices: the first call
// parses nothing, and the parser is not linked into the program (it lives
// in the package's tests). The records and their hash buckets are two
// sections of the data file per language (package datafile:
// "temporal.blob.de", "temporal.buckets.de"), read once at the first call;
// the short lists are Go in lexicon_tables.go.

// Languages lists the languages that have a vocabulary file, in the order
// of the generated tables.
var Languages = []string{"de", "en"}

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
	cZone
	cFunction
	nClass
)

// classNames are the section names of the classes, space-separated, in
// the order of the constants (see classOf).
const classNames = "month weekday number ordinal few unit relative deictic anaphoric reference part partof modifier season daypart set open later earlier clock determiner in future quantity label era decade age monthsignal at plural past unitadj unitlong holiday deadline ago perfect generic zone function "

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

// role is a key of the [function] section: a use of a function word in
// the grammar, which asks for it by role (p.fn(i, fnSince)) and finds the
// words in each language's data ("since": "seit", "seitdem").
type role uint8

// The roles, in the order of roleNames.
const (
	fnSince role = iota
	fnTo
	fnPair
	fnList
	fnZum
	fnContr
	fnSignal
	fnMore
	fnHinweg
	fnAb
	fnGen
	fnGenpart
	fnDem
	fnPer
	fnPerthe
	fnSetof
	fnEarlypart
	fnDaypartof
	fnThisgen
	fnAm
	fnNotomorrow
	fnMany
	fnAndor
	fnAnd
	fnOr
	fnSo
	fnOf
	fnIndef
	fnRate
	fnOne
	fnTh
	fnLong
	fnPeriod
	fnLatest
	fnFiscal
	fnEnded
	fnBack
	fnForth
	fnBefore
	fnAgoearlier
	fnEarly
	fnEarlier
	fnPartadj
	fnPartnoun
	fnMid
	fnIn
	fnEach
	fnAs
	fnConj
	fnTonight
	fnPreviously
	fnBeen
	fnRefprep
	fnThan
	fnReport
	fnThenprep
	fnDayprep
	fnStill
	fnStative
	fnThen
	fnHabit
	fnParticle
	fnSpeaker
	fnInyear
	fnNightfrom
	fnNightto
	fnSpanprep
	fnQletter
	fnWhole
	fnDayat
	fnIndirect
	fnPoss
	nRole
)

// roleNames are the [function] keys of the roles, space-separated, in the
// order of the constants (see roleOf).
const roleNames = "since to pair list zum contr signal more hinweg ab gen genpart dem per perthe setof earlypart daypartof thisgen am notomorrow many andor and or so of indef rate one th long period latest fiscal ended back forth before agoearlier early earlier partadj partnoun mid in each as conj tonight previously been refprep than report thenprep dayprep still stative then habit particle speaker inyear nightfrom nightto spanprep qletter whole dayat indirect poss "

// roleOf returns the role of a [function] key, and false for an unknown
// key.
func roleOf(name string) (role, bool) {
	if k := wordIndex(name, roleNames); k >= 0 {
		return role(k), true
	}
	return 0, false
}

// roleSet has bit r set for each function role r a word has: 72 bits, so
// that a token stays 48 bytes (the tokenizer writes one per token).
type roleSet struct {
	lo uint64
	hi uint8
}

func (s roleSet) has(r role) bool {
	if r < 64 {
		return s.lo>>r&1 != 0
	}
	return s.hi>>(r-64)&1 != 0
}

func (s *roleSet) add(r role) {
	if r < 64 {
		s.lo |= 1 << r
	} else {
		s.hi |= 1 << (r - 64)
	}
}

func (s roleSet) empty() bool { return s.lo == 0 && s.hi == 0 }

// activeClasses has bit c set for the classes whose words can start an
// expression. A token whose entries are all in other sections ("der",
// "in", "will") starts none, which lets the scanner skip it quickly.
const activeClasses = 1<<cMonth | 1<<cWeekday | 1<<cNumber | 1<<cOrdinal | 1<<cFew | 1<<cUnit |
	1<<cRelative | 1<<cDeictic | 1<<cAnaphoric | 1<<cReference | 1<<cPart |
	1<<cPartof | 1<<cModifier | 1<<cSeason | 1<<cDaypart | 1<<cSet | 1<<cAgo |
	1<<cClock | 1<<cUnitlong | 1<<cEarlier | 1<<cLater | 1<<cHoliday

// lexicon is the vocabulary of one language: a view of its generated
// tables (the data file's sections and lexicon_tables.go).
//
// The words that start a vocabulary entry or are function words are
// records in blob, grouped by the bucket of their hash (lexHash): buckets
// holds two bytes (little-endian) per bucket, bucket h's at 2h: the offset
// of its first record, and the next two bytes the end of its last; the
// number of buckets, len(buckets)/2-1, is a power of two. A record is
//
//	len16 (2 bytes, little-endian: the record's length) len8 word len8 role... entry...
//
// with one byte per function role of the word, and an entry is
//
//	class|abbr<<7 len8 key len8 rest
//
// where rest holds the words after the first, each followed by one space
// (an abbreviation, whose period is optional in the text, ends in "."
// before the space). Entries keep the order of the data file.
type lexicon struct {
	lang    string
	blob    string
	buckets string
	// weekdays are the full weekday names, for compounds
	// ("Mittwochabend").
	weekdays []string
	// unitAdj are the stems of duration adjectives ("monatig" in
	// "zweimonatige") and unitAdjUnit their units ("M").
	unitAdj, unitAdjUnit []string
	// adjEndings are the endings such an adjective takes, each followed
	// by one space ("e en er ").
	adjEndings string
	// pastEndings are the endings of regular past-tense verbs ("ed" in
	// "reported"), from the [past] key "ending".
	pastEndings []string
	// participles and partEndings are how a past participle begins and
	// ends ("ge", "t" in "gesagt"; [past] keys "participle" and
	// "partending").
	participles, partEndings []string
}

// lexiconFor returns the vocabulary of lang. Unknown languages get
// German's, the project's main language.
func lexiconFor(lang string) lexicon {
	lexOnce.Do(loadLexTables)
	k := 0 // Languages[0], German
	if lang == Languages[1] {
		k = 1
	}
	return lexicon{
		lang:        Languages[k],
		blob:        lexBlob[k],
		buckets:     lexBuckets[k],
		weekdays:    lexWeekdays[k],
		unitAdj:     lexUnitAdj[k],
		unitAdjUnit: lexUnitAdjUnit[k],
		adjEndings:  lexAdjEndings[k],
		pastEndings: lexPastEndings[k],
		participles: lexParticiples[k],
		partEndings: lexPartEndings[k],
	}
}

var (
	lexOnce sync.Once
	// lexBlob and lexBuckets are each language's records and buckets (see
	// lexicon), in the order of Languages: sections of the data file.
	lexBlob, lexBuckets [2]string
)

// loadLexTables reads the sections of the data file. Without the file
// (the wasm refuses to annotate then) they are empty: no word is known.
func loadLexTables() {
	for k, lang := range Languages {
		lexBlob[k] = datafile.Section("temporal.blob." + lang)
		lexBuckets[k] = datafile.Section("temporal.buckets." + lang)
	}
}

// lexHash is the hash of a word that picks its bucket (FNV-1a, folded).
func lexHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h ^ h>>15
}

// lexWord is what the vocabulary says about one word.
type lexWord struct {
	// lo and hi are the word's entries in the blob, [lo, hi), those that
	// start with it (lo == hi for none; the blob is shorter than 64 KB).
	lo, hi uint16
	// classes has bit c set when an entry of class c starts with the
	// word; roles has the function roles of the word.
	classes uint64
	roles   roleSet
}

// lookup returns what the vocabulary says about the word w (lower case).
func (lx *lexicon) lookup(w string) lexWord {
	bk := lx.buckets
	if w == "" || len(bk) < 4 || len(w) > 255 {
		return lexWord{}
	}
	b := lx.blob
	h := 2 * int(lexHash(w)&uint32(len(bk)/2-2))
	for pos, end := int(bk[h])|int(bk[h+1])<<8, int(bk[h+2])|int(bk[h+3])<<8; pos < end; {
		n := int(b[pos]) | int(b[pos+1])<<8
		if wl := int(b[pos+2]); wl == len(w) && b[pos+3:pos+3+wl] == w {
			var lw lexWord
			k := pos + 3 + wl
			nr := int(b[k])
			for _, r := range []byte(b[k+1 : k+1+nr]) {
				lw.roles.add(role(r))
			}
			lw.lo, lw.hi = uint16(k+1+nr), uint16(pos+n)
			for e := k + 1 + nr; e < pos+n; {
				lw.classes |= 1 << (b[e] & 0x7f)
				e += 2 + int(b[e+1])
				e += 1 + int(b[e])
			}
			return lw
		}
		pos += n
	}
	return lexWord{}
}

// entry is one vocabulary item: a phrase of one or more words that belongs
// to a section (class) under a key.
type entry struct {
	class class
	abbr  bool   // the first word is an abbreviation
	key   string // the key
	rest  string // the words after the first (see lexicon)
}

// entryAt decodes the entry at blob offset pos and returns it with the
// offset of the next one.
func (lx *lexicon) entryAt(pos int) (entry, int) {
	b := lx.blob
	c := b[pos]
	kl := int(b[pos+1])
	key := b[pos+2 : pos+2+kl]
	pos += 2 + kl
	rl := int(b[pos])
	return entry{class: class(c & 0x7f), abbr: c&0x80 != 0, key: key, rest: b[pos+1 : pos+1+rl]}, pos + 1 + rl
}

// skipEntry returns the offset of the entry after the one at pos.
func (lx *lexicon) skipEntry(pos int) int {
	pos += 2 + int(lx.blob[pos+1])
	return pos + 1 + int(lx.blob[pos])
}

// nextWord splits the first word off a list of words each followed by one
// space; abbr reports a word written with a period (which it drops).
func nextWord(list string) (w string, abbr bool, rest string) {
	k := strings.IndexByte(list, ' ')
	w, rest = list[:k], list[k+1:]
	if len(w) > 1 && w[len(w)-1] == '.' {
		return w[:len(w)-1], true, rest
	}
	return w, false, rest
}

// listed reports whether one of the entries in [lo, hi) is in class c
// under key.
func (lx *lexicon) listed(lo, hi uint16, c class, key string) bool {
	for pos := int(lo); pos < int(hi); {
		var e entry
		e, pos = lx.entryAt(pos)
		if e.class == c && e.key == key {
			return true
		}
	}
	return false
}
