package pagegold

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// WriteTable prints the suite as two tables — the article root and
// reference date of every page, then the gold scores of the pages with
// NAME.json — each followed by the figures pooled by language.
func WriteTable(w io.Writer, s *Suite) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Article root and reference date (issue 15)")
	fmt.Fprintln(tw, "(root: the root's whole text; read: what glossline reads, the root without its non-article blocks)")
	fmt.Fprintln(tw, "page\tlang\troot\tcov %\tout %\tread\tcov %\tout %\twith\tlost\twithout\tread\tnon-art. marked\treference (source)\tpublished\tdate")
	for _, r := range s.Pages {
		cov, out, rcov, rout := "-", "-", "-", "-"
		if r.Root.Expected {
			cov, out = f1(r.Root.Coverage), f1(r.Root.Outside)
			rcov, rout = f1(r.Root.ReadCoverage), f1(r.Root.ReadOutside)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d/%d\t%d\t%d\t%d\t%d/%d\t%s\t%s\t%s\n",
			r.Name, r.Lang, okFail(r.Root.OK), cov, out, okFail(r.Root.ReadOK), rcov, rout, r.Root.WithFound, r.Root.With, len(r.Root.WithLost),
			len(r.Root.WithoutFound), len(r.Root.WithoutRead), len(r.Root.NonArticleMarked), r.Root.NonArticle,
			orDash(r.Ref.Decided)+" ("+r.Ref.Source+")", orDash(r.Ref.Published), dateVerdict(r))
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "pooled\tpages\troot ok\tdate ok\tforeign left alone")
	for _, p := range s.Pooled {
		left := "-"
		if p.Lang == "other" {
			left = fmt.Sprintf("%d/%d", p.LeftAlone, p.Pages)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d/%d\t%d/%d\t%s\n", p.Lang, p.Pages, p.RootOK, p.Pages, p.RefOK, p.RefChecked, left)
	}
	fmt.Fprintln(tw)
	writeBest(tw, s)
	fmt.Fprintln(tw)

	fmt.Fprintln(tw, "Dates (issue 16), timeline (17), glossary (18), names (21)")
	fmt.Fprintln(tw, "(dates: gold, unlocated, found, value P/R/F1, null given a date; timeline: gold events matched, entries, off-gold %,")
	fmt.Fprintln(tw, " labels not in the text, labels shared; glossary: required terms right, forbidden marked, bare definitions; names: gold names listed, names listed, forbidden listed)")
	fmt.Fprintln(tw, "page\tlang\tgold\tunloc\tfound\tP\tR\tF1\tnull\tevents\tentries\toff %\tnot in text\tshared\trequired\tforb.\tbare\tnames\tlisted\tforb.")
	row := func(name, lang string, d Dates, t Timeline, g Glossary, n Names) {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\t%s\t%s\t%d\t%d/%d %s%%\t%d\t%s\t%d\t%d\t%d/%d %s%%\t%d\t%d\t%d/%d %s%%\t%d\t%d\n",
			name, lang, d.Gold, d.Unlocated, d.Sys, f1(d.P), f1(d.R), f1(d.F1), d.NullDated,
			t.Matched, t.Events, f0(t.MatchedPct), t.Entries, f0(t.OffGoldPct), t.BadLabels, t.DupLabels,
			g.Right, g.Required, f0(g.RightPct), g.Forbidden, g.Bare, n.Found, n.Names, f0(n.Pct), n.Listed, n.Forbidden)
	}
	for _, r := range s.Pages {
		if r.Dates != nil {
			row(r.Name, r.Lang, *r.Dates, *r.Timeline, *r.Glossary, *r.Names)
		}
	}
	for _, p := range s.Pooled {
		if p.GoldPages > 0 {
			row(fmt.Sprintf("pooled (%d pages)", p.GoldPages), p.Lang, p.Dates, p.Timeline, p.Glossary, p.Names)
		}
	}
	return tw.Flush()
}

// writeBest prints the chosen root beside the best possible element of
// each page (Root.Best), and how many pages have an element that meets the
// criterion.
func writeBest(tw io.Writer, s *Suite) {
	fmt.Fprintln(tw, "Best possible root: every element of the page (each box of the walk, and <body>) judged like the chosen root,")
	fmt.Fprintln(tw, "its whole text against expected.html (cov ≥ 97, out ≤ 5) or the with/without phrases; any: some element meets it;")
	fmt.Fprintln(tw, "+with: with expected.html, some element meets it and also holds every with phrase and no without phrase)")
	fmt.Fprintln(tw, "page\tlang\tchosen\tcov %\tout %\twith\twithout\tany\t+with\tbest element\tcov %\tout %\twith\twithout\twords\tdate")
	for _, r := range s.Pages {
		b := r.Root.Best
		if b == nil {
			continue
		}
		cov, out, bcov, bout, plus := "-", "-", "-", "-", "-"
		if r.Root.Expected {
			cov, out = f1(r.Root.Coverage), f1(r.Root.Outside)
			bcov, bout = f1(b.Best.Coverage), f1(b.Best.Outside)
			plus = yesNo(b.AnyWithPhrases)
		}
		best := shortPath(b.Best.Path, 1)
		if b.Best.Box == b.Chosen.Box && b.Chosen.Path != "" {
			best = "(the chosen root)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d/%d\t%d\t%s\t%s\t%s\t%s\t%s\t%d/%d\t%d\t%d\t%s\n",
			r.Name, r.Lang, okFail(r.Root.OK), cov, out, r.Root.WithFound, r.Root.With, len(r.Root.WithoutFound),
			yesNo(b.AnyOK), plus, best, bcov, bout, b.Best.WithFound, r.Root.With, len(b.Best.WithoutFound), b.Best.Words, dateVerdict(r))
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "pooled\tpages\tchosen root ok\tsome element ok")
	for _, p := range s.Pooled {
		fmt.Fprintf(tw, "%s\t%d\t%d/%d\t%d/%d\n", p.Lang, p.Pages, p.RootOK, p.Pages, p.RootAnyOK, p.Pages)
	}
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// WriteDetail prints what went wrong on one page: the lists behind its
// figures.
func WriteDetail(w io.Writer, r *PageReport) {
	list := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		fmt.Fprintf(w, "\n%s (%d):\n", title, len(items))
		for _, it := range items {
			fmt.Fprintln(w, "  "+it)
		}
	}
	list("pipeline warnings", r.Warnings)
	list("with phrases not in the root", r.Root.WithMissing)
	list("without phrases in the root", r.Root.WithoutFound)
	list("with phrases the reading leaves out", r.Root.WithLost)
	list("without phrases in the text read", r.Root.WithoutRead)
	list("non-article phrases marked", r.Root.NonArticleMarked)
	if b := r.Root.Best; b != nil {
		elem := func(title string, e Element) {
			if e.Path == "" {
				return
			}
			fig := ""
			if r.Root.Expected {
				fig = "cov " + f1(e.Coverage) + " %, out " + f1(e.Outside) + " %, "
			}
			fmt.Fprintf(w, "\n%s: %s\n  %d words, %swith %d/%d, without %d, meets it: %s\n",
				title, e.Path, e.Words, fig, e.WithFound, r.Root.With, len(e.WithoutFound), yesNo(e.OK))
			sub := func(title string, items []string) {
				if len(items) > 0 {
					fmt.Fprintf(w, "  %s: %s\n", title, strings.Join(items, " | "))
				}
			}
			sub("with phrases missing", e.WithMissing)
			sub("without phrases held (where among the with phrases)", e.WithoutWhere)
			sub("longest runs of words not in expected.html", e.OutsideRuns)
		}
		fmt.Fprintf(w, "\nelements judged: %d, some element meets the root criterion: %s\n", b.Elements, yesNo(b.AnyOK))
		elem("chosen root", b.Chosen)
		elem("best possible element", b.Best)
		if b.Full != nil {
			elem("tightest element with the whole article", *b.Full)
		}
		if b.Clean != nil {
			elem("element with the most of the article and nothing else", *b.Clean)
		}
	}
	list("gold errors", r.GoldErrors)
	if r.Dates != nil {
		var ms []string
		for _, m := range r.Dates.Mismatches {
			line := fmt.Sprintf("%-11s", m.Kind)
			if m.Kind != "extra" {
				line += fmt.Sprintf(" %q gold %s", m.Text, m.Gold)
			}
			if m.SysText != "" {
				line += fmt.Sprintf(" found %q %s", m.SysText, m.Sys)
			}
			ms = append(ms, line)
		}
		list("dates: mismatches (gold text and value, found text and value)", ms)
	}
	if t := r.Timeline; t != nil {
		list("timeline: gold events not matched (date: label_any)", t.Missed)
		list("timeline: entries on no gold date", t.OffGoldList)
		list("timeline: labels not in the text", t.NotInText)
		list("timeline: labels shared by several entries", t.Duplicates)
	}
	if g := r.Glossary; g != nil {
		list("glossary: required terms not right", g.Wrong)
		list("glossary: forbidden terms marked", g.ForbiddenMarked)
		list("glossary: bare definitions", g.BareDefs)
	}
	if r.Names != nil {
		list("names: not listed", r.Names.Missing)
		list("names: listed, not in the gold", r.Names.Extra)
		list("names: listed, forbidden", r.Names.ForbiddenListed)
	}
}

func dateVerdict(r *PageReport) string {
	switch {
	case r.Foreign && (r.Marks > 0 || r.Panel):
		return fmt.Sprintf("FOREIGN, MARKED (%d)", r.Marks)
	case r.Foreign:
		return "foreign, left alone"
	case !r.Ref.Checked:
		return "-"
	}
	return okFail(r.Ref.OK)
}

func okFail(ok bool) string {
	if ok {
		return "ok"
	}
	return "FAIL"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func f1(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }
func f0(x float64) string { return strconv.FormatFloat(x, 'f', 0, 64) }

// Figure is one number of the suite that must not get worse.
type Figure struct {
	Name  string  // "PAGE metric" or "pooled-LANG metric"
	Value float64 // rounded to one decimal
	Lower bool    // lower is better (a count of faults, a share of noise)
	Count bool    // a count (no slack), else a percentage (one point of slack)
}

// Worse reports whether v is worse than the golden value by more than the
// slack: one point for a percentage, nothing for a count.
func (f Figure) Worse(golden float64) bool {
	d := golden - f.Value
	if f.Lower {
		d = -d
	}
	slack := 1.0
	if f.Count {
		slack = 0
	}
	return d > slack+1e-9
}

// Figures lists the suite's numbers for the golden file
// (testdata/scores.golden): per page and pooled by language.
func (s *Suite) Figures() []Figure {
	var out []Figure
	pc := func(name, metric string, v float64, lower bool) {
		out = append(out, Figure{name + " " + metric, round1(v), lower, false})
	}
	n := func(name, metric string, v int, lower bool) {
		out = append(out, Figure{name + " " + metric, float64(v), lower, true})
	}
	const lower, higher = true, false
	for _, r := range s.Pages {
		p := r.Name
		if r.Root.Expected {
			pc(p, "root.coverage", r.Root.Coverage, higher)
			pc(p, "root.outside", r.Root.Outside, lower)
		}
		n(p, "root.with_missing", r.Root.With-r.Root.WithFound, lower)
		n(p, "root.without_found", len(r.Root.WithoutFound), lower)
		n(p, "root.non_article_marked", len(r.Root.NonArticleMarked), lower)
		if r.Ref.Checked {
			n(p, "ref.ok", b2i(r.Ref.OK), higher)
		}
		if r.Foreign {
			n(p, "foreign.marks", r.Marks+b2i(r.Panel), lower)
		}
		if r.Dates != nil {
			figs(pc, n, p, *r.Dates, *r.Timeline, *r.Glossary, *r.Names)
		}
	}
	for _, p := range s.Pooled {
		name := "pooled-" + p.Lang
		n(name, "root.ok", p.RootOK, higher)
		n(name, "ref.ok", p.RefOK, higher)
		if p.GoldPages > 0 {
			pc(name, "dates.p", p.Dates.P, higher)
			pc(name, "dates.r", p.Dates.R, higher)
			figs(pc, n, name, p.Dates, p.Timeline, p.Glossary, p.Names)
		}
	}
	return out
}

// figs adds the gold scores of a page or of a language.
func figs(pc func(string, string, float64, bool), n func(string, string, int, bool), name string, d Dates, t Timeline, g Glossary, nm Names) {
	const lower, higher = true, false
	pc(name, "dates.f1", d.F1, higher)
	n(name, "dates.null_dated", d.NullDated, lower)
	pc(name, "timeline.matched_pct", t.MatchedPct, higher)
	pc(name, "timeline.off_gold_pct", t.OffGoldPct, lower)
	n(name, "timeline.bad_labels", t.BadLabels, lower)
	n(name, "timeline.dup_labels", t.DupLabels, lower)
	pc(name, "glossary.right_pct", g.RightPct, higher)
	n(name, "glossary.forbidden", g.Forbidden, lower)
	n(name, "glossary.bare", g.Bare, lower)
	pc(name, "names.pct", nm.Pct, higher)
	n(name, "names.forbidden", nm.Forbidden, lower)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func round1(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 1, 64), 64)
	return v
}

// FormatFigures writes figures one a line: "NAME METRIC VALUE", counts
// without decimals.
func FormatFigures(figs []Figure) string {
	var b strings.Builder
	for _, f := range figs {
		prec := 1
		if f.Count {
			prec = 0
		}
		b.WriteString(f.Name + " " + strconv.FormatFloat(f.Value, 'f', prec, 64) + "\n")
	}
	return b.String()
}
