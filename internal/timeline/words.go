package timeline

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/text"
)

// word is one of timeline's words or one punctuation mark: a join over
// touching tokens of the Doc. A word runs over letters, digits and marks,
// and over "-", "'", "’", ".", "/" and "&" between two of them ("Sojus-2",
// "O’Brien", "U.S.") and "," between two digits ("0,7", "1,700"); a hyphen
// that ends a word before a space, or before the end of its sentence,
// stays with it ("Staats- und …"). Every other token (one punctuation
// rune) is a mark of its own; a byte of invalid UTF-8 is nothing, and no
// word runs over it. Words never cross a sentence boundary.
//
// Build splits the Doc into words once; its facts about each (classes,
// expression) live here, and the labels, anchors and weights read them.
type word struct {
	start, end int32 // bytes of Doc.Text
	lo, hi     int32 // the lower-case form in Doc.Lower
	expr       int32 // index of the expression the word lies in, or -1
	// cls is the word's classes as the labels read them: those of the
	// lexicon (none for an acronym among words in lower case, see split)
	// and, for a mark, whether it opens or closes a quotation; lex is
	// the lexicon's classes of the word alone.
	cls, lex class
	word     bool // letters or digits (a word), else one punctuation rune
	upper    bool // a word that starts with an upper-case letter
	event    bool // the word lies in a timeline date
	// stop: the mark may end a clause (see labeler.isBound).
	stop bool
	// acro: the word is two or more upper-case ASCII letters ("WHO").
	acro bool
	// brk: a sentence starts or ends right before the word.
	brk bool
}

// joiners are the marks a word runs over between two word runes (see
// word); "’" is the only one that is not ASCII.
const joiners = "-'./&,"

// spareWords keeps the words of one call for the next (build; an
// article's words are cleared and collected on every call else), up to
// maxSpare words. Not a sync.Pool: garbage collection empties those, and
// the annotation of a long article collects once or more per call.
var (
	spareMu    sync.Mutex
	spareWords []word
)

// maxSpare is the package text's bound (timeline.go names a variable
// text).
const maxSpare = text.MaxSpare

// split fills b.words (reusing its array) from the Doc's tokens: timeline's words, their
// lexicon classes and the expressions they lie in. sents are the clean
// sentence spans: no word runs over one's start or end.
func (b *builder) split() {
	d, toks, lx := b.d, b.d.Toks, b.lx
	n := len(toks)
	if cap(b.words) < n {
		b.words = make([]word, 0, n)
	}
	b.words = b.words[:0]
	// cuts[k]: a sentence starts or ends between token k-1 and token k.
	cuts := make([]bool, n+1)
	cuts[0], cuts[n] = true, true
	k := 0
	for _, s := range b.sents {
		for _, at := range [2]int{s.Start, s.End} {
			for k < n && int(toks[k].Start) < at {
				k++
			}
			cuts[k] = true
		}
	}
	cut := func(k int) bool { return k >= n || cuts[k] }
	opening, closing := `"“‘«`, `"”’»`
	if lx.lang == "de" {
		opening, closing = `"„»‚`, `"“«‘`
	}
	ri := 0      // the first expression that ends after the current word
	brk := false // a cut before skipped tokens
	for k := 0; k < n; {
		t := &toks[k]
		w := word{start: t.Start, end: t.End, lo: t.Lo, hi: t.Hi, expr: -1, brk: brk || cuts[k]}
		if t.Kind == text.Punct {
			s := d.Text[t.Start:t.End]
			if len(s) == 1 && s[0] >= utf8.RuneSelf {
				brk = w.brk // invalid UTF-8: nothing
				k++
				continue
			}
			// A punctuation token is one whole rune, so a substring test
			// matches only that rune. A quotation mark that only a space
			// (or the text's start) precedes and a word follows opens, one
			// that follows a word and precedes a space or mark closes,
			// whatever the language's convention ("“" opens in English,
			// closes in German, but German pages use English marks too).
			if q := strings.Contains(opening, s) || strings.Contains(closing, s); q {
				spaceBefore := t.Start == 0 || !t.Touches()
				wordAfter := k+1 < n && toks[k+1].Touches() && toks[k+1].Kind != text.Punct
				wordBefore := !spaceBefore && k > 0 && toks[k-1].Kind != text.Punct
				switch {
				case spaceBefore && wordAfter:
					w.cls |= cOpenQuote
				case wordBefore && !wordAfter:
					w.cls |= cCloseQuote
				default:
					if strings.Contains(opening, s) {
						w.cls |= cOpenQuote
					}
					if strings.Contains(closing, s) {
						w.cls |= cCloseQuote
					}
				}
			}
			switch {
			case strings.Contains(",;:–—-!?", s):
				w.stop = true
			case s == ".":
				// A full stop ends a clause after a word of four letters or more
				// or a year, not after an abbreviation or an ordinal ("Dr.",
				// "12."); and not first or last in its sentence (isBound).
				if m := len(b.words); m > 0 && b.words[m-1].word && b.words[m-1].end == w.start {
					p := d.Text[b.words[m-1].start:b.words[m-1].end]
					if n := utf8.RuneCountInString(p); n >= 4 || n == 3 && p[0]-'0' <= 9 {
						w.stop = true
					}
				}
			}
			k++
		} else {
			j := k // the word's last token
			for !cut(j+1) && toks[j+1].Touches() {
				nx := &toks[j+1]
				if nx.Kind != text.Punct {
					j++
					continue
				}
				s := d.Text[nx.Start:nx.End]
				if s != "’" && (len(s) != 1 || strings.IndexByte(joiners, s[0]) < 0) {
					break
				}
				if !cut(j+2) && toks[j+2].Touches() && toks[j+2].Kind != text.Punct &&
					(s != "," || toks[j].Kind == text.Digits && toks[j+2].Kind == text.Digits) {
					j += 2
					continue
				}
				if s == "-" && (cut(j+2) || d.Text[nx.End] == ' ') {
					j++ // "Staats- und …"
				}
				break
			}
			w.end, w.hi = toks[j].End, toks[j].Hi
			w.word, w.upper = true, t.Flags&text.Upper != 0
			w.lex = lx.class(d.Lower[w.lo:w.hi])
			w.cls = w.lex
			w.acro = j == k && t.Kind == text.Letters && t.Has(text.AllCaps|text.ASCII)
			k = j + 1
		}
		for ri < len(b.refs) && b.refs[ri].end <= int(w.start) {
			ri++
		}
		if ri < len(b.refs) && b.refs[ri].start < int(w.end) {
			w.expr = int32(b.refs[ri].index)
			w.event = b.isEvent[b.refs[ri].index]
		}
		b.words = append(b.words, w)
		brk = false
	}
	// An acronym is a name, not the function word it spells ("WHO",
	// "US", "IT"), unless a neighbouring word of its sentence is in
	// capitals too (a heading in capitals).
	ws := b.words
	for i := range ws {
		if w := &ws[i]; w.acro && w.cls != 0 &&
			!(i > 0 && !w.brk && ws[i-1].acro) && !(i+1 < len(ws) && !ws[i+1].brk && ws[i+1].acro) {
			w.cls = 0
		}
	}
}

// isWordRune reports whether r may be part of a word: a letter, digit or
// mark.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// stem reduces a lower-cased word to a crude stem for comparing the content
// of two mentions: one common German or English inflection ending is
// removed when at least four letters remain.
func stem(w string) string {
	if len(w) < 5 {
		return w // fewer than four letters would remain
	}
	n := utf8.RuneCountInString(w)
	for _, suf := range [...]string{"ern", "en", "er", "es", "e", "s", "n"} {
		if n-len(suf) >= 4 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
