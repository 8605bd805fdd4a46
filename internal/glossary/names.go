package glossary

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// listNames lists every name once: the entries the scan found (all, in text
// order), then the names the text holds that no entry covers, each at its
// earliest mention outside noMark where there is one.
func (rv *resolver) listNames(all []match, noMark []Span) []Name {
	e := rv.e
	var out []Name
	put := func(at *int, n Name) {
		n.NoMark = overlaps(noMark, n.Start, n.End)
		if *at == 0 {
			out = append(out, n)
			*at = len(out)
		} else if o := &out[*at-1]; o.NoMark && !n.NoMark || o.NoMark == n.NoMark && n.Start < o.Start {
			o.Start, o.End, o.NoMark = n.Start, n.End, n.NoMark
		}
	}
	expansions := map[string]int{}
	for _, m := range all {
		if m.tok >= 0 { // not a short form: a later mention of a name listed
			n := Name{Start: m.start, End: m.end, Text: e.text[m.start:m.end], Kind: m.es.Kind}
			if acronymShape(m.es.Term) && n.Text != m.es.Term && strings.ContainsAny(n.Text, " \n\t\u00a0") {
				// the acronym's expansion: a name of its own
				n.Text = strings.Join(strings.Fields(n.Text), " ")
				if m.es.used {
					n.Entry = m.es.ID
				}
				at := expansions[n.Text]
				put(&at, n)
				expansions[n.Text] = at
				continue
			}
			if !e.de {
				n.Text = placeStem(n.Text, false) // "George W. Bush's"
			}
			if m.es.used {
				n.Entry = m.es.ID
			}
			put(&m.es.name, n)
		}
	}
	// One capitalised word is a name where it stands as one somewhere (see
	// weakName); an institution's noun ("Gesundheitsamt") only where the
	// text defines it. The family name of a longer name makes a later
	// mention of it alone a short form.
	words, tails := map[string]bool{}, e.compoundTails()
	span := func(o occ) (int, int, bool) {
		s, t := e.toks[o.s].start, e.toks[o.t].end
		if o.end > 0 {
			t = o.end
		}
		if !e.de {
			t = s + len(possessiveStem(e.text[s:t], o.a.key))
		}
		i := sort.Search(len(all), func(i int) bool { return all[i].end > s })
		if i < len(all) && all[i].start < t && o.a.cls == cSeq {
			// a longer name around an entry's whole-word mention: the
			// entry's name and a tail ("Exaring AG", "the Obama
			// administration"), or an institution and its place
			// ("Universität Hongkong"), is a name of its own
			// A short form inside ("K." of "Jacek K." in "Pavel K.")
			// is no mention of the entry here; an acronym's expansion
			// ("Internationaler Strafgerichtshof" of "IStGH") is a name
			// of its own.
			inst := e.isInstitution(o.s) || e.classKind(o.s) == "organization"
			inside := true
			for k := i; k < len(all) && all[k].start < t; k++ {
				m := all[k]
				in := m.start >= s && m.end <= t && m.end-m.start < t-s
				expansion := m.start == s && m.end == t && acronymShape(m.es.Term) && len(o.a.words) > 1
				inside = inside && (expansion || in && (m.tok < 0 || (m.start == s || inst && m.end == t) && !e.isLowerAt(m.end) && !e.isUpperAt(m.end)))
			}
			return s, t, inside
		}
		return s, t, i >= len(all) || all[i].start >= t // not a mention of an entry
	}
	for _, o := range e.occs {
		o.a.strong = o.a.strong || o.a.cls != cInst && !e.weakName(o, tails) || len(o.a.defs) > 0
	}
	var work []Span // quoted titles: the words inside are no names of their own
	for _, o := range e.occs {
		if o.a.work {
			work = append(work, Span{Start: e.toks[o.s].start, End: e.toks[o.t].end})
		}
	}
	for _, o := range e.occs { // in text order, but for a few found late
		s, t, free := span(o)
		if _, ok := expansions[o.a.key]; ok || !free || !o.a.strong || o.a.name == 0 && !rv.newName(o.a, words) || !o.a.work && overlaps(work, s, t) {
			continue
		}
		if n := len(o.a.words); n > 1 {
			words[o.a.words[n-1]] = true // "Nixey" after "James Nixey"
			if o.a.first&wSurnameLead != 0 {
				words[o.a.words[0]] = true // "Kim" after "Kim Jong Un"
			}
		}
		k := e.kindOf(o.a)
		if o.a.work {
			k = "work"
		}
		put(&o.a.name, Name{Start: s, End: t, Text: o.a.key, Kind: k})
	}
	out = e.neighbourNames(out, noMark)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// neighbourNames adds the German names that stand by a name listed: a
// single capitalised word that is no noun, coordinated with one ("Rover
// wie Sojourner oder Curiosity", "die Marken otelo und Nordlicht",
// "(Phobos, Damos)").
func (e *engine) neighbourNames(out []Name, noMark []Span) []Name {
	if !e.de || len(out) == 0 {
		return out
	}
	listed := map[string]bool{}
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, n := range out {
		listed[n.Text] = true
		starts[n.Start], ends[n.End] = true, true
	}
	// covered reports whether [a, b) overlaps a name listed: the names by
	// start, each with the furthest end up to it (one binary search a word,
	// not a pass over every name: a long article lists thousands).
	spans := make([]Span, len(out))
	for i, n := range out {
		spans[i] = Span{Start: n.Start, End: n.End}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	for i := 1; i < len(spans); i++ {
		spans[i].End = max(spans[i].End, spans[i-1].End)
	}
	covered := func(a, b int) bool {
		i := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= b })
		return i > 0 && spans[i-1].End > a
	}
	lowerStart := func(k int) bool { return e.isWord(k) && e.toks[k].flags&fLower != 0 && ends[e.toks[k].end] }
	coord := func(k int) bool { return e.punct(k, ",") || e.isLower(k) && (e.lw(k) == "und" || e.lw(k) == "oder") }
	var add []Name
	for k := range e.toks {
		if !e.isCap(k) || e.toks[k].flags&(fSentStart|fAllCaps) != 0 || e.isPunct(k+1) && e.punct(k+1, "-") {
			continue
		}
		st, en := e.toks[k].start, e.toks[k].end
		w := e.w(k)
		if listed[w] || covered(st, en) || e.is(k, wStop|wTitle|wGeneric|wDemonym|wGiven) || e.isRole(k) || e.isClassifier(k) || e.isInstitution(k) {
			continue
		}
		if strings.Contains(w, "-") || e.nounLikeAt(k) && !e.joinedNouns(k) || utf8.RuneCountInString(w) < 4 {
			continue
		}
		before := k >= 2 && coord(k-1) && (e.isWord(k-2) && ends[e.toks[k-2].end] || lowerStart(k-2))
		after := coord(k+1) && e.isWord(k+2) && starts[e.toks[k+2].start] && !e.isPunct(k+2)
		if before || after {
			add = append(add, Name{Start: st, End: en, Text: w, Kind: "other", NoMark: overlaps(noMark, st, en)})
			listed[w] = true
		}
	}
	return append(out, add...)
}

// joinedNouns reports whether the German word k is a noun only as two
// listed nouns joined ("Silbermond"), not listed itself nor headed by a
// noun of data/de.txt: beside a name, such a word may be a name made of
// nouns ("Rammstein oder Silbermond").
func (e *engine) joinedNouns(k int) bool {
	lw := e.lw(k)
	return !e.lx.nounLike(lw) && !nounForm(lw)
}

// newName reports whether the name a found in the text is a name of its
// own: not a first name alone, nor a short or inflected form of a longer
// name (words holds their words).
func (rv *resolver) newName(a *article, words map[string]bool) bool {
	if len(a.words) != 1 {
		return true
	}
	w := a.words[0]
	if a.cls == cWord && a.first&wGiven != 0 && a.first&wSurnameLead == 0 || words[w] {
		return false
	}
	for _, s := range rv.e.lx.inflect {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) && (words[w[:len(w)-len(s)]] || rv.e.artKey[w[:len(w)-len(s)]] != nil && rv.e.artKey[w[:len(w)-len(s)]] != a) {
			return false
		}
	}
	return true
}

// weakName reports whether an occurrence of one word is no evidence that
// it is a name: where any noun may be capitalised (weak, and also where a
// clause opens, opensClause), after a number (a unit: "20 Percent"), after
// a German preposition fused with its article ("am Steuer"), or (German) a
// word the text also uses as the tail of a hyphenated compound
// ("Fledermaus-Coronaviren"), which only nouns are. "nach Kairo", "aus
// China" stand as names (standsAsName).
func (e *engine) weakName(o occ, tails map[string]bool) bool {
	if o.a.cls != cWord {
		return false
	}
	p := e.lw(o.s - 1)
	if e.people(o.s) || e.toks[o.s].flags&fLower != 0 || e.apposedName(o.s) {
		return false // "Republicans pilloried …", "iRights.info meint …"
	}
	if o.a.kind == "place" {
		// "in der Schweiz", "auf dem Mars", but "das Essen" is a meal
		return e.de && e.is(o.s, wCommon) && (e.in(p, wDeterminer) || strings.Contains(" am im zum zur beim vom ins ans ", " "+p+" "))
	}
	if tails[e.w(o.s)] {
		return true
	}
	if e.de && (p == "aus" || p == "nach" || (p == "bei" || p == "via") && e.bareName(o.s)) && e.isLower(o.s-1) {
		return false
	}
	if e.originPlace(o.s) {
		return false // "im norditalienischen Savigliano"
	}
	return e.weak(o) || e.opensClause(o.s-1) || e.number(o.s-1) || e.de && strings.Contains(" am im zum zur beim vom ins ans ", " "+p+" ")
}

// opensClause reports whether token k is a colon or an opening quotation
// mark: a capital after it may open a clause.
func (e *engine) opensClause(k int) bool {
	w := e.w(k)
	return e.isPunct(k) && strings.Contains(":„“\"«»‚‘", w)
}

// compoundTails returns the words after the last hyphen of the German
// compounds of the text ("Coronaviren" of "Fledermaus-Coronaviren"); nil
// for English.
func (e *engine) compoundTails() map[string]bool {
	if !e.de {
		return nil
	}
	m := map[string]bool{}
	for i, t := range e.toks {
		if w := e.w(i); t.kind == tWord && t.flags&fCap != 0 {
			if h := strings.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) {
				m[w[h+1:]] = true
			}
		}
	}
	return m
}

// number reports whether token i is a number: digits, no letters.
func (e *engine) number(i int) bool {
	return e.isWord(i) && e.toks[i].flags&fDigit != 0 && strings.IndexFunc(e.w(i), unicode.IsLetter) < 0
}

// quotedTitles registers the titles of works the text puts in quotation
// marks: in English a phrase in title case ("“The World of Tomorrow”"),
// in either language a phrase right after a noun for a kind of work
// ("Roman „Krieg der Welten“", "the novel “Dune”"). Quoted speech is
// neither. They are names (Result.Names, kind "work"), not terms.
func (e *engine) quotedTitles() {
	for i := 0; i+2 < len(e.toks); i++ {
		if !e.isPunct(i) || !strings.Contains("„“\"«", e.w(i)) || !e.isCap(i+1) {
			continue
		}
		j := i + 1
		for j < len(e.toks) && j <= i+13 && e.samePara(i, j) && !(e.isPunct(j) && strings.Contains("“”\"»", e.w(j))) {
			j++
		}
		t := j - 1
		if e.punct(t, ".") || e.punct(t, ",") {
			t-- // “The World of Tomorrow.”: the sentence's period inside the quotes
		}
		if j >= len(e.toks) || j > i+13 || !e.samePara(i, j) || t <= i || e.isPunct(t) && !strings.Contains("!?", e.w(t)) {
			continue
		}
		title := !e.de && t > i+1
		for k := i + 1; k <= t && title; k++ {
			title = !e.isPunct(k) && (e.isCap(k) || len(e.w(k)) < 4)
		}
		p := i - 1
		if e.number(p) {
			p--
		}
		if title || e.isClassifier(p) && e.classKind(p) == "other" || e.quotedName(i, t) {
			if a := e.addOcc(i+1, t, cSeq); a != nil {
				a.work = true
			}
		}
		i = j
	}
}

// The German noun list, data/de-nouns.lst, travels in the data file as it
// is (section glossary.nouns.de, written by TestNounsGenerated): common
// German nouns, lower case, one a line in byte order, nominative singular
// (inflections are found by rule, nounStem); a line ending in "-" is a
// front that only starts compounds ("haupt-"). German capitalises every
// noun: a capitalised word or a compound's front that is one of them is no
// name by itself. A front may also be a common noun of data/de.txt.

// inNouns reports whether the line s is in the German noun list (its
// section of the data file; a hash set of its lines built at the first
// use, inNounList).
func inNouns(s string) bool {
	return lexiconFor("de").inNounList(s)
}

// nounEndings are the endings of inflected and plural German nouns
// ("Banken", "Ärztinnen"); an umlaut may stand for the singular's vowel
// ("Pläne", "Bücher", "Mütter"). "er" counts only with an umlaut: "Müller"
// is no form of "Müll".
var nounEndings = [...]string{"", "s", "es", "n", "en", "ns", "ens", "nen", "e", "er", "ern"}

// nounForm reports whether the lower-case word f is a listed noun or an
// inflected form of one.
func nounForm(f string) bool {
	if !lexiconFor("de").mayBeNounForm(f) {
		return false
	}
	for _, x := range nounEndings {
		st, ok := strings.CutSuffix(f, x)
		if !ok || len(st) < 3 {
			continue
		}
		if x != "er" && x != "ern" && inNouns(st) {
			return true
		}
		if u := unUmlaut(st); u != st && inNouns(u) {
			return true
		}
	}
	return false
}

// unUmlaut returns w with its last umlaut replaced by the plain vowel
// ("plän" → "plan", "häus" → "haus"), or w.
func unUmlaut(w string) string {
	for i := len(w) - 2; i >= 0; i-- {
		if w[i] == 0xc3 {
			switch w[i+1] {
			case 0xa4:
				return w[:i] + "a" + w[i+2:]
			case 0xb6:
				return w[:i] + "o" + w[i+2:]
			case 0xbc:
				return w[:i] + "u" + w[i+2:]
			}
		}
	}
	return w
}

// nounStem reports whether the lower-case German word w is a common noun
// by data/de-nouns.lst: listed, inflected, after a hyphen
// ("Kunden-Konto"), or a compound of a listed front and a listed head of
// at least four letters ("Filmaufnahmen", "Hauptbahnhof"), so that a name
// that merely ends like a noun ("Clinton", "Europol") is none.
func nounStem(w string, depth int) bool {
	if h := strings.LastIndexByte(w, '-'); h >= 0 {
		w = w[h+1:]
	}
	if len(w) > 60 {
		return false
	}
	if nounForm(w) {
		return true
	}
	if depth > 1 {
		return false
	}
	for i := 3; i+5 <= len(w); i++ {
		if !isRuneStart(w[i]) || utf8.RuneCountInString(w[i:]) < 5 || !nounForm(w[i:]) {
			continue
		}
		if front := w[:i]; inNouns(front+"-") || nounFront(front) || nounStem(front, depth+1) {
			return true
		}
	}
	return false
}

// nounFront reports whether f is a listed noun joined to the next part of
// a compound, bare or with a linking "s", "es", "n", "en", "er" or "e"
// ("Kohlen-", "Volks-", "Kinder-").
func nounFront(f string) bool {
	lx := lexiconFor("de")
	if inNouns(f) || lx.class(f)&wCommon != 0 {
		return true
	}
	for _, x := range [...]string{"s", "es", "n", "en", "er", "e"} {
		if st, ok := strings.CutSuffix(f, x); ok && len(st) >= 3 && (inNouns(st) || lx.class(st)&wCommon != 0 || x == "er" && inNouns(unUmlaut(st))) {
			return true
		}
	}
	return false
}
