package article

import (
	"strings"

	textpkg "github.com/glossline/glossline/internal/text"
)

// NoMark returns where no term may be marked — in headings but the
// headline that opens the text (a promo or donation box the finder leaves
// inside the article has a heading; a subheading's term is marked in the
// paragraph below it), in
// glossline's own markup, in a picture's credit line or a caption's link
// (a credit, a licence) — and the other links: a
// term there is marked as a link's text, an element that is no control
// (markup.Marks); the pipeline passes both to the analysis, where its paragraph has no mention outside a link.
func NoMark(t *Text) (no, links []textpkg.Span) {
	for i, s := range t.Spans(Heading) {
		if i == 0 && strings.TrimSpace(t.Text[:s[0]]) == "" {
			continue // the headline: the article's own first words
		}
		no = append(no, textpkg.Span{Start: s[0], End: s[1]})
	}
	for _, s := range t.Spans(Done) {
		no = append(no, textpkg.Span{Start: s[0], End: s[1]})
	}
	caps := t.Spans(Caption)
	for _, c := range caps {
		if start, ok := CreditLine(t.Text[c[0]:c[1]]); ok {
			no = append(no, textpkg.Span{Start: c[0] + start, End: c[1]})
		}
	}
	for _, s := range t.Spans(Link) {
		sp := textpkg.Span{Start: s[0], End: s[1]}
		for _, c := range caps {
			if c[0] < s[1] && s[0] < c[1] {
				// a caption's link: a credit, a licence
				no = append(no, sp)
				sp.End = sp.Start
				break
			}
		}
		if sp.End > sp.Start {
			links = append(links, sp)
		}
	}
	return no, links
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
