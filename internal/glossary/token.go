package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/text"
)

// token is one of the engine's words or one punctuation mark: a join of
// the Doc's tokens first..last, which touch.
type token struct {
	start, end  int   // byte offsets into the text
	first, last int32 // the Doc's tokens
	para        int32 // index of the paragraph the token lies in
	flags       tokFlags
	kind        tokKind
}

type tokKind uint8

const (
	tWord  tokKind = iota // letters, digits, inner hyphens and apostrophes
	tPunct                // one punctuation rune
)

type tokFlags uint16

const (
	fCap         tokFlags = 1 << iota // first rune is an upper-case letter
	fAllCaps                          // two or more letters, all upper case
	fDigit                            // contains a digit
	fHyphen                           // contains '-'
	fSentStart                        // first word of a sentence or paragraph
	fSpaceBefore                      // white space right before
	fLower                            // first rune is a letter, not upper case
)

// joinWords makes the engine's tokens from the Doc's, in one pass: a word
// is a run of touching letter and digit tokens, joined by single inner
// hyphens and apostrophes ("Eurasien-Programm", "Friday’s"), by the
// periods of single letters ("U.S."), and by a soft hyphen before a letter
// ("9\u00adfach"); "-technologie" after white space is a word, and so is
// "Russland-" before "und" ("Russland- und Eurasien-Programm"). Every
// other token is punctuation; invalid bytes count as white space. A word
// that opens a sentence of d (or a paragraph, when d has no sentences)
// gets fSentStart.
func joinWords(d *text.Doc, buf []token) []token {
	toks := buf[:0]
	n := len(d.Toks)
	if cap(toks) < n {
		toks = make([]token, 0, n)
	}
	para := int32(-1)
	nextPara := 0 // index into d.ParaToks of the next paragraph's first token
	sent := false // a sentence has started and has no word yet
	space := false
	for i := 0; i < n; {
		dt := &d.Toks[i]
		for nextPara < len(d.ParaToks)-1 && int(d.ParaToks[nextPara]) <= i {
			para = int32(nextPara)
			nextPara++
		}
		if dt.Flags&(text.Sent|text.Para) != 0 {
			sent = true
		}
		if dt.Flags&text.Space != 0 {
			space = true
		}
		t := token{start: int(dt.Start), end: int(dt.End), first: int32(i), last: int32(i), para: para, kind: tPunct}
		switch {
		case dt.Kind == text.Punct && dt.End-dt.Start == 1 && d.Text[dt.Start] >= utf8.RuneSelf:
			// an invalid byte: white space
			space = true
			i++
			continue
		case dt.Kind != text.Punct:
			t.last, t.flags = wordAt(d, i)
			t.kind = tWord
			if sent {
				t.flags |= fSentStart
			}
			sent = false
		case d.Text[dt.Start] == '-' && space && i+1 < n && adjoins(d, i+1) && d.Toks[i+1].Kind == text.Letters && startsWithLetter(d, i+1):
			// "-technologie" in "Weltraumwissenschaft und -technologie"
			t.last, t.flags = wordAt(d, i+1)
			t.kind = tWord
			t.flags = (t.flags | fHyphen) &^ (fCap | fAllCaps)
			sent = false
		}
		t.end = int(d.Toks[t.last].End)
		if space {
			t.flags |= fSpaceBefore
		}
		toks = append(toks, t)
		space = false
		i = int(t.last) + 1
	}
	return toks
}

// adjoins reports whether Doc token i starts right where token i-1 ends.
func adjoins(d *text.Doc, i int) bool { return d.Toks[i].Start == d.Toks[i-1].End }

// startsWithLetter reports whether Doc token i starts with a letter (not a
// combining mark).
func startsWithLetter(d *text.Doc, i int) bool {
	t := &d.Toks[i]
	if c := d.Text[t.Start]; c < utf8.RuneSelf {
		return t.Kind == text.Letters
	}
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:t.End])
	return unicode.IsLetter(r)
}

// isPunctRune reports whether Doc token i is the punctuation mark p.
func isPunctRune(d *text.Doc, i int, p string) bool {
	t := &d.Toks[i]
	return t.Kind == text.Punct && d.Text[t.Start:t.End] == p
}

// wordAt joins the word that starts at Doc token i (letters or digits)
// and returns its last Doc token and its flags.
func wordAt(d *text.Doc, i int) (int32, tokFlags) {
	toks := d.Toks
	n := len(toks)
	var fl tokFlags
	// fCap, fLower: the first rune
	if t := &toks[i]; t.Kind == text.Letters {
		switch {
		case t.Flags&text.Upper != 0:
			fl |= fCap
		case t.Flags&text.Lower != 0:
			fl |= fLower
		case t.Flags&text.ASCII == 0:
			if r, _ := utf8.DecodeRuneInString(d.Text[t.Start:t.End]); unicode.IsLetter(r) {
				fl |= fLower // a letter without case
			}
		}
	}
	allUp := true // every letter so far is upper case
	caps := 0     // upper-case letters, counted up to 2
	j := i
	for {
		t := &toks[j]
		if t.Kind == text.Letters {
			switch {
			case t.Flags&text.AllCaps != 0:
				caps = 2
			case t.Flags&text.Upper != 0 && singleLetter(d, j):
				caps++
			default:
				allUp = false
			}
		} else if t.Kind == text.Digits {
			fl |= fDigit
		}
		if j+1 >= n || toks[j+1].Touches() == false {
			break
		}
		next := &toks[j+1]
		if next.Start != t.End {
			// only invisible characters between: a soft hyphen before a
			// letter keeps the word together ("9\u00adfach")
			if next.Kind == text.Letters && t.Kind != text.Punct && oneInvisible(d.Text[t.End:next.Start]) && startsWithLetter(d, j+1) {
				j++
				continue
			}
			break
		}
		if next.Kind != text.Punct {
			j++
			continue
		}
		p := d.Text[next.Start:next.End]
		switch p {
		case "-", "\u2010", "\u2011", "'", "’":
			if j+2 < n && adjoins(d, j+2) && toks[j+2].Kind != text.Punct && !startsWithMark(d, j+2) {
				if p == "-" || p == "\u2010" || p == "\u2011" {
					fl |= fHyphen
				}
				j += 2
				continue
			}
			if p == "-" && int(next.End) < len(d.Text) && d.Text[next.End] == ' ' && letterCount(d.Text[toks[i].Start:t.End]) > 1 &&
				ellipsisFollows(d.Text[next.End+1:]) {
				// ellipsis compound: keep the hyphen
				fl |= fHyphen
				j++
			}
		case ".":
			// "U.S.", "U.N.": single letters with periods are one word
			if !singleASCIILetter(d, j) || j > i && !isPunctRune(d, j-1, ".") {
				break
			}
			if j+3 < n && adjoins(d, j+2) && singleASCIILetter(d, j+2) && adjoins(d, j+3) && isPunctRune(d, j+3, ".") {
				j += 2
				continue
			}
			if j > i {
				j++ // the final period of "U.S."
			}
		}
		break
	}
	if allUp && caps >= 2 {
		fl |= fAllCaps
	}
	return int32(j), fl
}

// singleLetter reports whether Letters token i holds one letter (with any
// combining marks).
func singleLetter(d *text.Doc, i int) bool {
	t := &d.Toks[i]
	if t.Flags&text.ASCII != 0 {
		return t.End-t.Start == 1
	}
	return letterCount(d.Text[t.Start:t.End]) == 1
}

// singleASCIILetter reports whether Doc token i is one ASCII letter.
func singleASCIILetter(d *text.Doc, i int) bool {
	t := &d.Toks[i]
	return t.Kind == text.Letters && t.End-t.Start == 1 && t.Flags&text.ASCII != 0
}

// startsWithMark reports whether Doc token i starts with a combining mark.
func startsWithMark(d *text.Doc, i int) bool {
	t := &d.Toks[i]
	if d.Text[t.Start] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:t.End])
	return unicode.IsMark(r)
}

// oneInvisible reports whether s is one soft hyphen or zero-width
// character.
func oneInvisible(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && (r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060')
}

// letterCount returns the number of letters in s (marks and other runes
// not counted).
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				n++
			}
			continue
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// ellipsisFollows reports whether s starts with a conjunction that makes a
// preceding "Wort- " an elided compound ("Russland- und Eurasien-Programm").
func ellipsisFollows(s string) bool {
	for _, c := range [...]string{"und ", "oder ", "bzw. ", "sowie ", "and ", "or "} {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

// nameTokens splits a name into the engine's tokens, as written.
func nameTokens(name string) []string {
	if ws, ok := plainWords(name); ok {
		return ws
	}
	d := text.New(name)
	ts := joinWords(d, nil)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = name[t.start:t.end]
	}
	return out
}

// nameWords returns the words of a name, without punctuation ("Ulysses S.
// Grant" gives Ulysses, S, Grant).
func nameWords(name string) []string {
	if ws, ok := plainWords(name); ok {
		return ws
	}
	d := text.New(name)
	var out []string
	for _, t := range joinWords(d, nil) {
		if t.kind == tWord {
			out = append(out, name[t.start:t.end])
		}
	}
	return out
}

// plainWords splits a name that is only words of letters, marks and digits
// separated by single spaces ("Dmitri Peskow", "KCNA", "G7"), as joinWords
// would, without building a Doc for it; ok is false for any other name.
func plainWords(name string) (ws []string, ok bool) {
	n := 1
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' && i > 0 && i+1 < len(name) && name[i+1] != ' ':
				n++
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			default:
				return nil, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		if !(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)) {
			return nil, false
		}
		i += size
	}
	if len(name) == 0 {
		return nil, true
	}
	ws = make([]string, 0, n)
	for {
		k := strings.IndexByte(name, ' ')
		if k < 0 {
			return append(ws, name), true
		}
		ws = append(ws, name[:k])
		name = name[k+1:]
	}
}

// wordReps finds, for a word token, the first word token asked for that
// has the same text: the engine computes what the word lists say about a
// word once per distinct word, not once per occurrence. An open-addressing
// hash table of the text's words; each slot holds a token's index plus
// one, 0 for none. It grows as words are asked for, so its size follows
// the number of distinct words, not the length of the text.
type wordReps struct {
	slots []int32
	n     int
	// During one scan of the text for names (beginScan), none[r] ==
	// pass marks a word r for which no dictionary of the scan holds any
	// form (matchAtIn): its other tokens need not ask them again.
	none   []uint32
	pass   uint32
	active bool
}

// beginScan starts a scan whose dictionaries do not change until endScan.
func (r *wordReps) beginScan(ntoks int) {
	if len(r.none) < ntoks {
		r.none = make([]uint32, ntoks)
	}
	r.pass++
	r.active = !noScanMemo
}

// noScanMemo turns the scans' memory off (tests compare with and
// without).
var noScanMemo bool

// endScan ends the scan: what it learnt is not used after it.
func (r *wordReps) endScan() { r.active = false }

// wordRep returns the first word token asked for whose text is that of
// word token i, as written and in lower case; i when i is the first.
func (e *engine) wordRep(i int) int {
	r := &e.reps
	if 2*(r.n+1) > len(r.slots) {
		old := r.slots
		r.slots = make([]int32, max(1024, 2*len(old)))
		for _, s := range old {
			if s != 0 {
				r.insert(hashRev(e.w(int(s-1))), s)
			}
		}
	}
	w := e.w(i)
	mask := uint32(len(r.slots) - 1)
	for x := hashRev(w) & mask; ; x = (x + 1) & mask {
		s := r.slots[x]
		if s == 0 {
			r.slots[x] = int32(i + 1)
			r.n++
			return i
		}
		if j := int(s - 1); e.w(j) == w && e.lw(j) == e.lw(i) {
			return j
		}
	}
}

// insert puts the slot value s of hash h into the table (growing: no
// duplicates, always room).
func (r *wordReps) insert(h uint32, s int32) {
	mask := uint32(len(r.slots) - 1)
	x := h & mask
	for r.slots[x] != 0 {
		x = (x + 1) & mask
	}
	r.slots[x] = s
}

// sameFeatures gives word token i the list features of word token r, the
// first of its text (wordRep), computing them for r if need be: what
// features would compute for i, because it reads only the word.
func (e *engine) sameFeatures(i, r int) uint16 {
	rf := e.features(r)
	in, ri := &e.info[i], &e.info[r]
	if in.feat&ftClass == 0 {
		in.feat |= ftClass
		in.class = ri.class
	}
	if rf&ftClassifier != 0 {
		in.kind = ri.kind
	}
	in.feat |= rf & (ftDone | ftRole | ftClassifier | ftInst | ftNoun | ftStop | ftConnector | ftGiven)
	return in.feat
}
