package glossary

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/datafile/tablegen"

	"github.com/glossline/glossline/internal/glossary/kb"
)

// buildKBGen derives the index of one language from the knowledge base
// (package kb, which parses its data files) and the glossary's lexicon:
// the entries that have names and a definition in lang, their usable
// names, and the names without a classifier noun.
func buildKBGen(lang string) kbGenLang {
	// the lexicon as the data files give it, so that one run regenerates
	// both generated files after a change of the word lists
	lx, err := lexFromData(lang)
	if err != nil {
		panic(err)
	}
	var g kbGenLang
	for _, ke := range kb.Entries() {
		names := ke.Names[lang]
		def := ke.Def[lang]
		if len(names) == 0 || def == "" {
			continue
		}
		def = withExpansion(names, def, lx)
		i := int32(len(g.entries))
		g.entries = append(g.entries, Entry{
			ID: ke.ID, Term: names[0], Aliases: append([]string(nil), names[1:]...),
			Kind: ke.Kind, Definition: def, Source: "builtin", AsOf: ke.AsOf, Link: ke.Link,
		})
		var facts []kbFact
		for _, f := range ke.Facts {
			facts = append(facts, kbFact{since: f.Since, until: f.Until, text: f.Text[lang]})
		}
		g.facts = append(g.facts, facts)
		for _, n := range names {
			if usableName(n, lx) {
				if toks := nameTokens(n); len(toks) > 0 && len(toks) <= 12 {
					g.names = append(g.names, kbName{toks, i})
				}
			}
			if d := classifierFree(n, lx); d != "" && usableName(d, lx) {
				if toks := nameTokens(d); len(toks) > 0 && len(toks) <= 12 {
					g.derived = append(g.derived, kbName{toks, i})
				}
			}
		}
	}
	return g
}

// withExpansion returns the definition of an entry whose term is an
// acronym led by what the acronym stands for — its first alias that
// spells it ("EU": "Europäische Union – Staaten- und …") — unless the
// definition already says it; other definitions are returned as they are.
func withExpansion(names []string, def string, lx *lexicon) string {
	if !acronymShape(strings.NewReplacer(".", "", "&", "").Replace(names[0])) {
		return def
	}
	for _, a := range names[1:] {
		ws := nameWords(a)
		if len(ws) < 2 {
			continue
		}
		for i := range ws {
			ws[i] = strings.ToLower(ws[i])
		}
		if fitsWords(names[0], ws, lx) {
			if strings.Contains(strings.ToLower(def), strings.ToLower(a)) {
				return def
			}
			return a + " – " + def
		}
	}
	return def
}

// encodeKB writes one language's index in the blob format of decodeKB.
func encodeKB(g kbGenLang) string {
	var b strings.Builder
	names := func(ns []kbName, idx int32) {
		first := true
		e := g.entries[idx]
		cands := append([]string{e.Term}, e.Aliases...)
		for _, n := range ns {
			if n.idx != idx {
				continue
			}
			if !first {
				b.WriteByte(kbItemSep)
			}
			first = false
			// a name that is the term or an alias and only words and
			// single spaces is written as its index
			joined := strings.Join(n.toks, " ")
			if k := slices.Index(cands, joined); k >= 0 && k < kbMaxIndexed {
				if ws, ok := plainWords(joined); ok && slices.Equal(ws, n.toks) {
					b.WriteByte(byte(1 + k))
					continue
				}
			}
			b.WriteString(strings.Join(n.toks, string(rune(kbTokSep))))
		}
	}
	for i, e := range g.entries {
		if i > 0 {
			b.WriteByte(kbEntrySep)
		}
		for _, f := range []string{e.ID, e.Term, strings.Join(e.Aliases, string(rune(kbItemSep))), e.Kind, e.Definition, e.AsOf, e.Link} {
			b.WriteString(f)
			b.WriteByte(kbFieldSep)
		}
		names(g.names, int32(i))
		b.WriteByte(kbFieldSep)
		names(g.derived, int32(i))
		b.WriteByte(kbFieldSep)
		for k, f := range g.facts[i] {
			if k > 0 {
				b.WriteByte(kbItemSep)
			}
			b.WriteString(f.since + string(rune(kbTokSep)) + f.until + string(rune(kbTokSep)) + f.text)
		}
	}
	return b.String()
}

// kbSections returns the knowledge base's sections of the data file, one
// per language in the format decodeKB reads.
func kbSections() []tablegen.Section {
	var secs []tablegen.Section
	for _, lang := range languages {
		secs = append(secs, tablegen.Section{Name: "glossary.kb." + lang, Data: encodeKB(buildKBGen(lang))})
	}
	return secs
}

// TestKBIndexGenerated checks that the knowledge base's sections of the
// data file are what the knowledge base and the lexicon give today; with
// -update it rewrites them.
func TestKBIndexGenerated(t *testing.T) {
	const run = "go generate ./internal/glossary\nor\n\tgo test ./internal/glossary -run TestKBIndexGenerated -update"
	// the blob's format (decodeKB); it holds everything it needs
	if err := tablegen.SyncFile("glossary.kb.", kbSections(), "1", *update, run); err != nil {
		t.Fatal(err)
	}
	if *update {
		return
	}
	for li, lang := range languages {
		want := buildKBGen(lang)
		for i, e := range want.entries {
			fields := append([]string{e.ID, e.Term, e.Kind, e.Definition, e.AsOf, e.Link}, e.Aliases...)
			for _, f := range want.facts[i] {
				fields = append(fields, f.text)
			}
			for _, f := range fields {
				if strings.ContainsAny(f, "\x1c\x1d\x1e\x1f") {
					t.Fatalf("%s: entry %s holds a separator of the blob format: %q", lang, e.ID, f)
				}
			}
		}
		got := decodeKB(kbBlob(li))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: decodeKB does not give back what was encoded", lang)
		}
		if len(got.entries) < 400 || len(got.names) < len(got.entries) {
			t.Errorf("%s: %d entries, %d names: the knowledge base did not load", lang, len(got.entries), len(got.names))
		}
		ix := kbFor(lang)
		if refs := ix.names["KCNA"]; len(refs) == 0 || ix.entries[refs[0].idx].ID != "kcna" {
			t.Errorf("%s: KCNA is not in the knowledge-base index", lang)
		}
	}
}

// TestLowerCaseKBNames: names the knowledge base writes in lower case are
// marked as written, and only so.
func TestLowerCaseKBNames(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string // marked, in order
	}{
		{"de", "Die Nachrichtenagentur dpa berichtete, Kommissionschefin von der Leyen sei in Kiew eingetroffen.", []string{"dpa", "von der Leyen"}},
		{"de", "Das ifo Institut senkte seine Prognose; der Evangelische Pressedienst epd meldete es zuerst.", []string{"ifo Institut", "epd"}},
		// "von der" alone is no name, and the capitalised spelling of a
		// lower-case name is not the name.
		{"de", "Die Zahlen von der Behörde kamen spät. DPA steht hier für nichts.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range findText(tt.text, Options{Lang: tt.lang}).Mentions {
			got = append(got, tt.text[m.Start:m.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: marked %q, want %q", tt.text, got, tt.want)
		}
	}
}
