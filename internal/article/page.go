package article

import "strings"

// Box is one block element of a walked page (p, div, article, section, li,
// …: the block tags of the text model, without hr and br), as the walker
// saw it. The article finder reads boxes; nothing else does.
type Box struct {
	// Tag is the element's local name, lower case.
	Tag string
	// ID, Class, Itemprop, Role, Style and Lang are the element's
	// attributes of those names, as written ("" when absent).
	ID, Class, Itemprop, Role, Style, Lang string
	// Parent is the index of the enclosing box, -1 for a box at the top.
	Parent int
	// First and End delimit the text nodes inside the box: Nodes[First:End].
	First, End int
}

// Page is a walked page: its text nodes in document order and its boxes
// in the order their elements start, the <time datetime> elements among
// them, and the document's title. A page walked from one element (a
// caller's target) may have no boxes.
type Page struct {
	Title string
	Nodes []Node
	Boxes []Box
	Times []Time
}

// Time is a <time datetime> element the walker passed.
type Time struct {
	// Node is the index of the first text node after the element's start
	// (len(Nodes) at the end): where it stands among the nodes.
	Node int
	// Value is its datetime attribute, as written.
	Value string
	// Byline: the element is inside a byline (an element whose class
	// contains "byline", or the parent of a rel="author" element).
	Byline bool
}

// The loader's encoding of a walked page is one string: for each text node,
// one flag character (64 + flags), its text, then NUL; for each box, where
// its element starts, boxOpen, its attributes joined by boxSep (tag, id,
// class, itemprop, role, style, lang), NUL, and where it ends, boxClose and
// NUL; for each <time datetime>, where it starts, timeMark, "b" for a
// byline's or nothing, boxSep, the datetime, NUL; the document's title, if
// any, as titleMark, the title, NUL. Text and attributes never hold NUL
// (the loader replaces it).
const (
	boxOpen   = '\x01'
	boxClose  = '\x02'
	timeMark  = '\x03'
	titleMark = '\x04'
	boxSep    = "\x1f"
)

// DecodeNodes decodes the loader's encoding of a walked page and returns
// its text nodes (see DecodePage).
func DecodeNodes(s string) ([]Node, error) {
	p, err := DecodePage(s)
	if err != nil {
		return nil, err
	}
	return p.Nodes, nil
}

// DecodePage decodes the loader's single-string encoding of a walked page.
// A malformed string — a bad flag character, a missing NUL, a box closed
// that was never opened — yields an error, never a panic; boxes left open
// at the end are closed there.
func DecodePage(s string) (*Page, error) {
	p := &Page{}
	open := -1 // the innermost open box
	for len(s) > 0 {
		f := s[0]
		end := strings.IndexByte(s, 0)
		if end < 0 {
			return nil, &DecodeError{Offset: len(s), Msg: "missing NUL after last node"}
		}
		switch {
		case f == boxOpen:
			fields := strings.SplitN(s[1:end], boxSep, 7)
			for len(fields) < 7 {
				fields = append(fields, "")
			}
			p.Boxes = append(p.Boxes, Box{
				Tag: fields[0], ID: fields[1], Class: fields[2], Itemprop: fields[3], Role: fields[4], Style: fields[5], Lang: fields[6],
				Parent: open, First: len(p.Nodes), End: -1,
			})
			open = len(p.Boxes) - 1
		case f == boxClose:
			if open < 0 || end != 1 {
				return nil, &DecodeError{Msg: "box closed that is not open"}
			}
			p.Boxes[open].End = len(p.Nodes)
			open = p.Boxes[open].Parent
		case f == timeMark:
			b, v, _ := strings.Cut(s[1:end], boxSep)
			p.Times = append(p.Times, Time{Node: len(p.Nodes), Value: v, Byline: b == "b"})
		case f == titleMark:
			p.Title = s[1:end]
		case f >= 64 && f <= 64+31:
			p.Nodes = append(p.Nodes, Node{Text: s[1:end], Flags: Flags(f - 64)})
		default:
			return nil, &DecodeError{Msg: "bad flag character"}
		}
		s = s[end+1:]
	}
	for ; open >= 0; open = p.Boxes[open].Parent {
		p.Boxes[open].End = len(p.Nodes)
	}
	return p, nil
}

// DecodeError reports a malformed node encoding.
type DecodeError struct {
	Offset int
	Msg    string
}

func (e *DecodeError) Error() string { return "article: node list: " + e.Msg }

// Encode writes p in the loader's encoding (for tests and tools: the
// browser's walker writes it in JavaScript).
func (p *Page) Encode() string {
	var b strings.Builder
	if p.Title != "" {
		b.WriteByte(titleMark)
		b.WriteString(p.Title)
		b.WriteByte(0)
	}
	var open []int
	pop := func() {
		b.WriteString(string(boxClose) + "\x00")
		open = open[:len(open)-1]
	}
	k, t := 0, 0 // the next box to open, the next time
	for i := 0; i <= len(p.Nodes); i++ {
		for ; k < len(p.Boxes) && p.Boxes[k].First == i; k++ {
			for len(open) > 0 && open[len(open)-1] != p.Boxes[k].Parent {
				pop()
			}
			x := p.Boxes[k]
			b.WriteByte(boxOpen)
			b.WriteString(strings.Join([]string{x.Tag, x.ID, x.Class, x.Itemprop, x.Role, x.Style, x.Lang}, boxSep))
			b.WriteByte(0)
			open = append(open, k)
		}
		for ; t < len(p.Times) && p.Times[t].Node <= i; t++ {
			b.WriteByte(timeMark)
			if p.Times[t].Byline {
				b.WriteByte('b')
			}
			b.WriteString(boxSep + p.Times[t].Value)
			b.WriteByte(0)
		}
		if i == len(p.Nodes) {
			break
		}
		for len(open) > 0 && p.Boxes[open[len(open)-1]].End <= i {
			pop()
		}
		b.WriteByte(byte(64 + p.Nodes[i].Flags&31))
		b.WriteString(p.Nodes[i].Text)
		b.WriteByte(0)
	}
	for len(open) > 0 {
		pop()
	}
	return b.String()
}

// Valid reports whether p is well formed, as DecodePage and the native
// walker make it: every box inside its parent, which comes before it, and
// its node range and every time's node within the nodes.
func (p *Page) Valid() bool {
	for k, b := range p.Boxes {
		if b.First < 0 || b.End < b.First || b.End > len(p.Nodes) || b.Parent < -1 || b.Parent >= k {
			return false
		}
		if b.Parent >= 0 {
			if pb := p.Boxes[b.Parent]; b.First < pb.First || b.End > pb.End {
				return false
			}
		}
	}
	for _, t := range p.Times {
		if t.Node < 0 || t.Node > len(p.Nodes) {
			return false
		}
	}
	return true
}
