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
	start, end int
	kind       tokKind
	low        string // lower-case text (words), the text itself otherwise
	num        int    // value of a number of at most 9 digits, else -1
	ndig       int    // digits of a number
	upper      bool   // a word starting with an upper-case letter
	space      bool   // white space precedes the token
	para       bool   // a blank line (or more) precedes the token
	nl         bool   // a line break precedes the token
}

// tokenize splits text into tokens. It never fails: invalid UTF-8 bytes
// become one-byte punctuation tokens.
func tokenize(text string, toks []token) []token {
	space, nl, para := false, false, false
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
				toks = append(toks, token{start: i, end: j, kind: tNum, low: text[i:j], num: n, ndig: j - i, space: space, nl: nl, para: para})
				space, nl, para = false, false, false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				// word: handled below
			default:
				toks = append(toks, token{start: i, end: i + 1, kind: tPunct, low: text[i : i+1], num: -1, space: space, nl: nl, para: para})
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
			toks = append(toks, token{start: i, end: i + size, kind: tPunct, low: text[i : i+size], num: -1, space: space, nl: nl, para: para})
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
		if !lower {
			low = toLower(w, ascii)
		}
		toks = append(toks, token{start: i, end: j, kind: tWord, low: low, num: -1, upper: unicode.IsUpper(r), space: space, nl: nl, para: para})
		space, nl, para = false, false, false
		i = j
	}
	return toks
}

// toLower lower-cases a word; apostrophes become ASCII.
func toLower(w string, ascii bool) string {
	if ascii {
		b := make([]byte, len(w))
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	b := make([]byte, 0, len(w))
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r != utf8.RuneError && unicode.IsLetter(r)
}
