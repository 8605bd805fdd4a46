package glossary

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// possessiveStem returns English text w without its possessive ("Bruce
// Nauman’s neon": the name, and its mark, is "Bruce Nauman"), unless the
// name's own form ends with it ("McDonald's").
func possessiveStem(w, name string) string {
	for _, suf := range [...]string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) && !strings.HasSuffix(name, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// match is one occurrence of a name in the text.
type match struct {
	start, end int // bytes
	tok        int // first token
	para       int32
	es         *entryState
}

// mark finds every mention of every entry, resolves short forms, and
// applies the marking policy.
func (rv *resolver) mark() Result {
	e := rv.e
	first := map[*entryState]int{}
	full := rv.scan(false)
	for _, m := range full {
		m.es.full++
		if _, ok := first[m.es]; !ok {
			first[m.es] = m.start
		}
	}
	rv.shortForms(first)
	all := full
	if rv.needShortScan(first) {
		all = rv.addShortMatches(full)
	}

	if !e.de {
		for i := range all {
			all[i].end = all[i].start + len(possessiveStem(e.text[all[i].start:all[i].end], all[i].es.Term))
		}
	}
	mode := e.opt.Mark
	noMark := cleanSpans(append(e.opt.NoMark, rv.creditSpans()...), len(e.text))
	type key struct {
		es   *entryState
		para int32
	}
	seen := map[key]bool{}
	var res Result
	// (sized once: an Entry is large, and growing the slice copies them)
	res.Entries = make([]Entry, 0, len(first)+len(rv.shorts))
	res.Mentions = make([]Mention, 0, len(all))
	ids := map[string]*entryState{}
	link := cleanSpans(e.opt.Link, len(e.text))
	var inLink []match
	// A link's text is marked only where its paragraph has no other
	// mention of the entry: after all of those, then put in order.
	for i, na := 0, len(all); i < na+len(inLink); i++ {
		var m match
		if i < na {
			m = all[i]
			if m.es.Definition == "" {
				continue
			}
			if fp, ok := first[m.es]; m.es.short(m) && (!ok || m.start < fp) {
				continue
			}
			if overlaps(noMark, m.start, m.end) {
				continue
			}
			if overlaps(link, m.start, m.end) {
				inLink = append(inLink, m)
				continue
			}
		} else {
			m = inLink[i-na]
		}
		if mode != "all" {
			k := key{m.es, m.para}
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		if !m.es.used {
			m.es.used = true
			id := m.es.ID
			for n := 2; ids[id] != nil && ids[id] != m.es; n++ {
				id = m.es.ID + "-" + strconv.Itoa(n)
			}
			m.es.ID = id
			ids[id] = m.es
			ent := m.es.Entry
			ent.Aliases = append([]string(nil), ent.Aliases...)
			res.Entries = append(res.Entries, ent)
		}
		res.Mentions = append(res.Mentions, Mention{Start: m.start, End: m.end, Entry: m.es.ID, Link: i >= na})
	}
	if len(res.Entries) == 0 {
		res.Entries = nil // as without the sizing above
	}
	if len(res.Mentions) == 0 {
		res.Mentions = nil
	}
	// (an insertion sort: a few mentions out of place)
	for i, ms := 1, res.Mentions; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	noMark = cleanSpans(append(noMark, link...), len(e.text))
	res.Names = rv.listNames(all, noMark)
	return res
}

// creditSpans returns the credit lines of pictures in the text ("© Ivo
// Mayr / Correctiv"): from a copyright sign to the end of its paragraph.
// Names there credit a photographer or an agency; they are not marked.
func (rv *resolver) creditSpans() []Span {
	e := rv.e
	var out []Span
	for i, t := range e.toks {
		if t.kind == tPunct && e.w(i) == "©" {
			end := len(e.text)
			for k := i + 1; k < len(e.toks); k++ {
				if e.toks[k].para != t.para {
					end = e.toks[k-1].end
					break
				}
			}
			out = append(out, Span{Start: t.start, End: end})
		}
	}
	return out
}

// short reports whether the match is by a short form only. It is set by
// scan through the shortHit marker.
func (es *entryState) short(m match) bool { return m.tok < 0 }

func overlaps(spans []Span, s, t int) bool {
	for _, sp := range spans {
		if sp.Start < t && s < sp.End {
			return true
		}
		if sp.Start >= t {
			break
		}
	}
	return false
}

// scan matches names left to right, longest first; withShort adds the
// short forms. A match by a short form has tok < 0.
func (rv *resolver) scan(withShort bool) []match {
	e := rv.e
	e.reps.beginScan(len(e.toks))
	defer e.reps.endScan()
	var out []match
	var up [3]byte
	for i := 0; i < len(e.toks); i++ {
		if e.toks[i].kind != tWord || e.toks[i].flags&fLower != 0 && !rv.lowerNames {
			continue // names start with a capital letter or a digit
		}
		if w := e.w(i); !rv.prefixes.has(w) && !(initialsWord(w) && rv.prefixes.has(strings.ReplaceAll(w, ".", ""))) &&
			!(mayFold(w) && rv.prefixes.has(string(upperASCII(&up, w)))) && !(e.toks[i].flags&fHyphen != 0 && rv.prefixes.has(w[lastHyphen(w)+1:])) {
			continue
		}
		if e.toks[i].flags&fAllCaps != 0 && e.toks[i].flags&fHyphen == 0 && !initialsWord(e.w(i)) {
			if _, ok := e.acronymAt(i); !ok {
				continue // a headline word or a dateline
			}
		}
		n, es, short, src := rv.matchAt(i, withShort)
		if es != nil && n == 1 && src == srcKB && rv.insidePerson(i) {
			es = nil // "Nicola Tesla" is not the carmaker
		}
		if es != nil {
			m := match{start: e.toks[i].start, end: e.toks[i+n-1].end, tok: i, para: e.toks[i].para, es: es}
			if n >= 2 && e.isClassifier(i) && e.isCap(i+1) && src == srcKB {
				// "Söldnergruppe Wagner": the classifier describes, the
				// name is marked.
				m.start = e.toks[i+1].start
			}
			if short {
				m.tok = -1
			}
			out = append(out, m)
			i += n - 1
			continue
		}
		// "UN-Sicherheitsrat" without an entry of its own: its longest
		// front that is a name ("Sojus-2" of "Sojus-2-Raketenstartanlage")
		w := e.w(i)
		frontEnd := 0
	fronts:
		for k := lastHyphen(w); k > 0; k = lastHyphen(w[:k]) {
			front := w[:k]
			for _, d := range rv.dicts(withShort) {
				for _, ref := range d[front] {
					if len(ref.toks) == 1 {
						es := rv.entry(ref)
						m := match{start: e.toks[i].start, end: e.toks[i].start + k, tok: i, para: e.toks[i].para, es: es}
						if ref.short {
							m.tok = -1
						}
						out = append(out, m)
						frontEnd = k
						break fronts
					}
				}
			}
		}
		// "Freenet-CEO": an acronym after the last hyphen
		if h := lastHyphen(w); h > 0 && h >= frontEnd {
			_, size := utf8.DecodeRuneInString(w[h:])
			tail := w[h+size:]
			if acronymShape(tail) {
				for _, ref := range rv.names[srcKB][tail] {
					if len(ref.toks) == 1 {
						out = append(out, match{start: e.toks[i].start + h + size, end: e.toks[i].end, tok: i, para: e.toks[i].para, es: rv.entry(ref)})
						break
					}
				}
			}
		}
	}
	return out
}

// lastHyphen returns the byte index of the last hyphen of w ("-",
// U+2010 or U+2011), or -1.
func lastHyphen(w string) int {
	k := strings.LastIndexByte(w, '-')
	if strings.IndexByte(w, 0xe2) < 0 {
		return k // no U+2010 or U+2011 (both start with the byte E2)
	}
	for _, h := range [...]string{"\u2010", "\u2011"} {
		if j := strings.LastIndex(w, h); j > k {
			k = j
		}
	}
	return k
}

// insidePerson reports whether token i is a later word of a longer name
// the text spells out ("Tesla" of "Nicola Tesla", "IT" of "Piracy Guard
// IT Solutions GmbH"), which a one-word name of the knowledge base must
// not take.
func (rv *resolver) insidePerson(i int) bool {
	return i < len(rv.e.inside) && rv.e.inside[i]
}

func (rv *resolver) dicts(withShort bool) []dict {
	if withShort {
		if rv.withShort == nil {
			rv.withShort = []dict{rv.names[srcSite], rv.names[srcArticle], rv.names[srcKB], rv.shorts, rv.kbix.derived}
		}
		return rv.withShort
	}
	if rv.fullOnly == nil {
		rv.fullOnly = []dict{rv.names[srcSite], rv.names[srcArticle], rv.names[srcKB]}
	}
	return rv.fullOnly
}

// addShortMatches adds to the full-name matches the short forms and
// derived names found in the words no full name covers. A short form is
// one word, so it can only be where no full name is.
func (rv *resolver) addShortMatches(full []match) []match {
	e := rv.e
	var p prefixSet
	p.addDict(rv.shorts)
	p.addDict(rv.kbix.derived)
	ds := []dict{rv.shorts, rv.kbix.derived}
	e.reps.beginScan(len(e.toks))
	defer e.reps.endScan()
	out := make([]match, 0, len(full)+8)
	k := 0
	for i := 0; i < len(e.toks); i++ {
		t := e.toks[i]
		for k < len(full) && full[k].end <= t.start {
			out = append(out, full[k])
			k++
		}
		if k < len(full) && full[k].start <= t.start {
			continue // inside a full match
		}
		if t.kind != tWord || t.flags&fLower != 0 && !rv.lowerNames || !p.has(e.w(i)) {
			continue
		}
		if n, es, short, _ := rv.matchAtIn(i, ds); es != nil && n == 1 {
			m := match{start: t.start, end: t.end, tok: i, para: t.para, es: es}
			if short {
				m.tok = -1
			}
			out = append(out, m)
		}
	}
	return append(out, full[k:]...)
}

// matchAt returns the longest name starting at token i: its length in
// tokens and its entry.
func (rv *resolver) matchAt(i int, withShort bool) (int, *entryState, bool, source) {
	return rv.matchAtIn(i, rv.dicts(withShort))
}

// matchAtIn is matchAt over the dictionaries ds, in order of preference.
func (rv *resolver) matchAtIn(i int, ds []dict) (int, *entryState, bool, source) {
	e := rv.e
	w := e.w(i)
	// Within a scan, a word that no dictionary holds in any form is
	// looked up once (wordReps.none): only its following words, which
	// differ from token to token, matter once a dictionary holds it.
	r := -1
	if e.reps.active && e.toks[i].kind == tWord {
		r = e.wordRep(i)
		if e.reps.none[r] == e.reps.pass {
			return 0, nil, false, 0
		}
	}
	held := false // some dictionary holds some form of w
	bestN := 0
	var bestRef nameRef
	try := func(d dict, key string, inflected bool) {
		refs := d[key]
		held = held || len(refs) > 0
		for _, ref := range refs {
			n := len(ref.toks)
			if n <= bestN || inflected && n != 1 {
				continue
			}
			if i+n > len(e.toks) {
				continue
			}
			ok := true
			for k := 1; k < n && ok; k++ {
				t := i + k
				if e.toks[t].para != e.toks[i].para {
					ok = false
					break
				}
				tw := e.w(t)
				if tw == ref.toks[k] {
					continue
				}
				ok = k == n-1 && rv.inflectionOf(tw, ref.toks[k])
			}
			if ok {
				bestN, bestRef = n, ref
			}
		}
	}
	for _, d := range ds {
		try(d, w, false)
	}
	if strings.IndexByte(w, 0xe2) >= 0 && (strings.Contains(w, "\u2010") || strings.Contains(w, "\u2011")) {
		// "DVB‐T2" with another hyphen is the knowledge base's "DVB-T2"
		u := strings.ReplaceAll(strings.ReplaceAll(w, "\u2010", "-"), "\u2011", "-")
		for _, d := range ds {
			try(d, u, false)
		}
	}
	if initialsWord(w) {
		// "U.N. General Assembly" is the knowledge base's "UN General
		// Assembly"
		u := strings.ReplaceAll(w, ".", "")
		for _, d := range ds {
			try(d, u, false)
		}
	}
	for _, s := range e.lx.inflect {
		if len(w) > len(s)+1 && strings.HasSuffix(w, s) {
			for _, d := range ds {
				try(d, w[:len(w)-len(s)], true)
			}
		}
	}
	if bestN == 0 && e.toks[i].flags&fHyphen == 0 || bestN == 0 && strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		// "Nato", "Sars", "o2", "COVID-19": an acronym or a name with
		// digits written in other capitals
		if mayFold(w) {
			if ref, ok := rv.kbix.folded[e.lw(i)]; ok && foldable(w, ref.toks[0]) && !e.is(i, wStop|wCommon) {
				bestN, bestRef = 1, ref
			}
		}
	}
	if bestN == 0 {
		if !held && r >= 0 {
			e.reps.none[r] = e.reps.pass // what decided it reads w alone
		}
		return 0, nil, false, 0
	}
	return bestN, rv.entry(bestRef), bestRef.short, bestRef.src
}

// mayFold reports whether the word w may be an acronym or a name with
// digits written in other capitals: four letters or more, or a digit.
func mayFold(w string) bool {
	return len(w) >= 4 || strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// upperASCII returns the first three bytes of w with ASCII letters in
// upper case, in b: enough for the prefix filter, without allocating (the
// caller converts it to a string that does not escape).
func upperASCII(b *[3]byte, w string) []byte {
	n := copy(b[:], w)
	for i := 0; i < n; i++ {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return b[:n]
}

// foldable reports whether the word w may stand for the knowledge-base
// name n that differs from it in case only: n is an acronym of four
// letters or more, or has a digit ("Nato" for NATO, "o2" for O2).
func foldable(w, n string) bool {
	if w == n {
		return false
	}
	if strings.IndexFunc(n, unicode.IsDigit) >= 0 {
		return true
	}
	return acronymShape(n) && strings.ToUpper(n) == n && utf8.RuneCountInString(n) >= 4
}

// inflectionOf reports whether w is name plus an inflection ending.
func (rv *resolver) inflectionOf(w, name string) bool {
	if !strings.HasPrefix(w, name) {
		return false
	}
	rest := w[len(name):]
	for _, s := range rv.e.lx.inflect {
		if rest == s {
			return true
		}
	}
	return false
}

// shortForms adds the short forms of the entries mentioned in full: a
// person's family name ("Nixey" for "James Nixey", "Jeon" for "Jeon Ha
// Gyu"), and the rest of an acronym compound ("Sicherheitsrat" for
// "UN-Sicherheitsrat"). A short form shared by several entries goes to the
// one the text mentions by far most often, or to none.
func (rv *resolver) shortForms(first map[*entryState]int) {
	lx := rv.e.lx
	cands := map[string][]*entryState{}
	for es := range first {
		var short string
		toks := nameWords(es.Term)
		switch {
		case es.Kind == "person" && len(toks) >= 2 && len(toks) <= 4:
			short = toks[len(toks)-1]
			if lx.class(strings.ToLower(toks[0]))&wSurnameLead != 0 && len(toks) <= 3 {
				short = toks[0]
			}
		case len(toks) == 1:
			w := toks[0]
			if k := strings.IndexByte(w, '-'); k > 0 && acronymShape(w[:k]) && k+1 < len(w) {
				short = w[k+1:]
			}
		}
		if short == "" || lx.class(strings.ToLower(short))&(wStop|wCommon) != 0 {
			continue
		}
		if rv.isName(short) || rv.sharedSurname(es, short) {
			continue
		}
		if !slices.Contains(cands[short], es) {
			cands[short] = append(cands[short], es)
		}
	}
	rv.shorts = dict{}
	defer func() { rv.prefixes.addDict(rv.shorts) }()
	for short, ess := range cands {
		var pick *entryState
		if len(ess) == 1 {
			pick = ess[0]
		} else {
			top, rest := ess[0], 0
			for _, es := range ess[1:] {
				if es.full > top.full {
					top = es
				}
			}
			for _, es := range ess {
				if es != top {
					rest += es.full
				}
			}
			if top.full >= 2 && top.full >= 2*rest {
				pick = top
			}
		}
		if pick == nil {
			continue
		}
		i := len(rv.art)
		rv.art = append(rv.art, pick)
		rv.shorts.add(short, srcArticle, i, true)
	}
}

// isName reports whether s is, as written, a name in a dictionary.
func (rv *resolver) isName(s string) bool {
	toks := nameTokens(s)
	if len(toks) == 0 {
		return false
	}
	for _, d := range rv.names {
		for _, ref := range d[toks[0]] {
			if slices.Equal(ref.toks, toks) {
				return true
			}
		}
	}
	return false
}

// needShortScan reports whether a second scan with short forms can find
// more: there are short forms, or derived names of mentioned entries.
func (rv *resolver) needShortScan(first map[*entryState]int) bool {
	if len(rv.shorts) > 0 {
		return true
	}
	for _, refs := range rv.kbix.derived {
		for _, ref := range refs {
			if es := rv.kb[ref.idx]; es != nil {
				if _, ok := first[es]; ok {
					return true
				}
			}
		}
	}
	return false
}
