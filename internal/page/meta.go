package page

import (
	"encoding/json"
	"strings"

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

// jsonLDPublished returns the first datePublished found in the page's
// JSON-LD scripts, preferring one of an object typed as an article
// (Article, NewsArticle, BlogPosting, …) over any other object's.
func jsonLDPublished(doc *html.Node) string {
	var docs []any
	traverse(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if n.DataAtom != atom.Script {
			return true
		}
		typ, _, _ := strings.Cut(attr(n, "type"), ";")
		if !strings.EqualFold(strings.TrimSpace(typ), "application/ld+json") || n.FirstChild == nil {
			return false
		}
		var v any
		if err := json.Unmarshal([]byte(ldText(n)), &v); err == nil {
			docs = append(docs, v)
		}
		return false
	}, nil)
	for _, articlesOnly := range []bool{true, false} {
		for _, v := range docs {
			if d := ldDate(v, articlesOnly, 0); d != "" {
				return d
			}
		}
	}
	return ""
}

// ldText returns a script element's text without the comment or CDATA
// wrappers some sites put around JSON-LD.
func ldText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	s := strings.TrimSpace(b.String())
	for _, w := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		if strings.HasPrefix(s, w[0]) && strings.HasSuffix(s, w[1]) {
			s = strings.TrimSpace(s[len(w[0]) : len(s)-len(w[1])])
		}
	}
	return s
}

// ldDate searches a decoded JSON-LD value for datePublished: in an object,
// in the elements of an array, and in an object's @graph list. With
// articlesOnly, only objects whose @type names an article count.
func ldDate(v any, articlesOnly bool, depth int) string {
	if depth > 8 {
		return ""
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			if d := ldDate(e, articlesOnly, depth+1); d != "" {
				return d
			}
		}
	case map[string]any:
		if !articlesOnly || isArticleType(v["@type"]) {
			if d := ldString(v["datePublished"]); d != "" {
				return d
			}
		}
		if g, ok := v["@graph"]; ok {
			return ldDate(g, articlesOnly, depth+1)
		}
	}
	return ""
}

// ldString returns a JSON-LD value as a string: the string itself, the
// first string of a list, or an object's @value.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		for _, e := range v {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		return ldString(v["@value"])
	}
	return ""
}

// isArticleType reports whether a JSON-LD @type (a string or a list of
// them, possibly a full schema.org URL) names a kind of article.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		name := t[strings.LastIndexAny(t, "/:#")+1:]
		return strings.HasSuffix(name, "Article") || name == "BlogPosting" || name == "Report"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
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
