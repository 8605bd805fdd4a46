package page

import (
	"strings"

	"github.com/glossline/glossline/internal/markup"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// published returns the raw publication date of the page whose article
// root is root, from the sources Parse lists, in that order; "" if none.
func published(doc, root *html.Node) string {
	if d := jsonLDPublished(doc); d != "" {
		return d
	}
	if n := find(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Meta && strings.TrimSpace(attr(n, "content")) != "" &&
			(attr(n, "property") == "article:published_time" || attr(n, "name") == "article:published_time")
	}); n != nil {
		return strings.TrimSpace(attr(n, "content"))
	}
	var itemprop string
	find(doc, func(n *html.Node) bool {
		if !hasToken(attr(n, "itemprop"), "datePublished") {
			return false
		}
		for _, key := range []string{"content", "datetime"} {
			if v := strings.TrimSpace(attr(n, key)); v != "" {
				itemprop = v
				return true
			}
		}
		return false
	})
	if itemprop != "" {
		return itemprop
	}
	return bylineTime(doc, root)
}

// jsonLDPublished returns the datePublished of the page's JSON-LD scripts
// by markup.LDDatePublished, the rule the browser's wasm applies to the
// same texts: an article's first, else any object's.
func jsonLDPublished(doc *html.Node) string {
	var texts []string
	traverse(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if n.DataAtom != atom.Script {
			return true
		}
		typ, _, _ := strings.Cut(attr(n, "type"), ";")
		if strings.EqualFold(strings.TrimSpace(typ), "application/ld+json") {
			texts = append(texts, textOf(n))
		}
		return false
	}, nil)
	return markup.LDDatePublished(strings.Join(texts, "\x00"))
}

// textOf returns the text of an element's text-node children, as the
// DOM's textContent does for a script.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// bylineTime returns the datetime of the first <time datetime> inside a
// byline: an element with a class token containing "byline", the parent
// of an element with rel="author", or a <header> inside the article root.
func bylineTime(doc, root *html.Node) string {
	// The bylines are collected first, so that each <time> only climbs its
	// ancestors (at most the parser's depth limit) instead of searching.
	bylines := map[*html.Node]bool{}
	var times []*html.Node
	traverse(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		for _, c := range strings.FieldsFunc(attr(n, "class"), isHTMLSpace) {
			if strings.Contains(strings.ToLower(c), "byline") {
				bylines[n] = true
			}
		}
		if hasToken(attr(n, "rel"), "author") && n.Parent != nil {
			bylines[n.Parent] = true
		}
		if n.DataAtom == atom.Header && (n == root || isInside(n, root)) {
			bylines[n] = true
		}
		if n.DataAtom == atom.Time && strings.TrimSpace(attr(n, "datetime")) != "" {
			times = append(times, n)
		}
		return true
	}, nil)
	for _, n := range times {
		for a := n.Parent; a != nil; a = a.Parent {
			if bylines[a] {
				return strings.TrimSpace(attr(n, "datetime"))
			}
		}
	}
	return ""
}

// isInside reports whether n is a descendant of root.
func isInside(n, root *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a == root {
			return true
		}
	}
	return false
}

// hasToken reports whether the space-separated list s holds tok,
// ignoring ASCII case.
func hasToken(s, tok string) bool {
	for _, f := range strings.FieldsFunc(s, isHTMLSpace) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
