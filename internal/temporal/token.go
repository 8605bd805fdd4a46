package temporal

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters, with inner apostrophes
	tNum                      // ASCII digits
	tPunct                    // any other single rune (or invalid byte)
)

// token is a word, a number or one punctuation rune, with its byte offsets.
type token struct {
	_          noCompare
	start, end int32
	low        string // lower-case text of known words, the text itself otherwise
	num        int32  // value of a number of at most 9 digits, else -1
	ent        int32  // 1 + index of the vocabulary entries starting with this token, 0 for none
	kind       tokKind
	ndig       uint8 // digits of a number (capped at 255)
	upper      bool  // a word starting with an upper-case letter
	space      bool  // white space precedes the token
	para       bool  // a blank line (or more) precedes the token
	nl         bool  // a line break precedes the token
}

// tokenize splits text into tokens and looks each up in the vocabulary. It
// never fails: invalid UTF-8 bytes become one-byte punctuation tokens.
func tokenize(text string, lx *lexicon, toks []token) []token {
	space, nl, para := false, false, false
	var buf []byte
	for i := 0; i < len(text); {
		c := text[i]
		// ASCII fast paths.
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case c == '\n':
				if nl {
					para = true
				}
				space, nl = true, true
				i++
				continue
			case c >= '0' && c <= '9':
				j := i
				n := 0
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					if j-i < 9 {
						n = n*10 + int(text[j]-'0')
					}
					j++
				}
				if j-i > 9 {
					n = -1
				}
				toks = append(toks, token{start: int32(i), end: int32(j), kind: tNum, low: text[i:j], num: int32(n), ndig: uint8(min(j-i, 255)), space: space, nl: nl, para: para})
				space, nl, para = false, false, false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				// word: handled below
			default:
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tPunct, low: text[i : i+1], num: -1, space: space, nl: nl, para: para, ent: lx.index[text[i:i+1]]})
				space, nl, para = false, false, false
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError || !unicode.IsLetter(r) {
			if r != utf8.RuneError && unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
			toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tPunct, low: text[i : i+size], num: -1, space: space, nl: nl, para: para, ent: lx.index[text[i:i+size]]})
			space, nl, para = false, false, false
			i += size
			continue
		}
		// A word: letters, and apostrophes between letters.
		j := i + size
		ascii, lower := r < utf8.RuneSelf, !unicode.IsUpper(r)
		for j < len(text) {
			c := text[j]
			if c >= 'a' && c <= 'z' {
				j++
				continue
			}
			if c >= 'A' && c <= 'Z' {
				lower = false
				j++
				continue
			}
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if r2 == '\'' || r2 == '’' {
				// A possessive "'s" is not part of the word: "Friday's".
				if j+s2 < len(text) && text[j+s2] == 's' && (j+s2+1 == len(text) || !isLetterAt(text, j+s2+1)) {
					break
				}
				if j+s2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					if unicode.IsLetter(r3) {
						j += s2
						continue
					}
				}
				break
			}
			if r2 == utf8.RuneError || !unicode.IsLetter(r2) {
				break
			}
			if r2 >= utf8.RuneSelf {
				ascii = false
			}
			if unicode.IsUpper(r2) {
				lower = false
			}
			j += s2
		}
		w := text[i:j]
		low := w
		var ent int32
		if lower {
			ent = lx.index[w]
		} else {
			buf = appendLower(buf[:0], w, ascii)
			if e, ok := lx.index[string(buf)]; ok {
				low, ent = string(buf), e
			}
		}
		toks = append(toks, token{start: int32(i), end: int32(j), kind: tWord, low: low, num: -1, upper: unicode.IsUpper(r), space: space, nl: nl, para: para, ent: ent})
		space, nl, para = false, false, false
		i = j
	}
	return toks
}

// appendLower appends the lower-cased word to b; apostrophes become ASCII.
func appendLower(b []byte, w string, ascii bool) []byte {
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		return b
	}
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r != utf8.RuneError && unicode.IsLetter(r)
}
