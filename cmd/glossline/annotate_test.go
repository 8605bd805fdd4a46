package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/glossline/glossline"
	"github.com/glossline/glossline/internal/shared"
)

// annotate runs "glossline annotate args…" (see runCmd).
func annotate(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runCmd(t, stdin, append([]string{"annotate"}, args...)...)
}

// TestAnnotateExampleArticle checks the JSON contract on the user's example
// article, with no reference date given.
func TestAnnotateExampleArticle(t *testing.T) {
	path := shared.Path(t, "articles", "kim-putin-summit.de.txt")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := annotate(t, "", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// The contract's keys, by their JSON names.
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	for _, k := range []string{"lang", "reference_date", "dates", "terms", "glossary", "names", "timeline"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	if _, ok := raw["text"]; ok {
		t.Error(`"text" present without -with-text`)
	}
	var doc glossline.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Lang != "de" {
		t.Errorf("lang = %q, want de", doc.Lang)
	}
	if doc.ReferenceDate.Source != "inferred" || doc.ReferenceDate.Value == nil || *doc.ReferenceDate.Value != "2023-09-14" {
		t.Errorf("reference_date = %+v, want 2023-09-14 inferred", doc.ReferenceDate)
	}
	text := string(src)
	mittwoch := 0
	for i, d := range doc.Dates {
		if d.Start < 0 || d.End > len(text) || d.Start >= d.End || text[d.Start:d.End] != d.Text {
			t.Errorf("date %s: offsets [%d,%d) do not give %q", d.ID, d.Start, d.End, d.Text)
			continue
		}
		if d.ID != "d"+strconv.Itoa(i+1) {
			t.Errorf("date %d has id %q", i, d.ID)
		}
		if d.Text == "Mittwoch" {
			mittwoch++
			if d.Value != "2023-09-13" || d.Type != "DATE" {
				t.Errorf("Mittwoch at %d: %s %s, want DATE 2023-09-13", d.Start, d.Type, d.Value)
			}
		}
	}
	if mittwoch != 3 {
		t.Errorf("%d Mittwoch dates, want 3", mittwoch)
	}
	// names: every name once, at a mention, defined ones by their entry
	ids, seen, undefined := map[string]bool{}, map[string]bool{}, 0
	for _, g := range doc.Glossary {
		ids[g.ID] = true
	}
	for i, n := range doc.Names {
		if n.Start < 0 || n.End > len(text) || n.Start >= n.End || !strings.HasPrefix(strings.Join(strings.Fields(text[n.Start:n.End]), " "), n.Text) {
			t.Errorf("name %+v: offsets do not give its text", n)
		}
		if i > 0 && n.Start < doc.Names[i-1].Start || seen[n.Text] || n.Kind == "" {
			t.Errorf("name %+v: out of order, twice or without a kind", n)
		}
		seen[n.Text] = true
		if n.Entry != "" && !ids[n.Entry] {
			t.Errorf("name %+v: no glossary entry %q", n, n.Entry)
		}
		if n.Entry == "" {
			undefined++
		}
	}
	if len(doc.Names) < len(doc.Glossary) || undefined == 0 {
		t.Errorf("%d names (%d undefined) for %d entries", len(doc.Names), undefined, len(doc.Glossary))
	}
	entries := map[string]glossline.GlossaryEntry{}
	for _, g := range doc.Glossary {
		entries[g.ID] = g
		if g.Definition == "" || g.Term == "" {
			t.Errorf("glossary entry %+v is incomplete", g)
		}
	}
	kcna := false
	for _, tm := range doc.Terms {
		if text[tm.Start:tm.End] != tm.Text {
			t.Errorf("term offsets [%d,%d) do not give %q", tm.Start, tm.End, tm.Text)
		}
		if _, ok := entries[tm.Entry]; !ok {
			t.Errorf("term %q refers to missing entry %q", tm.Text, tm.Entry)
		}
		if tm.Text == "KCNA" && strings.Contains(entries[tm.Entry].Definition, "Korean Central News Agency") {
			kcna = true
		}
	}
	if !kcna {
		t.Error("KCNA is not marked with its expansion as definition")
	}
	if len(doc.Timeline) == 0 {
		t.Error("empty timeline")
	}
	for _, e := range doc.Timeline {
		if len(e.Dates) == 0 || len(e.Sentences) == 0 || e.Label == "" {
			t.Errorf("timeline entry %+v lacks dates, sentences or label", e)
		}
	}

	// -with-text adds the text; -format html renders it.
	if _, out, _ := annotate(t, "", "-with-text", path); !strings.Contains(out, `"text": "Kim Jong Un verspricht`) {
		t.Error("-with-text: no text field")
	}
	code, out, _ = annotate(t, "", "-format", "html", path)
	if code != 0 || !strings.Contains(out, `<time class="gl-date"`) || !strings.Contains(out, `<aside class="gl-panel"`) {
		t.Errorf("-format html: exit %d, output %.300s", code, out)
	}
}

func TestAnnotateHTMLInput(t *testing.T) {
	page := `<!doctype html><html lang="en"><head>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-08T09:00:00+01:00"}</script>
</head><body><nav>Home</nav><article><h1>Talks resume</h1>
<p>The delegations met on <em>Tuesday</em> in Geneva.</p></article></body></html>`
	code, out, errs := annotate(t, page, "-with-text", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc glossline.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Lang != "en" || doc.ReferenceDate.Source != "metadata" || *doc.ReferenceDate.Value != "2024-03-08" {
		t.Errorf("lang %q, reference %+v", doc.Lang, doc.ReferenceDate)
	}
	if doc.Text == nil || strings.Contains(*doc.Text, "Home") || !strings.Contains(*doc.Text, "Talks resume\n\nThe delegations") {
		t.Errorf("extracted text %q", *doc.Text)
	}
	found := false
	for _, d := range doc.Dates {
		if d.Text == "Tuesday" && d.Value == "2024-03-05" {
			found = true
		}
	}
	if !found {
		t.Errorf("Tuesday before 2024-03-08 not resolved to 2024-03-05: %+v", doc.Dates)
	}
}

func TestAnnotateErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("Am Mittwoch \xff\xfe kam er."), 0o644)
	badGloss := filepath.Join(dir, "g.json")
	os.WriteFile(badGloss, []byte(`{"terms": [`), 0o644)
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantCode int
		wantErr  string
	}{
		{"invalid UTF-8", []string{bad}, "", 1, "not valid UTF-8 (first bad byte at offset 12)"},
		{"empty input", []string{"-"}, "", 1, "empty input"},
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "", 1, "no such file"},
		{"bad -lang", []string{"-lang", "fr", "-"}, "x", 2, "-lang must be"},
		{"bad -ref", []string{"-ref", "13.09.2023", "-"}, "x", 2, "-ref must be a date"},
		{"bad -format", []string{"-format", "xml", "-"}, "x", 2, "-format must be"},
		{"two files", []string{"a", "b"}, "", 2, "at most one input file"},
		{"broken glossary", []string{"-glossary", badGloss, "-"}, "x", 1, "glossary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := annotate(t, tt.stdin, tt.args...)
			if code != tt.wantCode || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errs, tt.wantCode, tt.wantErr)
			}
			if out != "" {
				t.Errorf("printed %q on error", out)
			}
		})
	}
}

// TestAnnotateOtherLanguage: an HTML page declared in a language glossline
// does not read is left alone, said so on stderr, with the JSON's shape
// kept; a region subtag of German is German.
func TestAnnotateOtherLanguage(t *testing.T) {
	page := func(l string) string {
		return `<!doctype html><html lang="` + l + `"><body><article><p>Der Minister kam am Mittwoch, dem 13. September 2023, nach Berlin, meldete die dpa.</p></article></body></html>`
	}
	code, out, errs := annotate(t, page("fr"), "-ref", "2023-09-14")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Lang  string            `json:"lang"`
		Dates []json.RawMessage `json:"dates"`
		Terms []json.RawMessage `json:"terms"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Lang != "fr" || len(doc.Dates) != 0 || len(doc.Terms) != 0 || !strings.Contains(errs, `language "fr" left alone`) {
		t.Errorf("lang=fr page: lang %q, %d dates, %d terms, stderr %q", doc.Lang, len(doc.Dates), len(doc.Terms), errs)
	}
	code, out, errs = annotate(t, page("de-CH"), "-ref", "2023-09-14")
	if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil || doc.Lang != "de" || len(doc.Dates) == 0 || errs != "" {
		t.Errorf("lang=de-CH page: exit %d, lang %q, %d dates, stderr %q", code, doc.Lang, len(doc.Dates), errs)
	}
}
