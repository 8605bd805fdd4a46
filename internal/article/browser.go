package article

import (
	"sort"
	"strings"

	textpkg "github.com/glossline/glossline/internal/text"
)

// NoMark returns the ranges of the analysis text where terms must not be
// marked: inside links, headings and existing glossline markup, and the
// credit line at the end of a picture caption ("(… über AP)", "Foto: …").
func NoMark(t *Text) []textpkg.Span {
	var out []textpkg.Span
	for _, s := range t.Spans(Link | Heading | Done) {
		out = append(out, textpkg.Span{Start: s[0], End: s[1]})
	}
	for _, c := range t.Spans(Caption) {
		if start, ok := CreditLine(t.Text[c[0]:c[1]]); ok {
			out = append(out, textpkg.Span{Start: c[0] + start, End: c[1]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// creditWords mark the last part of a caption as a credit line.
var creditWords = []string{"/", " über ", " via ", "Foto", "Photo", "Bild:", "Credit", "Getty", "Reuters", "AP)", "dpa", "AFP"}

// CreditLine finds the credit line at the end of a caption: the trailing
// part after the caption's last sentence (or its last opening parenthesis,
// whichever is later) when it ends in ")" or starts with "Foto:"/"Photo:",
// and names a source. It returns the byte offset where the credit starts.
func CreditLine(caption string) (int, bool) {
	c := strings.TrimRight(caption, " \u00a0")
	if c == "" {
		return 0, false
	}
	start := 0
	for i := 0; i+1 < len(c); i++ {
		if (c[i] == '.' || c[i] == '!' || c[i] == '?') && c[i+1] == ' ' {
			start = i + 2
		}
	}
	if p := strings.LastIndexByte(c, '('); p >= start {
		start = p
	}
	for start < len(c) && c[start] == ' ' {
		start++
	}
	tail := c[start:]
	if !strings.HasSuffix(tail, ")") && !strings.HasPrefix(tail, "Foto:") && !strings.HasPrefix(tail, "Photo:") {
		return 0, false
	}
	for _, w := range creditWords {
		if strings.Contains(tail, w) {
			return start, true
		}
	}
	return 0, false
}

// Annotated reports whether the article already carries glossline markup.
func (t *Text) Annotated() bool {
	for _, n := range t.Nodes {
		if n.Flags&Done != 0 {
			return true
		}
	}
	return false
}
