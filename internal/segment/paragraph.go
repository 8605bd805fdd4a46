package segment

import (
	textpkg "github.com/glossline/glossline/internal/text"
	"unicode"
	"unicode/utf8"
)

// Paragraphs splits text at blank lines (text.Doc.Paras): a newline,
// optional horizontal white space, and another newline. Each paragraph runs
// from its first token to its last, so it carries no surrounding white
// space; paragraphs without tokens are dropped.
func Paragraphs(text string) []Span { return textpkg.New(text).Paras }

func isHorizontalSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\v' || b == '\f'
}

// trim returns text[start:end] without leading and trailing white space,
// and false when nothing is left. start must lie on a rune boundary.
func trim(text string, start, end int) (Span, bool) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !isSpace(r, size) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r, size) {
			break
		}
		end -= size
	}
	return Span{Start: start, End: end}, start < end
}

// isSpace reports whether a decoded rune is white space. An invalid byte
// (RuneError of size 1) is not.
func isSpace(r rune, size int) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || ('\t' <= r && r <= '\r')
	}
	return size > 1 && unicode.IsSpace(r)
}
