package page

import (
	"strings"

	"github.com/glossline/glossline/internal/pipeline"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dates returns the document's publication-date facts: the texts of its
// JSON-LD scripts and its meta and itemprop candidates, in document order
// (see Parse). The browser's loader collects the same facts.
func dates(doc *html.Node) (ld []string, out []pipeline.Candidate) {
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
		if n.DataAtom == atom.Link && hasToken(attr(n, "rel"), "canonical") && attr(n, "href") != "" {
			out = append(out, pipeline.Candidate{Source: pipeline.SourceURL, Value: strings.TrimSpace(attr(n, "href"))})
		}
		if n.DataAtom == atom.Meta && attr(n, "property") == "og:url" && attr(n, "content") != "" {
			out = append(out, pipeline.Candidate{Source: pipeline.SourceURL, Value: strings.TrimSpace(attr(n, "content"))})
		}
		if n.DataAtom == atom.Meta && (attr(n, "property") == "article:published_time" || attr(n, "name") == "article:published_time") {
			if v := strings.TrimSpace(attr(n, "content")); v != "" {
				out = append(out, pipeline.Candidate{Source: pipeline.SourceMeta, Value: v})
			}
		} else if hasToken(attr(n, "itemprop"), "datePublished") {
			for _, key := range []string{"content", "datetime"} {
				if v := strings.TrimSpace(attr(n, key)); v != "" {
					out = append(out, pipeline.Candidate{Source: pipeline.SourceItemprop, Value: v, Item: itemType(n)})
					break
				}
			}
		}
		return true
	}, nil)
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

// itemType returns the itemtype of the microdata item n belongs to: that of
// its nearest ancestor with itemscope (n's own scope does not count: its
// properties describe the item it is in), "" when none. As the loader
// writes it, only up to its first white space.
func itemType(n *html.Node) string {
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if hasAttr(a, "itemscope") {
			t, _, _ := strings.Cut(strings.TrimSpace(attr(a, "itemtype")), " ")
			return t
		}
	}
	return ""
}
