package markup

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Element is an HTML element to create: a tag, attributes in a fixed order,
// and children. A child with an empty Tag is a text node holding Text.
//
// Elements are data, not markup: text and attribute values are escaped when
// rendered, and the browser builds them with createElement and textContent,
// so no value can inject markup.
type Element struct {
	Tag      string
	Attrs    []Attr
	Children []*Element
	Text     string
}

// Attr is one attribute of an Element.
type Attr struct {
	Name, Value string
}

// El returns an element with attributes given as name, value pairs.
func El(tag string, attrs ...string) *Element {
	e := &Element{Tag: tag}
	for i := 0; i+1 < len(attrs); i += 2 {
		e.Attrs = append(e.Attrs, Attr{attrs[i], attrs[i+1]})
	}
	return e
}

// TextNode returns a text child.
func TextNode(s string) *Element { return &Element{Text: s} }

// Add appends children and returns e.
func (e *Element) Add(children ...*Element) *Element {
	e.Children = append(e.Children, children...)
	return e
}

// AddText appends a text child and returns e.
func (e *Element) AddText(s string) *Element { return e.Add(TextNode(s)) }

// Attr returns the value of the named attribute, or "".
func (e *Element) Attr(name string) string {
	for _, a := range e.Attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}

// isVoid reports whether tag is an element with no end tag. (A switch,
// not a map, which would be built by init code at every start.)
func isVoid(tag string) bool {
	switch tag {
	case "br", "hr", "img", "wbr", "meta", "link", "input":
		return true
	}
	return false
}

// WriteHTML renders e as HTML.
func (e *Element) WriteHTML(b *strings.Builder) {
	if e.Tag == "" {
		EscapeText(b, e.Text)
		return
	}
	e.writeStart(b)
	if isVoid(e.Tag) {
		return
	}
	for _, c := range e.Children {
		c.WriteHTML(b)
	}
	e.writeEnd(b)
}

func (e *Element) writeStart(b *strings.Builder) {
	b.WriteByte('<')
	b.WriteString(e.Tag)
	for _, a := range e.Attrs {
		b.WriteByte(' ')
		b.WriteString(a.Name)
		b.WriteString(`="`)
		escape(b, a.Value, true)
		b.WriteByte('"')
	}
	b.WriteByte('>')
}

func (e *Element) writeEnd(b *strings.Builder) {
	b.WriteString("</")
	b.WriteString(e.Tag)
	b.WriteByte('>')
}

// HTML returns e rendered as HTML.
func (e *Element) HTML() string {
	var b strings.Builder
	e.WriteHTML(&b)
	return b.String()
}

// EscapeText writes s escaped for HTML text content.
func EscapeText(b *strings.Builder, s string) { escape(b, s, false) }

func escape(b *strings.Builder, s string, attr bool) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '&':
			b.WriteString("&amp;")
		case c == '<':
			b.WriteString("&lt;")
		case c == '>':
			b.WriteString("&gt;")
		case c == '"' && attr:
			b.WriteString("&#34;")
		case c == 0:
			b.WriteString("\uFFFD")
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b.WriteString("\uFFFD")
			} else {
				b.WriteString(s[i : i+size])
			}
			i += size
			continue
		default:
			b.WriteByte(c)
		}
		i++
	}
}

// WriteJSON writes e in the compact form the browser's DOM helper reads:
// a text node is a JSON string; an element is an array
// [tag, {attr: value, …}, child, …].
func (e *Element) WriteJSON(b *strings.Builder) {
	if e.Tag == "" {
		JSONString(b, e.Text)
		return
	}
	b.WriteByte('[')
	JSONString(b, e.Tag)
	b.WriteString(",{")
	for i, a := range e.Attrs {
		if i > 0 {
			b.WriteByte(',')
		}
		JSONString(b, a.Name)
		b.WriteByte(':')
		JSONString(b, a.Value)
	}
	b.WriteByte('}')
	for _, c := range e.Children {
		b.WriteByte(',')
		c.WriteJSON(b)
	}
	b.WriteByte(']')
}

const hexDigits = "0123456789abcdef"

// JSONString writes s as a JSON string literal. Invalid UTF-8 becomes
// U+FFFD; <, > and & are escaped so the output is also safe inside HTML.
func JSONString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < 0x20 || c == '<' || c == '>' || c == '&':
				b.WriteString(`\u00`)
				b.WriteByte(hexDigits[c>>4])
				b.WriteByte(hexDigits[c&0xF])
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\ufffd`)
		case r == '\u2028' || r == '\u2029':
			b.WriteString(`\u202`)
			b.WriteByte(hexDigits[r&0xF])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
}

// itoa is strconv.Itoa, named for brevity in the encoders.
func itoa(n int) string { return strconv.Itoa(n) }
