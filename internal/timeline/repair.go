package timeline

import "strings"

// Repairs. A label built from the date's clause may still be a fragment:
// a relative clause ("which has been on patrol", "der einen Hitzegrad …
// erreicht"), a clause whose subject stands in the governing clause ("The
// offer, advertised …, is scheduled to expire" → "Is scheduled …"), or an
// English prepositional or verbless phrase ("In over-the-counter trading",
// "67 cents a share", "James Kopp"). repair turns these into phrases: the
// relative clause gets the noun it describes as its subject, a verb
// without subject gets the subject of the sentence's governing clause, a
// verbless phrase gives way to the sentence's clause with a verb; failing
// that, the label is the sentence without its date (cut with "…" by
// render), which reads better than a fragment.

// repair returns words, or a phrase for the date [ta, tb) of clause ci
// when words are a fragment (see above).
func (l *labeler) repair(words []int, ci, ta, tb int) []int {
	w := l.trim(words)
	if len(w) == 0 {
		return words
	}
	if r := l.relative(ci, w); r != nil {
		return r
	}
	if l.verbFirst(w[0]) {
		if l.lx.lang == "de" {
			for k, i := range w[1:min(len(w), 5)] {
				if l.toks[i].cls&(cSubjectDet|cPronoun) != 0 && l.toks[w[k]].cls&cPrep == 0 {
					return words // inverted: the subject follows the verb
				}
			}
		}
		if s := l.governingSubject(w[0]); s != nil {
			l.toks[w[0]].lowered = l.toks[w[0]].upper && l.startsSentence(w[0])
			return append(s, w...)
		}
		return l.extract(ta, tb)
	}
	if l.lx.lang != "en" || l.toks[w[0]].cls&(cPrep|cSubjectDet) != cPrep && (l.hasVerb(w) || len(w) > 6) {
		return words
	}
	// An English phrase without verb, or one that starts with a
	// preposition: the nearest clause of the sentence with a verb and no
	// timeline date of its own, completed with its subject.
	for _, k := range [...]int{ci + 1, ci + 2, ci + 3, ci - 1} {
		if m := l.clauseWords(k); m != nil && l.hasVerb(m) && l.toks[m[0]].cls&(cPrep|cSubjectDet) != cPrep {
			if l.verbFirst(m[0]) {
				s := l.governingSubject(m[0])
				if s == nil {
					continue
				}
				m = append(s, m...)
			}
			return m
		}
	}
	return l.extract(ta, tb)
}

// clauseWords returns the words of clause k of the sentence (not past a
// full stop) without dropped ones, or nil when k is out of range, in
// another sentence, holds a timeline date or says nothing.
func (l *labeler) clauseWords(k int) []int {
	if k < 0 || k >= len(l.clauses) {
		return nil
	}
	c := l.clauses[k]
	var out []int
	for i := c.a; i < c.b; i++ {
		t := &l.toks[i]
		if t.event || t.word && t.cls&cAttribution != 0 {
			return nil
		}
		if !l.drop[i] && !(t.word && t.cls&cFiller != 0) {
			out = append(out, i)
		}
	}
	out = l.trim(out)
	if l.countContent(out) < 2 {
		return nil
	}
	return out
}

// verbFirst reports whether the word at token i is a verb that starts a
// clause without its subject: a finite auxiliary, an English verb in
// "-ed" or "-ing" or of [verb], or a German lower-case word that is no
// function word and no adjective ("Is scheduled …", "erhielt den …").
func (l *labeler) verbFirst(i int) bool {
	t := &l.toks[i]
	if !t.word || t.upper && !l.startsSentence(i) {
		return false
	}
	if t.cls&cFinite != 0 {
		return true
	}
	if t.lower[0]-'0' <= 9 || t.cls&(functionWords|stopWords|cRelative) != 0 {
		return false
	}
	if l.lx.lang == "de" {
		// an adjective goes before its noun ("italienische Verbände"); a
		// verb in "-te" does not ("scheiterte an …")
		return !t.upper && t.cls&cFiller == 0 && !(l.isAdjective(t.lower) && i+1 < len(l.toks) && l.toks[i+1].upper)
	}
	// a word in "-ing" before a finite verb is a noun ("ruling was final")
	return !t.upper && l.isVerb(t) && (i+1 == len(l.toks) || l.toks[i+1].cls&cFinite == 0)
}

// isVerb reports whether an English word looks like a verb form: a finite
// auxiliary, a verb of saying, a form of [verb] or a word in "-ed" or
// "-ing".
func (l *labeler) isVerb(t *token) bool {
	w := t.lower
	return t.cls&(cFinite|cAttribution|cVerb) != 0 ||
		len(w) > 4 && t.cls&functionWords == 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// hasVerb reports whether an English label has a verb (see isVerb) after
// its first word.
func (l *labeler) hasVerb(words []int) bool {
	for k, i := range words[1:] {
		t, p := &l.toks[i], &l.toks[words[k]]
		if t.word && (!t.upper || t.lowered) && (l.isVerb(t) ||
			strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && p.cls&functionWords == cPronoun) {
			return true
		}
	}
	return false
}

// governingSubject returns the subject for a clause that starts with its
// verb at token v: back over the sentence's appositions, participle and
// relative clauses (which start with a lower-case word) and clauses that
// are only a date, the first clause that starts with a noun phrase; its
// words up to its own verb (English) or its noun phrase (German). It
// returns nil when there is none.
func (l *labeler) governingSubject(v int) []int {
	k := len(l.clauses) - 1
	for k >= 0 && l.clauses[k].a > v {
		k--
	}
	for k--; k >= 0; k-- {
		c := l.clauses[k]
		var words []int
		for i := c.a; i < c.b; i++ {
			if t := &l.toks[i]; !l.drop[i] && !t.event {
				words = append(words, i)
			}
		}
		if len(words) > 0 && l.toks[words[0]].word && l.toks[words[0]].cls&cPrep != 0 {
			// a prepositional phrase: the date's ("On May 6") or a
			// fronted one; the subject follows it
			for len(words) > 0 && l.toks[words[0]].cls&(cPrep|cSubjectDet) == cPrep {
				words = words[1:]
			}
			if len(words) > 0 && k+1 < len(l.clauses) && l.clauses[k+1].a <= v && strings.Contains(".!?", l.toks[c.b].text) {
				return nil
			}
			words = nil
		}
		first := c.a == 0 || l.fullStop(c.a-1)
		if len(words) > 0 && (first || l.lx.lang == "en") {
			t := &l.toks[words[0]]
			if t.word && (t.upper || t.cls&(cSubjectDet|cPronoun|cDet) != 0) && t.cls&(cConnector|cCoord) == 0 {
				return l.subjectOf(words)
			}
		}
		if first {
			return nil
		}
	}
	return nil
}

// subjectOf returns the subject that opens a clause's words: in English
// the words before its first verb (without a trailing adverb in "-ly"), in
// German its noun phrase or a run of names; nil when it is too long to be
// a subject.
func (l *labeler) subjectOf(words []int) []int {
	n := len(words)
	if l.lx.lang == "de" {
		if m := l.subjectEnd(words, 0, true); m > 0 {
			n = m
		} else if !l.allNames(words) {
			return nil
		}
	} else {
		for k, i := range words {
			if t := &l.toks[i]; k > 0 && t.word && !t.upper && l.isVerb(t) {
				n = k
				break
			}
		}
		for n > 1 && strings.HasSuffix(l.toks[words[n-1]].lower, "ly") {
			n--
		}
	}
	if n > 8 || l.countContent(words[:n]) == 0 {
		return nil
	}
	return append([]int(nil), words[:n]...)
}

// relative repairs a label from a relative clause (clause ci starts with
// a [relative] word after a comma, possibly after a preposition): the
// noun before the comma becomes the subject ("…, which has been on patrol"
// → "Dwight D. Eisenhower has been on patrol"); after a preposition or a
// possessive the clause has its own subject ("with whom the king met" →
// "The king met"). A German clause is put in main-clause order. It
// returns nil when clause ci is no relative clause.
func (l *labeler) relative(ci int, w []int) []int {
	c := l.clauses[ci]
	a := c.a
	for a < c.b && l.drop[a] {
		a++
	}
	if a == 0 || a+1 >= c.b || l.toks[a-1].text != "," || w[0] < c.a || w[0] >= c.b {
		return nil
	}
	z := c.b - 1
	for z > a && !l.toks[z].word {
		z--
	}
	r := a
	if l.toks[r].cls&(cPrep|cRelative) == cPrep {
		r++
	}
	rt := &l.toks[r]
	if !rt.word || rt.cls&cRelative == 0 || l.lx.lang == "de" && l.toks[z].upper {
		return nil // a German relative clause ends in its verb
	}
	var rest []int
	for _, i := range w {
		if i > r {
			rest = append(rest, i)
		}
	}
	if len(rest) == 0 {
		return nil
	}
	// After a preposition, a possessive, or before a subject of its own
	// (an object relative: "die der Minister nannte"), the clause keeps
	// its own subject.
	own := false // a subject of its own follows
	for _, i := range [2]int{r + 1, min(r+2, c.b-1)} {
		own = own || l.toks[i].cls&(cSubjectDet|cPronoun) != 0 || i == r+1 && l.toks[i].upper && (l.lx.lang == "en" || r > a)
	}
	if r > a && !own && l.lx.lang == "de" {
		return nil // "an dem von X einberufenen Konvent": an article
	}
	n := 0
	if r == a && rt.lower != "whose" && rt.lower != "deren" && rt.lower != "dessen" && !own {
		ante := l.antecedent(a - 1)
		if ante == nil {
			return nil
		}
		rest, n = append(ante, rest...), len(ante)
	}
	if l.lx.lang == "de" {
		return l.verbSecond(append([]int{r}, rest...), n)
	}
	return rest
}

// antecedent returns the noun a relative clause after the comma at token
// end describes: the run of capitalised words before it ("the carrier
// Dwight D. Eisenhower", "von Benedict Arnold") or, in English, the noun
// phrase from its article ("the company"). It returns nil when there is
// none.
func (l *labeler) antecedent(end int) []int {
	i := end - 1
	for i >= 0 && l.drop[i] {
		i--
	}
	j := i + 1
	for i >= 0 && j-i <= 6 && (l.toks[i].word && l.toks[i].upper && l.toks[i].cls&stopWords == 0 && l.toks[i].expr < 0 ||
		l.toks[i].text == "." && i > 0 && l.toks[i-1].word && l.toks[i-1].upper) {
		i--
	}
	if i+1 == j && l.lx.lang == "en" {
		for i >= 0 && j-i <= 4 && l.toks[i].word && l.toks[i].expr < 0 && l.toks[i].cls&(cPrep|cConnector) == 0 {
			if l.toks[i].cls&cSubjectDet != 0 {
				i--
				break
			}
			i--
		}
		if i < 0 || l.toks[i+1].cls&cSubjectDet == 0 {
			return nil
		}
	}
	if i+1 == j || !l.toks[i+1].word {
		return nil
	}
	out := make([]int, 0, j-i-1)
	for k := i + 1; k < j; k++ {
		out = append(out, k)
	}
	if t := &l.toks[out[0]]; t.upper && l.startsSentence(out[0]) && t.cls&cSubjectDet != 0 {
		t.lowered = false
	}
	return out
}

// extract returns the sentence that holds the date [ta, tb) without the
// date and its preposition, dropped tokens and other timeline dates, in
// German with its subject before a fronted verb: the fallback of a label
// that would be a fragment.
func (l *labeler) extract(ta, tb int) []int {
	a, b := ta, tb
	for a > 0 && !l.fullStop(a-1) {
		a--
	}
	for b < len(l.toks) && !l.fullStop(b) {
		b++
	}
	words, fronted := l.content(clause{a, b}, ta, tb)
	return l.subjectFirst(l.trim(words), fronted)
}

// particle completes a German clause whose separable particle ends the
// sentence ("finden am 29. Jänner, am 10. Februar … statt") when only
// dates, prepositions, conjunctions, punctuation or one apposition stand
// between the label and it.
func (l *labeler) particle(words []int) []int {
	if l.lx.lang != "de" || l.countContent(words) < 2 {
		return words
	}
	words = l.trim(words)
	last := words[len(words)-1]
	p := last + 1
	for p < len(l.toks) && !l.fullStop(p) {
		p++
	}
	p--
	if p <= last || !l.toks[p].word || l.toks[p].upper || !inList(l.lx.lists["separable"], l.toks[p].lower) {
		return words
	}
	appos := false
	for i := last + 1; i < p; i++ {
		t := &l.toks[i]
		if t.event || l.drop[i] || !t.word || t.cls&(cPrep|cCoord) != 0 {
			continue
		}
		if !appos && l.toks[i-1].text == "," && t.cls&cSubjectDet != 0 {
			appos = true
			continue
		}
		if !appos || !t.upper && t.cls&stopWords == 0 {
			return words
		}
	}
	return append(words[:len(words):len(words)], p)
}

func inList(list []string, w string) bool {
	for _, s := range list {
		if s == w {
			return true
		}
	}
	return false
}

// periodBefore returns where a German time noun with its article and
// preposition starts before the date at token ta ("in der Saison
// 2007/08", "während der Sommermonate 1776": the noun ends in a [period]
// word), or ta when there is none: the phrase is part of the date.
func (l *labeler) periodBefore(a, ta int) int {
	if l.lx.lang != "de" || ta-1 < a || !l.toks[ta-1].upper || !l.toks[ta].word || l.toks[ta].lower[0]-'0' > 9 {
		return ta
	}
	w := l.toks[ta-1].lower
	ok := false
	for _, p := range l.lx.lists["period"] {
		ok = ok || strings.HasSuffix(w, p)
	}
	if !ok {
		return ta
	}
	k := ta - 1
	for k > a && l.toks[k-1].word && l.toks[k-1].cls&(cPrep|cDet) != 0 {
		k--
	}
	return k
}

// fullStop reports whether token i ends a sentence: a full stop,
// exclamation or question mark before a capitalised word, a quotation mark
// or the end ("Corp. reported" goes on).
func (l *labeler) fullStop(i int) bool {
	if !strings.Contains(".!?", l.toks[i].text) {
		return false
	}
	return i+1 == len(l.toks) || l.bound[i] && (l.toks[i+1].upper || !l.toks[i+1].word)
}
