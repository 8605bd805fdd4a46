package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/glossline/glossline/internal/page"
	"github.com/glossline/glossline/internal/pipeline"
	"github.com/glossline/glossline/internal/siteglossary"
)

// runLearn implements `glossline learn` (issue 21): a publisher keeps what
// it learned. It finds the names of its articles that nothing defines
// (the `names` of `annotate`, without an entry), asks Wikipedia's REST API
// for each once, and writes a publisher glossary (SCHEMA.md) with the
// answers — with their attribution, link and year — for editors to review
// and the widget to load. It never runs as part of annotate or bake.
func runLearn(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("learn", "-lookup wikipedia -lookup-contact ADDRESS [-glossary FILE] [-cache FILE] [-lookup-url URL] [-rate N] [-lang auto|de|en] FILE…",
		`Find the names of the articles in FILE… (text or HTML pages) that neither
the publisher's glossary (-glossary) nor glossline itself defines, look
each one up once in Wikipedia (the REST API's page/summary, in the
article's language), and print a publisher glossary: the entries of
-glossary as they were, then an entry for every name Wikipedia answered
with a summary of type "standard" that fits the name's kind — its first
sentence, the page's link, the year of the lookup as "as_of" and the
attribution "Wikipedia, CC BY-SA 4.0". Review it, then give it to the
widget (data-glossary) or to annotate and bake (-glossary).

Wikimedia's API rules ask for a User-Agent that names a contact: give one
with -lookup-contact (an e-mail address or a URL). Answers are kept in the
-cache file (JSON), so that a second run over an archive asks nothing it
asked before; requests are spaced by -rate per second, and a 429 answer's
Retry-After is honoured. The reader's side never calls this: it asks the
API itself only when a page enables data-lookup.`,
		`glossline learn -lookup wikipedia -lookup-contact desk@example.org -cache names.cache.json articles/*.html > learned.json
glossline learn -lookup wikipedia -lookup-contact desk@example.org -glossary site.json -cache names.cache.json new.html > site.next.json`, stdout, stderr)
	fs := c.fs
	lookup := fs.String("lookup", "", "where to look names up: wikipedia (required)")
	contact := fs.String("lookup-contact", "", "your contact for the User-Agent (required with -lookup)")
	apiURL := fs.String("lookup-url", "https://{lang}.wikipedia.org/api/rest_v1", "the REST API's base address; {lang} is the article's language")
	glossFile := fs.String("glossary", "", "the publisher glossary to extend (its entries come first, unchanged)")
	cacheFile := fs.String("cache", "", "JSON file of earlier answers, read and updated")
	rate := fs.Float64("rate", 5, "requests per second at most")
	lang := fs.String("lang", "auto", "article language: auto, de or en")
	if code, ok := c.parse(args); !ok {
		return code
	}
	if msg := badChoice("lookup", *lookup, "wikipedia"); msg != "" {
		return c.usage(msg)
	}
	if strings.TrimSpace(*contact) == "" {
		return c.usage("-lookup-contact is required: Wikimedia asks for a contact in the User-Agent")
	}
	if msg := c.choiceError(*lang, "all"); msg != "" {
		return c.usage(msg)
	}
	if *rate <= 0 {
		return c.usage("-rate must be above 0, got " + strconv.FormatFloat(*rate, 'g', -1, 64))
	}
	if fs.NArg() == 0 {
		return c.usage("no input file")
	}
	// The engine reads the publisher glossary as pipeline.Input.Site; its
	// entries come first in what is printed.
	var site *siteglossary.Site
	var base []byte
	if *glossFile != "" {
		var err error
		if base, err = os.ReadFile(*glossFile); err != nil {
			return c.fail(errors.New("-glossary " + describe(err)))
		}
		if site, err = siteglossary.ParseSite(base); err != nil {
			return c.fail(fmt.Errorf("-glossary %s: %w", *glossFile, err))
		}
	}
	gloss, err := newLearned(base, site)
	if err != nil {
		return c.fail(err)
	}
	lk := newLooker(*apiURL, "glossline-learn/1 ("+strings.TrimSpace(*contact)+")", *rate, c.warn)
	if *cacheFile != "" {
		if err := lk.loadCache(*cacheFile); err != nil {
			return c.fail(errors.New("-cache " + err.Error()))
		}
	}
	seen := map[string]bool{}
	for _, name := range fs.Args() {
		data, err := readInput(name, stdin)
		if err != nil {
			return c.fail(err)
		}
		in := pipeline.Input{Plain: string(data)}
		if page.IsHTML(data) {
			p, err := page.Parse(bytes.NewReader(data), "")
			if err != nil {
				return c.fail(err)
			}
			in = p.Input()
		}
		in.Lang, in.Site = *lang, site
		out := pipeline.Run(in)
		if out.Result == nil {
			continue
		}
		l := out.Result.Lang
		for _, n := range out.Result.Names {
			k := l + "\x00" + n.Text
			if n.Entry != "" || seen[k] {
				continue
			}
			seen[k] = true
			gloss.add(l, n.Text, n.Kind, lk.ask(l, n.Text))
		}
	}
	if *cacheFile != "" {
		if err := lk.saveCache(*cacheFile); err != nil {
			return c.fail(errors.New("-cache " + err.Error()))
		}
	}
	data, err := gloss.bytes()
	if err != nil {
		return c.fail(err)
	}
	stdout.Write(data)
	c.warn(strconv.Itoa(lk.asked) + " lookups, " + strconv.Itoa(len(gloss.gloss.Entries)) + " entries")
	return 0
}

// answer is what the API said of one title: a summary that counts, or
// none (Sentence "") — both kept in the cache.
type answer struct {
	Sentence    string `json:"sentence,omitempty"`
	Description string `json:"description,omitempty"`
	Link        string `json:"link,omitempty"`
}

// misfit are descriptions that plainly belong to another kind of thing,
// as the reader's side checks them (web/glossline-ui.js).
var misfit = map[string]*regexp.Regexp{
	"person": regexp.MustCompile(`(?i)\b(film|album|song|band|city|town|village|river|company|Stadt|Gemeinde|Dorf|Fluss|Film|Album|Lied|Unternehmen)\b`),
	"place":  regexp.MustCompile(`(?i)\b(singer|actor|actress|politician|player|Sänger|Schauspieler|Politiker|Spieler)`),
}

// fits reports whether the answer is a summary whose description fits kind.
func (a *answer) fits(kind string) bool {
	return a.Sentence != "" && (misfit[kind] == nil || !misfit[kind].MatchString(a.Description))
}

// firstSentence is the extract's first sentence of at least 20 characters.
var firstSentence = regexp.MustCompile(`^(?s:.{20,}?[.!?])(\s|$)`)

// looker asks the summary endpoint, once per title and language, spaced
// by gap, honouring 429's Retry-After. It is safe for concurrent use (bake
// -lookup asks from several goroutines): mu guards cache, last and asked,
// never a request.
type looker struct {
	base, agent string
	gap         time.Duration
	client      *http.Client
	mu          sync.Mutex
	cache       map[string]*answer // "lang:Title" -> answer
	last        time.Time
	asked       int
	warn        func(string)
}

// slot waits for the next request's turn (gap after the one before).
func (lk *looker) slot() {
	lk.mu.Lock()
	at := lk.last.Add(lk.gap)
	if now := time.Now(); at.Before(now) {
		at = now
	}
	lk.last = at
	lk.asked++
	lk.mu.Unlock()
	time.Sleep(time.Until(at))
}

func (lk *looker) ask(lang, name string) *answer {
	a, ok := lk.askOnce(lang, name)
	if ok {
		lk.mu.Lock()
		lk.cache[lang+":"+strings.ReplaceAll(name, " ", "_")] = a
		lk.mu.Unlock()
	}
	return a
}

// askOnce asks for one title: ok says whether the answer (a summary, or
// none) goes into the cache; failures that may pass are not kept.
func (lk *looker) askOnce(lang, name string) (_ *answer, ok bool) {
	title := strings.ReplaceAll(name, " ", "_")
	key := lang + ":" + title
	lk.mu.Lock()
	a, ok := lk.cache[key]
	lk.mu.Unlock()
	if ok {
		return a, false
	}
	u := strings.ReplaceAll(lk.base, "{lang}", lang) + "/page/summary/" + url.PathEscape(title)
	for try := 0; try < 3; try++ {
		lk.slot()
		req, err := http.NewRequest("GET", u, nil)
		if err != nil {
			lk.warn(name + ": " + err.Error())
			return nil, false
		}
		req.Header.Set("User-Agent", lk.agent)
		req.Header.Set("Api-User-Agent", lk.agent)
		resp, err := lk.client.Do(req)
		if err != nil {
			lk.warn(name + ": " + err.Error()) // not cached: asked again next time
			return nil, false
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusTooManyRequests:
			wait, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
			lk.warn(name + ": 429, waiting " + strconv.Itoa(max(wait, 1)) + " s")
			time.Sleep(time.Duration(min(max(wait, 1), 120)) * time.Second)
			continue
		case resp.StatusCode == http.StatusNotFound:
			return &answer{}, true
		case resp.StatusCode != http.StatusOK || err != nil:
			lk.warn(name + ": HTTP " + strconv.Itoa(resp.StatusCode))
			return nil, false
		}
		var s struct {
			Type, Description, Extract string
			ContentURLs                struct {
				Desktop struct{ Page string } `json:"desktop"`
			} `json:"content_urls"`
		}
		a := &answer{}
		if json.Unmarshal(body, &s) == nil && s.Type == "standard" && strings.HasPrefix(s.ContentURLs.Desktop.Page, "https://") {
			x := strings.Join(strings.Fields(s.Extract), " ")
			if m := firstSentence.FindStringSubmatch(x); m != nil {
				x = m[0]
			}
			if r := []rune(strings.TrimSpace(x)); len(r) > 0 && len(r) <= 600 {
				a = &answer{Sentence: string(r), Description: s.Description, Link: s.ContentURLs.Desktop.Page}
			}
		}
		return a, true
	}
	return nil, false
}

// slug makes a glossary id from a name: lower-case ASCII letters, digits
// and '-'.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case strings.ContainsRune("äöüß", r):
			b.WriteString(map[rune]string{'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss"}[r])
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	id := strings.Trim(b.String(), "-")
	if len(id) > 56 {
		id = strings.Trim(id[:56], "-")
	}
	if id == "" {
		id = "name"
	}
	return id
}
