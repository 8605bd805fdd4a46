package page

import (
	"errors"
	"io"
	"net/url"
	"path"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/markup"
	"github.com/glossline/glossline/internal/pipeline"
)

// Baking: what web/glossline.js does to the live DOM with Go's plan, done
// here to the parsed document, so that a server can send the annotated
// article in its HTML (`glossline bake`). The two must produce the same
// markup; the browser tests compare them on the demo page.

// Annotated reports whether the walked page already carries glossline's
// markup — data-glossline="done" on an element, or a .gl-date or .gl-term —
// which is the loader's test before it annotates: such a page (baked, or
// saved from the browser) gets no second annotation.
func (p *Page) Annotated() bool {
	walked := p.Target
	if walked == nil {
		walked = p.Doc
	}
	return attr(walked, "data-glossline") == "done" || find(walked, func(n *html.Node) bool {
		return attr(n, "data-glossline") == "done" || hasClass(n, "gl-date") || hasClass(n, "gl-term")
	}) != nil
}

// Input returns the page's facts for pipeline.Run: the walk, the
// document's language, the JSON-LD texts and the date candidates. The
// caller adds its options.
func (p *Page) Input() pipeline.Input {
	return pipeline.Input{Page: p.Walk, Target: p.Target != nil, PageLang: docLang(p.Doc), LD: p.LD, Dates: p.Dates}
}

// Root returns the element a plan annotates: the box it names, or the
// target; nil when the plan names neither.
func (p *Page) Root(plan *markup.Plan) *html.Node {
	switch {
	case plan.Root >= 0 && plan.Root < len(p.Boxes):
		return p.Boxes[plan.Root]
	case plan.Root < 0 && p.Target != nil:
		return p.Target
	}
	return nil
}

// LoaderData returns the data-* attributes of the page's glossline loader
// (the first <script> whose src names glossline.js) by their dataset names
// ("data-timeline" → "timeline"), or nil when the page has no loader. They
// are the options the browser would run with.
func LoaderData(doc *html.Node) map[string]string {
	s := find(doc, isLoader)
	if s == nil {
		return nil
	}
	d := map[string]string{}
	for _, a := range s.Attr {
		if a.Namespace == "" && strings.HasPrefix(a.Key, "data-") {
			d[datasetName(a.Key[len("data-"):])] = a.Val
		}
	}
	return d
}

// isLoader reports whether n is a <script> whose src names glossline.js.
func isLoader(n *html.Node) bool {
	if n.DataAtom != atom.Script || !hasAttr(n, "src") {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(attr(n, "src")))
	return err == nil && path.Base(u.Path) == "glossline.js"
}

// datasetName maps "gl-back" to "glBack", as element.dataset does.
func datasetName(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '-' && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z' {
			b.WriteByte(s[i+1] - 'a' + 'A')
			i++
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// JSONScript returns the text of the element whose id is id when it is a
// <script type="application/json"> — an inline publisher glossary named by
// data-glossary — and whether there is one.
func (p *Page) JSONScript(id string) (string, bool) {
	id = strings.TrimPrefix(id, "#")
	n := find(p.Doc, func(n *html.Node) bool { return attr(n, "id") == id })
	if n == nil || n.DataAtom != atom.Script || attr(n, "type") != "application/json" {
		return "", false
	}
	return textOf(n), true
}

// Apply changes the document as the loader changes the page with the same
// plan: it wraps the pieces of p.Nodes that the plan names (last first, so
// that earlier offsets stay valid), inserts the panel where timeline says
// (data-timeline: "" or "after" after the root, "before" before it,
// "none" nowhere, or a selector starting with "#" for a container it is
// appended to — after the root when nothing matches), and sets
// data-glossline="done" on the root.
//
// The plan must come from markup.NewPlan on p.Text. A wrap that does not
// fit its node is an error, and then the document is left unchanged.
func (p *Page) Apply(plan *markup.Plan, timeline string) error {
	root := p.Root(plan)
	if root == nil {
		return errors.New("the annotation names no article root")
	}
	type cut struct {
		node     *html.Node
		from, to int // bytes
	}
	cuts := make([]cut, len(plan.Wraps))
	for i, w := range plan.Wraps {
		if w.Node < 0 || w.Node >= len(p.Nodes) || w.El == nil {
			return errors.New("the annotation does not fit the page (text node " + strconv.Itoa(w.Node) + ")")
		}
		n := p.Nodes[w.Node]
		a, ok1 := article.ByteOffset(n.Data, w.From)
		b, ok2 := article.ByteOffset(n.Data, w.To)
		if !ok1 || !ok2 || a >= b || n.Data != p.Text[w.Node].Text {
			return errors.New("the annotation does not fit the page (text node " + strconv.Itoa(w.Node) + ")")
		}
		cuts[i] = cut{n, a, b}
	}
	var container *html.Node
	if timeline != "" && timeline[0] == '#' {
		sel, err := parseSelector(timeline)
		if err != nil {
			return err
		}
		container = find(p.Doc, sel.matches)
	}
	for i := len(cuts) - 1; i >= 0; i-- {
		c := cuts[i]
		el := element(plan.Wraps[i].El)
		t := c.node
		text := t.Data
		t.Parent.InsertBefore(el, t.NextSibling)
		el.AppendChild(&html.Node{Type: html.TextNode, Data: text[c.from:c.to]})
		if c.to < len(text) {
			t.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: text[c.to:]}, el.NextSibling)
		}
		// t keeps the text before the piece, as splitText leaves it.
		t.Data = text[:c.from]
		if c.from == 0 {
			t.Parent.RemoveChild(t)
		}
	}
	if plan.Panel != nil && timeline != "none" {
		panel := element(plan.Panel)
		switch {
		case container != nil:
			container.AppendChild(panel)
		case root.DataAtom == atom.Body:
			root.AppendChild(panel)
		case timeline == "before" && root.Parent != nil:
			root.Parent.InsertBefore(panel, root)
		case root.Parent != nil:
			root.Parent.InsertBefore(panel, root.NextSibling)
		default:
			root.AppendChild(panel)
		}
	}
	setAttr(root, "data-glossline", "done")
	return nil
}

// element builds the parsed-document form of a markup element.
func element(e *markup.Element) *html.Node {
	if e.Tag == "" {
		return &html.Node{Type: html.TextNode, Data: e.Text}
	}
	n := &html.Node{Type: html.ElementNode, Data: e.Tag, DataAtom: atom.Lookup([]byte(e.Tag))}
	for _, a := range e.Attrs {
		n.Attr = append(n.Attr, html.Attribute{Key: a.Name, Val: a.Value})
	}
	for _, c := range e.Children {
		n.AppendChild(element(c))
	}
	return n
}

// setAttr sets an attribute in place, or appends it, as setAttribute does.
func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

// Render writes the whole document as HTML. The parts glossline did not
// touch come out as x/net/html renders them: the same document, though not
// always the same bytes (attribute quoting, character references, implied
// tags).
func (p *Page) Render(w io.Writer) error {
	return html.Render(w, p.Doc)
}

// StylesheetName is the stable name of glossline's stylesheet in a built
// dist/ folder (beside the content-hashed copy the loader links): the name
// a baked page links, so that it is styled with no script
// (`glossline bake -css`).
const StylesheetName = "glossline.css"

// LoaderCSS returns the address of the stable stylesheet beside the page's
// glossline loader — "glossline.css" resolved against the loader's src
// ("/glossline/glossline.js" → "/glossline/glossline.css") — or "" when the
// page has no loader.
func LoaderCSS(doc *html.Node) string {
	s := find(doc, isLoader)
	if s == nil {
		return ""
	}
	src, err := url.Parse(strings.TrimSpace(attr(s, "src")))
	if err != nil {
		return ""
	}
	return src.ResolveReference(&url.URL{Path: StylesheetName}).String()
}

// LinksCSS reports whether the page links a stylesheet of glossline's: a
// <link rel="stylesheet"> whose address names glossline (the loader's own
// test before it adds one), or the inline <style id="gl-css"> of a
// single-file page.
func (p *Page) LinksCSS() bool {
	return find(p.Doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Style && attr(n, "id") == "gl-css" {
			return true
		}
		return n.DataAtom == atom.Link && hasToken(strings.ToLower(attr(n, "rel")), "stylesheet") &&
			strings.Contains(attr(n, "href"), "glossline")
	}) != nil
}

// LinkCSS adds <link rel="stylesheet" href="href"> at the end of <head>,
// so that the baked page's markup is styled with no script. It adds
// nothing, and returns false, when the page links a glossline stylesheet
// already (LinksCSS).
func (p *Page) LinkCSS(href string) bool {
	if p.LinksCSS() {
		return false
	}
	head := find(p.Doc, func(n *html.Node) bool { return n.DataAtom == atom.Head })
	if head == nil {
		return false // html.Parse always creates <head>
	}
	head.AppendChild(&html.Node{Type: html.ElementNode, Data: "link", DataAtom: atom.Link,
		Attr: []html.Attribute{{Key: "rel", Val: "stylesheet"}, {Key: "href", Val: href}}})
	return true
}
