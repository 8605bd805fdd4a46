package analyze

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/shared"
)

// gold is the hand-made annotation of the example article
// (../shared/articles/kim-putin-summit.de.gold.json). Offsets there are code
// points.
type gold struct {
	RefWithoutMetadata string `json:"reference_date_without_metadata"`
	Timexes            []struct {
		Text     string `json:"text"`
		Start    int    `json:"start"`
		Type     string `json:"type"`
		Value    string `json:"value"`
		Required bool   `json:"required"`
	} `json:"timexes"`
	MustNotBeDates []struct {
		Text    string `json:"text"`
		Context string `json:"context"`
	} `json:"must_not_be_dates"`
	Timeline []struct {
		Date     string   `json:"date"`
		Mentions []string `json:"event_mentions_any"`
	} `json:"timeline"`
	Glossary []struct {
		Term     string   `json:"term"`
		Aliases  []string `json:"aliases"`
		Required bool     `json:"required"`
		DefAny   []string `json:"definition_any"`
		AlsoAny  []string `json:"also_any"`
	} `json:"glossary"`
	MustNotBeTerms []string `json:"must_not_be_glossary_terms"`
}

// byteOffset converts a code-point offset into a byte offset of s.
func byteOffset(s string, cp int) int {
	i := 0
	for n := 0; n < cp && i < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// TestExampleArticle is the acceptance test of the whole analysis on the
// user's example article, with no reference date given, exactly as the
// browser and the CLI run it.
func TestExampleArticle(t *testing.T) {
	src, err := os.ReadFile(shared.Path(t, "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(shared.Path(t, "articles", "kim-putin-summit.de.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	text := string(src)
	r := Text(text, Options{})

	if r.Lang != "de" || r.RefSource != RefInferred || r.Ref.String() != g.RefWithoutMetadata {
		t.Errorf("lang %q, reference %s (%s); want de, %s inferred", r.Lang, r.Ref, r.RefSource, g.RefWithoutMetadata)
	}

	t.Run("dates", func(t *testing.T) {
		for _, x := range g.Timexes {
			if !x.Required {
				continue
			}
			start := byteOffset(text, x.Start)
			end := start + len(x.Text)
			ok := false
			for _, d := range r.Dates {
				if d.Start < end && start < d.End && d.Value == x.Value {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%q at %d: no overlapping date with value %s", x.Text, start, x.Value)
			}
		}
		for _, m := range g.MustNotBeDates {
			for _, d := range r.Dates {
				if strings.Contains(text[d.Start:d.End], m.Text) && (m.Context == "" || strings.Contains(text, m.Context) && strings.Contains(m.Context, text[d.Start:d.End])) {
					t.Errorf("%q is marked as a date (%s)", text[d.Start:d.End], d.Value)
				}
			}
		}
	})

	t.Run("glossary", func(t *testing.T) {
		entries := map[string]int{}
		for i, e := range r.Glossary {
			entries[e.ID] = i
		}
		for _, want := range g.Glossary {
			if !want.Required {
				continue
			}
			names := append([]string{want.Term}, want.Aliases...)
			found := false
			for _, m := range r.Terms {
				mention := text[m.Start:m.End]
				named := false
				for _, n := range names {
					if strings.HasPrefix(mention, n) && len(mention)-len(n) <= 3 {
						named = true
					}
				}
				if !named {
					continue
				}
				def := r.Glossary[entries[m.Entry]].Definition
				if containsAny(def, want.DefAny) && (len(want.AlsoAny) == 0 || containsAny(def, want.AlsoAny)) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: not marked with a definition containing one of %q", want.Term, want.DefAny)
			}
		}
		for _, m := range r.Terms {
			for _, bad := range g.MustNotBeTerms {
				if text[m.Start:m.End] == bad {
					t.Errorf("common noun %q is marked", bad)
				}
			}
		}
	})

	t.Run("timeline", func(t *testing.T) {
		golden := map[string]bool{}
		for _, want := range g.Timeline {
			golden[want.Date] = true
			found := false
			for _, e := range r.Timeline {
				if e.Date != want.Date {
					continue
				}
				var b strings.Builder
				b.WriteString(e.Label)
				for _, s := range e.Sentences {
					b.WriteString(" " + text[s.Start:s.End])
				}
				if containsAny(b.String(), want.Mentions) {
					found = true
				}
			}
			if !found {
				t.Errorf("no timeline entry on %s mentioning one of %q", want.Date, want.Mentions)
			}
		}
		for _, e := range r.Timeline {
			if !golden[e.Date] {
				t.Errorf("timeline entry with a date not in the gold: %s %q", e.Date, e.Label)
			}
			for _, i := range e.Dates {
				if r.Dates[i].Type == "DURATION" {
					t.Errorf("timeline entry for a duration: %+v", e)
				}
			}
		}
	})
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// FuzzText: any input, invalid UTF-8 included, analyses without a panic,
// and every offset lies inside the text.
func FuzzText(f *testing.F) {
	f.Add("Am Mittwoch, dem 13. September 2023, traf Kim (KCNA) Putin.", "de")
	f.Add("On Tuesday the UN Security Council (UNSC) met.\n\nSince 2022 ...", "en")
	f.Add("\xff\xfe 1950–53 \x00", "")
	f.Fuzz(func(t *testing.T, text, lang string) {
		r := Text(text, Options{Lang: lang})
		check := func(what string, s, e int) {
			if s < 0 || e > len(text) || s > e {
				t.Fatalf("%s [%d,%d) outside the text (%d bytes)", what, s, e, len(text))
			}
		}
		for _, d := range r.Dates {
			check("date", d.Start, d.End)
		}
		for _, m := range r.Terms {
			check("term", m.Start, m.End)
		}
		for _, s := range r.Sentences {
			check("sentence", s.Start, s.End)
		}
		for _, e := range r.Timeline {
			for _, i := range e.Dates {
				if i < 0 || i >= len(r.Dates) {
					t.Fatalf("timeline refers to date %d of %d", i, len(r.Dates))
				}
			}
		}
	})
}

// TestLanguages: a declared language with a region is honoured, text in a
// language glossline does not read is left alone (declared or detected),
// and tags that name no language mean: detect it.
func TestLanguages(t *testing.T) {
	de := "Der Minister traf am Mittwoch, dem 13. September 2023, in Berlin ein, sagte die Nachrichtenagentur dpa."
	fr := "Le ministre est arrivé mercredi 13 septembre 2023 à Berlin, selon l'agence de presse, et il a rencontré les délégués."
	for _, c := range []struct {
		name, text, tag, want string
		found                 bool
	}{
		{"region subtag", de, "de-AT", "de", true},
		{"upper case", de, "DE", "de", true},
		{"undetermined: detect", de, "und", "de", true},
		{"no language: detect", de, "x-private", "de", true},
		{"detected French: left alone", fr, "auto", "fr", false},
		{"declared French: left alone", de, "fr", "fr", false},
		{"declared Polish: left alone", de, "pl-PL", "pl", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Text(c.text, Options{Lang: c.tag})
			if r.Lang != c.want {
				t.Errorf("Lang = %q, want %q", r.Lang, c.want)
			}
			if found := len(r.Dates)+len(r.Terms)+len(r.Timeline) > 0; found != c.found {
				t.Errorf("found anything = %v, want %v (%d dates, %d terms)", found, c.found, len(r.Dates), len(r.Terms))
			}
			if !c.found && r.RefSource != RefNone {
				t.Errorf("RefSource = %q, want none", r.RefSource)
			}
		})
	}
}
