package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/glossline/glossline"
	"github.com/glossline/glossline/internal/page"
	"github.com/glossline/glossline/internal/pipeline"
	"github.com/glossline/glossline/internal/siteglossary"
)

// bake -lookup (issue 21): before baking, the names of the pages that
// nothing defines are looked up — each distinct name once, across every
// page — in Wikipedia's REST API (learn's looker: a User-Agent with the
// publisher's contact, a rate, Retry-After on 429, a timeout, no cookie
// jar), and the answers join the publisher glossary the pages are baked
// with, each with its attribution and link. That glossary is written as
// a file for editors to review and for the widget to load
// (data-glossary). The network is used here, in the command, never in
// internal/.

// Default file names of a folder bake with -lookup, beside the bake's
// cache (OUTDIR, or the first DIR with -w).
const (
	lookupCacheName    = ".glossline-lookup.json"
	lookupGlossaryName = "glossline-learned.json"
)

// lookupFlags are bake's -lookup flags.
type lookupFlags struct {
	lookup, contact, base string
	glossaryOut, cache    string
	jobs                  int
	rate                  float64
}

func (lf *lookupFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&lf.lookup, "lookup", "", "look up the names nothing defines before baking: wikipedia (default: no lookups)")
	fs.StringVar(&lf.contact, "lookup-contact", "", "your contact for the User-Agent (required with -lookup)")
	fs.StringVar(&lf.base, "lookup-url", "https://{lang}.wikipedia.org/api/rest_v1", "with -lookup: the REST API's base address; {lang} is the article's language")
	fs.StringVar(&lf.glossaryOut, "lookup-glossary", "", "with -lookup: write the glossary the pages were baked with (-glossary's entries, then the learned ones) to `FILE` (default with -o or -w: "+lookupGlossaryName+" beside the bake's cache)")
	fs.StringVar(&lf.cache, "lookup-cache", "", "with -lookup: JSON `FILE` of earlier answers, read and updated (default with -o or -w: "+lookupCacheName+" beside the bake's cache)")
	fs.IntVar(&lf.jobs, "lookup-jobs", 4, "with -lookup: requests at once at most")
	fs.Float64Var(&lf.rate, "lookup-rate", 5, "with -lookup: requests per second at most")
}

// check returns a usage error, or "".
func (lf *lookupFlags) check(fs *flag.FlagSet) string {
	if lf.lookup == "" {
		for _, f := range []string{"lookup-contact", "lookup-url", "lookup-glossary", "lookup-cache", "lookup-jobs", "lookup-rate"} {
			if flagSet(fs, f) {
				return "-" + f + " goes with -lookup wikipedia"
			}
		}
		return ""
	}
	if msg := badChoice("lookup", lf.lookup, "wikipedia"); msg != "" {
		return msg
	}
	switch {
	case strings.TrimSpace(lf.contact) == "":
		return "-lookup-contact is required with -lookup: Wikimedia asks for a contact in the User-Agent"
	case lf.jobs < 1:
		return "-lookup-jobs must be 1 or more, got " + strconv.Itoa(lf.jobs)
	case !(lf.rate > 0):
		return "-lookup-rate must be above 0, got " + strconv.FormatFloat(lf.rate, 'g', -1, 64)
	case !strings.HasPrefix(lf.base, "https://") && !strings.HasPrefix(lf.base, "http://"):
		return "-lookup-url must be an http(s) address, got " + strconv.Quote(lf.base)
	}
	return ""
}

func flagSet(fs *flag.FlagSet, name string) (set bool) {
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// found is one name to look up: its language and text, and its kind.
type found struct{ lang, text, kind string }

// undefinedNames lists, in order of first mention across pages, the
// distinct names of the pages that neither site nor glossline defines, as
// Bake would read each page (its loader's data-target and data-lang,
// overridden by lang). Pages Bake would leave as they are give none.
func undefinedNames(pages [][]byte, lang string, site *siteglossary.Site) []found {
	var out []found
	seen := map[string]bool{}
	for _, data := range pages {
		if !page.IsHTML(data) {
			continue
		}
		p, err := page.Parse(bytes.NewReader(data), "")
		if err != nil {
			continue
		}
		ld := page.LoaderData(p.Doc)
		if ld["target"] != "" {
			if p, err = page.Parse(bytes.NewReader(data), ld["target"]); err != nil {
				continue
			}
		}
		if p.Annotated() {
			continue
		}
		in := p.Input()
		in.Lang, in.Ref, in.Site = ld["lang"], ld["ref"], site
		if lang != "" {
			in.Lang = lang
		}
		run := pipeline.Run(in)
		if run.Result == nil || run.Plan.Status == "error" || run.Plan.Status == "skipped" {
			continue
		}
		l := run.Result.Lang
		for _, n := range run.Result.Names {
			k := l + "\x00" + n.Text
			if n.Entry != "" || seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, found{l, n.Text, n.Kind})
		}
	}
	return out
}

// lookupGlossary looks up every name once, at most lf.jobs at a time, and
// returns the publisher glossary's JSON: base's entries as they were (raw,
// from the -glossary file), then one entry per name whose answer fits its
// kind, with link, the year as as_of and the attribution.
func lookupGlossary(c *command, lf *lookupFlags, base []byte, baseSite *siteglossary.Site, names []found) ([]byte, int, error) {
	gloss, err := newLearned(base, baseSite)
	if err != nil {
		return nil, 0, err
	}
	var wmu sync.Mutex // the lookups warn from several goroutines
	warn := func(s string) {
		wmu.Lock()
		defer wmu.Unlock()
		c.warn(s)
	}
	lk := newLooker(lf.base, "glossline-bake/1 ("+strings.TrimSpace(lf.contact)+")", lf.rate, warn)
	if lf.cache != "" {
		if err := lk.loadCache(lf.cache); err != nil {
			return nil, 0, errors.New("-lookup-cache " + err.Error())
		}
	}

	answers := make([]*answer, len(names))
	todo := make(chan int)
	var wg sync.WaitGroup
	for range min(lf.jobs, max(len(names), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range todo {
				answers[i] = lk.ask(names[i].lang, names[i].text)
			}
		}()
	}
	for i := range names {
		todo <- i
	}
	close(todo)
	wg.Wait()

	for i, n := range names {
		gloss.add(n.lang, n.text, n.kind, answers[i])
	}
	if lf.cache != "" {
		if err := lk.saveCache(lf.cache); err != nil {
			return nil, 0, errors.New("-lookup-cache " + err.Error())
		}
	}
	data, err := gloss.bytes()
	if err != nil {
		return nil, 0, err
	}
	c.warn(fmt.Sprintf("-lookup: %d names nothing defines, %d requests, %d learned", len(names), lk.asked, gloss.n))
	return data, gloss.n, nil
}

// bakeLookup runs the lookups of a bake: it reads the pages (files, or
// the one already read from standard input), writes the lookup cache and
// the learned glossary, and returns the glossary the pages are to be
// baked with and the file it is in ("" when none was written).
func bakeLookup(c *command, lf *lookupFlags, glossFile, lang string, files []string, stdinPage []byte) (*glossline.Glossary, string, error) {
	var base []byte
	var baseSite *siteglossary.Site
	if glossFile != "" {
		var err error
		if base, err = os.ReadFile(glossFile); err != nil {
			return nil, "", errors.New("-glossary " + describe(err))
		}
		if baseSite, err = siteglossary.ParseSite(base); err != nil {
			return nil, "", fmt.Errorf("-glossary %s: %w", glossFile, err)
		}
	}
	var pages [][]byte
	if stdinPage != nil {
		pages = append(pages, stdinPage)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, "", errors.New(describe(err))
		}
		if len(data) <= maxInput {
			pages = append(pages, data)
		}
	}
	data, _, err := lookupGlossary(c, lf, base, baseSite, undefinedNames(pages, lang, baseSite))
	if err != nil {
		return nil, "", err
	}
	g, err := glossline.ParseGlossary(data)
	if err != nil {
		return nil, "", fmt.Errorf("the learned glossary: %w", err)
	}
	if lf.glossaryOut != "" {
		os.MkdirAll(filepath.Dir(lf.glossaryOut), 0o755) // OUTDIR, before the bake makes it
		if err := os.WriteFile(lf.glossaryOut, data, 0o644); err != nil {
			return nil, "", errors.New("-lookup-glossary " + describe(err))
		}
	}
	return g, lf.glossaryOut, nil
}
