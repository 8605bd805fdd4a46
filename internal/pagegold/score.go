package pagegold

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/eval"
	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/temporal"
	"github.com/glossline/glossline/internal/timeline"
	"github.com/glossline/glossline/internal/timex"
)

// pct returns 100·a/b, 0 when b is 0.
func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// containsFold reports whether s contains one of subs, ignoring case.
func containsFold(s string, subs []string) bool {
	s = strings.ToLower(s)
	for _, w := range subs {
		if strings.Contains(s, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// ---- Root (issue 15) ----

// Root is how well the chosen article root matches the article, as the
// root's whole text (before the blocks inside it that are not the article
// are left out: the criterion) and as the text glossline reads
// (after).
type Root struct {
	// Expected: the page has Readability's expected.html; then Coverage is
	// the share of its words that the root's text holds and Outside the
	// share of the root's words that it does not (word multisets, %).
	Expected bool    `json:"expected"`
	Coverage float64 `json:"coverage"`
	Outside  float64 `json:"outside"`
	// ReadCoverage and ReadOutside are the same for the text glossline
	// reads (the root without its non-article blocks).
	ReadCoverage float64 `json:"read_coverage"`
	ReadOutside  float64 `json:"read_outside"`
	// The with/without phrases of pages.json found in the root's text;
	// WithLost are with phrases in the root that the reading leaves out,
	// WithoutRead without phrases still in the text glossline reads.
	With         int      `json:"with"`
	WithFound    int      `json:"with_found"`
	WithMissing  []string `json:"with_missing,omitempty"`
	WithoutFound []string `json:"without_found,omitempty"`
	WithLost     []string `json:"with_lost,omitempty"`
	WithoutRead  []string `json:"without_read,omitempty"`
	// NonArticle: phrases of non_article_inside that are in the analysed
	// text; Marked those of them that carry a date or a term.
	NonArticle       int      `json:"non_article"`
	NonArticleMarked []string `json:"non_article_marked,omitempty"`
	// OK: coverage ≥ 97% and outside ≤ 5% with expected.html, else every
	// with phrase found and no without phrase — for the root's whole text.
	OK bool `json:"ok"`
	// ReadOK is the same for the text glossline reads.
	ReadOK bool `json:"read_ok"`
	// Best is every element of the page judged by the criterion of OK
	// (BestRoot): whether one meets it, and the closest; nil when the page
	// was not walked.
	Best *Best `json:"best,omitempty"`
}

// ScoreRoot compares the root's text (rootText, before its non-article
// blocks are left out) and the analysed text (read) with the article:
// expected is the text of Readability's expected.html, "" when the page has
// none. marks are the byte ranges of the analysis's dates and terms in
// read.
func ScoreRoot(rootText, read, expected string, info *PageInfo, marks [][2]int) Root {
	r := Root{Expected: expected != ""}
	nt, nr := normalize(rootText), normalize(read)
	if r.Expected {
		want := words(expected)
		r.Coverage, r.Outside = overlap(words(rootText), want)
		r.ReadCoverage, r.ReadOutside = overlap(words(read), want)
	}
	r.With = len(info.With)
	for _, p := range info.With {
		np := Normalize(p)
		switch {
		case !strings.Contains(nt.s, np):
			r.WithMissing = append(r.WithMissing, p)
		default:
			r.WithFound++
			if !strings.Contains(nr.s, np) {
				r.WithLost = append(r.WithLost, p)
			}
		}
	}
	for _, p := range info.Without {
		np := Normalize(p)
		if strings.Contains(nt.s, np) {
			r.WithoutFound = append(r.WithoutFound, p)
		}
		if strings.Contains(nr.s, np) {
			r.WithoutRead = append(r.WithoutRead, p)
		}
	}
	for _, p := range info.NonArticleInside {
		np := Normalize(p)
		at := indexAll(nr.s, np)
		if len(at) > 0 {
			r.NonArticle++
		}
		for _, a := range at {
			s, e := nr.span(a, a+len(np))
			if overlapsAny(s, e, marks) {
				r.NonArticleMarked = append(r.NonArticleMarked, p)
				break
			}
		}
	}
	if r.Expected {
		r.OK = r.Coverage >= 97 && r.Outside <= 5
		r.ReadOK = r.ReadCoverage >= 97 && r.ReadOutside <= 5
	} else {
		r.OK = r.WithFound == r.With && len(r.WithoutFound) == 0
		r.ReadOK = r.WithFound == r.With && len(r.WithLost) == 0 && len(r.WithoutRead) == 0
	}
	return r
}

// overlap returns the share of want's words that got holds and the share of
// got's words that want does not (word multisets, %).
func overlap(got, want map[string]int) (coverage, outside float64) {
	common, nGot, nWant := 0, 0, 0
	for w, k := range want {
		common += min(k, got[w])
		nWant += k
	}
	for _, k := range got {
		nGot += k
	}
	return pct(common, nWant), pct(nGot-common, nGot)
}

func overlapsAny(s, e int, spans [][2]int) bool {
	for _, m := range spans {
		if m[0] < e && s < m[1] {
			return true
		}
	}
	return false
}

// ---- Dates (issue 16) ----

// Dates is the scoring of the dates of one page or, pooled, of several.
type Dates struct {
	Gold      int `json:"gold"`      // gold expressions
	Valued    int `json:"valued"`    // … with a value (not null): recall's base
	Unlocated int `json:"unlocated"` // … whose context is not in the analysed text
	Sys       int `json:"sys"`       // expressions found: precision's base
	Matched   int `json:"matched"`   // gold and found overlap (1:1)
	Correct   int `json:"correct"`   // … and the values are equal
	// NullDated counts gold null expressions matched by a found one with a
	// calendar value (an anchored date, week, month, season, quarter, year,
	// decade, century, time or range).
	NullDated  int        `json:"null_dated"`
	P          float64    `json:"p"`
	R          float64    `json:"r"`
	F1         float64    `json:"f1"`
	Mismatches []DateMiss `json:"mismatches,omitempty"`
}

// DateMiss is one difference between the gold and what was found.
type DateMiss struct {
	// Kind: "unlocated" (the gold context is not in the analysed text),
	// "missed" (nothing found there), "wrong" (another value), "null-dated"
	// (a calendar value where the gold has none), "null-marked" (another
	// value where the gold has none), "extra" (found where the gold has
	// nothing).
	Kind    string `json:"kind"`
	Text    string `json:"text,omitempty"`     // gold text
	Gold    string `json:"gold,omitempty"`     // gold value, "null"
	SysText string `json:"sys_text,omitempty"` // found text
	Sys     string `json:"sys,omitempty"`      // found value
}

func (d *Dates) add(o Dates) {
	d.Gold += o.Gold
	d.Valued += o.Valued
	d.Unlocated += o.Unlocated
	d.Sys += o.Sys
	d.Matched += o.Matched
	d.Correct += o.Correct
	d.NullDated += o.NullDated
	d.finish()
}

// finish computes value precision (correct over found), recall (correct
// over gold with a value) and F1, in %.
func (d *Dates) finish() {
	d.P, d.R = pct(d.Correct, d.Sys), pct(d.Correct, d.Valued)
	if d.P+d.R > 0 {
		d.F1 = 2 * d.P * d.R / (d.P + d.R)
	} else {
		d.F1 = 0
	}
}

// Calendar reports whether a value puts an expression on the calendar.
func Calendar(v string) bool {
	_, ok := timex.Parse(v)
	return ok
}

// locate finds each gold expression in the analysed text by its context
// and, in the context, its text: the first occurrence not already taken by
// an earlier gold expression, looking first at the contexts at or after the
// previous one's. It returns byte ranges of text, {-1, -1} for the
// expressions not found.
func locate(nt normalized, gold []Timex) [][2]int {
	out := make([][2]int, len(gold))
	taken := map[int]bool{}
	last := 0
	for i, g := range gold {
		out[i] = [2]int{-1, -1}
		ctx, txt := Normalize(g.Context), Normalize(g.Text)
		at := indexAll(nt.s, ctx)
		k := 0
		for k < len(at) && at[k] < last {
			k++
		}
		order := append(append([]int{}, at[k:]...), at[:k]...)
	search:
		for _, c := range order {
			for _, j := range indexAll(ctx, txt) {
				if !taken[c+j] {
					taken[c+j], last = true, c
					s, e := nt.span(c+j, c+j+len(txt))
					out[i] = [2]int{s, e}
					break search
				}
			}
		}
	}
	return out
}

// ScoreDates scores the dates found in text against the page's gold
// expressions: each is located by its context, then gold and found
// expressions that overlap are paired one to one, left to right
// (TempEval-3 relaxed matching, internal/eval).
func ScoreDates(text string, found []temporal.Expr, gold []Timex) Dates {
	d := Dates{Gold: len(gold), Sys: len(found)}
	spans := locate(normalize(text), gold)
	type located struct {
		eval.Timex
		gold int // index into gold
	}
	var loc []located
	for i, t := range gold {
		if t.Value != nil {
			d.Valued++
		}
		if spans[i][0] < 0 {
			d.Unlocated++
			d.Mismatches = append(d.Mismatches, DateMiss{Kind: "unlocated", Text: t.Text, Gold: goldValue(t)})
			continue
		}
		loc = append(loc, located{eval.Timex{Start: spans[i][0], End: spans[i][1]}, i})
	}
	sort.SliceStable(loc, func(a, b int) bool { return loc[a].Start < loc[b].Start })
	g := make([]eval.Timex, len(loc))
	for k, l := range loc {
		g[k] = l.Timex
	}
	sys := make([]eval.Timex, len(found))
	for i, e := range found {
		sys[i] = eval.Timex{Start: e.Start, End: e.End, Value: e.Value}
	}
	res := eval.Score(g, sys)
	for _, p := range res.Pairs {
		t, s := gold[loc[p.Gold].gold], found[p.Sys]
		d.Matched++
		miss := DateMiss{Text: t.Text, Gold: goldValue(t), SysText: text[s.Start:s.End], Sys: s.Value}
		switch {
		case t.Value != nil && *t.Value == s.Value:
			d.Correct++
			continue
		case t.Value != nil:
			miss.Kind = "wrong"
		case Calendar(s.Value):
			d.NullDated++
			miss.Kind = "null-dated"
		default:
			miss.Kind = "null-marked"
		}
		d.Mismatches = append(d.Mismatches, miss)
	}
	for _, k := range res.Missed {
		if t := gold[loc[k].gold]; t.Value != nil {
			d.Mismatches = append(d.Mismatches, DateMiss{Kind: "missed", Text: t.Text, Gold: *t.Value})
		}
	}
	for _, j := range res.Extra {
		s := found[j]
		d.Mismatches = append(d.Mismatches, DateMiss{Kind: "extra", SysText: text[s.Start:s.End], Sys: s.Value})
	}
	d.finish()
	return d
}

func goldValue(t Timex) string {
	if t.Value == nil {
		return "null"
	}
	return *t.Value
}

// ---- Timeline (issue 17) ----

// Timeline is the scoring of the timeline of one page or, pooled, several.
type Timeline struct {
	Events  int `json:"events"`   // gold events
	Matched int `json:"matched"`  // … with an entry of their date whose label has one of label_any
	Entries int `json:"entries"`  // timeline entries
	OffGold int `json:"off_gold"` // … whose date is the date of no gold event
	// NotInText are labels that (without their end ellipses) are not in the
	// analysed text; Duplicates labels that two or more entries share.
	NotInText  []string `json:"not_in_text,omitempty"`
	Duplicates []string `json:"duplicates,omitempty"`
	BadLabels  int      `json:"bad_labels"` // len(NotInText), kept when pooled
	DupLabels  int      `json:"dup_labels"` // len(Duplicates), kept when pooled
	// MatchedPct is Matched over Events, OffGoldPct OffGold over Entries.
	MatchedPct  float64  `json:"matched_pct"`
	OffGoldPct  float64  `json:"off_gold_pct"`
	Missed      []string `json:"missed,omitempty"`        // "date: label_any"
	OffGoldList []string `json:"off_gold_list,omitempty"` // "date: label"
}

func (t *Timeline) add(o Timeline) {
	t.Events += o.Events
	t.Matched += o.Matched
	t.Entries += o.Entries
	t.OffGold += o.OffGold
	t.BadLabels += o.BadLabels
	t.DupLabels += o.DupLabels
	t.MatchedPct, t.OffGoldPct = pct(t.Matched, t.Events), pct(t.OffGold, t.Entries)
}

// ScoreTimeline scores a timeline against the gold events of its page.
func ScoreTimeline(text string, entries []timeline.Entry, gold []Event) Timeline {
	t := Timeline{Events: len(gold), Entries: len(entries)}
	dates := map[string]bool{}
	for _, ev := range gold {
		dates[ev.Date] = true
		ok := false
		for _, e := range entries {
			if e.Date == ev.Date && containsFold(e.Label, ev.LabelAny) {
				ok = true
				break
			}
		}
		if ok {
			t.Matched++
		} else {
			t.Missed = append(t.Missed, ev.Date+": "+strings.Join(ev.LabelAny, " | "))
		}
	}
	nt := normalize(text).s
	seen := map[string]int{}
	for _, e := range entries {
		if !dates[e.Date] {
			t.OffGold++
			t.OffGoldList = append(t.OffGoldList, e.Date+": "+e.Label)
		}
		if !labelInText(e.Label, nt) {
			t.NotInText = append(t.NotInText, e.Label)
		}
		if seen[e.Label]++; seen[e.Label] == 2 {
			t.Duplicates = append(t.Duplicates, e.Label)
		}
	}
	t.BadLabels, t.DupLabels = len(t.NotInText), len(t.Duplicates)
	t.MatchedPct, t.OffGoldPct = pct(t.Matched, t.Events), pct(t.OffGold, t.Entries)
	return t
}

// labelInText reports whether a label, without its leading and trailing
// ellipses, is a substring of the normalised text nt. A first letter that
// the label capitalises is taken as written in the text: that is
// typography, not a change of words.
func labelInText(label, nt string) bool {
	l := Normalize(strings.Trim(strings.TrimSpace(label), "… "))
	if l == "" || strings.Contains(nt, l) {
		return l != ""
	}
	r, n := utf8.DecodeRuneInString(l)
	return strings.Contains(nt, string(unicode.ToLower(r))+l[n:])
}

// ---- Glossary (issue 18) and names (issue 21) ----

// Glossary is the scoring of the glossary of one page or, pooled, several.
type Glossary struct {
	Required int `json:"required"` // required gold terms
	Marked   int `json:"marked"`   // … marked (by the term, an alias or an inflected form)
	Right    int `json:"right"`    // … marked with a definition that has one of definition_any
	// Forbidden: terms of must_not_be_glossary_terms that are marked.
	Forbidden       int      `json:"forbidden"`
	ForbiddenMarked []string `json:"forbidden_marked,omitempty"`
	// Bare: article definitions that are only a title or a common noun.
	Bare     int      `json:"bare"`
	BareDefs []string `json:"bare_defs,omitempty"`
	RightPct float64  `json:"right_pct"`
	// Wrong lists the required terms not right: "Term: not marked" or
	// "Term = the definition shown".
	Wrong []string `json:"wrong,omitempty"`
}

func (g *Glossary) add(o Glossary) {
	g.Required += o.Required
	g.Marked += o.Marked
	g.Right += o.Right
	g.Forbidden += o.Forbidden
	g.Bare += o.Bare
	g.RightPct = pct(g.Right, g.Required)
}

// termForm reports whether a marked text is the term or an inflected form of
// it: the term followed by at most three letters ("Trumps", "EU-Kommission"
// is not one).
func termForm(marked, term string) bool {
	rest, ok := strings.CutPrefix(marked, term)
	if !ok || utf8.RuneCountInString(rest) > 3 {
		return false
	}
	for _, r := range rest {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// bareTitles are one-word definitions that only give a title or a role.
var bareTitles = map[string]bool{
	"senator": true, "president": true, "präsident": true, "präsidentin": true,
	"bishop": true, "bischof": true, "ceo": true, "chief": true, "chef": true,
	"chefin": true, "sir": true, "minister": true, "ministerin": true,
	"chairman": true, "director": true, "direktor": true, "professor": true,
	"professorin": true, "dr": true, "mr": true, "mrs": true, "ms": true,
	"governor": true, "mayor": true, "bürgermeister": true, "king": true,
	"queen": true, "könig": true, "königin": true, "kanzler": true,
	"kanzlerin": true, "sprecher": true, "sprecherin": true, "spokesman": true,
	"spokeswoman": true, "founder": true, "gründer": true, "editor": true,
	"judge": true, "richter": true, "secretary": true, "vorsitzender": true,
	"vorsitzende": true, "general": true, "major": true, "prince": true,
	"prinz": true, "pope": true, "papst": true, "author": true, "autor": true,
	"autorin": true, "wissenschaftler": true, "scientist": true,
}

// BareDefinition reports whether a mined definition is only a title or a
// common noun: one word, lower-case or a bare title.
func BareDefinition(def string) bool {
	d := strings.TrimRight(strings.TrimSpace(def), ".,;:")
	if d == "" || strings.ContainsFunc(d, unicode.IsSpace) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d)
	return unicode.IsLower(r) || bareTitles[strings.ToLower(d)]
}

// ScoreGlossary scores the marked terms and the glossary of a page.
func ScoreGlossary(text string, marked []glossary.Mention, entries []glossary.Entry, gold *Gold) Glossary {
	g := Glossary{}
	byID := map[string]*glossary.Entry{}
	for i := range entries {
		byID[entries[i].ID] = &entries[i]
	}
	for _, t := range gold.Glossary {
		if !t.Required {
			continue
		}
		g.Required++
		forms := append([]string{t.Term}, t.Aliases...)
		var defs []string
		right := false
		for _, m := range marked {
			e := byID[m.Entry]
			if e == nil || !anyForm(text[m.Start:m.End], forms) {
				continue
			}
			defs = append(defs, e.Definition)
			if containsFold(e.Definition, t.DefinitionAny) {
				right = true
				break
			}
		}
		switch {
		case right:
			g.Marked++
			g.Right++
		case len(defs) > 0:
			g.Marked++
			g.Wrong = append(g.Wrong, t.Term+" = "+defs[0])
		default:
			g.Wrong = append(g.Wrong, t.Term+": not marked")
		}
	}
	for _, w := range gold.MustNot {
		for _, m := range marked {
			if text[m.Start:m.End] == w {
				g.ForbiddenMarked = append(g.ForbiddenMarked, w)
				break
			}
		}
	}
	for _, e := range entries {
		if e.Source == "article" && BareDefinition(e.Definition) {
			g.BareDefs = append(g.BareDefs, e.Term+" = "+e.Definition)
		}
	}
	g.Forbidden, g.Bare = len(g.ForbiddenMarked), len(g.BareDefs)
	g.RightPct = pct(g.Right, g.Required)
	return g
}

func anyForm(marked string, forms []string) bool {
	for _, f := range forms {
		if termForm(marked, f) {
			return true
		}
	}
	return false
}

// Names is how many of the gold names glossline lists (the `names` of
// its result), and what it lists that it should not.
type Names struct {
	Names   int      `json:"names"`
	Found   int      `json:"found"`
	Pct     float64  `json:"pct"`
	Missing []string `json:"missing,omitempty"`
	// Listed is how many names glossline lists; Extra the ones that are
	// no gold name (nor a form of one).
	Listed int      `json:"listed"`
	Extra  []string `json:"extra,omitempty"`
	// Forbidden: terms of must_not_be_glossary_terms that are listed as
	// names.
	Forbidden       int      `json:"forbidden"`
	ForbiddenListed []string `json:"forbidden_listed,omitempty"`
}

func (n *Names) add(o Names) {
	n.Names += o.Names
	n.Found += o.Found
	n.Listed += o.Listed
	n.Forbidden += o.Forbidden
	n.Pct = pct(n.Found, n.Names)
}

// ScoreNames counts the gold names that glossline lists: a listed name's
// text, or the term of the entry it belongs to, is the gold name.
func ScoreNames(listed []glossary.Name, entries []glossary.Entry, names []Name, mustNot []string) Names {
	term := map[string]string{}
	for _, e := range entries {
		term[e.ID] = e.Term
	}
	have := map[string]bool{}
	for _, x := range listed {
		have[x.Text] = true
		if x.Entry != "" {
			have[term[x.Entry]] = true
		}
	}
	n := Names{Names: len(names), Listed: len(listed)}
	gold := map[string]bool{}
	for _, x := range names {
		gold[x.Name] = true
		if have[x.Name] {
			n.Found++
		} else {
			n.Missing = append(n.Missing, x.Name)
		}
	}
	forbidden := map[string]bool{}
	for _, w := range mustNot {
		forbidden[w] = true
	}
	for _, x := range listed {
		if forbidden[x.Text] {
			n.ForbiddenListed = append(n.ForbiddenListed, x.Text)
			continue
		}
		if gold[x.Text] || x.Entry != "" && gold[term[x.Entry]] {
			continue
		}
		part := false
		for g := range gold {
			if strings.Contains(g, x.Text) || termForm(x.Text, g) {
				part = true // a short or inflected form of a gold name
				break
			}
		}
		if !part {
			n.Extra = append(n.Extra, x.Text)
		}
	}
	n.Forbidden = len(n.ForbiddenListed)
	n.Pct = pct(n.Found, n.Names)
	return n
}
