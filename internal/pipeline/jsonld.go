package pipeline

import (
	"strings"
	"unicode/utf8"
)

// LDDatePublished returns the publication date of a page's JSON-LD: ld is
// the texts of its <script type="application/ld+json"> elements, joined by
// NUL (the loader sends them unparsed, and internal/page passes the same
// texts, so that the browser and the command line read one rule). It
// returns the first datePublished of an object typed as an article
// (Article, NewsArticle, BlogPosting, Report, any schema.org type ending in
// "Article", also as a full URL or in a list of types), else the first
// datePublished of any object but a video, picture or sound (whose date is
// the media's, not the article's), else "". Objects count at the top level of
// a text, in arrays and in @graph lists; "first" is document order. A value
// is a string, the first string of a list, or an object's @value; it is
// returned raw but trimmed (analyze.Options.SetReference parses it). A text
// that is not valid JSON (inside the comment or CDATA wrapper some sites
// put around it) is skipped whole. A \u escape of a UTF-16 surrogate gives
// U+FFFD: dates and types are written in ASCII.
func LDDatePublished(ld string) string {
	article, other := LDDates(ld)
	if article != "" {
		return article
	}
	return other
}

// LDDates returns the first datePublished of an article object and of any
// other object (not a video's, picture's or sound's) of a page's JSON-LD;
// see LDDatePublished.
func LDDates(ld string) (article, other string) {
	for ld != "" {
		text := ld
		if k := strings.IndexByte(ld, 0); k >= 0 {
			text, ld = ld[:k], ld[k+1:]
		} else {
			ld = ""
		}
		p := ldParser{s: ldUnwrap(text)}
		p.value(true, false)
		p.space()
		if p.err || p.i != len(p.s) {
			continue
		}
		if article == "" {
			article = p.article
		}
		if other == "" {
			other = p.other
		}
	}
	return article, other
}

// ldUnwrap trims a JSON-LD text and the comment or CDATA wrapper some
// sites put around it ("<!-- … -->", "//<![CDATA[ … //]]>"). JSON never
// starts or ends with '/'.
func ldUnwrap(s string) string {
	s = strings.Trim(s, " \t\r\n/")
	if strings.HasPrefix(s, "<!--") {
		s = s[4:]
	} else if strings.HasPrefix(s, "<![CDATA[") {
		s = s[9:]
	}
	if strings.HasSuffix(s, "-->") || strings.HasSuffix(s, "]]>") {
		s = s[:len(s)-3]
	}
	return strings.Trim(s, " \t\r\n/")
}

// ldMaxDepth bounds the nesting ldParser follows, so that hostile input
// cannot exhaust the stack; deeper text counts as invalid.
const ldMaxDepth = 64

// ldParser is a JSON parser that keeps only what LDDatePublished needs:
// the first date of an article object and of any object, in document order.
// It is not glossary's strict reader (json_parse.go): that one is left out
// of the wasm, which lets the browser's JSON.parse read a publisher
// glossary, and it rejects what JSON-LD in the wild carries (repeated keys,
// deep nesting); this one builds in both, so that the browser and the
// command line read a page's date by the very same code.
type ldParser struct {
	s              string
	i, depth       int
	err            bool
	article, other string
	// at and atArticle are the start offsets of the objects the two dates
	// came from: an object's date is known when it closes, after the dates
	// of the objects inside it, but an outer object comes first.
	at, atArticle int
}

func (p *ldParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\n' || p.s[p.i] == '\r') {
		p.i++
	}
}

// value parses one JSON value; reach says whether an object in it is one
// LDDatePublished reads, typ whether it is an @type (a name or a list of
// names). It returns the value read as a date (see LDDatePublished) and,
// for an @type, what it names (typeClass).
func (p *ldParser) value(reach, typ bool) (str string, article ldClass) {
	p.space()
	if p.err || p.i >= len(p.s) {
		p.err = true
		return "", 0
	}
	switch c := p.s[p.i]; {
	case c == '"':
		s := p.str()
		if !typ {
			return strings.TrimSpace(s), 0
		}
		return strings.TrimSpace(s), typeClass(s)
	case c == '[' || c == '{':
		if p.depth++; p.depth > ldMaxDepth {
			p.err = true
			return "", 0
		}
		str, article = p.container(reach, typ, c == '{')
		p.depth--
		return str, article
	}
	// A number, true, false or null: its characters, checked loosely.
	j := p.i
	for p.i < len(p.s) && strings.IndexByte("+-.0123456789Eaeflnrstu", p.s[p.i]) >= 0 {
		p.i++
	}
	p.err = p.i == j
	return "", 0
}

// container parses an array or, with obj, an object. An array gives its
// first date and, in an @type, whether any element names an article type;
// an object gives its @value, and records its own datePublished when reach
// is set.
func (p *ldParser) container(reach, typ, obj bool) (str string, article ldClass) {
	start := p.i
	end := byte(']')
	if obj {
		end = '}'
	}
	p.i++
	var date string
	var class ldClass
	for p.space(); !p.err && p.i < len(p.s) && p.s[p.i] != end; {
		key := ""
		if obj {
			if p.s[p.i] != '"' {
				p.err = true
				break
			}
			key = p.str()
			if p.space(); p.i >= len(p.s) || p.s[p.i] != ':' {
				p.err = true
				break
			}
			p.i++
		}
		s, a := p.value(reach && (!obj || key == "@graph"), !obj && typ || key == "@type")
		switch {
		case !obj:
			if str == "" {
				str = s
			}
			article |= a
		case key == "@type":
			class = a
		case key == "datePublished":
			date = s
		case key == "@value":
			str = s
		}
		if p.space(); p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			if p.space(); p.i < len(p.s) && p.s[p.i] == end {
				p.err = true // a trailing comma
			}
		} else if p.i >= len(p.s) || p.s[p.i] != end {
			p.err = true
		}
	}
	if p.i >= len(p.s) {
		p.err = true
	}
	p.i++
	if obj && reach && date != "" && class&ldMedia == 0 {
		if p.other == "" || start < p.at {
			p.other, p.at = date, start
		}
		if class&ldArticle != 0 && (p.article == "" || start < p.atArticle) {
			p.article, p.atArticle = date, start
		}
	}
	return str, article
}

// str parses a string at p.i and returns its value, escapes decoded.
func (p *ldParser) str() string {
	p.i++ // "
	j := p.i
	var b []byte // the value so far, once it has an escape
	for p.i < len(p.s) && p.s[p.i] >= 0x20 {
		c := p.s[p.i]
		p.i++
		switch {
		case c == '"':
			if b == nil {
				return p.s[j : p.i-1]
			}
			return string(b)
		case c != '\\':
			if b != nil {
				b = append(b, c)
			}
			continue
		case b == nil:
			b = []byte(p.s[j : p.i-1])
		}
		if p.i >= len(p.s) {
			break
		}
		e := p.s[p.i]
		p.i++
		if k := strings.IndexByte(`"\/bfnrt`, e); k >= 0 {
			b = append(b, "\"\\/\b\f\n\r\t"[k])
			continue
		}
		if e != 'u' || p.i+4 > len(p.s) {
			break
		}
		// One UTF-16 unit: a surrogate (of a character outside the
		// Basic Multilingual Plane) becomes U+FFFD.
		r := rune(0)
		for _, h := range []byte(p.s[p.i : p.i+4]) {
			k := strings.IndexByte("0123456789abcdef", h|0x20)
			if k < 0 {
				p.err = true
				return ""
			}
			r = r<<4 | rune(k)
		}
		p.i += 4
		b = utf8.AppendRune(b, r)
	}
	p.err = true
	return ""
}

// ldClass says what a JSON-LD @type names.
type ldClass uint8

const (
	ldArticle ldClass = 1 << iota // a kind of article
	ldMedia                       // a video, picture or sound: its date is not the article's
)

// typeClass classifies a JSON-LD @type (a schema.org name, also as a full
// URL).
func typeClass(t string) ldClass {
	i := len(t)
	for i > 0 && t[i-1] != '/' && t[i-1] != ':' && t[i-1] != '#' {
		i--
	}
	switch name := t[i:]; {
	case strings.HasSuffix(name, "Article") || name == "BlogPosting" || name == "Report":
		return ldArticle
	case name == "MediaObject" || strings.HasSuffix(name, "Object") && (strings.HasPrefix(name, "Video") || strings.HasPrefix(name, "Image") || strings.HasPrefix(name, "Audio")) || name == "Clip" || name == "VideoGallery" || name == "ImageGallery":
		return ldMedia
	}
	return 0
}
