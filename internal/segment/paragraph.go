package segment

import (
	"unicode"
	"unicode/utf8"
)

// Paragraphs splits text at blank lines: a newline, optional horizontal
// white space (spaces, tabs, carriage returns), and another newline. Each
// paragraph is trimmed of surrounding white space (Unicode White_Space);
// paragraphs that are empty after trimming are dropped. The spans are in
// text order and do not overlap. Invalid UTF-8 bytes count as text.
func Paragraphs(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(text) && isHorizontalSpace(text[j]) {
			j++
		}
		if j >= len(text) || text[j] != '\n' {
			continue
		}
		if s, ok := trim(text, start, i); ok {
			out = append(out, s)
		}
		start = j + 1
		i = j
	}
	if s, ok := trim(text, start, len(text)); ok {
		out = append(out, s)
	}
	return out
}

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
	return Span{start, end}, start < end
}

// isSpace reports whether a decoded rune is white space. An invalid byte
// (RuneError of size 1) is not.
func isSpace(r rune, size int) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || ('\t' <= r && r <= '\r')
	}
	return size > 1 && unicode.IsSpace(r)
}
