package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels are the article's own words, whole: one contiguous stretch of the
// sentence that holds the date, never with words taken out of its middle
// and never reordered. The stretch is the clause the date belongs to:
//
//   - The sentence is read in units, the runs of words between clause
//     marks (comma, semicolon, colon, dash; brackets are read as part of
//     the unit they stand in, unless the date is inside them), and an
//     English unit further at the words that open a clause ("that",
//     "when", "who", "after the war ended"), at a verb of saying whose
//     date is not its own ("officials said the bridge reopened on
//     Saturday"), and a unit with two dates at the conjunction between
//     them.
//   - A clause that is only its date ("On Monday, …") takes the clause
//     it introduces; a relative clause takes the noun it describes ("die
//     Feuerwehr, die den Brand am Dienstag gelöscht hatte"); a clause
//     that starts with its verb takes its subject before a comma ("The
//     ferry, delayed by fog, is due on Friday"), and a reported clause
//     whose subject is a pronoun the speaker ("Harbor Aid said it
//     rescued …"), when the whole fits. A date that qualifies a noun
//     ("the 2010 raid on the flotilla", "dem Koreakrieg 1950–53") gives
//     that noun phrase.
//   - A date of a verb of saying ("X sagte am Dienstag, Y", "Y, the mayor
//     said Friday") dates the statement: the label is the saying with
//     what was said.
//   - A short label takes the clauses that depend on it ("…, als Moskau
//     Waffen lieferte"), and a German clause interrupted by an embedded
//     one the verb that closes it.
//
// The date phrase is left out where it stands at either end of the
// stretch (with its preposition, and the other dates of a list), except a
// German date that opens its clause before the verb ("Am Mittwoch traf er
// Putin"); in the middle it stays, so that no hole is left. A label longer
// than maxLabel runes is cut before a preposition, conjunction or clause
// mark, with "…"; at its start where a German label would otherwise lose
// its date after a long fronted phrase. White space runs are written as one space, and soft
// hyphens and zero-width characters are left out, as the engines read
// them; the letters' case is the text's.

const (
	// maxLabel is the length, in runes, a label stays within ("…"
	// included).
	maxLabel = 100
	// shortLabel is the length below which a following dependent clause is
	// added to a label.
	shortLabel = 45
)

// labeler builds labels for the mentions in one sentence (or a few joined
// sentences).
type labeler struct {
	text, lower string // Doc.Text and Doc.Lower
	lx          *lexicon
	en          bool
	// toks are the words and marks of the sentence: a window on
	// builder.words.
	toks []word
	// The layout of the target's sentence (see layout): the bracket depth
	// of each token, the target's depth, its bracket group [ga, gb), the
	// units of the group and the pieces (units cut further at clause
	// openers).
	depth  []int8
	dt     int8
	ga, gb int
	units  []clause
	pieces []clause
	// start is where the group's first clause starts: after a dateline
	// ("SEOUL, Südkorea (AP) –").
	start int
	// upTo: the label ends right after its date; from: it starts with its
	// date (see builder.distinct).
	upTo, from bool
	// tail: a label longer than maxLabel is cut at its start, not its end.
	tail bool
	// da, db: the target's date phrase (see datePhrase).
	da, db int
	// nominal: the date qualifies a noun (see attached); said: it dates
	// a verb of saying (see sayingVerb). Set by choose.
	nominal, said bool
	scratch       *labelScratch
}

// clause is a run of tokens [a, b).
type clause struct{ a, b int }

// labelScratch is the memory a labeler lays its sentence out in.
type labelScratch struct {
	depth         []int8
	bound         []bool
	units, pieces []clause
}

// newLabeler returns the labeler of the words [a, b) of b.words.
func (b *builder) newLabeler(wa, wb int) *labeler {
	return &labeler{text: b.d.Text, lower: b.d.Lower, lx: b.lx, en: b.lx.lang != "de", toks: b.words[wa:wb:wb], scratch: &b.scratch}
}

// str returns the word as written.
func (l *labeler) str(t *word) string { return l.text[t.start:t.end] }

// low returns the word in lower case.
func (l *labeler) low(t *word) string { return l.lower[t.lo:t.hi] }

// is reports whether token i is a word of one of the classes c.
func (l *labeler) is(i int, c class) bool { return l.toks[i].word && l.toks[i].cls&c != 0 }

// mark reports whether token i is the punctuation mark s.
func (l *labeler) mark(i int, s string) bool { return !l.toks[i].word && l.str(&l.toks[i]) == s }

// digit reports whether token i is a word that starts with a digit.
func (l *labeler) digit(i int) bool { return l.toks[i].word && l.text[l.toks[i].start]-'0' <= 9 }

// exprRef is an expression's extent and its index in the Input's Exprs.
type exprRef struct{ start, end, index int }

// label returns the label for the expression with index target (with
// target2 ≥ 0: the range from target to target2, "von 2011 bis 2013"), or
// "" when the sentence says nothing beyond the date. fits reports whether
// the label is whole, not cut at maxLabel.
func (l *labeler) label(target, target2 int) (label string, fits bool) {
	ta, tb := -1, -1
	for i := range l.toks {
		if e := int(l.toks[i].expr); e == target || e == target2 && target2 >= 0 {
			if ta < 0 {
				ta = i
			}
			tb = i + 1
		}
	}
	if ta < 0 {
		return "", false
	}
	l.layout(ta, tb)
	da, db := l.datePhrase(ta, tb)
	l.da, l.db = da, db
	if !(da > l.ga && (l.mark(da-1, "*") || l.mark(da-1, "†"))) && l.heading() || l.title(ta, tb) || l.vintage(ta, tb, da) {
		return "", false
	}
	l.nominal, l.said = false, false
	a, b, keep := l.choose(ta, tb, da, db)
	if a >= b || l.noHappening(ta, tb, da, a, b) {
		return "", false
	}
	if l.from {
		a, keep = da, true // see builder.distinct
		if b < db {
			b = db
		}
	}
	cut := false
	if l.upTo && a < da {
		// up to its date, with "…" where words follow
		for i := db; i < b; i++ {
			cut = cut || l.toks[i].word
		}
		b, keep, l.tail = db, true, true
	}
	if !keep {
		a, b = l.dropDate(a, b, ta, tb, da, db)
	}
	a, b = l.trim(a, b)
	if a >= b || l.countContent(a, b) == 0 && !(cut && a < da) && !(keep && a == da-1) {
		return "", false
	}
	label, fits = l.render(a, b)
	if cut && fits {
		label, fits = label+"…", false
	}
	return label, fits
}

// heading reports whether the sentence is no clause but a heading, a
// dateline, a byline, a credit or a reference ("NDR Info – 18.03.2020
// 13:15 Uhr", "WASHINGTON, March 3 (AP)", "Smith, J. (2012). The Neon
// Book."): outside its dates and brackets it has no lower-case word but
// function words and fillers, so no verb. Its dates date no happening.
func (l *labeler) heading() bool {
	for i := range l.toks {
		t := &l.toks[i]
		if t.word && !t.upper && t.expr < 0 && !l.digit(i) && l.depth[i] == 0 &&
			(t.cls&(stopWords|functionWords|cFiller) == 0 || t.cls&(cFinite|cAttribution) != 0) {
			return false
		}
	}
	return true
}

// title reports whether the date [ta, tb) stands in quotation marks that
// hold a title, not a quotation: no lower-case word but function words,
// and a name beside the date or a bare number ("der Film „1917“", "the
// album “Summer of 1999”"; not a quoted „nächste Woche“).
func (l *labeler) title(ta, tb int) bool {
	o := ta - 1
	for o >= 0 && l.toks[o].cls&cOpenQuote == 0 {
		if !l.toks[o].word && l.toks[o].stop || l.toks[o].cls&cCloseQuote != 0 || ta-o > 8 {
			return false
		}
		o--
	}
	if o < 0 {
		return false
	}
	for c := tb; c < len(l.toks) && c < tb+8; c++ {
		t := &l.toks[c]
		if t.cls&cCloseQuote != 0 && !t.word {
			// a name beside the date, or a bare number ("„1917“"), not
			// a quoted date alone („nächste Woche“)
			named := tb-ta == 1 && strings.Trim(l.str(&l.toks[ta]), "0123456789") == ""
			for i := o + 1; i < c; i++ {
				u := &l.toks[i]
				if u.word && !u.upper && u.expr < 0 && !l.digit(i) && (u.cls&(stopWords|functionWords) == 0 || u.cls&cFinite != 0) {
					return false
				}
				named = named || u.word && u.upper && u.expr < 0
			}
			return named
		}
		if !t.word && t.stop {
			return false
		}
	}
	return false
}

// layout reads the sentence around the target [ta, tb): bracket depths,
// the target's bracket group, its units and pieces.
func (l *labeler) layout(ta, tb int) {
	n := len(l.toks)
	sc := l.scratch
	if sc == nil {
		sc = &labelScratch{}
	}
	if cap(sc.depth) < n {
		sc.depth, sc.bound = make([]int8, n), make([]bool, n)
	}
	l.depth = sc.depth[:n]
	var d int8
	for i := range l.toks {
		if l.mark(i, ")") || l.mark(i, "]") {
			if d > 0 {
				d--
			}
		}
		l.depth[i] = d
		if (l.mark(i, "(") || l.mark(i, "[")) && d < 100 {
			d++
		}
	}
	l.dt = l.depth[ta]
	l.ga, l.gb = ta, tb
	for l.ga > 0 && l.depth[l.ga-1] >= l.dt {
		l.ga--
	}
	for l.gb < n && l.depth[l.gb] >= l.dt {
		l.gb++
	}
	bound := sc.bound[:n]
	clear(bound)
	for i := l.ga; i < l.gb; i++ {
		// the dash of a range is no clause mark ("1998 – 2001")
		bound[i] = l.depth[i] == l.dt && l.isBound(i) && !(i > ta && i < tb)
	}
	// A comma right after a date that holds a comma closes an apposition
	// ("am Dienstag, dem 12. September 2023, zu …").
	if tb < l.gb && l.mark(tb, ",") && strings.Contains(l.text[l.toks[ta].start:l.toks[tb-1].end], ",") {
		bound[tb] = false
	}
	// A comma between two timeline dates lists them ("am 29. Januar, 10.
	// Februar und 11. März statt"): no clause boundary.
	for i := l.ga; i < l.gb; i++ {
		if bound[i] && l.mark(i, ",") && l.listComma(i) {
			bound[i] = false
		}
	}
	l.units = sc.units[:0]
	a := l.ga
	for i := l.ga; i <= l.gb; i++ {
		if i == l.gb || bound[i] {
			if i > a {
				l.units = append(l.units, clause{a, i})
			}
			a = i + 1
		}
	}
	l.start = l.ga
	if len(l.units) > 0 {
		l.start = l.units[0].a
	}
	// A dateline: a dash within the first words, with no verb before it.
	for i := l.ga; i < l.gb && i < l.ga+12; i++ {
		if bound[i] && (l.mark(i, "–") || l.mark(i, "—")) {
			l.start = i + 1
			break
		}
		if l.toks[i].word && !l.toks[i].upper && l.toks[i].cls&functionWords == 0 && l.isVerb(i) || l.mark(i, ".") {
			break
		}
	}
	l.pieces = sc.pieces[:0]
	for _, u := range l.units {
		p := u.a
		if l.en {
			for i := u.a + 1; i < u.b; i++ {
				if l.opensClause(i, u) {
					l.pieces = append(l.pieces, clause{p, i})
					p = i
				}
			}
		}
		l.pieces = append(l.pieces, clause{p, u.b})
	}
	sc.units, sc.pieces = l.units, l.pieces
}

// isBound reports whether token i separates two clauses: a comma, colon,
// dash … (see word.stop), not in an expression; a full stop only between
// two words of the sentence.
func (l *labeler) isBound(i int) bool {
	t := &l.toks[i]
	if !t.stop || t.expr >= 0 {
		return false
	}
	return l.text[t.start] != '.' || i > 0 && i+1 < len(l.toks)
}

// listComma reports whether the comma at token i stands between two
// timeline dates (prepositions and articles may precede the second).
func (l *labeler) listComma(i int) bool {
	if i == 0 || i+1 >= len(l.toks) || !l.toks[i-1].event {
		return false
	}
	for k := i + 1; k < len(l.toks) && k <= i+3; k++ {
		t := &l.toks[k]
		if t.expr >= 0 {
			return t.event
		}
		if !t.word || t.cls&cPrep == 0 {
			return false
		}
	}
	return false
}

// opensClause reports whether the English word at token i of unit u opens
// a clause of its own: a [subordinator] ("who", "because", "that"), where
// one that is also a preposition or determiner ("after", "since", "as",
// "that") counts only before a clause: a subject and a verb follow ("after
// the war ended"), or for "that" a subject or the verb before it ("said
// that …").
func (l *labeler) opensClause(i int, u clause) bool {
	if l.depth[i] != l.dt || !l.is(i, cSubordinator) || l.toks[i].expr >= 0 {
		return false
	}
	if l.toks[i].cls&(cPrep|cDet) == 0 {
		return true
	}
	if l.is(i, cThat) {
		if i+1 < u.b && l.toks[i+1].word && (l.toks[i+1].upper || l.is(i+1, cPronoun|cSubjectDet) || l.digit(i+1)) {
			return true
		}
		// after a verb, or a verb of saying and its date ("said on
		// Tuesday that …")
		for k := i - 1; k >= u.a && k >= i-4; k-- {
			if l.isVerb(k) {
				return true
			}
			if !l.toks[k].event && !l.is(k, cPrep) {
				break
			}
		}
		return false
	}
	// a verb within a few words, before any mark or other opener; right
	// after it only a form in "-ing" ("after taking …")
	for k := i + 1; k < u.b && k <= i+5; k++ {
		if !l.toks[k].word || l.toks[k].expr >= 0 && k == i+1 {
			return false
		}
		if l.isVerb(k) && (k > i+1 || strings.HasSuffix(l.low(&l.toks[k]), "ing")) {
			return true
		}
	}
	return false
}

// datePhrase returns the date [ta, tb) with the words that introduce it:
// its prepositions and determiners ("am", "since the") and a German time
// noun before a numeric date ("in der Saison 2007/08").
func (l *labeler) datePhrase(ta, tb int) (da, db int) {
	da, db = ta, tb
	if da > l.ga && l.digit(da) && l.is(da-1, cPeriod) {
		for da--; da > l.ga && l.is(da-1, cDet); da-- {
		}
	}
	// A date that is one lower-case word is an adverb ("gestern",
	// "yesterday"): the words before it are not its preposition.
	if tb-ta == 1 && !l.toks[ta].upper && !strings.ContainsAny(l.low(&l.toks[ta]), "0123456789") {
		return da, db
	}
	for da > l.ga && l.is(da-1, cPrep) && l.toks[da-1].expr < 0 {
		da--
	}
	if db < l.gb && l.mark(db, ",") && strings.Contains(l.text[l.toks[ta].start:l.toks[tb-1].end], ",") {
		db++ // the apposition's closing comma
	}
	return da, db
}

// unitOf returns the index of the unit that holds token i, or -1.
func (l *labeler) unitOf(i int) int {
	for k, u := range l.units {
		if u.a <= i && i < u.b {
			return k
		}
	}
	return -1
}

// pieceOf returns the piece that holds token i.
func (l *labeler) pieceOf(i int) clause {
	for _, p := range l.pieces {
		if p.a <= i && i < p.b {
			return p
		}
	}
	return clause{i, i + 1}
}

// choose returns the stretch [a, b) of the label of the date [ta, tb)
// (phrase [da, db)), and keep when the date phrase stays in it wherever it
// stands.
func (l *labeler) choose(ta, tb, da, db int) (a, b int, keep bool) {
	ui := l.unitOf(ta)
	if ui < 0 {
		return 0, 0, false
	}
	u := l.units[ui]
	c := l.narrow(l.pieceOf(ta), ta, tb)
	if l.en && l.sayingVerb(c, ta, tb) < 0 {
		// "officials said the bridge reopened on Saturday": what was said
		for i := c.a; i < ta; i++ {
			if l.is(i, cStatement) && l.depth[i] == l.dt && l.hasVerb(i+1, c.b) {
				c.a = i + 1 // not "reported a record week"
			}
		}
	}
	if np, ok := l.attached(c, ta, tb); ok {
		l.nominal = true
		return np.a, np.b, l.en
	}
	if da > l.ga && (l.mark(da-1, "*") || l.mark(da-1, "†")) && l.thin(c, da, db) {
		// "(* 14. März 1835 – † 4. Juli 1910)": born, died
		return da - 1, db, true
	}
	if l.thin(c, da, db) {
		if c.a == u.a && c.b == u.b {
			return l.neighbour(ui)
		}
		c = u
		if l.thin(c, da, db) {
			return l.neighbour(ui)
		}
	}
	if v := l.sayingVerb(c, ta, tb); v >= 0 {
		l.said = true
		a, b := l.saying(ui, c, v, da, db)
		return a, b, false
	}
	if l.is(l.firstWord(c.a, c.b), cAttributionFrom) && c.a > l.start {
		// "…, according to a statement today by X": the statement, with
		// what it says before it
		l.tail = !l.fits(l.start, c.b, da, db)
		return l.start, c.b, false
	}
	a, b = c.a, c.b
	first := a <= l.start || ui > 0 && l.units[ui-1].b < l.start
	switch {
	case l.relative(a):
		a = l.antecedent(a)
	case l.verbFirst(l.firstWord(a, b)) && a == u.a && !first:
		// the subject stands before a comma: "The ferry, delayed by fog,
		// is due …"
		a = l.back(a, b, da, db)
	case !l.hasVerb(a, b) && first && ui+1 < len(l.units) && !l.mark(u.b, ":"):
		// a fronted phrase: "During a storm in late January, the
		// temperatures …"
		if next := l.units[ui+1]; l.hasVerb(next.a, next.b) {
			b = next.b
		}
	case !l.en && l.is(l.firstWord(a, b), cSubordinator) && !l.endsInVerb(a, b):
		// a German subordinate clause whose verb comes after an inserted
		// phrase: extend (closeBracket) takes it
	case !l.hasVerb(a, b) && a == u.a && !first:
		// no verb of its own: "Die Band spielt am 9. Mai in Bremen, am
		// 12. Mai in Kiel"
		a = l.back(a, b, da, db)
	case a == u.a && !first && l.verbless(l.start, a) && !l.mark(a-1, ":"):
		// a subject or fronted phrase set off by commas before it
		// ("Renewable energy from hydro, solar and wind increased …")
		a = l.back(a, b, da, db)
	case a == u.a && !first && l.is(a, cSubjectDet) && (l.mark(a-1, "—") || l.mark(a-1, "–")) && l.hasVerb(l.start, a-1) && !l.clauseAt(a, b):
		// an apposition after a dash that sums up the clause before it
		// ("… next year — the first time it has been that big since
		// 2012"): with that clause, cut at its start when too long
		a = l.start
		l.tail = !l.fits(a, b, da, db)
	case l.is(l.firstWord(a, b), cPronoun) && l.saidBefore(a) && !first:
		// "X said it …": with the speaker
		if l.fits(l.start, b, da, db) {
			a = l.start
		}
	case l.is(a, cSubordinator|cDependent) && !l.is(a, cRelative|cThat) && a+1 < b && l.is(a+1, cPronoun) && a > l.start:
		// "…, when it first emerged in the early 1900s": with the clause
		// the pronoun's noun is in
		if p := l.before(a); p < a && l.fits(p, b, da, db) {
			a = p
		}
	}
	b = l.extend(a, b)
	return a, b, false
}

// clauseAt reports whether a clause starts at token a: a noun phrase of
// at most four words and its verb ("the economy expanded"), not one that
// a clause of its own follows ("the first time it has been …").
func (l *labeler) clauseAt(a, b int) bool {
	for i := a + 1; i < b && i <= a+4; i++ {
		if !l.toks[i].word || l.is(i, cPronoun|cSubordinator|cRelative) {
			return false
		}
		if l.isVerb(i) || l.is(i, cFinite) {
			return true
		}
	}
	return false
}

// back returns where a label [a, b) that lacks its subject or verb starts
// when it takes what stands before it in its sentence: the sentence's first
// clause, else the unit before it, as far as the label fits in maxLabel.
func (l *labeler) back(a, b, da, db int) int {
	if l.fits(l.start, b, da, db) {
		return l.start
	}
	p := l.before(a)
	for q := p; q < a && !l.hasWords(q, a); q = p {
		p = l.before(q) // past an age or a number: "Mark Olsen, 49, was …"
		if p == q {
			return a
		}
	}
	if p < a && l.relative(p) {
		p = l.antecedent(p)
	}
	if p < a && p >= l.start && l.fits(p, b, da, db) {
		return p
	}
	return a
}

// hasWords reports whether [a, b) holds a word that is no number.
func (l *labeler) hasWords(a, b int) bool {
	for i := a; i < b; i++ {
		if l.toks[i].word && !l.digit(i) {
			return true
		}
	}
	return false
}

// before returns the start of the piece or unit that ends right before
// token a (a clause mark between), or a.
func (l *labeler) before(a int) int {
	for k := len(l.pieces) - 1; k >= 0; k-- {
		if p := l.pieces[k]; p.b == a || p.b == a-1 {
			return p.a
		}
	}
	return a
}

// verbless reports whether the units in [a, b) have no verb.
func (l *labeler) verbless(a, b int) bool {
	return a < b && !l.hasVerb(a, b)
}

// firstWord returns the first token of [a, b) that is no punctuation,
// conjunction or complementizer, or b-1.
func (l *labeler) firstWord(a, b int) int {
	for a < b-1 && (!l.toks[a].word || l.is(a, cCoord|cThat)) {
		a++
	}
	return a
}

// narrow cuts a clause that holds other timeline dates at the coordinating
// conjunction between the target [ta, tb) and the nearest of them, unless
// the part with the target has no verb.
func (l *labeler) narrow(c clause, ta, tb int) clause {
	whole := c
	prev, next := -1, -1
	for i := c.a; i < c.b; i++ {
		if l.toks[i].event && (i < ta || i >= tb) && l.depth[i] == l.dt {
			if i < ta {
				prev = i
			} else if next < 0 {
				next = i
			}
		}
	}
	if prev >= 0 && !l.onlyDateWords(prev, ta) {
		for k := ta - 1; k > prev; k-- {
			if l.is(k, cCoord) && l.depth[k] == l.dt {
				c.a = k
				break
			}
		}
	}
	if next >= 0 && !l.onlyDateWords(tb-1, next) {
		for k := tb; k < next; k++ {
			if l.is(k, cCoord) && l.depth[k] == l.dt {
				c.b = k
				break
			}
		}
	}
	// A conjunct without a verb of its own shares the verb of the other
	// ("hieß ab 2005 X und seit 2010 Y"): the whole clause.
	if !l.hasVerb(c.a, c.b) {
		return whole
	}
	return c
}

// onlyDateWords reports whether the tokens strictly between i and j are
// all dates, prepositions, conjunctions or commas.
func (l *labeler) onlyDateWords(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if l.toks[k].event || l.is(k, cPrep|cCoord) || l.mark(k, ",") || l.mark(k, "–") || l.mark(k, "-") {
			continue
		}
		return false
	}
	return true
}

// attached returns the noun phrase a date qualifies: in German the noun
// right before a numeric date, with its article and adjectives ("dem
// Koreakrieg 1950–53": "Koreakrieg"); in English a date between a determiner and a noun
// or name ("the 2010 raid on the flotilla", "the 1950-53 Korean War") or a
// possessive date ("Thursday's ruling"), with a prepositional phrase after
// the noun. A phrase that opens its clause is the clause's subject: the
// clause is returned.
func (l *labeler) attached(c clause, ta, tb int) (clause, bool) {
	t := l.toks
	if !l.en {
		// only a period's name ("dem Koreakrieg 1950–53") or a list item
		// ("…: Slalom-Silber 2007, …"): elsewhere a year after a noun
		// dates the clause ("in einem Interview 2017 gesagt")
		if ta-1 < c.a || !t[ta-1].word || t[ta-1].expr >= 0 || !t[ta-1].upper || t[ta-1].cls&stopWords != 0 ||
			!(l.digit(ta) || t[ta].upper && l.digit(tb-1)) ||
			!strings.Contains(l.text[t[ta].start:t[tb-1].end], "–") && !strings.Contains(l.text[t[ta].start:t[tb-1].end], "-") && tb < c.b {
			return clause{}, false
		}
		// the noun and its adjectives, without the article: its case is
		// the clause's ("dem Koreakrieg")
		a := ta - 1
		for k := ta - 2; k >= c.a && k >= ta-4 && t[k].word && t[k].expr < 0 && t[k].cls&stopWords == 0 && l.isAdjective(&t[k]); k-- {
			a = k
		}
		if f := l.firstWord(c.a, c.b); f == a || f == a-1 && l.is(f, cSubjectDet) {
			return c, true
		}
		return clause{a, tb}, true
	}
	poss := strings.HasSuffix(l.low(&t[tb-1]), "'s") || strings.HasSuffix(l.low(&t[tb-1]), "’s")
	if !poss && (ta-1 < c.a || !l.is(ta-1, cDet) || l.is(ta-1, cPrep) && !l.is(ta-1, cSubjectDet)) {
		return clause{}, false
	}
	if tb >= c.b || !t[tb].word || t[tb].expr >= 0 || t[tb].cls&(functionWords|stopWords) != 0 || !poss && l.isVerb(tb) && !t[tb].upper {
		return clause{}, false
	}
	a := ta
	if !poss {
		a = ta - 1
	}
	if l.firstWord(c.a, c.b) == a {
		return c, true
	}
	// the noun and the names after it, then one prepositional phrase
	b := tb
	for b < c.b && b < tb+4 && t[b].word && t[b].expr < 0 && t[b].cls&(functionWords|stopWords|cFinite|cVerb|cAttribution) == 0 &&
		!(b > tb && t[b-1].upper && !t[b].upper && l.isVerb(b)) { // "the 1950-53 Korean War gathered"
		b++
	}
	if b+1 < c.b && l.is(b, cPrep) && !l.is(b, cSubordinator) && t[b+1].word {
		k := b + 1
		if l.is(k, cSubjectDet) {
			k++
		}
		e := k
		for e < c.b && e < k+3 && t[e].word && t[e].expr < 0 && t[e].cls&(functionWords|stopWords|cFinite|cVerb|cAttribution) == 0 {
			e++
		}
		if e > k {
			b = e
		}
	}
	return clause{a, b}, true
}

// thin reports whether the clause says nothing but its date: no content
// word outside the date phrase [da, db), fillers, attribution phrases and
// English adverbs in "-ly" aside.
func (l *labeler) thin(c clause, da, db int) bool {
	for i := c.a; i < c.b; i++ {
		if i >= da && i < db || l.depth[i] != l.dt {
			continue
		}
		t := &l.toks[i]
		if !t.word || t.event || t.cls&(stopWords|cAttribution|cFiller|cAttributionFrom|cAttributionUpto) != 0 {
			continue
		}
		if l.en && strings.HasSuffix(l.low(t), "ly") {
			continue
		}
		return false
	}
	return true
}

// neighbour returns the stretch for a unit that is only its date: the
// units it introduces (past one that only attributes, "ein … Foto
// zeigt"), or with the unit between a subject and its verb ("The fire, on
// Aug. 7, destroyed …"), or the unit before it.
func (l *labeler) neighbour(ui int) (a, b int, keep bool) {
	u := l.units[ui]
	if ui+1 < len(l.units) {
		next := l.units[ui+1]
		if ui > 0 && l.verbFirst(l.firstWord(next.a, next.b)) {
			return l.units[ui-1].a, l.extend(next.a, next.b), true
		}
		if !l.en && ui == 0 {
			// a German date before the verb: the clause that opens with
			// it ("In der Nacht zum 20. März, das Ultimatum war abgelaufen,
			// feuerten die USA …")
			for k := ui + 1; k < len(l.units); k++ {
				if n := l.units[k]; l.finite(n.a) && !l.is(n.a, cStatement) {
					return n.a, l.extend(n.a, n.b), false
				}
			}
		}
		for k := ui + 1; k < len(l.units); k++ {
			n := l.units[k]
			if l.thin(n, -1, -1) || k+1 < len(l.units) && (l.attributes(n) || !l.hasVerb(n.a, n.b) || l.relative(n.a)) {
				continue // "By 2017, as Senate majority leader, he …"
			}
			return n.a, l.extend(n.a, n.b), false
		}
	}
	if ui > 0 {
		// the nearest clause with a verb before it ("…, the bombings which
		// killed 224 people, including 12 Americans, on Aug. 7"), cut at
		// its start when too long
		a := -1
		for k := len(l.pieces) - 1; k >= 0 && a < 0; k-- {
			if p := l.pieces[k]; p.a < u.a && p.a >= l.start && l.hasVerb(p.a, p.b) {
				a = p.a
				if l.relative(a) {
					a = l.antecedent(a)
				}
			}
		}
		if a < 0 {
			a = l.back(l.units[ui-1].a, u.b, u.a, u.b)
		}
		l.tail = !l.fits(a, u.b, u.a, u.b)
		return a, u.b, false
	}
	return 0, 0, false
}

// attributes reports whether a unit ends in a verb of saying or showing
// with no more than its subject before it ("ein … Foto zeigt", "officials
// said").
func (l *labeler) attributes(u clause) bool {
	last := u.b - 1
	for last > u.a && !l.toks[last].word {
		last--
	}
	return l.is(last, cAttribution)
}

// sayingVerb returns the verb of saying in clause c whose date [ta, tb) is
// (see verbDate), or -1.
func (l *labeler) sayingVerb(c clause, ta, tb int) int {
	for i := c.a; i < c.b; i++ {
		if l.is(i, cStatement) && l.depth[i] == l.dt && l.verbDate(i, ta, tb) {
			return i
		}
	}
	return -1
}

// verbDate reports whether the date [ta, tb) belongs to the verb of saying
// at token v: right before it ("Am Dienstag sagte X", "X on Tuesday
// said"), or after it with at most maxVerbGap words besides prepositions
// and no punctuation, "that" or connector between ("said on Tuesday",
// "said in a statement on Tuesday", "told reporters Monday", "sagte Nixey
// am Dienstag"). In English only a verb of [statement.object] has words of
// its own right after it: after "said" they start what was said ("said the
// bridge reopened on Saturday").
func (l *labeler) verbDate(v, ta, tb int) bool {
	if d := l.low(&l.toks[tb-1]); strings.HasSuffix(d, "'s") || strings.HasSuffix(d, "’s") {
		return false // "said Tuesday's ruling was final"
	}
	if tb == v {
		return true
	}
	if v > ta {
		return false
	}
	n := 0
	for i := v + 1; i < ta; i++ {
		t := &l.toks[i]
		if !t.word || t.cls&(cThat|cConnector) != 0 {
			return false
		}
		if i == v+1 && l.en && (t.cls&cPrep == 0 || t.cls&cSubjectDet != 0) && l.toks[v].cls&cStatementObject == 0 {
			return false
		}
		if t.cls&cPrep == 0 || t.cls&cSubjectDet != 0 {
			n++
		}
	}
	return n <= maxVerbGap
}

// maxVerbGap is how many words may stand between a verb of saying and a
// date after it for the date to be the verb's ("told reporters on Monday",
// "sagte der Zeitung am Montag").
const maxVerbGap = 5

// saying returns the stretch for a date of the verb of saying v in clause
// c of unit ui: the saying with what was said. That is in c when an
// English verb has two content words after it ("said on Tuesday that oil
// demand fell"); else in the units after c when c opens the sentence ("X
// sagte am Dienstag, Y", "Am Freitag sagte X, Y") or the speaker stands
// before c ("X, der …, sagte am Dienstag, Y"); else in the units before it
// ("Y, sagte X am Dienstag"). A stretch longer than maxLabel is what was
// said alone, when it comes first.
func (l *labeler) saying(ui int, c clause, v, da, db int) (a, b int) {
	before, after := 0, 0
	for i := c.a; i < c.b; i++ {
		if i >= da && i < db || i == v || !l.toks[i].word || l.toks[i].cls&(stopWords|cAttribution) != 0 {
			continue
		}
		if i < v {
			before++
		} else {
			after++
		}
	}
	// In English what was said follows the verb and its date, unless a
	// preposition comes first ("said Friday in reply to critics").
	if k := max(v+1, db); l.en && k < c.b && l.is(k, cPrep|cCut) && !l.is(k, cThat) {
		after = 0
	}
	first := l.firstWord(l.start, c.b) >= c.a
	last := l.units[len(l.units)-1].b
	switch {
	case l.en && after >= 2:
		a = c.a
		if before == 0 && l.fits(l.start, c.b, da, db) {
			a = l.start
		}
		return a, c.b
	case first || before == 0 && after == 0 && c.b < last:
		a = c.a
		if !first && l.fits(l.start, last, da, db) {
			a = l.start
		}
		return a, last
	}
	// what was said first: with it, cut at its start when too long
	l.tail = !l.fits(l.start, c.b, da, db)
	return l.start, c.b
}

// fits reports whether the label of [a, b) is within maxLabel runes once
// a date phrase [da, db) that ends it is left out.
func (l *labeler) fits(a, b, da, db int) bool {
	e := b
	for e > a && !l.toks[e-1].word {
		e--
	}
	if da > a && db >= e && !l.hole(a, da) {
		b = da
	}
	return l.runes(a, b) <= maxLabel
}

// relative reports whether token a opens a relative clause after a comma:
// a [relative] pronoun, perhaps after a preposition ("in denen"), not
// followed by a capitalised word or an adjective (then it is an article:
// "…, die Polizei nahm ihn fest").
func (l *labeler) relative(a int) bool {
	if a == 0 || !l.mark(a-1, ",") && !l.en {
		return false
	}
	i := a
	if l.is(i, cPrep) && !l.is(i, cRelative) && i+1 < len(l.toks) {
		i++
	}
	if !l.is(i, cRelative) || i+1 >= len(l.toks) {
		return false
	}
	if l.en {
		return true
	}
	n := &l.toks[i+1]
	return n.word && !n.upper && !l.isAdjective(n) || l.is(i+1, cDet|cPronoun)
}

// antecedent returns where the noun phrase that a relative clause at token
// a describes starts: back over the comma to an article, or over
// capitalised words, adjectives and (in English) nouns; a itself when
// there is none.
func (l *labeler) antecedent(a int) int {
	k := a - 1
	if k >= 0 && l.mark(k, ",") {
		k--
	}
	start := a
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		t := &l.toks[k]
		if !t.word || t.event || l.depth[k] != l.dt {
			break
		}
		if t.cls&cSubjectDet != 0 || t.cls&cDet != 0 && t.cls&cPrep == 0 {
			if start < a {
				return k
			}
			break
		}
		if t.cls&(stopWords|functionWords) != 0 || !t.upper && !l.isAdjective(t) && (!l.en || l.isVerb(k)) {
			break
		}
		start = k
	}
	return start
}

// saidBefore reports whether a verb of saying stands right before token a,
// with only a comma, "that"/"dass" or a German particle between ("said it
// …", "teilte mit, sie …").
func (l *labeler) saidBefore(a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if l.is(k, cStatement) {
			return true
		}
		if !(l.mark(k, ",") || l.is(k, cThat) || !l.en && l.toks[k].word && !l.toks[k].upper) {
			return false
		}
	}
	return false
}

// verbFirst reports whether the word at token i is a verb that starts a
// clause without its subject: a lower-case finite auxiliary, an English
// verb (see isVerb) or a German lower-case word that is no function word
// and no adjective ("is scheduled …", "erhielt den …").
func (l *labeler) verbFirst(i int) bool {
	t := &l.toks[i]
	if !t.word || t.upper || l.digit(i) {
		return false
	}
	if t.cls&cFinite != 0 {
		return true
	}
	if t.cls&(functionWords|stopWords|cFiller) != 0 {
		return false
	}
	if !l.en {
		// an adjective goes before its noun ("italienische Verbände"); a
		// verb in "-te" does not ("scheiterte an …")
		next := &l.toks[min(i+1, len(l.toks)-1)]
		return !(next.upper && l.isAdjective(t))
	}
	// a word in "-ing" before a finite verb is a noun ("ruling was final")
	return (i+1 >= len(l.toks) || l.toks[i+1].cls&cFinite == 0) && l.isVerb(i)
}

// finite reports whether the German word at token i can be the finite
// verb after a fronted phrase: a lower-case word that is no function word,
// no filler and no abbreviation ("[Seit 2014] kämpfen Separatisten …").
func (l *labeler) finite(i int) bool {
	t := &l.toks[i]
	if !t.word || t.upper || l.digit(i) || t.cls&(functionWords|cFiller) != 0 {
		return false
	}
	// not an abbreviation ("ca.", "bzw.")
	return !(t.hi-t.lo <= 3 && i+1 < len(l.toks) && l.mark(i+1, ".") && l.toks[i+1].start == t.end)
}

// hasVerb reports whether [a, b) holds a word that can be a verb: in
// English one that looks like a verb (see isVerb), in German a lower-case
// word that is no function word, filler or date.
func (l *labeler) hasVerb(a, b int) bool {
	for i := a; i < b; i++ {
		if l.toks[i].event {
			continue
		}
		if l.en && l.isVerb(i) || !l.en && l.finite(i) {
			return true
		}
	}
	return false
}

// isVerb reports whether the word at token i looks like a verb form: a
// finite auxiliary, a verb of saying, a form of [verb] or, in English, a
// word in "-ed" or "-ing".
func (l *labeler) isVerb(i int) bool {
	t := &l.toks[i]
	if !t.word {
		return false
	}
	w := l.low(t)
	n := len(w)
	return t.cls&(cFinite|cAttribution|cVerb) != 0 ||
		l.en && n > 4 && t.cls&functionWords == 0 && !strings.Contains(w, "-") && (w[n-2:] == "ed" || w[n-3:] == "ing")
}

// isAdjective reports whether a word has an adjective ending of the
// language ([adjective.endings]) and is no function word.
func (l *labeler) isAdjective(t *word) bool {
	w := l.low(t)
	if t.cls&(functionWords|stopWords) != 0 || utf8.RuneCountInString(w) < 5 {
		return false
	}
	for list := l.lx.list("adjective.endings"); list != ""; {
		var e string
		e, list = nextItem(list)
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// functionWords are the classes of articles, prepositions, pronouns and
// connectors: words that cannot be a finite verb.
const functionWords = cDet | cPrep | cPronoun | cSubjectDet | cConnector | cCut

// stopWords are the classes of the language's function words.
const stopWords = cStop | cDet | cConnector | cPrep

// extend adds to a short label [a, b) that ends a piece the pieces after
// it while they depend on it (see dependent), hold no date and no
// attribution, and the label stays within maxLabel; a German label with an
// auxiliary whose clause was interrupted by an embedded one gets the verb
// that closes it ("Der Gemeinderat hat gestern den Plan, das alte Rathaus
// abzureißen, gutgeheißen"). It returns the new end.
func (l *labeler) extend(a, b int) int {
	if !l.en {
		if e := l.closeBracket(a, b); e > b {
			return e
		}
	}
	for l.shortWithout(a, b) {
		k := -1
		for i, p := range l.pieces {
			if p.a >= b {
				k = i
				break
			}
		}
		if k < 0 {
			break
		}
		p := l.pieces[k]
		if p.a > b+1 || p.a == b+1 && (l.mark(b, ".") || l.mark(b, "!") || l.mark(b, "?") || l.mark(b, ":")) {
			break
		}
		ok := l.countContent(p.a, p.b) > 0 && (p.a == b && l.en || l.dependent(p))
		for i := p.a; i < p.b && ok; i++ {
			if l.toks[i].event || l.is(i, cAttribution) {
				ok = false
			}
		}
		if !ok {
			break
		}
		b = p.b
		if l.runes(a, b) > maxLabel {
			break // cut where it is rendered
		}
	}
	return b
}

// shortWithout reports whether the label [a, b) is shorter than
// shortLabel without a date phrase that ends it.
func (l *labeler) shortWithout(a, b int) bool {
	e := b
	for e > a && !l.toks[e-1].word {
		e--
	}
	if l.da > a && l.db >= e && !l.hole(a, l.da) {
		b = l.da
	}
	return l.runes(a, b) < shortLabel
}

// dependent reports whether a piece depends on the one before: it starts
// with a [dependent] word ("als", "um", "when") or is a German infinitive
// clause ("…, Nordkorea zu einem Zeitpunkt zu besuchen").
func (l *labeler) dependent(p clause) bool {
	if l.is(p.a, cDependent) {
		return true
	}
	n := p.b
	for n > p.a && !l.toks[n-1].word {
		n--
	}
	return !l.en && n-2 >= p.a && l.low(&l.toks[n-2]) == "zu"
}

// closeBracket returns where a German label [a, b) that ends a unit and
// waits for its verb ends: a subordinate clause interrupted by an inserted
// phrase, at the unit that ends in a verb; a clause with a finite
// auxiliary, at the end of the sentence when its last unit is one or two
// lower-case words (the verb that closes the bracket: "Der Stadtrat hat
// …, das …, gutgeheißen"); both when the whole fits in maxLabel. Else b.
func (l *labeler) closeBracket(a, b int) int {
	if len(l.units) < 2 || b != l.units[l.unitOf(b-1)].b {
		return b
	}
	if f := l.firstWord(a, b); l.is(f, cSubordinator) && !l.endsInVerb(a, b) {
		// a subordinate clause interrupted by an inserted phrase ("wenn du
		// im Sommer, nach dem Studium, einsteigen möchtest"): on to the
		// unit that ends in its verb
		for k := l.unitOf(b-1) + 1; k < len(l.units) && l.runes(a, l.units[k].b) <= maxLabel; k++ {
			if l.endsInVerb(l.units[k].a, l.units[k].b) {
				return l.units[k].b
			}
		}
		return b
	}
	if len(l.units) < 3 {
		return b
	}
	last := l.units[len(l.units)-1]
	if last.a <= b {
		return b
	}
	aux := false
	for i := a; i < b; i++ {
		aux = aux || l.is(i, cFinite)
	}
	if !aux {
		return b
	}
	n := 0
	for i := last.a; i < last.b; i++ {
		t := &l.toks[i]
		if !t.word {
			if l.str(t) == "." {
				continue
			}
			return b
		}
		if t.expr >= 0 || t.upper || t.cls&functionWords != 0 || n == 2 {
			return b
		}
		n++
	}
	if n == 0 || l.runes(a, last.b) > maxLabel {
		return b
	}
	return last.b
}

// endsInVerb reports whether the last word of [a, b) can be a German verb
// (see finite).
func (l *labeler) endsInVerb(a, b int) bool {
	for b > a && !l.toks[b-1].word {
		b--
	}
	return b > a && l.finite(b-1)
}

// dropDate leaves the date phrase out of the stretch [a, b) where it stands
// at either end (with the other dates of a list it ends, "in den Jahren
// 2016 und 2017"), unless a German date opens the stretch before its verb
// ("Am Mittwoch traf er Putin") or nothing would be left.
func (l *labeler) dropDate(a, b, ta, tb, da, db int) (int, int) {
	// a date's tokens, with the full stop of an ordinal ("am 22. und 25.
	// August")
	inDate := func(i int) bool {
		return i >= ta && i < tb || l.toks[i].event ||
			l.mark(i, ".") && i > 0 && l.toks[i-1].event && l.toks[i-1].end == l.toks[i].start && l.digit(i-1)
	}
	// at the start
	s := a
	for s < b && (!l.toks[s].word && !l.quote(s) || l.is(s, cCoord)) {
		s++
	}
	if s == da || s >= ta && s < tb {
		e := db
		for {
			// the other dates of a list: "Am 9. und 12. Mai …"
			k := e
			for k < b && (l.mark(k, ",") || l.is(k, cCoord)) {
				k++
			}
			j := k
			for j < b && l.is(j, cPrep) && !inDate(j) {
				j++
			}
			if j >= b || !inDate(j) {
				break
			}
			for j < b && inDate(j) {
				j++
			}
			e = j
		}
		for e < b && (l.mark(e, ",") || l.mark(e, ":")) {
			e++
		}
		v := e
		if v < b && l.mark(v, "(") {
			// past a bracket after the date: "Am 10. November (28. Oktober)
			// kehrte sie zurück"
			for v++; v < b && l.depth[v] > l.depth[e]; v++ {
			}
			v++
		}
		v2 := !l.en && v < b && l.finite(v) && (!l.mark(e-1, ",") || e == db)
		if !v2 && e < b && l.countContent(e, b) > 0 {
			a = e
		}
	}
	// at the end
	e := b
	for e > a && !l.toks[e-1].word && !l.quote(e-1) && !l.mark(e-1, "!") && !l.mark(e-1, "?") {
		e--
	}
	if e == db || e > ta && e <= tb || e > a && l.toks[e-1].event {
		k := e
		for k > a {
			j := k
			for j > a && inDate(j-1) {
				j--
			}
			if j == k {
				break
			}
			for j > a && l.is(j-1, cPrep) && !inDate(j-1) {
				j--
			}
			k = j
			if k-1 > a && (l.mark(k-1, ",") || l.is(k-1, cCoord)) && inDate(k-2) {
				k--
				continue
			}
			break
		}
		if k <= ta && k > a && !l.hole(a, k) && l.countContent(a, k) > 0 {
			b = k
		}
	}
	return a, b
}

// hole reports whether the stretch [a, k) would leave a hole if it ended
// there, without the date after it: it ends in a function word ("more than
// [in 2017]"), a finite auxiliary ("we had [a banner year]") or an English
// form in "-ing" that opens its clause (", starting [in December 2015]").
func (l *labeler) hole(a, k int) bool {
	for k > a && !l.toks[k-1].word {
		k--
	}
	if k <= a {
		return false
	}
	if l.is(k-1, cPrep|cDet|cCut|cCoord|cFinite) {
		return true // "more than [in 2017]", "we had [a banner year]"
	}
	// ", starting [in December 2015]"
	return l.en && strings.HasSuffix(l.low(&l.toks[k-1]), "ing") && k-1 > 0 && l.mark(k-2, ",")
}

// quote reports whether token i is a quotation mark.
func (l *labeler) quote(i int) bool {
	return l.toks[i].cls&(cOpenQuote|cCloseQuote) != 0
}

// trim removes from both ends of [a, b) the punctuation (but quotation
// marks, brackets, "!" and "?" whose partner is inside), conjunctions,
// "that"/"dass", and in English the words that open a clause and the
// fillers at the start, the articles and prepositions at the end; a German
// label may end in a particle ("legte … vor"), never in an article.
func (l *labeler) trim(a, b int) (int, int) {
	for {
		a0, b0 := a, b
		for a < b {
			t := &l.toks[a]
			if !t.word {
				if (t.cls&cOpenQuote != 0 || l.mark(a, "(") || l.mark(a, "[")) && l.partner(a, a, b) || l.mark(a, "*") || l.mark(a, "†") {
					break
				}
				a++
				continue
			}
			if t.cls&(cCoord|cThat) != 0 || l.en && t.cls&cFiller != 0 || l.en && t.cls&cSubordinator != 0 && !l.bounded(a, b) {
				a++
				continue
			}
			break
		}
		for b > a {
			t := &l.toks[b-1]
			if !t.word {
				if (l.mark(b-1, ")") || l.mark(b-1, "]")) && l.partner(b-1, a, b) {
					// a bracketed group at the end: "… bei Passau (Foto: Archiv)"
					k := b - 2
					for k > a && l.depth[k] > l.depth[b-1] {
						k--
					}
					if k > a && k < b-1 && l.countContent(a, k) > 0 && !l.toks[k+1].event {
						b = k
						continue
					}
					break
				}
				if l.mark(b-1, "!") || l.mark(b-1, "?") || t.cls&cCloseQuote != 0 && l.partner(b-1, a, b) {
					break
				}
				if (l.mark(b-1, "%") || l.mark(b-1, "‰")) && b-2 >= a && l.digit(b-2) && l.toks[b-1].start == l.toks[b-2].end {
					break // a number's unit: "rose by 8%"
				}
				b--
				continue
			}
			if t.expr < 0 && (t.cls&(cCoord|cThat) != 0 || l.en && t.cls&(cDet|cPrep|cCut|cSubordinator) != 0 ||
				!l.en && t.cls&cSubjectDet != 0 && t.cls&cDet != 0) {
				b--
				continue
			}
			break
		}
		if a == a0 && b == b0 {
			return a, b
		}
	}
}

// bounded reports whether a clause mark at the target's depth lies inside
// [a, b): an English label that opens with a subordinate clause goes on
// into the clause it depends on ("as the economy has strengthened, the Fed
// …"), and keeps the word that opens it.
func (l *labeler) bounded(a, b int) bool {
	for i := a + 1; i < b-1; i++ {
		if l.depth[i] == l.dt && l.isBound(i) {
			return true
		}
	}
	return false
}

// partner reports whether the quotation mark or bracket at token i has its
// partner inside [a, b): a closing one after an opening one, an opening one
// before a closing one (a straight quotation mark is either).
func (l *labeler) partner(i, a, b int) bool {
	s := l.str(&l.toks[i])
	opening := l.toks[i].cls&cOpenQuote != 0 || s == "(" || s == "["
	if s == "\"" {
		// straight: paired by count
		n := 0
		for k := a; k < b; k++ {
			if l.mark(k, "\"") {
				n++
			}
		}
		return n%2 == 0
	}
	if opening {
		for k := i + 1; k < b; k++ {
			if s == "(" && l.mark(k, ")") || s == "[" && l.mark(k, "]") || s != "(" && s != "[" && l.toks[k].cls&cCloseQuote != 0 && !l.toks[k].word {
				return true
			}
		}
		return false
	}
	for k := i - 1; k >= a; k-- {
		if s == ")" && l.mark(k, "(") || s == "]" && l.mark(k, "[") || s != ")" && s != "]" && l.toks[k].cls&cOpenQuote != 0 && !l.toks[k].word {
			return true
		}
	}
	return false
}

// countContent counts the words of [a, b) that are no function words, no
// attribution and no timeline date.
func (l *labeler) countContent(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if t := &l.toks[i]; t.word && !t.event && t.cls&(stopWords|cAttribution) == 0 {
			n++
		}
	}
	return n
}

// runes returns the length in runes of the label text of tokens [a, b)
// (see write).
func (l *labeler) runes(a, b int) int {
	if a >= b {
		return 0
	}
	return writeText(nil, l.text[l.toks[a].start:l.toks[b-1].end])
}

// writeText writes s with every run of white space as one space and
// without soft hyphens and zero-width characters (the characters the
// engines read past) to sb, unless sb is nil, and returns its length in
// runes.
func writeText(sb *strings.Builder, s string) int {
	n := 0
	space := false
	for _, r := range s {
		if sb == nil && r < utf8.RuneSelf && r > ' ' {
			// counting ASCII: no tables to ask
			if space {
				n++
				space = false
			}
			n++
			continue
		}
		switch {
		case invisible(r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space {
			n++
			if sb != nil {
				sb.WriteByte(' ')
			}
			space = false
		}
		n++
		if sb != nil {
			sb.WriteRune(r)
		}
	}
	return n
}

// invisible reports the characters that the engines read past inside a
// word: the soft hyphen and the zero-width characters.
func invisible(r rune) bool {
	return r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060'
}

// render writes the tokens [a, b) as the label, cut to maxLabel runes with
// "…" when longer: at its end before a preposition, conjunction or clause
// mark, or (with tail) at its start after one.
func (l *labeler) render(a, b int) (string, bool) {
	fits := l.runes(a, b) <= maxLabel
	head, tail := "", ""
	if !fits && !l.tail && !l.en && a <= l.da && l.db <= b && l.runes(a, l.db) > maxLabel-1 && l.runes(l.da, b) <= maxLabel-1 {
		// cut at the end, a German label would lose its date and what
		// its verb says after a long fronted phrase ("Neben … der
		// nächsten Tage bringt…"): cut at the start. (An English clause
		// has its subject and verb before the date.)
		l.tail = true
	}
	if !fits && l.tail {
		best := -1
		for k := b - 2; k > a; k-- {
			if l.runes(k, b) > maxLabel-1 {
				break
			}
			if l.cutPoint(k) || !l.toks[k-1].word && l.toks[k-1].stop {
				best = k
			}
		}
		if best < 0 {
			for k := b - 1; k > a && l.runes(k, b) <= maxLabel-1; k-- {
				best = k
			}
		}
		if best < 0 {
			best = b - 1
		}
		a, _ = l.trim(best, b)
		if a >= b {
			a = best
		}
		head = "…"
	} else if !fits {
		best := -1
		for k := a + 3; k < b; k++ {
			if l.runes(a, k) > maxLabel-1 {
				break
			}
			if l.cutPoint(k) || !l.toks[k].word && l.toks[k].stop {
				best = k
			}
		}
		if best < 0 {
			for k := a + 1; k <= b && l.runes(a, k) <= maxLabel-1; k++ {
				best = k
			}
		}
		if best <= a {
			best = a + 1
		}
		_, e := l.trim(a, best)
		if e <= a {
			e = best
		}
		b = e
		tail = "…"
	}
	var sb strings.Builder
	sb.WriteString(head)
	writeText(&sb, l.text[l.toks[a].start:l.toks[b-1].end])
	s := sb.String()
	if !fits && utf8.RuneCountInString(s+tail) > maxLabel {
		// one giant token: the last resort is a cut inside it
		s, tail = string([]rune(s)[:maxLabel-1]), "…"
	}
	return s + tail, fits
}

// cutPoint reports whether a label may be cut before token k: a
// preposition, conjunction or article ([cut]), an opening quotation mark
// or bracket, or in German a lower-case word after a noun ("… deutschen
// Netzbetreiber | käuflich erwerbbar sein").
func (l *labeler) cutPoint(k int) bool {
	t := &l.toks[k]
	return l.is(k, cCut) || !t.word && (t.cls&cOpenQuote != 0 || l.mark(k, "(")) ||
		!l.en && t.word && !t.upper && k > 0 && l.toks[k-1].word && l.toks[k-1].upper && l.toks[k-1].expr < 0
}

// vintage reports whether the date [ta, tb) (its phrase starting at da)
// is a bare year that names a vintage, model or edition: a [vintage] word
// right after it ("the 2010 vintage") or among the five words before it
// when no preposition introduces it and only articles, "of" and names
// stand between ("a bottle of the estate's 2009 Riesling", "Jahrgang
// 2009"; not "threw a bottle at the 2019 protest").
func (l *labeler) vintage(ta, tb, da int) bool {
	t := l.toks
	if tb-ta != 1 || !l.digit(ta) || t[ta].hi-t[ta].lo != 4 || strings.Trim(l.low(&t[ta]), "0123456789") != "" {
		return false
	}
	if tb < len(t) && l.is(tb, cVintage) && !t[tb].brk {
		return true
	}
	for k := ta - 1; da == ta && k >= l.ga && k >= ta-5 && t[k].word && t[k].expr < 0 && !t[k+1].brk; k-- {
		if l.is(k, cVintage) {
			return true
		}
		// between them only articles, "of" and names ("a bottle of the
		// estate's 2009 …"), not "a bottle at the 2019 protest"
		if w := l.low(&t[k]); !l.is(k, cDet|cGenitiveOf) && !t[k].upper && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			return false
		}
	}
	return false
}

// noHappening reports whether the date [ta, tb) (its phrase starting at
// da), whose label is [a, b), dates no happening although its sentence is
// a clause:
//
//   - the clause of its verb says nothing happened then: a [negation] word
//     between the clause openers and conjunctions around the date ("the
//     report was not ready on Monday", "war am Dienstag noch nicht
//     erschienen"), unless a [negation.except] word follows it ("not
//     only", "not until", "nicht mehr"), the date opens with a
//     [negation.date] word ("seit 2019 keine Fähre mehr": the state began
//     then), it dates a verb of saying (what was said is not the
//     happening) or a noun ("the 1990 invasion"); English "not" counts
//     after an auxiliary ("did not", "was not"), not before a participle
//     ("executives not staying");
//   - the baseline of a comparison after a figure (see baseline);
//   - "today", "heute" after a [present.of] word, or in an English label
//     without a verb that holds a superlative: the present age, not a
//     day ("die Jugend von heute", "one of the most popular games
//     today").
func (l *labeler) noHappening(ta, tb, da, a, b int) bool {
	t := l.toks
	if l.baseline(ta) {
		return true
	}
	if tb-ta == 1 && l.is(ta, cPresent) {
		if ta > 0 && t[ta-1].word && l.inList("present.of", l.low(&t[ta-1])) &&
			!(ta > 1 && t[ta-2].word && l.is(ta-2, cPrep) && l.en) { // "as of today": from today on
			return true
		}
		if l.en && !l.hasVerb(a, b) && l.superlative(a, b) {
			return true
		}
	}
	if l.nominal || l.said {
		return false
	}
	for i := da; i < ta; i++ {
		if t[i].word && l.inList("negation.date", l.low(&t[i])) {
			return false
		}
	}
	c := l.narrow(l.pieceOf(ta), ta, tb)
	opener := cCoord // German clauses are set off by commas already
	if l.en {
		opener |= cSubordinator | cRelative | cThat
	}
	na, nb := ta, tb
	for na > c.a && !(l.is(na-1, opener) && l.depth[na-1] == l.dt) {
		na--
	}
	for nb < c.b && !(l.is(nb, opener) && l.depth[nb] == l.dt) {
		nb++
	}
	for i := na; i < nb; i++ {
		if !l.is(i, cNegation) || l.depth[i] != l.dt {
			continue
		}
		if i+1 < nb && t[i+1].word && l.inList("negation.except", l.low(&t[i+1])) {
			continue
		}
		if l.en && l.low(&t[i]) == "not" && !(i > 0 && t[i-1].word && (l.is(i-1, cFinite) || l.inList("auxiliary", l.low(&t[i-1])))) {
			continue
		}
		return true
	}
	return false
}

// baseline reports whether the date at token ta is the baseline of a
// comparison that a figure stands in: a [compare.far] word ("compared",
// "verglichen", "versus") or "from" after a [compare.dir] word ("up from",
// "down from") among the sixteen tokens before it, with no verb, other date
// or sentence mark between ("net was $7 million, compared with $9
// million, or 12 cents a share, a year earlier"; "up from $2.3 billion in
// 2018"). "more than 40 people in 2019" is no comparison of dates.
func (l *labeler) baseline(ta int) bool {
	t := l.toks
	for k := ta - 1; k >= 0 && ta-k <= 16; k-- {
		if !t[k].word {
			if t[k].stop && !l.mark(k, ",") && !l.mark(k, "-") {
				return false
			}
			continue
		}
		w := l.low(&t[k])
		switch {
		case t[k].brk && k < ta-1 || t[k].expr >= 0:
			return false
		case l.inList("compare.far", w):
			return true
		case w == "from" || w == "von":
			return k > 0 && t[k-1].word && l.inList("compare.dir", l.low(&t[k-1]))
		case l.is(k, cFinite) || l.isVerb(k) || !l.en && !t[k].upper && !l.digit(k) && l.finite(k) && t[k].cls&cPrep == 0:
			return false
		}
	}
	return false
}

// superlative reports whether [a, b) holds a superlative: "most",
// "least" or a word in "-est" after a determiner ("the hottest").
func (l *labeler) superlative(a, b int) bool {
	for i := a; i < b; i++ {
		if !l.toks[i].word || l.toks[i].expr >= 0 {
			continue
		}
		w := l.low(&l.toks[i])
		if l.inList("superlative", w) || len(w) >= 6 && strings.HasSuffix(w, "est") && i > a && l.is(i-1, cDet) {
			return true
		}
	}
	return false
}

// inList reports whether the lower-cased word w is an item of the list
// section.
func (l *labeler) inList(section, w string) bool { return l.lx.inList(section, w) }
