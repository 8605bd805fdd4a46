package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of the text.
type token struct {
	start, end int   // byte offsets into the text
	para       int32 // index of the paragraph the token lies in, or -1
	flags      tokFlags
	kind       tokKind
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
	fLower                            // first rune is a lower-case letter
)

// tokenize splits text into tokens. Invalid UTF-8 bytes are skipped like
// white space, so every token lies on rune boundaries. paras are the
// paragraph spans (sorted); a token's para is the index of the span that
// contains its start, or -1.
func tokenize(text string, paras []Span, buf []token) []token {
	toks := buf[:0]
	if cap(toks) == 0 {
		toks = make([]token, 0, len(text)/6+1)
	}
	pi := 0
	sentStart := true
	space := true
	for i := 0; i < len(text); {
		c := text[i]
		// paragraph bookkeeping
		for pi < len(paras) && paras[pi].End <= i {
			pi++
			sentStart = true
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		t := token{start: i, end: i + n, kind: tPunct}
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || r == utf8.RuneError && n == 1 || c >= utf8.RuneSelf && unicode.IsSpace(r):
			// white space, or an invalid byte
			space = true
			i += n
			continue
		case isASCIIWordByte(c) || c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			t.end, t.flags = scanWord(text, i)
			t.kind = tWord
			if sentStart {
				t.flags |= fSentStart
			}
			sentStart = false
		case c == '-' && space && i+1 < len(text) && isLetterAt(text, i+1):
			// "-technologie" in "Weltraumwissenschaft und -technologie"
			t.end, t.flags = scanWord(text, i+1)
			t.kind = tWord
			t.flags = (t.flags | fHyphen) &^ (fCap | fAllCaps)
			sentStart = false
		case c == '.' || c == '!' || c == '?' || c == ':' || r == '…':
			sentStart = true
		}
		t.para = paraOf(paras, pi, i)
		if space {
			t.flags |= fSpaceBefore
		}
		toks = append(toks, t)
		space = false
		i = t.end
	}
	return toks
}

func paraOf(paras []Span, pi, i int) int32 {
	if pi < len(paras) && paras[pi].Start <= i && i < paras[pi].End {
		return int32(pi)
	}
	if len(paras) == 0 {
		return 0
	}
	return -1
}

func isASCIIWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// scanWord scans a word starting at i: letters, digits and marks, joined by
// single inner hyphens, apostrophes (’ or ') or periods between digits. A
// hyphen followed by white space and a conjunction-like lower-case word
// ("Russland- und") stays with the word. It returns the end and flags.
func scanWord(s string, i int) (int, tokFlags) {
	var fl tokFlags
	first := true
	letters, upper := 0, 0
	j := i
loop:
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && isASCIIWordByte(c) {
			// fast path for ASCII letters and digits
			switch {
			case c <= '9':
				fl |= fDigit
			case c <= 'Z':
				letters++
				upper++
				if first {
					fl |= fCap
				}
			default:
				letters++
				if first {
					fl |= fLower
				}
			}
			first = false
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)):
			// (ASCII letters and digits took the fast path above)
			if unicode.IsDigit(r) {
				fl |= fDigit
			} else if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
					if first {
						fl |= fCap
					}
				} else if first {
					fl |= fLower
				}
			}
			first = false
			j += n
			continue
		case r == '.' && j > i && isASCIILetter(s[j-1]) && (j-1 == i || s[j-2] == '.'):
			// "U.S.", "U.N.": single letters with periods are one word
			if j+2 < len(s) && isASCIILetter(s[j+1]) && s[j+2] == '.' {
				j++
				continue
			}
			if j-2 > i && s[j-2] == '.' {
				j++ // the final period of "U.S."
			}
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060':
			// soft hyphen and zero-width marks inside a word (web text:
			// "Verteidigungs&shy;ministerium") keep it one word
			if j+n < len(s) && isLetterAt(s, j+n) && j > i {
				j += n
				continue
			}
		case r == '-' || r == '\'' || r == '’' || r == '\u2011':
			if j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					if r == '-' || r == '\u2011' {
						fl |= fHyphen
					}
					j += n
					continue
				}
				if r == '-' && r2 == ' ' && letters > 1 && ellipsisFollows(s[j+n+1:]) {
					// ellipsis compound: keep the hyphen
					fl |= fHyphen
					j += n
				}
			}
		}
		break loop
	}
	if letters >= 2 && upper == letters {
		fl |= fAllCaps
	}
	if j == i {
		// cannot happen for callers, but never return an empty token
		_, n := utf8.DecodeRuneInString(s[i:])
		j = i + n
	}
	return j, fl
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

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
