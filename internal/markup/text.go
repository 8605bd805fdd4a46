// Package markup turns an article into analysis text and an analysis result
// back into markup: the wrap-and-insert plan the browser applies, and the
// same markup rendered as HTML for the CLI and for baked pages.
//
// It is the only place where byte offsets into the analysis text become
// UTF-16 offsets into DOM text nodes.
package markup

import "unicode/utf8"

// Flags describe where a text node sits in the article. See
// docs/ARCHITECTURE.md for the walker rules that set them.
type Flags uint8

const (
	// Block: a block boundary lies between this node and the previous one.
	Block Flags = 1 << iota
	// Link: the node is inside an <a> element.
	Link
	// Heading: the node is inside h1–h6.
	Heading
	// Caption: the node is inside a figcaption.
	Caption
	// Done: the node is inside existing glossline markup.
	Done
)

// Node is one DOM text node of the article, in document order.
type Node struct {
	Text  string
	Flags Flags
}

// Text is the analysis text built from an article's text nodes, with what is
// needed to map byte offsets back to the nodes.
type Text struct {
	// Text is the analysis text: the nodes of one block concatenated, blocks
	// separated by "\n\n", and "\n", "\r", "\t" inside nodes replaced by
	// spaces. A whitespace-only node at a block boundary (the indentation
	// between block elements) contributes nothing.
	Text string
	// Nodes are the nodes it was built from; never modified.
	Nodes []Node
	// starts[i] is the byte offset in Text where Nodes[i] begins; lens[i]
	// is how many of its bytes are in Text (len(Nodes[i].Text) or 0).
	starts, lens []int
}

// BuildText joins nodes into analysis text. See Text for the rules.
func BuildText(nodes []Node) *Text {
	n := 0
	for _, nd := range nodes {
		n += len(nd.Text) + 2
	}
	buf := make([]byte, 0, n)
	starts := make([]int, len(nodes))
	lens := make([]int, len(nodes))
	pending := false
	for i, nd := range nodes {
		if nd.Flags&Block != 0 {
			pending = true
		}
		starts[i] = len(buf)
		if pending && isSpace(nd.Text) {
			continue
		}
		if pending && len(buf) > 0 {
			buf = append(buf, '\n', '\n')
			starts[i] = len(buf)
		}
		pending = false
		for j := 0; j < len(nd.Text); j++ {
			c := nd.Text[j]
			if c == '\n' || c == '\r' || c == '\t' {
				c = ' '
			}
			buf = append(buf, c)
		}
		lens[i] = len(nd.Text)
	}
	return &Text{Text: string(buf), Nodes: nodes, starts: starts, lens: lens}
}

// isSpace reports whether s is only ASCII white space (or empty).
func isSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n', '\r', '\t', '\f':
		default:
			return false
		}
	}
	return true
}

// Spans returns the byte ranges of the analysis text covered by nodes that
// have any of the given flags, merged where adjacent.
func (t *Text) Spans(flags Flags) [][2]int {
	var out [][2]int
	for i, nd := range t.Nodes {
		if nd.Flags&flags == 0 || t.lens[i] == 0 {
			continue
		}
		s, e := t.starts[i], t.starts[i]+t.lens[i]
		if k := len(out) - 1; k >= 0 && out[k][1] == s {
			out[k][1] = e
			continue
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

// Piece is the part of a text range that falls inside one node, in UTF-16
// code units of that node's text (the DOM's offsets).
type Piece struct {
	Node     int
	From, To int
}

// Pieces maps the byte range [start, end) of the analysis text to the
// non-empty pieces of the nodes it covers, in document order. Bytes that
// belong to no node (block separators) are skipped. Offsets outside the
// text are clamped.
func (t *Text) Pieces(start, end int) []Piece {
	if start < 0 {
		start = 0
	}
	if end > len(t.Text) {
		end = len(t.Text)
	}
	if start >= end {
		return nil
	}
	// First node that ends after start.
	lo, hi := 0, len(t.Nodes)
	for lo < hi {
		m := (lo + hi) / 2
		if t.starts[m]+t.lens[m] <= start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	var out []Piece
	for i := lo; i < len(t.Nodes) && t.starts[i] < end; i++ {
		ns := t.starts[i]
		txt := t.Nodes[i].Text[:t.lens[i]]
		a, b := max(start, ns)-ns, min(end, ns+len(txt))-ns
		// Offsets inside a rune (never produced by the engines, which work
		// on rune boundaries) widen to the whole rune.
		for a > 0 && !utf8.RuneStart(txt[a]) {
			a--
		}
		for b < len(txt) && !utf8.RuneStart(txt[b]) {
			b++
		}
		if a >= b {
			continue
		}
		from := UTF16Len(txt[:a])
		out = append(out, Piece{Node: i, From: from, To: from + UTF16Len(txt[a:b])})
	}
	return out
}

// UTF16Len returns the number of UTF-16 code units that s occupies in a
// JavaScript string. An invalid byte counts as one unit (U+FFFD), which is
// what JavaScript sees for a string that Go built from it.
func UTF16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
		if r >= 0x10000 {
			n++ // a surrogate pair
		}
	}
	return n
}
