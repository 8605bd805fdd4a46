package glossline

import (
	"bytes"
	"errors"
	"unicode"

	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/page"
	"github.com/glossline/glossline/internal/pipeline"
)

// BakeOptions are the options of Bake. Empty fields take the page's own:
// the data-* attributes of its glossline.js script tag (data-lang,
// data-ref, data-mark, data-glossary when inline, data-target,
// data-timeline), as the browser widget would.
type BakeOptions struct {
	// Lang, Ref and Mark are as in Options; they win over the page's
	// data-lang, data-ref and data-mark.
	Lang, Ref, Mark string
	// Glossary is the publisher's glossary; nil for the inline one the
	// page's data-glossary names, if any.
	Glossary *Glossary
	// Stylesheet is the address of glossline's stylesheet that the baked
	// page links (dist/glossline.css, served somewhere): "" for
	// glossline.css beside the page's glossline.js script ("/gl/glossline.js"
	// gives "/gl/glossline.css"; a page without one links none, and a
	// warning says so), "none" for no link. A page that links a glossline
	// stylesheet already keeps its own.
	Stylesheet string
}

// Status is what Bake did with a page.
type Status string

// What Bake does with a page. Only a StatusBaked page is changed; the
// others come back as they were, byte for byte.
const (
	// StatusBaked: the annotation is in the page.
	StatusBaked Status = "baked"
	// StatusAnnotated: the page carries glossline's markup already (baked,
	// or saved from the browser): left as it is.
	StatusAnnotated Status = "annotated"
	// StatusNoArticle: the page has no article: the article finder found
	// none (nothing to read, or only links), as in the browser.
	StatusNoArticle Status = "no-article"
	// StatusListing: the page is a listing (a section front, an index, a
	// tag page): the article's root holds four headings or more whose text
	// is mostly a link (teaser headlines), with fewer than 400 letters of
	// the article's text per such heading (teasers: a linked headline and
	// a short summary each). Real articles with linked headings have
	// several times more text per heading.
	StatusListing Status = "listing"
	// StatusLanguage: the article is in a language glossline does not
	// read (declared, or detected as French, Spanish, Italian or Dutch).
	StatusLanguage Status = "language"
)

// BakeResult is a page after Bake.
type BakeResult struct {
	// HTML is the baked page, or the input unchanged when Status is not
	// StatusBaked. A baked page is re-serialised: the same document, not
	// always the same bytes where glossline changed nothing (attribute
	// quoting, character references, implied tags).
	HTML   []byte
	Status Status
	// Warnings are the notes worth telling a person: why a page was left
	// as it was, a glossary ignored, a stylesheet not linked.
	Warnings []string
}

// Bake writes the annotation into an HTML page, as the browser widget
// would apply it: date marks (<time class="gl-date" datetime>), terms
// that link to their notes, the panel with the timeline and the notes,
// data-glossline="done" on the article, and a link to glossline's
// stylesheet; so that the page reads annotated with no script (for
// readers without JavaScript, prerenderers, link previews). A page with
// no article, a listing, an article in another language and a page baked
// already are left as they are (BakeResult.Status says which).
//
// The input must be an HTML page in UTF-8; errors are input that is not,
// and a data-target that matches nothing.
func Bake(src []byte, opts *BakeOptions) (*BakeResult, error) {
	var o BakeOptions
	if opts != nil {
		o = *opts
	}
	if err := checkOptions("BakeOptions", o.Lang, o.Ref, o.Mark); err != nil {
		return nil, err
	}
	src, err := checkInput(src)
	if err != nil {
		return nil, err
	}
	if !page.IsHTML(src) {
		return nil, &InputError{Offset: -1, Msg: "not an HTML page"}
	}
	p, err := page.Parse(bytes.NewReader(src), "")
	if err != nil {
		return nil, err
	}
	// The loader's options: its data-* attributes, then BakeOptions.
	data := page.LoaderData(p.Doc)
	if data == nil {
		data = map[string]string{}
	}
	if data["target"] != "" {
		if p, err = page.Parse(bytes.NewReader(src), data["target"]); err != nil {
			return nil, errors.New("data-target: " + err.Error())
		}
	}
	res := &BakeResult{HTML: src}
	if p.Annotated() {
		res.Status = StatusAnnotated
		res.Warnings = append(res.Warnings, "already carries glossline's markup: left as it is")
		return res, nil
	}
	for k, v := range map[string]string{"lang": o.Lang, "ref": o.Ref, "mark": o.Mark} {
		if v != "" {
			data[k] = v
		}
	}
	in := p.Input()
	in.Lang, in.Ref, in.Mark, in.Site = data["lang"], data["ref"], data["mark"], siteOf(o.Glossary)
	if in.Site == nil && data["glossary"] != "" {
		if g, ok := p.JSONScript(data["glossary"]); !ok {
			res.Warnings = append(res.Warnings, "publisher glossary "+data["glossary"]+" ignored: not an inline <script type=\"application/json\">; give the glossary file (-glossary FILE)")
		} else {
			in.Site, in.SiteErr = glossary.ParseSite([]byte(g))
		}
	}
	run := pipeline.Run(in)
	res.Warnings = append(res.Warnings, run.Warnings...)
	switch {
	case run.Plan.Status == "error":
		return nil, errors.New(run.Plan.Warning)
	case run.Plan.Status == "skipped" && !lang.Supported(run.Result.Lang) && run.Result.Lang != "":
		res.Status = StatusLanguage
		return res, nil
	case run.Plan.Status == "skipped":
		res.Status = StatusNoArticle
		return res, nil
	}
	if s := measure(p.Walk, run); s.linked >= 4 && s.body < 400*s.linked {
		res.Status = StatusListing
		res.Warnings = append(res.Warnings, "a listing page (four linked headings or more, under 400 letters of text each); left as it is")
		return res, nil
	}
	if err := p.Apply(run.Plan, data["timeline"]); err != nil {
		return nil, err
	}
	href := o.Stylesheet
	if href == "" {
		href = page.LoaderCSS(p.Doc)
	}
	switch {
	case href == "none":
	case href != "":
		p.LinkCSS(href)
	case !p.LinksCSS():
		res.Warnings = append(res.Warnings, "the baked page links no stylesheet for glossline's markup (it has no glossline.js script to put it beside): give the address of dist/glossline.css (-css URL; BakeOptions.Stylesheet in Go), or none")
	}
	var out bytes.Buffer
	if err := p.Render(&out); err != nil {
		return nil, err
	}
	res.HTML, res.Status = out.Bytes(), StatusBaked
	return res, nil
}

// textStats are the counts of the listing and no-article rules.
type textStats struct {
	body int // letters of the article's text outside headings
	// linked counts the headings inside the article's root whose letters
	// are mostly in links (teaser headlines), those of the blocks the
	// finder left out of the article included.
	linked int
}

// measure counts the letters of the article's text and the linked
// headings inside its root (Run's Output.Root: a box, or -1 for the whole
// walk).
func measure(p *article.Page, out *pipeline.Output) textStats {
	var s textStats
	first, end := 0, len(out.Text.Nodes)
	if out.Root >= 0 && out.Root < len(p.Boxes) {
		first, end = p.Boxes[out.Root].First, p.Boxes[out.Root].End
	}
	heading, inLink := 0, 0 // the current heading's letters, and those in links
	for i := first; i < end && i < len(out.Text.Nodes); i++ {
		n := out.Text.Nodes[i]
		if n.Flags&article.Block != 0 || n.Flags&article.Heading == 0 {
			if 2*inLink > heading {
				s.linked++
			}
			heading, inLink = 0, 0
		}
		letters := 0
		for _, r := range n.Text {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		switch {
		case n.Flags&article.Heading != 0:
			heading += letters
			if n.Flags&article.Link != 0 {
				inLink += letters
			}
		case n.Flags&article.Skip == 0:
			s.body += letters
		}
	}
	if 2*inLink > heading {
		s.linked++
	}
	return s
}
