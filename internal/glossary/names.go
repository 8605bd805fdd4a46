package glossary

import (
	"sort"
	"strings"
	"unicode"
)

// listNames lists every name once: the entries the scan found (all, in text
// order), then the names the text holds that no entry covers, each at its
// first mention outside noMark where there is one.
func (rv *resolver) listNames(all []match, noMark []Span) []Name {
	e := rv.e
	var out []Name
	at := map[any]int{} // entry or article -> index in out
	covered := make([]Span, 0, len(all))
	put := func(k any, n Name) {
		n.NoMark = overlaps(noMark, n.Start, n.End)
		if i, ok := at[k]; !ok {
			at[k] = len(out)
			out = append(out, n)
		} else if out[i].NoMark && !n.NoMark {
			out[i].Start, out[i].End, out[i].NoMark = n.Start, n.End, false
		}
	}
	for _, m := range all {
		covered = append(covered, Span{Start: m.start, End: m.end})
		if m.tok < 0 {
			continue // a short form: a later mention of a name listed
		}
		n := Name{Start: m.start, End: m.end, Text: e.text[m.start:m.end], Kind: m.es.Kind}
		if m.es.used {
			n.Entry = m.es.ID
		}
		put(m.es, n)
	}
	sort.Slice(covered, func(i, j int) bool { return covered[i].Start < covered[j].Start })
	occs := append([]occ(nil), e.occs...)
	sort.SliceStable(occs, func(i, j int) bool { return occs[i].s < occs[j].s })
	// One capitalised word is a name where it stands as one somewhere: not
	// only at the start of a sentence, nor (German) only after an article
	// or an adjective, where any noun stands. An institution's noun
	// ("Gesundheitsamt") is a name only where the text defines it.
	strong := map[*article]bool{}
	tails := e.compoundTails()
	for _, o := range occs {
		strong[o.a] = strong[o.a] || o.a.cls != cInst && !e.weakName(o, tails) || o.a.cls == cInst && len(o.a.defs) > 0
	}
	words := map[string]bool{} // the words of the names of more than one word
	for _, o := range occs {
		a := o.a
		s, t := e.toks[o.s].start, e.toks[o.t].end
		if o.end > 0 {
			t = o.end
		}
		if i := sort.Search(len(covered), func(i int) bool { return covered[i].End > s }); i < len(covered) && covered[i].Start < t {
			continue
		}
		if _, ok := at[a]; !ok && (!strong[a] || !rv.newName(a, words)) {
			continue
		}
		if len(a.words) > 1 {
			for _, w := range a.words {
				words[w] = true
			}
		}
		put(a, Name{Start: s, End: t, Text: a.key, Kind: e.kindOf(a)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// newName reports whether the name a found in the text is a name of its
// own: not a first name alone, nor a short or inflected form of a longer
// name listed before (words holds their words).
func (rv *resolver) newName(a *article, words map[string]bool) bool {
	if len(a.words) != 1 {
		return true
	}
	w := a.words[0]
	if a.cls == cWord && a.first&wGiven != 0 && a.first&wSurnameLead == 0 {
		return false
	}
	if words[w] {
		return false
	}
	for _, s := range rv.e.lx.inflect {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) && (words[w[:len(w)-len(s)]] || rv.e.artKey[w[:len(w)-len(s)]] != nil) {
			return false
		}
	}
	return true
}

// weakName reports whether an occurrence of one word is no evidence that
// it is a name: where any noun may be capitalised (weak, and also after a
// colon or an opening quotation mark, which start a clause), after a
// German preposition fused with its article ("am Steuer"), or (German) a
// word the text also uses as the tail of a hyphenated compound
// ("Fledermaus-Coronaviren"), which only nouns are.
func (e *engine) weakName(o occ, tails map[string]bool) bool {
	if o.a.cls != cWord {
		return false
	}
	if p := e.lw(o.s - 1); e.de && (p == "aus" || p == "nach") && e.isLower(o.s-1) && !tails[e.w(o.s)] {
		return false // "nach Kairo" (standsAsName)
	}
	if e.weak(o) || tails[e.w(o.s)] || e.number(o.s-1) {
		return true // … or after a number: a unit ("20 Percent")
	}
	p := o.s - 1
	switch e.w(p) {
	case ":", "„", "“", "\"", "«", "»", "‚", "‘":
		return true
	case "am", "im", "zum", "zur", "beim", "vom", "ins", "ans":
		return e.de
	}
	return false
}

// compoundTails returns the words after the last hyphen of the German
// compounds of the text whose front is capitalised ("Coronaviren" of
// "Fledermaus-Coronaviren"); nil for English.
func (e *engine) compoundTails() map[string]bool {
	if !e.de {
		return nil
	}
	m := map[string]bool{}
	for i, t := range e.toks {
		if t.kind != tWord || t.flags&fCap == 0 {
			continue
		}
		w := e.w(i)
		if h := strings.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) {
			m[w[h+1:]] = true
		}
	}
	return m
}

// number reports whether token i is a number: digits, no letters.
func (e *engine) number(i int) bool {
	return e.isWord(i) && e.toks[i].flags&fDigit != 0 && strings.IndexFunc(e.w(i), unicode.IsLetter) < 0
}
