package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strconv"

	"github.com/glossline/glossline"
)

// runBake writes HTML pages with glossline's annotation already in them:
// what the loader does in the browser, done natively on the parsed page
// (glossline.Bake), so that the page reads annotated with no script. One
// page goes to standard output; with -o or -w, folders of pages are baked
// in parallel (bakeDirs).
//
// The options are the ones the browser would use: the data-* attributes of
// the page's own glossline.js script (data-target, data-lang, data-ref,
// data-mark, data-timeline, an inline data-glossary), which the flags
// -lang, -ref, -mark and -glossary override.
func runBake(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("bake", "[-lang auto|de|en] [-ref YYYY-MM-DD] [-glossary FILE] [-mark first-per-paragraph|all] [-css URL|none] [-lookup wikipedia -lookup-contact ADDRESS [-lookup-glossary FILE] [-lookup-cache FILE]] [FILE|- > OUT.html | -o OUTDIR DIR… | -w [-n] DIR…]",
		`Write the page with glossline's annotation in its HTML — date marks, terms
that link to their notes, the panel with the timeline and the notes — as
the browser widget would make it, so that it reads annotated with no
script (for readers without JavaScript, prerenderers, link previews and
headless screenshots, which see no annotation from the widget).

The options come from the page's own glossline.js script tag (data-target,
data-lang, data-ref, data-mark, data-timeline, an inline data-glossary);
-lang, -ref, -mark and -glossary override them. The baked page links
glossline's stylesheet: -css URL, by default glossline.css beside the
page's glossline.js (a built dist/ has it under that stable name); a page
that links one already keeps its own. A page with no article, a listing
page, an article in another language and a page that carries glossline's
markup already are written unchanged, with a note.

Folders: with -o OUTDIR, every .html and .htm file under each DIR is baked
into OUTDIR (one DIR: OUTDIR is its copy; several: OUTDIR/NAME for each),
on all cores (-j), and every other file is copied byte for byte; with -w
the pages are baked in place (-n: only say what would change). Pages
left as they were are counted by reason. A cache file (OUTDIR/`+bakeCacheName+`, or
in the first DIR with -w) keeps what each page was and gave, keyed by its
content, glossline's build, the flags and the glossary file: a second run
bakes only the pages that changed. Progress goes to standard error (a bar
on a terminal), the summary — pages baked, up to date, left as they were
by reason, failed with the first error of each — to standard output. Exit
status: 0 when every page was baked or left as it was for a reason, 1 when
some failed, 2 on a usage error.

Lookups: with -lookup wikipedia -lookup-contact ADDRESS, the names of the
pages that nothing defines (the "names" of annotate without an entry)
are looked up first, each distinct name once across all pages, in
Wikipedia's REST API (page/summary, in the article's language), as
glossline learn does: a User-Agent with your contact, at most -lookup-jobs
requests at once and -lookup-rate a second, a 429's Retry-After waited
out, no cookies. Every summary of type "standard" that fits the name's
kind becomes an entry of the glossary the pages are baked with — its
first sentence as text, its link, the year and the attribution
"Wikipedia, CC BY-SA 4.0", which the baked pop-ups show — after the
entries of -glossary (a page's inline data-glossary is not read then:
give it with -glossary). That glossary is written to -lookup-glossary
FILE for editors to review and for the widget (data-glossary); the
answers are kept in -lookup-cache FILE, so that the next run asks only
for new names. Disambiguation pages, 404s, malformed answers and
failures give no entry.`,
		`glossline bake index.html > baked.html
glossline bake -css /glossline/glossline.css -ref 2023-09-13 article.html > baked.html
glossline bake -css none article.html > baked.html   # no stylesheet link
glossline bake -css /glossline/glossline.css -o public-baked public   # a site
glossline bake -n -w public                          # what -w would change
glossline bake -lookup wikipedia -lookup-contact desk@example.org -o public-baked public`, stdout, stderr)
	fs := c.fs
	lang := fs.String("lang", "", "article language: auto, de or en (default: data-lang, else the page's lang attribute, else detected)")
	ref := fs.String("ref", "", "reference (publication) date, YYYY-MM-DD (default: data-ref, else the page's metadata, else inferred)")
	glossFile := fs.String("glossary", "", "publisher glossary JSON file (default: the inline glossary data-glossary names)")
	mark := fs.String("mark", "", "which mentions of a term to mark: first-per-paragraph (default) or all")
	css := fs.String("css", "", "address of glossline's stylesheet to link, or none (default: glossline.css beside the page's glossline.js)")
	var d dirOptions
	fs.StringVar(&d.out, "o", "", "bake the pages of DIR… into the folder `OUTDIR`, copying every other file")
	fs.BoolVar(&d.inPlace, "w", false, "bake the pages of DIR… in place")
	fs.BoolVar(&d.dryRun, "n", false, "with -w or -o: write nothing, list the pages that would be baked")
	fs.IntVar(&d.jobs, "j", runtime.NumCPU(), "with -o or -w: pages baked at once")
	fs.BoolVar(&d.verbose, "v", false, "with -o or -w: one line per page on standard output (baked, or why it was left)")
	var lf lookupFlags
	lf.register(fs)
	if code, ok := c.parse(args); !ok {
		return code
	}
	if msg := lf.check(fs); msg != "" {
		return c.usage(msg)
	}
	if msg := c.choiceError(*lang, *mark); msg != "" {
		return c.usage(msg)
	}
	if msg := refError(*ref); msg != "" {
		return c.usage(msg)
	}
	folders := d.out != "" || d.inPlace
	switch {
	case d.out != "" && d.inPlace:
		return c.usage("-o and -w exclude each other: bake into OUTDIR, or in place")
	case folders && fs.NArg() == 0:
		return c.usage("no folder given: glossline bake " + map[bool]string{true: "-w", false: "-o OUTDIR"}[d.inPlace] + " DIR…")
	case folders && d.jobs < 1:
		return c.usage("-j must be 1 or more, got " + strconv.Itoa(d.jobs))
	case !folders && (d.dryRun || d.verbose):
		return c.usage("-n and -v go with -o OUTDIR or -w")
	case !folders && fs.NArg() > 1:
		return c.usage("at most one input file, got " + quoteArgs(fs.Args()) + "; for several, -o OUTDIR or -w")
	}
	site, err := readSite(*glossFile)
	if err != nil {
		return c.fail(err)
	}
	opts := &glossline.BakeOptions{Lang: *lang, Ref: *ref, Mark: *mark, Glossary: site, Stylesheet: *css}
	if folders {
		d.glossFile, d.args = *glossFile, fs.Args()
		if lf.lookup != "" {
			if d.dryRun {
				return c.usage("-n and -lookup exclude each other: -n writes nothing and asks nothing")
			}
			jobs, cachePath, code := d.walk(c)
			if code != 0 {
				return code
			}
			var files []string
			for _, j := range jobs {
				if j.page && !j.link {
					files = append(files, j.src)
				}
			}
			if lf.glossaryOut == "" {
				lf.glossaryOut = filepath.Join(filepath.Dir(cachePath), lookupGlossaryName)
			}
			if lf.cache == "" {
				lf.cache = filepath.Join(filepath.Dir(cachePath), lookupCacheName)
			}
			if opts.Glossary, d.glossFile, err = bakeLookup(c, &lf, *glossFile, *lang, files, nil); err != nil {
				return c.fail(err)
			}
		}
		return bakeDirs(c, opts, &d)
	}

	name := c.input()
	if isDir(name) {
		return c.usage(name + " is a folder: bake it with -o OUTDIR (into another folder) or -w (in place)")
	}
	data, err := readInput(name, stdin)
	if err != nil {
		return c.fail(err)
	}
	if lf.lookup != "" {
		if opts.Glossary, _, err = bakeLookup(c, &lf, *glossFile, *lang, nil, data); err != nil {
			return c.fail(err)
		}
	}
	res, err := glossline.Bake(data, opts)
	if err != nil {
		var ie *glossline.InputError
		if errors.As(err, &ie) && ie.Msg == "not an HTML page" {
			err = fmt.Errorf("%w (for plain text: glossline annotate -format html)", err)
		}
		return c.fail(fmt.Errorf("%s: %w", inputName(name), err))
	}
	for _, w := range res.Warnings {
		c.warn(inputName(name) + ": " + w)
	}
	if _, err := stdout.Write(res.HTML); err != nil {
		return c.fail(err)
	}
	return 0
}
