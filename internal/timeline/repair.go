package timeline

// Repairs. A label built from the date's clause may still be a fragment:
// a relative clause ("who fell into a crevasse", "die den Brand …
// gelöscht hatte"), a clause whose subject stands in the governing clause
// ("The ferry, delayed by fog, is due …" → "Is due …"), or an English
// prepositional or verbless phrase ("In early trading", "From $11.4
// million", "Anna Weiss"). repair turns these into phrases: the relative
// clause gets the noun it describes as its subject (or keeps its own), an
// English verbless phrase gives way to the nearest clause with a verb and
// a subject; failing that, the label is the sentence without its date
// (cut with "…" by render), which reads better than a fragment.

// repair returns words, or a phrase for the date [ta, tb) of clause ci
// when words are a fragment (see above).
func (l *labeler) repair(words []int, ci, ta, tb int) []int {
	w := l.trim(words)
	if len(w) == 0 {
		return words
	}
	if r := l.relative(words[0], w); r != nil {
		return r
	}
	if !l.verbFirst(w[0]) {
		if l.lx.lang != "en" || l.toks[w[0]].cls&(cPrep|cSubjectDet) != cPrep && (l.hasVerb(w) || len(w) > 6) {
			return words
		}
		// An English phrase without verb, or one that starts with a
		// preposition: the nearest clause with a verb and a subject.
		if m := l.neighbour(ci, true); m != nil {
			return m
		}
	}
	// The sentence without the date and its preposition, dropped tokens
	// and other timeline dates; in German with its subject before a
	// fronted verb. Tokens added by addToken (past len(l.drop)) are no
	// part of it.
	words, fronted := l.content(clause{0, len(l.drop)}, ta, tb)
	return l.subjectFirst(l.trim(words), fronted)
}

// verbFirst reports whether the word at token i is a verb that starts a
// clause without its subject: a lower-case finite auxiliary, an English
// verb (see isVerb) or a German lower-case word that is no function word
// and no adjective ("is scheduled …", "erhielt den …").
func (l *labeler) verbFirst(i int) bool {
	t := &l.toks[i]
	if !t.word || t.upper || l.low(t)[0]-'0' <= 9 {
		return false
	}
	if t.cls&cFinite != 0 {
		return true
	}
	next := &l.toks[min(i+1, len(l.toks)-1)] // t itself at the end
	if t.cls&(functionWords|stopWords|cFiller) != 0 {
		return false
	}
	if l.lx.lang == "de" {
		// an adjective goes before its noun ("italienische Verbände"); a
		// verb in "-te" does not ("scheiterte an …")
		return !(next.upper && l.isAdjective(t))
	}
	// a word in "-ing" before a finite verb is a noun ("ruling was final")
	return next.cls&cFinite == 0 && l.isVerb(t)
}

// isVerb reports whether an English word looks like a verb form: a finite
// auxiliary, a verb of saying, a form of [verb] or a word in "-ed" or
// "-ing".
func (l *labeler) isVerb(t *word) bool {
	w := l.low(t)
	n := len(w)
	return t.cls&(cFinite|cAttribution|cVerb) != 0 || n > 4 && t.cls&functionWords == 0 && (w[n-2:] == "ed" || w[n-3:] == "ing")
}

// hasVerb reports whether an English label has a verb (see isVerb) after
// its first word.
func (l *labeler) hasVerb(words []int) bool {
	for _, i := range words[1:] {
		t := &l.toks[i]
		if t.word && (!t.upper || i == l.lowered) && l.isVerb(t) {
			return true
		}
	}
	return false
}

// relative repairs a label that is a relative clause, its first word a
// [relative] pronoun after a comma: a subject of its own follows, perhaps
// after an adverb ("die der Minister … vorgelegt hatte" → "Der Minister
// hatte vorgelegt"), or the
// capitalised words before the comma are its subject ("Tom Brandt, who
// fell …" → "Tom Brandt fell …"). A German clause, which ends in its verb,
// is put in main-clause order. r is the label's first token, w the label
// trimmed. It returns nil for any other label.
func (l *labeler) relative(r int, w []int) []int {
	t := l.toks
	rest := w
	if w[0] == r {
		rest = w[1:] // trim keeps "der", drops "which"
	}
	if r == 0 || l.str(&t[r-1]) != "," || t[r].cls&cRelative == 0 || len(rest) < 2 || l.lx.lang == "de" && t[w[len(w)-1]].upper {
		return nil
	}
	i, n := r-1, -1 // the antecedent is toks[i:r-1], n words
	if (t[rest[0]].cls|t[rest[1]].cls)&(cSubjectDet|cPronoun) == 0 {
		for i > 0 && r-i <= 5 && t[i-1].upper && t[i-1].cls&stopWords == 0 && t[i-1].expr < 0 {
			i--
		}
		if n = r - 1 - i; n == 0 {
			return nil
		}
	}
	out := append(make([]int, 0, len(w)+6), r) // r is left out by mainOrder
	for ; i < r-1; i++ {
		out = append(out, i)
	}
	out = append(out, rest...)
	if l.lx.lang == "de" {
		return l.mainOrder(out, n)
	}
	return out[1:]
}
