package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/glossline/glossline"
	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/siteglossary"
)

// learnArticle names people nothing in glossline defines.
const learnArticle = `The talks were led by Paula Weiss and by Martin Lorenz, who met in the old customs hall of the port.

Later Henrik Olsen joined them, and so did Clara Vogt, who had flown in from the north coast that night.

Talks with Peter Berg and with Ida Holm lasted into the evening, and Tom Reed watched.
`

// fakeSummaries answers like Wikipedia's REST API (page/summary): a
// summary, a disambiguation page, a description of another kind, malformed
// JSON, markup in the extract, a 429 with Retry-After before the answer,
// and 404 for the rest.
func fakeSummaries(t *testing.T) (string, func() map[string]int, func() []string) {
	var mu sync.Mutex
	asked, agents := map[string]int{}, []string{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		title := strings.TrimPrefix(r.URL.Path, "/en/api/rest_v1/page/summary/")
		mu.Lock()
		asked[title]++
		n := asked[title]
		agents = append(agents, r.Header.Get("User-Agent"))
		mu.Unlock()
		page := func(typ, desc, extract string) string { return summaryJSON(title, typ, desc, extract) }
		switch title {
		case "Paula_Weiss":
			fmt.Fprint(w, page("standard", "German diplomat", "Paula Weiss (born 1961) is a German diplomat and negotiator. She led the talks."))
		case "Martin_Lorenz":
			fmt.Fprint(w, page("disambiguation", "", "Martin Lorenz may refer to:"))
		case "Peter_Berg":
			fmt.Fprint(w, page("standard", "town in Norway", "Peter Berg is a town in Norway."))
		case "Henrik_Olsen":
			fmt.Fprint(w, `{"type": "standard", "extract": `)
		case "Clara_Vogt":
			fmt.Fprint(w, page("standard", "Norwegian engineer", `<img src=x onerror="alert(1)">Clara Vogt is an engineer <b>of ports</b>. She lives in Bergen.`))
		case "Ida_Holm":
			if n == 1 {
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			fmt.Fprint(w, page("standard", "Danish economist", "Ida Holm is a Danish economist who studies ports."))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/{lang}/api/rest_v1", func() map[string]int {
			mu.Lock()
			defer mu.Unlock()
			m := map[string]int{}
			for k, v := range asked {
				m[k] = v
			}
			return m
		}, func() []string {
			mu.Lock()
			defer mu.Unlock()
			return append([]string(nil), agents...)
		}
}

func TestLearn(t *testing.T) {
	base, asked, agents := fakeSummaries(t)
	dir := t.TempDir()
	article, cache := filepath.Join(dir, "a.txt"), filepath.Join(dir, "cache.json")
	if err := os.WriteFile(article, []byte(learnArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"learn", "-lookup", "wikipedia", "-lookup-contact", "desk@example.org", "-lookup-url", base, "-cache", cache, "-rate", "200", "-lang", "en"}
	var out, errs strings.Builder
	if code := run(append(args, article), nil, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	site, err := siteglossary.ParseSite([]byte(out.String()))
	if err != nil {
		t.Fatalf("not a publisher glossary: %v\n%s", err, out.String())
	}
	got := map[string]glossary.Entry{}
	for _, e := range site.Entries("en") {
		got[e.Term] = e
	}
	pw := got["Paula Weiss"]
	if pw.Definition != "Paula Weiss (born 1961) is a German diplomat and negotiator." || pw.Attribution != "Wikipedia, CC BY-SA 4.0" ||
		pw.Link != "https://en.wikipedia.org/wiki/Paula_Weiss" || len(pw.AsOf) != 4 || pw.Kind == "" {
		t.Errorf("Paula Weiss: %+v", pw)
	}
	if d := got["Clara Vogt"].Definition; d != `<img src=x onerror="alert(1)">Clara Vogt is an engineer <b>of ports</b>.` {
		t.Errorf("Clara Vogt: %q (plain text, kept as written)", d)
	}
	if d := got["Ida Holm"].Definition; d != "Ida Holm is a Danish economist who studies ports." {
		t.Errorf("Ida Holm after a 429: %q", d)
	}
	for _, n := range []string{"Martin Lorenz", "Peter Berg", "Henrik Olsen", "Tom Reed"} {
		if _, ok := got[n]; ok {
			t.Errorf("%s: entry from a disambiguation page, a misfit, malformed JSON or a 404", n)
		}
	}
	a := asked()
	if a["Paula_Weiss"] != 1 || a["Ida_Holm"] != 2 || a["Tom_Reed"] != 1 {
		t.Errorf("asked %v: want each name once (Ida Holm twice, after the 429)", a)
	}
	for _, ua := range agents() {
		if !strings.Contains(ua, "desk@example.org") {
			t.Errorf("User-Agent %q without the contact", ua)
		}
	}

	// A second run over the same archive asks nothing it asked before,
	// and keeps the glossary it extends first and unchanged; a name that
	// glossary defines is not asked.
	gl := filepath.Join(dir, "site.json")
	if err := os.WriteFile(gl, []byte(`{"version": 1, "entries": [{"id": "tom", "term": "Tom Reed", "definition": "A harbour pilot."}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	n := len(agents())
	out.Reset()
	if code := run(append(append(args, "-glossary", gl), article), nil, &out, &errs); code != 0 {
		t.Fatalf("second run: exit %d: %s", code, errs.String())
	}
	if len(agents()) != n {
		t.Errorf("second run asked again: %v", asked())
	}
	if !strings.Contains(out.String(), `"id": "tom"`) || strings.Index(out.String(), `"tom"`) > strings.Index(out.String(), `"paula-weiss"`) {
		t.Errorf("second run lost or moved the glossary's entry:\n%s", out.String())
	}
	learned := filepath.Join(dir, "learned.json")
	if err := os.WriteFile(learned, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	// What it learned defines the names in annotate, with the attribution.
	out.Reset()
	if code := run([]string{"annotate", "-lang", "en", "-glossary", learned, article}, nil, &out, &errs); code != 0 {
		t.Fatalf("annotate: exit %d: %s", code, errs.String())
	}
	var doc glossline.Document
	if err := json.Unmarshal([]byte(out.String()), &doc); err != nil {
		t.Fatal(err)
	}
	ok := false
	for _, e := range doc.Glossary {
		ok = ok || e.Term == "Paula Weiss" && e.Source == "site" && e.Attribution == "Wikipedia, CC BY-SA 4.0"
	}
	if !ok {
		t.Errorf("annotate -glossary learned.json: glossary %+v", doc.Glossary)
	}
}

func TestLearnUsage(t *testing.T) {
	for _, args := range [][]string{
		{"learn", "x.txt"},
		{"learn", "-lookup", "wikipedia", "x.txt"},
		{"learn", "-lookup", "google", "-lookup-contact", "a@b", "x.txt"},
		{"learn", "-lookup", "wikipedia", "-lookup-contact", "a@b"},
	} {
		var out, errs strings.Builder
		if code := run(args, nil, &out, &errs); code != 2 || !strings.Contains(errs.String(), "glossline learn: ") {
			t.Errorf("%q: exit %d, %q", args, code, errs.String())
		}
	}
}

// summaryJSON is a page summary as Wikipedia's REST API gives it, for the
// fake APIs of the lookup tests.
func summaryJSON(title, typ, desc, extract string) string {
	b, _ := json.Marshal(map[string]any{"type": typ, "title": title, "description": desc, "extract": extract,
		"content_urls": map[string]any{"desktop": map[string]string{"page": "https://en.wikipedia.org/wiki/" + title}}})
	return string(b)
}
