package glossline

import (
	"errors"
	"strconv"

	"github.com/glossline/glossline/internal/glossary"
)

// Glossary is a publisher's glossary: definitions that win over those
// glossline finds in the article or its knowledge base. Its JSON format is
// documented in internal/glossary/SCHEMA.md of the repository. A Glossary
// is immutable and safe for concurrent use.
type Glossary struct {
	site *glossary.Site
}

// Len returns the number of entries.
func (g *Glossary) Len() int {
	if g == nil || g.site == nil {
		return 0
	}
	return g.site.Len()
}

// GlossaryError is a glossary that does not follow the schema, or is not
// JSON.
type GlossaryError struct {
	// Offset is the byte of the input where the problem is, -1 when the
	// problem has no place (an entry missing a field).
	Offset int
	// Path is the JSON path of the value concerned ("entries[3].term"), or
	// "".
	Path string
	// Msg says what is wrong.
	Msg string
}

// Error is "byte 24 (entries[0].term): invalid UTF-8", without the parts
// that are unknown.
func (e *GlossaryError) Error() string {
	s := ""
	if e.Offset >= 0 {
		s = "byte " + strconv.Itoa(e.Offset)
	}
	if e.Path != "" {
		if s != "" {
			s += " "
		}
		s += "(" + e.Path + ")"
	}
	if s != "" {
		s += ": "
	}
	return s + e.Msg
}

// ParseGlossary reads a publisher glossary, strictly: input that is not
// valid JSON, or does not follow the schema, or exceeds its limits, is
// rejected with a *GlossaryError; text in it is only ever shown as text.
func ParseGlossary(data []byte) (*Glossary, error) {
	site, err := glossary.ParseSite(data)
	var se *glossary.SyntaxError
	if errors.As(err, &se) {
		return nil, &GlossaryError{Offset: se.Offset, Path: se.Path, Msg: se.Msg}
	}
	if err != nil {
		return nil, err
	}
	return &Glossary{site: site}, nil
}

// siteOf is the parsed glossary of g, nil for none.
func siteOf(g *Glossary) *glossary.Site {
	if g == nil {
		return nil
	}
	return g.site
}
