package glossline

import (
	"bytes"
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/page"
	"github.com/glossline/glossline/internal/pipeline"
	"github.com/glossline/glossline/internal/timex"
)

// Options are the options of Annotate. The zero value (or nil) detects the
// language, takes the reference date from the page's metadata or infers it
// from the text, and marks the first mention of a term per paragraph.
type Options struct {
	// Lang is the article's language: "" or "auto" to take the page's lang
	// attribute, checked against the text, else detect it; "de" or "en"
	// (a region is ignored: "de-AT" is German).
	Lang string
	// Ref is the reference (publication) date, YYYY-MM-DD; "" to take it
	// from the page's metadata, else infer it from the text.
	Ref string
	// Mark is which mentions of a term are marked: "" or
	// "first-per-paragraph", or "all".
	Mark string
	// Glossary is the publisher's glossary, or nil.
	Glossary *Glossary
	// WithText sets Document.Text to the analysed text, which the offsets
	// index.
	WithText bool
}

// Annotate analyses one article: plain text (paragraphs separated by
// blank lines) or an HTML page, whose article is found as the browser
// widget finds it. The input must be UTF-8 (a leading byte order mark is
// ignored) and not empty; a page without an article, or an article in a
// language glossline does not read, is no error: the Document is empty
// and its Warnings say why.
func Annotate(src []byte, opts *Options) (*Document, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if err := checkOptions("Options", o.Lang, o.Ref, o.Mark); err != nil {
		return nil, err
	}
	src, err := checkInput(src)
	if err != nil {
		return nil, err
	}
	in := pipeline.Input{Plain: string(src)}
	var p *page.Page
	if page.IsHTML(src) {
		if p, err = page.Parse(bytes.NewReader(src), ""); err != nil {
			return nil, err
		}
		in = p.Input()
	}
	in.Lang, in.Ref, in.Mark, in.Site = o.Lang, o.Ref, o.Mark, siteOf(o.Glossary)
	out := pipeline.Run(in)
	doc := newDocument(out.Text.Text, out.Result, out.Warnings)
	doc.run, doc.page = out, p
	if o.WithText {
		text := out.Text.Text
		doc.Text = &text
	}
	return doc, nil
}

// checkOptions checks the options Annotate and Bake share; what names
// the options' type in messages.
func checkOptions(what, language, ref, mark string) error {
	if c := lang.Code(language); language != "" && c != "auto" && c != "de" && c != "en" {
		return errors.New("glossline: " + what + ".Lang must be \"\", \"auto\", \"de\" or \"en\", got " + strconv.Quote(language))
	}
	if _, ok := timex.ParseDate(ref); ref != "" && !ok {
		return errors.New("glossline: " + what + ".Ref must be a date YYYY-MM-DD, got " + strconv.Quote(ref))
	}
	if mark != "" && mark != "first-per-paragraph" && mark != "all" {
		return errors.New("glossline: " + what + ".Mark must be \"\", \"first-per-paragraph\" or \"all\", got " + strconv.Quote(mark))
	}
	return nil
}

// InputError is input that Annotate or Bake refuse: not UTF-8, empty, or
// (Bake) not an HTML page.
type InputError struct {
	// Offset is the first byte that is not UTF-8, or -1.
	Offset int
	Msg    string
}

func (e *InputError) Error() string { return e.Msg }

// checkInput refuses input that is not UTF-8 (offsets are promised on
// rune boundaries) or that is empty or white space, and drops a leading
// byte order mark.
func checkInput(src []byte) ([]byte, error) {
	if !utf8.Valid(src) {
		n := 0
		for n < len(src) {
			r, size := utf8.DecodeRune(src[n:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			n += size
		}
		return nil, &InputError{Offset: n, Msg: "not valid UTF-8 (first bad byte at offset " + strconv.Itoa(n) + ")"}
	}
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, &InputError{Offset: -1, Msg: "empty input"}
	}
	return src, nil
}
