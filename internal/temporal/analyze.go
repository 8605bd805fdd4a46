package temporal

import (
	"strings"
	"sync"

	"github.com/glossline/glossline/internal/text"
	"github.com/glossline/glossline/internal/timex"
)

// found is a recognised expression: a token range and its unresolved value.
type found struct {
	_        noCompare
	from, to int // token indexes, [from, to)
	v        val
	future   bool   // its clause speaks of the future
	past     bool   // its clause speaks of the past
	open     string // "after" or "before" from a signal ("seit", "bis")
	// aside: said in passing, not where the story stands: in
	// parentheses ("(* 14. März 1835)") or in a past perfect, a look
	// back ("Bereits am 8. Dezember 1912 hatte der Kaiser gefordert").
	aside bool
	// perfect: its clause is in the past perfect.
	perfect bool
	// report: its clause has a verb of saying ("said Tuesday"): the
	// reporter's time, not the story's.
	report bool
}

// Analyze finds the temporal expressions of the Doc's text in language
// opt.Lang ("de" or "en"; anything else is read as German) and resolves
// them. Offsets are into d.Text. Analyze reads the Doc's tokens and
// paragraphs (not its sentences) and does not change the Doc.
//
// Resolution: when opt.Ref is set, the text is news written on that day and
// relative expressions resolve against it (weekdays and year-less dates by
// the tense of their sentence). When opt.Ref is zero, Analyze infers a
// reference date from news-like text (the latest explicit full date, moved
// forward to the latest weekday the text reports in that week) and sets
// Result.Inferred; for other text (history, narrative) it resolves each
// expression against the previous mention of fitting granularity, and
// leaves underspecified values ("XXXX-WXX-3") where there is none.
//
// Analyze never panics; any Doc, of any text, invalid UTF-8 included, is
// fine.
func Analyze(d *text.Doc, opt Options) Result {
	lx := lexiconFor(opt.Lang)
	p := &parser{d: d, lx: &lx, de: lx.lang == "de"}
	spareMu.Lock()
	buf := spareToks
	spareToks = nil
	spareMu.Unlock()
	if cap(buf) < len(d.Toks) {
		buf = make([]token, 0, len(d.Toks))
	}
	p.toks = tokenize(d, &lx, buf[:0])
	fs := p.scan()
	for k := range fs {
		f := &fs[k]
		df, dp := p.tenseNear(f.from, f.to, cFuture), p.tenseNear(f.from, f.to, cPast)
		if df == 0 && dp == 0 {
			// a fronted adverbial: "Over the summer, rivals offered"
			df, dp = p.frontedTense(f.from)
		}
		// The nearer marker tells: "said Friday that he would".
		// A deadline ("by", "until") points ahead, unless a past
		// perfect puts it behind ("had bought shares through Sept. 29").
		// A period before the deadline word ends there: "this year
		// through August", "the nine months through June", "in den zwölf
		// Monaten bis Juni" report a window, no deadline.
		window := k > 0 && fs[k-1].to == f.from-1
		f.future = df > 0 && (dp == 0 || df <= dp) || f.from > 0 && p.has(f.from-1, cDeadline, "") && !window && p.tenseNear(f.from, f.from, cPerfect) == 0
		f.past = !f.future && dp > 0
		f.open = p.openBefore(f.from)
		f.perfect = p.tenseNear(f.from, f.to, cPerfect) > 0 || p.frontedPerfect(f.from)
		f.aside = f.perfect || p.inParens(f.from, f.to) || f.v.k == vAbs && len(f.v.value) == 4 && p.caption(f.from, f.to)
		f.report = p.reportNear(f.from, f.to)
	}
	var res Result
	ref, news := opt.Ref, !opt.Ref.IsZero()
	if !news {
		if r, ok := inferRef(fs); ok {
			ref, news = r, true
			res.Inferred = true
		}
	}
	res.Ref = ref
	res.Exprs = resolveAll(p, fs, ref, news)
	// The result holds no reference to the tokens: reuse them.
	if cap(p.toks) <= text.MaxSpare {
		spareMu.Lock()
		spareToks = p.toks[:0]
		spareMu.Unlock()
	}
	return res
}

// spareToks keeps the token array of one call for the next (an article's
// tokens are 48 bytes each, cleared and collected on every call else), up
// to text.MaxSpare tokens. Not a sync.Pool: garbage collection empties those,
// and the annotation of a long article collects once or more per call.
var (
	spareMu   sync.Mutex
	spareToks []token
)

// scan recognises expressions left to right, longest match first.
func (p *parser) scan() []found {
	var fs []found
	for i := 0; i < len(p.toks); {
		if n, v := p.match(i); n > i && !p.titled(i, n) {
			fs = append(fs, found{from: i, to: n, v: v})
			i = n
			if v2, ok := p.nextDay(n, v); ok {
				// "April 24 and 25": the second day of the same month
				fs = append(fs, found{from: n + 1, to: n + 2, v: v2})
				i = n + 2
			}
			continue
		}
		i++
	}
	return fs
}

// nextDay reads the second day of an English pair ("April 24 and 25")
// at tokens [n, n+2), after the expression v.
func (p *parser) nextDay(n int, v val) (val, bool) {
	if p.de || v.k != vYearless || v.day == 0 || v.code != "" || v.holiday != "" || !p.fn(n, fnAndor) || p.broken(n+1) {
		return val{}, false
	}
	d, nd, ok := p.num(n + 1)
	if !ok || nd > 2 || d < 1 || d > 31 || d <= v.day {
		return val{}, false
	}
	if n+2 < len(p.toks) && p.toks[n+2].kind != tPunct && !p.broken(n+2) {
		return val{}, false // "May 5 and 6 others"
	}
	v.day = d
	v.full = Date{}
	return v, true
}

// titled reports whether tokens [from, to) read as an English title or
// name rather than a time, or as "nowadays" ("today's world"): a unit, part of the day or deictic word
// capitalised inside a sentence ("ABC's This Week", "60 Minutes", "High
// Noon", "VOA Today"). German capitalises every noun.
func (p *parser) titled(from, to int) bool {
	if p.de {
		return false
	}
	if p.possessive(to) && p.has(to+2, cGeneric, "") && p.has(to-1, cDeictic, "") {
		return true // "today's youth": nowadays, no day
	}
	for k := from; k < to; k++ {
		if p.has(k, cHoliday, "") {
			return false // "Thanksgiving Day"
		}
	}
	for k := from; k < to; k++ {
		t := &p.toks[k]
		if t.kind != tWord || !t.upper || k == from && (p.sentenceStart(k) || k > 0 && oneOf(p.raw(k-1), "` ' ‘ ")) {
			continue
		}
		if p.has(k, cUnit, "") || p.has(k, cDaypart, "") || p.has(k, cDeictic, "") || p.has(k, cClock, "") && !p.has(k, cClock, "am") && !p.has(k, cClock, "pm") {
			// (unless the line is a headline: "Why Neon Is the Symbol of
			// the 20th Century")
			return !p.titleCase(from)
		}
	}
	return false
}

// titleCase reports whether the line of token i is an English headline in
// title case: at least four words longer than three letters, and all but
// one of them capitalised.
func (p *parser) titleCase(i int) bool {
	lo, hi := i, i
	for lo > 0 && !p.toks[lo].nl && !p.toks[lo].para {
		if lo--; i-lo > 40 {
			return false
		}
	}
	for hi+1 < len(p.toks) && !p.toks[hi+1].nl && !p.toks[hi+1].para {
		if hi++; hi-i > 40 {
			return false
		}
	}
	long, lower := 0, 0
	for k := lo; k <= hi; k++ {
		t := &p.toks[k]
		if t.kind != tWord || t.end-t.start <= 3 {
			continue
		}
		long++
		if !t.upper {
			lower++
		}
	}
	return long >= 4 && lower <= 1
}

// tenseBack is how far back in its clause tenseNear looks for a marker:
// "will travel on to Addis Ababa in Ethiopia on Sunday".
const tenseBack = 12

// tenseNear returns how near the clause around tokens [from, to) has a
// tense marker of class c ("future": "wird", "will"; "past": "war",
// "was"): 1 for the token right before or after, more for farther ones, 0
// for none. It looks up to tenseBack tokens before and five after ("Friday's
// ruling was"), with no clause punctuation in between.
func (p *parser) tenseNear(from, to int, c class) int {
	best := 0
	for i := from - 1; i >= 0 && i >= from-tenseBack; i-- {
		if p.clauseBreak(i) {
			break
		}
		if p.marks(i, c) {
			best = from - i
			break
		}
	}
	for i := to; i < len(p.toks) && i < to+5; i++ {
		if p.clauseBreak(i) {
			break
		}
		if p.marks(i, c) {
			if d := i - to + 1; best == 0 || d < best {
				best = d
			}
			break
		}
	}
	return best
}

// marks reports whether token i is a tense marker of class c: a word of
// the section (not one listed under "not" or "passive"), or, for the past,
// a word the vocabulary does not know that ends like a regular past-tense
// verb ("reported", "announced"; not a capitalised one, which may be a
// name: "United"). No word after an article is one ("the plan", "the
// reduced dividend"). A past form after a "passive" word ("is held") or
// before a future marker ("were planning") is no past tense; a future
// marker after "had (been)" or "previously" is a past one ("had been
// scheduled").
func (p *parser) marks(i int, c class) bool {
	if i < 0 || i >= len(p.toks) {
		return false // past either end of the text ("…, " at its end)
	}
	t := &p.toks[i]
	if t.kind != tWord {
		return false
	}
	// Quick answers first: this runs for every token near every
	// expression. Only a word of the class (a future word for the "plan
	// given up" of a past), or an unknown lower-case word that may end
	// like a regular past, can be a marker.
	if t.classes>>c&1 == 0 && !(c == cPast && (t.classes>>cFuture&1 != 0 || !t.known() && !t.upper)) {
		return false
	}
	if c == cPast && (p.has(i-1, cPast, "passive") || p.has(i+1, cFuture, "") && p.verbForm(i+1)) {
		// a passive participle: "is held", "be heard"; a future in the
		// past: "were planning to", "was expected to"
		return false
	}
	if p.has(i-1, cDeterminer, "") || p.has(i-1, cNumber, "") {
		// after "the" or "a" a noun or adjective: "the plan", "the
		// reduced dividend"
		return false
	}
	if !p.de && p.has(i, cFuture, "") && (p.has(i-1, cPerfect, "") || p.fn(i-1, fnPreviously) || p.fn(i-1, fnBeen) && p.has(i-2, cPerfect, "")) {
		// a plan given up: "had been scheduled to expire Friday",
		// "as previously planned"
		return c == cPast
	}
	if k, n := p.lex(i, c); n > i {
		if k == "aux" || c == cPerfect {
			// "hat ... gesagt", "hatte ... beschlossen", "had sold": an
			// auxiliary of the perfect; "Dann haben wir ein Problem",
			// "hatte 20 Mann", "had a plan" are no past
			return p.perfectAux(i)
		}
		return k != "not" && k != "passive"
	}
	if c != cPast || t.known() || t.upper {
		return false
	}
	for _, e := range p.lx.pastEndings {
		if len(p.word(t)) >= len(e)+3 && p.word(t)[len(p.word(t))-len(e):] == e {
			return true
		}
	}
	return false
}

// nowadays reports whether "heute", "today" (expression f, in news) means
// the present rather than the day of writing. "bis heute", "to this day"
// is the present. A tense ("hat heute beschlossen", "will decide today"),
// a time of day or the word "Tag" in its clause, or a preposition of the
// role dayprep ("ab heute", "as of today") make it the day. "noch"
// ("heute noch"), a word of the role then in its sentence ("damals ...
// heute"), or a verb of state in its clause ("kostet heute", "exists
// today"; not a progressive, "are flying today") make it the present.
// Otherwise it is the present in a feature (see anchorState.feature), the
// day elsewhere.
func (p *parser) nowadays(f found, feature bool) bool {
	i := f.from
	if p.has(i-1, cOpen, "before") {
		return true // "bis heute", "until today": to this day
	}
	for k := i - 1; k >= 0 && k > i-30 && !p.sentenceEnd(k); k-- {
		if p.fn(k, fnThen) {
			return true // "damals ... und heute"
		}
	}
	if f.past || f.future || f.perfect || p.fn(i-1, fnDayprep) || p.possessive(f.to) {
		return false
	}
	lo, hi := p.clause(i)
	// The verb of a sentence that "heute" begins ("Heute ist", "Today the
	// valley has") may stand after a comma: "Today, they seem".
	vlo, vhi := f.to, min(hi, f.to+6)
	if p.punct(hi, ",") && p.sentenceStart(lo) {
		// a fronted adverbial: "In Washington today, the FAA released"
		_, h2 := p.clause(hi + 1)
		for k := hi + 1; k < h2; k++ {
			if p.marks(k, cPast) || p.marks(k, cFuture) {
				return false
			}
		}
		vlo, vhi = hi+1, min(h2, hi+7)
	}
	for k := lo; k < hi; k++ {
		if p.has(k, cClock, "") || p.has(k, cDaypart, "") || p.has(k, cUnit, "D") {
			return false
		}
	}
	if p.fn(i-1, fnStill) || p.fn(f.to, fnStill) {
		return true
	}
	if p.stative(i-1, hi) || p.stative(f.to, hi) || p.fn(f.to, fnStill) && p.stative(f.to+1, hi) {
		return true // "kostet heute", "ist heute", "exist today"
	}
	if p.sentenceStart(lo) && i-lo <= 2 || vlo > hi {
		for k := vlo; k < vhi; k++ {
			if p.stative(k, vhi) {
				return true
			}
		}
	}
	return feature
}

// stative reports whether token k (before hi) is a verb of state ("ist",
// "kostet", "exists"), not an English auxiliary of a progressive or a
// perfect ("are flying", "have been demonstrating", "has closed").
func (p *parser) stative(k, hi int) bool {
	if k < 0 || k >= len(p.toks) || !p.fn(k, fnStative) {
		return false
	}
	if p.de {
		return true
	}
	for j := k + 1; j < hi && j <= k+2; j++ {
		w := p.low(j)
		if len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || w == "been" {
			return false
		}
	}
	return true
}

// frontedTense returns the nearness of future and past markers (as
// tenseNear) in the clause after a comma when token i stands in a
// sentence's first clause: "Over the summer, Anheuser's rivals offered
// discounts" (8 for the first marker found, 0 for the other).
func (p *parser) frontedTense(i int) (future, past int) {
	lo, hi := p.clause(i)
	if !p.punct(hi, ",") || !p.sentenceStart(lo) || hi-lo > 6 {
		return 0, 0
	}
	_, h2 := p.clause(hi + 1)
	for k := hi + 1; k < h2; k++ {
		// the first marker tells: "In September, it announced plans"
		if p.marks(k, cFuture) {
			return 8, 0
		}
		if p.marks(k, cPast) {
			return 0, 8
		}
	}
	return 0, 0
}

// frontedPerfect reports whether token i stands in a sentence's first
// clause and the clause after its comma is in the past perfect: "Bereits
// beim Kriegsrat vom 8. Dezember 1912 Kaiser Wilhelms II., hatte der
// Kaiser gefordert".
func (p *parser) frontedPerfect(i int) bool {
	lo, hi := p.clause(i)
	if !p.punct(hi, ",") || !p.sentenceStart(lo) {
		return false
	}
	_, h2 := p.clause(hi + 1)
	for k := hi + 1; k < h2 && k <= hi+2; k++ {
		if p.marks(k, cPerfect) {
			return true
		}
	}
	return false
}

// habitual reports whether the clause of f has a word of the role habit
// ("usually", "meist", "season"): what it tells recurs.
func (p *parser) habitual(f found) bool {
	lo, hi := p.clause(f.from)
	for k := lo; k < hi; k++ {
		if p.fn(k, fnHabit) {
			return true
		}
	}
	return false
}

// clause returns the token range of the clause around token i.
func (p *parser) clause(i int) (lo, hi int) {
	if i >= len(p.toks) {
		return len(p.toks), len(p.toks) // after the last token: an empty clause
	}
	lo, hi = i, i+1
	for lo > 0 && lo > i-12 && !p.clauseBreak(lo-1) {
		lo--
	}
	for hi < len(p.toks) && hi < i+12 && !p.clauseBreak(hi) {
		hi++
	}
	return lo, hi
}

// sentenceEnd reports whether token i ends a sentence or paragraph.
func (p *parser) sentenceEnd(i int) bool {
	if p.toks[i].para || p.is(i, "! ? ") {
		return true
	}
	// a period, not one of an abbreviation ("p.m.", "Dr.") or a number
	return p.punct(i, ".") && i > 0 && !(p.tight(i) && (p.toks[i-1].kind == tNum || p.toks[i-1].end-p.toks[i-1].start == 1)) && !p.tight(i+1)
}

// inParens reports whether tokens [from, to) stand in parentheses within
// one paragraph ("(* 14. März 1835)").
// caption reports whether the expression at tokens [from, to) dates a
// picture: a paragraph that opens with a name, a comma and the date, and
// ends its sentence there ("Giovanni Schiaparelli, um 1890 herum.",
// "Marie Curie, 1911."): for a year, the photograph's time, not the
// story's (a full date there heads a section: "Princeton, 3. Januar
// 1777").
func (p *parser) caption(from, to int) bool {
	c := from - 1
	if c >= 0 && p.has(c, cAt, "") {
		c-- // "um 1890"
	}
	if c < 1 || !p.punct(c, ",") {
		return false
	}
	for lo := c - 1; ; lo-- {
		if lo < 0 || c-lo > 5 || p.toks[lo].kind != tWord || !p.toks[lo].upper {
			return false // up to five capitalised words: a name
		}
		if lo == 0 || p.toks[lo].para {
			break
		}
	}
	// the sentence ends within a word after the date ("herum")
	for i := to; i < len(p.toks) && i <= to+1; i++ {
		if p.toks[i].para || p.sentenceEnd(i) || p.punct(i, ".") && (i+1 == len(p.toks) || p.toks[i+1].para) {
			return true
		}
		if p.toks[i].kind != tWord || p.toks[i].upper {
			return false
		}
	}
	return to >= len(p.toks)
}

func (p *parser) inParens(from, to int) bool {
	open := false
	for i := from - 1; i >= 0 && i >= from-20; i-- {
		if p.punct(i, ")") {
			return false
		}
		if p.punct(i, "(") {
			open = true
			break
		}
		if p.toks[i].para {
			return false
		}
	}
	if !open {
		return false
	}
	for i := to; i < len(p.toks) && i < to+20 && !p.toks[i].para; i++ {
		if p.punct(i, ")") {
			return true
		}
		if p.punct(i, "(") {
			return false
		}
	}
	return false
}

// reportNear reports whether the clause around tokens [from, to) has a verb
// of saying (role report: "said", "sagte").
func (p *parser) reportNear(from, to int) bool {
	for i := from - 1; i >= 0 && i >= from-8 && !p.clauseBreak(i); i-- {
		if p.fn(i, fnReport) {
			return true
		}
	}
	for i := to; i < len(p.toks) && i < to+5 && !p.clauseBreak(i); i++ {
		if p.fn(i, fnReport) {
			return true
		}
	}
	return false
}

// verbForm reports whether token i is an English "-ing" or "-ed" form
// ("planning", "expected"), not a noun ("plans").
func (p *parser) verbForm(i int) bool {
	w := p.low(i)
	return p.de || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
}

// roman reports whether w is a Roman numeral of a ruler ("II", "XIV").
func roman(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("IVXL", rune(w[i])) {
			return false
		}
	}
	return true
}

// perfectAux reports whether the auxiliary at token i makes a perfect: a
// past participle follows in its clause (German: a word that begins and
// ends as the vocabulary's [past] "participle" and "partending" say,
// "gesagt", "angekündigt", "verkauft"), or, in a language without such
// lists (English), a word other than an article or a number follows
// ("had sold", not "had a plan").
func (p *parser) perfectAux(i int) bool {
	if len(p.lx.participles) == 0 {
		j := i + 1
		if p.has(i, cPast, "aux") {
			// "has closed", "have been demonstrating", "has sold"
			return j < len(p.toks) && (p.fn(j, fnBeen) || p.has(j, cPast, "past") || len(p.low(j)) > 4 && strings.HasSuffix(p.low(j), "ed"))
		}
		return j < len(p.toks) && p.toks[j].kind == tWord && !p.has(j, cDeterminer, "") && !p.has(j, cNumber, "") && !p.fn(j, fnIndef) && !p.has(j, cFew, "")
	}
	for j := i + 1; j < len(p.toks) && j < i+16 && !p.clauseBreak(j); j++ {
		if p.participle(j) {
			return true
		}
	}
	return false
}

// participle reports whether token i looks like a German past participle.
func (p *parser) participle(i int) bool {
	t := &p.toks[i]
	if t.kind != tWord || t.upper || t.known() {
		return false
	}
	w := p.word(t)
	if len(w) < 5 {
		return false
	}
	end := false
	for _, e := range p.lx.partEndings {
		if strings.HasSuffix(w, e) {
			end = true
			break
		}
	}
	if !end {
		return false
	}
	for _, b := range p.lx.participles {
		if strings.HasPrefix(w, b) && len(w) > len(b)+2 {
			return true
		}
	}
	return false
}

func (p *parser) clauseBreak(i int) bool {
	t := &p.toks[i]
	if t.para {
		return true
	}
	if t.kind != tPunct {
		return false
	}
	if p.word(t) == "'" && p.low(i+1) == "s" && p.tight(i+1) {
		return false // a possessive
	}
	if p.word(t) == "." && i > 0 && p.tight(i) && p.toks[i-1].kind == tWord && p.toks[i-1].upper && p.toks[i-1].end-p.toks[i-1].start == 1 {
		return false // an initial: "Daniel P. Davison"
	}
	if (p.word(t) == "," || p.word(t) == ".") && i > 0 && p.tight(i) && p.tight(i+1) && p.toks[i-1].kind == tNum && p.toks[i+1].kind == tNum {
		return false // inside a number: "481,000", "1.5"
	}
	if p.word(t) == "." && i > 0 && p.tight(i) && i+1 < len(p.toks) && !p.toks[i+1].para && p.toks[i+1].kind == tWord &&
		(p.de && p.toks[i-1].kind == tNum && p.toks[i-1].ndig <= 2 || roman(p.raw(i-1))) {
		return false // an ordinal: "am 8. Dezember", "Wilhelm II. mit"
	}
	// (As written: ’ is no break, unlike ', which may be a quote.)
	switch p.raw(i) {
	case ",", ".", ";", ":", "!", "?", "\"", "„", "“", "”", "«", "»", "(", ")", "`", "'":
		return true
	}
	return false
}

// inferRef infers the reference date of news-like text: the latest explicit
// full date the text reports (one written with its weekday if there is
// one; not one it announces: "ab 1. Januar 2025", "will take effect on
// Jan. 1"), moved forward to the latest weekday the text
// reports in that week. It needs news evidence (a weekday, or a word like
// "gestern", "next week"); text whose full dates spread over more than two
// years reads as narrative and gets none.
func inferRef(fs []found) (Date, bool) {
	var latest, latestWeekdayed Date
	years := map[int]bool{}
	evidence := false
	maxDow := 0
	for _, f := range fs {
		if !f.v.full.IsZero() {
			years[f.v.full.Year] = true
			if f.open == "" && !f.future && (timex.DayNumber(f.v.full) > timex.DayNumber(latest) || latest.IsZero()) {
				latest = f.v.full
			}
			if f.v.weekdayed && !f.future && (timex.DayNumber(f.v.full) > timex.DayNumber(latestWeekdayed) || latestWeekdayed.IsZero()) {
				// "Tuesday, March 5, 2024": a dateline-like date reports
				latestWeekdayed = f.v.full
			}
			evidence = evidence || f.v.weekdayed
		}
		if f.v.k == vWeekday {
			evidence = true
		}
		if f.v.plainWeekday && !f.future && f.v.dow > maxDow {
			maxDow = f.v.dow
		}
		if f.v.k == vRel && !f.v.anaphoric && !f.v.today && f.v.unit != "" {
			evidence = true
		}
	}
	if !latestWeekdayed.IsZero() {
		latest = latestWeekdayed
	}
	if latest.IsZero() || len(years) > 2 || !evidence {
		return Date{}, false
	}
	if d := timex.Weekday(latest); maxDow > d {
		latest = timex.AddDays(latest, maxDow-d)
	}
	return latest, true
}

// anchorState is what resolution carries from one expression to the next.
type anchorState struct {
	ref       Date
	news      bool
	quarterly bool // the text names a quarter (a company report)
	// quarter: the first month of the quarter the report is about, the
	// first one of the reference year named outside a future clause
	// ("fiscal fourth-quarter earnings fell"); 0 for none yet.
	quarter  int
	prev     Date   // previous mention (narrative anchor)
	gran     string // its granularity: "Y", "M" or "D"
	back     int    // a bare year that looked back, taken for an aside
	backAt   int    // its token
	prevVal  string // the previous mention's value
	prevPara int    // its paragraph
	// story is where the story stands: the last date the text states
	// itself (a full date, a month or year, a day it moved to: not one
	// counted from the reference date, not an aside), storyGran its
	// granularity, storyVal its value and storyPara its paragraph. In
	// news, a passage that moves to such a date far from the reference
	// is a narrative: its plain weekdays and year-less dates count from
	// the story, until a word counted from the reference date ("gestern",
	// "last week") brings the text back to the news.
	story     Date
	storyGran string
	storyVal  string
	storyPara int
	// storyDay: the story's day was written with its weekday ("Am
	// Freitag, dem 16. November") or reached by a weekday from such a
	// day: the story tells day by day, and its plain weekdays follow it.
	storyDay bool
	// storyYear: the story's year was written out ("am 30. März 2017"),
	// not taken from the reference date.
	storyYear bool
	// storyPast: the story's date was last set in a past-tense clause
	// ("The stock peaked in October 1987."); a clause in the present
	// after it is the news again ("is payable Dec. 1"), no story told in
	// the present.
	storyPast  bool
	followPast bool // the clause of the expression follow moves the story by is in the past
	// feature: the text does not report day by day (no "gestern", no
	// weekday, no time of day) and speaks of other years, decades or of
	// the past ("früher", "recently"): a feature, an interview, a
	// history, whose "heute" in the present is "nowadays". The present
	// alone ("jetzt", "now", "derzeit") is no sign: news says it daily.
	feature bool
	para    int // the paragraph of the expression being resolved
	// setPara is 1 + the paragraph of the last set ("jeden Freitag"), 0
	// for none: a timetable's times follow in it.
	setPara int
	// dateless: the time resolved last has no day (a timetable's): a day
	// counted from it has none either.
	dateless  bool
	lastTo    int  // the end of the expression resolved before
	fromStory bool // resolve counted it from the story
}

// storyParas is how many paragraph breaks a story date reaches across.
const storyParas = 2

// indirectParas is how many paragraph breaks reported speech's "heute"
// reaches back across to the day told last (a reportage that named its
// day, then tells on without another date).
const indirectParas = 6

// storyOn reports whether a story date holds for the expression being
// resolved.
func (st *anchorState) storyOn() bool {
	return !st.story.IsZero() && st.para-st.storyPara <= storyParas
}

// setStory moves the story to d, of granularity g and value value.
func (st *anchorState) setStory(d Date, g, value string, day, year bool) {
	st.story, st.storyGran, st.storyVal, st.storyPara, st.storyDay, st.storyYear = d, g, value, st.para, day, year
	st.storyPast = st.followPast
}

// follow updates the story after the expression f was resolved to value.
func (st *anchorState) follow(f found, value string) {
	st.followPast = f.past && !f.future
	if value == "PRESENT_REF" && st.news {
		st.story = Date{} // "Today, ...", "derzeit": the news again
		return
	}
	if f.v.typ != tyDate && f.v.typ != tyTime || f.aside || strings.IndexByte(value, '/') >= 0 || f.v.k == vAbs && strings.HasSuffix(f.v.value, "_REF") || f.v.value == "THEN" {
		return // ("damals", "now" in a story: the time told already)
	}
	d, g, ok := parseValue(value)
	if !ok {
		return
	}
	switch f.v.k {
	case vAbs:
		if st.news && (g == "Y" || g == "DE") {
			return // in news a bare year or a decade is background, not a story's day
		}
		if f.open == "before" || f.open != "" && len(value) == 4 {
			return // "bis 1881", "bis März 1862": an aside
		}
		if g == "Y" && !st.story.IsZero() && d.Year < st.story.Year && st.story.Year-d.Year > asideYears {
			return // "wie schon 1870": an aside
		}
		st.setStory(d, g, value, f.v.weekdayed, true)
	case vYearless:
		// a weekday fixes the year: "Montag, dem 13. November"
		st.setStory(d, g, value, f.v.weekdayed, st.fromStory || f.v.weekdayed)
	case vWeekday:
		if st.fromStory {
			st.setStory(d, g, value, true, st.storyYear)
		} else if st.news {
			st.story = Date{} // the news again
		}
	case vRel:
		if f.v.anaphoric {
			if !st.story.IsZero() {
				st.setStory(d, g, value, st.storyDay, st.storyYear)
			}
		} else if st.news {
			st.story = Date{}
		}
	}
}

// then resolves "damals", "at the time", "until then" in news: the time
// the text spoke of last; for a past-only word ("damals") only when it
// lies in an earlier year, and a day is taken as its year ("am 22. Juni
// 1930 ... Damals" is 1930); without one, a past-only word is the past
// (PAST_REF). In a history such words are the story's own time and no
// reference: nothing.
func (st *anchorState) then(past bool) string {
	if !st.news {
		return ""
	}
	switch {
	case st.prev.IsZero() || past && st.prev.Year >= st.ref.Year:
	case past && st.gran == "D":
		return timex.YearString(st.prev.Year)
	default:
		return st.prevVal
	}
	if past {
		return "PAST_REF"
	}
	return ""
}

// clockValue resolves the bare time of day fs[k] ("um 16 Uhr", "at 3:33
// pm"). It takes the day its sentence speaks of: the day before it, or the
// day of a date right after it in the same sentence ("at 3:33 pm on
// Tuesday"). A time of something that recurs (a set in its sentence or
// earlier in its paragraph, a word of habit, "jeweils") has no day: its
// value is the time alone ("T18:00", as KRAUTS writes it).
func (st *anchorState) clockValue(p *parser, fs []found, k int) string {
	f := fs[k]
	lo, hi := p.sentence(f.from)
	day := -1 // the index of a day expression in the sentence
	for j := k - 1; j >= 0 && fs[j].to > lo; j-- {
		if fs[j].v.typ == tySet {
			return f.v.suf
		}
		if fs[j].v.dayLevel() && day < 0 {
			day = j
		}
	}
	next := -1
	for j := k + 1; j < len(fs) && fs[j].from < hi; j++ {
		if fs[j].v.typ == tySet {
			return f.v.suf
		}
		if fs[j].v.dayLevel() && next < 0 && day < 0 {
			next = j
		}
	}
	if day > 0 && fs[day-1].v.dayLevel() && fs[day].from-fs[day-1].to <= 2 {
		// after a list of days: "am 25. und 26. August von 10-18 Uhr",
		// "am 3., 4. und 5. Oktober, jeweils 20 Uhr": each day's
		day = -2
	}
	if day == -2 || p.habitual(f) || day < 0 && next < 0 && st.setPara == st.para+1 {
		st.dateless = true
		return f.v.suf
	}
	st.dateless = false
	if k > 0 && p.dayAndTime(fs[k-1], f) {
		// "morgen Abend um 22 Uhr": that day's
		tmp := *st
		if d, _, ok := parseValue(tmp.resolve(p, fs[k-1])); ok {
			return timex.DayString(d) + f.v.suf
		}
	}
	if next >= 0 && fs[next].from-f.to <= 3 {
		// "at 3:33 pm on Tuesday": that Tuesday
		tmp := *st
		if d, _, ok := parseValue(tmp.resolve(p, fs[next])); ok {
			return timex.DayString(d) + f.v.suf
		}
	}
	return st.resolve(p, f)
}

// sentence returns the token range of the sentence around token i.
func (p *parser) sentence(i int) (lo, hi int) {
	lo, hi = i, i+1
	for lo > 0 && !p.sentenceEnd(lo-1) && !p.toks[lo].para {
		lo--
	}
	for hi < len(p.toks) && !p.sentenceEnd(hi-1) && !p.toks[hi].para {
		hi++
	}
	return lo, hi
}

// pastBefore reports whether "Today," opens a sentence after the text
// spoke of a time years before the reference date: "In 1991 ... Today, the
// signals could not differ more" sets the present against the past.
func (st *anchorState) pastBefore(p *parser, f found) bool {
	return p.sentenceStart(f.from) && p.punct(f.to, ",") && !st.prev.IsZero() && st.prev.Year < st.ref.Year-1
}

// nearestYear returns the year that puts month m nearest to d's month; at
// equal distance the earlier one when back is set, else the later.
func nearestYear(d Date, m int, back bool) int {
	at := d.Year*12 + d.Month
	best, bestDist := d.Year, 13
	for y := d.Year - 1; y <= d.Year+1; y++ {
		dist := y*12 + m - at
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist || dist == bestDist && !back {
			best, bestDist = y, dist
		}
	}
	return best
}

// farFromRef reports whether the story's day lies more than a week from the
// reference date.
func (st *anchorState) farFromRef() bool {
	n := timex.DayNumber(st.story) - timex.DayNumber(st.ref)
	return n > 6 || n < -6
}

func resolveAll(p *parser, fs []found, ref Date, news bool) []Expr {
	st := anchorState{ref: ref, news: news}
	quarters := 0
	for _, f := range fs {
		if f.v.unit == "Q" || len(f.v.code) == 3 && f.v.code[1] == 'Q' || f.v.suf != "" && f.v.suf[1] == 'Q' {
			quarters++
		}
	}
	// One quarter named is enough: "a year earlier" next to "third-quarter
	// profit" compares quarters.
	st.quarterly = quarters >= 1
	dayNews, other := false, false
	for _, f := range fs {
		v := &f.v
		if v.k == vWeekday || v.typ == tyTime || v.k == vRel && v.unit == "D" && v.n != 0 && !v.anaphoric {
			dayNews = true
			break
		}
		if v.k == vAbs && v.typ == tyDate && (len(v.value) == 3 || len(v.value) == 4 && v.value != timex.YearString(ref.Year) || strings.HasSuffix(v.value, "_REF") && v.value != "PRESENT_REF") {
			other = true
		}
	}
	st.feature = !dayNews && other
	out := make([]Expr, 0, len(fs))
	tok, lastK := 0, -1
	for k, f := range fs {
		for ; tok <= f.from && tok < len(p.toks); tok++ {
			if p.toks[tok].para {
				st.para++
			}
		}
		st.fromStory = false
		if f.v.ahead && (f.future || !f.past && p.within(f.from)) {
			f.v.typ, f.v.value = tyDate, "FUTURE_REF"
		}
		var value string
		if f.v.clockOnly() {
			value = st.clockValue(p, fs, k)
		} else if st.dateless && f.v.anaphoric && f.v.k == vRel && f.v.unit == "D" {
			value = "" // "einen Tag später" after a time of a timetable
		} else {
			value = st.resolve(p, f)
		}
		if f.v.typ == tySet {
			st.setPara = st.para + 1
		}
		st.follow(f, value)
		st.lastTo = f.to
		if value == "" || value == "FUTURE_REF" && f.past && !p.de && f.to == f.from+1 {
			// An English one-word future ("soon") in a past clause tells
			// what followed ("was soon released"), no future.
			continue
		}
		e := Expr{
			Start: int(p.toks[f.from].start),
			End:   int(p.toks[f.to-1].end),
			Type:  typeNames[f.v.typ],
			Value: value,
			Mod:   f.v.mod,
		}
		e.Open = f.open
		if f.open == "after" && !p.sinceBefore(f.from) {
			// "ab 2021", "ab 18 Uhr": a start, which may lie ahead — not
			// "seit" (since), which looks back
			e.Open = ""
			if e.Mod == "" {
				e.Mod = "ON_OR_AFTER"
			}
		}
		if n := len(out); n > 0 && lastK == k-1 && p.dayAndTime(fs[k-1], f) && len(out[n-1].Value) >= 10 && strings.HasPrefix(value, out[n-1].Value[:10]+"T") && out[n-1].Mod == "" && out[n-1].Open == "" {
			// "Montag um 11 Uhr", "heute Abend um 21 Uhr": the day and its
			// time are one expression, the time
			out[n-1].End, out[n-1].Type, out[n-1].Value = e.End, e.Type, e.Value
			out[n-1].Mod, out[n-1].Open = e.Mod, e.Open
			lastK = k
			continue
		}
		out = append(out, e)
		lastK = k
		if st.quarter == 0 && len(f.v.code) == 3 && f.v.code[1] == 'Q' && !f.future && atoi(value[:4]) == st.ref.Year {
			// The first quarter of this year a report names (in its
			// lead) is the one it is about.
			st.quarter = codeMonth(f.v.code)
		}
		if f.v.typ == tyDate && !f.aside && f.v.value != "THEN" && strings.IndexByte(value, '/') < 0 && !(f.open == "before" || e.Open != "" && len(value) == 4) {
			// Ranges, limits ("bis März 1862") and open years ("seit
			// 1881") are asides, not where the narrative stands.
			// (a year that opens its sentence is where the text goes:
			// "In 2009, however, ...")
			st.remember(value, f.from, p.sentenceStart(f.from) || f.from > 0 && p.sentenceStart(f.from-1) && p.toks[f.from-1].kind == tWord)
		}
	}
	return out
}

// dayAndTime reports whether d, a day named by its weekday or counted
// from the reference date ("Montag", "heute Abend"), is followed by the
// clock time t with only a word of the role dayat between them ("Montag um
// 11 Uhr"). A full date ("am 1. September um 4:45 Uhr") stays apart, as
// the corpora annotate it.
func (p *parser) dayAndTime(d, t found) bool {
	if t.from != d.to+1 || !t.v.clockOnly() || !p.fn(d.to, fnDayat) || p.broken(d.to) {
		return false
	}
	return d.v.k == vWeekday || d.v.k == vRel && d.v.unit == "D" && !d.v.anaphoric
}

// within reports whether the expression at token i follows "innerhalb",
// "binnen" (key within of [in]), possibly with an article between: a
// time that lies ahead ("innerhalb der kommenden Jahre").
func (p *parser) within(i int) bool {
	if p.has(i-1, cDeterminer, "") {
		i--
	}
	return p.has(i-1, cIn, "within")
}

// indirect reports whether the clause of f is reported speech in the
// subjunctive (role indirect: "Es sei heute niemand da").
func (p *parser) indirect(f found) bool {
	lo, hi := p.clause(f.from)
	for k := lo; k < hi; k++ {
		if p.fn(k, fnIndirect) {
			return true
		}
	}
	return false
}

// openBefore returns the open-interval signal before token i ("seit",
// "bis zum", "since"): "after", "before" or "".
func (p *parser) openBefore(i int) string {
	j := i - 1
	if j > 0 && p.toks[j].kind == tWord && (p.has(j, cDeterminer, "") || p.fn(j, fnContr)) {
		j--
	}
	if j < 0 {
		return ""
	}
	if k, n := p.lex(j, cOpen); n > j && n <= i {
		return k
	}
	return ""
}

// sinceBefore reports whether the expression at token i follows "since",
// "seit" or "seitdem" (possibly with a determiner between): an interval
// that started in the past, unlike "ab"/"from", which may start ahead.
func (p *parser) sinceBefore(i int) bool {
	j := i - 1
	if j > 0 && p.toks[j].kind == tWord && p.has(j, cDeterminer, "") {
		j--
	}
	return j >= 0 && p.toks[j].kind == tWord && p.fn(j, fnSince)
}

// remember makes a resolved date value the previous mention.
func (st *anchorState) remember(v string, at int, opens bool) {
	if d, g, ok := parseValue(v); ok {
		if g == "Y" && !opens && !st.prev.IsZero() && d.Year < st.prev.Year && st.prev.Year-d.Year > asideYears {
			// A bare year looking back ("wie schon 1870") is an aside,
			// not where the narrative stands, unless the next one, in
			// another clause, goes on from it: "1854 graduierte er ...
			// bis er 1857 ..." tells an earlier part of the story.
			if st.back == 0 || d.Year <= st.back || d.Year-st.back > 2*asideYears+4 || at-st.backAt < 6 {
				st.back, st.backAt = d.Year, at
				return
			}
		}
		st.prev, st.gran, st.back, st.prevVal, st.prevPara = d, g, 0, v, st.para
	}
}

var pastSlack = 3

// asideYears is how far back a bare year may look and still move the
// narrative anchor (tuned on WikiWarsDE).
const asideYears = 2

// parseValue reads "2023", "2023-09" or "2023-09-13" (any suffix after a
// day is ignored), and a decade "197" (granularity "DE").
func parseValue(v string) (Date, string, bool) {
	if len(v) > 2 && v[0] == 'B' && v[1] == 'C' {
		d, g, ok := parseValue(v[2:])
		d.Year = 1 - d.Year
		return d, g, ok
	}
	if len(v) == 3 && digits(v) {
		return Date{Year: atoi(v) * 10, Month: 1, Day: 1}, "DE", true // a decade
	}
	if len(v) < 4 || !digits(v[:4]) {
		return Date{}, "", false
	}
	y := atoi(v[:4])
	if len(v) == 4 {
		return Date{Year: y, Month: 1, Day: 1}, "Y", true
	}
	if len(v) >= 7 && v[4] == '-' && digits(v[5:7]) {
		m := atoi(v[5:7])
		if m < 1 || m > 12 {
			return Date{}, "", false
		}
		if len(v) >= 10 && v[7] == '-' && digits(v[8:10]) {
			d := atoi(v[8:10])
			if timex.Valid(y, m, d) {
				return Date{Year: y, Month: m, Day: d}, "D", true
			}
			return Date{}, "", false
		}
		if len(v) == 7 {
			return Date{Year: y, Month: m, Day: 1}, "M", true
		}
	}
	if len(v) == 9 && v[4] == '/' {
		return Date{Year: atoi(v[5:9]), Month: 1, Day: 1}, "Y", true
	}
	return Date{}, "", false
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// anchor returns the date a relative expression counts from, and whether
// there is one.
func (st *anchorState) anchor(anaphoric bool) (Date, bool) {
	if anaphoric && !st.prev.IsZero() {
		return st.prev, true
	}
	if st.news {
		return st.ref, true
	}
	if !st.prev.IsZero() {
		return st.prev, true
	}
	return Date{}, false
}

// codeSpan is the length in months of a season, quarter or half year.
func codeSpan(code string) int {
	if oneOf(code, "-H1 -H2 ") {
		return 6
	}
	return 3
}

// codeMonths are the first months of the codes codeMonth knows.
var codeMonths = [...]int{3, 6, 9, 12, 1, 1, 4, 7, 7, 10}

// codeMonth is the first month of a season, quarter or half year.
func codeMonth(code string) int {
	if k := wordIndex(code, "-SP -SU -FA -WI -Q1 -H1 -Q2 -Q3 -H2 -Q4 "); k >= 0 {
		return codeMonths[k]
	}
	return 1
}

func (st *anchorState) resolve(p *parser, f found) string {
	v := f.v
	switch v.k {
	case vAbs:
		if v.newsOnly && !st.news {
			return ""
		}
		if v.value == "PRESENT_REF" && !p.de && f.past && f.to == f.from+1 && st.news && !st.prev.IsZero() && st.prev.Year < st.ref.Year-1 {
			// "now" in a story told in the past ("by the 1970s ... they
			// now seemed dated"): the story's time
			if t := st.then(true); t != "PAST_REF" {
				return t
			}
		}
		if v.value == "THEN" {
			if t := st.then(v.pastOnly); t != "" || !v.nowOnly || !st.news {
				return t
			}
			return "PRESENT_REF" // "zu diesem Zeitpunkt" with nothing told before: now
		}
		return v.value
	case vRel:
		if v.today && v.suf == "" && st.news && st.gran == "D" && st.para-st.prevPara <= indirectParas && p.indirect(f) {
			// reported speech: "heute" is the day it was said, the day
			// told last ("Am Montag ... Es sei heute niemand da")
			if n := timex.DayNumber(st.ref) - timex.DayNumber(st.prev); n > 0 && n < 7 {
				return timex.DayString(st.prev)
			}
		}
		if v.today && v.suf == "" && (!st.news || p.nowadays(f, st.feature || st.pastBefore(p, f))) {
			return "PRESENT_REF"
		}
		if oneOf(v.unit, "H MIN S ") {
			return "XXXX-XX-XXTXX:XX"
		}
		ana := v.anaphoric
		if ana && (v.unit == "D" || v.unit == "W") && st.gran != "D" || ana && v.unit == "M" && st.gran == "Y" {
			// "am selben Tag" after a mere year: no day to count from.
			if !st.news {
				return underspecified(v)
			}
			ana = false
		}
		a, ok := st.anchor(ana)
		if !ok {
			return underspecified(v)
		}
		// The quarter reported on: the first one named, else the quarter
		// of two months back.
		rq := timex.AddMonths(a, -2)
		if st.quarter > 0 {
			rq = Date{Year: a.Year, Month: st.quarter, Day: 1}
		}
		switch {
		case v.yearAgo && st.quarterly && !ana:
			// "a year ago" in a quarterly report: the reported quarter,
			// a year before.
			return formatAt(shift(rq, -4, "Q"), "Q")
		case v.unit == "Q" && (v.n == 0 || v.n == -4) && !ana && !v.current:
			// "the quarter" in news is the one being reported on.
			a = rq
		case v.unit == "WE" && v.n == 0 && !f.future && timex.Weekday(a) <= 3 && !p.de:
			// "over the weekend" said early in the week: the one just past
			// (TimeBank); the German corpora take the weekend of the week.
			a = timex.AddDays(a, -7)
		}
		d := shift(a, v.n, v.unit)
		if v.yearFix != 0 {
			d.Year = v.yearFix
		}
		return formatAt(d, v.unit) + v.suf
	case vWeekday:
		if st.news && v.n == 0 && st.storyGran == "D" && f.from == st.lastTo+2 && p.punct(st.lastTo, ",") && timex.Weekday(st.story) == v.dow {
			// "am 27. Oktober, einem Freitag": the day just told
			st.fromStory = true
			return timex.DayString(st.story) + v.suf
		}
		if st.news && v.n == 0 && !f.report && st.storyOn() && st.storyDay && st.farFromRef() {
			// "Am Freitag, dem 16. November ... Am Sonntag": the Sunday
			// after (before, in a past perfect) the story's day
			wd := timex.Weekday(st.story)
			d := timex.AddDays(st.story, (v.dow-wd+7)%7)
			if f.perfect {
				d = timex.AddDays(st.story, -((wd - v.dow + 7) % 7))
			}
			if timex.DayNumber(st.story) > timex.DayNumber(st.ref) || timex.DayNumber(d) <= timex.DayNumber(st.ref) {
				st.fromStory = true
				return timex.DayString(d) + v.suf
			}
		}
		a, ok := st.anchor(false)
		if !ok || !st.news && st.gran != "D" {
			return underspecified(v)
		}
		wd := timex.Weekday(a)
		var d Date
		switch {
		case v.weekQual:
			d = timex.AddDays(a, v.dow-wd+7*v.weeks)
		case v.n == 2: // this: same ISO week
			d = timex.AddDays(a, v.dow-wd)
		case v.n < 0:
			back := (wd - v.dow + 7) % 7
			if back == 0 {
				back = 7
			}
			d = timex.AddDays(a, -back)
		case v.n > 0:
			fwd := (v.dow - wd + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			d = timex.AddDays(a, fwd)
		case f.future || !f.past && (v.dow-wd+7)%7 == 1:
			// The future tense, or tomorrow's weekday without a past
			// tense: news announces the next day.
			d = timex.AddDays(a, (v.dow-wd+7)%7)
		default:
			d = timex.AddDays(a, -((wd - v.dow + 7) % 7))
		}
		return timex.DayString(d) + v.suf
	case vYearless:
		if v.generic && !f.past && !f.future || v.day == 0 && v.holiday == "" && p.habitual(f) {
			// "The majority occur in winter", "Erkältungen im Winter
			// sind", "during the repair season in early March": a kind,
			// no calendar date
			return ""
		}
		a, ok := st.anchor(v.anaphoric)
		if !ok {
			return underspecified(v)
		}
		if v.anaphoric && !st.prev.IsZero() {
			return timex.YearString(a.Year) + "-" + timex.Pad(v.month, 2)
		}
		m := v.month
		if v.code != "" {
			m = codeMonth(v.code)
			// A period that contains the anchor's month is this year's.
			if span := codeSpan(v.code); v.n == 0 && a.Month >= m && a.Month < m+span {
				return timex.YearString(a.Year) + v.code
			}
		}
		y := a.Year
		future, past := f.future, f.past
		if v.into && !past && !f.perfect {
			future = true // "in den Winter verschieben": ahead
		}
		if len(v.code) == 3 && v.code[1] == 'Q' {
			future, past = false, false // "expects third-quarter results": still this year's
		}
		// A story told in the present ("Im März 2017 erhält Keith ...
		// Vor der Wahl im Mai erhalten Millionen Haushalte"), far behind
		// the reference date: its year-less dates are the story's. (In
		// the past tense news looks back from its own date: "signed on
		// February 10".)
		story := st.news && v.n == 0 && !past && (!future || st.storyDay) && st.storyOn() && st.storyYear && !st.storyPast && (st.storyDay || st.story.Year*12+st.story.Month < st.ref.Year*12+st.ref.Month-2) && !(f.open == "after" && p.sinceBefore(f.from))
		switch {
		case story:
			st.fromStory = true
			// "im März 2017 ... im Mai": the year that puts the month
			// nearest the story's (the earlier one, at equal distance, in
			// the past; in a past perfect, never after the story)
			y = nearestYear(st.story, m, f.past || f.perfect)
			if f.perfect && y*12+m > st.story.Year*12+st.story.Month {
				y--
			}
		case v.n == 2:
		case v.n < 0:
			if m >= a.Month {
				y--
			}
		case v.n > 0:
			if m <= a.Month {
				y++
			}
		case !st.news:
			// narrative: the previous mention's year
		case f.open == "after" && p.sinceBefore(f.from):
			// "since January" looks back: the latest such month ("ab
			// Juli", also open, looks ahead and takes the rules below)
			if m > a.Month {
				y--
			}
		case future:
			if m < a.Month {
				y++
			}
		case f.open == "after" && !past && !f.perfect:
			// a start without a past tense ("ab August gilt") is this
			// year's month or one ahead, never last year's
			if a.Month-m > 9 {
				y++
			}
		case past && m > a.Month+2:
			// a past tense moves a month more than two ahead to last year
			// ("was extended to Nov. 16" said in October stays this year)
			y--
		case m-a.Month > 5:
			y-- // news looks back: up to 9 months back, up to 5 ahead
		case a.Month-m > 9 && !past:
			y++ // "in January" said in November: next year, unless told in the past tense
		}
		if v.code != "" {
			return timex.YearString(y) + v.code
		}
		if v.holiday != "" {
			if d, ok := holidayDate(v.holiday, y); ok {
				return timex.DayString(d)
			}
			return underspecified(v)
		}
		if v.day > 0 {
			if !timex.Valid(y, m, v.day) {
				return underspecified(v)
			}
			if v.week {
				return timex.WeekString(Date{Year: y, Month: m, Day: v.day})
			}
			return timex.DayString(Date{Year: y, Month: m, Day: v.day}) + v.suf
		}
		return timex.YearString(y) + "-" + timex.Pad(m, 2)
	}
	return ""
}

// decimal reads digits with an optional fraction ("12", "0.5", "1.25"), the
// only number forms the vocabulary and the grammar produce; ok is false for
// anything else. Up to 15 significant digits the result is exact as
// strconv.ParseFloat's (one correctly rounded division of two exact
// integers), without linking the float parser into the wasm.
func decimal(s string) (f float64, ok bool) {
	var mant int64
	scale := 1.0
	dot, nd := false, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			mant = mant*10 + int64(c-'0')
			nd++
			if dot {
				scale *= 10
			}
		case c == '.' && !dot:
			dot = true
		default:
			return 0, false
		}
	}
	if nd == 0 || nd > 18 {
		return 0, false
	}
	return float64(mant) / scale, true
}
