package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/glossline/glossline/internal/siteglossary"
)

// learned is a publisher glossary being extended with looked-up answers,
// as `glossline learn` prints it and `bake -lookup` bakes with it: the
// given glossary's entries first, unchanged, then one entry a name.
type learned struct {
	gloss struct {
		Version int               `json:"version"`
		Entries []json.RawMessage `json:"entries"`
	}
	ids  map[string]bool
	year string
	n    int // entries added
}

// newLearned starts from the publisher glossary base (nil: none), whose
// entries site holds.
func newLearned(base []byte, site *siteglossary.Site) (*learned, error) {
	g := &learned{ids: map[string]bool{}, year: strconv.Itoa(time.Now().Year())}
	if base != nil {
		if err := json.Unmarshal(base, &g.gloss); err != nil {
			return nil, err
		}
		for _, l := range []string{"de", "en"} {
			for _, e := range site.Entries(l) {
				g.ids[e.ID] = true
			}
		}
	}
	g.gloss.Version = 1
	return g, nil
}

// add makes the answer a's sentence the definition of the name text, of
// kind kind, in language lang, when it fits the name's kind.
func (g *learned) add(lang, text, kind string, a *answer) {
	if a == nil || !a.fits(kind) {
		return
	}
	id := slug(text)
	for i := 2; g.ids[id]; i++ {
		id = slug(text) + "-" + strconv.Itoa(i)
	}
	g.ids[id] = true
	if kind != "person" && kind != "organization" && kind != "place" {
		kind = "other"
	}
	// Marshalled as JSON: the extract stays text (the widget and bake show
	// a definition as text only).
	e, _ := json.Marshal(map[string]any{"id": id, "term": text, "kind": kind, "definition": map[string]string{lang: a.Sentence},
		"link": a.Link, "as_of": g.year, "attribution": "Wikipedia, CC BY-SA 4.0"})
	g.gloss.Entries = append(g.gloss.Entries, e)
	g.n++
}

// bytes is the glossary file.
func (g *learned) bytes() ([]byte, error) {
	if g.gloss.Entries == nil {
		g.gloss.Entries = []json.RawMessage{}
	}
	data, err := json.MarshalIndent(g.gloss, "", "  ")
	return append(data, '\n'), err
}

// newLooker asks the REST API at base (with {lang}) as agent, rate
// requests a second at most, warning through warn.
func newLooker(base, agent string, rate float64, warn func(string)) *looker {
	return &looker{base: base, agent: agent, gap: time.Duration(float64(time.Second) / rate),
		client: &http.Client{Timeout: 10 * time.Second}, cache: map[string]*answer{}, warn: warn}
}

// loadCache reads the answers of earlier runs from file; a missing file is
// an empty cache.
func (lk *looker) loadCache(file string) error {
	data, err := os.ReadFile(file)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	} else if err != nil {
		return errors.New(describe(err))
	}
	if err := json.Unmarshal(data, &lk.cache); err != nil {
		return errors.New(file + ": " + err.Error())
	}
	return nil
}

// saveCache writes the answers to file, making its folder.
func (lk *looker) saveCache(file string) error {
	data, _ := json.MarshalIndent(lk.cache, "", " ")
	os.MkdirAll(filepath.Dir(file), 0o755) // a bake's OUTDIR, before the bake makes it
	if err := os.WriteFile(file, append(data, '\n'), 0o644); err != nil {
		return errors.New(describe(err))
	}
	return nil
}
