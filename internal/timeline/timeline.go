// Package timeline turns an article's dated expressions into a timeline: one
// entry per happening, each with its date, a short extractive label of what
// happened and the sentences that mention it.
//
// Build takes the article as a text.Doc split into sentences by package
// segment, and the expressions found in it by package temporal; it does
// not look for dates itself. It reads the Doc's tokens and joins touching
// ones into its own words ("Sojus-2", "0,7", "U.S.": see word) once per
// call. The vocabulary it needs (attribution verbs, clause connectors,
// function words, month and weekday names for display) is data, in
// data/<lang>.txt, from which its tables are generated (see lexicon.go).
//
// A label is the article's own words, whole: one contiguous stretch of
// the date's sentence, never with words taken out of its middle and never
// reordered, so that it reads as the text does. It is the clause the date
// belongs to (see label.go): the units between clause marks, cut further
// at the words that open an English clause; a relative clause with the
// noun it describes, a clause set off from its subject or verb by commas
// with them, a date of a verb of saying with the saying and what was said,
// a date that qualifies a noun ("the 2010 raid", "dem Koreakrieg 1950–53")
// with that noun phrase. The date phrase is left out where it stands at
// either end of the stretch, except a German date before its verb ("Am
// Mittwoch traf er Putin"): in the middle it stays. A label longer than
// maxLabel runes is cut at a phrase boundary, with "…" where it is cut.
// White space runs are one space, soft hyphens and zero-width characters
// are left out, as the engines read them; the case is the text's.
//
// A range written as one phrase ("von 2011 bis 2013", "1950 – 1953",
// "between 1982 and 1992", "vom 12. bis 14. September") is one mention
// with the range as its value, and a date with a finer one inside it
// right after it ("am Montag um 11 Uhr") one with the finer value; two
// ranges so joined ("between 2011-12 and 2017-18") one at the first. Dates
// that date no happening give no entry: a sentence that is a heading,
// dateline, byline, credit or reference (no verb), a date after a stamp
// word ("Stand: Juni 2016", "Updated March 3"), "bis heute"/"until today",
// the baseline of a comparison ("than in 2017", "so viel wie im Vorjahr",
// "up from $2 billion a year earlier"), the day a reporting period ends
// ("the quarter ended Sept. 30"),
// the window of an average ("on average from 2019 to 2024"), the year a
// noun is about ("Prognose für 2015"), a vintage or model year ("the 2010
// vintage"), a clause that says nothing happened then ("war am Dienstag
// noch nicht erschienen"), "today"/"heute" as the present age ("die Jugend
// von heute"). A century the article comes back to three times or more is
// one entry: its backdrop, not a happening. No two entries of one timeline
// share a label: where two would, each label ends right after its own
// date, and the first in the text keeps the whole one.
//
// FormatDate, FormatEntryDate and HTMLDateTime turn TIMEX3 values into what a
// reader sees and what an HTML <time> element may carry; Compare orders them.
package timeline

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/timex"

	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/temporal"
	"github.com/glossline/glossline/internal/text"
)

// Entry is one happening on the timeline.
type Entry struct {
	Date      string         // TIMEX value of the entry's main date ("2023-09-13", "1950/1953", "2022", "199")
	Label     string         // what happened: a stretch of the article's text (at most 100 runes), "…" where it is cut
	Dates     []int          // indices into the exprs slice passed to Build, in text order
	Sentences []segment.Span // the sentences that mention the happening, in text order and not overlapping (first one is the link target)
	Open      string         // "after"/"before" for open ranges ("seit 2022"), else ""
	Mod       string         // TIMEX mod of the main date ("START" for "Anfang 2023", "APPROX"…), else ""
}

// Input is what Build works on.
type Input struct {
	// Doc is the article's text, tokenized and split into sentences
	// (text.New, segment.Split): its Text, Lang ("de" | "en"), sentences
	// and paragraphs (the fallback for a date no sentence covers).
	Doc   *text.Doc
	Exprs []temporal.Expr // sorted, non-overlapping byte ranges of Doc.Text
}

// Build returns the timeline of in.Doc, ordered by Compare on the dates
// (ascending; a coarser value before the finer ones it contains; ranges by
// their start), then by qualifier, then by text position.
//
// Every DATE or TIME expression whose value is an anchored date (see
// Compare) and whose sentence says something besides the date yields a
// mention, two that make a range one; durations, sets, references
// (PRESENT_REF …), values with X and dates that date no happening (see
// the package doc) do not. Mentions with the same value, mod and openness are merged into one
// entry when they lie in the same sentence, share enough content words
// (weighted by how rare each word is in the text; a German compound matches
// its head), or when the noun one date is attached to ("Das Treffen am
// Mittwoch") occurs in the other; the mentions of a century that has
// three or more are one entry (see backdropMentions). An expression without Open that follows
// "seit"/"since" is taken as open towards the future.
//
// Build never panics: expressions out of range, overlapping or not on rune
// boundaries are ignored, and invalid UTF-8 is tolerated. The result holds
// no reference to in.
func Build(in Input) []Entry {
	d := in.Doc
	if d == nil {
		return []Entry{}
	}
	return build(d, d.Lang, in.Exprs, d.Sents, d.Paras)
}

// build is Build with the language, sentences and paragraphs given apart
// from the Doc (the tests give spans of their own): spans out of range,
// overlapping or not on rune boundaries are ignored.
func build(d *text.Doc, lang string, exprs []temporal.Expr, sentences, paragraphs []text.Span) []Entry {
	lx := lexiconFor(lang)
	text := d.Text
	refs := cleanExprs(text, exprs)
	sents := cleanSpans(text, sentences)
	paras := cleanSpans(text, paragraphs)
	b := &builder{d: d, text: text, lx: lx, refs: refs, sents: sents, isEvent: make([]bool, len(exprs)), values: make([]string, len(exprs))}
	for _, r := range refs {
		b.isEvent[r.index] = isEventExpr(exprs[r.index])
		b.values[r.index] = exprs[r.index].Value
	}
	// The result holds no reference to the words: reuse them.
	spareMu.Lock()
	b.words, spareWords = spareWords, nil
	spareMu.Unlock()
	b.split()

	// A range written as one phrase ("von 2011 bis 2013", "1950 – 1953",
	// "between 1982 and 1992") is one mention of both dates.
	ends, phrases := b.ranges(exprs)
	stamped, about := make([]bool, len(refs)), make([]bool, len(refs))
	var ms []*mention
	for k, r := range refs {
		e := exprs[r.index]
		if !b.isEvent[r.index] || ends[k] < -1 || b.notEvent(r, k, stamped) || b.periodOf(r, k, about) {
			continue
		}
		value, mod, open := e.Value, e.Mod, e.Open
		target2 := -1
		if j := ends[k]; j >= 0 {
			p := phrases[k]
			if strings.Contains(p.Value, "/") && b.averaged(r) {
				continue // "on average from 2019 to 2024": a window, no happening
			}
			value, mod, open = p.Value, p.Mod, p.Open
			target2 = refs[j].index
			r.end = refs[j].end
		}
		span, spans := sentenceOf(text, sents, r)
		if len(spans) == 0 {
			// No sentence covers the date: the paragraph, else the line,
			// but only the gap between the sentences around it, so that an
			// entry's sentences never overlap.
			lo, hi := gapOf(text, sents, r)
			span, spans = sentenceOf(text, paras, r)
			if len(spans) == 0 {
				span, spans = lineOf(text, r)
			}
			span, spans = clipFallback(span, spans, lo, hi)
		}
		wa, wb := b.wordRange(span)
		label, fits := b.newLabeler(wa, wb).label(r.index, target2)
		if label == "" {
			continue // a date that anchors nothing said in its sentence
		}
		m := &mention{
			expr: r.index, expr2: target2, value: value, mod: mod, open: open,
			span: span, sents: spans, label: label, fits: fits, wa: wa, wb: wb,
		}
		m.anchor = b.anchorOf(span, r)
		m.key = m.value + "|" + m.mod + "|" + m.open
		ms = append(ms, m)
	}

	// A century the article comes back to backdropMentions times or more
	// (its early, middle and late parts included) is the backdrop of what
	// it tells, not the date of one happening: its mentions are one entry.
	var centuries map[string]int
	for _, m := range ms {
		if isCentury(m.value) {
			if centuries == nil {
				centuries = map[string]int{}
			}
			centuries[m.value]++
		}
	}
	for _, m := range ms {
		if centuries[m.value] >= backdropMentions && isCentury(m.value) {
			m.key, m.backdrop = m.value+"||", true
		}
	}

	// Word weights and content stems are only needed where two mentions
	// could be merged.
	count := map[string]int{}
	for _, m := range ms {
		count[m.key]++
	}
	for _, m := range ms {
		if count[m.key] < 2 {
			continue
		}
		if b.df == nil {
			b.weights()
		}
		b.setStems(m)
	}
	var groups [][]*mention
	byKey := map[string][]int{} // the groups of each date, in order
	for _, m := range ms {
		best, bestSim := -1, 0.0
		gs := byKey[m.key]
		if len(gs) > maxGroups {
			gs = gs[len(gs)-maxGroups:] // the latest stand for the rest
		}
		for _, g := range gs {
			ms2 := groups[g]
			if m.backdrop {
				best, bestSim = g, 1
				break
			}
			for k, o := range ms2 {
				if k >= maxCompared/2 && k < len(ms2)-maxCompared/2 {
					continue // a long group: its first and last mentions stand for it
				}
				if s := b.similarity(m, o); s > bestSim {
					best, bestSim = g, s
				}
				if bestSim >= 1 {
					break
				}
			}
		}
		if best >= 0 && bestSim >= mergeThreshold {
			groups[best] = append(groups[best], m)
		} else {
			byKey[m.key] = append(byKey[m.key], len(groups))
			groups = append(groups, []*mention{m})
		}
	}

	entries := make([]Entry, 0, len(groups))
	firstPos := make([]int, 0, len(groups))
	from := make([]*mention, 0, len(groups))
	for _, g := range groups {
		e, m := entryOf(g)
		entries = append(entries, e)
		from = append(from, m)
		firstPos = append(firstPos, g[0].span[0])
	}
	gone := b.distinct(entries, from)
	order := make([]int, 0, len(entries))
	for i := range entries {
		if gone == nil || !gone[i] {
			order = append(order, i)
		}
	}
	// sort.SliceStable, not slices.SortStableFunc: the sort package's
	// implementation is linked anyway, a generic instantiation per element
	// type costs the wasm several KB each.
	sort.SliceStable(order, func(x, y int) bool {
		i, j := order[x], order[y]
		a, b := entries[i], entries[j]
		if c := timex.Compare(a.Date, b.Date); c != 0 {
			return c < 0
		}
		if c := modRank(a.Mod) - modRank(b.Mod); c != 0 {
			return c < 0
		}
		if c := strings.Compare(a.Open, b.Open); c != 0 {
			return c < 0
		}
		return firstPos[i] < firstPos[j]
	})
	out := make([]Entry, len(order))
	for k, i := range order {
		out[k] = entries[i]
	}
	if cap(b.words) <= maxSpare {
		spareMu.Lock()
		spareWords = b.words[:0]
		spareMu.Unlock()
	}
	return out
}

// mergeThreshold is the similarity (see builder.similarity) from which two
// mentions of the same date are one happening.
const mergeThreshold = 0.22

// maxCompared bounds the mentions of one entry a new mention is compared
// with, so that a text with thousands of mentions of one date stays linear.
const maxCompared = 8

// maxGroups bounds the entries of one date a new mention is compared with
// (the latest ones), so that a text with thousands of unrelated mentions of
// one date stays linear too; an article has a handful of entries a date.
const maxGroups = 32

// mention is one timeline date in its sentence.
type mention struct {
	expr             int
	expr2            int // the end of a range written as one phrase, or -1
	value, mod, open string
	wa, wb           int            // the words of span
	span             [2]int         // the sentence(s) holding the date
	sents            []segment.Span // the same, as sentence spans
	label            string
	fits             bool // the label was not cut
	// stems maps the content stems of the sentence to their weights, and
	// list holds them in text order; total is the sum of their weights.
	stems map[string]float64
	list  []string
	total float64
	// anchor is the stem of the noun the date is attached to ("das Treffen
	// am Mittwoch", "the meeting on Wednesday", "dem Koreakrieg 1950–53"),
	// or "".
	anchor string
	// key identifies the mentions that may be merged: same value,
	// qualifier and openness (a backdrop century: the value alone).
	key string
	// backdrop: a century the article comes back to; its mentions are
	// one entry whatever they say.
	backdrop bool
}

// backdropMentions is how many timeline mentions of one century make it
// the article's backdrop.
const backdropMentions = 3

// isCentury reports whether a TIMEX value is a century ("19").
func isCentury(v string) bool { return len(v) == 2 && v[0]-'0' <= 9 && v[1]-'0' <= 9 }

// entryOf returns the entry of a group of mentions, and the mention whose
// label it took: the first that is whole and has three words, else the
// first.
func entryOf(g []*mention) (Entry, *mention) {
	e := Entry{Date: g[0].value, Mod: g[0].mod, Open: g[0].open}
	from := g[0]
	for _, m := range g {
		if m.fits && strings.Count(m.label, " ") >= 2 {
			from = m
			break
		}
	}
	e.Label = from.label
	for _, m := range g {
		if m.mod != e.Mod || m.open != e.Open {
			e.Mod, e.Open = "", "" // a backdrop century and its parts
		}
		e.Dates = append(e.Dates, m.expr)
		if m.expr2 >= 0 {
			e.Dates = append(e.Dates, m.expr2)
		}
		for _, s := range m.sents {
			if !slices.Contains(e.Sentences, s) {
				e.Sentences = append(e.Sentences, s)
			}
		}
	}
	sort.Slice(e.Dates, func(i, j int) bool { return e.Dates[i] < e.Dates[j] })
	e.Sentences = joinSpans(e.Sentences)
	return e, from
}

// distinct gives entries that share a label labels of their own: each
// ends right after its own date ("Die Sitzungen finden am 29. Januar, 10.
// Februar…"), but the first of them in the text, which keeps the whole
// label when none does and it was not cut (a label cut before the dates
// would show none of them); entries that still share one start with their own dates, and
// those of one date that still do are merged: it returns which entries
// went into another (nil for none). from holds the mention each entry
// took its label from.
func (b *builder) distinct(entries []Entry, from []*mention) []bool {
	for pass := 0; pass < 2; pass++ {
		dups := duplicates(entries)
		for _, dup := range dups {
			label := entries[dup[0]].Label
			whole := false
			for _, i := range dup {
				m := from[i]
				lab := b.newLabeler(m.wa, m.wb)
				lab.upTo, lab.from = pass == 0, pass == 1
				if v, _ := lab.label(m.expr, m.expr2); v != "" && v != label {
					entries[i].Label = v
				} else {
					whole = true
				}
			}
			if !whole && from[dup[0]].fits {
				first := dup[0]
				for _, i := range dup[1:] {
					if from[i].span[0] < from[first].span[0] || from[i].span[0] == from[first].span[0] && from[i].expr < from[first].expr {
						first = i
					}
				}
				entries[first].Label = label
			}
		}
		if len(dups) == 0 {
			return nil
		}
	}
	// Entries of one date that still share a label say the same of it:
	// one happening, one entry.
	var gone []bool
	for _, dup := range duplicates(entries) {
		k := dup[0]
		for _, i := range dup[1:] {
			e := &entries[i]
			if e.Date != entries[k].Date || e.Mod != entries[k].Mod || e.Open != entries[k].Open {
				continue
			}
			entries[k].Dates = append(entries[k].Dates, e.Dates...)
			entries[k].Sentences = append(entries[k].Sentences, e.Sentences...)
			if gone == nil {
				gone = make([]bool, len(entries))
			}
			gone[i] = true
		}
		d := entries[k].Dates
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		entries[k].Sentences = joinSpans(entries[k].Sentences)
	}
	return gone
}

// duplicates returns the groups of entries (their indices) that share a
// label.
func duplicates(entries []Entry) [][]int {
	var groups [][]int
	var first map[string]int // label → its group, or -1-i for the first entry i
	for i := range entries {
		if first == nil {
			first = make(map[string]int, len(entries))
		}
		g, ok := first[entries[i].Label]
		switch {
		case !ok:
			first[entries[i].Label] = -1 - i
		case g < 0:
			first[entries[i].Label] = len(groups)
			groups = append(groups, []int{-1 - g, i})
		default:
			groups[g] = append(groups[g], i)
		}
	}
	return groups
}

// ranges returns for each usable expression (by its index in b.refs) the
// index in b.refs of the expression that ends the phrase it starts, -1
// when it starts none, -2 for the end of one; and the value of each
// phrase. A phrase is a range ("von 2011 bis 2013": a range word or dash
// between two timeline dates, "and" after "between"; its value the range)
// (two ranges joined so are one phrase with the first's value: "between
// 2011-12 and 2017-18") or a date with a finer date inside it right after it ("am Montag um 11
// Uhr", "this evening at 9": the finer one's value, mod and openness).
func (b *builder) ranges(exprs []temporal.Expr) (ends []int, values map[int]temporal.Expr) {
	ends = make([]int, len(b.refs))
	for k := range ends {
		ends[k] = -1
	}
	for k := 0; k+1 < len(b.refs); k++ {
		r, s := b.refs[k], b.refs[k+1]
		if ends[k] != -1 || !b.isEvent[r.index] || !b.isEvent[s.index] {
			continue
		}
		gap := b.text[r.end:s.start]
		if len(gap) > maxGap {
			continue // a range word or a preposition is short
		}
		if b.lx.rangeJoin(b.text, r.start, r.end, gap) {
			v := temporal.Expr{Value: rangeValue(b.text, exprs[r.index], exprs[s.index])}
			if v.Value == "" && strings.Contains(exprs[r.index].Value, "/") && strings.Contains(exprs[s.index].Value, "/") {
				// two ranges ("between 2011-12 and 2017-18", two
				// seasons compared): one mention, at the first
				v = exprs[r.index]
			}
			if v.Value != "" {
				ends[k], ends[k+1] = k+1, -2
				if values == nil {
					values = map[int]temporal.Expr{}
				}
				values[k] = v
			}
			continue
		}
		if e, ok := b.refine(exprs[r.index], exprs[s.index], gap); ok {
			ends[k], ends[k+1] = k+1, -2
			if values == nil {
				values = map[int]temporal.Expr{}
			}
			values[k] = e
		}
	}
	return ends, values
}

// maxGap is the most bytes that stand between two dates of one phrase
// (". und ", " bis zum ", ", at ").
const maxGap = 16

// refine returns the finer of two dates when one lies inside the other and
// at most a comma and two short words ("um", "at") stand between them.
func (b *builder) refine(x, y temporal.Expr, gap string) (temporal.Expr, bool) {
	f := strings.Fields(strings.TrimSpace(strings.ReplaceAll(gap, ",", " ")))
	if len(f) > 2 || strings.ContainsAny(gap, ".;:!?()\n") {
		return x, false
	}
	for _, w := range f {
		if !b.lx.is(cPrep, strings.ToLower(w)) {
			return x, false
		}
	}
	vx, okx := timex.Parse(x.Value)
	vy, oky := timex.Parse(y.Value)
	switch {
	case !okx || !oky || vx.Gran == timex.GranRange || vy.Gran == timex.GranRange:
		return x, false
	case vy.Lo >= vx.Lo && vy.Hi <= vx.Hi && vy.Hi-vy.Lo < vx.Hi-vx.Lo:
		return y, true
	case vx.Lo >= vy.Lo && vx.Hi <= vy.Hi && vx.Hi-vx.Lo < vy.Hi-vy.Lo:
		return x, true
	}
	return x, false
}

// rangeJoin reports whether gap, the text between two dates, joins them
// into one range: a dash, or a [range.to] word ("bis", "to") with at most
// an article after it ("bis zum"), or a [range.and] word ("und") when a
// [range.from] word ("zwischen", perhaps with an article) stands before
// the first date, [start, end), or that date is an ordinal day.
func (lx *lexicon) rangeJoin(text string, start, end int, gap string) bool {
	// the full stop of an ordinal day ("vom 12. bis 14. September", "am
	// 13. und 14. September": a bare day before "und" is a span too)
	ordinal := end-start >= 2 && text[end-1] == '.' && text[end-2]-'0' <= 9
	if strings.HasPrefix(gap, ".") && end > start && text[end-1]-'0' <= 9 {
		gap, ordinal = gap[1:], true
	}
	f := strings.Fields(gap)
	switch {
	case len(f) == 1 && (f[0] == "–" || f[0] == "-" || f[0] == "—"):
		return true
	case len(f) == 0 && (gap == "–" || gap == "-" || gap == "—"):
		return true
	case len(f) == 0 || len(f) > 2:
		return false
	}
	w := strings.ToLower(f[0])
	if len(f) == 2 && !lx.is(cDet, strings.ToLower(f[1])) {
		return false
	}
	if lx.is(cRangeTo, w) {
		return true
	}
	if !lx.is(cRangeAnd, w) || len(f) != 1 {
		return false
	}
	before, at := wordBefore(text, start)
	if lx.is(cDet, before) && !lx.is(cRangeFrom, before) {
		before, _ = wordBefore(text, at) // "zwischen dem 22. und 25. August"
	}
	return lx.is(cRangeFrom, before) || ordinal
}

// rangeValue returns the TIMEX3 range of two dates, "BEGIN/END", or ""
// when they make none (not in order, or a range already). A start that is
// a bare day number ("vom 12. bis 14. September") takes the end's month
// and year.
func rangeValue(text string, a, z temporal.Expr) string {
	va, vz := a.Value, z.Value
	if strings.Contains(va, "/") || strings.Contains(vz, "/") {
		return ""
	}
	if d := strings.TrimSuffix(text[a.Start:a.End], "."); len(d) <= 2 && len(vz) == 10 && vz[4] == '-' && vz[7] == '-' {
		if n, err := strconv.Atoi(d); err == nil && n >= 1 && n <= 31 {
			va = vz[:8] + d
			if n < 10 {
				va = vz[:8] + "0" + d
			}
		}
	}
	v := va + "/" + vz
	if _, ok := timex.Parse(v); !ok || va == vz {
		return ""
	}
	return v
}

// notEvent reports whether a timeline date stands where it dates no
// happening: after a [stamp] word that opens its line, sentence or
// bracket, perhaps with a colon or a preposition between ("Stand: Juni
// 2016", "Updated on March 3"), or right after such a date ("Updated March
// 3 at 3:45 p.m."); a [present] word after a [range.to] word ("bis
// heute", "until today": the present, not that day); the baseline of a
// comparison ([compare]: "compared with the year before"; a [compare.as]
// word with a preposition after it that closes a comparison: "doppelt so
// viel wie im Vorjahr", "as many as in 2019"); the day a reporting period
// ends ([ended] after a [period.noun]: "the quarter ended Sept. 30"; in
// German before one: "zum 30. Juni abgelaufenen Geschäftsjahr"); a century that
// characterises a noun ([genitive.of]: "a symbol of the 20th century",
// "20th-century innovation"). k is r's index in
// b.refs, stamped whether the date before it is stamped.
func (b *builder) notEvent(r exprRef, k int, stamped []bool) bool {
	at := r.start
	for at > 0 && b.text[at-1] == ' ' {
		at--
	}
	if at > 0 && (b.text[at-1] == ':' || b.text[at-1] == ',') {
		at--
	}
	w, at := wordBefore(b.text, at)
	if b.lx.is(cPrep, w) {
		w, at = wordBefore(b.text, at) // "Posted on March 3"
	}
	if k > 0 && stamped[k-1] && b.refs[k-1].end >= at {
		stamped[k] = true // "Updated March 3, 2024 at 3:45 p.m."
		return true
	}
	if b.lx.is(cStamp, w) {
		i := at
		for i > 0 && (b.text[i-1] == ' ' || b.text[i-1] == '\t') {
			i--
		}
		if i == 0 || strings.IndexByte("\n(|[", b.text[i-1]) >= 0 || b.startsSentence(at) {
			stamped[k] = true
			return true
		}
	}
	w, at = wordBefore(b.text, r.start)
	if b.lx.is(cPresent, strings.ToLower(b.text[r.start:r.end])) && b.lx.is(cRangeTo, w) {
		return true
	}
	// the baseline of a comparison ("compared with the year before",
	// "than in 2017", "im Vergleich zum Vorjahr")
	prep := false
	for n := 0; n < 2 && b.lx.class(w)&(cPrep|cDet|cCut|cCompare) != 0 && !b.lx.is(cCompare, w); n++ {
		prep = prep || b.lx.is(cPrep, w)
		w, at = wordBefore(b.text, at)
		if prep && b.lx.inList("compare.as", w) && b.comparative(at) {
			return true
		}
	}
	if b.lx.is(cCompare, w) {
		return true
	}
	// the day a reporting period ends ("the quarter ended Sept. 30", "im
	// zum 30. Juni abgelaufenen Geschäftsjahr"): the period is dated, not
	// a happening on that day
	w, at = wordBefore(b.text, r.start)
	if b.lx.is(cPrep, w) {
		w, at = wordBefore(b.text, at)
	}
	if n, _ := wordBefore(b.text, at); b.lx.inList("ended", w) && b.lx.inList("period.noun", n) {
		return true
	}
	if w, e := wordAfter(b.text, r.end); b.lx.inList("ended", w) {
		if n, _ := wordAfter(b.text, e); b.lx.inList("period.noun", n) {
			return true
		}
	}
	// a century that characterises a noun ("a symbol of the 20th
	// century", "20th-century innovation", "Ikone des 20. Jahrhunderts")
	if v := b.exprValue(r); len(v) == 2 && v[0]-'0' <= 9 && v[1]-'0' <= 9 {
		w, at = wordBefore(b.text, r.start)
		if b.lx.is(cDet, w) && !b.lx.is(cGenitiveOf, w) {
			w, at = wordBefore(b.text, at)
		}
		if p, _ := wordBefore(b.text, at); b.lx.is(cGenitiveOf, w) && p != "" {
			return true
		}
		return r.end+1 < len(b.text) && b.text[r.end] == '-' && isWordRune(rune(b.text[r.end+1]))
	}
	return false
}

// periodOf reports whether the date r, a year, is the period a noun is
// about, not the time of a happening: a [for] word stands
// between the noun and it ("Dividendenvorschlag für 2015", "earnings for
// 1990"), or it follows such a date in a list ("für 2015 und 2016"). The
// noun is a German word in capitals, or an English one in lower case that
// looks like no verb ("planned for 2021", "set for 2021" date their
// happening). A quarter or half stays: "a loss for the third quarter"
// dates the loss. k is r's index in b.refs, about whether the date before
// it is such a period.
func (b *builder) periodOf(r exprRef, k int, about []bool) bool {
	v, ok := timex.Parse(b.exprValue(r))
	if !ok || v.Gran != timex.GranYear {
		return false
	}
	w, at := wordBefore(b.text, r.start)
	if k > 0 && about[k-1] && b.refs[k-1].end <= at {
		if g := strings.Trim(b.text[b.refs[k-1].end:r.start], " ,"); g == "" || b.lx.is(cCoord, strings.ToLower(g)) {
			about[k] = true
			return true
		}
	}
	if !b.lx.inList("for", w) {
		return false
	}
	n, at := wordBefore(b.text, at)
	if utf8.RuneCountInString(n) < 4 || b.lx.class(n)&(functionWords|stopWords|cFinite|cVerb|cAttribution|cFiller) != 0 {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(b.text[at:])
	if b.lx.lang == "de" {
		about[k] = unicode.IsUpper(r0) && !b.startsSentence(at)
	} else {
		about[k] = unicode.IsLower(r0) && !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "ing") && !strings.Contains(n, "-")
	}
	return about[k]
}

// comparative reports whether the [compare.as] word ("wie", "als", "as")
// that starts at byte at closes a comparison: a [compare.so] word among
// the five words before it ("doppelt so viel wie", "as many visitors came
// as"),
// or in German a comparative in "-er" right before it ("höher als").
func (b *builder) comparative(at int) bool {
	for n := 0; n < 5; n++ {
		w, a := wordBefore(b.text, at)
		if w == "" {
			return false
		}
		if b.lx.inList("compare.so", w) || n == 0 && b.lx.lang == "de" && utf8.RuneCountInString(w) >= 5 &&
			strings.HasSuffix(w, "er") && b.lx.class(w)&(functionWords|stopWords) == 0 {
			return true
		}
		at = a
	}
	return false
}

// averaged reports whether an [average] word ("on average", "jährlich")
// stands right before the date r, its prepositions aside: a range after
// one is the window of a mean or a rate ("would add $250 billion a year on
// average from 2019 to 2024"), not the time of a happening.
func (b *builder) averaged(r exprRef) bool {
	w, at := wordBefore(b.text, r.start)
	for n := 0; n < 2 && b.lx.class(w)&(cPrep|cRangeFrom) != 0; n++ {
		w, at = wordBefore(b.text, at)
	}
	return b.lx.inList("average", w)
}

// exprValue returns the value of the expression r refers to.
func (b *builder) exprValue(r exprRef) string { return b.values[r.index] }

// startsSentence reports whether a sentence starts at byte i.
func (b *builder) startsSentence(i int) bool {
	k := sort.Search(len(b.sents), func(k int) bool { return b.sents[k].Start >= i })
	return k < len(b.sents) && b.sents[k].Start == i
}

// joinSpans sorts spans by start and joins those that overlap into one, so
// that the result is in text order and free of overlaps. The fallback spans
// of two dates in one long line may overlap (see lineOf).
func joinSpans(spans []segment.Span) []segment.Span {
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].Start != spans[j].Start {
			return spans[i].Start < spans[j].Start
		}
		return spans[i].End < spans[j].End
	})
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// modRank orders the qualifiers of one value: unqualified (the whole)
// first, then start, middle, end, then the rest.
func modRank(mod string) int {
	switch mod {
	case "":
		return 0
	case "START":
		return 1
	case "MID":
		return 2
	case "END":
		return 3
	}
	return 4
}

// isEventExpr reports whether e can anchor a happening: a DATE or TIME with
// an anchored value.
func isEventExpr(e temporal.Expr) bool {
	if e.Type != "DATE" && e.Type != "TIME" {
		return false
	}
	_, ok := timex.Parse(e.Value)
	return ok
}

// cleanExprs returns the usable expressions of text in text order: inside
// the text, on rune boundaries, not overlapping an earlier one.
func cleanExprs(text string, exprs []temporal.Expr) []exprRef {
	refs := make([]exprRef, 0, len(exprs))
	for i, e := range exprs {
		if validSpan(text, e.Start, e.End) {
			refs = append(refs, exprRef{e.Start, e.End, i})
		}
	}
	sort.SliceStable(refs, func(i, j int) bool { return refs[i].start < refs[j].start })
	out := refs[:0]
	for _, r := range refs {
		if len(out) > 0 && r.start < out[len(out)-1].end {
			continue
		}
		out = append(out, r)
	}
	return out
}

// cleanSpans returns the valid spans in text order, without those that
// overlap an earlier one.
func cleanSpans(text string, spans []segment.Span) []segment.Span {
	valid := make([]segment.Span, 0, len(spans))
	for _, s := range spans {
		if validSpan(text, s.Start, s.End) {
			valid = append(valid, s)
		}
	}
	sort.SliceStable(valid, func(i, j int) bool { return valid[i].Start < valid[j].Start })
	out := valid[:0]
	for _, s := range valid {
		if len(out) > 0 && s.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, s)
	}
	return out
}

func validSpan(text string, start, end int) bool {
	return 0 <= start && start < end && end <= len(text) &&
		utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// maxFallback bounds the span taken around a date that no sentence covers.
const maxFallback = 400

// sentenceOf returns the span of the sentences that overlap r (read at most
// maxFallback bytes each side of r), and those sentences; no sentences when
// none overlaps r.
func sentenceOf(text string, sents []segment.Span, r exprRef) ([2]int, []segment.Span) {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > r.start })
	var spans []segment.Span
	for ; i < len(sents) && sents[i].Start < r.end; i++ {
		if sents[i].End > r.start {
			spans = append(spans, sents[i])
		}
	}
	if len(spans) == 0 {
		return [2]int{}, nil
	}
	span := [2]int{spans[0].Start, spans[0].End}
	for _, s := range spans[1:] {
		span[0], span[1] = min(span[0], s.Start), max(span[1], s.End)
	}
	// Labels come from near the date: a run-on "sentence" is read only
	// within maxFallback bytes of it.
	if span[0] < r.start-maxFallback {
		span[0] = r.start - maxFallback
		for !utf8.RuneStart(text[span[0]]) {
			span[0]++
		}
	}
	if span[1] > r.end+maxFallback {
		span[1] = r.end + maxFallback
		for span[1] < len(text) && !utf8.RuneStart(text[span[1]]) {
			span[1]--
		}
	}
	return span, spans
}

// gapOf returns the stretch of text between the sentences around r, for
// a date that no sentence overlaps: from the end of the last sentence before
// it (or 0) to the start of the first one after it (or len(text)), without
// the spaces at either end; both ends are on rune boundaries.
func gapOf(text string, sents []segment.Span, r exprRef) (lo, hi int) {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > r.start })
	lo, hi = 0, len(text)
	if i > 0 {
		lo = sents[i-1].End
	}
	if i < len(sents) {
		hi = sents[i].Start
	}
	for lo < r.start && (text[lo] == ' ' || text[lo] == '\n' || !utf8.RuneStart(text[lo])) {
		lo++ // a stray continuation byte is no place to start
	}
	for hi > r.end && (text[hi-1] == ' ' || text[hi-1] == '\n') {
		hi--
	}
	return lo, hi
}

// clipFallback cuts a fallback span and its sentences to [lo, hi): a
// paragraph or line taken for a date that no sentence covers must not
// overlap the sentences around it. lo and hi are on rune boundaries and lie
// around the date.
func clipFallback(span [2]int, spans []segment.Span, lo, hi int) ([2]int, []segment.Span) {
	span[0], span[1] = max(span[0], lo), min(span[1], hi)
	out := spans[:0]
	for _, s := range spans {
		s.Start, s.End = max(s.Start, lo), min(s.End, hi)
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	return span, out
}

// lineOf returns the line around r (at most maxFallback bytes each side) as
// one sentence, for a date that no sentence or paragraph covers.
func lineOf(text string, r exprRef) ([2]int, []segment.Span) {
	a, z := r.start, r.end
	for a > 0 && r.start-a < maxFallback && text[a-1] != '\n' {
		a--
	}
	for z < len(text) && z-r.end < maxFallback && text[z] != '\n' {
		z++
	}
	for a < r.start && !utf8.RuneStart(text[a]) {
		a++
	}
	for z > r.end && z < len(text) && !utf8.RuneStart(text[z]) {
		z--
	}
	return [2]int{a, z}, []segment.Span{{Start: a, End: z}}
}

// builder holds what Build knows about the whole text.
type builder struct {
	d     *text.Doc
	text  string
	lx    *lexicon
	refs  []exprRef   // the usable expressions, in text order
	sents []text.Span // the usable sentences, in text order
	// isEvent[i] reports whether expression i is a timeline date.
	isEvent []bool
	// values[i] is the value of expression i.
	values []string
	// scratch is the labelers' working memory, reused from one to the
	// next (one labeler works at a time).
	scratch labelScratch
	// words are the text's words and marks (see word), in text order.
	words []word
	// df counts the sentences each stem occurs in; a stem's weight is
	// log((N+1)/df) over the N sentences (weight computes it when asked:
	// far fewer stems are weighed than counted).
	df     map[string]stemCount
	n      float64
	maxIDF float64
}

// wordRange returns the words [wa, wb) that overlap the byte span. A
// sentence holds whole words (see split); a span cut short around a date
// (maxFallback) gets the words at its ends whole.
func (b *builder) wordRange(span [2]int) (wa, wb int) {
	ws := b.words
	lo, hi := 0, len(ws)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ws[m].end) <= span[0] {
			lo = m + 1
		} else {
			hi = m
		}
	}
	wa = lo
	hi = len(ws)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ws[m].start) < span[1] {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return wa, lo
}

// low returns the word in lower case.
func (b *builder) low(t *word) string { return b.d.Lower[t.lo:t.hi] }

// weights counts in how many sentences each stem occurs.
func (b *builder) weights() {
	b.df = make(map[string]stemCount, len(b.words)/4)
	for k, s := range b.sents {
		wa, wb := b.wordRange([2]int{s.Start, s.End})
		for i := wa; i < wb; i++ {
			st, ok := b.stemOf(&b.words[i])
			if !ok {
				continue
			}
			if c := b.df[st]; c.last != int32(k+1) {
				b.df[st] = stemCount{n: c.n + 1, last: int32(k + 1)}
			}
		}
	}
	b.n = float64(len(b.sents))
	b.maxIDF = math.Log(b.n + 1)
}

// stemCount is the number of sentences a stem occurs in, and the last of
// them (its index plus one) while weights counts.
type stemCount struct{ n, last int32 }

func (b *builder) weight(st string) float64 {
	if c := b.df[st].n; c > 0 {
		return math.Log((b.n + 1) / float64(c))
	}
	return b.maxIDF
}

// stemOf returns the stem of a content word: a word outside every
// timeline date, no function word or attribution verb, of three letters
// or more.
func (b *builder) stemOf(t *word) (string, bool) {
	if !t.word || t.event {
		return "", false
	}
	w := b.low(t)
	if len(w) < 3 || t.lex&cFunction != 0 || utf8.RuneCountInString(w) < 3 {
		return "", false
	}
	return stem(w), true
}

// anchorOf returns the stem of the noun a date is attached to: a determiner,
// a noun (capitalised in German) and at most one preposition right before
// the date. It returns "" when the date follows anything else.
func (b *builder) anchorOf(span [2]int, r exprRef) string {
	if r.start <= span[0] {
		return "" // a run-on sentence cut after the date's start (see sentenceOf)
	}
	wa, wb := b.wordRange([2]int{span[0], r.start})
	if wb > wa && int(b.words[wb-1].end) > r.start {
		wb-- // the word the date starts in
	}
	toks := b.words[wa:wb]
	k := len(toks) - 1
	if k >= 0 && toks[k].word && toks[k].lex&cPrep != 0 {
		k--
	}
	if k < 1 || !toks[k].word || !toks[k-1].word || toks[k-1].lex&cDet == 0 {
		return ""
	}
	if toks[k].lex&(cStop|cPrep|cDet|cConnector) != 0 || (b.lx.lang == "de" && !toks[k].upper) {
		return ""
	}
	return stem(b.low(&toks[k]))
}

// anchorBonus is added to the similarity of two mentions when the noun one
// date is attached to occurs in the other mention ("Das Treffen am
// Mittwoch" after "… ein Gipfeltreffen abhielten").
const anchorBonus = 0.5

// setStems records the content stems of a mention with their weights.
func (b *builder) setStems(m *mention) {
	wa, wb := b.wordRange(m.span)
	m.stems = make(map[string]float64, (wb-wa)/2)
	for i := wa; i < wb; i++ {
		st, ok := b.stemOf(&b.words[i])
		if !ok {
			continue
		}
		if _, dup := m.stems[st]; dup {
			continue
		}
		w := b.weight(st)
		m.stems[st] = w
		m.list = append(m.list, st)
		m.total += w
	}
}

// minHead is the shortest compound head, in bytes, that counts as a match.
const minHead = 5

// matchWeight returns the weight with which stem st occurs in mention o:
// as a stem, as the head of one of o's compounds, or with one of its own
// heads among o's stems. It returns 0 when st does not occur. The heads of
// a stem are its proper suffixes of at least minHead bytes that start on a
// rune boundary: the candidate heads of a German compound ("gipfeltreff" →
// "ipfeltreff", …, "treff").
func matchWeight(st string, w float64, o *mention) float64 {
	if _, ok := o.stems[st]; ok {
		return w
	}
	if len(st) >= minHead {
		for _, os := range o.list {
			if len(os) > len(st) && strings.HasSuffix(os, st) {
				return w
			}
		}
	}
	for i := 1; len(st)-i >= minHead; i++ {
		if utf8.RuneStart(st[i]) {
			if hw, ok := o.stems[st[i:]]; ok {
				return hw
			}
		}
	}
	return 0
}

// similarity of two mentions: the weight of the stems they share (a German
// compound matches its head: "Treffen" ~ "Gipfeltreffen") over the weight of
// the smaller mention, plus anchorBonus when the noun one date is attached
// to occurs in the other; 1 when they lie in the same sentence.
func (b *builder) similarity(m, o *mention) float64 {
	if m.span[0] < o.span[1] && o.span[0] < m.span[1] {
		return 1
	}
	shared := 0.0
	for _, st := range m.list {
		shared += matchWeight(st, m.stems[st], o)
	}
	sim := 0.0
	if small := min(m.total, o.total); small > 0 {
		sim = shared / small
	}
	if (m.anchor != "" && matchWeight(m.anchor, 1, o) > 0) || (o.anchor != "" && matchWeight(o.anchor, 1, m) > 0) {
		sim += anchorBonus
	}
	return sim
}

// wordAfter returns the lower-cased word that starts right after pos
// (separated by spaces only), or "", and where it ends.
func wordAfter(text string, pos int) (string, int) {
	i := pos
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) {
			break
		}
		j += n
	}
	return strings.ToLower(text[i:j]), j
}

// wordBefore returns the lower-cased word that ends right before pos
// (separated by spaces only), or "", and where it starts.
func wordBefore(text string, pos int) (string, int) {
	j := pos
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	i := j
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !isWordRune(r) {
			break
		}
		i -= n
	}
	return strings.ToLower(text[i:j]), i
}
