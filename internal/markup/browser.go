package markup

import (
	"strings"

	"github.com/glossline/glossline/internal/analyze"
	"github.com/glossline/glossline/internal/article"
)

// PlanVersion is the version of the plan format read by web/glossline.js.
const PlanVersion = 1

// Wrap wraps the piece of one text node [From, To) (UTF-16 units) in El.
type Wrap struct {
	article.Piece
	El *Element
}

// Plan is everything the browser's DOM helper does to an article, decided
// here: the wraps (sorted by node, then offset; never overlapping) and the
// panel to insert after the article.
type Plan struct {
	Lang string
	// Status is "ok"; "annotated" when the article already carries
	// glossline markup (a baked or saved page); "skipped" when the page has
	// no article glossline reads (none found, or in another language). The
	// plan changes nothing unless it is "ok".
	Status string
	// Ref is the reference date the analysis used (YYYY-MM-DD), and
	// RefSource where it came from (analyze.RefFlag, …); "" when none.
	Ref, RefSource string
	// Root is the index of the walked page's box that holds the article
	// (article.Page.Boxes), or -1 when the walked element itself is the
	// article (a caller's target). The panel goes after it, and it gets
	// data-glossline="done".
	Root int
	// Warning, when not empty, is logged once by the loader (for example a
	// rejected publisher glossary); the plan is still applied.
	Warning string
	Wraps   []Wrap
	Panel   *Element
	// Sentences holds, per timeline entry (in the panel's order), the
	// sentence its link leads to: from the first piece's start to the last
	// piece's end. The loader highlights it when a reader follows the link.
	Sentences []SentenceRange
}

// SentenceRange is a range of the page's text that may span nodes: from
// (StartNode, StartAt) to (EndNode, EndAt), in UTF-16 units of each node.
type SentenceRange struct {
	StartNode, StartAt, EndNode, EndAt int
}

// NewPlan maps the result of analysing t.Text back onto t's nodes.
func NewPlan(t *article.Text, r *analyze.Result) *Plan {
	p := &Plan{Lang: r.Lang, Status: "ok", Root: -1, Ref: r.Ref.String(), RefSource: r.RefSource}
	if t.Annotated() {
		p.Status = "annotated"
		return p
	}
	for _, m := range Marks(r) {
		for i, pc := range t.Pieces(m.Start, m.End) {
			el := m.El
			if i > 0 {
				// Later pieces of a split expression: same element, no id.
				c := *el
				c.Attrs = nil
				for _, a := range el.Attrs {
					if a.Name != "id" {
						c.Attrs = append(c.Attrs, a)
					}
				}
				c.Attrs = append(c.Attrs, Attr{"data-gl-part", itoa(i + 1)})
				el = &c
			}
			p.Wraps = append(p.Wraps, Wrap{pc, el})
		}
	}
	p.Panel = Panel(r)
	for _, e := range r.Timeline {
		var sr SentenceRange
		if len(e.Sentences) > 0 {
			if pcs := t.Pieces(e.Sentences[0].Start, e.Sentences[0].End); len(pcs) > 0 {
				first, last := pcs[0], pcs[len(pcs)-1]
				sr = SentenceRange{first.Node, first.From, last.Node, last.To}
			}
		}
		p.Sentences = append(p.Sentences, sr)
	}
	return p
}

// JSON encodes the plan for web/glossline.js:
//
//	{"v":1,"lang":"de","status":"ok","root":3,"ref":"2023-09-14","refSource":"inferred",
//	 "wraps":[[node,from,to,element],…],
//	 "sentences":[[startNode,startAt,endNode,endAt],…],"panel":element}
//
// "sentences" (one per timeline entry, only with a panel) is an addition
// that older loaders ignore.
//
// with elements in the form of Element.WriteJSON.
func (p *Plan) JSON() string {
	var b strings.Builder
	b.WriteString(`{"v":`)
	b.WriteString(itoa(PlanVersion))
	b.WriteString(`,"lang":`)
	JSONString(&b, p.Lang)
	b.WriteString(`,"status":`)
	JSONString(&b, p.Status)
	b.WriteString(`,"root":`)
	b.WriteString(itoa(p.Root))
	if p.Ref != "" {
		b.WriteString(`,"ref":`)
		JSONString(&b, p.Ref)
		b.WriteString(`,"refSource":`)
		JSONString(&b, p.RefSource)
	}
	if p.Warning != "" {
		b.WriteString(`,"warning":`)
		JSONString(&b, p.Warning)
	}
	b.WriteString(`,"wraps":[`)
	for i, w := range p.Wraps {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('[')
		b.WriteString(itoa(w.Node))
		b.WriteByte(',')
		b.WriteString(itoa(w.From))
		b.WriteByte(',')
		b.WriteString(itoa(w.To))
		b.WriteByte(',')
		w.El.WriteJSON(&b)
		b.WriteByte(']')
	}
	b.WriteString(`]`)
	if p.Panel != nil && len(p.Sentences) > 0 {
		b.WriteString(`,"sentences":[`)
		for i, r := range p.Sentences {
			if i > 0 {
				b.WriteByte(',')
			}
			for j, n := range [4]int{r.StartNode, r.StartAt, r.EndNode, r.EndAt} {
				if j == 0 {
					b.WriteByte('[')
				} else {
					b.WriteByte(',')
				}
				b.WriteString(itoa(n))
			}
			b.WriteByte(']')
		}
		b.WriteByte(']')
	}
	if p.Panel != nil {
		b.WriteString(`,"panel":`)
		p.Panel.WriteJSON(&b)
	}
	b.WriteByte('}')
	return b.String()
}

// ErrorJSON is the plan-shaped reply for a failure: the DOM helper leaves
// the page unchanged and logs msg once.
func ErrorJSON(msg string) string {
	var b strings.Builder
	b.WriteString(`{"v":`)
	b.WriteString(itoa(PlanVersion))
	b.WriteString(`,"status":"error","error":`)
	JSONString(&b, msg)
	b.WriteByte('}')
	return b.String()
}

// RenderText renders a plain-text article (paragraphs separated by blank
// lines) as HTML: an <article> of paragraphs with the marks applied, then
// the panel. It is what `glossline annotate -format html` prints for text
// input.
func RenderText(text string, r *analyze.Result) string {
	return RenderBlocks(text, r, nil)
}

// RenderBlocks is RenderText with each paragraph's element chosen by tag
// (paragraph index → "p" or "h1"…"h6"): `glossline annotate -format html`
// keeps an HTML article's headings so. A nil tag, or any other name, gives
// "p".
func RenderBlocks(text string, r *analyze.Result, tag func(i int) string) string {
	var b strings.Builder
	b.WriteString(`<article class="gl-article" lang="`)
	escape(&b, r.Lang, true)
	b.WriteString(`" data-glossline="done">`)
	marks := Marks(r)
	k := 0
	for i, para := range r.Paragraphs {
		el := "p"
		if tag != nil {
			switch t := tag(i); t {
			case "h1", "h2", "h3", "h4", "h5", "h6":
				el = t
			}
		}
		b.WriteString("<" + el + ">")
		pos := para.Start
		for k < len(marks) && marks[k].Start < para.End {
			m := marks[k]
			if m.Start < pos || m.End > para.End {
				// Runs across paragraphs: leave it unmarked here.
				k++
				continue
			}
			EscapeText(&b, text[pos:m.Start])
			m.El.writeStart(&b)
			EscapeText(&b, text[m.Start:m.End])
			m.El.writeEnd(&b)
			pos = m.End
			k++
		}
		EscapeText(&b, text[pos:para.End])
		b.WriteString("</" + el + ">\n")
	}
	b.WriteString("</article>\n")
	if p := Panel(r); p != nil {
		p.WriteHTML(&b)
		b.WriteByte('\n')
	}
	return b.String()
}
