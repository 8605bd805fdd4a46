package pagegold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// wordCount returns how many words s has, as words counts them.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case invisible(r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				n++
			}
			in = true
		default:
			in = false
		}
	}
	return n
}

// Normalize collapses white space, drops soft hyphens and zero-width
// characters, and trims: the form in which gold phrases are compared with
// the analysed text.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case invisible(r):
		case unicode.IsSpace(r):
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// normalized is a text with white space runs collapsed to one space, soft
// hyphens and zero-width characters dropped and the ends trimmed, with the
// byte offset in the original text of every byte it holds.
type normalized struct {
	s   string
	src []int // src[i]: offset in the original of the rune that gave byte i
}

// invisible reports the characters the comparison ignores: the soft hyphen
// and the zero-width characters that pages put inside words — the same set
// the engines skip (internal/text).
func invisible(r rune) bool {
	return r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060'
}

func normalize(s string) normalized {
	var b strings.Builder
	src := make([]int, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case invisible(r):
		case unicode.IsSpace(r):
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
				src = append(src, i)
			}
			space = false
			b.WriteString(s[i : i+n])
			for k := 0; k < n; k++ {
				src = append(src, i+k)
			}
		}
		i += n
	}
	return normalized{b.String(), src}
}

// span returns the original byte range of the normalised range [a, b),
// b > a; the normalised text never ends a non-empty range with a space that
// stands for several characters, so the end is the last byte's end.
func (n normalized) span(a, b int) (int, int) {
	return n.src[a], n.src[b-1] + 1
}

// indexAll returns the offsets of every occurrence of sub in s.
func indexAll(s, sub string) []int {
	var out []int
	if sub == "" {
		return nil
	}
	for i := 0; ; {
		k := strings.Index(s[i:], sub)
		if k < 0 {
			return out
		}
		out = append(out, i+k)
		i += k + 1
	}
}

// words returns the multiset of the lower-cased words of s: runs of letters
// and digits, soft hyphens and zero-width characters ignored.
func words(s string) map[string]int {
	out := map[string]int{}
	for _, x := range wordList(s) {
		out[x]++
	}
	return out
}

// wordList returns the lower-cased words of s in order, as words counts
// them.
func wordList(s string) []string {
	return strings.FieldsFunc(strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// htmlText returns the text of an HTML document or fragment as a reader
// sees it in the source: every text node outside script, style, template
// and noscript, with a space where an element starts or ends a block, so
// that words of two blocks do not run together.
func htmlText(doc *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "template", "noscript":
				return
			}
		}
		block := n.Type == html.ElementNode && !inlineTags[n.Data]
		if block {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte(' ')
		}
	}
	walk(doc)
	return b.String()
}

// inlineTags are the elements that do not separate words.
var inlineTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true,
	"data": true, "dfn": true, "em": true, "font": true, "i": true, "ins": true,
	"del": true, "mark": true, "q": true, "s": true, "small": true, "span": true,
	"strong": true, "sub": true, "sup": true, "time": true, "u": true, "var": true,
	"wbr": true, "label": true,
}
