package glossary

import (
	"strings"
	"sync"

	"github.com/glossline/glossline/internal/datafile"
)

// The engine's language knowledge: word lists in data/<lang>.txt, plus
// data/names.txt for every language. The files are the source of truth;
// they are generated ahead of time into tables, so the first call reads
// them without parsing anything: the hash table of the words (blob,
// buckets, nouns) is three sections of the data file (package datafile:
// "glossary.lex.blob.de", …), which the lexicon slices at its first use;
// the small rest — the distinct values, the list sections — is Go in
// lexicon_gen.go (lexTables). The parser, the generator and the staleness
// test are native tests (lexparse_test.go).

// lexicon is one language's word lists as generated tables. Every word of
// a data file (lower case) is a key of one hash table whose value holds
// the word classes of every section it is in (wStop, …), its classifier
// kind and its orghead gloss.
type lexicon struct {
	lang string
	// blob holds the keys, each as its length (one byte), its bytes and
	// the index of its value in vals (one byte), grouped by hash bucket
	// (bucketOf of hashRev) and sorted within a bucket.
	blob string
	// buckets are where each bucket's keys start in blob, two bytes each
	// (little-endian); the last is len(blob). Their number (len/2-1) is a
	// power of two, about half the number of keys.
	buckets string
	// nounList is the language's list of common nouns (data/de-nouns.lst,
	// sorted lines; see inNouns), "" when it has none; nounTab is its hash
	// set, built at its first use (nounTable).
	nounList string
	nounOnce sync.Once
	nounTab  nounTable
	// nouns is a bit set over the hashes of the keys that are common
	// nouns, roles, classifiers or institutions (bit nounBit(h)): a tail
	// of a word whose bit is clear is no compound head, and the table
	// need not be asked.
	nouns string
	// vals are the distinct values of the keys: word classes (bits below
	// kindShift), the classifier kind (kindNames index) and the index of
	// the orghead gloss plus one.
	vals []uint64
	// orghead are the glosses of foreign organisation head words
	// ("Institut n": noun and gender).
	orghead []string
	// inflect, suffix and cue are the list sections in file order: the
	// inflection endings, the common-noun suffixes and the acronym cue
	// phrases (words separated by one space).
	inflect, suffix, cue []string
	// cueBefore are the phrases that stand between an expansion and its
	// acronym ("…, kurz VSGE", "…, known as DNP"), in file order.
	cueBefore []string
	// cueFirst holds the first byte of every cue phrase.
	cueFirst string
	// placeword is the word for a place ("Ort", "place").
	placeword string
	// maxHead is the length in bytes of the longest common noun, role,
	// classifier or institution: no longer tail of a word is a compound
	// head.
	maxHead int
}

// Word classes: bit i is the set section sectionNames[i] of the data files;
// wCueStart marks the first word of a cue phrase.
const (
	wStop = 1 << iota
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
	wTitle
	wHonorific
	wGeneric
	wRelation
	wPossessive
	wNeuter
	wPreposition
	wNameParticle
	wLegalForm
	wTLD
	wPlace
	wNameTail
	wCueStart
)

// The parts of a key's value beside its word classes.
const (
	kindShift    = 32 // classifier kind: a kindNames index, 0 for none
	kindMask     = 7
	orgheadShift = 40 // index into lexicon.orghead plus one, 0 for none
)

// Noun lists a word or its compound head is in (nounBits).
const (
	nCommon uint8 = 1 << iota
	nRole
	nClassifier
	nInst
)

// kindNames are the entry kinds, indexed by a classifier's kind.
var kindNames = [...]string{"", "organization", "person", "place", "other"}

func kindIndex(k string) uint8 {
	for i, n := range kindNames {
		if n == k {
			return uint8(i)
		}
	}
	return 0
}

// languages lists the languages with data files, in langIndex order.
var languages = []string{"de", "en"}

// langIndex returns the index of lang in languages ("de" 0, anything else
// is read as "en", 1).
func langIndex(lang string) int {
	if lang == "de" {
		return 0
	}
	return 1
}

// lexiconFor returns the lexicon of lang ("de" or "en"; anything else is
// read as "en").
func lexiconFor(lang string) *lexicon {
	lexOnce.Do(loadLexTables)
	return &lexTables[langIndex(lang)]
}

var lexOnce sync.Once

// loadLexTables gives lexTables their sections of the data file. Without
// the file (the wasm refuses to annotate then) the tables are empty, not
// malformed: every word is in no list.
func loadLexTables() {
	for li, lang := range languages {
		lx := &lexTables[li]
		lx.blob = datafile.Section("glossary.lex.blob." + lang)
		lx.buckets = datafile.Section("glossary.lex.buckets." + lang)
		lx.nouns = datafile.Section("glossary.lex.nouns." + lang)
		if len(lx.buckets) < 4 || lx.nouns == "" {
			lx.blob, lx.buckets, lx.nouns = "", "\x00\x00\x00\x00", "\x00"
		}
		lx.nounList = datafile.Section("glossary.nouns." + lang)
	}
}

// FNV-1a, run over a key's bytes from its last to its first, so that a
// walk from the end of a word hashes each of its tails in one step.
const (
	hashOffset uint32 = 2166136261
	hashPrime  uint32 = 16777619
)

func hashStep(h uint32, b byte) uint32 { return (h ^ uint32(b)) * hashPrime }

// hashRev is the hash of s (its bytes from last to first).
func hashRev(s string) uint32 {
	h := hashOffset
	for i := len(s) - 1; i >= 0; i-- {
		h = (h ^ uint32(s[i])) * hashPrime // hashStep, spelt out: the wasm is built without inlining
	}
	return h
}

// bucketOf is the bucket of hash h among mask+1 buckets.
func bucketOf(h, mask uint32) uint32 { return (h ^ h>>15) & mask }

// nounBit is the bit of hash h in a bit set of n bytes (a power of two).
func nounBit(h uint32, n int) uint32 { return h >> 7 & uint32(n*8-1) }

// mayBeNoun reports whether the key of hash h may be a noun (lexicon.nouns).
func (lx *lexicon) mayBeNoun(h uint32) bool {
	b := nounBit(h, len(lx.nouns))
	return lx.nouns[b>>3]&(1<<(b&7)) != 0
}

// lookup returns the value of key s, whose hash is h, or 0.
func (lx *lexicon) lookup(h uint32, s string) uint64 {
	bk := lx.buckets
	b := 2 * ((h ^ h>>15) & uint32(len(bk)/2-2)) // bucketOf
	for o, end := int(bk[b])|int(bk[b+1])<<8, int(bk[b+2])|int(bk[b+3])<<8; o < end; {
		n := int(lx.blob[o])
		if n == len(s) && lx.blob[o+1:o+1+n] == s {
			return lx.vals[lx.blob[o+1+n]]
		}
		o += n + 2
	}
	return 0
}

// value returns the value of the lower-case word w (0 when it is in no
// list).
func (lx *lexicon) value(w string) uint64 {
	if len(w) == 0 || len(w) > 255 {
		return 0
	}
	return lx.lookup(hashRev(w), w)
}

// class returns the word classes of the lower-case word w.
func (lx *lexicon) class(w string) uint32 { return uint32(lx.value(w)) }

// classifierKind returns the kind (kindNames index) of the classifier w, or
// 0 when w is none.
func (lx *lexicon) classifierKind(w string) uint8 {
	return uint8(lx.value(w) >> kindShift & kindMask)
}

// orgHead returns the gloss of the foreign organisation head word w
// ("Institut n"), or "".
func (lx *lexicon) orgHead(w string) string {
	if k := lx.value(w) >> orgheadShift; k > 0 {
		return lx.orghead[k-1]
	}
	return ""
}

// nounBitsOf returns the noun lists a value is in.
func nounBitsOf(v uint64) uint8 {
	var b uint8
	if v&wCommon != 0 {
		b |= nCommon
	}
	if v&wRole != 0 {
		b |= nRole
	}
	if v&wInstitution != 0 {
		b |= nInst
	}
	if v>>kindShift&kindMask != 0 {
		b |= nClassifier
	}
	return b
}

// nounBits returns the lists (nCommon, nRole, nClassifier, nInst) that w
// or one of its compound heads is in — the whole word, the part after a
// hyphen, in German any tail of at least 3 bytes starting on a rune
// boundary — also without an inflection ending, and the kind of the
// longest classifier head (of the last form that has one). It also
// returns the value of w itself, which it looks up on the way.
func (lx *lexicon) nounBits(w string) (bits, kind uint8, whole uint64) {
	tails := lx.lang == "de"
	whole = lx.heads(w, tails, &bits, &kind)
	for _, e := range lx.inflect {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			lx.heads(w[:len(w)-len(e)], tails, &bits, &kind)
		}
	}
	return bits, kind, whole
}

// heads walks f from its end, hashing each tail in one step, and adds the
// noun lists of every tail that is a compound head (see nounBits). It
// returns the value of f.
func (lx *lexicon) heads(f string, tails bool, bits, kind *uint8) uint64 {
	h := hashOffset
	whole := uint64(0)
	for i := len(f) - 1; i >= 0; i-- {
		h = (h ^ uint32(f[i])) * hashPrime // hashStep
		if i > 0 {
			// (isRuneStart and mayBeNoun spelt out: this runs for every
			// byte of every word the engine asks about)
			if len(f)-i > lx.maxHead || !(f[i-1] == '-' || tails && len(f)-i >= 3 && f[i]&0xC0 != 0x80) {
				continue
			}
			if b := h >> 7 & uint32(len(lx.nouns)*8-1); lx.nouns[b>>3]&(1<<(b&7)) == 0 {
				continue
			}
		}
		if len(f)-i > 255 {
			break
		}
		v := lx.lookup(h, f[i:])
		if i == 0 {
			whole = v
		}
		if v == 0 {
			continue
		}
		*bits |= nounBitsOf(v)
		if k := uint8(v >> kindShift & kindMask); k != 0 {
			*kind = k // longer heads come later and win
		}
	}
	return whole
}

// headOf returns the longest candidate of w whose value has one of the
// bits in mask (word classes, or classMaskKind for a classifier): w
// itself, or a compound head — the part after the last hyphen and, in
// German, any tail of it of at least 3 bytes starting on a rune
// boundary — tried first on w and then on w without each inflection
// ending. It returns the candidate and its value.
func (lx *lexicon) headOf(w string, mask uint64) (string, uint64) {
	if c, v := lx.formHead(w, mask); v != 0 {
		return c, v
	}
	for _, e := range lx.inflect {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			if c, v := lx.formHead(w[:len(w)-len(e)], mask); v != 0 {
				return c, v
			}
		}
	}
	return "", 0
}

// classMaskKind selects classifiers in headOf.
const classMaskKind = kindMask << kindShift

// formHead is headOf for one form f: the longest of f, the part after its
// last hyphen, and (German) the tails of that part.
func (lx *lexicon) formHead(f string, mask uint64) (string, uint64) {
	hy := strings.LastIndexByte(f, '-')
	if hy+1 >= len(f) {
		hy = -1 // no part after a trailing hyphen
	}
	de := lx.lang == "de"
	best, bestV := "", uint64(0)
	h := hashOffset
	for i := len(f) - 1; i >= 0; i-- {
		h = (h ^ uint32(f[i])) * hashPrime // hashStep
		if len(f)-i > 255 {
			break
		}
		switch {
		case i == 0, i == hy+1 && hy >= 0:
		case de && i > hy+1 && len(f)-i >= 3 && f[i]&0xC0 != 0x80: // isRuneStart
		default:
			continue
		}
		if v := lx.lookup(h, f[i:]); v&mask != 0 {
			best, bestV = f[i:], v // longer candidates come later and win
		}
	}
	return best, bestV
}

// ofWord returns " of " (English) or " von " (German): the preposition
// that ties a relation to the person it relates to.
func (lx *lexicon) ofWord() string {
	if lx.lang == "de" {
		return " von "
	}
	return " of "
}

// classify returns the classifier noun that w is or ends in (see headOf)
// and its kind (kindNames index).
func (lx *lexicon) classify(w string) (string, uint8, bool) {
	noun, v := lx.headOf(w, classMaskKind)
	return noun, uint8(v >> kindShift & kindMask), v != 0
}

// hasNounSuffix reports whether w ends in a common-noun suffix.
func (lx *lexicon) hasNounSuffix(w string) bool {
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	for _, s := range lx.suffix {
		if s[len(s)-1] == last && len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// nounLike reports whether the lower-case word w looks like a common noun:
// a stop word, listed, headed by a listed noun, or ending in a noun suffix.
func (lx *lexicon) nounLike(w string) bool {
	if lx.class(w)&wStop != 0 {
		return true
	}
	if _, v := lx.headOf(w, wCommon); v != 0 {
		return true
	}
	return lx.hasNounSuffix(w)
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Languages returns the languages the glossary has data for, in order
// ("de", "en").
func Languages() []string { return append([]string(nil), languages...) }

// ValidKind reports whether k is a kind of entry the glossary knows
// ("person", "organization", …; see SCHEMA.md of package siteglossary).
func ValidKind(k string) bool { return kindIndex(k) != 0 }

// A language's noun list (see inNouns) as a hash set, built at its first
// use from the list's section (nothing is parsed at start-up): an open-
// addressing table of the lines, each slot the offset of a line's first
// byte plus one, 0 for an empty slot. A lookup hashes the word once and
// compares a line or two, where a binary search over the lines walked to
// each line's ends a dozen times. Beside it, a bit set of the lines' first
// three bytes, and one of their first four (hashed), let nounForm pass
// over most tails of a word without a lookup.
type nounTable struct {
	list   string
	slots  []uint32
	start  []uint64 // bit startBit(line) for each line of three bytes or more
	start4 []uint64 // bit start4Bit(line) for each line of four bytes or more
	// long is the length from which every stem nounForm tries has four
	// bytes or more: 4 plus the longest of nounEndings.
	long int
}

// noNounFilter turns mayBeNounForm off (tests compare nounForm with and
// without it).
var noNounFilter bool

// startBit is the bit of the first three bytes of s (len(s) >= 3) in
// nounTable.start: five bits of each byte, so that distinct letters stay
// distinct.
func startBit(s string) uint32 {
	return uint32(s[0]&31)<<10 | uint32(s[1]&31)<<5 | uint32(s[2]&31)
}

// start4Bit is the bit of the first four bytes of s (len(s) >= 4) in
// nounTable.start4: FNV-1a over them, 16 bits.
func start4Bit(s string) uint32 {
	h := hashOffset
	for i := 0; i < 4; i++ {
		h = (h ^ uint32(s[i])) * hashPrime
	}
	return (h ^ h>>16) & (1<<16 - 1)
}

// buildNounSet returns the hash set of the lines of list.
func buildNounSet(list string) nounTable {
	n := 0
	for i := 0; i < len(list); i++ {
		if list[i] == '\n' {
			n++
		}
	}
	size := 2
	for size < 2*(n+1) {
		size <<= 1
	}
	t := nounTable{list: list, slots: make([]uint32, size), start: make([]uint64, 1<<15/64), start4: make([]uint64, 1<<16/64)}
	for _, x := range nounEndings {
		t.long = max(t.long, 4+len(x))
	}
	mask := uint32(size - 1)
	for a := 0; a < len(list); {
		b := strings.IndexByte(list[a:], '\n')
		if b < 0 {
			b = len(list) - a
		}
		if b > 0 {
			s := hashRev(list[a:a+b]) & mask
			for t.slots[s] != 0 {
				s = (s + 1) & mask
			}
			t.slots[s] = uint32(a) + 1
		}
		if b >= 3 {
			k := startBit(list[a:])
			t.start[k>>6] |= 1 << (k & 63)
		}
		if b >= 4 {
			k := start4Bit(list[a:])
			t.start4[k>>6] |= 1 << (k & 63)
		}
		a += b + 1
	}
	return t
}

// nounTable returns the hash set of lx's noun list, built at its first use.
func (lx *lexicon) nounTable() *nounTable {
	lx.nounOnce.Do(func() { lx.nounTab = buildNounSet(lx.nounList) })
	return &lx.nounTab
}

// inNounList reports whether s is a line of lx's noun list.
func (lx *lexicon) inNounList(s string) bool {
	t := lx.nounTable()
	if len(s) == 0 {
		return false
	}
	set := t.slots
	mask := uint32(len(set) - 1)
	for x := hashRev(s) & mask; set[x] != 0; x = (x + 1) & mask {
		o := int(set[x]) - 1
		if e := o + len(s); e <= len(t.list) && t.list[o:e] == s && (e == len(t.list) || t.list[e] == '\n') {
			return true
		}
	}
	return false
}

// mayBeNounForm reports whether f may be a form of a line of lx's noun
// list by nounForm: false when f is shorter than three bytes
// (no stem is long enough), or when f starts with three ASCII bytes that
// start no line — every stem nounForm tries, and its vowel without the
// umlaut (which then lies after the third byte), starts with them too.
// From nounTable.long bytes on, every stem is four bytes or longer, so
// then f's first four ASCII bytes must start a line.
func (lx *lexicon) mayBeNounForm(f string) bool {
	if noNounFilter {
		return true
	}
	if len(f) < 3 {
		return false
	}
	if f[0]|f[1]|f[2] >= 0x80 {
		return true
	}
	t := lx.nounTable()
	if len(f) >= t.long && f[3] < 0x80 {
		k := start4Bit(f)
		return t.start4[k>>6]&(1<<(k&63)) != 0
	}
	k := startBit(f)
	return t.start[k>>6]&(1<<(k&63)) != 0
}
