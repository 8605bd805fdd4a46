// Package page reads an HTML page for the native command-line tool: it
// parses the document, finds the article, lists the article's text nodes
// with the same rules as the browser's walker (web/glossline.js), and reads
// the publication date from the page's metadata.
//
// The text model (which subtrees are skipped, which flags a node carries)
// is specified in docs/ARCHITECTURE.md; this package and the browser
// walker must agree on it, so that the CLI and the browser analyse the
// same text.
//
// The package is native only: it uses golang.org/x/net/html and
// encoding/json, which the wasm must not link.
package page

import (
	"errors"
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/pipeline"
)

// Page is a parsed HTML page, walked as the browser's loader walks it.
type Page struct {
	// Doc is the parsed document; never nil.
	Doc *html.Node
	// Target is the element a caller named (Parse's target), whose walk is
	// the article; nil when the walk covers <body> and the article is
	// found in it (pipeline.Run decides, with the same rule as in the
	// browser).
	Target *html.Node
	// Walk is the walked page: what the loader sends Go.
	Walk *article.Page
	// Nodes are the walk's text nodes, one per entry of Walk.Nodes, and
	// Boxes its box elements, one per entry of Walk.Boxes.
	Nodes []*html.Node
	Boxes []*html.Node
	// Text is Walk.Nodes.
	Text []article.Node
	// LD are the texts of the page's JSON-LD scripts, and Dates its other
	// publication-date candidates (see Parse), as pipeline.Input wants them.
	LD    []string
	Dates []pipeline.Candidate
}

// Parse reads an HTML document and walks it.
//
// target selects the article: "" to walk <body> and let the article finder
// choose (internal/extract, through pipeline.Run), or a simple selector —
// "#id", ".class", "tag", "tag.class", "[attr]", "[attr=value]", or a
// combination of one tag with ids, classes and attributes
// ("div#main.story") — whose first match in document order is walked as
// the article. Parse fails when target is malformed or matches nothing.
//
// The walk lists the text nodes with the browser walker's rules
// (docs/ARCHITECTURE.md), the boxes that hold them, the <time datetime>
// elements among them and the document's title. The publication-date facts
// are the texts of every <script type="application/ld+json"> and, as
// candidates, every <meta property="article:published_time"> (or name=)
// and every element with itemprop="datePublished" (its content or datetime
// attribute); pipeline.Reference decides between them and the walk's times.
//
// Malformed HTML is repaired as browsers do; the errors are a failing
// reader, elements nested deeper than the parser allows (512), and a bad or
// unmatched target. The messages name no package; the caller says which
// input they concern.
func Parse(r io.Reader, target string) (*Page, error) {
	doc, err := html.Parse(r)
	if err != nil {
		// A failing reader, or elements nested more than 512 deep.
		return nil, errors.New("not readable as HTML: " + strings.TrimPrefix(err.Error(), "html: "))
	}
	p := &Page{Doc: doc}
	root := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if target != "" {
		sel, err := parseSelector(target)
		if err != nil {
			return nil, err
		}
		p.Target = find(doc, sel.matches)
		if p.Target == nil {
			return nil, errors.New("no element matches " + strconv.Quote(target))
		}
		root = p.Target
	}
	if root == nil {
		root = doc // html.Parse always creates <body>; keep a fallback anyway
	}
	p.Nodes, p.Boxes, p.Walk = walk(root)
	p.Walk.Title = title(doc)
	p.Text = p.Walk.Nodes
	p.LD, p.Dates = dates(doc)
	return p, nil
}

// title returns the document's title as document.title gives it: the text
// of the first <title>, white space collapsed.
func title(doc *html.Node) string {
	t := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Title })
	if t == nil {
		return ""
	}
	return strings.Join(strings.FieldsFunc(textOf(t), isHTMLSpace), " ")
}

// docLang returns the lang attribute of <html>, else of <body>, as
// written; "" when neither has one.
func docLang(doc *html.Node) string {
	for _, a := range []atom.Atom{atom.Html, atom.Body} {
		if n := find(doc, func(n *html.Node) bool { return n.DataAtom == a }); n != nil && hasAttr(n, "lang") {
			return attr(n, "lang")
		}
	}
	return ""
}

// find returns the first element under n (n excluded) in document order
// for which match is true, or nil. Template contents are not searched,
// as querySelector does not search them either.
func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	traverse(n, func(c *html.Node) bool {
		if found != nil || c.Type != html.ElementNode {
			return false
		}
		if match(c) {
			found = c
			return false
		}
		return c.DataAtom != atom.Template
	}, nil)
	return found
}

// traverse visits the descendants of root in document order without
// recursion (pages can nest deeply). enter is called on each node reached
// and returns whether to descend into its children; leave, if not nil, is
// called after the children of every node that enter accepted.
func traverse(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	n := root.FirstChild
	for n != nil {
		ok := enter(n)
		if ok && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if ok && leave != nil {
			leave(n)
		}
		for n.NextSibling == nil {
			n = n.Parent
			if n == root || n == nil {
				return
			}
			if leave != nil {
				leave(n)
			}
		}
		n = n.NextSibling
	}
}

// attr returns the value of n's attribute key (lower-case name, no
// namespace), or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// hasClass reports whether n's class attribute holds the token class.
func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.FieldsFunc(attr(n, "class"), isHTMLSpace) {
		if c == class {
			return true
		}
	}
	return false
}

// isHTMLSpace reports ASCII white space as HTML defines it.
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}
