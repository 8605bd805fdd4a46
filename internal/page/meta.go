package page

import (
	"strings"

	"github.com/glossline/glossline/internal/pipeline"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dates returns the page's publication-date facts: the texts of its JSON-LD
// scripts and its other candidates, in document order (see Parse). The
// browser's loader collects the same facts; pipeline.Reference decides.
func dates(doc, root *html.Node) (ld []string, out []pipeline.Candidate) {
	traverse(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if n.DataAtom == atom.Script {
			typ, _, _ := strings.Cut(attr(n, "type"), ";")
			if strings.EqualFold(strings.TrimSpace(typ), "application/ld+json") {
				ld = append(ld, textOf(n))
			}
			return false
		}
		if n.DataAtom == atom.Meta && (attr(n, "property") == "article:published_time" || attr(n, "name") == "article:published_time") {
			if v := strings.TrimSpace(attr(n, "content")); v != "" {
				out = append(out, pipeline.Candidate{Source: pipeline.SourceMeta, Value: v})
			}
		} else if hasToken(attr(n, "itemprop"), "datePublished") {
			for _, key := range []string{"content", "datetime"} {
				if v := strings.TrimSpace(attr(n, key)); v != "" {
					out = append(out, pipeline.Candidate{Source: pipeline.SourceItemprop, Value: v})
					break
				}
			}
		}
		return true
	}, nil)
	if v := bylineTime(doc, root); v != "" {
		out = append(out, pipeline.Candidate{Source: pipeline.SourceByline, Value: v})
	}
	return ld, out
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
