package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/page"
	"github.com/glossline/glossline/internal/pipeline"
)

// runBake writes an HTML page with glossline's annotation already in it:
// what the loader does in the browser, done natively on the parsed page, so
// that the page reads annotated with no script at all.
//
// The options are the ones the browser would use: the data-* attributes of
// the page's own glossline.js script (data-target, data-lang, data-ref,
// data-mark, data-timeline, an inline data-glossary), which the flags
// -lang, -ref, -mark and -glossary override.
func runBake(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("bake", "[-lang auto|de|en] [-ref YYYY-MM-DD] [-glossary FILE] [-mark first-per-paragraph|all] [-css URL|none] [FILE|-] > OUT.html",
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
that links one already keeps its own. A page that carries glossline's
markup already is written unchanged.`,
		`glossline bake index.html > baked.html
glossline bake -css /glossline/glossline.css -ref 2023-09-13 article.html > baked.html
glossline bake -css none article.html > baked.html   # no stylesheet link`, stdout, stderr)
	fs := c.fs
	lang := fs.String("lang", "", "article language: auto, de or en (default: data-lang, else the page's lang attribute, else detected)")
	ref := fs.String("ref", "", "reference (publication) date, YYYY-MM-DD (default: data-ref, else the page's metadata, else inferred)")
	glossFile := fs.String("glossary", "", "publisher glossary JSON file (default: the inline glossary data-glossary names)")
	mark := fs.String("mark", "", "which mentions of a term to mark: first-per-paragraph (default) or all")
	css := fs.String("css", "", "address of glossline's stylesheet to link, or none (default: glossline.css beside the page's glossline.js)")
	if code, ok := c.parse(args); !ok {
		return code
	}
	if msg := c.choiceError(*lang, *mark); msg != "" {
		return c.usage(msg)
	}
	if msg := refError(*ref); msg != "" {
		return c.usage(msg)
	}
	if fs.NArg() > 1 {
		return c.usage("at most one input file, got " + quoteArgs(fs.Args()))
	}
	site, err := readSite(*glossFile)
	if err != nil {
		return c.fail(err)
	}

	name := c.input()
	data, err := readPage(name, stdin, " (for plain text: glossline annotate -format html)")
	if err != nil {
		return c.fail(err)
	}
	p, err := page.Parse(bytes.NewReader(data), "")
	if err != nil {
		return c.fail(fmt.Errorf("%s: %w", inputName(name), err))
	}
	// The loader's options: its data-* attributes, then the flags.
	o := page.LoaderData(p.Doc)
	if o == nil {
		o = map[string]string{}
	}
	if o["target"] != "" {
		if p, err = page.Parse(bytes.NewReader(data), o["target"]); err != nil {
			return c.fail(fmt.Errorf("%s: data-target: %w", inputName(name), err))
		}
	}
	if p.Annotated() {
		c.warn(inputName(name) + " already carries glossline's markup; written unchanged")
		_, err := stdout.Write(data)
		if err != nil {
			return c.fail(err)
		}
		return 0
	}
	for k, v := range map[string]string{"lang": *lang, "ref": *ref, "mark": *mark} {
		if v != "" {
			o[k] = v
		}
	}

	in := p.Input()
	in.Lang, in.Ref, in.Mark, in.Site = o["lang"], o["ref"], o["mark"], site
	if site == nil && o["glossary"] != "" {
		if g, ok := p.JSONScript(o["glossary"]); !ok {
			c.warn("publisher glossary " + o["glossary"] + " ignored: not an inline <script type=\"application/json\">; use -glossary FILE")
		} else {
			in.Site, in.SiteErr = glossary.ParseSite([]byte(g))
		}
	}
	run := pipeline.Run(in)
	for _, w := range run.Warnings {
		c.warn(w)
	}
	plan := run.Plan
	if err := p.Apply(plan, o["timeline"]); err != nil {
		return c.fail(fmt.Errorf("%s: %w", inputName(name), err))
	}
	href := *css
	if href == "" {
		href = page.LoaderCSS(p.Doc)
	}
	switch {
	case href == "none":
	case href != "":
		p.LinkCSS(href)
	case !p.LinksCSS():
		c.warn("the baked page links no stylesheet for glossline's markup: give -css URL (dist/glossline.css served at URL), or -css none")
	}
	var out bytes.Buffer
	if err := p.Render(&out); err != nil {
		return c.fail(err)
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return c.fail(err)
	}
	return 0
}
