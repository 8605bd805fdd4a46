package glossary

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/text"
)

// engine holds the state of one Find call.
type engine struct {
	d    *text.Doc
	text string // d.Text
	lang string
	de   bool // lang is "de" (else "en")
	lx   *lexicon
	opt  Options
	toks []token // the words and punctuation of d (joinWords)

	arts   []*article          // names found in the text, in order of discovery
	artKey map[string]*article // canonical key -> article
	occs   []occ               // occurrences of arts, in text order
	info   []tokInfo           // per token
	// startAt and endAt map a token to the index plus one of an
	// occurrence that starts or ends there (0 for none), once
	// minePatterns has begun; inside marks the later words of runs of
	// capitalised words.
	startAt, endAt []int32
	inside         []bool
	reps           wordReps // the first token of each word (wordRep)
}

// occ is one occurrence of an article name: tokens [s, t]; for an acronym
// at the front of a compound ("UN-Sicherheitsrat") end is the byte where
// the acronym ends, else 0.
type occ struct {
	s, t int
	end  int
	a    *article
}

// article is a name the text itself talks about.
type article struct {
	key     string // canonical text of the name
	first   uint32 // word classes of its first word (wGiven, …)
	words   []string
	kind    string
	cls     candClass
	person  bool
	defs    []definition
	aliases []string
	pos     int // byte offset of the first occurrence
	name    int // index plus one of its Name in listNames, 0 for none
	strong  bool
	work    bool // a title in quotation marks (quotedTitles)
}

// definition is one definition mined from the text.
type definition struct {
	text  string
	score int // higher wins; ties go to the earlier one
	pos   int
	alias bool // text is also a name of the entry (an acronym's expansion)
	bare  bool // a title alone ("Senator"): shown only with more
}

// Scores of the definition patterns.
const (
	scoreExpansion   = 10
	scoreLocation    = 9
	scoreAppos       = 8
	scoreCue         = 8
	scoreRelative    = 7
	scoreCopula      = 7
	scoreRole        = 6
	scoreAffiliation = 5
	scoreClassifier  = 4
	scoreHead        = 3
)

// candClass is the kind of evidence that a token sequence is a name.
type candClass uint8

const (
	cAcronym candClass = iota + 1
	cSeq               // two or more capitalised words that are not common nouns
	cWord              // one capitalised word that is not a common noun
	cInst              // a noun naming an institution ("Vereinigungsministerium")
)

func newEngine(d *text.Doc, lang string, opt Options) *engine {
	return &engine{d: d, text: d.Text, lang: lang, de: lang == "de", lx: lexiconFor(lang), opt: opt, artKey: map[string]*article{}}
}

// cleanSpans returns spans clipped to [0, n), sorted, without empty or
// overlapping ones, so that hostile options cannot break the scan.
func cleanSpans(in []Span, n int) []Span {
	out := make([]Span, 0, len(in))
	for _, s := range in {
		s.Start = max(0, min(s.Start, n))
		s.End = max(0, min(s.End, n))
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	k := 0
	for _, s := range out {
		if k > 0 && s.Start < out[k-1].End {
			out[k-1].End = max(out[k-1].End, s.End)
			continue
		}
		out[k] = s
		k++
	}
	return out[:k]
}

func (e *engine) run() Result {
	if len(e.d.Toks) == 0 {
		return Result{}
	}
	spareMu.Lock()
	e.toks, e.info = spare.toks, spare.info
	spare = engineBufs{}
	spareMu.Unlock()
	e.prepare()
	e.findCandidates()
	res := e.resolve()
	// The result holds no reference to the token buffers: reuse them.
	if cap(e.toks) <= text.MaxSpare {
		spareMu.Lock()
		spare = engineBufs{e.toks[:0], e.info[:0]}
		spareMu.Unlock()
	}
	return res
}

// engineBufs are the per-call token buffers, kept for the next call.
type engineBufs struct {
	toks []token
	info []tokInfo
}

// spare holds the buffers of the last call, up to text.MaxSpare tokens. Not a
// sync.Pool: garbage collection empties those, and the annotation of a
// long article collects once or more per call.
var (
	spareMu sync.Mutex
	spare   engineBufs
)

// prepare joins the Doc's tokens into words and sets up the per-token
// caches.
func (e *engine) prepare() {
	e.toks = joinWords(e.d, e.toks)
	if cap(e.info) >= len(e.toks) {
		e.info = e.info[:len(e.toks)]
		clear(e.info)
	} else {
		e.info = make([]tokInfo, len(e.toks))
	}
}

// ---- token helpers ----

// w returns token i as written, or "" outside the text.
func (e *engine) w(i int) string {
	if i < 0 || i >= len(e.toks) {
		return ""
	}
	return e.text[e.toks[i].start:e.toks[i].end]
}

// lw returns token i in lower case (a slice of the Doc's lower-case
// text, so it costs no allocation): soft hyphens left out, ’ written as '.
func (e *engine) lw(i int) string {
	if i < 0 || i >= len(e.toks) {
		return ""
	}
	t := &e.toks[i]
	return e.d.Lower[e.d.Toks[t.first].Lo:e.d.Toks[t.last].Hi]
}

// lw2 returns tokens i-1 and i in lower case, joined by one space
// ("news agency"); a slice of the Doc's lower-case text when white space
// separates them there.
func (e *engine) lw2(i int) string {
	lo, mid := e.d.Toks[e.toks[i-1].first].Lo, e.d.Toks[e.toks[i-1].last].Hi
	lo2, hi := e.d.Toks[e.toks[i].first].Lo, e.d.Toks[e.toks[i].last].Hi
	if lo2 == mid+1 && e.d.Lower[mid] == ' ' {
		return e.d.Lower[lo:hi]
	}
	return e.lw(i-1) + " " + e.lw(i)
}

// is reports whether token i in lower case is in one of the word classes
// c (wStop, …).
func (e *engine) is(i int, c uint32) bool { return e.class(i)&c != 0 }

// class returns the word classes of token i, looked up once.
func (e *engine) class(i int) uint32 {
	if i < 0 || i >= len(e.info) {
		return 0
	}
	in := &e.info[i]
	if in.feat&ftClass == 0 {
		in.feat |= ftClass
		if e.toks[i].kind == tWord {
			in.class = e.lx.class(e.lw(i))
		}
	}
	return in.class
}

// in reports whether the lower-case word w is in one of the word classes c.
func (e *engine) in(w string, c uint32) bool { return e.lx.class(w)&c != 0 }

// tokInfo caches what the word lists say about a token.
type tokInfo struct {
	class uint32 // word classes (wStop, …) of a word
	feat  uint16
	kind  uint8 // index into kindNames, when ftClassifier
	place uint8 // placeLen, when ftPlace
}

const (
	ftDone uint16 = 1 << iota // the list features below are computed
	ftRole
	ftClassifier
	ftInst
	ftNoun // nounLike
	ftStop // a stop word
	ftConnector
	ftGiven
	ftClass // tokInfo.class is set
	ftPlace // tokInfo.place is set
)

// features computes the list features of word token i once.
func (e *engine) features(i int) uint16 {
	if i < 0 || i >= len(e.info) {
		return 0
	}
	in := &e.info[i]
	if in.feat&ftDone != 0 {
		return in.feat
	}
	// (what follows reads the word alone, not its neighbours: a word's
	// features are computed once per text, at its first token)
	if e.toks[i].kind == tWord {
		if r := e.wordRep(i); r != i {
			return e.sameFeatures(i, r)
		}
	}
	lw := e.lw(i)
	f := ftDone
	bits, kind, v := e.lx.nounBits(lw)
	if in.feat&ftClass == 0 {
		in.feat |= ftClass
		in.class = uint32(v)
	}
	if bits&nRole != 0 {
		f |= ftRole
	}
	if bits&nClassifier != 0 {
		f |= ftClassifier
		in.kind = kind
	}
	if bits&nInst != 0 && e.de {
		f |= ftInst
	}
	c := in.class
	stop := c&wStop != 0
	if stop {
		f |= ftStop
	}
	if c&wConnector != 0 {
		f |= ftConnector
	}
	if c&wGiven != 0 {
		f |= ftGiven
	}
	if bits&nCommon != 0 || stop || e.lx.hasNounSuffix(lw) || e.de && c&(wGiven|wPlace) == 0 && !innerCap(e.w(i)) && nounStem(lw, 0) {
		f |= ftNoun
	}
	in.feat |= f
	return in.feat
}

// nounLike reports whether the lower-case word w looks like a common noun
// (lexicon.nounLike), in German also by data/de-nouns.lst unless it is a
// given name or a place.
func (e *engine) nounLike(w string) bool {
	return e.lx.nounLike(w) || e.de && e.lx.class(w)&(wGiven|wPlace) == 0 && nounStem(w, 0)
}

// innerCap reports whether w has a capital letter inside a part between
// hyphens ("WhatsApp", "YouTube"): a brand's spelling, never a German
// compound noun's.
func innerCap(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && w[i-1] != '-' {
			return true
		}
	}
	return false
}

// possessive reports whether w ends in "'s" or "’s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

func (e *engine) isWord(i int) bool { return i >= 0 && i < len(e.toks) && e.toks[i].kind == tWord }

// isCap, isLower and punct spell isWord and w out: the wasm is built
// without inlining, and they are among the engine's most frequent calls.

func (e *engine) isCap(i int) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].kind == tWord && e.toks[i].flags&fCap != 0
}

func (e *engine) isLower(i int) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].kind == tWord && e.toks[i].flags&fLower != 0
}

// punct reports whether token i is the punctuation mark p.
func (e *engine) punct(i int, p string) bool {
	if i < 0 || i >= len(e.toks) {
		return false
	}
	t := &e.toks[i]
	return t.kind == tPunct && e.text[t.start:t.end] == p
}

func (e *engine) isPunct(i int) bool { return i >= 0 && i < len(e.toks) && e.toks[i].kind == tPunct }

// span returns the text of tokens [i, j] inclusive.
func (e *engine) span(i, j int) string { return e.text[e.toks[i].start:e.toks[j].end] }

// samePara reports whether tokens i and j lie in one paragraph.
func (e *engine) samePara(i, j int) bool { return e.toks[i].para == e.toks[j].para }

// ---- candidates ----

// findCandidates walks the tokens once, finds name candidates and mines
// their definitions.
func (e *engine) findCandidates() {
	n := len(e.toks)
	for i := 0; i < n; i++ {
		if i == 0 || e.toks[i-1].para != e.toks[i].para {
			if last := e.titleCaseLine(i); last >= 0 {
				i = last // a headline in title case: its capitals name nothing
				continue
			}
		}
		t := e.toks[i]
		if t.kind != tWord {
			continue
		}
		if end, ok := e.acronymAt(i); ok {
			e.addAcronym(i, end)
			if end == t.end {
				continue
			}
			// "UN-Generalsekretär Antonio Guterres": the compound still
			// belongs to a run of capitalised words.
		}
		if t.flags&fCap == 0 {
			if end := e.lowerName(i); end >= i {
				e.addOcc(i, end, cWord) // "iPhone", "o2", "bilderdiebstahl.de"
				i = end
			}
			continue
		}
		if t.flags&fAllCaps != 0 {
			continue
		}
		if e.street(i) {
			if a := e.addOcc(i, i+1, cSeq); a != nil { // "Lindenallee 12"
				a.kind = "place"
			}
			i++
			continue
		}
		j := e.capRun(i)
		if j-i < maxRun {
			e.runCandidates(i, j)
		}
		i = j
	}
	e.compoundFronts()
	e.orgPhrases()
	e.minePatterns()
	e.quotedTitles()
}

// compoundFronts registers the names in front of German hyphenated
// compounds whose head is a common noun ("Skype-Adresse",
// "Creative-Commons-Lizenz", "Genion-L-Vertrag"): the capitalised parts
// before the head that are no nouns. A compound whose head is a kind of
// thing or an institution ("Wagner-Gruppe") is a name as a whole
// (runCandidates); a front that is a noun ("Kunden-Konto") or a word that
// only starts compounds ("Online-Handel") is none.
func (e *engine) compoundFronts() {
	if !e.de {
		return
	}
	for k, t := range e.toks {
		w := e.w(k)
		h := strings.IndexByte(w, '-')
		l := strings.LastIndexByte(w, '-')
		if t.kind != tWord || t.flags&fCap == 0 || h < 0 || l+1 >= len(w) || !unicode.IsUpper([]rune(w[l+1:])[0]) || acronymShape(w[:h]) ||
			e.isClassifier(k) || e.isInstitution(k) {
			continue
		}
		head := strings.ToLower(w[l+1:])
		if !e.nounLike(head) || e.frontNoun(strings.ToLower(w[:h])) || utf8.RuneCountInString(w[:h]) < 4 {
			continue
		}
		ok := true
		for _, p := range strings.Split(w[h:l], "-") {
			if p == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(p)
			lp := strings.ToLower(p)
			ok = ok && (unicode.IsUpper(r) || unicode.IsDigit(r)) && !e.frontNoun(lp) && !e.in(lp, wStop|wRole|wTitle)
		}
		lf := strings.ToLower(w[:h])
		if !ok || e.in(lf, wStop|wTitle|wDemonym|wHonorific) || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		key := w[:l]
		a := e.artKey[key]
		if a == nil {
			a = &article{key: key, cls: cWord, words: []string{key}, pos: t.start, first: e.lx.class(lf)}
			if e.in(lf, wPlace) {
				a.kind = "place"
			}
			e.artKey[key] = a
			e.arts = append(e.arts, a)
		}
		e.occs = append(e.occs, occ{s: k, t: k, end: t.start + l, a: a})
	}
}

// frontNoun reports whether the lower-case front of a German compound is
// a common noun or a word that only starts compounds ("online-").
func (e *engine) frontNoun(f string) bool {
	if e.nounLike(f) || inNouns(f+"-") || e.isRoleWord(f) {
		return true
	}
	for _, x := range e.lx.inflect {
		if st, ok := strings.CutSuffix(f, x); ok && len(st) >= 3 && e.in(st, wHonorific|wGeneric|wTitle|wRelation) {
			return true // "Herren-", "Frauen-"
		}
	}
	return e.in(f, wHonorific|wGeneric|wTitle|wRelation)
}

// isRoleWord reports whether the lower-case word f is or ends in a role.
func (e *engine) isRoleWord(f string) bool {
	bits, _, _ := e.lx.nounBits(f)
	return bits&(nRole|nClassifier|nInst) != 0
}

// lowerName returns the last token of a name that starts with a
// lower-case letter at word i — a domain ("bilderdiebstahl.de",
// "iRights.info"), a word with a capital inside ("iPhone", "eBay") or
// letters and digits ("o2") — or -1.
func (e *engine) lowerName(i int) int {
	if e.toks[i].flags&fLower == 0 {
		return -1
	}
	w := e.w(i)
	if e.punct(i+1, ".") && e.isLower(i+2) && e.toks[i+1].flags&fSpaceBefore == 0 && e.toks[i+2].flags&fSpaceBefore == 0 &&
		e.is(i+2, wTLD) && len(w) >= 3 {
		return i + 2
	}
	upper, digit, letters := false, false, 0
	for k, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case unicode.IsUpper(r) && k > 0:
			upper = true
		case unicode.IsLetter(r):
			letters++
		}
	}
	if upper && letters >= 2 && !strings.ContainsAny(w, "-'’") || digit && letters >= 1 && len(w) <= 4 && !strings.ContainsAny(w, "-") && unicode.IsLetter(rune(w[0])) {
		return i
	}
	return -1
}

// maxRun bounds a run of capitalised words that can hold names: longer
// runs are titles or lists.
const maxRun = 16

// capRun returns the last token of the run of capitalised words starting at
// i: words separated by white space only, with connector words ("of",
// "for") between two capitalised words, and the parts of a whole name:
// initials ("C. Eugene Steuerle", "Ulysses S. Grant", "George H.W.
// Bush"), a regnal numeral ("Wilhelm II"), a person's name particles
// ("Luis de Miranda", "Carl von Ossietzky") and the "and" of an
// organisation's name ("University and College Union").
func (e *engine) capRun(i int) int {
	j := i
	for {
		k := j + 1
		if k+1 < len(e.toks) && e.punct(k, ".") && e.toks[k].flags&fSpaceBefore == 0 && e.toks[j].end-e.toks[j].start == 1 &&
			e.isCap(j) && e.isCap(k+1) && e.toks[k+1].flags&fSpaceBefore != 0 && e.samePara(i, k+1) &&
			(j > i || e.is(k+1, wGiven) || e.isCap(k+2) && e.toks[k+2].flags&fSpaceBefore != 0 && e.toks[k+2].flags&fAllCaps == 0 || e.initialsChain(k+1)) {
			// an initial: "Ulysses S. Grant", "C. Eugene Steuerle"
			j = k + 1
			continue
		}
		if (e.punct(k, "’") || e.punct(k, "'")) && e.toks[k].flags&fSpaceBefore == 0 && strings.HasSuffix(e.w(j), "s") &&
			e.isCap(k+1) && e.toks[k+1].flags&fSpaceBefore != 0 && e.samePara(i, k+1) && !e.is(k+1, wStop) {
			j = k + 1 // "Universities and Colleges Employers’ Association"
			continue
		}
		if e.w(k) == "&" && e.is(j, wGiven) && e.is(k+1, wGiven) && e.isCap(k+2) && e.toks[k+1].flags&fSpaceBefore != 0 && e.samePara(i, k+1) {
			j = k + 1 // "Bill & Melinda Gates Foundation": two given names, one family name
			continue
		}
		if !e.isWord(k) || e.toks[k].flags&fSpaceBefore == 0 || !e.samePara(i, k) {
			return j
		}
		if !e.de && e.isLower(k) && e.in(placeStem(e.lw(k), false), wNameTail) && !e.is(j, wStop|wDemonym) && e.isCap(j) {
			return k // "the Obama administration", "West Mercia police"
		}
		if e.toks[k].flags&fCap != 0 && e.toks[k].flags&fAllCaps == 0 {
			j = k
			continue
		}
		if initialsWord(e.w(k)) && e.isCap(k+1) && e.toks[k+1].flags&fSpaceBefore != 0 {
			j = k // "George H.W. Bush"
			continue
		}
		if e.toks[k].flags&fAllCaps != 0 && j == i && len(e.w(k)) <= 3 && acronymShape(e.w(k)) && !e.isCap(k+1) &&
			e.toks[i].flags&fSentStart == 0 && !e.nounLikeAt(i) && !e.is(i, wStop|wGiven|wDemonym|wTitle) && !e.isRole(i) && !e.isClassifier(i) && e.placeLen(i) == 0 {
			return k // "Full HD", "Face ID": a product's word and its acronym
		}
		if e.toks[k].flags&fAllCaps != 0 && j > i && acronymShape(e.w(k)) && e.isCap(k+1) && e.toks[k+1].flags&fAllCaps == 0 &&
			e.toks[k+1].flags&fSpaceBefore != 0 && e.samePara(i, k+1) && !e.is(k+1, wStop) {
			j = k + 1 // "Piracy Guard IT Solutions GmbH"
			continue
		}
		if e.legalForm(k, e.legalFormLast(k)) && !e.is(j, wStop) {
			// "Goal AG", "LoogBerry GmbH", "Digitale Gesellschaft e.V."
			j = e.legalFormLast(k)
			return j
		}
		if e.toks[k].flags&fDigit != 0 && e.toks[k].flags&fCap == 0 && e.toks[k].flags&fLower == 0 && e.toks[k].end-e.toks[k].start <= 3 &&
			j == i && !e.nounLikeAt(j) && !e.isRole(j) && !e.is(j, wGiven|wStop|wCommon|wTitle) && !e.isCap(k+1) &&
			(e.isPunct(k+1) || e.isLower(k+1) || k+1 >= len(e.toks)) && e.isCap(j) {
			j = k // "Frontal 21", "Mariner 4", "Apollo 11"
			return j
		}
		if e.toks[k].flags&fAllCaps != 0 && regnal(e.w(k)) && (e.is(j, wGiven) || e.isRole(j-1) && e.isCap(j-1)) {
			j = k // "Wilhelm II", "König Olav V"
			if e.de && e.punct(k+1, ".") && e.toks[k+1].flags&fSpaceBefore == 0 && (e.isPunct(k+2) || e.isLower(k+2)) {
				j = k + 1 // "Wilhelm II., der letzte Kaiser": the ordinal's period
			}
			continue
		}

		if e.isLower(k) && e.is(k, wConnector) && e.isCap(k+1) && e.toks[k+1].flags&fSpaceBefore != 0 && e.toks[k+1].flags&fAllCaps == 0 &&
			!(e.lw(k) == "of" && e.personStart(i)) && !(e.lw(k) == "the" && !(j == i && e.personStart(i))) {
			j = k + 1 // "Ministry of Fisheries"; "the" only in "Alexander the Great"
			continue
		}
		if e.isLower(k) && (e.is(k, wConnector) && e.isLower(k+1) && e.is(k+1, wDeterminer|wConnector) && e.isCap(k+2) && e.toks[k+2].flags&fAllCaps == 0 ||
			e.lw(k) == "to" && e.isCap(k+1) && e.toks[k+1].flags&fAllCaps == 0) && !e.is(k+2, wStop) && (e.orgWordIn(i, j) || e.isClassifier(i-1) && e.isLower(i-1) ||
			// "Collection of the Year", "Bank of the West": a title's "of the"
			!e.de && j == i && e.lw2(k+1) == "of the" && !e.personStart(i) && !e.is(i, wSurnameLead) && e.toks[i].flags&fSentStart == 0 && !e.is(k+2, wCommon|wDemonym)) {
			// "Committee for a Responsible Federal Budget", "Committee to
			// Protect Journalists"
			if e.lw(k) == "to" {
				j = k + 1
			} else {
				j = k + 2
			}
			continue
		}
		if e.isLower(k) && namePrefixed(e.w(k)) {
			j = k // "Baschar al-Assad"
			continue
		}
		if (j == i || e.is(j, wGiven) || e.isRole(j-1)) && e.isLower(k) && e.isLower(k+1) && e.isCap(k+2) && particlePair(e.lw(k), e.lw(k+1)) &&
			e.toks[k+1].flags&fSpaceBefore != 0 && e.toks[k+2].flags&fSpaceBefore != 0 && e.personStart(i) {
			j = k + 2 // "Ursula von der Leyen" (but "Christian Drosten von der Charité")
			continue
		}
		if e.isLower(k) && e.is(k, wNameParticle) && e.isCap(k+1) && e.toks[k+1].flags&fSpaceBefore != 0 &&
			e.toks[k+1].flags&fAllCaps == 0 && (e.personStart(i) || e.is(j, wGiven)) && !e.is(k+1, wStop) {
			j = k + 1 // "Luis de Miranda", "Carl von Ossietzky"
			continue
		}
		if (e.lw(k) == "and" || e.lw(k) == "und" || e.w(k) == "&") && e.andJoins(i, j, k) {
			j = k + 1
			continue
		}
		return j
	}
}

// legalFormLast returns the last token of a legal form starting at token
// k ("e" "." "V" "." of "e.V.", "Inc" "." of "Inc.").
func (e *engine) legalFormLast(k int) int {
	t := k
	for n := 0; n < 3 && t+1 < len(e.toks) && e.toks[t+1].flags&fSpaceBefore == 0 && e.toks[t+1].start == e.toks[t].end &&
		(e.punct(t+1, ".") || e.isWord(t+1) && e.toks[t+1].end-e.toks[t+1].start == 1); n++ {
		t++
	}
	for t > k && !e.legalForm(k, t) {
		t--
	}
	return t
}

// legalForm reports whether tokens [k, t] are a legal form that ends a
// company's name ("AG", "GmbH", "e.V.", "Inc."), listed in [legal-form].
func (e *engine) legalForm(k, t int) bool {
	return e.isCap(k) && e.in(strings.ToLower(e.text[e.toks[k].start:e.toks[t].end]), wLegalForm) ||
		e.isLower(k) && e.in(e.d.Lower[e.d.Toks[e.toks[k].first].Lo:e.d.Toks[e.toks[t].last].Hi], wLegalForm) && (t > k || strings.Contains(e.w(k), "."))
}

// initialsWord reports whether w is initials joined by periods ("H.W.").
func initialsWord(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// regnal reports whether w is a roman numeral that follows a ruler's name
// ("II", "XIV"): two or more of I, V, X, L; "I" alone is too ambiguous.
func regnal(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && strings.Trim(w, "IVXL") == "" || w == "V" || w == "X"
}

// orgWordIn reports whether one of the words [i, j] is the head word of
// an organisation's name.
func (e *engine) orgWordIn(i, j int) bool {
	for m := i; m <= j; m++ {
		if e.isWord(m) && (e.lx.orgHead(e.lw(m)) != "" || e.isInstitution(m) || e.classKind(m) == "organization" || e.is(m, wInstitution)) {
			return true
		}
	}
	return false
}

// andJoins reports whether the "and" at token k joins the run [i, j] and
// the capitalised words after it into one organisation's name: the words
// after it hold an organisation's head word and the run before holds
// none and starts no person's name ("University and College Union",
// "World Travel and Tourism Council"), or the run before holds one that
// it does not end with ("Department of Design and Construction").
func (e *engine) andJoins(i, j, k int) bool {
	if !e.isCap(k+1) || e.toks[k+1].flags&fSpaceBefore == 0 || e.toks[k+1].flags&fAllCaps != 0 || e.is(k+1, wStop) || e.personStart(i) {
		return false
	}
	orgWord := func(m int) bool {
		return e.isWord(m) && (e.lx.orgHead(e.lw(m)) != "" || e.isInstitution(m) || e.classKind(m) == "organization" || e.is(m, wInstitution))
	}
	before := false
	for m := i; m <= j; m++ {
		before = before || orgWord(m)
	}
	if before {
		return !orgWord(j)
	}
	for m := k + 1; m < len(e.toks) && m <= k+5 && e.isCap(m) && e.samePara(i, m); m++ {
		if orgWord(m) {
			return true
		}
	}
	return false
}

// runCandidates splits the run [i, j] at stop words, roles, classifiers
// and given names, and registers the pieces.
func (e *engine) runCandidates(i, j int) {
	start := i
	flush := func(end int) {
		// trim common nouns and connectors at the ends
		s, t := start, end
		// (English capitalises nouns only in names: "News Agency" stays)
		for s <= t && e.placeLen(s) == 0 && !(s < t && e.capAdjective(s)) && !(t == s+1 && e.initialAt(t) && !e.is(s, wStop|wCommon) && !e.isRole(s)) && (e.breaks(s) || e.features(s)&ftConnector != 0 || e.trimNoun(s, s == t) && !e.titled(s) && !e.nameFront(s) && !(s == t && e.country(s)) ||
			s < t && hyphenAdjective(e.w(s))) { // "the Leeds-based Institute …", "die SPD-nahe Stiftung"
			s++
		}
		for t >= s && !e.placeEnd(s, t) && !(t > s && e.capAdjective(t-1) && !e.isRole(t)) && (e.features(t)&ftConnector != 0 || e.trimNoun(t, s == t) && !(s == t && (e.titled(t) || e.country(t))) && !e.surnameAfterGiven(s, t) && !e.nameFront(t)) {
			t--
		}
		if s > t {
			return
		}
		if s == t {
			if e.nameFront(s) && (e.isInstitution(s) || e.isClassifier(s)) && e.personFront(s) {
				// "Eberhard-Schöck-Stiftung": an institution's noun
				// with a person's name in front is a name
				e.addOcc(s, s, cWord)
				return
			}
			if e.isInstitution(s) {
				e.addOcc(s, s, cInst)
				return
			}
			if e.is(s, wTitle) {
				return // "Prime" between "Deputy" and "Minister": part of a title
			}
			if (e.mayBeDefined(s) || e.standsAsName(s) || e.placeLen(s) == 1 || e.people(s) || e.apposedName(s)) && (!e.is(s, wDemonym) || e.people(s)) {
				e.addOcc(s, s, cWord)
			}
			return
		}
		e.addOcc(s, t, cSeq)
	}
	for k := i; k <= j; k++ {
		switch {
		case e.isLower(k):
			// a connector inside the run ("Ministry of Fisheries")
		case e.de && k < j && (e.isInstitution(k) || e.classKind(k) == "organization") && e.placeLen(k+1) == j-k:
			// "Universität Hongkong", "Landgericht Hamburg": an
			// institution named by its place
			flush(k - 1)
			e.addOcc(k, j, cSeq)
			start, k = j+1, j
		case e.de && k == j && k > start && e.classKind(k) == "organization" && e.lx.classifierKind(e.lw(k)) != 0 && e.isCap(k-1) && !e.nounLikeAt(k-1) &&
			!e.isRole(k-1) && !e.is(k-1, wDemonym|wGiven) && !strings.HasSuffix(e.lw(k-1), "er") && e.features(k-1)&ftInst == 0 && !e.isClassifier(k-1) && e.placeLen(k-1) == 0:
			// "die Freenet Gruppe": a company's name and its kind noun
			flush(k - 2)
			e.addOcc(k-1, k, cSeq)
			start = k + 1
		case e.de && k > start && e.capAdjective(k-1) && (e.isClassifier(k) || e.isInstitution(k)) && !e.isRole(k):
			// "des Deutschen Lehrerverbands", "die Europäische Zentralbank"
		case !e.de && k > start && k == j && e.partyMember(k) && e.placeEnd(start, k-1):
			// "a Virginia Democrat": the place, and the party
			flush(k - 1)
			start = k + 1
		case e.breaks(k) && !(k == j && e.surnameAfterGiven(start, k) && e.lx.classifierKind(e.lw(k)) == 0 && !e.isRole(k)) && e.placeLen(k) < 2:
			flush(k - 1)
			if e.isInstitution(k) {
				e.addOcc(k, k, cInst)
			}
			start = k + 1
		case e.de && k < j && e.isClassifier(k) && strings.IndexByte(e.w(k), '-') > 0 && e.isCap(k+1):
			// "der Google-Schwesterfirma Waymo": a compound kind noun
			// before a name describes it
			flush(k - 1)
			start = k + 1
		case k > start && e.features(k)&ftGiven != 0 && e.features(k-1)&ftGiven == 0 && e.w(k-1) != "&":
			flush(k - 1)
			start = k
		case k > start && !e.de && possessive(e.lw(k-1)):
			// "South Korea's Unification Ministry"
			flush(k - 1)
			start = k
		case k > start && e.de && e.isGenitiveName(k-1) && e.is(k, wSurnameLead):
			// "Nordkoreas Kim Jong Un"
			flush(k - 1)
			start = k
		}
	}
	flush(j)
}

// breaks reports whether the capitalised token k cannot be inside a name:
// a stop word, a role, a classifier, or an institution noun.
func (e *engine) breaks(k int) bool {
	if e.features(k)&ftStop != 0 || e.is(k, wHonorific) {
		return true
	}
	if e.isRole(k) {
		// English plural roles are part of names ("Office for Students",
		// "Union of Concerned Scientists")
		return e.de || e.in(e.lw(k), wRole|wTitle) || !strings.HasSuffix(e.lw(k), "s")
	}
	if !e.de {
		return false // English: "News Agency", "Wagner Group" are names
	}
	if e.isClassifier(k) || e.isInstitution(k) {
		// "Wostochny-Kosmodrom", "Wagner-Gruppe": a compound whose front is
		// a name is a name.
		w, lw := e.w(k), e.lw(k)
		if h, lh := strings.IndexByte(w, '-'), strings.IndexByte(lw, '-'); h > 0 && lh > 0 && !e.nounLike(lw[:lh]) && !acronymShape(w[:h]) {
			return false
		}
		return true
	}
	return false
}

func (e *engine) isRole(k int) bool {
	return e.isWord(k) && e.features(k)&ftRole != 0
}

func (e *engine) isClassifier(k int) bool {
	return e.isWord(k) && e.features(k)&ftClassifier != 0
}

// classKind returns the kind a classifier token names, or "".
func (e *engine) classKind(k int) string {
	if !e.isClassifier(k) {
		return ""
	}
	return kindNames[e.info[k].kind]
}

func (e *engine) isInstitution(k int) bool {
	return e.isWord(k) && e.features(k)&ftInst != 0
}

// nounLikeAt reports whether token k is a common noun (German) or a word
// that is never a name by itself.
func (e *engine) nounLikeAt(k int) bool {
	f := e.features(k)
	if f&ftStop != 0 {
		return true
	}
	if !e.de {
		return e.is(k, wCommon)
	}
	return f&ftNoun != 0
}

// isGenitiveName reports whether token k looks like a German genitive
// name: capitalised, ending in "s", and not a listed common noun.
func (e *engine) isGenitiveName(k int) bool {
	w := e.w(k)
	return e.isCap(k) && len(w) > 3 && strings.HasSuffix(w, "s") && !e.is(k, wStop|wGiven) && !e.isRole(k) && !e.isClassifier(k) && !e.nounLikeAt(k)
}

// addOcc registers an occurrence of the name on tokens [s, t].
func (e *engine) addOcc(s, t int, cls candClass) *article {
	if !e.de && s == t {
		if w := e.w(s); strings.LastIndexByte(w, '-') > 0 && e.isLowerAt(e.toks[s].start+strings.LastIndexByte(w, '-')+1) {
			return nil // "London-based", "US-led": an adjective
		}
	}
	if t > s && e.toks[t].end-e.toks[t].start == 1 && e.isCap(t) && e.punct(t+1, ".") && e.toks[t+1].flags&fSpaceBefore == 0 {
		t++ // "Klaus K.": the initial's period is part of the name
	}
	key := e.span(s, t)
	if !e.de {
		// "Edelman's": the possessive is an inflection
		key = strings.TrimSuffix(strings.TrimSuffix(key, "'s"), "’s")
	}
	if strings.Contains(key, "  ") || strings.ContainsAny(key, "\n\t\r\u00a0") {
		key = strings.Join(strings.Fields(key), " ")
	}
	if s == t && utf8.RuneCountInString(key) < 3 && !(utf8.RuneCountInString(key) == 2 && strings.ContainsAny(key, "0123456789")) {
		return nil // "St", "A": abbreviations and letters, not names ("o2" is one)
	}
	place := cls != cAcronym && e.placeLen(s) == t-s+1
	if place && e.de && s == t && !e.in(e.lw(s), wPlace) {
		if e.isRole(s-1) || e.isClassifier(s-1) {
			return nil // "Regierungschefin Estlands": of whom she is the head
		}
		key = key[:len(key)-1] // "Berlins": the genitive of "Berlin"
	}
	a := e.artKey[key]
	if a == nil {
		a = &article{key: key, cls: cls, pos: e.toks[s].start, first: e.class(s)}
		if place {
			a.kind = "place"
		}
		for k := s; k <= t; k++ {
			if e.isWord(k) {
				a.words = append(a.words, e.w(k))
			}
		}
		e.artKey[key] = a
		e.arts = append(e.arts, a)
	}
	e.occs = append(e.occs, occ{s: s, t: t, a: a})
	if len(e.startAt) > 0 {
		e.indexOcc(len(e.occs) - 1)
	}
	return a
}

// indexOccs builds startAt, endAt and inside over the occurrences found.
func (e *engine) indexOccs() {
	e.startAt = make([]int32, len(e.toks))
	e.endAt = make([]int32, len(e.toks))
	e.inside = make([]bool, len(e.toks))
	for i := range e.occs {
		e.indexOcc(i)
	}
}

// indexOcc enters occurrence i into startAt, endAt and inside.
func (e *engine) indexOcc(i int) {
	o := e.occs[i]
	e.startAt[o.s] = int32(i + 1)
	e.endAt[o.t] = int32(i + 1)
	if o.a.cls == cSeq {
		for k := o.s + 1; k <= o.t; k++ {
			e.inside[k] = true
		}
	}
}

// occStarting returns the occurrence that starts at token k, if any.
func (e *engine) occStarting(k int) (occ, bool) {
	if k < 0 || k >= len(e.startAt) || e.startAt[k] == 0 {
		return occ{}, false
	}
	return e.occs[e.startAt[k]-1], true
}

// acronymAt reports whether word token i is, or starts with, an acronym
// ("KCNA", "G7", the "UN" of "UN-Sicherheitsrat"), and returns the byte
// where the acronym ends. All-caps headline words and datelines ("JETZT
// GEHT ES UM", "SEOUL, Südkorea") are not acronyms.
func (e *engine) acronymAt(i int) (int, bool) {
	t := e.toks[i]
	w := e.w(i)
	part := w
	if k := strings.IndexByte(w, '-'); k > 0 {
		part = w[:k]
	} else if k := strings.Index(w, "\u2010"); k > 0 {
		part = w[:k]
	}
	if !acronymShape(part) {
		return 0, false
	}
	if rest := strings.TrimPrefix(strings.TrimPrefix(w[len(part):], "-"), "\u2010"); len(rest) < len(w)-len(part) && codeShape(rest) {
		part = w // "DVB-T2": a standard and its variant are one acronym
	}
	whole := len(part) == len(w)
	if whole {
		// headline: an all-caps neighbour word
		if e.allCapsWord(i-1) && e.toks[i].flags&fSpaceBefore != 0 || e.allCapsWord(i+1) && e.toks[i+1].flags&fSpaceBefore != 0 {
			return 0, false
		}
		// dateline or label at the start of a paragraph
		if i == 0 || e.toks[i-1].para != t.para {
			if i+1 >= len(e.toks) || e.toks[i+1].para != t.para {
				return 0, false
			}
			switch e.w(i + 1) {
			case ",", ":", "–", "—", "-", ".":
				return 0, false
			}
		}
		if romanNumeral(part) {
			return 0, false
		}
	}
	return t.start + len(part), true
}

func (e *engine) allCapsWord(i int) bool {
	return e.isWord(i) && e.toks[i].flags&fAllCaps != 0
}

// acronymShape: 2–10 upper-case letters (digits after the first letter
// allowed: "G7", "F16"), or one upper-case letter and digits.
func acronymShape(s string) bool {
	if len(s) < 2 || len(s) > 10 {
		return false
	}
	if s[0] < 'A' || s[0] > 'Z' {
		// non-ASCII capitals ("ÖVP") are fine too
		r, _ := utf8.DecodeRuneInString(s)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	letters, digits, lower := 0, 0, 0
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLower(r) && i > 0 && len(s) <= 6:
			lower++ // "BfV", "BVerfG", "EuGH"
		default:
			return false
		}
	}
	if lower > 0 {
		return letters >= 2 && lower <= letters && digits == 0 && !unicode.IsLower(rune(s[len(s)-1])) || letters >= 3 && lower <= letters && digits == 0
	}
	return letters >= 2 || letters == 1 && digits >= 1
}

// romanNumeral reports whether s is a roman numeral written the canonical
// way ("IV", "XIV", "MD"), not just letters that roman numerals use
// ("CDC", "DCI").
func romanNumeral(s string) bool {
	if s == "" || len(s) > 4 || strings.Trim(s, "IVXLCDM") != "" {
		return false
	}
	val := func(c byte) int {
		return [...]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}[c]
	}
	n := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if i+1 < len(s) && v < val(s[i+1]) {
			n -= v
		} else {
			n += v
		}
	}
	return toRoman(n) == s
}

// toRoman writes n (1–3999) as a canonical roman numeral.
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range [...]struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// addAcronym registers the acronym that starts token i and ends at byte end.
func (e *engine) addAcronym(i, end int) {
	key := e.text[e.toks[i].start:end]
	a := e.artKey[key]
	if a == nil {
		a = &article{key: key, cls: cAcronym, words: []string{key}, pos: e.toks[i].start}
		e.artKey[key] = a
		e.arts = append(e.arts, a)
	}
	e.occs = append(e.occs, occ{s: i, t: i, end: end, a: a})
}

// weak reports whether an occurrence of a single word has too little
// evidence of being a name for the patterns that would also fit a common
// noun (appositions, relative clauses): in German a word after an article
// or adjective, or at the start of a sentence; in English a word at the
// start of a sentence.
func (e *engine) weak(o occ) bool {
	if o.a.cls != cWord {
		return false
	}
	return e.toks[o.s].flags&fSentStart != 0 || e.weakContext(o)
}

// weakContext is the German half of weak: a single word after an article
// or an adjective.
func (e *engine) weakContext(o occ) bool {
	if o.a.cls != cWord || !e.de || e.toks[o.s].flags&fLower != 0 {
		return false // "bilderdiebstahl.de", "o2" are names wherever they stand
	}
	if lw := e.lw(o.s); strings.IndexByte(e.w(o.s), '-') > 0 && strings.IndexByte(lw, '-') > 0 && !e.nounLike(lw[:strings.IndexByte(lw, '-')]) &&
		!(strings.IndexByte(lw, '-') == 1 && e.nounLike(lw[2:])) { // but "die U-Bahn", "das T-Shirt"
		return false // "das Tarnowo-Kosmodrom": a compound with a name in front
	}
	p := o.s - 1
	if !e.isWord(p) {
		return false
	}
	lw := e.lw(p)
	return e.in(lw, wDeterminer) || e.in(lw, wStop) && !e.in(lw, wAffiliation) && lw != "in" || e.isLower(p) && adjectiveEnding(lw)
}

// mayBeDefined reports whether a definition pattern could fire around the
// single word k: a comma after it (apposition, relative clause, place), a
// role or classifier before it, or (English) a classifier after it. Other
// single words are not registered at all, which keeps the scan fast.
func (e *engine) mayBeDefined(k int) bool {
	if p := k - 1; e.isLower(p) && e.lw(p) == "the" {
		p--
		if e.isLower(p) && (e.lw(p) == "as" || e.lw(p) == "called") {
			return true // "the grape variety known as the Frühburgunder"
		}
	}
	if p := k - 1; e.isLower(p) && (e.lw(p) == "as" && e.isLower(p-1) && e.lw(p-1) == "known" || e.lw(p) == "called" || e.lw(p) == "namens") {
		return true
	}
	n := k + 1
	if e.de && e.isLower(n) && e.is(n, wParticle) {
		n++
	}
	if e.punct(n, ",") {
		return true
	}
	if p := k - 1; e.isWord(p) && (e.isRole(p) || e.isClassifier(p)) {
		return true
	}
	return !e.de && e.isLower(k+1)
}

// standsAsName reports whether the single capitalised word k stands where
// only a name is capitalised: inside a sentence (not after a colon or an
// opening quote), and in German without an article or adjective before it
// and not ending like a common noun ("in Berlin", "von Skype"). Such a word
// is a name the text holds even where nothing defines it (Result.Names).
func (e *engine) standsAsName(k int) bool {
	if e.toks[k].flags&fSentStart != 0 || e.nounLikeAt(k) && !e.country(k) || e.is(k, wTitle|wGeneric|wGiven) || e.isClassifier(k) {
		return false
	}
	if e.opensClause(k-1) || e.number(k-1) {
		return false // … or after a number: a unit ("20 Prozent")
	}
	if !e.de {
		return true
	}
	if w := e.w(k); len(w) > 3 && w[1] == '-' && w[0] >= 'A' && w[0] <= 'Z' && strings.Count(w, "-") == 1 && unicode.IsUpper([]rune(w[2:])[0]) {
		// one letter and a word that is no noun: "T-Mobile", "E-Plus"
		// (but "E-Mail", "U-Bahn", "K-Frage")
		lt := strings.ToLower(w[2:])
		return !e.nounLike(lt) && !e.isRoleWord(lt) && !e.in(lt, wStop|wTitle|wGeneric)
	}
	if e.originPlace(k) {
		return true
	}
	// German capitalises every noun: only a word right after a preposition
	// of place without an article ("in Berlin", "aus China") stands as a
	// name.
	switch e.lw(k - 1) {
	case "in", "aus", "nach":
		return e.isLower(k - 1)
	case "bei", "via":
		// "bei Flickr", "via Skype": with the noun lexicon, a word there
		// that is no noun and no adjective made a noun ("bei Weitem",
		// "bei Verletzten") is a name
		return e.isLower(k-1) && e.bareName(k)
	}
	return false
}

// originPlace reports whether the German word k, no noun, follows "im",
// "ins", "vom" or "zum" and an adjective of a country or region ("im
// norditalienischen Savigliano", "vom bayerischen Kelheim"): a place.
func (e *engine) originPlace(k int) bool {
	if !e.de || !e.isLower(k-1) || !e.isLower(k-2) || !strings.Contains(" im ins vom zum ", " "+e.lw(k-2)+" ") || e.nounLikeAt(k) || e.isRole(k) || e.isClassifier(k) {
		return false
	}
	a := e.lw(k - 1)
	for _, x := range [...]string{"ischen", "ische", "ischer", "isches"} {
		if st, ok := strings.CutSuffix(a, x); ok {
			a = st
			break
		}
	}
	if a == e.lw(k-1) {
		return false
	}
	for _, p := range [...]string{"nord", "süd", "ost", "west", "mittel", "zentral"} {
		if st, ok := strings.CutPrefix(a, p); ok && len(st) > 2 {
			a = st
			break
		}
	}
	for _, x := range [...]string{"", "land", "en", "ien", "enland", "n"} {
		if e.in(a+x, wPlace) {
			return true
		}
	}
	return false
}

// bareName reports whether the German word k, after "bei" or "via"
// without an article, may be a name: not an adjective or infinitive made a
// noun ("bei Weitem", "bei Halskratzen") nor a compound with a noun head
// ("bei Creative-Commons-Bildern", whose front compoundFronts lists).
func (e *engine) bareName(k int) bool {
	lw := e.lw(k)
	if h := strings.LastIndexByte(lw, '-'); h >= 0 && e.nounLike(lw[h+1:]) {
		return false
	}
	return !nominalAdjective(lw) && !strings.HasSuffix(lw, "en")
}

// nominalAdjective reports whether the lower-case German word w ends like
// an adjective used as a noun ("Weitem", "Verletzten", "Jugendlichen").
func nominalAdjective(w string) bool {
	for _, x := range [...]string{"em", "lichen", "igen", "ischen", "ten"} {
		if len(w) > len(x)+2 && strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

// country reports whether the German word k has the shape of a country's
// name where it stands without an article after "in", "aus" or "nach"
// ("in Deutschland", "aus Italien"): it ends in "land" or "ien", where
// the word lists would take it for a common noun's compound.
func (e *engine) country(k int) bool {
	lw, p := e.lw(k), e.lw(k-1)
	return e.de && len(lw) > 6 && (strings.HasSuffix(lw, "land") || strings.HasSuffix(lw, "ien")) && e.isLower(k-1) &&
		(p == "in" || p == "aus" || p == "nach") && !e.is(k, wCommon)
}

// isLowerAt reports whether the rune at byte i of the text is a lower-case
// letter.
func (e *engine) isLowerAt(i int) bool {
	if i >= len(e.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(e.text[i:])
	return unicode.IsLower(r)
}

// nameFront reports whether the German compound at token k has a name in
// front of its noun ("Henning-Kaufmann-Stiftung", "Wostochny-Kosmodrom"):
// the part before its first hyphen is capitalised and no noun.
func (e *engine) nameFront(k int) bool {
	if !e.de {
		return false
	}
	w, lw := e.w(k), e.lw(k)
	h, lh := strings.IndexByte(w, '-'), strings.IndexByte(lw, '-')
	return h > 0 && lh > 0 && h+1 < len(w) && !e.nounLike(lw[:lh]) && !acronymShape(w[:h]) && unicode.IsUpper([]rune(w[h+1:])[0])
}

// surnameAfterGiven reports whether word t, the last of a run [s, t],
// follows a given name and so is a family name even where it ends like a
// common noun ("Stefan Hollmann", "Lara Feld"): it is capitalised and not
// itself a listed common noun, stop word or role.
func (e *engine) surnameAfterGiven(s, t int) bool {
	if t <= s || !e.isCap(t) || e.is(t, wCommon|wStop|wRole|wTitle) || e.isRole(t) || e.lx.classifierKind(e.lw(t)) != 0 {
		return false
	}
	if e.is(t-1, wGiven) {
		return true
	}
	// "Gaby Allendorf": two words, the first no noun at all, the second a
	// noun only by a compound's tail ("-dorf")
	p := t - 1
	return e.de && p == s && e.isCap(p) && !e.nounLikeAt(p) && !e.isRole(p) && !e.isClassifier(p) && !e.is(p, wDemonym) &&
		!strings.HasSuffix(e.lw(p), "s") && !strings.HasSuffix(e.lw(p), "er") && strings.IndexByte(e.w(t), '-') < 0
}

// titled reports whether word k follows a role or title directly and is a
// name despite ending like a common noun ("Generaloberst Hollweg"): it is
// not itself a listed common noun, stop word or role.
func (e *engine) titled(k int) bool {
	lw := e.lw(k)
	if strings.HasSuffix(lw, "s") && e.nounLike(lw[:len(lw)-1]) {
		return false // "Regierungschefin Estlands": a genitive
	}
	return e.isRole(k-1) && e.isCap(k-1) && !e.in(lw, wCommon|wStop) && !e.isRole(k) && !e.lx.hasNounSuffix(lw)
}

// personStart reports whether the run starting at token i begins like a
// person's name (a given name, or a role right before it), so that "of"
// after it ("Hussein of Jordan") does not continue the name.
func (e *engine) personStart(i int) bool {
	return e.is(i, wGiven) || e.isRole(i-1) || e.isRole(i)
}

// namePrefixed reports whether w is a name with a lower-case Arabic
// article or particle joined by a hyphen ("al-Assad", "el-Sisi").
func namePrefixed(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 1 || h > 3 || h+1 >= len(w) {
		return false
	}
	switch w[:h] {
	case "al", "el", "ad", "as", "ar", "at", "ash", "az", "bin", "ben", "abu":
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[h+1:])
	return unicode.IsUpper(r)
}

// particlePair reports whether "a b" is a two-word name particle ("von
// der", "van den", "de la").
func particlePair(a, b string) bool {
	switch a + " " + b {
	case "von der", "von dem", "van der", "van den", "de la", "de los", "de las", "van de", "von und":
		return true
	}
	return false
}

// trimNoun reports whether token k, at the edge of a run, is a common noun
// to trim off: in German any common noun, in English a listed one only
// when it stands alone.
func (e *engine) trimNoun(k int, alone bool) bool {
	if e.de || alone {
		return e.nounLikeAt(k)
	}
	return e.features(k)&ftStop != 0
}

// placeLen returns the number of words (1 to 3) of the place name in
// [place] that starts at word k ("Schweiz", "New York City", "The
// Hague"; an English possessive or a German genitive "s" on its last
// word), or 0. Such a word is a name wherever it stands: a country,
// a region, a city or a planet is no common noun, even in German.
func (e *engine) placeLen(k int) int {
	if !e.isCap(k) {
		return 0
	}
	in := &e.info[k]
	if in.feat&ftPlace != 0 {
		return int(in.place)
	}
	key := ""
	best := 0
	slice := true // key is a slice of the Doc's lower-case text
	for n := 1; n <= 3; n++ {
		m := k + n - 1
		if !e.isCap(m) || m > k && (e.toks[m].flags&fSpaceBefore == 0 || !e.samePara(k, m)) {
			break
		}
		if n == 1 {
			key = e.lw(m)
		} else if lo, hi := e.d.Toks[e.toks[m].first].Lo, e.d.Toks[e.toks[m].last].Hi; slice && lo == e.d.Toks[e.toks[m-1].last].Hi+1 && e.d.Lower[lo-1] == ' ' {
			key = e.d.Lower[e.d.Toks[e.toks[k].first].Lo:hi] // the words and one space each
		} else {
			key += " " + e.lw(m)
			slice = false
		}
		if e.in(key, wPlace) || e.in(placeStem(key, e.de), wPlace) {
			best = n
		}
	}
	in.feat |= ftPlace
	in.place = uint8(best)
	return best
}

// placeStem returns w without an English possessive ending or, in German,
// without a genitive "s" ("Berlins", "Chinas").
func placeStem(w string, de bool) string {
	switch {
	case !de:
		return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	case len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// placeEnd reports whether word t ends a place name that starts inside
// [s, t], so that it is no common noun to trim ("Stuttgart").
func (e *engine) placeEnd(s, t int) bool {
	for k := max(s, t-2); k <= t; k++ {
		if n := e.placeLen(k); n > 0 && k+n-1 == t {
			return true
		}
	}
	return false
}

// initialsChain reports whether word k is an initial followed by its
// period and a capitalised word ("G. Wells" of "H. G. Wells").
func (e *engine) initialsChain(k int) bool {
	return e.isCap(k) && e.toks[k].end-e.toks[k].start == 1 && e.punct(k+1, ".") && e.toks[k+1].flags&fSpaceBefore == 0 &&
		e.isCap(k+2) && e.toks[k+2].flags&fSpaceBefore != 0 && e.samePara(k, k+2)
}

// people reports whether the English word k names a people or a party's
// members: the plural of a word of [demonym] ("Israelis", "Republicans"),
// capitalised wherever it stands.
func (e *engine) people(k int) bool {
	lw := e.lw(k)
	return !e.de && e.isCap(k) && len(lw) > 4 && strings.HasSuffix(lw, "s") && (e.in(lw[:len(lw)-1], wDemonym) || e.in(lw, wDemonym))
}

// partyMember reports whether the English word k is a party's member in
// the singular ("Democrat" of [demonym] "democrats").
func (e *engine) partyMember(k int) bool {
	return !e.de && e.isCap(k) && e.in(e.lw(k)+"s", wDemonym) && !e.is(k, wDemonym)
}

// isUpperAt reports whether the rune at byte i of the text is an
// upper-case letter.
func (e *engine) isUpperAt(i int) bool {
	if i >= len(e.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(e.text[i:])
	return unicode.IsUpper(r)
}

// personFront reports whether the compound at word k starts with a
// person's name, given and family name ("Eberhard-Schöck-Stiftung"),
// not one word that may be a noun ("Pilot-Programm").
func (e *engine) personFront(k int) bool {
	parts := strings.Split(e.lw(k), "-")
	return len(parts) == 3 && !e.nounLike(parts[1])
}

// street reports whether word i and the next are a street and a house
// number ("Lindenallee 12", "Bahnhofstraße 3a").
func (e *engine) street(i int) bool {
	if !e.de || !e.isCap(i) || !e.isWord(i+1) || e.toks[i+1].flags&fSpaceBefore == 0 || !e.samePara(i, i+1) {
		return false
	}
	lw, n := e.lw(i), e.w(i+1)
	if len(n) > 4 || n[0] < '1' || n[0] > '9' || strings.IndexFunc(n, unicode.IsLetter) >= 0 && !unicode.IsLetter(rune(n[len(n)-1])) {
		return false
	}
	for _, s := range [...]string{"straße", "strasse", "gasse", "allee", "platz", "damm"} {
		if len(lw) > len(s)+2 && strings.HasSuffix(lw, s) {
			return !e.isCap(i + 2)
		}
	}
	return false
}

// orgPhrases registers the German names of organisations that go on
// with what they are for: the head noun of an organisation, then "zur",
// "zum" or "für" and a noun phrase of capitalised nouns, articles,
// adjectives, "und" and "im" ("Verein zur Erhaltung der Baudenkmäler
// und historischen Gärten", "Bundesamt für Strahlenschutz"), ending on
// a noun. After an indefinite article it is a kind, not a name ("eine
// Stiftung für Kinder").
func (e *engine) orgPhrases() {
	if !e.de {
		return
	}
	for k := 0; k+2 < len(e.toks); k++ {
		if !e.isCap(k) || !(e.isInstitution(k) || e.classKind(k) == "organization") || !e.isLower(k+1) {
			continue
		}
		switch e.lw(k + 1) {
		case "zur", "zum", "für":
		default:
			continue
		}
		switch e.lw(k - 1) {
		case "ein", "eine", "einer", "einem", "einen", "eines", "keine", "jede", "jeder":
			continue
		}
		end := -1
		for m := k + 2; m < len(e.toks) && m <= k+14 && e.isWord(m) && e.samePara(k, m); m++ {
			lw := e.lw(m)
			if e.isCap(m) && !e.is(m, wStop) {
				end = m
				continue
			}
			if !e.isLower(m) || !(e.in(lw, wDeterminer) || lw == "und" || lw == "im" || adjectiveEnding(lw)) || e.in(lw, wVerb) {
				break
			}
			if e.isCap(m-1) && !e.in(lw, wDeterminer) && lw != "und" && lw != "im" && !strings.HasSuffix(lw, "en") && !strings.HasSuffix(lw, "er") {
				break // "Schutz geistigen Eigentums", but "… Freiheiten finanzierte Werbemittel"
			}
		}
		if end > k+1 {
			e.addOcc(k, end, cSeq)
			k = end
		}
	}
}

// quotedName reports whether the German quotation [i+1, t] (i is the
// opening mark) is a name rather than speech: up to eight words without
// punctuation, the first a capitalised word that is no function word,
// and a single word only where an article or adjective stands before
// the mark ("das „Marsgesicht“", "ein neues „Extrablatt“").
func (e *engine) quotedName(i, t int) bool {
	if !e.de || t-i > 8 || !e.isCap(i+1) || e.features(i+1)&ftStop != 0 || e.is(i+1, wDeterminer) {
		return false
	}
	caps := 0
	for k := i + 1; k <= t; k++ {
		if !e.isWord(k) {
			return false
		}
		if e.isCap(k) {
			caps++
		}
	}
	if t == i+1 {
		// an abstract noun in quotes is a term being introduced ("eine
		// sogenannte „Parallelaktion“"), no name
		p := e.lw(i - 1)
		return e.isLower(i-1) && (e.in(p, wDeterminer) || adjectiveEnding(p)) && !strings.HasPrefix(p, "sogenannt") && !e.lx.hasNounSuffix(e.lw(i+1))
	}
	return 2*caps >= t-i
}

// initialAt reports whether word k is one capital letter followed by its
// period: the initial of a family name ("Dennis S.", press style).
func (e *engine) initialAt(k int) bool {
	return e.isCap(k) && e.toks[k].end-e.toks[k].start == 1 && e.punct(k+1, ".") && e.toks[k+1].flags&fSpaceBefore == 0
}

// codeShape reports whether s is a short code after an acronym's hyphen:
// one to three capitals and digits, a capital among them ("T2", "C").
func codeShape(s string) bool {
	if len(s) == 0 || len(s) > 3 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return true
}

// capAdjective reports whether word k is a capitalised German adjective
// inside a sentence: German writes adjectives in lower case except in
// names ("Deutsche Sprache", "Europäischen Union").
func (e *engine) capAdjective(k int) bool {
	lw := e.lw(k)
	return e.de && e.isCap(k) && e.toks[k].flags&fSentStart == 0 && !e.opensClause(k-1) && adjectiveEnding(lw) && !strings.HasSuffix(lw, "er") &&
		!(e.lx.class(lw)&wStop != 0 || e.headNoun(lw) || e.lx.hasNounSuffix(lw) && !strings.HasSuffix(lw, "schen")) &&
		!e.is(k, wStop|wGiven|wDemonym) && !e.isRole(k) && !e.isClassifier(k) && e.placeLen(k) == 0
}

// apposedName reports whether the single German word k stands where only
// a name does: after a form of address ("Frau Schmidt"), or, as a
// compound of capitalised words that are no nouns, after a noun ("des
// Kometen Swift-Tuttle").
func (e *engine) apposedName(k int) bool {
	if !e.de || !e.isCap(k) || e.toks[k].flags&fSentStart != 0 || e.nounLikeAt(k) && !e.nameFront(k) || e.is(k, wTitle|wGeneric|wGiven|wDemonym) || e.isRole(k) {
		return false
	}
	p := k - 1
	switch {
	case e.isCap(p) && e.is(p, wHonorific):
		return true
	case e.isCap(p) && e.nounLikeAt(p) && e.toks[k].flags&fSpaceBefore != 0:
		return strings.Count(e.lw(k), "-") == 1 && e.nameCompound(k)
	}
	return false
}

// nameCompound reports whether the German word k is a hyphenated
// compound of capitalised parts none of which is a common noun, a stop
// word or an acronym ("Swift-Tuttle").
func (e *engine) nameCompound(k int) bool {
	w, lw := e.w(k), e.lw(k)
	if strings.Count(w, "-") != strings.Count(lw, "-") || !strings.Contains(w, "-") {
		return false
	}
	lparts := strings.Split(lw, "-")
	for i, p := range strings.Split(w, "-") {
		r, _ := utf8.DecodeRuneInString(p)
		if utf8.RuneCountInString(p) < 2 || !unicode.IsUpper(r) || acronymShape(p) || e.nounLike(lparts[i]) || e.in(lparts[i], wStop|wDemonym|wRole|wTitle) {
			return false
		}
	}
	return true
}

// headNoun reports whether the lower-case word w is a listed common noun
// or ends in one.
func (e *engine) headNoun(w string) bool {
	_, v := e.lx.headOf(w, wCommon)
	return v != 0
}
