package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a sentence.
type token struct {
	start, end int    // byte offsets into the text
	word       bool   // letters or digits (a word), else one punctuation rune
	upper      bool   // a word that starts with an upper-case letter
	event      bool   // the token lies in a timeline date (set by newLabeler only)
	lowered    bool   // written with a lower-case first letter (a sentence's first word moved inside a label)
	cls        class  // the word's classes in the lexicon (set by newLabeler and addToken only)
	text       string // the token's text
	lower      string // lower-cased text of a word
	expr       int    // index of the expression the token lies in, or -1
}

// tokenize splits text[start:end] into words and punctuation marks. A word
// runs over letters, digits and marks, and over "-", "'", "’", ".", "/" and
// "&" between two of them ("Sojus-2", "O’Brien", "U.S.") and "," between two
// digits ("0,7", "1,700"); a hyphen that ends
// a word before a space stays with it ("Staats- und …").
func tokenize(text string, start, end int) []token {
	// About one token per six bytes of news text: growing the slice
	// (tokens are large) cost more than tokenising.
	return tokenizeAppend(make([]token, 0, (end-start)/6+1), text, start, end)
}

// tokenizeAppend appends the tokens of text[start:end] to toks (see
// tokenize), so that a caller can reuse one slice.
func tokenizeAppend(toks []token, text string, start, end int) []token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r), r == utf8.RuneError && n == 1:
			i += n
		case isWordRune(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if strings.ContainsRune("-'’./&,", r2) {
					r3, n3 := utf8.DecodeRuneInString(text[j+n2 : end])
					r1, _ := utf8.DecodeLastRuneInString(text[i:j])
					if j+n2 < end && isWordRune(r3) && (r2 != ',' || unicode.IsDigit(r1) && unicode.IsDigit(r3)) {
						j += n2 + n3
						continue
					}
					if r2 == '-' && (j+n2 == end || r3 == ' ') {
						j += n2
					}
				}
				break
			}
			toks = append(toks, token{start: i, end: j, word: true, upper: unicode.IsUpper(r), text: text[i:j], lower: strings.ToLower(text[i:j]), expr: -1})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + n, text: text[i : i+n], expr: -1})
			i += n
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isUpperWord reports whether the word starts with an upper-case letter.
func isUpperWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// stem reduces a lower-cased word to a crude stem for comparing the content
// of two mentions: one common German or English inflection ending is
// removed when at least four letters remain.
func stem(w string) string {
	for _, suf := range [...]string{"ern", "en", "er", "es", "e", "s", "n"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w)-len(suf) >= 4 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
