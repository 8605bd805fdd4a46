package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Definition mining: the phrases around a name that say what it is.

// maxDefinition bounds a mined definition, in runes; longer phrases are
// rarely definitions and are dropped.
const maxDefinition = 200

func (e *engine) minePatterns() {
	e.indexOccs()
	e.listMembers()
	for _, o := range e.occs {
		if o.a.cls == cAcronym {
			if o.end != 0 && o.end < e.toks[o.s].end {
				continue // acronym at the front of a compound
			}
			e.acronymParens(o)
			e.acronymCueBefore(o)
			e.apposition(o)
			e.relative(o)
			e.classifierAround(o)
			continue
		}
		if !e.weak(o) {
			e.apposition(o)
			e.relative(o)
		} else if e.toks[o.s].flags&fSentStart != 0 && !e.weakContext(o) {
			// "Verdi, die größte Gewerkschaft, …" opens a sentence: an
			// apposition that names a kind of thing still defines it
			e.apposition(o)
		}
		e.copular(o)
		e.regardedAs(o)
		e.predicate(o)
		e.roleBefore(o)
		e.affiliation(o)
		e.classifierAround(o)
		e.location(o)
		e.headGloss(o)
		e.seatBefore(o)
		e.purposeHead(o)
		e.knownAs(o)
	}
	e.cues()
	e.distantExpansions()
	e.lowerExpansions()
	e.familyBusiness()
	e.initialSubjects()
}

// initialSubjects reads "K. ist ein früherer Geschäftsführer der X GmbH"
// ("W. is a former director of …") after "Sebastian K." as said of that
// person: the press shortens a family name to its initial, and a sentence
// may then open with the initial alone. The initial stands for the person
// with that initial named last before it in its paragraph, else for the
// one person of the text with it ("Dennis S." and "Lutz S." named only
// elsewhere leave "S." to no one), and to no one when the name with the
// initial named last in the paragraph is not surely a person's. The name must start with a given name
// or at least a word that is no common noun, role or place ("Anlage B." is
// no person).
func (e *engine) initialSubjects() {
	for i := range e.toks {
		if e.toks[i].flags&fSentStart == 0 || !e.initialAt(i) || !e.isLower(i+2) || !e.is(i+2, wCopula) {
			continue
		}
		short := e.w(i) // a name's words leave out the initial's period
		var who, last *article
		for _, o := range e.occs {
			if o.s >= i {
				break
			}
			if e.samePara(o.s, i) && o.a.cls == cSeq && len(o.a.words) >= 2 && o.a.words[len(o.a.words)-1] == short {
				last = o.a // the last name with the initial before it
			}
		}
		if last != nil && e.initialPerson(last, short) {
			who = last
		}
		if last == nil {
			for _, a := range e.arts {
				if !e.initialPerson(a, short) {
					continue
				}
				if who != nil && who != a {
					who = nil
					break
				}
				who = a
			}
		}
		if who != nil {
			e.copular(occ{s: i, t: i + 1, a: who})
		}
	}
}

// initialPerson reports whether a is a person's name of two to four words
// that ends in the initial short.
func (e *engine) initialPerson(a *article, short string) bool {
	return a.cls == cSeq && len(a.words) >= 2 && len(a.words) <= 4 && a.words[len(a.words)-1] == short &&
		(a.first&wGiven != 0 || a.first&(wStop|wCommon|wRole|wTitle|wInstitution|wPlace) == 0 && !e.nounLike(strings.ToLower(a.words[0])))
}

// familyBusiness completes a person's bare role ("winemaker Lena Brach")
// with the business the text names after the family ("the Brach family
// winery", "Weingut Brach"): "winemaker (Brach family winery)". Only when
// one person of the text bears the family name.
func (e *engine) familyBusiness() {
	bySurname := map[string][]*article{}
	for _, a := range e.arts {
		if a.cls == cSeq && len(a.words) >= 2 && len(a.words) <= 4 && !e.in(strings.ToLower(a.words[0]), wStop|wRole|wTitle|wHonorific) {
			last := a.words[len(a.words)-1]
			bySurname[last] = append(bySurname[last], a)
		}
	}
	roles := map[string]*article{} // family name -> its one person with only a bare role
	for surname, as := range bySurname {
		if len(as) != 1 || as[0].first&wGiven == 0 && !as[0].person {
			continue
		}
		if _, ok := best(as[0].defs); !ok && bareRole(as[0]) != "" {
			roles[surname] = as[0]
		}
	}
	if len(roles) == 0 {
		return
	}
	var firsts [256]bool // the first bytes of the family names: most words need no map lookup
	for surname := range roles {
		if surname != "" {
			firsts[surname[0]] = true
		}
	}
	done := map[*article]bool{}
	for i := 1; i+1 < len(e.toks); i++ {
		if w := e.w(i); w != "" && !firsts[w[0]] {
			continue
		}
		a := roles[e.w(i)]
		if a == nil || done[a] {
			continue
		}
		org := ""
		if !e.de && e.isLower(i+1) && e.lw(i+1) == "family" && e.isLower(i+2) && !e.is(i+2, wStop|wVerb|wCopula|wPreposition|wConnector|wDeterminer) && !possessive(e.w(i+2)) {
			org = e.span(i, i+2) // "the Brach family winery"
		} else if e.de && e.isCap(i-1) && !e.isRole(i-1) && e.classKind(i-1) == "organization" && !e.isCap(i+1) {
			org = e.span(i-1, i) // "das Weingut Brach"
		}
		if org != "" {
			e.addDef(a, bareRole(a)+" ("+org+")", scoreRole, e.toks[i].start, false, "person")
			done[a] = true
		}
	}
}

// bareRole returns the first bare role the text gives a, or "".
func bareRole(a *article) string {
	for _, d := range a.defs {
		if d.bare && d.score == scoreRole {
			return d.text
		}
	}
	return ""
}

// listMembers handles names listed after the kind of thing they are:
// "labels such as Meyer-Näkel, Deutzerhof and Jean Stodden", "Künstler
// wie Rammstein oder Silbermond", "die vier Marktführer im
// Tonträgergeschäft (Universal Music, Sony, Warner und …)". Each listed
// name is defined by the kind noun in the singular with its modifiers
// and complement; a kind noun alone is bare.
func (e *engine) listMembers() {
	n := len(e.toks)
	for p := 1; p < n; p++ {
		var head, first int
		switch {
		case !e.de && e.isLower(p) && e.lw(p) == "such" && e.isLower(p+1) && e.lw(p+1) == "as":
			head, first = p-1, p+2
		case !e.de && e.isLower(p) && (e.lw(p) == "like" || e.lw(p) == "including") && e.punct(p-1, ","):
			head, first = p-2, p+1
		case !e.de && e.isLower(p) && (e.lw(p) == "like" || e.lw(p) == "including"):
			head, first = p-1, p+1
		case e.de && e.isLower(p) && e.lw(p) == "wie" && !e.punct(p-1, ","):
			head, first = p-1, p+1
		case e.punct(p, "("):
			head, first = p-1, p+1
		default:
			continue
		}
		if !e.isWord(head) || !e.isCap(first) {
			continue
		}
		// the head noun: in German the capitalised kind noun, with its
		// complement ("Marktführer im Tonträgergeschäft") up to p
		h := head
		if e.de {
			for h > 0 && head-h < 4 && !(e.isCap(h) && (e.isRole(h) || e.isClassifier(h))) {
				if !e.isWord(h) || e.isCap(h) && e.is(h, wStop) {
					h = -1
					break
				}
				h--
			}
		}
		if h < 0 || !e.isWord(h) || !(e.isRole(h) || e.isClassifier(h) || e.isInstitution(h)) || !e.pluralKind(h) {
			continue
		}
		// the items: names separated by commas and one "and"
		var items [][2]int
		k := first
		for len(items) < 12 && k < n {
			for e.isLower(k) && e.is(k, wDeterminer) {
				k++
			}
			if !e.isCap(k) || e.is(k, wStop) || e.nounLikeAt(k) && !e.isClassifier(k) {
				break
			}
			t := k
			for e.isCap(t+1) && e.toks[t+1].flags&fSpaceBefore != 0 {
				t++
			}
			items = append(items, [2]int{k, t})
			k = t + 1
			if e.punct(k, ",") {
				k++
				continue
			}
			if c := e.lw(k); e.isLower(k) && (c == "and" || c == "und" || c == "or" || c == "oder") {
				k++
				continue
			}
			break
		}
		if len(items) < 2 {
			continue
		}
		l := e.extendLeft(h)
		for l < h && e.isLower(l) && (e.lw(l) == "vier" || e.lw(l) == "drei" || e.lw(l) == "zwei" || e.toks[l].flags&fDigit != 0) {
			l++
		}
		def := e.span(l, h)
		def = def[:len(def)-len(e.w(h))] + e.singularKind(h)
		if head > h {
			def += e.text[e.toks[h].end:e.toks[head].end]
		}
		bare := l == h && head == h && e.listedNoun(h)
		for _, it := range items {
			s, t := it[0], it[1]
			kind := e.classKind(h)
			if e.isRole(h) {
				kind = "other" // "Marktführer wie Sony": a role of anyone
				if e.is(s, wGiven) && s < t {
					kind = "person"
				}
			}
			if e.isClassifier(s) && s < t {
				continue // "die Bertelsmann-Musik-Sparte BMG" has its own kind
			}
			var a *article
			if o, ok := e.occStarting(s); ok && o.t >= t-1 {
				a = o.a
			}
			if a == nil {
				if a = e.addOcc(s, t, cSeq); a == nil {
					continue // not a name ("A"): addOcc refused it
				}
				if s == t {
					a.cls = cWord
				}
			}
			m := len(a.defs)
			e.addDef(a, def, scoreClassifier, e.toks[l].start, false, kind)
			if bare && len(a.defs) > m {
				a.defs[m].bare = true
			}
		}
		p = k
	}
}

// pluralKind reports whether the kind noun at token h is a plural: not
// listed as written, but listed without an inflection ending; German
// nouns in "-er" are plural as they are ("Marktführer").
func (e *engine) pluralKind(h int) bool {
	lw := e.lw(h)
	if e.de && strings.HasSuffix(lw, "er") {
		return true
	}
	return e.singularKind(h) != e.w(h)
}

// singularKind returns the kind noun at token h in the form its list has
// it ("labels" → "label", "Künstlerinnen" → "Künstlerin").
func (e *engine) singularKind(h int) string {
	if e.isRole(h) {
		return e.singularRole(h)
	}
	w, lw := e.w(h), e.lw(h)
	if e.lx.classifierKind(lw) != 0 {
		return w
	}
	for _, s := range e.lx.inflect {
		if st := lw[:max(0, len(lw)-len(s))]; strings.HasSuffix(lw, s) && len(st) > 2 {
			if _, _, ok := e.lx.classify(st); ok && len(w) >= len(s) {
				return w[:len(w)-len(s)]
			}
		}
	}
	return w
}

// distantExpansions links an acronym the text never expands next to it
// ("KCNA said …") to a capitalised name elsewhere in the text whose word
// initials spell it exactly ("Korean Central News Agency"). Only acronyms
// of three letters or more, and never a person's name.
func (e *engine) distantExpansions() {
	var seqs []*article
	for _, a := range e.arts {
		if a.cls == cSeq && len(a.words) >= 3 && a.first&(wGiven|wSurnameLead) == 0 {
			seqs = append(seqs, a)
		}
	}
	if len(seqs) == 0 {
		return
	}
	for _, a := range e.arts {
		if a.cls != cAcronym || utf8.RuneCountInString(a.key) < 3 {
			continue
		}
		if d, ok := best(a.defs); ok && d.alias {
			continue
		}
		for _, x := range seqs {
			if initials(x.words, e.lx) == a.key {
				e.addDef(a, x.key, scoreExpansion-1, x.pos, true, "")
				break
			}
		}
	}
}

// lowerExpansions links an acronym that nothing else defines to a phrase
// of lower-case words in its paragraph whose initials spell it, one word a
// letter ("the higher education unions … the HE sector", "die künstliche
// Intelligenz … KI-Systeme"): the nearest such phrase of content words
// (no function words, verbs or prepositions, three letters or more each).
// Acronyms of the knowledge base keep its expansion.
func (e *engine) lowerExpansions() {
	kb := kbFor(e.lang)
	for _, o := range e.occs {
		a := o.a
		if a.cls != cAcronym || len(a.key) < 2 || len(a.key) > 5 || len(kb.names[a.key]) > 0 {
			continue
		}
		if o.end != 0 && o.end < e.toks[o.s].end {
			continue
		}
		if _, ok := best(a.defs); ok {
			continue
		}
		n := len(a.key)
		bad := false
		for i := 0; i < n; i++ {
			if a.key[i] < 'A' || a.key[i] > 'Z' {
				bad = true
			}
		}
		if bad {
			continue
		}
		bestK, bestD := -1, 0
		for k := o.s - 1; k >= 0 && o.s-k <= 150 && e.samePara(k, o.s); k-- {
			if e.lowerPhrase(k, a.key) {
				bestK, bestD = k, o.s-k
				break
			}
		}
		for k := o.t + 1; k+n-1 < len(e.toks) && k-o.t <= 150 && e.samePara(k+n-1, o.s); k++ {
			if bestK >= 0 && k-o.t >= bestD {
				break
			}
			if e.lowerPhrase(k, a.key) {
				bestK = k
				break
			}
		}
		if bestK >= 0 {
			e.addDef(a, e.span(bestK, bestK+n-1), scoreExpansion-2, e.toks[bestK].start, true, "")
		}
	}
}

// lowerPhrase reports whether the len(acr) tokens from k are lower-case
// content words whose initials spell acr.
func (e *engine) lowerPhrase(k int, acr string) bool {
	for i := 0; i < len(acr); i++ {
		m := k + i
		if !e.isLower(m) || e.toks[m].flags&fHyphen != 0 || i > 0 && !e.samePara(m, k) {
			return false
		}
		w := e.lw(m)
		if len(w) < 3 || w[0] != acr[i]+('a'-'A') || e.is(m, wStop|wDeterminer|wConnector|wVerb|wCopula|wRelative|wPreposition|wParticle|wApprox|wUnit|wDefverb) {
			return false
		}
	}
	return true
}

// initials returns the upper-case first letters of the words that are not
// function words.
func initials(words []string, lx *lexicon) string {
	var b strings.Builder
	for _, w := range words {
		l := strings.ToLower(w)
		if lx.class(l)&(wConnector|wDeterminer) != 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// addDef records a definition for a, cleaned up; empty or overlong
// phrases are dropped.
func (e *engine) addDef(a *article, text string, score, pos int, alias bool, kind string) {
	text = cleanDef(text)
	if text == "" || utf8.RuneCountInString(text) > maxDefinition || text == a.key {
		return
	}
	a.defs = append(a.defs, definition{text: text, score: score, pos: pos, alias: alias})
	if kind == "person" {
		a.person = true
	}
	if kind != "" && (a.kind == "" || kind == "person") {
		a.kind = kind
	}
}

// addKindDef records the kind of thing the words [s, t] say a name is
// ("russische Söldnergruppe"); one listed noun alone ("party",
// "Partei") is bare: it says too little to be shown by itself.
func (e *engine) addKindDef(a *article, s, t int, kind string) {
	n := len(a.defs)
	if text, ok := e.kindNominative(s, t); ok {
		e.addDef(a, text, scoreClassifier, e.toks[s].start, false, kind)
	} else {
		e.addSpan(a, s, t, scoreClassifier, false, kind)
	}
	if len(a.defs) > n && s == t && e.listedNoun(t) {
		a.defs[n].bare = true
	}
}

// kindNominative gives a German kind noun phrase [s, t] that follows a
// genitive or dative article in the nominative without it: "des Kölner
// Sendenetz-Anbieters" reads "Kölner Sendenetz-Anbieter", "der
// deutschen Netzbetreiberin" "deutsche Netzbetreiberin", "dem
// russischen Konzern" "russischer Konzern"; ok is false when nothing
// changes.
func (e *engine) kindNominative(s, t int) (string, bool) {
	if !e.de || !e.isLower(s-1) {
		return "", false
	}
	art := e.lw(s - 1)
	switch art {
	case "des", "eines", "dem", "einem", "der", "einer", "den":
	default:
		return "", false
	}
	noun, lnoun := e.w(t), e.lw(t)
	if !e.isCap(t) {
		return "", false
	}
	if art == "des" || art == "eines" {
		for _, g := range [...]string{"es", "s"} {
			if st := strings.TrimSuffix(lnoun, g); st != lnoun && len(st) > 3 && e.lx.classifierKind(st) != 0 ||
				st != lnoun && len(st) > 3 && func() bool { _, _, ok := e.lx.classify(st); return ok }() {
				noun = noun[:len(noun)-len(g)]
				break
			}
		}
	}
	if art == "den" && strings.HasSuffix(lnoun, "n") {
		return "", false // a plural dative
	}
	fem := (art == "der" || art == "einer")
	neuter := !fem && e.neuter(strings.ToLower(noun))
	b := e.toks[s].start
	var out strings.Builder
	for m := s; m < t; m++ {
		w := e.w(m)
		if e.isLower(m) && strings.HasSuffix(w, "en") && len(w) > 5 && !e.is(m, wStop) {
			stem := w[:len(w)-2]
			switch {
			case fem:
				stem += "e"
			case neuter:
				stem += "es"
			default:
				stem += "er"
			}
			w = stem
		}
		out.WriteString(w + e.text[e.toks[m].end:e.toks[m+1].start])
	}
	out.WriteString(noun)
	text := out.String()
	return text, text != e.text[b:e.toks[t].end]
}

// addSpan is addDef for the text of tokens [s, t], found at s.
func (e *engine) addSpan(a *article, s, t, score int, alias bool, kind string) {
	e.addDef(a, e.span(s, t), score, e.toks[s].start, alias, kind)
}

// cleanDef collapses white space and trims punctuation that would dangle.
func cleanDef(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for {
		t := strings.TrimRight(s, " ,;:–—-(„“\"'«»‚‘")
		t = strings.TrimLeft(t, " ,;:–—-)“”\"'«»’")
		if t == s {
			break
		}
		s = t
	}
	// unbalanced parentheses make a half phrase
	if strings.Count(s, "(") != strings.Count(s, ")") {
		return ""
	}
	return s
}

// ---- acronyms ----

// acronymParens handles "Korean Central News Agency (KCNA)" and
// "KCNA (Korean Central News Agency)": the expansion must fit the letters.
func (e *engine) acronymParens(o occ) {
	acr := o.a.key
	i := o.s
	if e.punct(i-1, "(") && e.punct(i+1, ")") {
		// words before "("
		var idx []int
		for k := i - 2; k >= 0 && len(idx) < utf8.RuneCountInString(acr)+4; k-- {
			if e.apostrophe(k) && e.isWord(k-1) {
				continue // "Employers’ Association"
			}
			if !e.isWord(k) || !e.samePara(k, i) {
				break
			}
			idx = append(idx, k)
			if e.toks[k].flags&fSpaceBefore == 0 && k > 0 && !e.isWord(k-1) {
				break
			}
		}
		for n := len(idx); n >= 1; n-- {
			first, last := idx[n-1], idx[0]
			if !e.isCap(first) {
				continue
			}
			if e.fits(acr, first, last) {
				e.addSpan(o.a, first, last, scoreExpansion, true, "")
				return
			}
		}
		return
	}
	if e.punct(i+1, "(") {
		for k := i + 2; k < len(e.toks) && k < i+16; k++ {
			if e.punct(k, ")") {
				if k > i+2 && e.fits(acr, i+2, k-1) {
					e.addSpan(o.a, i+2, k-1, scoreExpansion, true, "")
				}
				return
			}
			if !e.isWord(k) {
				return
			}
		}
	}
}

// acronymCueBefore handles an expansion that a cue phrase ties to the
// acronym after it — "trichloroethylene, known as TCE", "eines Verbandes
// zur Förderung regionaler Obstsorten, kurz VFRO" — and an acronym
// followed by its expansion in quotes or parentheses after "genannt" or
// "called" ("RPS genannt („Regional Pricing Scheme“)"). The expansion
// must spell the acronym; a German genitive's ending is dropped.
func (e *engine) acronymCueBefore(o occ) {
	i, acr := o.s, o.a.key
	for _, cue := range e.lx.cueBefore {
		ws := strings.Split(cue, " ")
		p := i - len(ws)
		if p < 1 {
			continue
		}
		ok := true
		for n, w := range ws {
			ok = ok && e.isLower(p+n) && e.lw(p+n) == w
		}
		if !ok || !(e.punct(p-1, ",") || e.punct(p-1, "(")) {
			continue
		}
		last := p - 2
		var idx []int
		for k := last; k >= 0 && last-k < 12 && e.isWord(k) && e.samePara(k, i); k-- {
			idx = append(idx, k)
		}
		for n := len(idx); n >= 1; n-- {
			first := idx[n-1]
			if e.fits(acr, first, last) || last-first >= 3 && e.isLower(last-1) && e.is(last-1, wStop) && e.fits(acr, first, last-2) {
				// "Verbandes zum Schutz geistigen Eigentums im Internet, kurz
				// VSGE": the place the name ends with may be left out
				text := e.span(first, last)
				if w := e.w(first); e.isWord(first-1) && (e.lw(first-1) == "eines" || e.lw(first-1) == "des") && e.isCap(first) {
					for _, g := range [...]string{"es", "s"} {
						if strings.HasSuffix(w, g) && len(w) > len(g)+3 {
							text = w[:len(w)-len(g)] + text[len(w):]
							break
						}
					}
				}
				e.addDef(o.a, text, scoreExpansion, e.toks[first].start, true, "")
				return
			}
		}
	}
	// "RPS genannt („Regional Pricing Scheme“)", "QX, called “Quick Exchange”"
	k := i + 1
	if e.punct(k, ",") {
		k++
	}
	if !e.isLower(k) || e.lw(k) != "genannt" && e.lw(k) != "called" {
		return
	}
	k++
	for e.isPunct(k) && k <= i+4 && !e.punct(k, ",") && !e.punct(k, ".") {
		k++
	}
	end := k
	for end < len(e.toks) && end-k < 12 && e.isWord(end) {
		end++
	}
	if end > k && e.fits(acr, k, end-1) {
		e.addSpan(o.a, k, end-1, scoreExpansion, true, "")
	}
}

// fits reports whether the words of tokens [s, t] expand the acronym: each
// word that is not a function word gives the next letter with its first
// letter, and may give following letters from inside it ("Volksrepublik"
// gives V and R); function words may give a letter or be skipped.
func (e *engine) fits(acr string, s, t int) bool {
	var words []string
	for k := s; k <= t; k++ {
		if e.apostrophe(k) && k > s {
			continue
		}
		if !e.isWord(k) {
			return false
		}
		words = append(words, e.lw(k))
	}
	return fitsWords(acr, words, e.lx)
}

// apostrophe reports whether token k is an apostrophe that ends the word
// before it ("Employers’").
func (e *engine) apostrophe(k int) bool {
	return (e.punct(k, "’") || e.punct(k, "'")) && e.toks[k].flags&fSpaceBefore == 0
}

// fitsWords is fits for lower-case words; their parts joined by hyphens
// count as words.
func fitsWords(acr string, lower []string, lx *lexicon) bool {
	var letters []rune
	for _, r := range acr {
		if !unicode.IsLetter(r) {
			if r == '.' || r == '&' {
				continue // "U.S.", "A&E"
			}
			return false
		}
		letters = append(letters, unicode.ToLower(r))
	}
	var words [][]rune
	var fn []bool
	for _, w := range lower {
		for _, part := range strings.Split(w, "-") {
			if part == "" {
				continue
			}
			words = append(words, []rune(part))
			c := lx.class(part)
			fn = append(fn, c&(wConnector|wDeterminer) != 0 || c&wStop != 0 && len(part) <= 4)
		}
	}
	if len(words) == 0 || len(words) > 16 || len(letters) > 12 || len(letters) == 0 || fn[0] {
		return false
	}
	var memo [13][17]int8
	var rec func(ai, wi int) bool
	rec = func(ai, wi int) bool {
		if wi == len(words) {
			return ai == len(letters)
		}
		if m := memo[ai][wi]; m != 0 {
			return m > 0
		}
		ok := false
		if fn[wi] && rec(ai, wi+1) {
			ok = true
		}
		w := words[wi]
		if !ok && ai < len(letters) && w[0] == letters[ai] {
			// take 1 + m letters from this word
			a := ai + 1
			p := 1
			if rec(a, wi+1) {
				ok = true
			}
			for !ok && a < len(letters) {
				for p < len(w) && w[p] != letters[a] {
					p++
				}
				if p >= len(w) {
					break
				}
				p++
				a++
				if rec(a, wi+1) {
					ok = true
				}
			}
		}
		if ok {
			memo[ai][wi] = 1
		} else {
			memo[ai][wi] = -1
		}
		return ok
	}
	return rec(0, 0)
}

// cues handles "KCNA … die Abkürzung für Korean Central News Agency",
// "das Akronym für den offiziellen Namen Nordkoreas", "stands for",
// "short for": the acronym is the nearest one before the cue in the same
// paragraph.
func (e *engine) cues() {
	var acrAt []int // token indexes of whole-word acronym occurrences
	for _, o := range e.occs {
		if o.a.cls == cAcronym && (o.end == 0 || o.end == e.toks[o.s].end) {
			acrAt = append(acrAt, o.s)
		}
	}
	if len(acrAt) == 0 {
		return
	}
	acrArt := make(map[int]*article, len(acrAt))
	for _, o := range e.occs {
		if o.a.cls == cAcronym {
			acrArt[o.s] = o.a
		}
	}
	next := 0 // acrAt[:next] lie before the current token
	for i := range e.toks {
		for next < len(acrAt) && acrAt[next] < i {
			next++
		}
		if !e.isWord(i) || strings.IndexByte(e.lx.cueFirst, lowerByte(e.text[e.toks[i].start])) < 0 || !e.is(i, wCueStart) {
			continue
		}
		for _, cue := range e.lx.cue {
			words, ok := e.matchWords(i, cue)
			if !ok {
				continue
			}
			j := i + words
			// the nearest acronym before i
			acr := -1
			if next > 0 {
				if k := acrAt[next-1]; i-k <= 40 && e.samePara(k, i) {
					acr = k
				}
			}
			if acr < 0 {
				continue
			}
			end := e.nounPhrase(j)
			if end < j {
				continue
			}
			for j < end && e.isLower(j) && e.is(j, wDeterminer) {
				j++ // "short for the Democratic People's Republic of Korea"
			}
			a := acrArt[acr]
			if a == nil {
				continue
			}
			if e.fits(a.key, j, end) {
				e.addSpan(a, j, end, scoreExpansion, true, "")
				continue
			}
			// A cue that names what it stands for without spelling it out
			// defines only when it is explicit about being an acronym, or
			// follows the acronym right away.
			explicit := false
			first, _, _ := strings.Cut(cue, " ")
			for _, x := range [...]string{"abkürz", "akronym", "acronym", "abbreviat"} {
				explicit = explicit || strings.Contains(first, x)
			}
			if explicit || i-acr <= 2 {
				e.addSpan(a, i, end, scoreCue, false, "")
			}
		}
	}
}

// matchWords reports whether the words of the lower-case phrase p
// (separated by one space) start at token i, and how many they are.
func (e *engine) matchWords(i int, p string) (int, bool) {
	k := 0
	for p != "" {
		w, rest, _ := strings.Cut(p, " ")
		if !e.isWord(i+k) || e.lw(i+k) != w {
			return 0, false
		}
		p = rest
		k++
	}
	return k, true
}

// nounPhrase returns the last token of the noun phrase starting at j, or
// -1: words up to punctuation, a finite verb, or (German) a lower-case word
// after the phrase's first noun that is not a function word.
func (e *engine) nounPhrase(j int) int {
	last := -1
	seenCap := false
	for m := j; m < len(e.toks) && m-j < 12; m++ {
		if !e.isWord(m) || !e.samePara(j, m) {
			break
		}
		lw := e.lw(m)
		if e.in(lw, wVerb) {
			break
		}
		if e.de && e.isLower(m) && seenCap && !e.in(lw, wStop|wConnector) {
			break
		}
		if e.isCap(m) {
			seenCap = true
		}
		last = m
	}
	// do not end on a function word
	for last >= j && e.isLower(last) && (e.is(last, wStop|wConnector)) {
		last--
	}
	if last < j {
		return -1
	}
	return last
}

// ---- appositions and relative clauses ----

// apposition handles "Chatham House, einer in London ansässigen
// Denkfabrik," and "Jeon Ha Gyu, Sprecher des …,": a noun phrase between
// commas right after the name.
func (e *engine) apposition(o occ) {
	k := o.t + 1
	if !e.punct(k, ",") {
		return
	}
	start := k + 1
	if e.isWord(start) && e.toks[start].flags&fDigit != 0 && e.punct(start+1, ",") && e.toks[start].end-e.toks[start].start <= 3 {
		start += 2 // an age: "Jane Doe, 45, a farmer"
	}
	end := -1
	for m := start; m < len(e.toks) && m-start < 24; m++ {
		if !e.samePara(m, start) {
			break
		}
		if !e.de && m > start+1 && e.isLower(m) && e.is(m, wRelative) && (e.lw(m) != "that" || e.is(start, wDeterminer)) && (e.hasKindNoun(start, m-1) || e.is(start, wDeterminer)) {
			// "an Oklahoma Republican who warned of …": the apposition
			// ends where its relative clause starts
			end = m - 1
			break
		}
		if e.isPunct(m) {
			p := e.w(m)
			if p == "/" || p == "&" || e.numberComma(m) {
				continue
			}
			if p == "," || p == "." || p == ";" || p == ")" || p == ":" || p == "!" || p == "?" || p == "“" || p == "”" || p == "\"" {
				end = m - 1
			}
			break
		}
	}
	if end < start || end-start > 20 {
		return
	}
	if head := e.appositionHead(start, end); head >= 0 {
		if e.is(head, wGeneric) && !e.isCap(head) || e.de && e.is(head, wGeneric) {
			return // "the man with the acquisition plan" says nothing of what he is
		}
		if !e.de && head == end && e.is(head, wDemonym) {
			return // "…, the Russian, …": a nationality alone
		}
		if !e.de && o.a.cls != cAcronym && e.pluralNoun(head) {
			return // "few foreign leaders …": more than the one named
		}
		if e.governed(o) && !(e.isRole(head) || e.isClassifier(head) || e.isInstitution(head) || e.lx.orgHead(e.lw(head)) != "") {
			return // "… in NRW, eine Anfrage …": the name is inside another phrase
		}
	}
	if e.punct(end+1, ",") && e.isWord(end+2) && (e.lw(end+2) == e.lw(start) || e.isCap(end+2) && !e.is(end+2, wStop)) {
		return // "den KVW Frauen, dem Jugenddienst Wipptal, dem …": a list
	}
	if p := e.lw(max(o.s-1, 0)); o.a.cls == cWord && e.isWord(o.s-1) && (p == "of" || p == "from" || p == "aus" || p == "von") &&
		!(p == "von" && e.isWord(start) && (e.lw(start) == "einem" || e.lw(start) == "einer" || e.lw(start) == "dem")) {
		return // "Geremek of Poland, a dissident": the apposition is not Poland's
	}
	first := e.lw(start)
	if !e.de && e.isLower(start) && (strings.HasSuffix(first, "ed") || strings.HasSuffix(first, "ing")) && !e.isRole(start) && !e.isClassifier(start) && !adjectiveLikeEN(first) {
		return // "…, called last year’s tax bill …": a verb, not an apposition
	}
	if e.isCap(start) && !e.is(start, wStop|wDemonym) && !e.isRole(start) && !e.isClassifier(start) && !e.isInstitution(start) &&
		!(e.de && (e.nounLikeAt(start) || strings.HasSuffix(first, "s"))) && !possessive(first) && e.lx.orgHead(first) == "" {
		for m := start + 1; m <= end; m++ {
			if c := e.lw(m); e.isLower(m) && (c == "und" || c == "and" || c == "oder" || c == "or") {
				return // "Sony, Warner und die …": a list of names
			}
		}
	}
	if e.punct(o.s-1, ",") || e.isLower(o.s-1) && e.is(o.s-1, wDeterminer) && e.punct(o.s-2, ",") {
		// "mit der Universität Leiden, der Universität Gent, dem
		// Landeslabor in Kiel und unseren Patienten": a name after a
		// comma, followed by phrases the last of which a conjunction
		// opens with its own article, is an item of a list ("…, the
		// chairman and chief executive, …" is one apposition)
		for m := start + 1; m < end; m++ {
			if c := e.lw(m); e.isLower(m) && (c == "und" || c == "and" || c == "oder" || c == "or") && e.isLower(m+1) && e.is(m+1, wStop) {
				return
			}
		}
	}
	if o.a.cls == cWord && e.in(first, wDeterminer) {
		// "den Frauen, dem Jugenddienst Nordtal, dem Bildungsausschuss …":
		// a word whose own phrase starts with the apposition's article is
		// an item of a list.
		for p := o.s - 1; p >= 0 && o.s-p <= 3 && e.isWord(p); p-- {
			if e.lw(p) == first {
				return
			}
		}
	}
	switch {
	case e.in(first, wRelative) && !e.de:
		return
	case e.in(first, wDeterminer), e.isRole(start):
	case e.de && e.isCap(start) && strings.HasSuffix(e.w(start), "s") && !e.in(first, wStop) && e.isWord(start+1):
		// "Russlands wichtigstem Startzentrum"
	case !e.de && possessive(first):
	case !e.in(first, wStop|wVerb) && e.hasKindNoun(start, end):
		// "South Korea's defence ministry spokesman", "südkoreanischer
		// Verteidigungssprecher"
	default:
		return
	}
	kind := ""
	seenNoun, kindDone := false, false
	for m := start; m <= end; m++ {
		if !e.isWord(m) {
			continue
		}
		lw := e.lw(m)
		if e.in(lw, wVerb) || (!e.de && m > start && e.in(lw, wRelative)) {
			return
		}
		if (lw == "und" || lw == "and") && e.isCap(m+1) && e.isCap(m+2) && m+2 <= end && !e.nounLikeAt(m+1) && !e.nounLikeAt(m+2) &&
			e.toks[m+2].flags&fSpaceBefore != 0 {
			return // "… und Jutta Tappeiner vom …": a second person
		}
		if e.isCap(m) && e.in(lw, wGiven) || e.isRole(m) && e.isCap(m+1) && !e.nounLikeAt(m+1) && !e.isRole(m+1) && (e.de || m+1 <= end && !e.is(m+1, wStop|wConnector)) {
			return // another person: a list, not an apposition
		}
		if !e.de && m > start && e.isLower(m) && len(lw) > 4 && strings.HasSuffix(lw, "ed") && !strings.Contains(lw, "-") {
			return // a verb: a clause, not an apposition
		}
		if seenNoun && (e.in(lw, wAffiliation|wConnector) || lw == "des" || lw == "der" || lw == "im" || lw == "in" || lw == "für") {
			kindDone = true
		}
		if e.de {
			if e.isCap(m) || strings.HasPrefix(e.w(m), "-") {
				seenNoun = true
			} else if seenNoun && !e.in(lw, wStop|wConnector) && !e.isCap(m+1) &&
				!(e.isLower(m+1) && !e.is(m+1, wStop) && e.isCap(m+2)) {
				// after the first noun, a lower-case word other than a
				// function word must be an adjective before a noun
				return
			}
		}
		if !e.de && e.isWord(m) && !e.in(lw, wStop|wDeterminer) {
			seenNoun = true
		}
		if !kindDone && kind == "" {
			if e.isRole(m) {
				kind = "person"
			} else if k := e.classKind(m); k != "" && kind == "" {
				kind = k
			} else if kind == "" && (e.isInstitution(m) || e.lx.orgHead(lw) != "") {
				kind = "organization"
			}
		}
	}
	last := e.w(end)
	if e.de && !e.isCap(end) && !strings.HasPrefix(last, "-") {
		return
	}
	if !e.de && e.is(end, wStop|wVerb) {
		return
	}
	if (o.a.cls == cWord || o.a.cls == cInst) && kind == "" {
		return
	}
	if e.de && start < end && (first == "der" || first == "die" || first == "das") && e.isCap(start+1) {
		start++ // "das Akronym für …" reads "Akronym für …"
	}
	e.addDef(o.a, e.nominative(start, end), scoreAppos, e.toks[start].start, false, kind)
}

// copular handles a sentence that says what its subject is: "Lara Feld
// ist Physikerin am Institut für Plasmaforschung", "Tobias Marr ist nicht
// nur Redakteur beim Nordkurier, sondern …", "Tomás Reyes is a Chilean
// economist who …". The name opens the sentence, the copula follows it,
// and the predicate is a noun phrase that names a kind of person or
// thing (in English one with "a"/"an", or a role); it ends at a comma, a
// full stop or a relative pronoun.
func (e *engine) copular(o occ) {
	if e.toks[o.s].flags&fSentStart == 0 || o.a.cls == cWord && e.weakContext(o) {
		return
	}
	k := o.t + 1
	if !e.isLower(k) || !e.is(k, wCopula) {
		return
	}
	switch e.lw(k) {
	case "ist", "war", "is", "was":
	default:
		return // a plural subject is no one name
	}
	start := k + 1
	if e.de && e.isLower(start) && e.lw(start) == "nicht" && e.isLower(start+1) && e.lw(start+1) == "nur" {
		start += 2 // "ist nicht nur Redakteur …, sondern auch …"
	}
	if !e.de && e.isLower(start) && (e.lw(start) == "now" || e.lw(start) == "also") {
		start++
	}
	e.predicative(o, start, len(e.toks))
}

// regardedAs handles a name at the start of a sentence that the sentence
// says is regarded or named as something: "Lea M. gilt als Erfinderin
// des Verfahrens", "K. wird in den Akten als Mitglied des Vereins
// geführt", "Omar B. is widely regarded as a pioneer of …", "Ito was
// named as chief executive of …". What follows "als"/"as" is read as the
// complement of a copula ("ist …", "is …").
func (e *engine) regardedAs(o occ) {
	if e.toks[o.s].flags&fSentStart == 0 || o.a.cls == cWord && e.weakContext(o) {
		return
	}
	k := o.t + 1
	if !e.isLower(k) {
		return
	}
	as, verb := "as", e.lw(k)
	if e.de {
		as = "als"
	}
	switch {
	case e.de && (verb == "gilt" || verb == "galt"):
		if e.isLower(k+1) && e.lw(k+1) == as {
			e.predicative(o, k+2, len(e.toks))
		}
		return
	case e.de && (verb == "wird" || verb == "wurde"), !e.de && (verb == "is" || verb == "was"):
	default:
		return
	}
	// German: the complement ends at the participle that closes the
	// clause ("… als Mitglied des Vereins geführt."); English: the
	// participle comes first ("is regarded as …"), an adverb may lead it.
	m := k + 1
	if !e.de {
		if e.isLower(m) && strings.HasSuffix(e.lw(m), "ly") {
			m++ // "widely", "generally"
		}
		if !e.isLower(m) || !regardVerbs[e.lw(m)] || !e.isLower(m+1) || e.lw(m+1) != as {
			return
		}
		e.predicative(o, m+2, len(e.toks))
		return
	}
	for ; m < k+8 && e.isWord(m) && e.samePara(k, m); m++ {
		if e.isLower(m) && e.lw(m) == as {
			break
		}
	}
	if !e.isLower(m) || e.lw(m) != as {
		return
	}
	end := m + 1
	for ; end < m+16 && e.isWord(end) && e.samePara(m, end); end++ {
		if e.isLower(end) && regardVerbs[e.lw(end)] {
			break
		}
	}
	if !e.isLower(end) || !regardVerbs[e.lw(end)] || end+1 < len(e.toks) && !e.isPunct(end+1) && e.lw(end+1) != "worden" {
		return
	}
	e.predicative(o, m+1, end)
}

// genitiveArticle reports whether the German word m, which may open a
// relative clause ("der", "die", "das", "dem", "den"), is an article
// instead: no comma before it ("Geschäftsführer der Druckerei").
func (e *engine) genitiveArticle(m int) bool {
	return e.de && e.isLower(m) && e.is(m, wDeterminer) && !e.punct(m-1, ",")
}

// regardVerbs are the participles that say what a name is regarded or
// named as ("gilt" and "galt" take "als" directly).
var regardVerbs = map[string]bool{
	"bezeichnet": true, "benannt": true, "genannt": true, "geführt": true, "beschrieben": true, "gehandelt": true,
	"regarded": true, "considered": true, "seen": true, "described": true, "identified": true, "listed": true, "named": true,
}

// predicative reads the words from start (before limit) as the
// complement of a copula about o's name — a noun phrase with a kind
// noun, up to the end of its clause — and records it as a definition.
func (e *engine) predicative(o occ, start, limit int) {
	if !e.isWord(start) {
		if !e.isPunct(start) || !e.isWord(start+1) || e.w(start) != "„" && e.w(start) != "“" && e.w(start) != "\"" {
			return
		}
	}
	end := -1
	var b strings.Builder
	var upTo [20]int // the builder's length after each word
	inRel := false   // inside a relative clause after "one of …"
	relEnd := -1     // the last word before it
	for m := start; m < limit && m-start < 20 && e.samePara(m, start); m++ {
		if e.isPunct(m) {
			switch e.w(m) {
			case "„", "“", "”", "\"", "«", "»":
				continue // "ist „Vorstandsvorsitzender“ eines Verbandes"
			case "-", "/", "&":
				if b.Len() > 0 {
					b.WriteString(e.w(m))
				}
				continue
			case ",":
				if nw := e.lw(m + 1); e.de && !inRel && m > start+2 && e.oneOf(start) && e.isLower(m+1) && (nw == "die" || nw == "der" || nw == "das") {
					b.WriteString(",") // "einer der wenigen Ärzte, die …"
					continue
				}
			}
			break
		}
		lw := e.lw(m)
		if !inRel && m > start+2 && e.oneOf(start) && e.isLower(m) && (lw == "who" || lw == "that" || lw == "die" || lw == "der" || lw == "das") && e.punct(m-1, ",") == e.de {
			// "one of only three doctors who performed …": the clause says
			// which of them
			inRel, relEnd = true, end
		} else if !inRel && (e.is(m, wVerb|wRelative) && m > start && !(m == start+1 && e.oneOf(start)) && !e.genitiveArticle(m) || (lw == "and" || lw == "und" || lw == "but" || lw == "aber")) {
			break
		}
		if m > start && e.toks[m].flags&fSpaceBefore != 0 && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(e.w(m))
		end = m
		upTo[m-start] = b.Len()
	}
	if inRel && end+1 < len(e.toks) && !e.isPunct(end+1) {
		end = relEnd // a relative clause cut short says nothing sure
	}
	for end > start && e.isLower(end) && e.is(end, wPreposition|wDeterminer|wRelative) {
		end-- // "ein Winzer an [der Ahr]": no preposition left hanging
	}
	if end < start {
		return
	}
	first := start
	for !e.isWord(first) {
		first++
	}
	flw := e.lw(first)
	if !e.hasKindNoun(first, end) {
		return
	}
	oneOf := e.oneOf(first)
	if e.de {
		if !oneOf && (e.in(flw, wDeterminer) && flw != "ein" && flw != "eine" || e.isLower(first) && !e.in(flw, wDeterminer) && !adjectiveEnding(flw)) {
			return // "ist der …" is rarely what the name is; "ist nun …"
		}
	} else if !(oneOf || flw == "a" || flw == "an" || e.isRole(first) || e.isLower(first) && adjectiveLikeEN(flw) || e.in(flw, wDemonym)) {
		return
	}
	if !e.de && e.isLower(end) && strings.HasSuffix(e.lw(end), "ed") {
		return // "was a man who was …" clipped at a verb
	}
	n := 0
	for k := end - start; k >= 0 && n == 0; k-- {
		n = upTo[k]
	}
	d := len(o.a.defs)
	e.addDef(o.a, b.String()[:n], scoreCopula, e.toks[first].start, false, "")
	if len(o.a.defs) > d && first == end && (e.listedNoun(first) || e.in(e.lw(first), wRole|wTitle)) {
		o.a.defs[d].bare = true // "ist Fotograf": a role alone, shown only with more
	}
}

// predicateVerbs are the verbs of a main clause that say what a person
// does for a living when they open its predicate ("Lena Brach runs the
// family winery", "Jonas Berger leitet das Institut"); "took over" and
// "has taken over" are the phrasal ones.
var predicateVerbs = map[string]bool{
	"runs": true, "leads": true, "heads": true, "chairs": true, "directs": true, "owns": true,
	"manages": true, "founded": true, "co-founded": true,
	"leitet": true, "führt": true, "betreibt": true, "gründete": true, "verantwortet": true,
}

// subjectPronouns open a clause inside an object ("the firm she built").
var subjectPronouns = map[string]bool{
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "it": true,
	"er": true, "wir": true, "ich": true, "du": true, "ihr": true,
}

// predicate handles a person named at the start of a sentence whose
// predicate says what the person runs or leads ("Lena Brach has since
// taken over the family winery", "Jonas Berger leitet seit 2019 das
// Institut"): the verb and its object, up to the end of the clause.
func (e *engine) predicate(o occ) {
	a := o.a
	if a.cls != cSeq || len(a.words) > 4 || e.orgLike(o.s, o.t) || e.toks[o.s].flags&fSentStart == 0 && !e.punct(o.s-1, ",") {
		return // the subject: at the start, or after an opening phrase
	}
	kind := ""
	if a.person || a.first&wGiven != 0 {
		kind = "person"
	}
	k := o.t + 1
	if !e.isLower(k) {
		return
	}
	var b strings.Builder
	if !e.de && (e.lw(k) == "has" || e.lw(k) == "had") {
		b.WriteString(e.w(k) + " ")
		k++
		if e.isLower(k) && (e.lw(k) == "since" || e.lw(k) == "now" || e.lw(k) == "recently" || e.lw(k) == "also") {
			k++
		}
	}
	v := e.lw(k)
	switch {
	case !e.isLower(k):
		return
	case !e.de && (v == "taken" || v == "took") && e.isLower(k+1) && e.lw(k+1) == "over":
		if (v == "taken") != (b.Len() > 0) {
			return
		}
		b.WriteString(e.w(k) + " over")
		k += 2
	case predicateVerbs[v] && b.Len() == 0:
		b.WriteString(e.w(k))
		k++
	default:
		return
	}
	if !e.isLower(k) || !e.in(e.lw(k), wDeterminer) && !e.is(k, wPossessive) {
		return // the object opens with an article or a possessive
	}
	end := -1
	for m := k; m < len(e.toks) && m-k < 10; m++ {
		if !e.isWord(m) || e.is(m, wVerb|wRelative|wCopula) && m > k {
			break
		}
		if lw := e.lw(m); lw == "and" || lw == "und" || lw == "but" || lw == "aber" || lw == "which" || lw == "who" {
			break
		} else if subjectPronouns[lw] && e.isLower(m) && m > k {
			return // "the shipyard he inherited": a clause of its own
		}
		end = m
	}
	if end < k+1 || end+1 < len(e.toks) && !e.isPunct(end+1) {
		return // the clause goes on: no clean object
	}
	for end > k && e.isLower(end) && e.is(end, wPreposition|wDeterminer) {
		end--
	}
	if end <= k {
		return
	}
	e.addDef(a, b.String()+" "+e.span(k, end), scoreAffiliation, e.toks[o.s].start, false, kind)
}

// oneOf reports whether the words at k say "one of the …" ("einer der
// …", "eines der …"): a member of a kind, which defines the name as well as
// "a …" does.
func (e *engine) oneOf(k int) bool {
	if !e.isLower(k) || !e.isLower(k+1) {
		return false
	}
	switch e.lw(k) + " " + e.lw(k+1) {
	case "one of", "einer der", "eine der", "eines der", "einer des", "eines des":
		return true
	}
	return false
}

// appositionHead returns the head noun of the apposition [s, t]: its
// first noun (a capitalised word in German; in English the last word
// before a preposition, a relative pronoun or the end), or -1.
func (e *engine) appositionHead(s, t int) int {
	if e.de {
		first := -1
		for m := s; m <= t; m++ {
			if e.isCap(m) && !e.is(m, wStop|wDeterminer) && !(e.isGenitiveName(m) && m < t) {
				if e.isRole(m) || e.isClassifier(m) || e.isInstitution(m) || e.nounLikeAt(m) {
					return m // "einer in Dublin ansässigen Denkfabrik": the noun
				}
				if first < 0 {
					first = m
				}
			}
		}
		return first
	}
	head := -1
	for m := s; m <= t; m++ {
		if !e.isWord(m) {
			continue
		}
		if m > s && head >= 0 && (e.isLower(m) && e.is(m, wAffiliation|wConnector|wRelative) || e.lw(m) == "in") {
			break
		}
		if !e.is(m, wStop|wDeterminer) && !possessive(e.lw(m)) {
			head = m
		}
	}
	return head
}

// pluralNoun reports whether the English noun at token m is a plural of a
// listed role or classifier ("leaders", "groups").
func (e *engine) pluralNoun(m int) bool {
	lw := e.lw(m)
	if !strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss") || e.in(lw, wRole|wTitle|wGeneric) || e.lx.classifierKind(lw) != 0 {
		return false
	}
	st := strings.TrimSuffix(lw, "s")
	return e.in(st, wRole|wTitle|wGeneric) || e.lx.classifierKind(st) != 0 || e.lw(m) == "people"
}

// governed reports whether the name of o is the object of a preposition
// or a genitive complement of the words before it ("der AfD in NRW",
// "aside from X"), so that a comma after it may end a larger phrase.
func (e *engine) governed(o occ) bool {
	p := o.s - 1
	if e.isLower(p) && e.is(p, wDeterminer) {
		p--
	}
	return e.isLower(p) && e.is(p, wPreposition)
}

// relative handles "das Vereinigungsministerium, das für innerkoreanische
// Angelegenheiten zuständig ist" and "…, which is responsible for …": a
// relative clause whose verb is a copula; the definition is its predicate.
func (e *engine) relative(o occ) {
	k := o.t + 1
	if e.de && e.isLower(k) && e.is(k, wParticle) {
		k++ // "Kim brachte Jo Chun Ryong mit, der …"
	}
	if e.isLower(k) && (e.lw(k) == "in" || e.lw(k) == "aus") && e.isCap(k+1) && e.punct(k+2, ",") {
		k += 2 // "das Vereinigungsministerium in Seoul, das …"
	}
	if e.isLower(o.s-1) && (e.lw(o.s-1) == "in" || e.lw(o.s-1) == "aus") && o.a.cls == cWord && e.isCap(o.s-2) {
		return // "… in Seoul, das …" belongs to what stands before "in"
	}
	if !e.punct(k, ",") || !e.isWord(k+1) || !e.is(k+1, wRelative) {
		return
	}
	if e.de && o.a.cls == cWord && (strings.HasSuffix(e.lw(o.t), "en") || strings.HasSuffix(e.lw(o.t), "er") && e.lw(k+1) == "die") {
		return // most likely a plural noun ("Drohnen, die …")
	}
	r := k + 1
	if e.de {
		for m := r + 1; m < len(e.toks) && m-r <= 16; m++ {
			if !e.isWord(m) {
				return
			}
			if e.is(m, wCopula) && m > r+1 && (e.isPunct(m+1) || m+1 >= len(e.toks) || e.lw(m+1) == "und" || e.lw(m+1) == "oder") {
				if e.predicateDE(r+1, m-1) {
					e.addSpan(o.a, r+1, m-1, scoreRelative, false, "")
				}
				return
			}
			if o.a.cls != cWord && m > r+2 && e.isLower(m) && (e.isPunct(m+1) || e.lw(m+1) == "und" || e.lw(m+1) == "oder") && e.is(m, wDefverb) && e.lw(r+1) == "als" && e.hasKindNoun(r+2, m-1) {
				// "…, die als Sprecherin des Vereins fungiert,"
				e.addSpan(o.a, r+2, m-1, scoreRelative, false, "")
				return
			}
			if o.a.cls != cWord && m > r+2 && e.isLower(m) && e.isPunct(m+1) && e.is(m, wDefverb) && e.hasNoun(r+1, m-1) && e.predicateDE(r+1, m-1) {
				// "…, der die Munitionspolitik leitet," gives "leitet die
				// Munitionspolitik"
				e.addDef(o.a, e.w(m)+" "+e.span(r+1, m-1), scoreRelative-1, e.toks[r+1].start, false, "")
				return
			}
		}
		return
	}
	// "which handles inter-Korean affairs": the predicate starts at r+1
	from, limit := r+1, 14
	if !e.isLower(r+1) || !e.is(r+1, wDefverb) {
		if !e.isWord(r+1) || !e.is(r+1, wCopula) || !e.isWord(r+2) {
			return
		}
		// "who is a …", "which is responsible for …"; not "who was born …"
		p := e.lw(r + 2)
		if !(e.in(p, wDeterminer) || e.isRole(r+2) || strings.HasSuffix(p, "ible") || strings.HasSuffix(p, "able") || p == "in" && e.isWord(r+3) && e.lw(r+3) == "charge") {
			return
		}
		from, limit = r+2, 18
	}
	end := -1
	for m := r + 2; m < len(e.toks) && m-r <= limit; m++ {
		if e.numberComma(m) {
			continue // "about 90,000 miles"
		}
		if !e.isWord(m) {
			break
		}
		if e.is(m, wVerb|wRelative) {
			return
		}
		end = m
	}
	if end >= r+2 && (end+1 >= len(e.toks) || e.isPunct(end+1)) {
		e.addSpan(o.a, from, end, scoreRelative, false, "")
	}
}

// numberComma reports whether token m is the comma inside a number
// ("90,000"), between digits without spaces.
func (e *engine) numberComma(m int) bool {
	return e.punct(m, ",") && e.isWord(m-1) && e.isWord(m+1) && e.toks[m-1].flags&fDigit != 0 && e.toks[m+1].flags&fDigit != 0 &&
		e.toks[m].flags&fSpaceBefore == 0 && e.toks[m+1].flags&fSpaceBefore == 0
}

// ---- roles ----

// roleBefore handles "Kreml-Sprecher Dmitri Peskow", "Japans
// Chefkabinettssekretär Hirokazu Matsuno", "der russische Minister für
// natürliche Ressourcen und Ökologie, Alexander Kozlov".
func (e *engine) roleBefore(o occ) {
	if o.a.cls == cInst || o.a.cls == cSeq && e.orgLike(o.s, o.t) {
		return
	}
	if o.a.cls == cWord && e.de && e.genitiveOfKnown(o.s) {
		return // "die Regierungschefin Estlands": a genitive, not a name
	}
	if o.a.cls == cWord && e.de && strings.HasSuffix(e.lw(o.s), "s") && e.isWord(o.s-2) && strings.HasPrefix(e.lw(o.s-2), "ein") {
		return // "ein Sprecher Moskaus": a genitive after an indefinite role
	}
	k := o.s - 1
	if e.punct(k, ".") && e.isWord(k-1) && e.is(k-1, wHonorific) && e.toks[k].flags&fSpaceBefore == 0 {
		k-- // "Dr. Anna Kühne"
	}
	for e.isWord(k) && e.is(k, wHonorific) && e.isCap(k) {
		k-- // "the chemist Sir William Ramsay"
	}
	if e.punct(k, ",") {
		if o.a.cls != cSeq {
			return
		}
		k--
	}
	if !e.isWord(k) || !e.samePara(k, o.s) || hyphenAdjective(e.w(k)) && e.isCap(k) {
		return // "officers of Boston-based X": X is the firm, not an officer
	}
	if c := e.lw(k); (c == "und" || c == "and") && o.a.cls == cSeq {
		// "die Germanisten Peter Albers und Ina Kolb": the role before
		// the first of two names is the second's too
		m := k - 1
		for m > 0 && e.isCap(m) && !e.isRole(m) && k-m <= 4 {
			m--
		}
		if m < k-1 && e.isRole(m) && (!e.de || e.isCap(m)) && e.pluralRole(m) {
			k = m
		}
	}
	r := -1
	for m := k; m >= 0 && k-m <= 6; m-- {
		if !e.isWord(m) || !e.samePara(m, o.s) {
			break
		}
		if e.isRole(m) && (!e.de || e.isCap(m)) || m == k && e.isCap(m) && e.is(m, wTitle) && e.isRole(m-1) && e.isCap(m-1) {
			r = m // "Attorney General X": a title after a role is part of it
			break
		}
		if e.is(m, wVerb) {
			break
		}
	}
	if r < 0 {
		return
	}
	if r < k {
		// a complement: "für natürliche Ressourcen", "of State"; a single
		// word needs its role right before it.
		c := e.lw(r + 1)
		if o.a.cls != cSeq || !(e.in(c, wConnector) || c == "für" || c == "des" || c == "der") {
			return
		}
		if end := e.lw(k); e.in(end, wStop|wConnector|wDeterminer) || e.de && e.isLower(k) ||
			e.in(end, wDemonym) || possessive(end) {
			return // "Verwaltungsdirektor des Südtiroler …": the name is the complement
		}
	}
	l := e.extendLeft(r)
	for l < r && e.toks[l].flags&fDigit != 0 {
		l++ // "in 2011 winemaker X": a year is no part of a person's role
	}
	if p := l - 1; e.de && e.isLower(p) && (e.lw(p) == "des" || e.lw(p) == "der" || e.lw(p) == "eines") && e.isCap(p-1) && (e.isRole(p-1) || e.lx.nounLike(e.lw(p-1)) && !e.is(p-1, wStop)) {
		// "die Ehefrau des russischen Präsidenten Ludmilla P.": whose role
		// the genitive is cannot be told. Only the nouns of the word lists
		// (roles, relations, kinds) count: after "der Rücktritt des
		// algerischen Präsidenten X", a noun of the German noun list, X is
		// the president
		return
	}
	role := e.strongRole(l, r, k)
	bare := e.titleOnly(l, k) || l == k && e.listedNoun(k)
	if l == k && r == k && e.relational(k) && e.possessivePronoun(k-1) {
		// "Ramsay and his colleague Morris W. Travers": whose colleague
		if p := e.personBefore(k - 1); p != "" {
			role = e.singularRole(k) + e.lx.ofWord() + p
			bare = false
		}
	}
	if p := o.t + 1; e.isLower(p) && (e.lw(p) == "of" || e.lw(p) == "from" || e.lw(p) == "aus") && e.samePara(p, o.s) &&
		(e.isCap(p+1) && !e.is(p+1, wStop) && !e.isRole(p+1) || !e.de && e.lw(p+1) == "the" && e.isCap(p+2)) {
		// "Senator Hal Brody of Montana", "König Olav IX aus Norland",
		// "chief inspector X from the West Mercia police"
		end := p + 1
		if !e.isCap(end) {
			end++
		}
		for end+1 < len(e.toks) && e.isCap(end+1) && e.toks[end+1].flags&fSpaceBefore != 0 && end-p < 4 {
			end++
		}
		if !e.de && e.isLower(end+1) && e.classKind(end+1) == "organization" {
			end++ // "the West Mercia police"
		}
		if e.isPunct(end+1) || end+1 >= len(e.toks) || e.isLower(end+1) {
			role += " " + e.span(p, end)
			bare = false
		}
	}
	e.addRoleDef(o.a, role, e.toks[l].start, bare)
}

// addRoleDef records a role before a name; a bare title ("Senator",
// "Prime Minister") is kept apart: alone it defines no one.
func (e *engine) addRoleDef(a *article, role string, pos int, bare bool) {
	n := len(a.defs)
	e.addDef(a, role, scoreRole, pos, false, "person")
	if bare && len(a.defs) > n {
		a.defs[n].bare = true
	}
}

// listedNoun reports whether the word at token k is one simple listed
// noun — a role, title or kind of thing that is not a compound saying
// more ("Partei", "philosopher", "Germanisten", but not
// "Mobilfunkanbieter" or "Außenminister"): alone it is no definition.
func (e *engine) listedNoun(k int) bool {
	lw := e.lw(k)
	if strings.ContainsAny(lw, "-") {
		return false
	}
	forms := []string{lw}
	for _, s := range e.lx.inflect {
		if len(lw) > len(s)+2 && strings.HasSuffix(lw, s) {
			forms = append(forms, lw[:len(lw)-len(s)])
		}
	}
	listed := func(f string) bool {
		return e.in(f, wRole|wTitle|wGeneric|wCommon|wInstitution) || e.lx.classifierKind(f) != 0
	}
	for _, f := range forms {
		if !listed(f) {
			continue
		}
		if !e.de {
			return true
		}
		// a German compound has a shorter listed head: it says more
		compound := false
		for i := 1; i+3 <= len(f); i++ {
			if isRuneStart(f[i]) && listed(f[i:]) {
				compound = true
				break
			}
		}
		return !compound
	}
	return false
}

// relational reports whether the role at token k names a relation to
// another person ("colleague", "Schwester"), listed in [relation].
func (e *engine) relational(k int) bool {
	return e.in(strings.ToLower(e.singularRole(k)), wRelation)
}

// possessivePronoun reports whether token k is a possessive pronoun
// ("his", "ihre").
func (e *engine) possessivePronoun(k int) bool {
	return e.isLower(k) && e.is(k, wPossessive)
}

// personBefore returns the name of the nearest name candidate before
// token k in the same sentence (at most 8 words back), or "".
func (e *engine) personBefore(k int) string {
	for m := k - 1; m >= 0 && k-m <= 8; m-- {
		if !e.samePara(m, k) || e.punct(m, ".") || e.punct(m, ";") {
			return ""
		}
		if m < len(e.endAt) && e.endAt[m] > 0 {
			if o := e.occs[e.endAt[m]-1]; o.a.cls != cAcronym && o.a.cls != cInst && !e.orgLike(o.s, o.t) {
				return o.a.key
			}
		}
		if e.toks[m].flags&fSentStart != 0 {
			return ""
		}
	}
	return ""
}

// titleOnly reports whether the words [l, k] are only titles, forms of
// address and articles: a role that says nothing beyond the title.
func (e *engine) titleOnly(l, k int) bool {
	for m := l; m <= k; m++ {
		if e.isWord(m) && !e.is(m, wTitle|wHonorific|wDeterminer) {
			if h, _ := e.lx.headOf(e.lw(m), wTitle); h == "" || h != e.lw(m) && !e.inflectedForm(e.lw(m), h) {
				return false
			}
		}
	}
	return true
}

// inflectedForm reports whether w is the word h plus an inflection ending.
func (e *engine) inflectedForm(w, h string) bool {
	if !strings.HasPrefix(w, h) {
		return false
	}
	for _, s := range e.lx.inflect {
		if w[len(h):] == s {
			return true
		}
	}
	return false
}

// pluralRole reports whether the role noun at token m is plural: German
// a listed role plus "en", "n" or "e"; English a listed role plus "s".
func (e *engine) pluralRole(m int) bool {
	return e.singularRole(m) != e.w(m)
}

// singularRole returns the role noun at token m in the form the role list
// has it, without an inflection ending ("Germanisten" → "Germanist",
// "Journalisten" → "Journalist", "economists" → "economist"); a word
// listed as it is written is returned unchanged.
func (e *engine) singularRole(m int) string {
	w, lw := e.w(m), e.lw(m)
	if e.roleHead(lw) {
		return w
	}
	for _, s := range e.lx.inflect {
		if len(lw) > len(s)+2 && strings.HasSuffix(lw, s) && e.roleHead(lw[:len(lw)-len(s)]) && len(w) >= len(s) {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// roleHead reports whether the lower-case word w is a listed role or ends
// in one (German compounds, "Kreml-Sprecher").
func (e *engine) roleHead(w string) bool {
	h, _ := e.lx.formHead(w, wRole)
	return h != "" && strings.HasSuffix(w, h)
}

// strongRole returns the role [l, k] whose noun is r in the form a role
// takes without an article: the singular as the role list has it, and in
// German the masculine nominative with strong adjectives where the text
// inflects it — "der russische Minister für …" gives "russischer Minister
// für …", "der Vereinsvorsitzende" "Vereinsvorsitzender", "früheren
// VSGE-Vorstandsvorsitzenden" "früherer VSGE-Vorstandsvorsitzender",
// "Germanisten" "Germanist"; "die russische Ministerin" stays.
func (e *engine) strongRole(l, r, k int) string {
	text := e.span(l, k)
	if r != k && (!e.de || l == r) {
		return text
	}
	noun := e.singularRole(r)
	inflected := noun != e.w(r)
	afterDer := e.de && l > 0 && e.lw(l-1) == "der"
	if !e.de || strings.HasSuffix(e.lw(r), "in") || strings.HasSuffix(e.lw(r), "innen") || !inflected && !afterDer {
		return text[:e.toks[r].start-e.toks[l].start] + noun + text[e.toks[r].end-e.toks[l].start:]
	}
	if h, _ := e.lx.formHead(strings.ToLower(noun), wRole); strings.HasSuffix(noun, "e") && h != "" && e.in(h+"r", wRole) {
		noun += "r" // "Vorsitzende" → "Vorsitzender"
	}
	b := e.toks[l].start
	out := ""
	for j := l; j < r; j++ {
		w := e.w(j)
		if (e.isLower(j) || hyphenAdjective(w)) && !e.is(j, wStop) {
			switch {
			case strings.HasSuffix(w, "en") && inflected && len(w) > 4:
				w = w[:len(w)-2] + "er" // "früheren" → "früherer"
			case strings.HasSuffix(w, "e") && afterDer:
				w += "r" // "russische" → "russischer"
			default:
				return text
			}
		}
		out += w + text[e.toks[j].end-b:e.toks[j+1].start-b]
	}
	return out + noun + text[e.toks[r].end-b:]
}

// extendLeft extends a noun at token r over the adjectives and the one
// genitive name before it ("Nordkoreas Machthaber", "russische
// Söldnergruppe", "Kremlin spokesman").
func (e *engine) extendLeft(r int) int {
	l := r
	for n := 0; n < 4; n++ {
		p := l - 1
		if !e.isWord(p) || !e.samePara(p, r) || e.toks[l].flags&fSpaceBefore == 0 {
			break
		}
		lw := e.lw(p)
		if e.in(lw, wStop|wVerb|wDeterminer) && !(!e.de && lw == "new" && e.isCap(p) && e.isCap(p+1) && l != r) {
			break
		}
		if e.de {
			if (e.isLower(p) || hyphenAdjective(e.w(p))) && adjectiveEnding(lw) && !pastTenseDE(lw) {
				l = p // "der italienische Astronom", "der US-amerikanische Astronom"
				continue
			}
			if e.isCap(p) && strings.HasSuffix(lw, "er") && len(lw) > 4 && !e.isRole(p) && !e.is(p, wCommon|wGiven) &&
				e.isWord(p-1) && e.is(p-1, wStop|wDeterminer) {
				l = p // "die Bonner Germanisten": an adjective of a place
				continue
			}
			if e.isGenitiveName(p) {
				return p
			}
			if w := e.w(l); l == r && strings.IndexByte(w, '-') > 0 && e.isCap(p) && !e.nounLikeAt(p) {
				// "Associated Press-Journalisten": the name before the
				// hyphen has more words
				for n := 0; n < 3 && e.isCap(p) && !e.nounLikeAt(p) && e.toks[p+1].flags&fSpaceBefore != 0; n++ {
					l = p
					if e.toks[p].flags&fSentStart != 0 {
						break
					}
					p--
				}
				return l
			}
			break
		}
		// English: adjectives and capitalised modifiers ("Kremlin
		// spokesman", "Foreign Minister"), possessives ("Russia's")
		if lw == "new" && e.isCap(p) && e.isCap(p+1) {
			l = p // "New York governor"
			continue
		}
		if e.isLower(p) && (e.isCap(r) || e.in(lw, wRelative|wAffiliation|wConnector) || strings.HasSuffix(lw, "ed") && !adjectiveLikeEN(lw)) {
			// English modifiers are adjectives and nouns ("port city");
			// a capitalised title takes capitalised ones ("Foreign Minister")
			break
		}
		if e.isCap(p) && e.toks[p].flags&fSentStart != 0 && (strings.HasSuffix(lw, "ed") || e.in(lw, wVerb)) && len(kbFor(e.lang).names[e.w(p)]) == 0 {
			break // "Replied State Department spokesman …", but "Fed Chair …"
		}
		l = p
		if possessive(lw) {
			break
		}
	}
	if e.de && l < r {
		// attributive adjectives follow an article or a preposition
		// ("der russische Minister"); a verb before a noun does not
		// ("merkte Bürgermeister …").
		p := l - 1
		if !e.isWord(p) || !(e.is(p, wStop|wDeterminer)) {
			return r
		}
	}
	return l
}

// hyphenAdjective reports whether w is a compound adjective with a name in
// front ("US-amerikanische", "SPD-nahe"): its part after the last hyphen
// is lower case.
func hyphenAdjective(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h > 0 && h+1 < len(w) && w[h+1] >= 'a' && w[h+1] <= 'z'
}

func adjectiveEnding(w string) bool {
	for _, s := range [...]string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+3 {
			return true
		}
	}
	return false
}

func adjectiveLikeEN(w string) bool {
	for _, s := range [...]string{"an", "ese", "ish", "al", "ic", "ive", "ary", "ior", "ian", "ern"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// affiliation handles "Moon Seong Mook vom Korea Research Institute for
// National Strategy in Seoul", "Alexander Woronzow vom Institut für
// Asienstudien der Russischen Akademie der Wissenschaften".
func (e *engine) affiliation(o occ) {
	if o.a.cls != cSeq {
		return
	}
	k := o.t + 1
	if !e.isLower(k) || !e.is(k, wAffiliation) {
		return
	}
	m := k + 1
	if e.isLower(m) && e.is(m, wDeterminer) {
		m++
	}
	if !e.isCap(m) {
		return
	}
	end, org := e.orgName(m)
	if !org {
		return
	}
	e.addSpan(o.a, k, end, scoreAffiliation, false, "person")
}

// orgName returns the end of the organisation name starting at token m
// (capitalised words joined by connectors, plus "in <Place>") and whether
// it contains a word that names an institution.
func (e *engine) orgName(m int) (int, bool) {
	j := m
	org := false
	check := func(k int) {
		lw := e.lw(k)
		if e.isInstitution(k) || e.lx.orgHead(lw) != "" {
			org = true
		} else if e.classKind(k) == "organization" {
			org = true
		}
	}
	check(m)
	for n := 0; n < 12; n++ {
		switch {
		case e.isCap(j+1) && e.toks[j+1].flags&fSpaceBefore != 0:
			j++
			check(j)
		case e.isLower(j+1) && (e.is(j+1, wConnector) || e.de && (e.lw(j+1) == "für" || e.lw(j+1) == "der" || e.lw(j+1) == "des")) && e.isCap(j+2):
			j += 2
			check(j)
		default:
			n = 12
		}
	}
	if e.isLower(j+1) && (e.lw(j+1) == "in") && e.isCap(j+2) && !e.isCap(j+3) {
		j += 2
	}
	return j, org
}

// ---- kinds of things ----

// classifierAround handles "die russische Söldnergruppe Wagner",
// "Nachrichtenagentur Tass", and in English also "the Tass news agency".
func (e *engine) classifierAround(o occ) {
	k := o.s - 1
	if !e.de && e.isLower(k) && e.lw(k) == "the" {
		k--
	}
	if !e.de && e.isLower(k) && e.isLower(k-1) && (e.lw2(k) == "known as" || e.lw(k) == "called" || e.lw(k) == "named") {
		// "the grape variety known as the Frühburgunder"
		if e.lw(k) == "as" {
			k--
		}
		k--
	} else if e.de && e.isLower(k) && (e.lw(k) == "namens" || e.lw(k) == "genannt") {
		k-- // "ein Unternehmen namens Nordlicht"
	} else {
		k = o.s - 1
	}
	if !e.de && e.isLower(k) && e.lw(k) == "of" && e.isLower(k-1) && e.classKind(k-1) != "" {
		k-- // "the port city of Wonsan"
	}
	if e.isWord(k) && e.samePara(k, o.s) && (!e.de && e.isLower(k) || e.de && e.isCap(k)) && !e.isRole(k) {
		if noun, _, _ := e.lx.classify(e.lw(k)); noun != "" && !strings.HasSuffix(e.lw(k), noun) && !strings.HasSuffix(e.lw(k), noun+"s") {
			return // a plural ("Regionen Südostasiens") names no one thing
		}
		kind, start := e.classKind(k), k
		if !e.de && e.isWord(k-1) {
			if _, k2, ok2 := e.lx.classify(e.lw2(k)); ok2 {
				start = k - 1 // "news agency", "grape variety"
				if kind == "" {
					kind = kindNames[k2]
				}
			}
		}
		if kind != "" {
			l := e.extendLeft(start)
			e.addKindDef(o.a, l, k, kind)
			return
		}
	}
	if !e.de && !e.is(o.t, wDemonym) && !possessive(e.lw(o.t)) && !e.placeModifier(o) {
		// "the Wagner mercenary group", "Russia's Tass news agency"
		for t := o.t + 1; t <= o.t+3 && e.isLower(t); t++ {
			kind := e.lx.classifierKind(e.lw(t))
			if t > o.t+1 {
				if k2 := e.lx.classifierKind(e.lw2(t)); k2 != 0 {
					kind = k2
				}
			}
			if kind != 0 {
				e.addKindDef(o.a, o.t+1, t, kindNames[kind])
				return
			}
			if e.is(t, wStop|wVerb) {
				return
			}
		}
	}
}

// placeModifier reports whether the name of occurrence o is a place that
// only says where the thing named after it is: "the Denver software
// company", "the Lyon football club" describe a company and a club, not
// the city.
func (e *engine) placeModifier(o occ) bool {
	return o.a.kind == "place" || e.placeLen(o.s) == o.t-o.s+1
}

// location handles "Khasan, etwa 127 km (79 Meilen) südlich von
// Wladiwostok,": a place given by distance and direction from another.
func (e *engine) location(o occ) {
	k := o.t + 1
	if !e.punct(k, ",") {
		return
	}
	m := k + 1
	if e.isWord(m) && e.is(m, wApprox) {
		m++
	}
	if !e.isWord(m) || e.toks[m].flags&fDigit == 0 {
		return
	}
	if !e.isWord(m+1) || !e.is(m+1, wUnit) {
		return
	}
	var b strings.Builder
	depth := 0
	for p := k + 1; p < len(e.toks) && p-k < 16; p++ {
		if e.punct(p, "(") {
			depth++
			continue
		}
		if e.punct(p, ")") {
			depth--
			continue
		}
		if depth > 0 {
			continue
		}
		if !e.isWord(p) {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(e.w(p))
		if e.is(p, wDirection) && e.isWord(p+1) && (e.lw(p+1) == "von" || e.lw(p+1) == "of") && e.isCap(p+2) {
			b.WriteString(" " + e.w(p+1) + " " + e.w(p+2))
			e.addDef(o.a, e.lx.placeword+" "+b.String(), scoreLocation, e.toks[k+1].start, false, "place")
			return
		}
	}
}

// headGloss defines a foreign-language organisation name by its head word
// and what the text says around it: "am südkoreanischen Asian Institute
// for Policy Studies" gives "südkoreanisches Institut"; "Korea Research
// Institute for National Strategy in Seoul" gives "Institut in Seoul".
func (e *engine) headGloss(o occ) {
	if o.a.cls != cSeq {
		return
	}
	gloss, head := "", -1
	for k := o.t; k >= o.s; k-- {
		if g := e.lx.orgHead(e.lw(k)); g != "" && e.isCap(k) {
			gloss, head = g, k
			break
		}
	}
	if gloss == "" {
		return
	}
	noun, gender, _ := strings.Cut(gloss, " ")
	adj := ""
	if p := o.s - 1; e.de && e.isLower(p) && adjectiveEnding(e.lw(p)) && !e.is(p, wStop) {
		adj = inflectAdj(e.lw(p), gender)
	}
	where := ""
	if e.isLower(o.t+1) && e.lw(o.t+1) == "in" {
		p := o.t + 2
		if e.isLower(p) && !e.is(p, wStop) && e.isCap(p+1) {
			p++ // "in western-central Germany"
		}
		if e.isCap(p) && !e.isCap(p+1) && !e.is(p, wStop) {
			where = " in " + e.span(o.t+2, p)
		}
	}
	if !e.de && head-o.s >= 2 {
		// "Urban-Brookings Tax Policy Center": the words before the head
		// that follow the name's first say what kind ("tax policy centre")
		mods := ""
		for k := o.s + 1; k < head; k++ {
			if !e.isCap(k) || e.is(k, wStop|wDemonym) || strings.ContainsAny(e.w(k), "-’'") || e.is(k, wGiven) {
				mods = ""
				continue
			}
			if e.lx.orgHead(e.lw(k)) != "" || e.is(k, wInstitution) {
				mods = "" // "Johns Hopkins University Hospital": a name, not a kind
				break
			}
			mods += strings.ToLower(e.w(k)) + " "
		}
		if mods != "" && where != "" {
			noun = mods + noun
		}
	}
	if p := o.s - 1; !e.de && where == "" && e.isLower(p) && possessive(e.lw(p)) && e.isLower(p-1) && e.is(p-1, wDeterminer) {
		// "the city’s Department of Design and Construction": whose
		w := e.w(p)
		if strings.HasSuffix(w, "'s") {
			where = " of the " + w[:len(w)-2]
		} else {
			where = " of the " + strings.TrimSuffix(w, "’s")
		}
	}
	if adj == "" && where == "" {
		return
	}
	d := noun + where
	if adj != "" {
		d = adj + " " + d
	}
	kind := "organization"
	if e.lx.classifierKind(e.lw(head)) == kindIndex("place") {
		kind = "place"
	}
	e.addDef(o.a, d, scoreHead, e.toks[o.s].start, false, kind)
}

// seatBefore defines an organisation by its kind and the place the text
// says it is based in, just before its name: "der in Stuttgart ansässige
// Verein zur Förderung X" gives "Verein in Stuttgart", "the Leeds-based
// Institute for Coastal Studies" gives "institute based in Leeds". The kind
// is the name's own first kind word (Verein, Stiftung, institute).
func (e *engine) seatBefore(o occ) {
	if o.a.cls != cSeq {
		return
	}
	head := -1
	for k := o.s; k <= o.t; k++ {
		if e.isCap(k) && (e.isClassifier(k) || e.isInstitution(k) || e.lx.orgHead(e.lw(k)) != "") {
			head = k
			break
		}
	}
	if head < 0 {
		return
	}
	p := o.s - 1
	if e.de {
		// "in Stuttgart ansässige", "in Köln beheimateten"
		lw := e.lw(p)
		if !e.isLower(p) || !(strings.HasPrefix(lw, "ansässig") || strings.HasPrefix(lw, "beheimatet")) ||
			!e.isCap(p-1) || e.is(p-1, wStop|wCommon) || !e.isLower(p-2) || e.lw(p-2) != "in" || !e.samePara(p-2, o.s) {
			return
		}
		e.addDef(o.a, e.w(head)+" in "+e.w(p-1), scoreHead, e.toks[p-2].start, false, "organization")
		return
	}
	// "the Leeds-based Institute …"
	w := e.w(p)
	place, ok := strings.CutSuffix(w, "-based")
	if !e.isCap(p) || !ok || place == "" || !e.samePara(p, o.s) {
		return
	}
	e.addDef(o.a, strings.ToLower(e.w(head))+" based in "+place, scoreHead, e.toks[p].start, false, "organization")
}

// knownAs ties two names of one thing to each other: "the Spätburgunder,
// otherwise known as Pinot Noir", "der Spätburgunder, auch Pinot Noir
// genannt". Each is defined as also known as the other.
func (e *engine) knownAs(o occ) {
	k := o.t + 1
	if !e.punct(k, ",") {
		return
	}
	k++
	if e.isLower(k) && (e.lw(k) == "otherwise" || e.lw(k) == "also" || e.lw(k) == "auch") {
		k++
	}
	de := false
	switch {
	case !e.de && e.isLower(k) && e.lw(k) == "known" && e.isLower(k+1) && e.lw(k+1) == "as":
		k += 2
	case e.de && e.isLower(k-1) && e.lw(k-1) == "auch":
		de = true
	default:
		return
	}
	if e.isLower(k) && e.lw(k) == "the" {
		k++
	}
	var y *article
	if p, ok := e.occStarting(k); ok && p.a != o.a && p.a.cls != cAcronym {
		y, k = p.a, p.t+1
	}
	if y == nil || de && (!e.isLower(k) || e.lw(k) != "genannt") {
		return
	}
	if !e.isPunct(k) && !de {
		return
	}
	if e.de {
		e.addDef(o.a, "auch "+y.key+" genannt", scoreHead+2, e.toks[o.t].start, false, "")
		e.addDef(y, "auch "+o.a.key+" genannt", scoreHead+2, e.toks[o.t].start, false, "")
		return
	}
	e.addDef(o.a, "also known as "+y.key, scoreHead+2, e.toks[o.t].start, false, "")
	e.addDef(y, "also known as "+o.a.key, scoreHead+2, e.toks[o.t].start, false, "")
}

// purposeHead defines a German name whose head is a kind of
// organisation by what follows it: "Henning-Kaufmann-Stiftung zur Pflege
// der Reinheit der deutschen Sprache" gives "Stiftung zur Pflege der
// Reinheit der deutschen Sprache".
func (e *engine) purposeHead(o occ) {
	if !e.de || o.s != o.t {
		return
	}
	w := e.w(o.t)
	h := strings.LastIndexByte(w, '-')
	if h < 0 || h+1 >= len(w) {
		return
	}
	head := w[h+1:]
	lh := strings.ToLower(head)
	if e.lx.classifierKind(lh) == 0 && !e.in(lh, wInstitution) {
		return
	}
	k := o.t + 1
	if !e.isLower(k) || (e.lw(k) != "zur" && e.lw(k) != "zum" && e.lw(k) != "für") {
		return
	}
	end := k
	for end+1 < len(e.toks) && e.isWord(end+1) && end-k < 10 && e.samePara(k, end+1) {
		end++
	}
	if end == k || !e.isCap(end) {
		return
	}
	e.addDef(o.a, head+" "+e.span(k, end), scoreHead+2, e.toks[o.s].start, false, "organization")
}

// inflectAdj gives a German adjective the strong ending for a noun of the
// gender ("m", "f", "n") without article: "südkoreanischen" + n →
// "südkoreanisches".
func inflectAdj(adj, gender string) string {
	stem := adj
	for _, s := range [...]string{"en", "em", "er", "es", "e"} {
		if strings.HasSuffix(stem, s) {
			stem = stem[:len(stem)-len(s)]
			break
		}
	}
	switch gender {
	case "m":
		return stem + "er"
	case "f":
		return stem + "e"
	default:
		return stem + "es"
	}
}

// orgLike reports whether tokens [s, t] contain a word that names an
// organisation or a kind of thing (so the name is not a person's).
func (e *engine) orgLike(s, t int) bool {
	for k := s; k <= t; k++ {
		lw := e.lw(k)
		if e.lx.orgHead(lw) != "" || e.isInstitution(k) || e.isClassifier(k) {
			return true
		}
	}
	return false
}

// predicateDE reports whether the German relative-clause predicate [s, t]
// describes (ending in an adjective like "zuständig" or a noun) rather than
// tells an event ("… abgegangen ist", "… zu verbessern ist").
func (e *engine) predicateDE(s, t int) bool {
	last := e.lw(t)
	if t > s && e.lw(t-1) == "zu" && e.isLower(t) {
		return false
	}
	if e.isLower(t) && strings.Contains(last, "ge") && (strings.HasSuffix(last, "en") || strings.HasSuffix(last, "t")) {
		return false
	}
	if last == "worden" || last == "gewesen" || strings.HasSuffix(last, "iert") {
		return false // passive or perfect: an event
	}
	switch e.lw(s) {
	case "aber", "jedoch", "dann", "dadurch", "daraufhin", "damals", "später", "wiederum", "ebenfalls", "auch", "zudem",
		"selbst", "nun", "inzwischen", "mittlerweile", "übrigens", "offenbar", "angeblich":
		return false // a narrative clause
	}
	return true
}

// pastTenseDE reports whether a German word ending like an adjective is
// more likely a verb in the past tense ("siedelte", "kapitulierte"), which
// stands before a noun only as the verb of a clause.
func pastTenseDE(w string) bool {
	return strings.HasSuffix(w, "te") || strings.HasSuffix(w, "ten")
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// genitiveOfKnown reports whether word k is the genitive of a name the
// knowledge base knows ("Estlands" of "Estland").
func (e *engine) genitiveOfKnown(k int) bool {
	w := e.w(k)
	if !strings.HasSuffix(w, "s") || len(w) < 4 {
		return false
	}
	ix := kbFor(e.lang)
	for _, ref := range ix.names[w[:len(w)-1]] {
		if len(ref.toks) == 1 {
			return true
		}
	}
	return false
}

// hasKindNoun reports whether one of the words [s, t] names a kind of
// person or thing: a role, a classifier, an institution.
func (e *engine) hasKindNoun(s, t int) bool {
	for k := s; k <= t; k++ {
		if e.isRole(k) || e.isClassifier(k) || e.isInstitution(k) {
			return true
		}
	}
	return false
}

// nominative returns the apposition [s, t] as text, turned from the
// German feminine dative into the nominative where that is unambiguous:
// "einer in London ansässigen Denkfabrik" reads "eine in London ansässige
// Denkfabrik" in a definition. Anything else is returned as written.
func (e *engine) nominative(s, t int) string {
	text := e.span(s, t)
	if e.de && e.lw(s) == "der" && e.isLower(s+1) && strings.HasSuffix(e.lw(s+1), "en") && !e.is(s+1, wStop) &&
		(e.isCap(s+2) || e.isLower(s+2) && strings.HasSuffix(e.lw(s+2), "en") && e.isCap(s+3)) {
		// "der größten Stadt im Süden" (feminine dative) reads "die
		// größte Stadt im Süden"; a masculine nominative would say
		// "der größte".
		b := e.toks[s].start
		out := "die" + text[len("der"):e.toks[s+1].end-b-1]
		if e.isLower(s + 2) {
			return out + text[e.toks[s+1].end-b:e.toks[s+2].end-b-1] + text[e.toks[s+2].end-b:]
		}
		return out + text[e.toks[s+1].end-b:]
	}
	if e.de && e.lw(s) == "dem" {
		if r := e.roleNominative(s, t, text); r != text {
			return r
		}
	}
	if e.de {
		if r, ok := e.mascNeutNominative(s, t, text); ok {
			return r
		}
	}
	if !e.de || e.lw(s) != "einer" || !e.isWord(s+1) || e.is(s+1, wDeterminer) {
		return text
	}
	// the adjective right before the first noun that follows an adjective
	adj := -1
	for k := s + 1; k <= t; k++ {
		if e.isCap(k) {
			if p := k - 1; p > s && e.isLower(p) && strings.HasSuffix(e.lw(p), "en") && !e.is(p, wStop) {
				adj = p
			}
			if adj >= 0 || !e.is(k-1, wStop) {
				break
			}
		}
	}
	if adj < 0 {
		return text
	}
	a1 := e.toks[adj].end - e.toks[s].start
	// "einer" → "eine", "ansässigen" → "ansässige"
	return "eine" + text[len("einer"):a1-1] + text[a1:]
}

// mascNeutNominative turns a German masculine or neuter apposition in
// the dative or genitive into the nominative: "einem anerkannten
// Grammatiker" reads "anerkannter Grammatiker" (a role, without its
// article, as role definitions read), "eines Verbandes zur Förderung …"
// "ein Verband zur Förderung …", "dem größten Hafen des Landes" "der
// größte Hafen des Landes", "Russlands wichtigstem Startzentrum"
// "Russlands wichtigstes Startzentrum". The gender of a noun that is not
// a person's role comes from the list of neuter heads (else masculine).
// ok is false for any other phrase.
func (e *engine) mascNeutNominative(s, t int, text string) (string, bool) {
	art := e.lw(s)
	k := s + 1
	adjEnd := "en"
	switch art {
	case "einem", "eines", "dem", "des":
	default:
		if !e.isCap(s) || !strings.HasSuffix(e.lw(s), "s") || e.is(s, wStop) || !e.isLower(s+1) || !strings.HasSuffix(e.lw(s+1), "em") {
			return "", false
		}
		art, adjEnd = "", "em"
	}
	var adjs []int
	for k <= t && e.isLower(k) && strings.HasSuffix(e.lw(k), adjEnd) && len(e.lw(k)) > len(adjEnd)+2 && !e.is(k, wStop) {
		adjs = append(adjs, k)
		k++
	}
	place := -1
	if k < t && e.isCap(k) && e.isCap(k+1) && strings.HasSuffix(e.lw(k), "er") && !e.isRole(k) && !e.nounLikeAt(k) {
		place = k // "dem Kieler Anwalt": a place adjective keeps its form
		k++
	}
	if k > t || !e.isCap(k) || art == "" && len(adjs) == 0 {
		return "", false
	}
	noun, lnoun := e.w(k), e.lw(k)
	role := e.roleHead(lnoun) || e.singularRole(k) != noun
	if role {
		noun = e.singularRole(k)
		if strings.HasSuffix(noun, "en") && e.in(strings.ToLower(noun[:len(noun)-1])+"r", wRole) {
			noun = noun[:len(noun)-1] + "r" // "Vorsitzenden" → "Vorsitzender"
		}
	} else if art == "eines" || art == "des" {
		for _, g := range [...]string{"es", "s"} {
			if st := strings.TrimSuffix(lnoun, g); st != lnoun && len(st) > 3 && (e.lx.nounLike(st) || e.neuter(st) || e.lx.classifierKind(st) != 0) {
				noun = noun[:len(noun)-len(g)]
				break
			}
		}
	}
	neuter := !role && e.neuter(strings.ToLower(noun))
	b := e.toks[s].start
	var out strings.Builder
	switch {
	case art == "":
		out.WriteString(e.w(s) + " ")
	case role:
	case art == "einem" || art == "eines":
		out.WriteString("ein ")
	case neuter:
		out.WriteString("das ")
	default:
		out.WriteString("der ")
	}
	for _, a := range adjs {
		w := e.w(a)
		stem := w[:len(w)-len(adjEnd)]
		switch {
		case art == "dem" || art == "des":
			if role {
				stem += "er"
			} else {
				stem += "e" // "der größte Hafen", "das größte Dorf"
			}
		case neuter:
			stem += "es"
		default:
			stem += "er"
		}
		out.WriteString(stem + text[e.toks[a].end-b:e.toks[a+1].start-b])
	}
	if place >= 0 {
		out.WriteString(e.w(place) + " ")
	}
	out.WriteString(noun)
	out.WriteString(text[e.toks[k].end-b:])
	return out.String(), true
}

// neuter reports whether the German noun w (lower case) is neuter, by the
// list of neuter heads.
func (e *engine) neuter(w string) bool {
	h, _ := e.lx.formHead(w, wNeuter)
	return h != "" && strings.HasSuffix(w, h)
}

// roleNominative turns a German masculine dative role, "dem Vorsitzenden
// des Komitees" or "dem russischen Präsidenten", into the nominative
// without the article, as the other role definitions read: "Vorsitzender
// des Komitees", "russischer Präsident". The adjectives take the strong
// ending "-er", and the role noun the form the role list has
// ("Vorsitzender", "Sprecher", "Experte", "Präsident"). Only a person's
// role: a "dem" before any other noun (neuter or not) is returned as
// written, as is anything the list cannot confirm.
func (e *engine) roleNominative(s, t int, text string) string {
	k := s + 1
	for k <= t && e.isLower(k) && strings.HasSuffix(e.lw(k), "en") && !e.is(k, wStop) {
		k++
	}
	if k > t || !e.isCap(k) {
		return text
	}
	w := e.w(k)
	noun := ""
	if strings.HasSuffix(w, "en") {
		for _, c := range [...]string{w[:len(w)-1] + "r", w[:len(w)-1], w[:len(w)-2]} { // Vorsitzender, Experte, Präsident
			if e.in(strings.ToLower(c), wRole) {
				noun = c
				break
			}
		}
	} else if e.in(strings.ToLower(w), wRole) {
		noun = w // Sprecher, Minister
	}
	if noun == "" {
		return text
	}
	b := e.toks[s].start
	out := ""
	for j := s + 1; j < k; j++ {
		out += e.w(j)[:len(e.w(j))-1] + "r" + text[e.toks[j].end-b:e.toks[j+1].start-b]
	}
	return out + noun + text[e.toks[k].end-b:]
}

// hasNoun reports whether one of the words [s, t] is capitalised.
func (e *engine) hasNoun(s, t int) bool {
	for k := s; k <= t; k++ {
		if e.isCap(k) {
			return true
		}
	}
	return false
}
