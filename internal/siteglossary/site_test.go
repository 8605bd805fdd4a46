package siteglossary

import (
	"errors"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/segment"
	txt "github.com/glossline/glossline/internal/text"
)

const siteJSON = `{
  "version": 1,
  "entries": [
    {"id": "kcna", "term": "KCNA", "aliases": ["Korean Central News Agency"], "kind": "organization",
     "definition": {"de": "Staatliche Nachrichtenagentur Nordkoreas.", "en": "North Korea's state news agency."},
     "link": "https://example.org/kcna", "as_of": "2024", "attribution": "Wikipedia,  CC BY-SA 4.0"},
    {"id": "unsc", "term": {"de": "UN-Sicherheitsrat", "en": "UN Security Council"},
     "aliases": {"de": ["Sicherheitsrat"]}, "kind": "organization",
     "definition": {"de": "Gremium der Vereinten Nationen.", "en": "A body of the United Nations."}},
    {"id": "html", "term": "Evil Corp", "definition": "<script>alert(1)</script> <b>bold</b>"}
  ]
}`

func TestParseSite(t *testing.T) {
	s, err := ParseSite([]byte(siteJSON))
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 3 {
		t.Fatalf("Len = %d, want 3", s.Len())
	}
	de := s.Entries("de")
	if len(de) != 3 {
		t.Fatalf("de entries = %d, want 3", len(de))
	}
	if de[0].ID != "kcna" || de[0].Term != "KCNA" || de[0].Aliases[0] != "Korean Central News Agency" ||
		de[0].Definition != "Staatliche Nachrichtenagentur Nordkoreas." || de[0].Source != "site" ||
		de[0].AsOf != "2024" || de[0].Link != "https://example.org/kcna" || de[0].Kind != "organization" || de[0].Attribution != "Wikipedia, CC BY-SA 4.0" {
		t.Errorf("kcna: %+v", de[0])
	}
	if de[1].Term != "UN-Sicherheitsrat" || len(de[1].Aliases) != 1 || de[1].Aliases[0] != "Sicherheitsrat" {
		t.Errorf("unsc de: %+v", de[1])
	}
	en := s.Entries("en")
	if en[1].Term != "UN Security Council" || len(en[1].Aliases) != 0 || en[1].Definition != "A body of the United Nations." {
		t.Errorf("unsc en: %+v", en[1])
	}
	if de[2].Definition != "<script>alert(1)</script> <b>bold</b>" || de[2].Kind != "other" {
		t.Errorf("markup must be kept as text: %+v", de[2])
	}
}

func TestFindWithSite(t *testing.T) {
	s, err := ParseSite([]byte(siteJSON))
	if err != nil {
		t.Fatal(err)
	}
	text := "Die Korean Central News Agency (KCNA) meldete, der UN-Sicherheitsrats-Beschluss sei falsch. Der UN-Sicherheitsrat tagte.\n\nDer Sicherheitsrat schwieg. Evil Corp auch."
	d := txt.New(text)
	segment.Split(d, "de")
	res := glossary.Find(d, glossary.Options{Lang: "de", Site: s, Mark: "all"})
	byID := map[string]glossary.Entry{}
	for _, e := range res.Entries {
		byID[e.ID] = e
	}
	got := map[string]glossary.Entry{}
	for _, m := range res.Mentions {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("mention %+v outside the text", m)
		}
		got[text[m.Start:m.End]] = byID[m.Entry]
	}
	for mention, def := range map[string]string{
		"KCNA":              "Staatliche Nachrichtenagentur Nordkoreas.",
		"UN-Sicherheitsrat": "Gremium der Vereinten Nationen.",
		"Sicherheitsrat":    "Gremium der Vereinten Nationen.",
		"Evil Corp":         "<script>alert(1)</script> <b>bold</b>",
	} {
		e, ok := got[mention]
		if !ok {
			t.Errorf("%q not marked: %v", mention, got)
			continue
		}
		if e.Definition != def || e.Source != "site" {
			t.Errorf("%q: %q from %s, want the site's %q", mention, e.Definition, e.Source, def)
		}
	}
}

func TestParseSiteErrors(t *testing.T) {
	for _, tc := range []struct {
		in, msg string
		off     int
	}{
		{``, "unexpected end of input", 0},
		{`[]`, "expected an object", 0},
		{`{"entries": {}}`, "expected an array, found object", 12},
		{`{"entries": [], "x": 1}`, "unknown key", 16},
		{`{"version": 2, "entries": []}`, "expected the number 1", 12},
		{`{"entries": [1]}`, "expected an object, found number", 13},
		{`{"entries": [{"term": "A", "definition": "B"}]}`, `missing "id"`, 13},
		{`{"entries": [{"id": "a", "definition": "B"}]}`, `missing "term"`, 13},
		{`{"entries": [{"id": "a", "term": "A"}]}`, `missing "definition"`, 13},
		{`{"entries": [{"id": "A b", "term": "A", "definition": "B"}]}`, "id must be", 20},
		{`{"entries": [{"id": "a", "term": 5, "definition": "B"}]}`, "expected a string or an object per language, found number", 33},
		{`{"entries": [{"id": "a", "term": {"fr": "A"}, "definition": "B"}]}`, "unknown language", 34},
		{`{"entries": [{"id": "a", "term": "A", "definition": {"de": 1}}]}`, "expected a string, found number", 59},
		{`{"entries": [{"id": "a", "term": "A", "definition": "B", "kind": "thing"}]}`, "kind must be", 65},
		{`{"entries": [{"id": "a", "term": "A", "definition": "B", "link": "javascript:alert(1)"}]}`, "link must be", 65},
		{`{"entries": [{"id": "a", "term": "A", "definition": "B", "link": "https://x.org/\"><script>"}]}`, "link must be", 65},
		{`{"entries": [{"id": "a", "term": "A", "definition": "B", "aliases": "C"}]}`, "expected an array", 68},
		{`{"entries": [{"id": "a", "term": "A", "definition": "B", "as_of": "24"}]}`, "four-digit year", 66},
		{`{"entries": [{"id": "a", "term": "A", "definition": "B", "attribution": "W\u0007"}]}`, "control character", 72},
		{`{"entries": [{"id": "a", "term": "A", "definition": "   "}]}`, "empty text", 52},
		{`{"entries": [{"id": "a", "term": "A", "definition": "B\u0007"}]}`, "control character", 52},
		{`{"entries": [{"id": "a", "term": "A", "definition": "B"}, {"id": "a", "term": "A", "definition": "B"}]}`, "duplicate id", 58},
		{`{"entries": [{"id": "a", "id": "b"}]}`, "duplicate key", 25},
		{`{"entries": [],}`, "expected a string key", 15},
		{`{"entries": [01]}`, "leading zero", 14},
		{`{"entries": ["\ud800"]}`, "lone surrogate", 14},
		{`{"entries": ["a` + "\x00" + `"]}`, "control character", 15},
		{"{\"entries\": [\"\xff\"]}", "invalid UTF-8", 14},
		{`{"entries": []} x`, "unexpected data after", 16},
		{`{'entries': []}`, "expected a string key", 1},
		{`{"entries": [/* c */]}`, "unexpected character", 13},
		{strings.Repeat("[", 40), "nesting deeper than 16", 16},
		{`{"entries": [{"id": "a", "term": "` + strings.Repeat("x", 200) + `", "definition": "B"}]}`, "longer than 120 characters", 33},
		{`{"entries": [{"id": "a", "term": "A", "definition": "` + strings.Repeat("é", 700) + `"}]}`, "longer than 600 characters", 52},
	} {
		t.Run(tc.in[:min(len(tc.in), 60)], func(t *testing.T) {
			s, err := ParseSite([]byte(tc.in))
			if err == nil {
				t.Fatalf("accepted: %+v", s)
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %T %v is not a *SyntaxError", err, err)
			}
			if !strings.Contains(se.Msg, tc.msg) {
				t.Errorf("error %q, want it to contain %q", err, tc.msg)
			}
			if se.Offset != tc.off {
				t.Errorf("offset %d, want %d (%v)", se.Offset, tc.off, err)
			}
		})
	}
}

func TestParseSiteTooLarge(t *testing.T) {
	big := make([]byte, maxInput+1)
	_, err := ParseSite(big)
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("err = %v, want a size error", err)
	}
}

func TestParseJSONValues(t *testing.T) {
	v, err := parseJSON([]byte(` {"a": [true, false, null, -1.5e+3, "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"], "b": {}} `))
	if err != nil {
		t.Fatal(err)
	}
	if v.kind != jObject || len(v.obj) != 2 || v.obj[0].key != "a" {
		t.Fatalf("got %+v", v)
	}
	arr := v.obj[0].val.arr
	if len(arr) != 5 || !arr[0].b || arr[1].b || arr[2].kind != jNull || arr[3].s != "-1.5e+3" {
		t.Fatalf("array %+v", arr)
	}
	if arr[4].s != "x\"\\/\b\f\n\r\té😀" {
		t.Errorf("string %q", arr[4].s)
	}
}

func FuzzParseSite(f *testing.F) {
	f.Add([]byte(siteJSON))
	f.Add([]byte(`{"entries": [{"id": "a", "term": "A", "definition": "B"}]}`))
	f.Add([]byte(`{"entries": [{"id": "a", "term": {"de": "A"}, "aliases": {"de": ["\u00e9"]}, "definition": {"en": "B"}}]}`))
	f.Add([]byte(`[[[[[[[[[[[[[[[[[[[[`))
	f.Add([]byte(`{"a":"\ud83d\ude00"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSite(data)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %T is not a *SyntaxError", err)
			}
			if se.Offset < 0 || se.Offset > len(data) && se.Offset != maxInput {
				t.Fatalf("offset %d outside input of %d bytes", se.Offset, len(data))
			}
			return
		}
		for _, lang := range glossary.Languages() {
			for _, e := range s.Entries(lang) {
				if !validID(e.ID) || e.Term == "" || e.Definition == "" {
					t.Fatalf("bad entry %+v", e)
				}
				if e.Link != "" && !validLink(e.Link) {
					t.Fatalf("bad link %q", e.Link)
				}
			}
		}
	})
}
