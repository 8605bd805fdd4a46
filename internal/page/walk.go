package page

import (
	"strings"

	"github.com/glossline/glossline/internal/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipTags are the elements whose subtrees the walker never enters
// (docs/ARCHITECTURE.md, "The text model").
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"textarea": true, "input": true, "select": true, "button": true,
	"code": true, "pre": true, "kbd": true, "samp": true, "svg": true,
	"math": true, "iframe": true, "object": true, "nav": true,
	"aside": true, "footer": true, "form": true,
}

// blockTags are the elements whose start and end are block boundaries.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "li": true, "ul": true, "ol": true, "dl": true,
	"dt": true, "dd": true, "figure": true, "figcaption": true,
	"blockquote": true, "section": true, "article": true, "header": true,
	"main": true, "table": true, "tr": true, "td": true, "th": true,
	"caption": true, "address": true, "details": true, "summary": true,
	"hr": true, "br": true,
}

// skipped reports whether the walker leaves out the element n and its
// subtree: a skipped tag, an editable region ([contenteditable] other than
// "false"), [hidden], [aria-hidden=true], or glossline's own UI (.gl-panel,
// .gl-pop).
func skipped(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if skipTags[n.Data] {
		return true
	}
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "contenteditable":
			if !strings.EqualFold(strings.TrimSpace(a.Val), "false") {
				return true
			}
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "class":
			for _, c := range strings.FieldsFunc(a.Val, isHTMLSpace) {
				if c == "gl-panel" || c == "gl-pop" {
					return true
				}
			}
		}
	}
	return false
}

func isBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && blockTags[n.Data]
}

// flagsOf returns the flags that element n gives to the text inside it.
func flagsOf(n *html.Node) article.Flags {
	if n.Type != html.ElementNode {
		return 0
	}
	var f article.Flags
	switch n.DataAtom {
	case atom.A:
		f |= article.Link
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		f |= article.Heading
	case atom.Figcaption:
		f |= article.Caption
	}
	if hasClass(n, "gl-date") || hasClass(n, "gl-term") {
		f |= article.Done
	}
	return f
}

// walk lists the text nodes under root with their flags, following the
// browser walker's rules, and the boxes (block elements other than hr and
// br) that hold them: the page the article finder reads. Link, Heading,
// Caption and Done also come from root itself and its ancestors (a
// targeted <h1> is a heading).
//
// White-space-only text nodes are kept, also between blocks, exactly as the
// browser walker keeps them, so that the CLI and the browser build the same
// analysis text from the same page.
func walk(root *html.Node) (nodes []*html.Node, boxes []*html.Node, pg *article.Page) {
	// depth counts, per flag bit, how many open elements set it.
	var depth [8]int
	for n := root; n != nil; n = n.Parent {
		f := flagsOf(n)
		for b := range depth {
			if f&(1<<b) != 0 {
				depth[b]++
			}
		}
	}
	pg = &article.Page{}
	open := -1
	pending := false // a block boundary since the last emitted node
	traverse(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if n.Data == "" {
				return false // never produced by the parser; nothing to mark
			}
			var f article.Flags
			if pending {
				f |= article.Block
			}
			for b := range depth {
				if depth[b] > 0 {
					f |= 1 << b
				}
			}
			nodes = append(nodes, n)
			pg.Nodes = append(pg.Nodes, article.Node{Text: strings.ReplaceAll(n.Data, "\x00", "\ufffd"), Flags: f})
			pending = false
			return false
		case html.ElementNode:
			// A skipped block element is still a block boundary.
			if isBlock(n) {
				pending = true
			}
			if skipped(n) {
				return false
			}
			f := flagsOf(n)
			for b := range depth {
				if f&(1<<b) != 0 {
					depth[b]++
				}
			}
			if n.DataAtom == atom.Time {
				if v := attr(n, "datetime"); v != "" {
					pg.Times = append(pg.Times, article.Time{Node: len(pg.Nodes), Value: v, Byline: inByline(n)})
				}
			}
			if isBox(n) {
				boxes = append(boxes, n)
				pg.Boxes = append(pg.Boxes, article.Box{
					Tag: n.Data, ID: attr(n, "id"), Class: attr(n, "class"), Itemprop: attr(n, "itemprop"),
					Role: attr(n, "role"), Style: attr(n, "style"), Lang: attr(n, "lang"),
					Parent: open, First: len(pg.Nodes), End: -1,
				})
				open = len(pg.Boxes) - 1
			}
			return true
		}
		return false
	}, func(n *html.Node) {
		if isBlock(n) {
			pending = true
		}
		if isBox(n) && open >= 0 && boxes[open] == n {
			pg.Boxes[open].End = len(pg.Nodes)
			open = pg.Boxes[open].Parent
		}
		f := flagsOf(n)
		for b := range depth {
			if f&(1<<b) != 0 {
				depth[b]--
			}
		}
	})
	return nodes, boxes, pg
}

// isBox reports whether n is a box of the walked page: a block element
// other than hr and br.
func isBox(n *html.Node) bool {
	return isBlock(n) && n.DataAtom != atom.Hr && n.DataAtom != atom.Br
}

// inByline reports whether n is inside a byline: an element (n included)
// whose class contains "byline" in any case, or that has a child with
// rel="author" — the loader's closest("[class*=byline i],:has(>[rel~=author i])").
func inByline(n *html.Node) bool {
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if strings.Contains(strings.ToLower(attr(a, "class")), "byline") {
			return true
		}
		for c := a.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && hasToken(attr(c, "rel"), "author") {
				return true
			}
		}
	}
	return false
}
