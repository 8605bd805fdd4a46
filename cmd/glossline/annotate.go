package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/glossline/glossline"
)

// maxInput bounds what annotate reads, so that a runaway pipe is an error,
// not an exhausted machine.
const maxInput = 64 << 20

func runAnnotate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("annotate", "[-lang auto|de|en] [-ref YYYY-MM-DD] [-glossary FILE] [-mark first-per-paragraph|all] [-with-text] [-format json|html] [FILE|-]",
		`Find the dates, names and acronyms of one article and build its timeline
and glossary, as the browser widget does. The input is plain text (blank
lines between paragraphs) or an HTML page, whose article glossline finds;
it is read from FILE, or from standard input when FILE is "-" or absent.
The output is JSON (offsets are UTF-8 byte offsets into the analysed text;
-with-text includes it) or, with -format html, the annotated article and
its panel as an HTML fragment.`,
		`glossline annotate index.html                  # the demo page: JSON
glossline annotate -with-text testdata/article.html   # JSON with the article's text
glossline annotate -format html -ref 2023-09-13 index.html > annotated.html
echo 'Am Mittwoch, dem 13. September 2023, traf Kim Putin.' | glossline annotate -lang de -`, stdout, stderr)
	fs := c.fs
	lang := fs.String("lang", "auto", "article language: auto, de or en")
	ref := fs.String("ref", "", "reference (publication) date, YYYY-MM-DD; default: page metadata, else inferred from the text")
	glossFile := fs.String("glossary", "", "publisher glossary JSON file (schema: internal/glossary/SCHEMA.md)")
	mark := fs.String("mark", "first-per-paragraph", "which mentions of a term to mark: first-per-paragraph or all")
	withText := fs.Bool("with-text", false, "include the analysed text (JSON \"text\"); offsets index into it")
	format := fs.String("format", "json", "output: json or html")
	if code, ok := c.parse(args); !ok {
		return code
	}
	if msg := c.choiceError(*lang, *mark); msg != "" {
		return c.usage(msg)
	}
	if msg := badChoice("format", *format, "json", "html"); msg != "" {
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
	data, err := readInput(c.input(), stdin)
	if err != nil {
		return c.fail(err)
	}

	doc, err := glossline.Annotate(data, &glossline.Options{Lang: *lang, Ref: *ref, Mark: *mark, Glossary: site, WithText: *withText})
	if err != nil {
		return c.fail(fmt.Errorf("%s: %w", inputName(c.input()), err))
	}
	for _, w := range doc.Warnings {
		c.warn(w)
	}
	if *format == "html" {
		_, err = io.WriteString(stdout, doc.HTML())
	} else {
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
		return nil, fmt.Errorf("%s: input larger than %d MB", inputName(name), maxInput>>20)
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
		return nil, fmt.Errorf("%s: not valid UTF-8 (first bad byte at offset %d)", inputName(name), n)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	// Whitespace alone is no article, as nothing is none.
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New(inputName(name) + ": empty input")
	}
	return data, nil
}
