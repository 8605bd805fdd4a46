package pagegold

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/article"
)

// ---- The best possible root (issue 15's evidence) ----

// Element is one element of a walked page — a box of the walk, or the
// whole walk (<body>) — judged against the root criterion as the chosen
// root is: its whole text (article.BuildText over the box's nodes, before
// any non-article block is left out) against Readability's expected.html,
// or against the with/without phrases of a page without one.
type Element struct {
	// Box is the box's index in the walk (article.Page.Boxes), -1 for the
	// whole walk.
	Box int `json:"box"`
	// Path names the element by its tag, id and first two classes, and
	// those of the boxes that hold it: "div#main > article.story".
	Path  string `json:"path"`
	Words int    `json:"words"` // words of its text
	// Coverage and Outside as Root's, with expected.html (else 0).
	Coverage float64 `json:"coverage"`
	Outside  float64 `json:"outside"`
	// The with phrases it holds, the ones it lacks and the without phrases
	// it holds (always measured, also on a page with expected.html).
	WithFound    int      `json:"with_found"`
	WithMissing  []string `json:"with_missing,omitempty"`
	WithoutFound []string `json:"without_found,omitempty"`
	// WithoutWhere says, for each of WithoutFound, where it stands in the
	// element's text among the with phrases it holds: "between" (after the
	// start of one and before the start of another: no element can hold
	// both without it), "before" the first or "after" the last; filled for
	// Best, Full, Clean and Chosen.
	WithoutWhere []string `json:"without_where,omitempty"`
	// OK: it meets the criterion (Root.OK's rule).
	OK bool `json:"ok"`
	// Shortfall is how far it is from meeting the criterion: with
	// expected.html the points of coverage below 97 plus the points of
	// outside above 5, else the with phrases missing plus the without
	// phrases held; 0 when it meets it.
	Shortfall float64 `json:"shortfall"`
	// OutsideRuns are, with expected.html, the longest runs of the
	// element's consecutive words that expected.html does not hold (its
	// words taken in text order, each expected word used once): what makes
	// Outside, e.g. a headline, a byline or a teaser. Each ends in
	// "[start]" or "[end]" when no word of expected.html comes before or
	// after it in the element, else "[inside]": text between the
	// article's words, which no element can leave out.
	OutsideRuns []string `json:"outside_runs,omitempty"`
}

// Best is every element of a page against the root criterion: whether any
// meets it, and the one that comes closest.
type Best struct {
	Elements int  `json:"elements"` // elements judged: the boxes and the whole walk
	AnyOK    bool `json:"any_ok"`   // some element meets the criterion
	// Best is the element with the least shortfall; among equals, the one
	// with fewer with phrases missing, then (with expected.html) the higher
	// coverage minus outside, then fewer words (the tightest element,
	// least likely to carry text that is not the article); of elements
	// with the same figures, the innermost.
	Best Element `json:"best"`
	// Full and Clean bracket the trade-off when no element meets the
	// criterion. Full is the element that holds the whole article (with
	// expected.html: coverage ≥ 97; else every with phrase) with the least
	// else (the lowest outside, or the fewest without phrases), then fewer
	// words; Clean the one that holds nothing else (outside ≤ 5, or no
	// without phrase) with the most of the article (the highest coverage,
	// or the most with phrases), then fewer words. Nil when no element
	// qualifies.
	Full  *Element `json:"full,omitempty"`
	Clean *Element `json:"clean,omitempty"`
	// Chosen is the chosen root judged the same way (its path, words, runs).
	Chosen Element `json:"chosen"`
	// AnyWithPhrases, with expected.html only: some element meets the
	// criterion and also holds every with phrase and no without phrase.
	AnyWithPhrases bool `json:"any_with_phrases,omitempty"`
}

// BestRoot judges every element of the walked page w (each box and the
// whole walk) against the root criterion — expected is the text of
// Readability's expected.html, "" when the page has none — and returns the
// result beside the chosen root's (chosen: a box, -1 for the whole walk).
func BestRoot(w *article.Page, chosen int, expected string, info *PageInfo) Best {
	var want map[string]int
	var wantList []string
	if expected != "" {
		wantList = wordList(expected)
		want = words(expected)
	}
	with := make([]string, len(info.With))
	for i, p := range info.With {
		with[i] = Normalize(p)
	}
	without := make([]string, len(info.Without))
	for i, p := range info.Without {
		without[i] = Normalize(p)
	}
	judge := func(k int) Element {
		text := boxText(w, k)
		e := Element{Box: k, Path: boxPath(w, k)}
		nt := Normalize(text)
		for i, p := range with {
			if strings.Contains(nt, p) {
				e.WithFound++
			} else {
				e.WithMissing = append(e.WithMissing, info.With[i])
			}
		}
		for i, p := range without {
			if strings.Contains(nt, p) {
				e.WithoutFound = append(e.WithoutFound, info.Without[i])
			}
		}
		if want != nil {
			got := words(text)
			for _, n := range got {
				e.Words += n
			}
			e.Coverage, e.Outside = overlap(got, want)
			e.Shortfall = max(0, 97-e.Coverage) + max(0, e.Outside-5)
		} else {
			e.Words = wordCount(text)
			e.Shortfall = float64(len(e.WithMissing) + len(e.WithoutFound))
		}
		e.OK = e.Shortfall == 0
		return e
	}
	better := func(a, b Element) bool {
		if a.Shortfall != b.Shortfall {
			return a.Shortfall < b.Shortfall
		}
		if len(a.WithMissing) != len(b.WithMissing) {
			return len(a.WithMissing) < len(b.WithMissing)
		}
		if want != nil && a.Coverage-a.Outside != b.Coverage-b.Outside {
			return a.Coverage-a.Outside > b.Coverage-b.Outside
		}
		return a.Words <= b.Words // the inner element of equals: boxes come after their parents
	}
	// full: the article whole; clean: nothing else. Each with its measure
	// of the other side (lower is better) for the ranking.
	full := func(e Element) (bool, float64) {
		if want != nil {
			return e.Coverage >= 97, e.Outside
		}
		return len(e.WithMissing) == 0, float64(len(e.WithoutFound))
	}
	clean := func(e Element) (bool, float64) {
		if want != nil {
			return e.Outside <= 5, -e.Coverage
		}
		return len(e.WithoutFound) == 0, float64(len(e.WithMissing))
	}
	pick := func(cur **Element, e Element, side func(Element) (bool, float64)) {
		ok, v := side(e)
		if !ok {
			return
		}
		if *cur != nil {
			_, cv := side(**cur)
			if v > cv || v == cv && e.Words > (*cur).Words {
				return
			}
		}
		c := e
		*cur = &c
	}
	b := Best{Elements: len(w.Boxes) + 1}
	b.Best = judge(-1)
	for k := -1; k < len(w.Boxes); k++ {
		e := b.Best
		if k >= 0 {
			e = judge(k)
			if better(e, b.Best) {
				b.Best = e
			}
		}
		pick(&b.Full, e, full)
		pick(&b.Clean, e, clean)
		if e.OK {
			b.AnyOK = true
			if want != nil && e.WithFound == len(with) && len(e.WithoutFound) == 0 {
				b.AnyWithPhrases = true
			}
		}
		if k == chosen {
			b.Chosen = e
		}
	}
	for _, e := range []*Element{&b.Best, b.Full, b.Clean, &b.Chosen} {
		if e != nil && e.Path != "" {
			e.WithoutWhere = withoutWhere(w, e, with, without, info)
		}
	}
	if want != nil {
		b.Best.OutsideRuns = outsideRuns(w, b.Best.Box, wantList)
		if b.Chosen.Path != "" {
			b.Chosen.OutsideRuns = outsideRuns(w, b.Chosen.Box, wantList)
		}
		if b.Full != nil {
			b.Full.OutsideRuns = outsideRuns(w, b.Full.Box, wantList)
		}
	}
	return b
}

// boxText is the whole text of box k (of the whole walk for -1), as
// rootText builds the chosen root's.
func boxText(w *article.Page, k int) string {
	first, end := 0, len(w.Nodes)
	if k >= 0 {
		first, end = w.Boxes[k].First, w.Boxes[k].End
	}
	if end < first {
		end = first
	}
	return article.BuildText(w.Nodes[first:end]).Text
}

// withoutWhere places each without phrase e holds among the with phrases it
// holds (Element.WithoutWhere); with and without are the normalised
// phrases of info.
func withoutWhere(w *article.Page, e *Element, with, without []string, info *PageInfo) []string {
	if len(e.WithoutFound) == 0 {
		return nil
	}
	nt := normalize(boxText(w, e.Box)).s
	var starts []int
	for _, p := range with {
		starts = append(starts, indexAll(nt, p)...)
	}
	first, last := len(nt), -1
	for _, a := range starts {
		first, last = min(first, a), max(last, a)
	}
	var out []string
	for i, p := range without {
		at := indexAll(nt, p)
		if len(at) == 0 {
			continue
		}
		where := ""
		for _, a := range at {
			switch {
			case a > first && a < last:
				where = "between"
			case a <= first && where == "":
				where = "before"
			case a >= last && where != "between":
				where = "after"
			}
		}
		if len(starts) == 0 {
			where = "no with phrase"
		}
		out = append(out, info.Without[i]+": "+where)
	}
	return out
}

// boxPath names box k by its tag, id and first two classes, and those of
// the boxes that hold it; "body" for the whole walk (-1).
func boxPath(w *article.Page, k int) string {
	var segs []string
	for ; k >= 0; k = w.Boxes[k].Parent {
		b := &w.Boxes[k]
		s := b.Tag
		if b.ID != "" {
			s += "#" + clip(b.ID)
		}
		for i, c := range strings.Fields(b.Class) {
			if i == 2 {
				s += ".…"
				break
			}
			s += "." + clip(c)
		}
		segs = append(segs, s)
	}
	segs = append(segs, "body")
	for i, j := 0, len(segs)-1; i < j; i, j = i+1, j-1 {
		segs[i], segs[j] = segs[j], segs[i]
	}
	return strings.Join(segs, " > ")
}

// clip shortens a long id or class name to 24 bytes and "…".
func clip(s string) string {
	if len(s) <= 24 {
		return s
	}
	k := 24
	for k > 0 && !utf8.RuneStart(s[k]) {
		k--
	}
	return s[:k] + "…"
}

// shortPath keeps the last n segments of a path.
func shortPath(p string, n int) string {
	segs := strings.Split(p, " > ")
	if len(segs) <= n {
		return p
	}
	return "… > " + strings.Join(segs[len(segs)-n:], " > ")
}

// outsideRuns returns the five longest runs of consecutive words of box
// k's text (the whole walk for -1) that are not in the article: the words
// left out of a longest common subsequence of the element's words and
// want's (expected.html's, in order), so that a headline word that the
// article repeats later is still the headline's. Each run is tagged
// "[start]", "[end]" or "[inside]" (Element.OutsideRuns).
func outsideRuns(w *article.Page, k int, want []string) []string {
	got := wordList(boxText(w, k))
	out := make([]bool, len(got)) // got[i] is not in the article
	ids := map[string]int32{}
	id := func(ws []string) []int32 {
		v := make([]int32, len(ws))
		for i, x := range ws {
			n, ok := ids[x]
			if !ok {
				n = int32(len(ids))
				ids[x] = n
			}
			v[i] = n
		}
		return v
	}
	a, b := id(got), id(want)
	n, m := len(a), len(b)
	if n*m <= 10_000_000 { // 40 MB at most
		// lcs[i*(m+1)+j]: the longest common subsequence of a[i:] and b[j:].
		lcs := make([]int32, (n+1)*(m+1))
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				v := lcs[(i+1)*(m+1)+j]
				if a[i] == b[j] {
					v = lcs[(i+1)*(m+1)+j+1] + 1
				} else if r := lcs[i*(m+1)+j+1]; r > v {
					v = r
				}
				lcs[i*(m+1)+j] = v
			}
		}
		for i, j := 0, 0; i < n; {
			switch {
			case j < m && a[i] == b[j]:
				i, j = i+1, j+1
			case j == m || lcs[(i+1)*(m+1)+j] >= lcs[i*(m+1)+j+1]:
				out[i] = true
				i++
			default:
				j++
			}
		}
	} else { // too large to align: each word of want used once, in order
		left := map[int32]int{}
		for _, x := range b {
			left[x]++
		}
		for i, x := range a {
			if left[x] > 0 {
				left[x]--
			} else {
				out[i] = true
			}
		}
	}
	type run struct {
		words      []string
		start, end bool
	}
	var runs []run
	var cur []string
	seen := false // a word of the article before cur
	for i, x := range got {
		if !out[i] {
			if len(cur) > 0 {
				runs, cur = append(runs, run{cur, !seen, false}), nil
			}
			seen = true
			continue
		}
		cur = append(cur, x)
	}
	if len(cur) > 0 {
		runs = append(runs, run{cur, !seen, true})
	}
	sort.SliceStable(runs, func(i, j int) bool { return len(runs[i].words) > len(runs[j].words) })
	var res []string
	for _, r := range runs {
		if len(res) == 5 {
			break
		}
		s := strings.Join(r.words, " ")
		if len(r.words) > 12 {
			s = strings.Join(r.words[:12], " ") + " … (" + strconv.Itoa(len(r.words)) + " words)"
		}
		switch {
		case r.start:
			s += " [start]"
		case r.end:
			s += " [end]"
		default:
			s += " [inside]"
		}
		res = append(res, s)
	}
	return res
}
