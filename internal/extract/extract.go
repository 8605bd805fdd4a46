// Package extract finds the article on a walked page: the one box (block
// element) that holds the article's text, and the boxes inside it that are
// not the article (bylines, share bars, related links, promos, …).
//
// It reads only what the walker records for every page — the boxes' tags
// and attributes and the text nodes inside them — so that the browser
// (which sends the walk of the whole page) and `glossline bake` (which
// walks the parsed page the same way) choose the same element.
//
// The scoring follows the best extractors (Mozilla Readability's
// paragraph scoring with link density and class hints, and the semantic
// hints of schema.org and HTML: itemprop=articleBody, <article>, <main>,
// role=main), never choosing a hidden, tiny or navigation-only box.
//
// It is pure computation: no clock, no I/O, no JavaScript.
package extract

import (
	_ "embed" // for //go:embed
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/article"
)

// Result is what Find decided.
type Result struct {
	// Root is the index of the article's box; -1 when the whole walked
	// page is the article (Whole) or when it has no article.
	Root int
	// Whole: no box stands out, and the walked page itself holds the
	// article (a page of a few paragraphs straight in <body>, or a
	// caller's target).
	Whole bool
	// Skip marks, per box, the boxes inside Root that are not the article:
	// their text is neither marked nor read for the timeline or the
	// glossary. Boxes outside Root are not marked (they are outside
	// anyway).
	Skip []bool
}

// stats are the measures of one box.
type stats struct {
	chars  int // letters and digits of the text inside the box
	link   int // of which inside links
	own    int // of which in no child box
	commas int // commas in the box's own text
	score  float64
	scored bool
	hidden bool // the box or an ancestor is hidden
	// paras counts the paragraphs inside: boxes whose own text is at
	// least paraMin letters, mostly outside links; good is their text.
	paras, good int
	ownLink     int  // letters of the own text inside links
	out         bool // hidden or unlikely, itself or through an ancestor
}

// paraMin is the least own text of a box that counts as a paragraph.
const paraMin = 25

// Find chooses the article root of p (see Result).
func Find(p *article.Page) Result {
	res := Result{Root: -1, Skip: make([]bool, len(p.Boxes))}
	st := measure(p)
	// Readability's paragraph scoring: every box with enough text of its
	// own gives its parent a score, its grandparent half of it, and the
	// next ancestors less.
	for k := range p.Boxes {
		b := &p.Boxes[k]
		s := &st[k]
		if s.out || s.own < paraMin || !scoredTag(b.Tag) {
			continue
		}
		content := 1 + float64(s.commas) + float64(min(s.own/100, 3))
		level := 0
		for a := b.Parent; a >= 0 && level < 5; a = p.Boxes[a].Parent {
			if !st[a].scored {
				st[a].score = initialScore(&p.Boxes[a])
				st[a].scored = true
			}
			div := 1.0
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float64(level * 3)
			}
			st[a].score += content / div
			level++
		}
	}
	// The body that follows the headline (the heading that matches the
	// document's title) is the article, not a teaser further down.
	h := headline(p)
	best, second := -1, -1
	for k := range st {
		s := &st[k]
		if !s.scored || s.out {
			continue
		}
		s.score *= 1 - density(s)
		if near(p, k, h) {
			s.score *= 1.5
		}
		if best < 0 || s.score > st[best].score {
			best, second = k, best
		} else if second < 0 || s.score > st[second].score {
			second = k
		}
	}
	if best < 0 {
		// No paragraph has a box to score: text straight in <body>, or
		// no text at all.
		total, link := 0, 0
		for _, nd := range p.Nodes {
			c, _ := count(nd.Text)
			total += c
			if nd.Flags&article.Link != 0 {
				link += c
			}
		}
		if total-link >= paraMin {
			res.Whole = true
			exclude(p, st, -1, res.Skip)
		}
		return res
	}
	top := st[best].score
	best = widen(p, st, best)
	best = withHeadline(p, st, best, h, top)
	if st[best].chars-st[best].link < paraMin || navigation(&st[best]) {
		return res
	}
	res.Root = best
	exclude(p, st, best, res.Skip)
	return res
}

// Within treats the whole walked page as the article (a caller's target)
// and finds only the boxes inside it that are not the article.
func Within(p *article.Page) Result {
	res := Result{Root: -1, Whole: true, Skip: make([]bool, len(p.Boxes))}
	exclude(p, measure(p), -1, res.Skip)
	return res
}

// measure computes every box's stats.
func measure(p *article.Page) []stats {
	st := make([]stats, len(p.Boxes))
	// The innermost box of each node: boxes come in document order, so a
	// stack of open boxes follows the nesting.
	var open []int
	k := 0
	for i, nd := range p.Nodes {
		for len(open) > 0 && p.Boxes[open[len(open)-1]].End <= i {
			open = open[:len(open)-1]
		}
		for k < len(p.Boxes) && p.Boxes[k].First <= i {
			for len(open) > 0 && p.Boxes[open[len(open)-1]].End <= p.Boxes[k].First {
				open = open[:len(open)-1]
			}
			open = append(open, k)
			k++
			for len(open) > 0 && p.Boxes[open[len(open)-1]].End <= i {
				open = open[:len(open)-1]
			}
		}
		chars, commas := count(nd.Text)
		if len(open) == 0 {
			continue
		}
		inner := open[len(open)-1]
		st[inner].own += chars
		st[inner].commas += commas
		if nd.Flags&article.Link != 0 {
			st[inner].ownLink += chars
		}
		for _, b := range open {
			st[b].chars += chars
			if nd.Flags&article.Link != 0 {
				st[b].link += chars
			}
		}
	}
	for k := range p.Boxes {
		b := &p.Boxes[k]
		if hidden(b) || b.Parent >= 0 && st[b.Parent].hidden {
			st[k].hidden = true
		}
	}
	// An unlikely class or id (a menu, comments, a sidebar) makes a box no
	// part of the article — unless it holds paragraphs of its own: then it
	// is a wrapper of the page whatever it is called.
	paragraphs(p, st, func(k int) bool { return st[k].hidden })
	for k := range p.Boxes {
		b := &p.Boxes[k]
		st[k].out = st[k].hidden || unlikely(p, k) && st[k].paras < 3 && !textHeading(b, &st[k]) || b.Parent >= 0 && st[b.Parent].out
	}
	paragraphs(p, st, func(k int) bool { return st[k].out })
	return st
}

// paragraphs counts, for every box, the paragraphs inside it (boxes whose
// own text is at least 80 letters, less than a quarter of them in links)
// and their letters, leaving out the boxes for which skip is true.
func paragraphs(p *article.Page, st []stats, skip func(int) bool) {
	for k := range st {
		st[k].paras, st[k].good = 0, 0
	}
	// From the innermost boxes up: children come after their parents.
	for k := len(p.Boxes) - 1; k >= 0; k-- {
		if !skip(k) && st[k].own >= 80 && st[k].ownLink*4 < st[k].own {
			st[k].paras++
			st[k].good += st[k].own
		}
		if a := p.Boxes[k].Parent; a >= 0 {
			st[a].paras += st[k].paras
			st[a].good += st[k].good
		}
	}
}

// count returns the letters and digits of s and its commas.
func count(s string) (chars, commas int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
				chars++
			case c == ',':
				commas++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			chars++
		} else if r == '，' || r == '、' {
			commas++
		}
		i += n
	}
	return chars, commas
}

// density is the share of a box's text inside links.
func density(s *stats) float64 {
	if s.chars == 0 {
		return 0
	}
	return float64(s.link) / float64(s.chars)
}

// navigation reports whether a box is mostly links: a menu, a list of
// teasers.
func navigation(s *stats) bool { return density(s) > 0.5 }

func heading(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// underHeadline reports whether box k lies in a box that holds the
// headline h.
func underHeadline(p *article.Page, k, h int) bool {
	if h < 0 {
		return false
	}
	for a := p.Boxes[k].Parent; a >= 0; a = p.Boxes[a].Parent {
		if inside(p, h, a) {
			return true
		}
	}
	return false
}

// textHeading reports whether a box is a heading with no link whose class
// says nothing against it: a heading of the text, which keeps its place
// whatever its id says (an anchor "nav_…" of a table of contents). A
// heading of class "related-title" is a widget's; a block's heading goes
// with its block.
func textHeading(b *article.Box, s *stats) bool {
	if !heading(b.Tag) || s.ownLink != 0 || s.own == 0 {
		return false
	}
	c := *b
	c.ID = ""
	return !hint(&c, negative) && !hint(&c, unlikelyWords)
}

// scoredTag reports whether a box's own text is paragraph text.
func scoredTag(tag string) bool {
	switch tag {
	case "p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6", "div", "article", "main", "blockquote", "dd", "li", "figcaption":
		return true
	}
	return false
}

// initialScore is a candidate's score before its paragraphs' share: by
// its tag, its class and id, and the semantic hints.
func initialScore(b *article.Box) float64 {
	s := 0.0
	switch b.Tag {
	case "div":
		s = 5
	case "pre", "td", "blockquote":
		s = 3
	case "address", "ol", "ul", "dl", "dd", "dt", "li":
		s = -3
	case "h1", "h2", "h3", "h4", "h5", "h6", "th":
		s = -5
	}
	s += classWeight(b)
	if hasToken(b.Itemprop, "articleBody") || hasToken(b.Itemprop, "text") {
		s += 25
	}
	return s
}

// hasToken reports whether the space-separated list s holds tok, ignoring
// ASCII case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// words splits a class or id into lower-case words at every character that
// is not a letter or digit, and at lower-to-upper case changes
// ("articleBody" → "article", "body").
func words(s string, out []string) []string {
	start := -1
	var prev rune
	for i, r := range s {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		if letter && start >= 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			out = append(out, strings.ToLower(s[start:i]))
			start = i
		}
		if letter && start < 0 {
			start = i
		}
		if !letter && start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
		prev = r
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// hint reports whether any word of the box's class or id is in list (a
// word matches an entry it equals, or, for entries ending in "*", starts
// with).
func hint(b *article.Box, list []string) bool {
	var buf [16]string
	ws := words(b.ID, words(b.Class, buf[:0]))
	for _, w := range ws {
		for _, e := range list {
			if e[len(e)-1] == '*' && strings.HasPrefix(w, e[:len(e)-1]) || w == e {
				return true
			}
		}
	}
	return false
}

// Class and id words that speak for or against a box being the article
// (after Readability's positive and negative patterns, as words).
var (
	positive = []string{"article*", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "artikel*", "beitrag*", "inhalt*", "fliesstext", "copy", "prose"}
	negative = []string{"hidden", "banner", "combx", "comment*", "kommentar*", "contact", "foot", "footer", "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo*", "related", "scroll", "share*", "sharing", "shoutbox", "sidebar", "skyscraper", "sponsor*", "shopping", "tags", "tool*", "widget*", "teaser*", "ad", "ads", "advert*", "anzeige*", "social", "newsletter*", "recommend*", "taboola", "popular", "trending", "subscribe*", "abo", "paywall", "byline", "author*", "autor*", "writer", "bio", "breadcrumb*", "nav*", "menu*", "pagination", "pager", "rating", "print", "follow", "cookie*", "consent", "modal", "popup", "overlay", "alert", "signup", "login", "more", "mostread", "most", "read", "weiterlesen", "lesetipp*", "empfehlung*", "mehr"}
	// strong are the negative words that name a block which is not the
	// article whatever else its class says: in "article-byline" or
	// "article__share" the positive "article" only names the namespace.
	strong = []string{"byline", "share*", "sharing", "social", "related", "newsletter*", "promo*", "comment*", "kommentar*", "author*", "autor*", "writer", "bio"}
	// notHeadline are the words of boxes whose headings do not head the
	// article.
	notHeadline = []string{"breadcrumb*", "nav", "navigation", "navbar", "menu*", "teaser*", "related", "sidebar", "footer", "promo*", "pagination"}
	// unlikelyWords make a box no candidate at all, unless a maybe word
	// is there too.
	unlikelyWords = []string{"ad", "ai2html", "banner", "breadcrumbs", "combx", "comment*", "kommentar*", "community", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu*", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor*", "supplemental", "agegate", "pagination", "pager", "popup", "teaser*", "outbrain", "taboola", "newsletter*", "promo*", "cookie*", "consent", "navigation", "nav"}
	maybeWords    = []string{"and", "article*", "body", "column", "content", "main", "shadow", "story", "text", "artikel*", "beitrag*"}
	hiddenWords   = []string{"hidden", "hide", "is-hidden", "d-none", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "offscreen", "invisible", "u-hidden"}
)

// classWeight is Readability's class and id weight: +25 for a positive
// word, -25 for a negative one (both may apply).
func classWeight(b *article.Box) float64 {
	w := 0.0
	if hint(b, negative) {
		w -= 25
	}
	if hint(b, positive) {
		w += 25
	}
	return w
}

// unlikely reports whether box k can be no part of the article: an
// unlikely class or id without a maybe word, or a role that marks
// navigation, a dialog or an aside.
func unlikely(p *article.Page, k int) bool {
	b := &p.Boxes[k]
	switch strings.ToLower(strings.TrimSpace(b.Role)) {
	case "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search":
		return true
	}
	if b.Tag == "article" || b.Tag == "main" || hasToken(b.Itemprop, "articleBody") {
		return false
	}
	return hint(b, unlikelyWords) && !hint(b, maybeWords)
}

// hidden reports whether a box hides itself: an inline style with
// display:none or visibility:hidden, or a class that only hides.
func hidden(b *article.Box) bool {
	if b.Style != "" {
		st := strings.ToLower(strings.ReplaceAll(b.Style, " ", ""))
		if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
			return true
		}
	}
	for _, c := range strings.Fields(b.Class) {
		for _, h := range hiddenWords {
			if strings.EqualFold(c, h) {
				return true
			}
		}
	}
	return false
}

// widen moves from the best-scored box to the element that holds the
// whole article, as Readability does: up to an ancestor shared by the
// other strong candidates, up while the score rises, up from an only
// child, and to the parent when the best box's siblings are article text
// too and the parent holds little else.
func widen(p *article.Page, st []stats, best int) int {
	top := st[best].score
	// Strong alternatives that share an ancestor with the best box.
	var alts []int
	for k := range st {
		if k != best && st[k].scored && !st[k].hidden && top > 0 && st[k].score >= 0.75*top {
			alts = append(alts, k)
		}
	}
	if len(alts) >= 3 {
		for a := p.Boxes[best].Parent; a >= 0; a = p.Boxes[a].Parent {
			n := 0
			for _, k := range alts {
				if inside(p, k, a) {
					n++
				}
			}
			if n >= 3 {
				best = a
				break
			}
		}
	}
	// Up while what the parent adds is mostly paragraphs (a lead, a
	// second column of the body), and no competing article comes with it.
	for a := p.Boxes[best].Parent; a >= 0; a = p.Boxes[a].Parent {
		addAll := st[a].chars - st[best].chars
		addGood := st[a].good - st[best].good
		if addAll <= 0 || addGood*3 < addAll*2 || competitor(p, st, a, best, top) {
			break
		}
		best = a
	}
	// Up from an only child (not from an <article>, which says what it is).
	for a := p.Boxes[best].Parent; a >= 0 && p.Boxes[best].Tag != "article" && onlyChild(p, best, a); a = p.Boxes[a].Parent {
		best = a
	}
	return best
}

// competitor reports whether box a holds, outside box k, another article:
// a candidate in another <article> element than k's, scoring at least half
// of top and holding at least half as much paragraph text as k (a list of
// full articles). Parts of one story in several blocks are no competitors.
func competitor(p *article.Page, st []stats, a, k int, top float64) bool {
	mine := articleOf(p, k)
	end := p.Boxes[a].End
	for j := a + 1; j < len(p.Boxes) && p.Boxes[j].First < end; j++ {
		if j == k || !st[j].scored || st[j].score < top/2 || st[j].good*2 < st[k].good || !inside(p, j, a) || inside(p, j, k) || inside(p, k, j) {
			continue
		}
		if other := articleOf(p, j); other >= 0 && other != mine {
			return true
		}
	}
	return false
}

// articleOf returns the nearest <article> box that holds box k (k itself
// included), or -1.
func articleOf(p *article.Page, k int) int {
	for ; k >= 0; k = p.Boxes[k].Parent {
		if p.Boxes[k].Tag == "article" {
			return k
		}
	}
	return -1
}

// inside reports whether box k lies inside box a.
func inside(p *article.Page, k, a int) bool {
	for b := p.Boxes[k].Parent; b >= 0; b = p.Boxes[b].Parent {
		if b == a {
			return true
		}
	}
	return false
}

// onlyChild reports whether box k is the only child box of a and holds
// all of a's text.
func onlyChild(p *article.Page, k, a int) bool {
	kb, ab := &p.Boxes[k], &p.Boxes[a]
	if kb.First != ab.First || kb.End != ab.End {
		return false
	}
	for j := a + 1; j < len(p.Boxes) && p.Boxes[j].First < ab.End; j++ {
		if p.Boxes[j].Parent == a && j != k {
			return false
		}
	}
	return true
}

// exclude marks the boxes inside root (every box when root is -1) that are
// not the article.
func exclude(p *article.Page, st []stats, root int, skip []bool) {
	h := headline(p)
	for k := range p.Boxes {
		if root >= 0 && !inside(p, k, root) {
			continue
		}
		if a := p.Boxes[k].Parent; a >= 0 && skip[a] {
			skip[k] = true
			continue
		}
		b := &p.Boxes[k]
		s := &st[k]
		// The box of the headline is the article's own header, whatever
		// its class says (bylines inside it are tested on their own).
		own := h >= 0 && (k == h || inside(p, h, k))
		switch {
		case s.hidden:
			skip[k] = true
		case own:
		case s.out && !(s.chars >= 80 && s.link*4 < s.chars && !unlikely(p, k) && !hint(b, negative) && underHeadline(p, k, h)):
			// A paragraph in the article's own header (an unlikely
			// "entry-header") is its standfirst; the rest of the header
			// (kicker, byline, share bar) is left out.
			skip[k] = true
		case hint(b, negative) && (!hint(b, positive) || hint(b, strong)) && s.paras < 3 && !textHeading(b, s):
			skip[k] = true
		case s.chars > 0 && navigation(s) && s.paras < 2 && !prose(textOf(p, k)):
			skip[k] = true
		case s.chars <= maxRuleBlock && s.paras <= 1 && !heading(b.Tag):
			t := textOf(p, k)
			skip[k] = s.paras == 0 && (nonArticleText(t) || byline(t) || counter(t) || DateOnly(t) && b.Tag != "td" && b.Tag != "th") || containsRule(t)
		}
	}
}

// blockRules are the text rules of blocks that are not the article
// (data/blocks.txt). They are read where a block is tested — a few dozen
// short blocks per page — not parsed at start-up.
//
//go:embed data/blocks.txt
var blockRules string

// maxRuleBlock is the most letters a block may have for the text rules.
const maxRuleBlock = 200

// nonArticleText reports whether a short block's text s matches a rule of
// data/blocks.txt, or is a byline ("Von Anna Berg", "By John Smith").
func nonArticleText(s string) bool {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	// A credit in parentheses is a credit: "(Foto: dpa)".
	s = strings.TrimLeft(s, "([ ")
	if s == "" {
		return false
	}
	bare := strings.TrimRight(s, ".:!|·•-–— ")
	num, rest := "", ""
	if i := strings.IndexByte(bare, ' '); i > 0 && digitsOnly(bare[:i]) {
		num, rest = bare[:i], bare[i+1:]
	}
	return anyRule(func(kind, phrase string) bool {
		switch kind {
		case "prefix":
			return strings.HasPrefix(s, phrase)
		case "whole":
			return bare == phrase
		case "count":
			return num != "" && rest == phrase
		}
		return false
	})
}

// anyRule reports whether f holds for a rule of data/blocks.txt (its kind
// and phrase), reading the rules line by line.
func anyRule(f func(kind, phrase string) bool) bool {
	for rules := blockRules; rules != ""; {
		line := rules
		if i := strings.IndexByte(rules, '\n'); i >= 0 {
			line, rules = rules[:i], rules[i+1:]
		} else {
			rules = ""
		}
		if kind, phrase, ok := strings.Cut(line, " "); ok && phrase != "" && f(kind, phrase) {
			return true
		}
	}
	return false
}

// containsRule reports whether a short block's text s holds a phrase of a
// "has" rule of data/blocks.txt anywhere: a caption that ends with its
// credit, a dateline that names the author.
func containsRule(s string) bool {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return anyRule(func(kind, phrase string) bool { return kind == "has" && strings.Contains(s, phrase) })
}

// prose reports whether a block's text reads as a sentence: it ends with
// a full stop, a question or an exclamation mark (a linked question of an
// interview's overview), where a teaser's headline has none.
func prose(s string) bool {
	s = strings.TrimRight(s, " \t\n\u00a0”“\"'»«)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…")
}

// byline reports whether a short block is a byline: "Von" or "By" and a
// capitalised name, and nothing that reads as a sentence.
func byline(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 8 || strings.HasSuffix(s, ".") {
		return false
	}
	w := strings.ToLower(f[0])
	if w != "von" && w != "by" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[1])
	return unicode.IsUpper(r)
}

// counter reports whether a short block is a gallery's or a list's
// position: "Bild 1 von 9", "Image 3 of 12", "2 / 7".
func counter(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 4 {
		for _, r := range f[0] {
			if !unicode.IsLetter(r) {
				return false
			}
		}
		f = f[1:]
	}
	if len(f) != 3 || !digitsOnly(f[0]) || !digitsOnly(f[2]) {
		return false
	}
	switch f[1] {
	case "von", "of", "/", "aus":
		return true
	}
	return false
}

// DateOnly reports whether a short block's text is a date and nothing
// else, in any language: "14. May 2019", "Jun 7, 2023, 8:54 PM UTC |",
// "05/08/2019 | 15:30". It holds a year (a four-digit number from 1900 to
// 2099, alone or ending a numeric date), two to eight tokens, and at most
// three words (a month, a weekday, "Uhr", "PM", "UTC") of at most ten
// letters — a dateline, which the pipeline reads for the reference date
// but the analysis does not mark.
func DateOnly(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 8 {
		return false
	}
	year, words := false, 0
	for _, tok := range f {
		tok = strings.Trim(tok, ".,;:|-–—()·•")
		if tok == "" {
			continue
		}
		if c := tok[0]; c >= '0' && c <= '9' {
			// A time may carry its "am" or "pm": "9:00AM".
			if l := strings.ToLower(tok); strings.HasSuffix(l, "am") || strings.HasSuffix(l, "pm") {
				tok = tok[:len(tok)-2]
			}
			for i := 0; i < len(tok); i++ {
				if c := tok[i]; (c < '0' || c > '9') && c != '.' && c != '/' && c != ':' {
					return false
				}
			}
			if n := len(tok); n >= 4 && digitsOnly(tok[n-4:]) && (tok[n-4:n-2] == "19" || tok[n-4:n-2] == "20") && (n == 4 || tok[n-5] == '.' || tok[n-5] == '/') {
				year = true
			}
			continue
		}
		for _, r := range tok {
			if !unicode.IsLetter(r) {
				return false
			}
		}
		words++
		if words > 3 || utf8.RuneCountInString(tok) > 10 {
			return false
		}
	}
	return year
}

func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// textOf returns the text of box k's nodes, joined.
func textOf(p *article.Page, k int) string {
	var b strings.Builder
	for i := p.Boxes[k].First; i < p.Boxes[k].End; i++ {
		b.WriteString(p.Nodes[i].Text)
		b.WriteByte(' ')
	}
	return b.String()
}

// headline returns the box of the article's headline: the h1–h4 whose
// words best match the document's title (most of the heading's words in
// the title), else the page's only h1; -1 when there is none.
func headline(p *article.Page) int {
	title := map[string]bool{}
	for _, w := range wordsOfText(p.Title) {
		title[w] = true
	}
	best, bestScore, h1s, h1 := -1, 0.0, 0, -1
	for k := range p.Boxes {
		tag := p.Boxes[k].Tag
		if tag != "h1" && tag != "h2" && tag != "h3" && tag != "h4" {
			continue
		}
		if tag == "h1" {
			h1s++
			h1 = k
		}
		ws := wordsOfText(textOf(p, k))
		if len(ws) < 2 || len(title) == 0 || inUnlikely(p, k) {
			continue
		}
		common := 0
		for _, w := range ws {
			if title[w] {
				common++
			}
		}
		score := float64(common) / float64(len(ws))
		if tag == "h1" {
			score += 0.01 // an h1 wins a tie
		}
		if score >= 0.6 && score > bestScore {
			best, bestScore = k, score
		}
	}
	if best < 0 && h1s == 1 {
		best = h1
	}
	return best
}

// inUnlikely reports whether box k lies in a breadcrumb trail, a menu, a
// teaser or a sidebar: a heading there repeats the title but does not head
// the article.
func inUnlikely(p *article.Page, k int) bool {
	for a := p.Boxes[k].Parent; a >= 0; a = p.Boxes[a].Parent {
		if hint(&p.Boxes[a], notHeadline) {
			return true
		}
	}
	return false
}

// wordsOfText returns the lower-case words of s.
func wordsOfText(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// near reports whether candidate k holds the headline h or starts soon
// after it (at most nearHeadline letters of text between them).
func near(p *article.Page, k, h int) bool {
	if h < 0 {
		return false
	}
	if k == h || inside(p, h, k) {
		return true
	}
	hb, kb := &p.Boxes[h], &p.Boxes[k]
	if kb.First < hb.End {
		return false
	}
	n := 0
	for i := hb.End; i < kb.First; i++ {
		c, _ := count(p.Nodes[i].Text)
		n += c
		if n > nearHeadline {
			return false
		}
	}
	return true
}

// nearHeadline is how much text (letters) may lie between a headline and
// the body it heads: a standfirst, a byline, a picture's caption.
const nearHeadline = 600

// maxLead is the most text (letters) the headline and what stands between
// it and the root may hold for the root to be widened to take them in: a
// headline and a standfirst, not an author's box and a gallery.
const maxLead = 450

// withHeadline widens the root to take in its headline (and what stands
// between them: a standfirst, a lead picture, the byline) when the
// headline comes shortly before the root and the common ancestor adds
// little else.
func withHeadline(p *article.Page, st []stats, root, h int, top float64) int {
	if h < 0 || inside(p, h, root) || p.Boxes[h].First > p.Boxes[root].First || !near(p, root, h) {
		return root
	}
	a := p.Boxes[root].Parent
	for a >= 0 && !inside(p, h, a) {
		a = p.Boxes[a].Parent
	}
	if a < 0 {
		return root
	}
	// What the ancestor adds is the headline, what stands between it and
	// the root (at most nearHeadline letters: near), and the rest; the rest
	// must be little, and the addition no list of links.
	head, last := 0, 0
	for i := p.Boxes[h].First; i < p.Boxes[root].First; i++ {
		c, _ := count(p.Nodes[i].Text)
		head += c
		if c > 0 {
			last = i + 1
		}
	}
	// What stands between them must be the article's own text: headings
	// alone (the headline, a subtitle, a dateline set as a heading), or a
	// standfirst among them — a <p> paragraph (a lead, an editor's note)
	// or a block of sentences of any tag that runs straight into the root;
	// a paragraph being at least paraMin letters of its own, mostly
	// outside links, not hidden, no caption and named by no negative class
	// (a byline, a promo). A header block without one — the byline, share
	// buttons, the lead picture's caption, a subtitle set apart from the
	// body by them — is not the article's text: the root stays the body.
	heads, lead := 0, false
	for k := h; k < len(p.Boxes) && p.Boxes[k].First < p.Boxes[root].First; k++ {
		b, s := &p.Boxes[k], &st[k]
		if heading(b.Tag) {
			heads += s.chars
		}
		caption := b.Tag == "figcaption" || b.Parent >= 0 && p.Boxes[b.Parent].Tag == "figcaption"
		lead = lead || k > h && s.own >= paraMin && s.ownLink*2 < s.own && !s.hidden && !caption && !hint(b, negative) && (b.Tag == "p" || b.End == last && prose(textOf(p, k)))
	}
	add, addLink := st[a].chars-st[root].chars, st[a].link-st[root].link
	// Blocks after the root that say what they are (a list of related
	// articles, an author's box) are left out of the reading anyway and
	// do not count as the rest.
	rest := add - head
	end := p.Boxes[a].End
	for j := a + 1; j < len(p.Boxes) && p.Boxes[j].First < end; j++ {
		bj := &p.Boxes[j]
		if bj.First >= p.Boxes[root].End && hint(bj, strong) && st[j].paras < 3 {
			rest -= st[j].chars
			for j+1 < len(p.Boxes) && p.Boxes[j+1].First < bj.End {
				j++ // its children are counted with it
			}
		}
	}
	if head > maxLead || rest*7 > st[root].chars || addLink*2 > add || competitor(p, st, a, root, top) || heads < head && !lead {
		return root
	}
	return a
}
