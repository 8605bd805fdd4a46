package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

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
// override.
func runBake(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("bake", "[-lang auto|de|en] [-ref YYYY-MM-DD] [-glossary FILE] [-mark first-per-paragraph|all] [FILE|-] > OUT.html", stderr)
	fs := c.fs
	lang := fs.String("lang", "", "article language: auto, de or en (default: data-lang, else the page's lang attribute, else detected)")
	ref := fs.String("ref", "", "reference (publication) date, YYYY-MM-DD (default: data-ref, else the page's metadata, else inferred)")
	glossFile := fs.String("glossary", "", "publisher glossary JSON file (default: the inline glossary data-glossary names)")
	mark := fs.String("mark", "", "which mentions of a term to mark: first-per-paragraph (default) or all")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch msg := c.choiceError(*lang, *mark); {
	case msg != "":
		return c.usage(msg)
	case fs.NArg() > 1:
		return c.usage("at most one input file")
	case badRef(*ref):
		return c.usage("-ref must be a date YYYY-MM-DD, got " + strconv.Quote(*ref))
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
		return c.fail(err)
	}
	// The loader's options: its data-* attributes, then the flags.
	o := page.LoaderData(p.Doc)
	if o == nil {
		o = map[string]string{}
	}
	if o["target"] != "" {
		if p, err = page.Parse(bytes.NewReader(data), o["target"]); err != nil {
			return c.fail(err)
		}
	}
	if p.Annotated() {
		fmt.Fprintf(stderr, "glossline bake: %s already carries glossline's markup; written unchanged\n", name)
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
			fmt.Fprintf(stderr, "glossline bake: publisher glossary %s ignored: not an inline <script type=\"application/json\">; use -glossary FILE\n", o["glossary"])
		} else {
			in.Site, in.SiteErr = glossary.ParseSite([]byte(g))
		}
	}
	run := pipeline.Run(in)
	for _, w := range run.Warnings {
		fmt.Fprintln(stderr, "glossline bake:", w)
	}
	plan := run.Plan
	if err := p.Apply(plan, o["timeline"]); err != nil {
		return c.fail(err)
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
