// Package article is the text model shared by the browser, the command line
// and baked pages: an article is a list of DOM text nodes with flags (in a
// link, a heading, a caption, …); BuildText joins them into the analysis
// text, and Pieces maps byte offsets of that text back onto the nodes, in
// the UTF-16 units the DOM counts.
//
// It is the only place where byte offsets into the analysis text become
// UTF-16 offsets into DOM text nodes.
package article

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
	// Skip: the node is not part of the article (outside the article's
	// root, or in a block inside it that is not the article: a byline, a
	// share bar). It contributes no text, and a block boundary. Only Go
	// sets it; the loader's encoding cannot carry it.
	Skip
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
	// between block elements) contributes nothing. Invisible characters
	// that web text puts inside words — soft hyphens (&shy;), zero-width
	// spaces, word joiners, U+FEFF — are left out, so that "Sep&shy;tember"
	// and "Pu&shy;tin" read as the words they are.
	Text string
	// Nodes are the nodes it was built from; never modified.
	Nodes []Node
	// starts[i] is the byte offset in Text where Nodes[i] begins; lens[i]
	// is how many bytes of Text it contributes (0 for a skipped node).
	starts, lens []int
	// cuts lists, per node and in order, where invisible characters were
	// left out: at byte n of the node's part of Text, k bytes of its text.
	// nil for the (usual) nodes that have none.
	cuts [][]cut
}

// cut records k bytes of a node's text left out at byte at of its part of
// the analysis text.
type cut struct{ at, k int }

// invisibleLen returns the length of the invisible character at the start
// of s (U+00AD soft hyphen, U+200B zero-width space, U+2060 word joiner,
// U+FEFF), or 0.
func invisibleLen(s string) int {
	switch {
	case len(s) >= 2 && s[0] == 0xC2 && s[1] == 0xAD:
		return 2
	case len(s) >= 3 && s[0] == 0xE2 && (s[1] == 0x80 && s[2] == 0x8B || s[1] == 0x81 && s[2] == 0xA0),
		len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF:
		return 3
	}
	return 0
}

// Plain returns the Text of a plain-text article: s as it is, with no
// nodes (a plan for it wraps nothing).
func Plain(s string) *Text { return &Text{Text: s} }

// BuildText joins nodes into analysis text. See Text for the rules.
func BuildText(nodes []Node) *Text {
	n := 0
	for _, nd := range nodes {
		n += len(nd.Text) + 2
	}
	buf := make([]byte, 0, n)
	var cuts [][]cut
	starts := make([]int, len(nodes))
	lens := make([]int, len(nodes))
	pending := false
	for i, nd := range nodes {
		if nd.Flags&Block != 0 {
			pending = true
		}
		starts[i] = len(buf)
		if nd.Flags&Skip != 0 {
			pending = true
			continue
		}
		if pending && isSpace(nd.Text) {
			continue
		}
		if pending && len(buf) > 0 {
			buf = append(buf, '\n', '\n')
			starts[i] = len(buf)
		}
		pending = false
		t := nd.Text
		for j := 0; j < len(t); j++ {
			c := t[j]
			switch c {
			case '\n', '\r', '\t':
				c = ' '
			case 0xC2, 0xE2, 0xEF:
				if k := invisibleLen(t[j:]); k > 0 {
					if cuts == nil {
						cuts = make([][]cut, len(nodes))
					}
					cuts[i] = append(cuts[i], cut{len(buf) - starts[i], k})
					j += k - 1
					continue
				}
			}
			buf = append(buf, c)
		}
		lens[i] = len(buf) - starts[i]
	}
	return &Text{Text: string(buf), Nodes: nodes, starts: starts, lens: lens, cuts: cuts}
}

// source maps byte n of node i's part of the analysis text to a byte of
// the node's own text. At a place where invisible characters were left
// out, a start (end false) lies after them, an end before them.
func (t *Text) source(i, n int, end bool) int {
	if t.cuts == nil {
		return n
	}
	m := n
	for _, c := range t.cuts[i] {
		if c.at > n || end && c.at == n {
			break
		}
		m += c.k
	}
	return m
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
		if t.lens[i] == 0 {
			continue
		}
		txt := t.Nodes[i].Text
		a, b := t.source(i, max(start, ns)-ns, false), t.source(i, min(end, ns+t.lens[i])-ns, true)
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
