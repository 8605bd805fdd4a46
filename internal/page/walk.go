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
// browser walker's rules. Link, Heading, Caption and Done also come from
// root itself and its ancestors (a targeted <h1> is a heading).
//
// White-space-only text nodes are kept, also between blocks, exactly as the
// browser walker keeps them, so that the CLI and the browser build the same
// analysis text from the same page.
func walk(root *html.Node) ([]*html.Node, []article.Node) {
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
	var nodes []*html.Node
	var text []article.Node
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
			text = append(text, article.Node{Text: n.Data, Flags: f})
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
			return true
		}
		return false
	}, func(n *html.Node) {
		if isBlock(n) {
			pending = true
		}
		f := flagsOf(n)
		for b := range depth {
			if f&(1<<b) != 0 {
				depth[b]--
			}
		}
	})
	return nodes, text
}
