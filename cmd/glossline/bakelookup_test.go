package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/glossline/glossline/internal/siteglossary"
)

// archivePage is an English page of an archive: its article names people.
func archivePage(title string, paras ...string) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>` + title +
		`</title><script src="/gl/glossline.js" defer></script></head><body><article><h1>` + title + `</h1><p>` +
		strings.Join(paras, "</p><p>") + `</p></article></body></html>`
}

// Two pages of a small archive; Paula Weiss and Clara Vogt are named on
// both, so that a lookup per page would ask for them twice.
var bakeArchive = map[string]string{
	"2026/harbour.html": archivePage("Harbour talks resume",
		"The talks were led by Paula Weiss and by Martin Lorenz, who met in the old customs hall of the port on a grey morning.",
		"Later Clara Vogt joined them, having flown in from the north coast that night, and the delegations worked until dawn.",
		"Nobody from the ministry said what the agreement would cost, or who would pay for the new quay that it promises."),
	"2026/quay.html": archivePage("A new quay for the north coast",
		"Paula Weiss said on Friday that the quay would be built within three years, and Clara Vogt agreed to plan it.",
		"Peter Berg and Henrik Olsen, who speak for the dock workers, asked for a say in how the work is shared out.",
		"In a letter, Ida Holm wrote that the port would need more ships to pay for the quay than it has seen in a decade.",
		"On the pier, Tom Reed watched the ships come in, as he has done every morning since the old quay was closed."),
	"style.css": "body { margin: 0 }\n",
}

// bakeAPI answers like Wikipedia's REST API (page/summary) and records
// what it was asked, the cookies it got back after setting one, and how
// many requests it served at once.
type bakeAPI struct {
	url      string
	mu       sync.Mutex
	asked    map[string]int
	cookies  []string
	busy     int
	maxBusy  int
	agents   []string
	referers []string
}

func newBakeAPI(t *testing.T) *bakeAPI {
	a := &bakeAPI{asked: map[string]int{}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		title := strings.TrimPrefix(r.URL.Path, "/en/api/rest_v1/page/summary/")
		a.mu.Lock()
		a.asked[title]++
		a.busy++
		a.maxBusy = max(a.maxBusy, a.busy)
		a.cookies = append(a.cookies, r.Header.Get("Cookie"))
		a.agents = append(a.agents, r.Header.Get("User-Agent"))
		a.referers = append(a.referers, r.Header.Get("Referer"))
		n := a.asked[title]
		a.mu.Unlock()
		defer func() { a.mu.Lock(); a.busy--; a.mu.Unlock() }()
		time.Sleep(20 * time.Millisecond) // so that requests overlap
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "tracked", Path: "/"})
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
			fmt.Fprint(w, page("standard", "Norwegian engineer", `<img src=x onerror="alert(1)">Clara Vogt is an engineer <b>of ports</b> & quays. She lives in Bergen.`))
		case "Ida_Holm":
			if n == 1 {
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			fmt.Fprint(w, page("standard", "Danish economist", "Ida Holm is a Danish economist who studies ports."))
		default:
			http.Error(w, "server error", http.StatusInternalServerError)
		}
	}))
	t.Cleanup(srv.Close)
	a.url = srv.URL + "/{lang}/api/rest_v1"
	return a
}

func writeTree(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBakeLookup: bake -lookup over a folder asks each name once across
// its pages (at most -lookup-jobs at once, no cookie sent back, the
// contact in the User-Agent), skips disambiguation pages, misfits,
// malformed answers and failures, writes the learned glossary with its
// attribution, bakes the definitions into the pages as text, and asks
// nothing again on the next run.
func TestBakeLookup(t *testing.T) {
	api := newBakeAPI(t)
	site := writeTree(t, bakeArchive)
	out := filepath.Join(t.TempDir(), "baked")
	args := []string{"bake", "-lookup", "wikipedia", "-lookup-contact", "desk@example.org", "-lookup-url", api.url, "-lookup-rate", "1000", "-lookup-jobs", "2", "-lang", "en", "-o", out, site}
	var stdout, stderr strings.Builder
	if code := run(args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s%s", code, stdout.String(), stderr.String())
	}

	api.mu.Lock()
	for _, title := range []string{"Paula_Weiss", "Clara_Vogt", "Martin_Lorenz", "Peter_Berg", "Henrik_Olsen", "Tom_Reed"} {
		if api.asked[title] != 1 {
			t.Errorf("%s asked %d times, want once across both pages (all: %v)", title, api.asked[title], api.asked)
		}
	}
	if api.asked["Ida_Holm"] != 2 {
		t.Errorf("Ida_Holm asked %d times, want twice (a 429, then the answer)", api.asked["Ida_Holm"])
	}
	if api.maxBusy > 2 || api.maxBusy < 1 {
		t.Errorf("%d requests at once with -lookup-jobs 2", api.maxBusy)
	}
	for i, c := range api.cookies {
		if c != "" || api.referers[i] != "" || !strings.Contains(api.agents[i], "desk@example.org") {
			t.Errorf("request %d: cookie %q, referrer %q, User-Agent %q", i, c, api.referers[i], api.agents[i])
		}
	}
	requests := len(api.cookies)
	api.mu.Unlock()

	// The learned glossary: a publisher glossary with the attribution.
	data, err := os.ReadFile(filepath.Join(out, lookupGlossaryName))
	if err != nil {
		t.Fatal(err)
	}
	s, err := siteglossary.ParseSite(data)
	if err != nil {
		t.Fatalf("the learned glossary does not parse: %v\n%s", err, data)
	}
	got := map[string]string{}
	for _, e := range s.Entries("en") {
		got[e.Term] = e.Definition
		if e.Attribution != "Wikipedia, CC BY-SA 4.0" || !strings.HasPrefix(e.Link, "https://en.wikipedia.org/wiki/") {
			t.Errorf("%s: attribution %q, link %q", e.Term, e.Attribution, e.Link)
		}
	}
	want := map[string]string{
		"Paula Weiss": "Paula Weiss (born 1961) is a German diplomat and negotiator.",
		"Clara Vogt":  `<img src=x onerror="alert(1)">Clara Vogt is an engineer <b>of ports</b> & quays.`,
		"Ida Holm":    "Ida Holm is a Danish economist who studies ports.",
	}
	if len(got) != len(want) {
		t.Errorf("learned %q, want %q", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}

	// The baked pages carry the definitions, with the attribution, and
	// the hostile extract as text only.
	page, err := os.ReadFile(filepath.Join(out, "2026", "harbour.html"))
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	for _, w := range []string{"German diplomat and negotiator.", "Wikipedia, CC BY-SA 4.0", "&lt;img src=x onerror=", "&lt;b&gt;of ports&lt;/b&gt; &amp; quays."} {
		if !strings.Contains(html, w) {
			t.Errorf("baked harbour.html lacks %q", w)
		}
	}
	if strings.Contains(html, "<img") || strings.Contains(html, "<b>") {
		t.Error("the extract's markup went into the baked page as HTML")
	}
	if _, err := os.Stat(filepath.Join(out, "style.css")); err != nil {
		t.Errorf("other files are still copied: %v", err)
	}

	// A second run asks only what failed (Tom Reed's 500 is not kept): the
	// other answers, summaries or none, are in the lookup cache.
	stdout.Reset()
	stderr.Reset()
	if code := run(args, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("second run: exit %d: %s", code, stderr.String())
	}
	api.mu.Lock()
	if len(api.cookies) != requests+1 || api.asked["Tom_Reed"] != 2 {
		t.Errorf("the second run asked %d, want Tom_Reed alone again: %v", len(api.cookies)-requests, api.asked)
	}
	api.mu.Unlock()
	if !strings.Contains(stdout.String(), "up to date") {
		t.Errorf("second run's summary: %s", stdout.String())
	}
}

// TestBakeLookupOnePage: one page to standard output, with the learned
// glossary written where -lookup-glossary says; a page whose names the
// -glossary file defines asks nothing for them.
func TestBakeLookupOnePage(t *testing.T) {
	api := newBakeAPI(t)
	dir := writeTree(t, map[string]string{
		"p.html":    bakeArchive["2026/harbour.html"],
		"site.json": `{"version": 1, "entries": [{"id": "paula", "term": "Paula Weiss", "definition": "Head of the harbour board."}]}`,
	})
	learned := filepath.Join(dir, "out", "learned.json")
	var stdout, stderr strings.Builder
	code := run([]string{"bake", "-lookup", "wikipedia", "-lookup-contact", "https://example.org/contact", "-lookup-url", api.url,
		"-lookup-glossary", learned, "-glossary", filepath.Join(dir, "site.json"), filepath.Join(dir, "p.html")}, nil, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if api.asked["Paula_Weiss"] != 0 || api.asked["Clara_Vogt"] != 1 {
		t.Errorf("asked %v: want Clara Vogt once, Paula Weiss (in -glossary) never", api.asked)
	}
	if !strings.Contains(stdout.String(), "Head of the harbour board.") || !strings.Contains(stdout.String(), "Clara Vogt is an engineer") {
		t.Errorf("the baked page lacks a definition:\n%s", stdout.String())
	}
	data, err := os.ReadFile(learned)
	if err != nil {
		t.Fatal(err)
	}
	if i, j := strings.Index(string(data), `"paula"`), strings.Index(string(data), `"clara-vogt"`); i < 0 || j < i {
		t.Errorf("the learned glossary keeps -glossary's entries first:\n%s", data)
	}
}

func TestBakeLookupUsage(t *testing.T) {
	for _, args := range [][]string{
		{"bake", "-lookup", "wikipedia", "x.html"},
		{"bake", "-lookup", "google", "-lookup-contact", "a@b", "x.html"},
		{"bake", "-lookup-contact", "a@b", "x.html"},
		{"bake", "-lookup", "wikipedia", "-lookup-contact", "a@b", "-lookup-jobs", "0", "x.html"},
		{"bake", "-lookup", "wikipedia", "-lookup-contact", "a@b", "-lookup-rate", "0", "x.html"},
		{"bake", "-lookup", "wikipedia", "-lookup-contact", "a@b", "-lookup-url", "file:///etc", "x.html"},
		{"bake", "-lookup", "wikipedia", "-lookup-contact", "a@b", "-n", "-w", "."},
	} {
		var out, errs strings.Builder
		if code := run(args, nil, &out, &errs); code != 2 || !strings.Contains(errs.String(), "glossline bake: ") {
			t.Errorf("%q: exit %d, %q", args, code, errs.String())
		}
	}
}
