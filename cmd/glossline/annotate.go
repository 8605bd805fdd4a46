package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/markup"
	"github.com/glossline/glossline/internal/page"
	"github.com/glossline/glossline/internal/pipeline"
)

// maxInput bounds what annotate reads, so that a runaway pipe is an error,
// not an exhausted machine.
const maxInput = 64 << 20

func runAnnotate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("annotate", "[-lang auto|de|en] [-ref YYYY-MM-DD] [-glossary FILE] [-mark first-per-paragraph|all] [-with-text] [-format json|html] [FILE|-]", stderr)
	fs := c.fs
	lang := fs.String("lang", "auto", "article language: auto, de or en")
	ref := fs.String("ref", "", "reference (publication) date, YYYY-MM-DD; default: page metadata, else inferred from the text")
	glossFile := fs.String("glossary", "", "publisher glossary JSON file (schema: internal/glossary/SCHEMA.md)")
	mark := fs.String("mark", "first-per-paragraph", "which mentions of a term to mark: first-per-paragraph or all")
	withText := fs.Bool("with-text", false, "include the analysed text (JSON \"text\"); offsets index into it")
	format := fs.String("format", "json", "output: json or html")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch msg := c.choiceError(*lang, *mark); {
	case msg != "":
		return c.usage(msg)
	case *format != "json" && *format != "html":
		return c.usage("-format must be json or html")
	case fs.NArg() > 1:
		return c.usage("at most one input file")
	case badRef(*ref):
		return c.usage("-ref must be a date YYYY-MM-DD, got " + strconv.Quote(*ref))
	}
	site, err := readSite(*glossFile)
	if err != nil {
		return c.fail(err)
	}
	data, err := readInput(c.input(), stdin)
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
	in.Lang, in.Ref, in.Mark, in.Site = *lang, *ref, *mark, site
	out := pipeline.Run(in)
	for _, w := range out.Warnings {
		fmt.Fprintln(stderr, "glossline annotate:", w)
	}
	text, res := out.Text.Text, out.Result

	if *format == "html" {
		_, err = io.WriteString(stdout, markup.RenderText(text, res))
	} else {
		doc := toJSON(text, res)
		if *withText {
			doc.Text = &text
		}
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		err = enc.Encode(doc)
	}
	if err != nil {
		return c.fail(err)
	}
	return 0
}

// readInput reads a file or standard input ("-"), refusing input that is
// too large or not UTF-8: offsets are promised on rune boundaries.
func readInput(name string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxInput {
		return nil, fmt.Errorf("%s: input larger than %d MB", name, maxInput>>20)
	}
	if !utf8.Valid(data) {
		n := 0
		for n < len(data) {
			r, size := utf8.DecodeRune(data[n:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			n += size
		}
		return nil, fmt.Errorf("%s: not valid UTF-8 (first bad byte at offset %d)", name, n)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(data) == 0 {
		return nil, errors.New(name + ": empty input")
	}
	return data, nil
}
