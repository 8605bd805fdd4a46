package kb

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/andybalholm/brotli"

	"github.com/glossline/glossline/internal/shared"
)

// loadAll parses the embedded data strictly: any problem fails the test.
func loadAll(t *testing.T) []Entry {
	t.Helper()
	es, errs := load(dataFiles[:], readData)
	for _, err := range errs {
		t.Error(err)
	}
	return es
}

func TestDataFilesParse(t *testing.T) {
	files, err := fs.Glob(os.DirFS("."), "data/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			src, err := readData(name)
			if err != nil {
				t.Fatal(err)
			}
			es, errs := parse(name, src)
			for _, err := range errs {
				t.Error(err)
			}
			if len(es) == 0 {
				t.Error("no entries")
			}
			// The format is documented in data/README.md, not in the file:
			// every byte of the file ships in the wasm.
			if doc, err := os.ReadFile("data/README.md"); err != nil || !bytes.Contains(doc, []byte("## "+strings.TrimPrefix(name, "data/"))) {
				t.Error("data/README.md does not document this file")
			}
		})
	}
}

func TestEntriesValid(t *testing.T) {
	es := loadAll(t)
	if len(es) < 300 {
		t.Errorf("%d entries, want at least 300", len(es))
	}
	ids := make(map[string]bool)
	owner := map[string]map[string]string{} // lang -> folded name -> id
	for _, e := range es {
		if ids[e.ID] {
			t.Errorf("[%s] duplicate id", e.ID)
		}
		ids[e.ID] = true
		if !validID(e.ID) {
			t.Errorf("[%s] invalid id", e.ID)
		}
		if !validKind(e.Kind) {
			t.Errorf("[%s] kind %q", e.ID, e.Kind)
		}
		if !validYear(e.AsOf) {
			t.Errorf("[%s] as_of %q", e.ID, e.AsOf)
		}
		if e.Kind == "person" && e.AsOf == "" {
			t.Errorf("[%s] person without as_of", e.ID)
		}
		if e.Link != "" && !strings.HasPrefix(e.Link, "https://") {
			t.Errorf("[%s] link %q", e.ID, e.Link)
		}
		for _, l := range languages {
			names := e.Names[l]
			if len(names) == 0 {
				t.Errorf("[%s] no %s names", e.ID, l)
			}
			for _, n := range names {
				if strings.TrimSpace(n) != n || n == "" {
					t.Errorf("[%s] %s name %q empty or untrimmed", e.ID, l, n)
				}
				if strings.ContainsAny(n, "|\n\t") {
					t.Errorf("[%s] %s name %q contains a separator", e.ID, l, n)
				}
				if owner[l] == nil {
					owner[l] = make(map[string]string)
				}
				key := strings.ToLower(n)
				if prev, ok := owner[l][key]; ok && prev != e.ID {
					t.Errorf("%s name %q belongs to [%s] and [%s]", l, n, prev, e.ID)
				}
				owner[l][key] = e.ID
			}
			def := e.Def[l]
			if def == "" {
				t.Errorf("[%s] no %s definition", e.ID, l)
			}
			if def != "" && !strings.HasSuffix(def, ".") {
				t.Errorf("[%s] %s definition does not end with a full stop", e.ID, l)
			}
			if n := utf8.RuneCountInString(def); n > maxDef {
				t.Errorf("[%s] %s definition has %d runes, max %d", e.ID, l, n, maxDef)
			}
		}
	}
}

// TestCrossLanguageEntries checks entries the issue asks for by name: both
// languages' names of one thing resolve to the same entry.
func TestCrossLanguageEntries(t *testing.T) {
	es := loadAll(t)
	byName := map[string]map[string]string{"de": {}, "en": {}}
	for _, e := range es {
		for l, names := range e.Names {
			if byName[l] == nil {
				continue
			}
			for _, n := range names {
				byName[l][n] = e.ID
			}
		}
	}
	tests := []struct {
		de, en []string
	}{
		{[]string{"DVRK", "Demokratische Volksrepublik Korea"}, []string{"DPRK", "Democratic People's Republic of Korea"}},
		{[]string{"UN-Sicherheitsrat", "Sicherheitsrat der Vereinten Nationen", "Weltsicherheitsrat"}, []string{"UN Security Council", "United Nations Security Council"}},
		{[]string{"KCNA", "Koreanische Zentrale Nachrichtenagentur"}, []string{"KCNA", "Korean Central News Agency"}},
		{[]string{"Atomwaffensperrvertrag", "NVV"}, []string{"NPT", "Non-Proliferation Treaty"}},
		{[]string{"Kreml"}, []string{"Kremlin"}},
		{[]string{"Weißes Haus"}, []string{"White House"}},
		{[]string{"Wagner-Gruppe", "Gruppe Wagner"}, []string{"Wagner Group"}},
		{[]string{"Pjöngjang"}, []string{"Pyongyang"}},
		{[]string{"Kosmodrom Wostotschny", "Wostochny-Kosmodrom"}, []string{"Vostochny Cosmodrome"}},
		{[]string{"Gazastreifen", "Gaza-Streifen"}, []string{"Gaza Strip"}},
		{[]string{"Minsker Abkommen"}, []string{"Minsk agreements"}},
		{[]string{"Chatham House"}, []string{"Chatham House"}},
		{[]string{"Tass"}, []string{"TASS"}},
		{[]string{"Wladimir Putin", "Putin"}, []string{"Vladimir Putin"}},
	}
	for _, tt := range tests {
		t.Run(tt.en[0], func(t *testing.T) {
			want := byName["en"][tt.en[0]]
			if want == "" {
				t.Fatalf("en %q not found", tt.en[0])
			}
			for _, n := range tt.en {
				if got := byName["en"][n]; got != want {
					t.Errorf("en %q -> %q, want %q", n, got, want)
				}
			}
			for _, n := range tt.de {
				if got := byName["de"][n]; got != want {
					t.Errorf("de %q -> %q, want %q", n, got, want)
				}
			}
		})
	}
}

// TestNoCommonNouns guards against names that are ordinary words and would
// make the glossary mark common nouns.
func TestNoCommonNouns(t *testing.T) {
	banned := []string{
		"Rat", "Haus", "Partei", "Regierung", "Ministerium", "Sicherheitsrat",
		"Parlament", "Armee", "Kommission", "Gericht", "Präsident", "Kanzler",
		"Council", "House", "Party", "Government", "Ministry", "Parliament",
		"Army", "Commission", "Court", "President", "Security Council",
		"Wagner", "Kim", "Munition", "Sanktionen", "Raketen", "Satelliten",
	}
	es := loadAll(t)
	for _, e := range es {
		for l, names := range e.Names {
			for _, n := range names {
				for _, b := range banned {
					if strings.EqualFold(n, b) {
						t.Errorf("[%s] %s name %q is a common word", e.ID, l, n)
					}
				}
			}
		}
	}
}

func TestEntriesOnce(t *testing.T) {
	var wg sync.WaitGroup
	res := make([][]Entry, 4)
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = Entries()
		}()
	}
	wg.Wait()
	want, _ := load(dataFiles[:], readData)
	for i, r := range res {
		if len(r) != len(want) || len(r) == 0 {
			t.Fatalf("call %d: %d entries, want %d", i, len(r), len(want))
		}
		if &r[0] != &res[0][0] {
			t.Errorf("call %d returned a different slice", i)
		}
	}
}

// TestMalformed checks that every kind of mistake yields a clear error naming
// file, line and block, and that only the bad block is dropped.
func TestMalformed(t *testing.T) {
	const good = "[good]\nkind: other\nde: Gut\nen: Good\nde.def: d\nen.def: e\n"
	tests := []struct {
		src  string
		want string // substring of the error
	}{
		{"[x]\nkind: thing\nde: A\nen: A\nde.def: d\nen.def: e\n", `data/t.txt:2: [x] kind must be`},
		{"[x]\nkind: other\nde: A\nde.def: d\nen.def: e\n", `data/t.txt:1: [x] missing names in "en"`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\n", `[x] missing definition "en.def"`},
		{"[x]\nkind: other\nde: A | | B\nen: A\nde.def: d\nen.def: e\n", `data/t.txt:3: [x] de: empty name`},
		{"[x]\nkind: other\nde: A | a\nen: A\nde.def: d\nen.def: e\n", `listed twice`},
		{"[x]\nkind: person\nde: A\nen: A\nde.def: d\nen.def: e\n", `a person needs as_of`},
		{"[x]\nkind: other\nas_of: 24\nde: A\nen: A\nde.def: d\nen.def: e\n", `as_of must be`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: " + strings.Repeat("ä", 201) + "\nen.def: e\n", `201 runes`},
		{"[x]\nkind: other\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\n", `duplicate field "kind"`},
		{"[x]\nkind: other\ncolour: red\nde: A\nen: A\nde.def: d\nen.def: e\n", `unknown field "colour"`},
		{"[x]\nkind: other\njust text\n", `want "key: value"`},
		{"[X y]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\n", `id must be`},
		{"[x\nkind: other\n", `block header must be [id]`},
		{"kind: other\n", `data/t.txt:1: field outside a block`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\xff\nen.def: e\n", `data/t.txt:5: [x] invalid UTF-8`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\nlink: http://x\n", `link must be`},
		{"[x]\nkind: other\nde: A\nen: A\nfr: A\nde.def: d\nen.def: e\n", `names in "fr" without a definition`},
		{"[good]\nkind: other\nde: B\nen: B\nde.def: d\nen.def: e\n", `duplicate id`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\nfact: 2020 | a. | b.\n", `fact: want "SINCE..UNTIL`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\nfact: 2020-13.. | a. | b.\n", `dates must be`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\nfact: ..2020 | a. | b.\n", `dates must be`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\nfact: 2021..2020-05 | a. | b.\n", `ends before it starts`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\nfact: 2020.. | a.\n", `a text for each language`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\nfact: 2020.. | a. | b. | c.\n", `stray`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\nfact: 2020.. |  | b.\n", `empty text`},
		{"[x]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\nfact: 2020.. | " + strings.Repeat("ä", 121) + " | b.\n", `longer than 120`},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			fsys := fstest.MapFS{
				"data/a.txt": {Data: []byte(good)},
				"data/t.txt": {Data: []byte(tt.src)},
			}
			es, errs := loadFS(fsys)
			if len(errs) != 1 {
				t.Fatalf("got %d errors %v, want 1", len(errs), errs)
			}
			if got := errs[0].Error(); !strings.Contains(got, tt.want) {
				t.Errorf("error %q, want it to contain %q", got, tt.want)
			}
			if len(es) != 1 || es[0].ID != "good" {
				t.Errorf("got entries %v, want only the good block", es)
			}
		})
	}
}

func TestParseFields(t *testing.T) {
	src := "# comment\n\n  [kcna]  \r\nkind: organization\r\nde: KCNA | Koreanische Zentrale Nachrichtenagentur\nen:KCNA|Korean Central News Agency\n" +
		"de.def: Nachrichtenagentur: staatlich.\nen.def: State news agency.\nas_of: 2024\nlink: https://example.org/kcna\n"
	es, errs := parse("t", []byte(src))
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	if len(es) != 1 {
		t.Fatalf("%d entries", len(es))
	}
	e := es[0].Entry
	checks := []struct{ name, got, want string }{
		{"id", e.ID, "kcna"},
		{"kind", e.Kind, "organization"},
		{"as_of", e.AsOf, "2024"},
		{"link", e.Link, "https://example.org/kcna"},
		{"de names", strings.Join(e.Names["de"], "|"), "KCNA|Koreanische Zentrale Nachrichtenagentur"},
		{"en names", strings.Join(e.Names["en"], "|"), "KCNA|Korean Central News Agency"},
		{"de.def", e.Def["de"], "Nachrichtenagentur: staatlich."},
		{"en.def", e.Def["en"], "State news agency."},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if es[0].line != 3 {
		t.Errorf("line = %d, want 3", es[0].line)
	}
}

// TestParseFacts: fact lines repeat, keep their order, and carry their
// span and one text per language.
func TestParseFacts(t *testing.T) {
	src := "[eu]\nkind: organization\nde: EU\nen: EU\nde.def: Verbund.\nen.def: Union.\n" +
		"fact: 2013-07..2020-01-31 | 28 Mitgliedstaaten. | 28 member states.\n" +
		"fact: 2020-02.. | 27 Mitgliedstaaten. | 27 member states.\n"
	es, errs := parse("t", []byte(src))
	if len(errs) != 0 || len(es) != 1 {
		t.Fatalf("entries %v, errors %v", es, errs)
	}
	got := es[0].Facts
	want := []Fact{
		{Since: "2013-07", Until: "2020-01-31", Text: map[string]string{"de": "28 Mitgliedstaaten.", "en": "28 member states."}},
		{Since: "2020-02", Text: map[string]string{"de": "27 Mitgliedstaaten.", "en": "27 member states."}},
	}
	if len(got) != len(want) {
		t.Fatalf("facts %v, want %v", got, want)
	}
	for i := range want {
		if got[i].Since != want[i].Since || got[i].Until != want[i].Until || got[i].Text["de"] != want[i].Text["de"] || got[i].Text["en"] != want[i].Text["en"] {
			t.Errorf("fact %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestFactsValid: every dated fact of the data has a text per language
// that reads as a sentence, its since no later than its entry's as_of
// year, and an entry with facts has an as_of.
func TestFactsValid(t *testing.T) {
	n := 0
	for _, e := range loadAll(t) {
		if len(e.Facts) > 0 && e.AsOf == "" {
			t.Errorf("[%s] has dated facts but no as_of", e.ID)
		}
		for _, f := range e.Facts {
			n++
			if e.AsOf != "" && f.Since[:4] > e.AsOf {
				t.Errorf("[%s] fact since %s is after as_of %s", e.ID, f.Since, e.AsOf)
			}
			for _, l := range languages {
				if !strings.HasSuffix(f.Text[l], ".") {
					t.Errorf("[%s] %s fact %q does not end with a full stop", e.ID, l, f.Text[l])
				}
			}
		}
	}
	t.Logf("%d dated facts", n)
}

// TestBrotliSize keeps the knowledge base's share of the wasm download
// within budget.
func TestBrotliSize(t *testing.T) {
	const budget = 60 << 10
	files, _ := fs.Glob(os.DirFS("."), "data/*.txt")
	var raw bytes.Buffer
	for _, name := range files {
		b, _ := readData(name)
		raw.Write(b)
	}
	var out bytes.Buffer
	w := brotli.NewWriterLevel(&out, 11)
	w.Write(raw.Bytes())
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("knowledge base: %d bytes raw, %d bytes brotli", raw.Len(), out.Len())
	if out.Len() > budget {
		t.Errorf("brotli size %d bytes, budget %d", out.Len(), budget)
	}
}

func FuzzParse(f *testing.F) {
	files, _ := fs.Glob(os.DirFS("."), "data/*.txt")
	for _, name := range files {
		b, _ := readData(name)
		if len(b) > 2000 {
			b = b[:2000]
		}
		f.Add(b)
	}
	f.Add([]byte("[x]\nkind: person\nde: A|B\nen: A\nde.def: d\nen.def: e\nas_of: 2020\n"))
	f.Add([]byte("[\n]\n[]\n:\n[a-]\x00\xff"))
	f.Add([]byte("[x]\nkind: other\nde: A\nen: A\nde.def: d\nen.def: e\nfact: 2020-02..2021 | a. | b.\nfact: 1999.. | c | d\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		es, _ := parse("fuzz", src)
		for _, e := range es {
			if !validID(e.ID) || !validKind(e.Kind) || !validYear(e.AsOf) {
				t.Fatalf("invalid entry accepted: %+v", e.Entry)
			}
			if e.Kind == "person" && e.AsOf == "" {
				t.Fatalf("person without as_of accepted: %+v", e.Entry)
			}
			for _, l := range languages {
				if len(e.Names[l]) == 0 || e.Def[l] == "" {
					t.Fatalf("entry without %s accepted: %+v", l, e.Entry)
				}
				if utf8.RuneCountInString(e.Def[l]) > maxDef {
					t.Fatalf("long definition accepted")
				}
				for _, n := range e.Names[l] {
					if n == "" || !utf8.ValidString(n) {
						t.Fatalf("bad name %q accepted", n)
					}
				}
			}
			for _, fa := range e.Facts {
				if !validDate(fa.Since) || fa.Until != "" && !validDate(fa.Until) || fa.Until != "" && fa.Until < fa.Since[:min(len(fa.Since), len(fa.Until))] {
					t.Fatalf("bad fact span accepted: %+v", fa)
				}
				for _, l := range languages {
					if fa.Text[l] == "" || utf8.RuneCountInString(fa.Text[l]) > maxFact || strings.Contains(fa.Text[l], "|") {
						t.Fatalf("bad fact text accepted: %+v", fa)
					}
				}
			}
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	files, _ := fs.Glob(os.DirFS("."), "data/*.txt")
	var n int64
	for _, name := range files {
		src, _ := readData(name)
		n += int64(len(src))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		if es, errs := load(dataFiles[:], readData); len(es) == 0 || len(errs) != 0 {
			b.Fatal("load failed")
		}
	}
}

// TestGoldArticle checks the knowledge base against the gold annotation of
// the shared example article: where a gold glossary term (or one of its
// aliases) is a name in the knowledge base, the German definition must
// contain one of the gold's acceptable phrases; no term the gold forbids may
// be a name.
func TestGoldArticle(t *testing.T) {
	path := shared.Path(t, "articles", "kim-putin-summit.de.gold.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Glossary []struct {
			Term          string   `json:"term"`
			Aliases       []string `json:"aliases"`
			DefinitionAny []string `json:"definition_any"`
			AlsoAny       []string `json:"also_any"`
		} `json:"glossary"`
		MustNot []string `json:"must_not_be_glossary_terms"`
		Ref     string   `json:"reference_date_without_metadata"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	byName := map[string]Entry{}
	for _, e := range loadAll(t) {
		for _, n := range e.Names["de"] {
			byName[n] = e
		}
	}
	containsAny := func(s string, subs []string) bool {
		for _, sub := range subs {
			if strings.Contains(s, sub) {
				return true
			}
		}
		return len(subs) == 0
	}
	found := 0
	for _, g := range gold.Glossary {
		t.Run(g.Term, func(t *testing.T) {
			for _, n := range append([]string{g.Term}, g.Aliases...) {
				e, ok := byName[n]
				if !ok {
					continue
				}
				found++
				def := defAt(e, "de", gold.Ref)
				if !containsAny(def, g.DefinitionAny) {
					t.Errorf("[%s] %q: definition %q contains none of %q", e.ID, n, def, g.DefinitionAny)
				}
				if !containsAny(def, g.AlsoAny) {
					t.Errorf("[%s] %q: definition %q contains none of %q", e.ID, n, def, g.AlsoAny)
				}
				return
			}
			t.Logf("not in the knowledge base (left to the article's own definition)")
		})
	}
	if found < 10 {
		t.Errorf("only %d gold terms are in the knowledge base, want at least 10", found)
	}
	for _, w := range gold.MustNot {
		if e, ok := byName[w]; ok {
			t.Errorf("[%s] has the common noun %q as a name", e.ID, w)
		}
	}
}

// defAt returns the definition of e in lang as it stood on ref
// ("YYYY-MM-DD"): Def and the facts that hold then, as the glossary
// engine composes it.
func defAt(e Entry, lang, ref string) string {
	def := e.Def[lang]
	for _, f := range e.Facts {
		if ref[:len(f.Since)] >= f.Since && (f.Until == "" || ref[:len(f.Until)] <= f.Until) {
			def += " " + f.Text[lang]
		}
	}
	return def
}

// loadFS loads every data/*.txt file of fsys, as Entries does for the
// embedded ones.
func loadFS(fsys fs.FS) ([]Entry, []error) {
	files, err := fs.Glob(fsys, "data/*.txt")
	if err != nil {
		return nil, []error{err}
	}
	return load(files, func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) })
}

// TestEveryFileEmbedded: the embedded list names exactly the files in data/.
func TestEveryFileEmbedded(t *testing.T) {
	onDisk, err := fs.Glob(os.DirFS("."), "data/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(onDisk, " ") != strings.Join(dataFiles[:], " ") {
		t.Errorf("embedded files %v, on disk %v", dataFiles, onDisk)
	}
	for _, name := range onDisk {
		want, _ := os.ReadFile(name)
		got, err := readData(name)
		if err != nil || string(got) != string(want) {
			t.Errorf("%s: embedded copy differs from the file (%v)", name, err)
		}
	}
}
