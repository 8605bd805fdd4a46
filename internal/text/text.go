// Package text is an article's text as every engine reads it: cut once at
// one size limit, split once into the finest units the engines share —
// letter runs, digit runs and single punctuation marks — lower-cased once,
// and split into paragraphs. Package segment adds the sentences to the same
// document; temporal, glossary and timeline read it instead of the string.
//
// Engine-specific words ("U.S.", "Sojus-2", "0,7", "Eurasien-Programm",
// "Friday’s") are joins over tokens that touch (Token.Touches); each engine
// keeps its own facts about a token in slices indexed like Doc.Toks.
//
// Every offset is a byte offset into Doc.Text on a rune boundary.
//
// The package is pure computation: no clock, no I/O, no JavaScript.
package text

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// MaxLen is the longest text any engine analyses: New cuts longer text at
// the last rune boundary before it, and everything after is ignored.
const MaxLen = 8 << 20

// Span is a half-open byte range [Start, End) into the text it was computed
// from. Start and End always lie on UTF-8 rune boundaries of that text.
type Span struct {
	Start, End int
}

// Kind says what a token is.
type Kind uint8

const (
	// Letters is a maximal run of letters and combining marks. Soft
	// hyphens and zero-width characters between two letters ("Sep­tember")
	// belong to the run and are left out of its lower-case form.
	Letters Kind = iota + 1
	// Digits is a maximal run of decimal digits.
	Digits
	// Punct is one rune that is neither a letter, a digit nor white
	// space, or one byte of invalid UTF-8.
	Punct
)

// Flag is a set of facts about a token.
type Flag uint16

const (
	// Space: white space, or the start of the text, comes right before the
	// token; without it the token touches the previous one.
	Space Flag = 1 << iota
	// Line: the white space before the token holds a line break.
	Line
	// Para: the token is the first of a paragraph (the text's first
	// token, or one after a blank line).
	Para
	// Sent: the token is the first of a sentence (set by package segment).
	Sent
	// Upper: a Letters token whose first letter is upper case.
	Upper
	// Lower: a Letters token whose first letter is lower case.
	Lower
	// AllCaps: a Letters token of two or more letters, all upper case.
	AllCaps
	// ASCII: the token is ASCII only.
	ASCII
	// Invisible: a Letters token that holds a soft hyphen or a zero-width
	// character (left out of its lower-case form).
	Invisible
)

// Token is one unit of the text.
type Token struct {
	// Start and End are the token's bytes in Doc.Text.
	Start, End int32
	// Lo and Hi are the token's lower-case form in Doc.Lower.
	Lo, Hi int32
	Kind   Kind
	Flags  Flag
}

// Has reports whether the token carries every flag in f.
func (t *Token) Has(f Flag) bool { return t.Flags&f == f }

// Touches reports whether the token touches the previous one (no white
// space between them).
func (t *Token) Touches() bool { return t.Flags&Space == 0 }

// Doc is one article's text, tokenized and segmented. A Doc is not changed
// after New and segment's split; it is safe for concurrent readers.
type Doc struct {
	// Text is the analysed text: the input, cut at MaxLen.
	Text string
	// Lower is the lower-case form of the tokens, in order: a token's form
	// is Lower[Lo:Hi]; tokens that touch in Text touch in Lower, and any
	// white space between two tokens is one space. So the lower-case form
	// of a run of tokens i..j is Lower[Toks[i].Lo:Toks[j].Hi] ("last
	// week", "u.s."), with no allocation. Letters are lower-cased rune by
	// rune (unicode.ToLower), soft hyphens and zero-width characters inside
	// a word left out, and the apostrophe ’ written as '.
	Lower string
	// Toks are the tokens in text order.
	Toks []Token
	// Paras are the paragraphs: text between blank lines, from the first
	// token's start to the last token's end. ParaToks[k] is the index of
	// the first token of paragraph k; ParaToks has one more element, the
	// number of tokens.
	Paras    []Span
	ParaToks []int32
	// Sents are the sentences and SentToks their first tokens (with the
	// same sentinel), once package segment has split the Doc; nil before.
	// Sentences never cross a paragraph boundary.
	Sents    []Span
	SentToks []int32
	// Lang is the language code the Doc was segmented for ("" before).
	Lang string
}

// New cuts s at MaxLen and tokenizes it. Any input is safe, invalid UTF-8
// included.
func New(s string) *Doc {
	s = Cut(s, MaxLen)
	d := &Doc{Text: s}
	d.tokenize()
	return d
}

// Cut returns s cut to at most n bytes at a rune boundary.
func Cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// invisible reports whether r is a soft hyphen or a zero-width character,
// which web text puts inside words ("Verteidigungs&shy;ministerium").
func invisible(r rune) bool {
	return r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060'
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// tokenize fills Toks, Lower, Paras and ParaToks.
func (d *Doc) tokenize() {
	s := d.Text
	spareMu.Lock()
	toks, low := spareToks, spareLow
	spareToks, spareLow = nil, nil
	spareMu.Unlock()
	if cap(toks) < len(s)/5+4 {
		toks = make([]Token, 0, len(s)/5+4)
	}
	if cap(low) < len(s)+len(s)/8+8 {
		low = make([]byte, 0, len(s)+len(s)/8+8)
	}
	toks, low = toks[:0], low[:0]
	space, line, para := true, false, true
	nl := false // the white space so far ends in a line break, then horizontal space only
	for i := 0; i < len(s); {
		c := s[i]
		var t Token
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
				space = true
				i++
				continue
			case c == '\n':
				if nl {
					para = true
				}
				space, line, nl = true, true, true
				i++
				continue
			case c >= '0' && c <= '9':
				j := i + 1
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				if j < len(s) && s[j] >= utf8.RuneSelf {
					j = digitsEnd(s, j)
				}
				t = Token{Start: int32(i), End: int32(j), Kind: Digits}
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				t = Token{Start: int32(i), Kind: Letters}
			default:
				t = Token{Start: int32(i), End: int32(i + 1), Kind: Punct}
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n == 1:
				t = Token{Start: int32(i), End: int32(i + 1), Kind: Punct}
			case unicode.IsSpace(r):
				// Only ASCII horizontal space may lie between the two
				// line breaks of a blank line.
				space, nl = true, false
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					line = true
				}
				i += n
				continue
			case invisible(r):
				// Outside a word: nothing, and no space either.
				i += n
				continue
			case isLetter(r):
				t = Token{Start: int32(i), Kind: Letters}
			case unicode.IsDigit(r):
				t = Token{Start: int32(i), End: int32(digitsEnd(s, i)), Kind: Digits}
			default:
				t = Token{Start: int32(i), End: int32(i + n), Kind: Punct}
			}
		}
		if space && len(toks) > 0 {
			low = append(low, ' ')
		}
		t.Lo = int32(len(low))
		if t.Kind == Letters {
			low = d.letters(&t, low)
		} else {
			w := s[t.Start:t.End]
			switch {
			case w == "’":
				low = append(low, '\'')
			default:
				low = append(low, w...)
			}
			if isASCII(w) {
				t.Flags |= ASCII
			}
		}
		t.Hi = int32(len(low))
		if space {
			t.Flags |= Space
		}
		if line {
			t.Flags |= Line
		}
		if para {
			t.Flags |= Para
			d.ParaToks = append(d.ParaToks, int32(len(toks)))
		}
		toks = append(toks, t)
		space, line, para, nl = false, false, false, false
		i = int(t.End)
	}
	d.Toks = toks
	d.Lower = string(low)
	if cap(low) <= MaxSpare*8 {
		// Lower is a copy: the bytes go back for the next call.
		spareMu.Lock()
		spareLow = low[:0]
		spareMu.Unlock()
	}
	d.ParaToks = append(d.ParaToks, int32(len(toks)))
	d.Paras = make([]Span, len(d.ParaToks)-1)
	for k := range d.Paras {
		first, last := d.ParaToks[k], d.ParaToks[k+1]-1
		d.Paras[k] = Span{int(toks[first].Start), int(toks[last].End)}
	}
}

// The tokenizer's spare buffers, one of each, for the next call: the
// lower-case bytes (copied into Doc.Lower, always kept) and a token array
// that a caller handed back with Release. Kept across garbage collections
// (a sync.Pool is emptied by them, and an annotation of a long article
// collects once or more per call), up to MaxSpare tokens (8 bytes of text
// each): a bigger text's buffers go.
var (
	spareMu   sync.Mutex
	spareToks []Token
	spareLow  []byte
)

// MaxSpare bounds the token arrays kept for reuse, here and in the engines'
// own spare buffers (glossary, temporal, timeline): an article of about
// 650 KB.
const MaxSpare = 1 << 17

// Release hands d's token array back for a later New, and leaves d without
// tokens. Call it only when nothing reads d.Toks any more (nor a slice of
// it): the next New overwrites them.
func (d *Doc) Release() {
	if cap(d.Toks) > 0 && cap(d.Toks) <= MaxSpare {
		spareMu.Lock()
		spareToks = d.Toks[:0]
		spareMu.Unlock()
	}
	d.Toks = nil
}

// digitsEnd returns the end of the run of decimal digits at i.
func digitsEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c < '0' || c > '9' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsDigit(r) {
			return i
		}
		i += n
	}
	return i
}

// letters scans the Letters token starting at t.Start, sets its End and
// flags, and appends its lower-case form to low.
func (d *Doc) letters(t *Token, low []byte) []byte {
	s := d.Text
	i := int(t.Start)
	letters, upper := 0, 0
	ascii, first := true, true
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z':
				if first {
					t.Flags |= Lower
				}
				low = append(low, c)
			case c >= 'A' && c <= 'Z':
				if first {
					t.Flags |= Upper
				}
				upper++
				low = append(low, c+'a'-'A')
			default:
				goto done
			}
			letters++
			first = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			goto done
		case invisible(r):
			// Inside the word only when a letter follows.
			if i+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); isLetter(r2) && !first {
					t.Flags |= Invisible
					ascii = false
					i += n
					continue
				}
			}
			goto done
		case unicode.IsLetter(r):
			if unicode.IsUpper(r) {
				upper++
				if first {
					t.Flags |= Upper
				}
			} else if first && unicode.IsLower(r) {
				t.Flags |= Lower
			}
			letters++
		case unicode.IsMark(r):
		default:
			goto done
		}
		ascii, first = false, false
		low = utf8.AppendRune(low, unicode.ToLower(r))
		i += n
	}
done:
	t.End = int32(i)
	if ascii {
		t.Flags |= ASCII
	}
	if letters >= 2 && upper == letters {
		t.Flags |= AllCaps
	}
	return low
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Word returns token i as written.
func (d *Doc) Word(i int) string { return d.Text[d.Toks[i].Start:d.Toks[i].End] }

// Low returns token i's lower-case form.
func (d *Doc) Low(i int) string { return d.Lower[d.Toks[i].Lo:d.Toks[i].Hi] }

// LowRange returns the lower-case form of tokens i..j (inclusive): their
// forms, joined by one space where white space separates them in Text.
func (d *Doc) LowRange(i, j int) string { return d.Lower[d.Toks[i].Lo:d.Toks[j].Hi] }

// Range returns the text of tokens i..j (inclusive) as written.
func (d *Doc) Range(i, j int) string { return d.Text[d.Toks[i].Start:d.Toks[j].End] }

// Is reports whether token i is the one punctuation rune or word w (in
// lower case).
func (d *Doc) Is(i int, w string) bool { return d.Low(i) == w }

// Num returns the value of a Digits token of ASCII digits (at most nine of
// them), else -1.
func (d *Doc) Num(i int) int {
	t := &d.Toks[i]
	if t.Kind != Digits || t.Flags&ASCII == 0 || t.End-t.Start > 9 {
		return -1
	}
	n := 0
	for k := t.Start; k < t.End; k++ {
		n = n*10 + int(d.Text[k]-'0')
	}
	return n
}

// TokenAt returns the index of the first token that ends after byte off
// (len(Toks) when there is none): the token that contains off, or the next
// one.
func (d *Doc) TokenAt(off int) int {
	lo, hi := 0, len(d.Toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(d.Toks[m].End) <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Tokens returns the token range [i, j) of the tokens that lie inside the
// byte span s (those that start at or after s.Start and end at or before
// s.End).
func (d *Doc) Tokens(s Span) (i, j int) {
	i = d.TokenAt(s.Start)
	for i < len(d.Toks) && int(d.Toks[i].Start) < s.Start {
		i++
	}
	j = i
	lo, hi := i, len(d.Toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(d.Toks[m].End) <= s.End {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo > j {
		j = lo
	}
	return i, j
}

// SentenceOf returns the index of the sentence token i lies in, or -1
// before the Doc is segmented.
func (d *Doc) SentenceOf(i int) int { return indexOf(d.SentToks, i) }

// ParagraphOf returns the index of the paragraph token i lies in.
func (d *Doc) ParagraphOf(i int) int { return indexOf(d.ParaToks, i) }

// indexOf returns k with firsts[k] <= i < firsts[k+1], or -1.
func indexOf(firsts []int32, i int) int {
	if len(firsts) < 2 || i < int(firsts[0]) || i >= int(firsts[len(firsts)-1]) {
		return -1
	}
	lo, hi := 0, len(firsts)-1
	for lo+1 < hi {
		m := int(uint(lo+hi) >> 1)
		if int(firsts[m]) <= i {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// SetSentences records the sentences as token ranges: firsts[k] is the
// first token of sentence k, in increasing order, starting with 0 when
// there are tokens; it sets Sents, SentToks, the Sent flags and Lang.
// Package segment calls it.
func (d *Doc) SetSentences(firsts []int32, lang string) {
	for i := range d.Toks {
		d.Toks[i].Flags &^= Sent
	}
	d.SentToks = append(firsts[:len(firsts):len(firsts)], int32(len(d.Toks)))
	d.Sents = make([]Span, len(firsts))
	for k, f := range firsts {
		last := d.SentToks[k+1] - 1
		d.Sents[k] = Span{int(d.Toks[f].Start), int(d.Toks[last].End)}
		d.Toks[f].Flags |= Sent
	}
	d.Lang = lang
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset i lies inside the span.
func (s Span) Contains(i int) bool { return s.Start <= i && i < s.End }
