package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels are extractive: the clause of the sentence that carries the date,
// without the date and its preposition, without attribution ("sagte er",
// "said on Tuesday", "according to …"), parentheticals and caption lead-ins,
// cut at clause boundaries.

const (
	// maxLabel is the length, in runes, a label aims to stay within.
	maxLabel = 90
	// shortLabel is the length below which a following dependent clause is
	// added to a label.
	shortLabel = 45
)

// labeler builds labels for the mentions in one sentence (or a few joined
// sentences).
type labeler struct {
	text, lower string // Doc.Text and Doc.Lower
	lx          *lexicon
	// toks are the words of the sentence: a window on builder.words with
	// no room to grow, so that addToken copies it before adding a part of
	// a word.
	toks []word
	// n is the number of words of the sentence (toks may grow beyond).
	n int
	// lowered is the word written with a lower-case first letter in the
	// label being built (a sentence's first word moved inside it), or -1.
	lowered int
	// clauses and drop are those of the label being built: its sentence's
	// clauses and the tokens left out (kept here rather than passed to
	// every step, which costs the wasm code at each call).
	clauses []clause
	drop    []bool
}

// clause is a run of tokens [a, b) between two boundaries.
type clause struct{ a, b int }

// newLabeler returns the labeler of the words [a, b) of b.words.
func (b *builder) newLabeler(wa, wb int) *labeler {
	return &labeler{text: b.d.Text, lower: b.d.Lower, lx: b.lx, toks: b.words[wa:wb:wb], n: wb - wa, lowered: -1}
}

// str returns the word as written.
func (l *labeler) str(t *word) string { return l.text[t.start:t.end] }

// low returns the word in lower case.
func (l *labeler) low(t *word) string { return l.lower[t.lo:t.hi] }

// isBound reports whether token i separates two clauses: a comma, colon,
// dash … (see word.stop), not in an expression; a full stop only between
// two words of the sentence.
func (l *labeler) isBound(i int) bool {
	if i >= l.n {
		return false
	}
	t := &l.toks[i]
	if !t.stop || t.expr >= 0 {
		return false
	}
	return l.text[t.start] != '.' || i > 0 && i+1 < l.n
}

// exprRef is an expression's extent and its index in the Input's Exprs.
type exprRef struct{ start, end, index int }

// label returns the label for the expression with index target, or "" when
// the sentence says nothing beyond the date. fits reports whether the label
// fits in maxLabel runes without being cut.
func (l *labeler) label(target int) (label string, fits bool) {
	ta, tb := -1, -1
	for i := range l.toks {
		t := &l.toks[i]
		if int(t.expr) == target {
			if ta < 0 {
				ta = i
			}
			tb = i + 1
		}
	}
	if ta < 0 {
		return "", false
	}
	toks := l.toks
	drop := make([]bool, len(toks))
	l.dropBrackets(drop, ta)
	bound := make([]bool, l.n)
	for i := range bound {
		bound[i] = l.isBound(i)
	}
	// A comma right after a date that holds a comma closes an apposition
	// ("am Dienstag, dem 12. September 2023, zu …").
	if strings.Contains(l.text[toks[ta].start:toks[tb-1].end], ",") && tb < len(toks) && l.str(&toks[tb]) == "," {
		bound[tb] = false
		drop[tb] = true
	}
	// A German time noun before a numeric date belongs to the date, with
	// its article ("in der Saison 2007/08", "während der Sommermonate
	// 1776": the noun ends in a [period] word).
	if ta > 0 && toks[ta].word && l.low(&toks[ta])[0]-'0' <= 9 && toks[ta-1].cls&cPeriod != 0 {
		for ta--; ta > 0 && toks[ta-1].cls&cDet != 0; ta-- {
		}
	}
	// A comma between two timeline dates lists them ("am 29. Januar, 10.
	// Februar und 11. März statt"): no clause boundary.
	for i := range bound {
		if bound[i] && l.str(&toks[i]) == "," && l.listComma(i) {
			bound[i] = false
		}
	}
	clauses := splitClauses(bound, drop)
	l.clauses, l.drop = clauses, drop
	ci := 0
	for i, c := range clauses {
		if c.a <= ta && ta < c.b {
			ci = i
		}
	}
	if len(clauses) == 0 {
		return "", false
	}
	c := l.narrow(clauses[ci], ta, tb)
	narrowed := c.a != clauses[ci].a

	var words []int
	stated := false // the label is a statement, "X said Y", in its order
	np := l.nounAttached(c, ta, tb)
	attached := np != nil
	if attached {
		words = np
	} else {
		content, fronted := l.content(c, ta, tb)
		if cut := l.cutPhrases(content); len(cut) < len(content) {
			fronted = fronted || len(cut) > 0 && len(content) > 0 && cut[0] != content[0]
			content = cut
		}
		content = l.dropCaptionLead(content)
		words = l.withoutAttribution(content, ci)
		if words != nil {
			if st := l.statement(content, words, ci, ta, tb); st != nil {
				words, stated = st, true
			} else {
				words = l.speakerSubject(words)
			}
		}
		n := l.countContent(content)
		if words == nil && n < 2 {
			words = l.ellipsis(ci, content)
			if words == nil {
				words = l.bridge(ci)
			}
			if words == nil {
				words = l.neighbour(ci, false)
			}
		}
		if words == nil && (n >= 2 || n == 1 && len(l.trim(content)) >= 3) { // "[In der Saison 2007/08] wurde er Weltcupsieger"
			words = l.subjectFirst(content, fronted)
			words = l.closeBracket(words, ci)
			if narrowed {
				words = l.borrowSubject(words, clauses[ci].a, c.a)
			}
		}
		if len(words) == 0 {
			return "", false
		}
	}
	if !stated {
		words = l.mainOrder(l.subjectFirst(l.speakerSubject(words), false), 0)
		words = l.subjectBefore(words)
		words = l.participleSubject(words)
		if !attached {
			words = l.repair(words, ci, ta, tb)
		}
	}
	words = l.extend(words)
	words = l.trim(words)
	if l.countContent(words) == 0 {
		return "", false
	}
	return l.render(words)
}

// dropBrackets marks parenthesised and bracketed groups for dropping,
// except for the brackets themselves around the target date at token ta.
func (l *labeler) dropBrackets(drop []bool, ta int) {
	open := -1
	var closer string
	for i := range l.toks {
		t := &l.toks[i]
		s := l.str(t)
		if open < 0 && (s == "(" || s == "[") {
			open, closer = i, ")"
			if s == "[" {
				closer = "]"
			}
			continue
		}
		if open >= 0 && s == closer {
			if open < ta && ta < i {
				drop[open], drop[i] = true, true
			} else {
				for k := open; k <= i; k++ {
					drop[k] = true
				}
			}
			open = -1
		} else if open < 0 && (s == ")" || s == "]") {
			drop[i] = true
		}
	}
	if open >= 0 {
		drop[open] = true
	}
}

func splitClauses(bound, drop []bool) []clause {
	var cs []clause
	a := 0
	for i := 0; i <= len(bound); i++ {
		if i == len(bound) || (bound[i] && !drop[i]) {
			if i > a {
				cs = append(cs, clause{a, i})
			}
			a = i + 1
		}
	}
	return cs
}

// narrow cuts a clause that holds other timeline dates at the coordinating
// conjunction between the target [ta, tb) and the nearest of them.
func (l *labeler) narrow(c clause, ta, tb int) clause {
	prev, next := -1, -1
	for i := c.a; i < c.b; i++ {
		if l.toks[i].event && (i < ta || i >= tb) {
			if i < ta {
				prev = i
			} else if next < 0 {
				next = i
			}
		}
	}
	if prev >= 0 && !l.onlyDateWords(prev, ta) {
		for k := ta - 1; k > prev; k-- {
			if l.toks[k].word && l.toks[k].cls&cCoord != 0 {
				c.a = k
				break
			}
		}
	}
	if next >= 0 && !l.onlyDateWords(tb-1, next) {
		for k := tb; k < next; k++ {
			if l.toks[k].word && l.toks[k].cls&cCoord != 0 {
				c.b = k
				break
			}
		}
	}
	return c
}

// listComma reports whether the comma at token i stands between two
// timeline dates (prepositions and articles may precede the second).
func (l *labeler) listComma(i int) bool {
	if i == 0 || i+1 >= len(l.toks) {
		return false
	}
	if !l.toks[i-1].event {
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

// onlyDateWords reports whether the tokens strictly between i and j are
// all dates, prepositions, conjunctions or commas.
func (l *labeler) onlyDateWords(i, j int) bool {
	for k := i + 1; k < j; k++ {
		t := &l.toks[k]
		if t.event {
			continue
		}
		if t.word && t.cls&(cPrep|cCoord) != 0 || l.str(t) == "," {
			continue
		}
		return false
	}
	return true
}

// nounAttached handles a date that qualifies the noun before it, with no
// preposition between ("dem Koreakrieg 1950–53"), or, in English, the
// proper name after it ("the 1950–53 Korean War"): the label is that noun.
func (l *labeler) nounAttached(c clause, ta, tb int) []int {
	t := l.toks
	// German: determiner, up to two adjectives, noun, date.
	if l.lx.lang == "de" && ta-1 >= c.a && t[ta-1].word && t[ta-1].expr < 0 &&
		t[ta-1].upper && t[ta-1].cls&stopWords == 0 && t[ta].word && (l.low(&t[ta])[0]-'0' <= 9 || t[ta].upper) {
		if ta-1 == c.a || ta-2 == c.a && t[c.a].word && t[c.a].cls&cCoord != 0 {
			return []int{ta - 1} // a list item: "…: Slalom-Silber 2007, …"
		}
		for k := ta - 2; k >= c.a && k >= ta-4 && t[k].word && t[k].expr < 0 && !l.drop[k]; k-- {
			if t[k].cls&cDet != 0 {
				np := make([]int, 0, ta-k-1)
				for i := k + 1; i < ta; i++ {
					np = append(np, i)
				}
				return np
			}
			if t[k].cls&stopWords != 0 {
				break
			}
		}
	}
	if l.lx.lang == "en" && ta-1 >= c.a && t[ta-1].word && t[ta-1].cls&cDet != 0 {
		var np []int
		for k := tb; k < c.b && t[k].word && t[k].expr < 0 && t[k].upper && !l.drop[k]; k++ {
			np = append(np, k)
		}
		if len(np) > 0 {
			return np
		}
	}
	return nil
}

// content returns the clause's tokens without the target date, the
// prepositions and determiners that introduce it, other timeline dates,
// filler adverbs and dropped tokens. fronted reports whether the date (with
// its preposition) opened a main clause, so that a German verb follows it.
func (l *labeler) content(c clause, ta, tb int) (words []int, fronted bool) {
	skip := make([]bool, len(l.toks)) // a slice, not a map: cheaper in the wasm
	for k := ta; k < tb; k++ {
		skip[k] = true
	}
	// A date that is one lower-case word is an adverb ("gestern",
	// "yesterday"): the words before it are not its preposition.
	adverb := tb-ta == 1 && !l.toks[ta].upper && !strings.ContainsAny(l.low(&l.toks[ta]), "0123456789")
	// An English date between an article and a noun modifies the noun
	// ("in the October 1998 shooting"): the article stays with the noun.
	if l.lx.lang == "en" && ta > c.a && tb < c.b && l.toks[ta-1].cls&cSubjectDet != 0 {
		if n := &l.toks[tb]; n.word && !n.upper && n.cls&functionWords == 0 && n.cls&stopWords == 0 {
			adverb = true
		}
	}
	for k := ta - 1; !adverb && k >= c.a && l.toks[k].word && l.toks[k].cls&cPrep != 0 && l.toks[k].expr < 0; k-- {
		skip[k] = true
	}
	for i := c.a; i < c.b; i++ {
		t := &l.toks[i]
		if t.event && t.expr != l.toks[tb-1].expr {
			skip[i] = true
			for k := i - 1; k >= c.a && l.toks[k].word && l.toks[k].cls&cPrep != 0 && l.toks[k].expr < 0 && !strings.HasSuffix(l.str(t), "'s"); k-- {
				skip[k] = true
			}
		}
	}
	// A conjunction or comma between two removed dates goes with them
	// ("für 2014 und 2015").
	for i := c.a + 1; i+1 < c.b; i++ {
		t := &l.toks[i]
		if (t.word && t.cls&cCoord != 0 || l.str(t) == ",") && skip[i-1] && skip[i+1] {
			skip[i] = true
		}
	}
	fronted = true
	for i := c.a; i < c.b; i++ {
		if l.drop[i] || skip[i] {
			continue
		}
		t := &l.toks[i]
		if t.word && t.cls&cFiller != 0 {
			continue
		}
		if i < ta && t.word && !(len(words) == 0 && t.cls&(cConnector|cCoord) != 0 && t.cls&(cSubordinator|cThat) == 0) {
			fronted = false // but "denn [am Sonntag] steht …": a main clause's connector
		}
		words = append(words, i)
	}
	return words, fronted
}

// withoutAttribution returns, when the clause is built around a verb of
// saying, what was said: the part after "dass"/"that", the English object
// of "X said …", or the neighbouring clause. It returns nil when the clause
// is no attribution. Attribution phrases ("Analysten zufolge", "according
// to …") are cut from words in place.
func (l *labeler) withoutAttribution(words []int, ci int) []int {
	words = l.cutPhrases(words)
	av := -1
	for k, i := range words {
		if l.toks[i].word && l.toks[i].cls&cAttribution != 0 {
			av = k
			break
		}
	}
	if av < 0 {
		return nil
	}
	for k := av + 1; k < len(words); k++ {
		if l.toks[words[k]].word && l.toks[words[k]].cls&cThat != 0 {
			if rest := words[k+1:]; l.countContent(rest) >= 2 {
				return words[k:] // with "dass", for mainOrder; trim drops it
			}
			break
		}
	}
	// English "X said [date] Y": Y is what was said, unless it starts with
	// a preposition or a connector ("said Friday in response to …", "said
	// as dawn broke"); an article starts it ("said the bridge reopened").
	// X is a name, a pronoun ("He said …") or, with no X, the subject
	// before an apposition ("MSF, the medical charity, said …"); not
	// "which" ("…, which added 92,000 jobs").
	if l.lx.lang == "en" && av+1 < len(words) && (l.countContent(words[:av]) >= 1 || l.toks[words[0]].cls&cPronoun != 0 || av == 0 && ci > 0) && l.countContent(words[av+1:]) >= 2 {
		if c := l.toks[words[av+1]].cls; c&(cCut|cPrep|cConnector) == 0 || c&cSubjectDet != 0 {
			return words[av+1:]
		}
	}
	if n := l.neighbour(ci, false); n != nil {
		return n
	}
	return words
}

// cutPhrases removes attribution phrases: everything up to [attribution.upto]
// words ("Analysten zufolge") and from [attribution.from] words to the end
// ("laut …", "according to …").
func (l *labeler) cutPhrases(words []int) []int {
	for k, i := range words {
		c := l.toks[i].cls
		if c&cAttributionUpto != 0 && k < 6 {
			words = words[k+1:]
			break
		}
		if c&cAttributionFrom != 0 {
			if k > 0 || l.lx.lang != "de" {
				words = words[:k] // at the start in English: "According to X, …"
				break
			}
			// "Laut Polizei wurde …": drop "laut" and its noun phrase
			j := 1
			for j < len(words) && l.toks[words[j]].word && l.toks[words[j]].cls&(cSubjectDet|cDet) != 0 {
				j++
			}
			for j < len(words) && j < 6 && l.toks[words[j]].word && (l.toks[words[j]].upper || l.isAdjective(&l.toks[words[j]])) {
				j++
			}
			words = words[j:]
			break
		}
	}
	return words
}

// neighbour finds the content of the nearest clause after clause ci (or,
// failing that, before it) that says something: not attribution alone, not
// a caption lead-in, with no timeline date of its own; with verb, an
// English clause with a verb and its subject, no attribution.
func (l *labeler) neighbour(ci int, verb bool) []int {
	try := func(k int) []int {
		c := l.clauses[k]
		var words []int
		for i := c.a; i < c.b; i++ {
			t := &l.toks[i]
			if t.event {
				return nil
			}
			if l.drop[i] || (t.word && t.cls&cFiller != 0) {
				continue
			}
			words = append(words, i)
		}
		words = l.cutPhrases(l.dropCaptionLead(words))
		for k, i := range words {
			if l.toks[i].word && l.toks[i].cls&cAttribution != 0 {
				for j := k + 1; !verb && j < len(words); j++ {
					if l.toks[words[j]].cls&cThat != 0 {
						return words[j:]
					}
				}
				return nil
			}
		}
		if l.countContent(words) < 2 || verb && (!l.hasVerb(words) || l.toks[words[0]].cls&(cPrep|cSubjectDet) == cPrep || l.verbFirst(words[0])) {
			return nil
		}
		return words
	}
	for k := ci + 1; k < len(l.clauses); k++ {
		if w := try(k); w != nil {
			return w
		}
	}
	for k := ci - 1; k >= 0; k-- {
		if w := try(k); w != nil {
			return w
		}
	}
	return nil
}

// borrowSubject gives a clause cut at a coordinating conjunction ("… und
// verlängerte damit seine Testserie seit 2022") the subject of the part
// before the conjunction, toks[a:b]: the capitalised words before the last
// auxiliary there ("Nordkorea hat …") or the subject right after it ("Am
// Montag hat Nordkorea …"), else a noun phrase that opens it ("Nordkorea
// feuerte …").
func (l *labeler) borrowSubject(words []int, a, b int) []int {
	k := 0
	for k < len(words) && (!l.toks[words[k]].word || l.toks[words[k]].cls&(cCoord|cConnector) != 0) {
		k++
	}
	if k == len(words) {
		return words
	}
	if v := &l.toks[words[k]]; v.upper || l.low(v)[0]-'0' <= 9 || v.cls&functionWords != 0 {
		return words // it has a subject of its own
	}
	var subj []int
	for p := b - 1; p > a && subj == nil; p-- {
		if !l.toks[p].word || l.toks[p].cls&cFinite == 0 {
			continue
		}
		q := p
		for q > a && q > p-4 && l.toks[q-1].word && l.toks[q-1].expr < 0 && l.toks[q-1].upper && l.toks[q-1].cls&stopWords == 0 {
			q--
		}
		if q < p {
			for i := q; i < p; i++ {
				subj = append(subj, i)
			}
			break
		}
		// inverted after a fronted phrase: "Am Montag hat Nordkorea …"
		var after []int
		for i := p + 1; i < b; i++ {
			after = append(after, i)
		}
		if n := l.subjectEnd(after, 0, true); n > 0 && n < len(after) {
			subj = after[:n]
		}
	}
	if subj == nil {
		var first []int
		for i := a; i < b; i++ {
			if l.toks[i].expr < 0 {
				first = append(first, i)
			}
		}
		if n := l.subjectEnd(first, 0, true); n > 0 && n < len(first) {
			subj = first[:n]
		}
	}
	if subj == nil {
		return words
	}
	return append(subj, words[k:]...)
}

// closeBracket completes a German clause interrupted by an embedded one:
// when the clause has an auxiliary and the sentence's last clause is one or
// two lower-case words (the verb that closes the bracket: "Der Stadtrat hat
// …, das …, gutgeheißen"), they are added to the label.
func (l *labeler) closeBracket(words []int, ci int) []int {
	if l.lx.lang != "de" || ci+2 >= len(l.clauses) || len(words) == 0 {
		return words
	}
	aux := false // only a clause with an auxiliary waits for its verb
	for _, i := range words {
		aux = aux || l.toks[i].word && l.toks[i].cls&cFinite != 0
	}
	if !aux {
		return words
	}
	last := l.clauses[len(l.clauses)-1]
	var add []int
	for i := last.a; i < last.b; i++ {
		t := &l.toks[i]
		if l.drop[i] || !t.word && l.str(t) == "." {
			continue
		}
		if !t.word || t.expr >= 0 || t.upper || t.cls&functionWords != 0 || len(add) == 2 {
			return words
		}
		add = append(add, i)
	}
	if len(add) == 0 {
		return words
	}
	return append(append([]int(nil), words...), add...)
}

// subjectBefore completes an English clause that starts with its verb
// because the subject stands before a comma ("The death toll in the
// blast, initially 10, has risen to 12 on Wednesday"): the nearest earlier
// clause of the sentence with three content words and no date is put in
// front.
func (l *labeler) subjectBefore(words []int) []int {
	if l.lx.lang != "en" || len(words) == 0 {
		return words
	}
	ci := -1
	for k, c := range l.clauses {
		if c.a <= words[0] && words[0] < c.b {
			ci = k
		}
	}
	if ci <= 0 {
		return words
	}
	if t := &l.toks[words[0]]; !t.word || t.upper || l.str(t)[0]-'0' <= 9 || t.cls&functionWords != 0 {
		return words
	}
	for i := l.clauses[ci].a; i < words[0]; i++ {
		if t := &l.toks[i]; !l.drop[i] && t.expr < 0 && !(t.word && t.cls&cPrep != 0) {
			return words // the clause has words before the label's first
		}
	}
	for k := ci - 1; k >= 0 && k >= ci-4; k-- {
		var prev []int
		for i := l.clauses[k].a; i < l.clauses[k].b; i++ {
			if l.toks[i].event {
				return words
			}
			if !l.drop[i] {
				prev = append(prev, i)
			}
		}
		if len(prev) == 0 || l.toks[prev[0]].cls&cConnector != 0 {
			continue // an inserted relative clause: ", who is from Vermont,"
		}
		if l.countContent(prev) >= 3 || l.allNames(prev) {
			return append(prev, words...)
		}
	}
	return words
}

// allNames reports whether words are capitalised words only ("Kopp",
// "Prime Minister Hale").
func (l *labeler) allNames(words []int) bool {
	for _, i := range words {
		t := &l.toks[i]
		if !t.word || !t.upper || t.cls&stopWords != 0 {
			return false
		}
	}
	return len(words) > 0
}

// participleSubject gives an English sentence-opening participle clause
// ("Rescued on Nov. 25 by fishermen, Elian has become …") the name that
// opens the next clause: "Elian rescued by fishermen".
func (l *labeler) participleSubject(words []int) []int {
	if l.lx.lang != "en" || len(words) == 0 || len(l.clauses) < 2 || words[0] >= l.clauses[0].b {
		return words
	}
	for i := l.clauses[0].a; i < words[0]; i++ {
		if t := &l.toks[i]; !l.drop[i] && t.expr < 0 && !(t.word && t.cls&cPrep != 0) {
			return words
		}
	}
	if w := l.low(&l.toks[words[0]]); !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") || l.toks[words[0]].cls&functionWords != 0 {
		return words
	}
	var name []int
	for i := l.clauses[1].a; i < l.clauses[1].b && l.toks[i].word && l.toks[i].upper && l.toks[i].cls&stopWords == 0; i++ {
		name = append(name, i)
	}
	if len(name) == 0 || len(name) > 4 {
		return words
	}
	l.lowered = words[0]
	return append(name, words...)
}

// ellipsis completes a clause that repeats the pattern of an earlier one
// with a new date ("X gastiert am 9. Dezember in Bozen, am 19. Dezember in
// Bruneck"): the words of the nearest earlier clause of the sentence before
// its date come first, then what the clause adds. It returns nil when no
// earlier clause has a timeline date with words before it.
func (l *labeler) ellipsis(ci int, content []int) []int {
	for k := ci - 1; k >= 0; k-- {
		c := l.clauses[k]
		d := -1
		for i := c.a; i < c.b; i++ {
			if l.toks[i].event {
				d = i
				break
			}
		}
		if d < 0 {
			continue
		}
		for d > c.a && l.toks[d-1].word && l.toks[d-1].cls&cPrep != 0 {
			d--
		}
		var head []int
		for i := c.a; i < d; i++ {
			if l.toks[i].expr < 0 {
				head = append(head, i)
			}
		}
		if l.countContent(head) == 0 || l.countContent(head)+l.countContent(content) < 2 {
			return nil
		}
		return append(head, content...)
	}
	return nil
}

// bridge joins the clauses around a date set off by commas ("The embassy
// bombings, on Aug. 7, killed 247 people"): when the clause after it starts
// with a verb (a lower-case word that is no function word), the label is the
// clause before it followed by that clause. It returns nil otherwise.
func (l *labeler) bridge(ci int) []int {
	if ci == 0 || ci+1 >= len(l.clauses) {
		return nil
	}
	var words []int
	for _, c := range []clause{l.clauses[ci-1], l.clauses[ci+1]} {
		for i := c.a; i < c.b; i++ {
			t := &l.toks[i]
			if t.event {
				return nil
			}
			if !l.drop[i] {
				words = append(words, i)
			}
		}
	}
	next := l.clauses[ci+1].a
	for next < l.clauses[ci+1].b && l.drop[next] {
		next++
	}
	if next == l.clauses[ci+1].b || l.countContent(words) < 3 {
		return nil
	}
	if t := &l.toks[next]; !t.word || t.upper || l.str(t)[0]-'0' <= 9 || t.cls&functionWords != 0 || t.cls&stopWords != 0 && t.cls&cStop == 0 {
		return nil
	}
	return words
}

// dropCaptionLead removes a caption's lead-in ("Auf diesem … Foto", "In
// this photo …") from the start of words.
func (l *labeler) dropCaptionLead(words []int) []int {
	if len(words) < 2 || l.toks[words[0]].cls&cCaptionLead == 0 && l.toks[words[1]].cls&cCaptionLead == 0 {
		return words
	}
	for k := 1; k < len(words) && k < 12; k++ {
		if l.toks[words[k]].cls&cCaption != 0 {
			return words[k+1:]
		}
	}
	return words
}

// subjectFirst puts the subject back before the verb in a German clause
// whose first word is the finite verb: after a fronted date was removed
// ("[Am Mittwoch] traf er Putin" → "er traf Putin"; "[2022] begann der
// Krieg" → "der Krieg begann"), or after a fronted subordinate clause ("…,
// ist er von uns gegangen"). Without a fronted date only a pronoun or a
// noun phrase with an article counts as the subject. English keeps its
// order.
func (l *labeler) subjectFirst(words []int, fronted bool) []int {
	if len(words) > 0 && !l.toks[words[0]].word {
		// keep leading punctuation (an opening quote) in front
		return append([]int{words[0]}, l.subjectFirst(words[1:], fronted)...)
	}
	if l.lx.lang != "de" || len(words) < 3 {
		return words
	}
	if c := l.toks[words[0]].cls; fronted && c&(cConnector|cCoord) != 0 && c&(cSubordinator|cThat) == 0 {
		return l.subjectFirst(words[1:], fronted) // "denn [am Sonntag] steht …"
	}
	if v := &l.toks[words[0]]; v.upper || l.str(v)[0]-'0' <= 9 || v.cls&functionWords != 0 {
		return words
	}
	verb, rest := words[0], words[1:]
	// The subject follows the verb, possibly after an adverb or a
	// prepositional phrase ("wurde im Rathaus ein Protokoll unterzeichnet").
	for j := 0; j < len(rest) && j <= maxMiddlefield; j++ {
		t := &l.toks[rest[j]]
		if !t.word {
			return words
		}
		if !l.skippable(rest[:j]) {
			continue
		}
		bare := fronted && (j == 0 || l.isAdjective(&l.toks[rest[j]]))
		n := l.subjectEnd(rest, j, bare)
		if n == 0 {
			continue
		}
		if n >= len(rest) && j == 0 && l.toks[rest[0]].cls&cPronoun == 0 && l.toks[rest[0]].cls&cSubjectDet == 0 {
			return words // "traf Kim Putin": which name is the subject?
		}
		out := make([]int, 0, len(words))
		out = append(out, rest[j:n]...)
		out = append(out, verb)
		out = append(out, rest[:j]...)
		return append(out, rest[n:]...)
	}
	return words
}

// maxMiddlefield is how many words may stand between a German verb and its
// subject for subjectFirst to find it.
const maxMiddlefield = 4

// subjectEnd returns the end of the noun phrase that starts at rest[i] (a
// pronoun; an article, number or quantifier, adjectives and the noun with
// any names and a genitive after it; with bare, a run of capitalised
// words), or 0 when none starts there. Phrases joined by "und" are one
// subject.
func (l *labeler) subjectEnd(rest []int, i int, bare bool) int {
	if i >= len(rest) || !l.toks[rest[i]].word {
		return 0
	}
	tok := &l.toks[rest[i]]
	w := l.low(tok)
	n := 0
	switch {
	case tok.cls&cPronoun != 0:
		return i + 1
	case tok.cls&cSubjectDet != 0 || w[0]-'0' <= 9:
		n = l.nounEnd(rest, i+1)
	case bare && tok.upper && tok.cls&stopWords == 0:
		n = l.nounEndLeaving(rest, i, 0) // a name: "Präsident Bush", "Kim Il-sung"
	case bare && l.isAdjective(tok):
		n = l.nounEnd(rest, i) // "[1940] griffen italienische Verbände …"
	}
	if n == 0 {
		return 0
	}
	if n < len(rest) && l.toks[rest[n]].cls&cGenitive != 0 {
		if m := l.nounEnd(rest, n+1); m > 0 {
			n = m
		}
	}
	if n+1 < len(rest) && l.toks[rest[n]].word && l.toks[rest[n]].cls&cCoord != 0 {
		if m := l.subjectEnd(rest, n+1, bare); m > 0 {
			return m
		}
	}
	return n
}

// nounEnd returns the end of the rest of a noun phrase from rest[i]:
// adjectives and numbers (an ordinal's full stop included), then the noun
// and the capitalised words (names) after it. It returns 0 when no noun
// comes, or an article or preposition comes first.
func (l *labeler) nounEnd(rest []int, i int) int { return l.nounEndLeaving(rest, i, 2) }

// nounEndLeaving is nounEnd with the names after the noun leaving at least
// leave words of rest after them.
func (l *labeler) nounEndLeaving(rest []int, i, leave int) int {
	quoted := false
	for n := i; n < len(rest) && n < i+6; n++ {
		t := &l.toks[rest[n]]
		if !t.word {
			s := l.str(t)
			if s == "." && n > i && l.str(&l.toks[rest[n-1]])[0]-'0' <= 9 {
				continue // "der 18. Armee"
			}
			if t.cls&cOpenQuote != 0 && !quoted {
				quoted = true // "die „Operation Dynamo“"
				continue
			}
			return 0
		}
		if t.upper {
			// Names after the noun ("der Gründer Karl Weber"), but leaving
			// words of the clause: "[2022] testet das Land Raketen",
			// "nahmen die Briten New York ein".
			lastWord := len(rest) - 1
			for lastWord > n && !l.toks[rest[lastWord]].word {
				lastWord--
			}
			for n++; n <= lastWord-leave && n < i+8; n++ {
				t := &l.toks[rest[n]]
				s := l.str(t)
				if !t.word && quoted && t.cls&cCloseQuote != 0 {
					n++
					break
				}
				if s == "." && isRegnal(l.str(&l.toks[rest[n-1]])) && l.toks[rest[n-1]].end == t.start {
					continue // "Ludwig XVI."
				}
				if !t.word || !t.upper || t.cls&stopWords != 0 {
					break
				}
			}
			return n
		}
		if t.cls&functionWords != 0 {
			return 0
		}
	}
	return 0
}

// mainOrder turns a German subordinate clause into main-clause order: "als
// die Minister eine Fabrik besichtigten" → "die Minister besichtigten eine
// Fabrik". It applies only when the clause starts with a [subordinator], a
// subject follows, and the last word is lower-case (the finite verb); a
// separable verb is split ("an einer Zeremonie teilnimmt" → "nimmt an einer
// Zeremonie teil") when that is safe (see separable). A relative clause
// passes the length n of its subject (-1: the noun phrase that opens it)
// with words[0] its relative pronoun.
func (l *labeler) mainOrder(words []int, n int) []int {
	if l.lx.lang != "de" || len(words) < 4 || n == 0 && l.toks[words[0]].cls&cSubordinator == 0 {
		return words
	}
	rest := words[1:]
	last := len(rest) - 1
	for last > 0 && !l.toks[rest[last]].word {
		last--
	}
	if n <= 0 {
		n = l.subjectEnd(rest, 0, true)
	}
	if n == 0 || n >= last || last < len(rest)-1 && l.str(&l.toks[rest[last+1]]) != "." {
		return words
	}
	v := &l.toks[rest[last]]
	if v.upper || v.cls&functionWords != 0 {
		return words
	}
	p, ok := l.separable(l.low(v))
	if !ok {
		return words
	}
	if p > 0 && v.end-v.start != v.hi-v.lo {
		return words // a soft hyphen inside: its two forms do not split alike
	}
	verb, particle := rest[last], -1
	if p > 0 {
		// "teilnimmt" → "nimmt … teil": both halves are spans of the text.
		w := *v
		particle = l.addToken(w, 0, p)
		verb = l.addToken(w, p, int(w.end-w.start))
	}
	out := make([]int, 0, len(words)+1)
	out = append(out, rest[:n]...)
	out = append(out, verb)
	out = append(out, rest[n:last]...)
	if particle >= 0 {
		out = append(out, particle)
	}
	return append(out, rest[last+1:]...)
}

// addToken adds the bytes [a, b) of word v (a part of it; its written and
// lower-case forms have the same length) as a word and returns its index.
func (l *labeler) addToken(v word, a, b int) int {
	w := word{start: v.start + int32(a), end: v.start + int32(b), lo: v.lo + int32(a), hi: v.lo + int32(b), expr: -1, word: true}
	r, _ := utf8.DecodeRuneInString(l.text[w.start:])
	w.upper = unicode.IsUpper(r)
	w.lex = l.lx.class(l.low(&w))
	w.cls = w.lex
	l.toks = append(l.toks, w)
	return len(l.toks) - 1
}

// separable returns the length in bytes of the separable prefix
// ([separable]) of a finite verb form: "teilnimmt" → 4 ("nimmt … teil"),
// or 0 for a verb without one. ok is false when the word starts like a
// separable verb but cannot be split safely ("teilnahm", "einigten",
// "analysierte"): such a verb stays where it is.
func (l *labeler) separable(w string) (n int, ok bool) {
	if l.lx.is(cFinite, w) {
		return 0, true
	}
	for list := l.lx.list("separable"); list != ""; {
		var p string
		p, list = nextItem(list)
		if !strings.HasPrefix(w, p) || len(p) <= n {
			continue
		}
		rest := w[len(p):]
		r, _ := utf8.DecodeRuneInString(rest)
		if utf8.RuneCountInString(rest) < 3 {
			continue
		}
		if utf8.RuneCountInString(rest) < 4 || strings.ContainsRune("aeiouäöü", r) || strings.Contains(rest, "ier") ||
			!(strings.HasSuffix(rest, "t") || strings.HasSuffix(rest, "te") || strings.HasSuffix(rest, "ten") ||
				strings.HasSuffix(rest, "en") || strings.HasSuffix(rest, "st")) {
			return 0, false
		}
		n = len(p)
	}
	return n, true
}

// isRegnal reports whether s is a regnal number ("XVI") or a number, which
// a full stop may follow inside a name.
func isRegnal(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("IVXLC0123456789", rune(s[i])) {
			return false
		}
	}
	return true
}

// isAdjective reports whether a word has an adjective ending of the
// language ([adjective.endings]) and is no function word.
func (l *labeler) isAdjective(t *word) bool {
	w := l.low(t)
	if t.lex&(functionWords|stopWords) != 0 || utf8.RuneCountInString(w) < 5 {
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

// skippable reports whether words can stand between a German verb and its
// subject: adverbs and prepositional phrases ("im Rathaus", "schließlich").
func (l *labeler) skippable(words []int) bool {
	for k := 0; k < len(words); k++ {
		t := &l.toks[words[k]]
		switch {
		case !t.word || l.low(t)[0]-'0' <= 9:
			return false
		case t.cls&cReflexive != 0:
			// "lieferten sich chinesische Truppen …"
		case t.cls&(cSubjectDet|cPronoun) != 0:
			return false
		case t.cls&(cDet|cCut|cPrep) != 0:
			// a preposition: its noun phrase follows
			m := k + 1
			if m < len(words) && l.toks[words[m]].cls&cSubjectDet != 0 {
				m++
			}
			end := l.nounEnd(words, m)
			if end == 0 || end > len(words) {
				return false
			}
			k = end - 1
		case t.upper:
			return false
		}
	}
	return true
}

// functionWords are the classes of articles, prepositions, pronouns and
// connectors: words that cannot be a finite verb.
const functionWords = cDet | cPrep | cPronoun | cSubjectDet | cConnector | cCut

// extend adds following clauses to a short label while they depend on it
// (see dependent), hold no date and no attribution, and the label stays
// within maxLabel.
func (l *labeler) extend(words []int) []int {
	if len(words) == 0 {
		return words
	}
	last := words[len(words)-1]
	for l.runes(words) < shortLabel {
		k := -1
		for i, c := range l.clauses {
			if c.a > last {
				k = i
				break
			}
		}
		if k < 0 {
			break
		}
		c := l.clauses[k]
		if b := &l.toks[c.a-1]; !b.word && strings.Contains(".!?", l.str(b)) {
			break // the next sentence
		}
		var add []int
		ok := true
		for i := c.a; i < c.b; i++ {
			t := &l.toks[i]
			if t.event || t.word && t.cls&cAttribution != 0 {
				ok = false
				break
			}
			if !l.drop[i] {
				add = append(add, i)
			}
		}
		if !ok || len(add) == 0 || l.countContent(add) == 0 || !l.dependent(add) {
			break
		}
		// the boundary token before the clause joins them
		joined := append(append(append([]int(nil), words...), c.a-1), add...)
		if l.runes(l.trim(joined)) > maxLabel {
			break
		}
		words, last = joined, add[len(add)-1]
	}
	return words
}

// dependent reports whether a clause depends on the one before: it starts
// with a [dependent] word ("als", "um", "when") or is a German infinitive
// clause ("…, Nordkorea zu einem Zeitpunkt zu besuchen").
func (l *labeler) dependent(words []int) bool {
	if l.toks[words[0]].cls&cDependent != 0 {
		return true
	}
	n := len(words)
	for n > 0 && !l.toks[words[n-1]].word {
		n--
	}
	return l.lx.lang == "de" && n >= 2 && l.low(&l.toks[words[n-2]]) == "zu"
}

// trim removes punctuation, connectors and function words from both ends
// and quotes left without their partner.
func (l *labeler) trim(words []int) []int {
	isEdgeJunk := func(i int, end bool) bool {
		t := &l.toks[i]
		if !t.word {
			s := l.str(t)
			if end {
				return t.cls&cCloseQuote == 0 && s != "!" && s != "?"
			}
			return t.cls&cOpenQuote == 0
		}
		if t.cls&cConnector != 0 {
			return true
		}
		// A German clause may end in a particle ("legte … vor"), never in
		// an article; English ones end in neither.
		return end && (t.cls&cSubjectDet != 0 && l.lx.lang == "en" || l.lx.lang != "de" && t.cls&cCut != 0)
	}
	for {
		n := len(words)
		for len(words) > 0 && isEdgeJunk(words[0], false) {
			words = words[1:]
		}
		for len(words) > 0 && isEdgeJunk(words[len(words)-1], true) {
			words = words[:len(words)-1]
		}
		words = l.balanceQuotes(words)
		if len(words) == n {
			return words
		}
	}
}

// balanceQuotes drops quotation marks that have no partner in words.
func (l *labeler) balanceQuotes(words []int) []int {
	var stack []int
	unmatched := make([]bool, len(words)) // a slice, not a map: cheaper in the wasm
	none := true
	straight := []int{}
	for k, i := range words {
		s := l.str(&l.toks[i])
		switch {
		case s == "\"":
			straight = append(straight, k)
		case l.toks[i].cls&cOpenQuote != 0:
			stack = append(stack, k)
		case l.toks[i].cls&cCloseQuote != 0:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			} else {
				unmatched[k], none = true, false
			}
		}
	}
	for _, k := range stack {
		unmatched[k], none = true, false
	}
	if len(straight)%2 == 1 {
		for _, k := range straight {
			unmatched[k], none = true, false
		}
	}
	if none {
		return words
	}
	out := words[:0:0]
	for k, i := range words {
		if !unmatched[k] {
			out = append(out, i)
		}
	}
	return out
}

// stopWords are the classes of the language's function words.
const stopWords = cStop | cDet | cConnector | cPrep

// countContent counts the words that are not function words.
func (l *labeler) countContent(words []int) int {
	n := 0
	for _, i := range words {
		if t := &l.toks[i]; t.word && t.cls&(stopWords|cAttribution) == 0 {
			n++
		}
	}
	return n
}

// join writes the tokens with a single space wherever the text had a gap
// between them, except before closing punctuation and after an opening
// quote.
func (l *labeler) join(words []int) string {
	var b strings.Builder
	l.walk(words, &b)
	return b.String()
}

// runes returns the length of join(words) in runes, without building it.
func (l *labeler) runes(words []int) int { return l.walk(words, nil) }

// walk writes join(words) to b, unless b is nil, and returns its length in
// runes.
func (l *labeler) walk(words []int, b *strings.Builder) int {
	n := 0
	inStraight := false // inside a straight quotation mark
	for k, i := range words {
		t := &l.toks[i]
		s := l.str(t)
		if s == "\"" {
			inStraight = !inStraight
		}
		if k > 0 {
			p := &l.toks[words[k-1]]
			ps := l.str(p)
			closing := !t.word && (strings.Contains(",;:.!?)]", s) || t.cls&cCloseQuote != 0 && (s != "\"" || !inStraight))
			if p.end != t.start && !closing && !(!p.word && p.cls&cOpenQuote != 0 && ps != "\"") {
				n++
				if b != nil {
					b.WriteByte(' ')
				}
			}
		}
		n += utf8.RuneCountInString(s)
		if b == nil {
			continue
		}
		if i == l.lowered {
			r, size := utf8.DecodeRuneInString(s)
			b.WriteRune(unicode.ToLower(r))
			s = s[size:]
		}
		b.WriteString(s)
	}
	return n
}

// render joins the words into a label, capitalised, cut to maxLabel runes
// at a phrase boundary with "…" when it is longer.
func (l *labeler) render(words []int) (string, bool) {
	s := l.join(words)
	fits := utf8.RuneCountInString(s) <= maxLabel
	if !fits {
		best := -1
		for k := 3; k < len(words); k++ {
			t := &l.toks[words[k]]
			if l.runes(words[:k]) > maxLabel-1 {
				break
			}
			if (t.word && t.cls&cCut != 0) || l.isBound(words[k]) {
				best = k
			}
		}
		if best < 0 {
			for k := 1; k < len(words) && l.runes(words[:k+1]) <= maxLabel-1; k++ {
				best = k + 1
			}
		}
		if best <= 0 {
			best = 1
		}
		cut := l.trim(words[:best])
		if len(cut) == 0 {
			cut = words[:1]
		}
		s = l.join(cut)
		if utf8.RuneCountInString(s) > maxLabel {
			// one giant token: the last resort is a cut inside it
			s = string([]rune(s)[:maxLabel-1])
		}
		s += "…"
	}
	return capitalize(s), fits
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}
