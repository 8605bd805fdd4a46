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
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/pipeline"
)

// Page is a parsed HTML page and its article.
type Page struct {
	// Doc is the parsed document; never nil.
	Doc *html.Node
	// Root is the article root, an element of Doc; never nil.
	Root *html.Node
	// Nodes are the article's text nodes in document order, after the
	// walker's skip rules.
	Nodes []*html.Node
	// Text has one entry per entry of Nodes: the node's text and flags.
	Text []article.Node
	// Lang is the primary language subtag of the nearest lang attribute
	// on Root or its ancestors up to <html>, lower-cased ("de-DE" → "de");
	// "" when there is none.
	Lang string
	// LD are the texts of the page's JSON-LD scripts, and Dates its other
	// publication-date candidates (see Parse), as pipeline.Input wants them.
	LD    []string
	Dates []pipeline.Candidate
}

// Parse reads an HTML document and finds its article.
//
// target selects the article root: "" to find it automatically, or a
// simple selector — "#id", ".class", "tag", "tag.class", "[attr]",
// "[attr=value]", or a combination of one tag with ids, classes and
// attributes ("div#main.story") — whose first match in document order is
// the root. Parse fails when target is malformed or matches nothing.
//
// Without a target the root is the first <article>, else the first
// element with itemprop="articleBody", else the first <main>, else the
// element whose direct <p> children hold the most text outside links,
// else <body>.
//
// The publication-date facts are the texts of every <script
// type="application/ld+json">, and as candidates every <meta
// property="article:published_time"> (or name=), every element with
// itemprop="datePublished" (its content or datetime attribute), and the
// first <time datetime> inside a byline (an element with a "byline" class,
// the parent of a rel="author" element, or a <header> inside the article);
// pipeline.Reference decides between them.
//
// Malformed HTML is repaired as browsers do; the errors are a failing
// reader, elements nested deeper than the parser allows (512), and a bad or
// unmatched target. Every error message starts with "page: ".
func Parse(r io.Reader, target string) (*Page, error) {
	doc, err := html.Parse(r)
	if err != nil {
		// A failing reader, or elements nested more than 512 deep.
		return nil, errors.New("page: " + err.Error())
	}
	var root *html.Node
	if target != "" {
		sel, err := parseSelector(target)
		if err != nil {
			return nil, err
		}
		root = find(doc, sel.matches)
		if root == nil {
			return nil, errors.New("page: no element matches " + target)
		}
	} else {
		root = findArticle(doc)
	}
	p := &Page{Doc: doc, Root: root, Lang: langOf(root)}
	p.LD, p.Dates = dates(doc, root)
	p.Nodes, p.Text = walk(root)
	return p, nil
}

// findArticle returns the article root of doc when no target is given.
func findArticle(doc *html.Node) *html.Node {
	if n := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Article }); n != nil {
		return n
	}
	if n := find(doc, func(n *html.Node) bool { return attr(n, "itemprop") == "articleBody" }); n != nil {
		return n
	}
	if n := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Main }); n != nil {
		return n
	}
	if n := bestScored(doc); n != nil {
		return n
	}
	if n := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body }); n != nil {
		return n
	}
	// html.Parse always creates <html> and <body>; keep a fallback anyway.
	return doc
}

// bestScored returns the element whose direct <p> children hold the most
// text outside links, or nil when no paragraph has such text. Paragraphs
// in skipped subtrees (navigation, asides, …) do not count; ties go to the
// element that comes first.
func bestScored(doc *html.Node) *html.Node {
	score := map[*html.Node]int{}
	var order []*html.Node
	traverse(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if skipped(n) {
			return false
		}
		if n.DataAtom == atom.P && n.Parent != nil && n.Parent.Type == html.ElementNode {
			text, link := textLength(n)
			if s := text - link; s > 0 {
				if _, seen := score[n.Parent]; !seen {
					order = append(order, n.Parent)
				}
				score[n.Parent] += s
			}
		}
		return true
	}, nil)
	var best *html.Node
	for _, n := range order {
		if best == nil || score[n] > score[best] {
			best = n
		}
	}
	return best
}

// textLength returns the number of runes of visible, non-space text under
// n, and how many of them are inside links.
func textLength(n *html.Node) (text, link int) {
	inLink := 0
	traverse(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			k := 0
			for _, r := range c.Data {
				if !isHTMLSpace(r) {
					k++
				}
			}
			text += k
			if inLink > 0 {
				link += k
			}
			return false
		case html.ElementNode:
			if skipped(c) {
				return false
			}
			if c.DataAtom == atom.A {
				inLink++
			}
			return true
		}
		return false
	}, func(c *html.Node) {
		if c.DataAtom == atom.A {
			inLink--
		}
	})
	return text, link
}

// langOf returns the primary subtag of the nearest lang attribute on n or
// its ancestors, lower-cased; "" if none.
func langOf(n *html.Node) string {
	for ; n != nil; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		if v := strings.TrimSpace(attr(n, "lang")); v != "" {
			return lang.Code(v)
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
