// Package pagegold holds the hand-made gold of the real news pages in
// ../shared/pages (testdata/, described in testdata/README.md) and scores
// glossline against it: the article root and the reference date, the dates,
// the timeline, the glossary and the names of each page.
//
// It is native only (encoding/json, golang.org/x/net/html). The gold files
// are embedded, so that `glossline eval-pages` needs only the pages.
package pagegold

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/glossline/glossline/internal/timex"
)

//go:embed testdata/*.json
var goldFS embed.FS

// PageInfo is one page of testdata/pages.json: where its article is, what
// it contains and what it does not, and the date it carries.
type PageInfo struct {
	Name string `json:"name"`
	Lang string `json:"lang"`
	// Published is the publication date the page carries (YYYY-MM-DD), nil
	// when it carries none; PublishedShown says where.
	Published      *string `json:"published"`
	PublishedShown string  `json:"published_shown"`
	Article        string  `json:"article"`
	// With are phrases of the article, Without page text that is not the
	// article, NonArticleInside text inside the article's element that is
	// not the article (bylines, share bars, …).
	With             []string `json:"with"`
	Without          []string `json:"without"`
	NonArticleInside []string `json:"non_article_inside"`
}

// Foreign reports whether the page is in a language glossline does not
// read, so that it must be left alone.
func (p *PageInfo) Foreign() bool { return p.Lang != "de" && p.Lang != "en" }

// Gold is one NAME.json: the dates, timeline, glossary and names of a page.
type Gold struct {
	Page          string   `json:"page"`
	Lang          string   `json:"lang"`
	ReferenceDate string   `json:"reference_date"`
	About         string   `json:"about"`
	Timexes       []Timex  `json:"timexes"`
	Timeline      []Event  `json:"timeline"`
	Glossary      []Term   `json:"glossary"`
	MustNot       []string `json:"must_not_be_glossary_terms"`
	Names         []Name   `json:"names"`
}

// Timex is one temporal expression of the article body.
type Timex struct {
	Text    string  `json:"text"`
	Context string  `json:"context"`
	Type    string  `json:"type"`
	Value   *string `json:"value"` // nil: must get no calendar date
	Mod     string  `json:"mod,omitempty"`
	Note    string  `json:"note,omitempty"`
	Why     string  `json:"why,omitempty"`
}

// Event is one happening a reader wants on the timeline.
type Event struct {
	Date     string   `json:"date"`
	LabelAny []string `json:"label_any"`
	Note     string   `json:"note,omitempty"`
}

// Term is a name or acronym a reader wants explained.
type Term struct {
	Term             string   `json:"term"`
	Kind             string   `json:"kind"`
	Aliases          []string `json:"aliases,omitempty"`
	Required         bool     `json:"required"`
	DefinitionAny    []string `json:"definition_any"`
	DefinedInArticle bool     `json:"defined_in_article"`
	Note             string   `json:"note,omitempty"`
}

// Name is one name of the article body.
type Name struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
}

// decodeStrict decodes one JSON value into v, rejecting unknown fields and
// anything after the value, so that a typo in the gold is an error.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the JSON value")
	}
	return nil
}

// LoadPages reads testdata/pages.json.
func LoadPages() ([]PageInfo, error) {
	data, err := goldFS.ReadFile("testdata/pages.json")
	if err != nil {
		return nil, err
	}
	var f struct {
		Pages []PageInfo `json:"pages"`
	}
	if err := decodeStrict(data, &f); err != nil {
		return nil, fmt.Errorf("pages.json: %w", err)
	}
	return f.Pages, nil
}

// LoadGold reads every testdata/NAME.json, by page name.
func LoadGold() (map[string]*Gold, error) {
	files, err := goldFS.ReadDir("testdata")
	if err != nil {
		return nil, err
	}
	out := map[string]*Gold{}
	for _, f := range files {
		name := f.Name()
		if name == "pages.json" || path.Ext(name) != ".json" {
			continue
		}
		data, err := goldFS.ReadFile("testdata/" + name)
		if err != nil {
			return nil, err
		}
		g := &Gold{}
		if err := decodeStrict(data, g); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if g.Page+".json" != name {
			return nil, fmt.Errorf("%s: page is %q", name, g.Page)
		}
		out[g.Page] = g
	}
	return out, nil
}

// Check returns the internal inconsistencies of a page's gold, given its
// entry in pages.json: a timeline date that is no gold value, a value that is
// not TIMEX3, a context without its text, missing or duplicated fields.
func Check(g *Gold, info *PageInfo) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if g.Lang != info.Lang {
		bad("lang %q, pages.json says %q", g.Lang, info.Lang)
	}
	if info.Published == nil || g.ReferenceDate != *info.Published {
		bad("reference_date %q differs from pages.json's published", g.ReferenceDate)
	}
	values := map[string]bool{}
	for i, t := range g.Timexes {
		at := fmt.Sprintf("timexes[%d] %q", i, t.Text)
		if t.Text == "" || !strings.Contains(Normalize(t.Context), Normalize(t.Text)) {
			bad("%s: context %q does not contain the text", at, t.Context)
		}
		if !validType[t.Type] {
			bad("%s: type %q", at, t.Type)
		}
		if t.Value == nil {
			if t.Why == "" {
				bad("%s: null value without why", at)
			}
			continue
		}
		v := *t.Value
		values[v] = true
		switch dur := isDuration(v); {
		case !ValidValue(v):
			bad("%s: value %q is not TIMEX3", at, v)
		case t.Type != "SET" && dur != (t.Type == "DURATION"):
			bad("%s: value %q does not fit type %s", at, v, t.Type)
		}
	}
	for i, e := range g.Timeline {
		if !values[e.Date] {
			bad("timeline[%d]: date %q is no gold timex value", i, e.Date)
		}
		if len(nonEmpty(e.LabelAny)) != len(e.LabelAny) || len(e.LabelAny) == 0 {
			bad("timeline[%d] %s: label_any empty or with an empty word", i, e.Date)
		}
	}
	terms := map[string]bool{}
	for i, t := range g.Glossary {
		if t.Term == "" || terms[t.Term] {
			bad("glossary[%d]: term %q empty or repeated", i, t.Term)
		}
		terms[t.Term] = true
		if !validKind[t.Kind] {
			bad("glossary[%d] %q: kind %q", i, t.Term, t.Kind)
		}
		if len(nonEmpty(t.DefinitionAny)) != len(t.DefinitionAny) || (t.Required && len(t.DefinitionAny) == 0) {
			bad("glossary[%d] %q: definition_any empty or with an empty word", i, t.Term)
		}
	}
	for _, w := range g.MustNot {
		if w == "" || terms[w] {
			bad("must_not_be_glossary_terms: %q is empty or a gold term", w)
		}
	}
	names := map[string]bool{}
	for i, n := range g.Names {
		if n.Name == "" || names[n.Name] || !validKind[n.Kind] {
			bad("names[%d]: %q (kind %q) empty, repeated or of an unknown kind", i, n.Name, n.Kind)
		}
		names[n.Name] = true
	}
	return errs
}

var validType = map[string]bool{"DATE": true, "TIME": true, "DURATION": true, "SET": true}

var validKind = map[string]bool{
	"person": true, "organization": true, "party": true, "place": true, "work": true,
	"event": true, "product": true, "acronym": true, "other": true,
}

func nonEmpty(ws []string) []string {
	var out []string
	for _, w := range ws {
		if strings.TrimSpace(w) != "" {
			out = append(out, w)
		}
	}
	return out
}

// ValidValue reports whether v is a TIMEX3 value as the gold writes them: an
// anchored date or time (timex.Parse), the same with X for unknown digits
// ("XXXX-02-12"), a reference (PRESENT_REF, PAST_REF, FUTURE_REF) or a
// duration ("P3D", "PT4H", "PXY", "P365.24D").
func ValidValue(v string) bool {
	switch {
	case v == "PRESENT_REF" || v == "PAST_REF" || v == "FUTURE_REF":
		return true
	case isDuration(v):
		return validDuration(v)
	case strings.Contains(v, "X"):
		_, ok := timex.Parse(strings.ReplaceAll(v, "X", "1"))
		return ok
	}
	_, ok := timex.Parse(v)
	return ok
}

func isDuration(v string) bool { return strings.HasPrefix(v, "P") && !strings.HasSuffix(v, "_REF") }

// validDuration reads P(nU)*(T(nU)*)? with n a number (digits, an optional
// decimal part) or X, U a unit (Y M W D DE CE ML before T; H M S after),
// at least one part.
func validDuration(v string) bool {
	units := []string{"DE", "CE", "ML", "Y", "M", "W", "D"}
	rest, parts := v[1:], 0
	for rest != "" {
		if rest[0] == 'T' {
			if units[0] == "H" {
				return false
			}
			units, rest = []string{"H", "M", "S"}, rest[1:]
			continue
		}
		n := 0
		if rest[0] == 'X' {
			n = 1
		} else {
			for n < len(rest) && (rest[n] >= '0' && rest[n] <= '9' || n > 0 && rest[n] == '.') {
				n++
			}
		}
		if n == 0 || rest[n-1] == '.' {
			return false
		}
		rest = rest[n:]
		u := ""
		for _, c := range units {
			if strings.HasPrefix(rest, c) {
				u = c
				break
			}
		}
		if u == "" {
			return false
		}
		rest = rest[len(u):]
		parts++
	}
	return parts > 0
}

// sortedNames returns the keys of m in order.
func sortedNames[T any](m map[string]T) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
