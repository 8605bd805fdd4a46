package glossary

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/shared"
	"github.com/glossline/glossline/internal/text"
)

// goldGlossary is the glossary part of an article's gold annotation.
type goldGlossary struct {
	Glossary []struct {
		Term          string   `json:"term"`
		Aliases       []string `json:"aliases"`
		Required      bool     `json:"required"`
		DefinitionAny []string `json:"definition_any"`
		AlsoAny       []string `json:"also_any"`
	} `json:"glossary"`
	MustNot []string `json:"must_not_be_glossary_terms"`
}

// doc tokenizes s and splits it into sentences as package analyze does.
func doc(s, lang string) *text.Doc {
	d := text.New(s)
	segment.Split(d, lang)
	return d
}

// findText runs Find on s, tokenized and split into sentences for
// opt.Lang.
func findText(s string, opt Options) Result { return Find(doc(s, opt.Lang), opt) }

// onePara returns s tokenized as one paragraph, whatever blank lines it
// has, and split into sentences.
func onePara(s, lang string) *text.Doc {
	d := text.New(s)
	for i := range d.Toks {
		if i > 0 {
			d.Toks[i].Flags &^= text.Para
		}
	}
	if len(d.Toks) > 0 {
		d.ParaToks = []int32{0, int32(len(d.Toks))}
		d.Paras = []Span{{Start: int(d.Toks[0].Start), End: int(d.Toks[len(d.Toks)-1].End)}}
	}
	segment.Split(d, lang)
	return d
}

// isFormOf reports whether mention text m is the term, an alias, or an
// inflected form of one (up to 3 more letters).
func isFormOf(m string, names []string) bool {
	for _, n := range names {
		if m == n {
			return true
		}
		if strings.HasPrefix(m, n) && len([]rune(m))-len([]rune(n)) <= 3 {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// TestExampleArticle checks the example article against its gold
// annotation: every required entry marked with a right definition, no
// common noun marked.
func TestExampleArticle(t *testing.T) {
	textPath := shared.Path(t, "articles", "kim-putin-summit.de.txt")
	goldPath := shared.Path(t, "articles", "kim-putin-summit.de.gold.json")
	raw, err := os.ReadFile(textPath)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold goldGlossary
	if err := json.Unmarshal(gb, &gold); err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	res := findText(text, Options{Lang: "de"})
	checkInvariants(t, text, res)

	byID := map[string]Entry{}
	for _, e := range res.Entries {
		byID[e.ID] = e
	}
	type marked struct {
		text string
		e    Entry
	}
	var ms []marked
	distinct := map[string]bool{}
	for _, m := range res.Mentions {
		ms = append(ms, marked{text[m.Start:m.End], byID[m.Entry]})
		distinct[m.Entry] = true
	}

	goldNames := map[string]bool{}
	for _, g := range gold.Glossary {
		names := append([]string{g.Term}, g.Aliases...)
		for _, n := range names {
			goldNames[n] = true
		}
		found := false
		var defs []string
		for _, m := range ms {
			if !isFormOf(m.text, names) {
				continue
			}
			defs = append(defs, m.text+" → "+m.e.Definition)
			if containsAny(m.e.Definition, g.DefinitionAny) && (len(g.AlsoAny) == 0 || containsAny(m.e.Definition, g.AlsoAny)) {
				found = true
			}
		}
		switch {
		case found:
		case g.Required:
			t.Errorf("required %q: not marked with a right definition (want one of %q, also %q); got %q", g.Term, g.DefinitionAny, g.AlsoAny, defs)
		default:
			t.Logf("optional %q: not marked with a right definition; got %q", g.Term, defs)
		}
	}
	for _, m := range ms {
		for _, bad := range gold.MustNot {
			if m.text == bad {
				t.Errorf("common noun %q marked (entry %q)", bad, m.e.Term)
			}
		}
	}
	extra := 0
	for _, e := range res.Entries {
		in := goldNames[e.Term]
		for _, a := range e.Aliases {
			in = in || goldNames[a]
		}
		if !in {
			extra++
			t.Logf("not in gold: %q (%s, %s): %s", e.Term, e.Kind, e.Source, e.Definition)
		}
	}
	t.Logf("distinct entries marked: %d, not in the gold list: %d, mentions: %d", len(distinct), extra, len(res.Mentions))
	if testing.Verbose() {
		for _, e := range res.Entries {
			t.Logf("entry %s %q [%s/%s]: %s", e.ID, e.Term, e.Kind, e.Source, e.Definition)
		}
	}
}

// checkInvariants checks what every Result promises.
func checkInvariants(t *testing.T, text string, res Result) {
	t.Helper()
	ids := map[string]bool{}
	for _, e := range res.Entries {
		if ids[e.ID] {
			t.Errorf("duplicate entry id %q", e.ID)
		}
		ids[e.ID] = true
		if e.Definition == "" {
			t.Errorf("entry %q without definition", e.ID)
		}
		if !validID(e.ID) {
			t.Errorf("entry id %q is not [a-z0-9-]", e.ID)
		}
	}
	used := map[string]bool{}
	prev := 0
	for i, m := range res.Mentions {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("mention %d [%d,%d) out of order or range (prev end %d, len %d)", i, m.Start, m.End, prev, len(text))
		}
		if !boundary(text, m.Start) || !boundary(text, m.End) {
			t.Fatalf("mention %d [%d,%d) not on rune boundaries", i, m.Start, m.End)
		}
		if !ids[m.Entry] {
			t.Fatalf("mention %d refers to unknown entry %q", i, m.Entry)
		}
		used[m.Entry] = true
		prev = m.End
	}
	if len(used) != len(res.Entries) {
		t.Errorf("%d entries but %d are mentioned", len(res.Entries), len(used))
	}
}
