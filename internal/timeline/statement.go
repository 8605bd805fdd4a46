package timeline

import (
	"strings"
	"unicode/utf8"
)

// Statements. A date attached to a verb of saying ([statement]: "X said on
// Tuesday that Y", "X sagte am Dienstag, Y", "Y, sagte X am Dienstag")
// dates the statement, not what it reports: its label is "X said Y" ("X
// sagte, Y"). A date inside Y keeps the reported happening, with the
// speaker for a pronoun that stands for it ("MSF said it treated …" → "MSF
// treated …").

// maxSpeaker is the length, in runes, a speaker keeps in a label; a longer
// one loses words from its start ("Nordkoreas offizielle Nachrichtenagentur
// Korean Central News Agency" → "Korean Central News Agency").
const maxSpeaker = 40

// maxVerbGap is how many words may stand between a verb of saying and a
// date after it for the date to be the verb's ("told reporters on Monday",
// "sagte der Zeitung am Montag").
const maxVerbGap = 5

// statement returns the label words for a date attached to a verb of saying
// in its clause ci, or nil when the date is not the statement's: speaker,
// verb (with the rest of a German clause: "teilte mit"), what was said.
// words are the clause's content without the date [ta, tb); reported is
// what withoutAttribution found was said.
func (l *labeler) statement(words, reported []int, ci, ta, tb int) []int {
	v := -1
	for _, i := range words {
		if l.toks[i].word && l.toks[i].cls&cStatement != 0 {
			v = i
			break
		}
	}
	if v < 0 || !l.verbDate(v, ta, tb) {
		return nil
	}
	if t := &l.toks[l.clauses[ci].a]; t.word && t.cls&(cConnector|cSubordinator) != 0 {
		// "Wie das Ministerium am Sonntag mitteilte, …", "as officials
		// said Monday": the date may be what was reported
		return nil
	}
	speaker := l.speaker(ci, v)
	if speaker == nil {
		return nil
	}
	c := l.clauses[ci]
	colon := c.b < len(l.toks) && l.str(&l.toks[c.b]) == ":"
	if colon || reported[0] < c.a || reported[0] >= c.b || reported[len(reported)-1] >= v && reported[0] <= v {
		// What was said is not in the verb's clause: the clause before it
		// in the sentence when the speaker is in the verb's clause ("\"…,\"
		// he said Monday, adding …", "Y, sagte X"), else the one after it
		// ("X sagte am Dienstag, Y"; "X, der …, sagte am Dienstag, Y").
		// After a colon, what was said follows it ("told AP on Friday: …").
		reported = l.saidClause(ci, !colon && speaker[0] >= c.a && c.a > 0 && l.str(&l.toks[c.a-1]) == ",")
	}
	for len(reported) > 0 && (!l.toks[reported[0]].word && l.toks[reported[0]].cls&cOpenQuote == 0 ||
		l.toks[reported[0]].cls&(cCoord|cConnector) != 0 && l.toks[reported[0]].cls&cThat == 0) {
		reported = reported[1:] // "…, and the majority …, the department said"
	}
	if len(reported) == 0 {
		return nil
	}
	// a quotation closed after its comma or full stop ("\"We will not give
	// in,\" X said", "told AP: \"We are ready.\""): the closing mark goes
	// with it
	if n := reported[len(reported)-1]; l.toks[reported[0]].cls&cOpenQuote != 0 && n+2 < len(l.toks) &&
		strings.Contains(",.!?", l.str(&l.toks[n+1])) && l.toks[n+2].cls&cCloseQuote != 0 {
		reported = append(reported[:len(reported):len(reported)], n+2)
	}
	if reported[0] < v {
		// "…, has climbed to nine, the mayor said Friday": the subject of
		// what was said before a comma
		reported = l.subjectBefore(reported)
	}
	if l.countContent(reported) == 0 {
		return nil
	}
	// The verb's own words: up to what was said ("told reporters", "teilte
	// mit"; in English without a "that" right after the verb), or after
	// the speaker when what was said came first ("Y, sagte X am Dienstag"
	// → "X sagte, Y"; "fügte er hinzu"), in English only the verb's object
	// up to a preposition ("told reporters", not "said in reply to
	// critics"). Words shortSpeaker left out of a speaker after the verb
	// stay out.
	first, last := speaker[0], speaker[len(speaker)-1]
	if first > v {
		first = v + 1
	}
	r0, rn := reported[0], reported[len(reported)-1]
	en := l.lx.lang == "en"
	out := append([]int(nil), speaker...)
	out = append(out, v)
	for _, i := range words {
		t := &l.toks[i]
		if i <= v || i >= first && i <= last || i >= r0 && i <= rn || !t.word {
			continue
		}
		if r0 > v && i > r0 || r0 < v && en && t.cls&(cPrep|cCut) != 0 {
			break
		}
		out = append(out, i)
	}
	if r := &l.toks[reported[0]]; r.upper && r.cls&functionWords != 0 && l.startsSentence(reported[0]) {
		l.lowered = reported[0] // "Die Gespräche …, sagte er" → "Er sagte, die Gespräche …"
	}
	if c := l.comma(reported); c >= 0 && out[len(out)-1] != c && (!en || l.str(&l.toks[c]) == ":") {
		out = append(out, c)
	} else if en && l.toks[r0].cls&cThat != 0 && out[len(out)-1] == v {
		reported = reported[1:] // "X said that Y" → "X said Y"
	}
	return append(out, reported...)
}

// comma returns the comma or colon that sets off what was said (the
// tokens reported): right before it ("sagte, Y", "told AP: Y") or a comma
// right after it ("Y, sagte X"); -1 when there is none.
func (l *labeler) comma(reported []int) int {
	if i := reported[0] - 1; i >= 0 && (l.str(&l.toks[i]) == "," || l.str(&l.toks[i]) == ":") {
		return i
	}
	if i := reported[len(reported)-1] + 1; i < len(l.toks) && l.str(&l.toks[i]) == "," {
		return i
	}
	return -1
}

// verbDate reports whether the date [ta, tb) belongs to the verb of saying
// at token v: right before it ("Am Dienstag sagte X", "X on Tuesday said"),
// or after it with at most maxVerbGap words besides prepositions and no
// punctuation, "that" or connector between ("said on Tuesday", "said in a
// statement on Tuesday", "told reporters Monday", "sagte Nixey am
// Dienstag"). In English only a verb of [statement.object] has words of its
// own right after it: after "said" they start what was said ("said the
// bridge reopened on Saturday").
func (l *labeler) verbDate(v, ta, tb int) bool {
	if d := l.str(&l.toks[tb-1]); strings.HasSuffix(d, "'s") || strings.HasSuffix(d, "’s") {
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
		if i == v+1 && l.lx.lang == "en" && (t.cls&cPrep == 0 || t.cls&cSubjectDet != 0) && l.toks[v].cls&cStatementObject == 0 {
			return false // "said the bridge reopened on Saturday"
		}
		if t.cls&cPrep == 0 || t.cls&cSubjectDet != 0 {
			n++
		}
	}
	return n <= maxVerbGap
}

// speaker returns the tokens of who speaks with the verb of saying at token
// v of clause ci: the words before the verb (unless a German phrase that
// starts with a preposition was fronted), else the noun phrase after it
// ("sagte der Minister", "said the mayor"), else the sentence's first
// clause when only appositions and relative clauses stand between ("MSF,
// the medical charity, said"). A speaker with a parenthesised acronym is
// the acronym ("The World Health Organization (WHO)" → "WHO"). It returns
// nil when there is none, or it is too long to be a subject.
func (l *labeler) speaker(ci, v int) []int {
	c := l.clauses[ci]
	toks := l.toks
	pre, post := l.nameWords(c.a, v), l.nameWords(v+1, c.b)
	// the date's prepositions are not part of the speaker
	for n := len(pre); n > 0 && toks[pre[n-1]].cls&cPrep != 0 && toks[pre[n-1]+1].event; n-- {
		pre = pre[:n-1]
	}
	if len(pre) > 0 && l.lx.lang == "de" && toks[pre[0]].cls&(cPrep|cSubjectDet) == cPrep {
		pre = nil // "In einem Bericht … sagte X": X follows the verb
	}
	if len(pre) > 8 {
		return nil
	}
	if len(pre) > 0 {
		return l.shortSpeaker(pre)
	}
	// After the verb: "sagte der Minister …", "sagte die Sprecherin der
	// Gewerkschaft", "fügte er hinzu", "sagte Nordkoreas offizielle
	// Nachrichtenagentur KCNA" (capitalised words and adjectives, up to a
	// particle); in English only a phrase that ends the clause ("…, said
	// the mayor"), not the start of what was said ("said it would …").
	n := 0
	if len(post) > 0 && (l.lx.lang == "en" || toks[post[0]].cls&(cPronoun|cSubjectDet) != 0) {
		n = l.subjectEnd(post, 0, true)
	}
	if l.lx.lang == "en" && n < len(post) {
		n = 0
	}
	if l.lx.lang == "de" && n == 0 {
		for n < len(post) && (toks[post[n]].upper && toks[post[n]].cls&stopWords == 0 || l.isAdjective(&toks[post[n]])) {
			n++
		}
		if n > 0 && !toks[post[n-1]].upper {
			n = 0
		}
	}
	if n > 0 {
		return l.shortSpeaker(post[:n])
	}
	// "X, the medical charity, said": back over appositions and relative
	// clauses (which start with a lower-case function word) to the first
	// clause of the sentence.
	k := ci - 1
	for ; k >= 0; k-- {
		a := l.clauses[k].a
		if a == 0 || strings.Contains(".!?", l.str(&toks[a-1])) {
			break
		}
		if t := &toks[a]; t.upper && k != ci-1 || t.cls&(cDet|cSubjectDet|cConnector|cPronoun) == 0 {
			return nil
		}
	}
	if k < 0 || k == ci-1 {
		return nil
	}
	first := l.nameWords(l.clauses[k].a, l.clauses[k].b)
	if len(first) == 0 || len(first) > 6 || !toks[first[0]].upper && toks[first[0]].cls&cSubjectDet == 0 {
		return nil
	}
	return l.shortSpeaker(first)
}

// nameWords returns the words of tokens [a, b) that are neither dropped
// nor a timeline date, with the full stop of an abbreviation inside a name
// ("U.S. Justice Department").
func (l *labeler) nameWords(a, b int) []int {
	var out []int
	for i := a; i < b; i++ {
		t := &l.toks[i]
		abbr := l.str(t) == "." && i > a && l.toks[i-1].word && l.toks[i-1].end == t.start && i+1 < b && l.toks[i+1].word
		if abbr || t.word && !l.drop[i] && !t.event {
			out = append(out, i)
		}
	}
	return out
}

// shortSpeaker returns the acronym in brackets right after the speaker's
// words, if any, else the words without leading ones beyond maxSpeaker
// runes and without a leading lower-case word left by that cut.
func (l *labeler) shortSpeaker(words []int) []int {
	if len(words) == 1 && l.toks[words[0]].cls&cPronoun != 0 {
		return words
	}
	last := words[len(words)-1]
	if last+3 < len(l.toks) && l.str(&l.toks[last+1]) == "(" && l.str(&l.toks[last+3]) == ")" && l.toks[last+2].acro {
		return []int{last + 2}
	}
	for len(words) > 1 && utf8.RuneCountInString(l.text[l.toks[words[0]].start:l.toks[last].end]) > maxSpeaker {
		words = words[1:]
		for len(words) > 1 && !l.toks[words[0]].upper {
			words = words[1:]
		}
	}
	return words
}

// speakerSubject replaces a subject pronoun that opens words with the
// speaker of the verb of saying right before it ("MSF, the medical charity,
// said it treated …" → "MSF treated …"; "…, sagte, sie habe …" → "… habe
// …"): only "that"/"dass", a comma and a German particle ("teilte mit,
// sie …") may stand between. words is returned
// unchanged otherwise, or when the speaker is itself a pronoun.
func (l *labeler) speakerSubject(words []int) []int {
	if len(words) < 2 || l.toks[words[0]].cls&cPronounSpeaker == 0 {
		return words
	}
	p := words[0]
	v := p - 1
	for v >= 0 && v >= p-3 && (l.str(&l.toks[v]) == "," || l.toks[v].cls&cThat != 0 ||
		l.lx.lang == "de" && v == p-2 && l.toks[v].word && !l.toks[v].upper && l.toks[v].cls&cStatement == 0) {
		v-- // "teilte mit, sie …": the verb's particle
	}
	if v < 0 || !l.toks[v].word || l.toks[v].cls&cStatement == 0 {
		return words
	}
	ci := -1
	for k, c := range l.clauses {
		if c.a <= v && v < c.b {
			ci = k
		}
	}
	if ci < 0 {
		return words
	}
	sp := l.speaker(ci, v)
	if sp == nil || l.toks[sp[0]].cls&cPronoun != 0 || sp[0] > p {
		return words
	}
	return append(append([]int(nil), sp...), words[1:]...)
}

// saidClause returns the content of the clause after clause ci (before,
// first, the one before it, or the clause a relative clause there belongs
// to), without its timeline dates and their prepositions: what a verb of
// saying in clause ci reports when its own clause does not hold it. It
// skips a clause with a verb of saying of its own and returns nil when no
// neighbour has a content word.
func (l *labeler) saidClause(ci int, before bool) []int {
	prev := ci - 1
	// back over relative clauses and appositions to the clause they
	// belong to ("Grund sei die Verurteilung einer Bediensteten gewesen,
	// die … gehabt hätte, sagte X")
	for prev > 0 && l.str(&l.toks[l.clauses[prev].a-1]) == "," {
		t := &l.toks[l.clauses[prev].a]
		if !t.word || t.upper || t.cls&cCoord != 0 || t.cls&(cDet|cSubjectDet|cConnector|cPronoun) == 0 {
			break
		}
		prev--
	}
	order := [3]int{ci + 1, prev, -1}
	if before {
		order = [3]int{prev, ci + 1, -1}
	}
	for _, k := range order {
		if k < 0 || k >= len(l.clauses) {
			continue
		}
		c := l.clauses[k]
		var words []int
		for i := c.a; i < c.b; i++ {
			t := &l.toks[i]
			if t.word && t.cls&cStatement != 0 {
				words = nil
				break
			}
			if l.drop[i] || t.event || t.word && t.cls&cFiller != 0 {
				continue
			}
			if t.word && t.cls&cPrep != 0 && i+1 < c.b && (l.toks[i+1].event || l.toks[i+1].cls&cPrep != 0 && i+2 < c.b && l.toks[i+2].event) {
				continue // "im vergangenen Monat": the date's preposition
			}
			words = append(words, i)
		}
		if l.countContent(words) >= 1 {
			return words
		}
	}
	return nil
}

// startsSentence reports whether token i is the first of its sentence.
func (l *labeler) startsSentence(i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := &l.toks[k]
		if t.word || l.str(t) == "," {
			return false
		}
		if l.str(t) == "." || l.str(t) == "!" || l.str(t) == "?" {
			return true
		}
	}
	return true
}
