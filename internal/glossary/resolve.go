package glossary

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Resolution: from names and mined definitions to entries and mentions.

// source of a name in the dictionaries.
type source uint8

const (
	srcSite source = iota
	srcArticle
	srcKB
)

// nameRef is one name of an entry, split into tokens as the engine splits
// text (nameTokens).
type nameRef struct {
	toks  []string
	src   source
	idx   int  // index into the source's entries
	short bool // a short form ("Nixey", "Sicherheitsrat")
}

// dict maps the first token of a name to its names.
type dict map[string][]nameRef

func (d dict) add(name string, src source, idx int, short bool) {
	toks := nameTokens(name)
	if len(toks) == 0 || len(toks) > 12 {
		return
	}
	d[toks[0]] = append(d[toks[0]], nameRef{toks: toks, src: src, idx: idx, short: short})
}

// prefixSet is a filter over the first bytes of names: a word whose
// prefix is not in it starts no name, and the dictionaries need not be
// asked. Names of three bytes or more are kept by their first three
// bytes, shorter ones ("UN", "G7") by all of theirs, in a second table, so
// that "UNs" and "UN-Sicherheitsrat" still find "UN". False positives are
// fine.
type prefixSet struct {
	long, short [1 << 16 / 64]uint64
}

func prefixHash(s string, n int) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s) && i < n; i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h & (1<<16 - 1)
}

func (p *prefixSet) add(s string) {
	if len(s) >= 3 {
		h := prefixHash(s, 3)
		p.long[h/64] |= 1 << (h % 64)
		return
	}
	h := prefixHash(s, 2)
	p.short[h/64] |= 1 << (h % 64)
}

func (p *prefixSet) has(s string) bool {
	if len(s) >= 3 {
		if h := prefixHash(s, 3); p.long[h/64]&(1<<(h%64)) != 0 {
			return true
		}
	}
	h := prefixHash(s, 2)
	if len(s) < 2 {
		h = prefixHash(s, 1)
	}
	return p.short[h/64]&(1<<(h%64)) != 0
}

// addDict adds the first tokens of every name of d.
func (p *prefixSet) addDict(d dict) {
	for k := range d {
		p.add(k)
	}
}

// kbIndex is the knowledge base seen from one language.
type kbIndex struct {
	entries []Entry
	facts   [][]kbFact // per entry
	names   dict
	// derived holds names made from a name with a classifier noun:
	// "Wagner" from "Wagner-Gruppe" and "Söldnergruppe Wagner". They are
	// used only after the full name, or when the text defines them.
	derived dict
	ids     map[string]bool
	// folded maps one-word names in lower case to their entry, when no
	// other one-word name folds the same way
	folded map[string]nameRef
	// prefixes of names and derived
	prefixes prefixSet
	// lower: some name starts with a lower-case letter ("dpa"), so the
	// scan must look at lower-case words too
	lower bool
}

var (
	kbOnce [2]sync.Once // per langIndex
	kbIdx  [2]*kbIndex
)

// kbFor returns the knowledge-base index of lang ("de" or "en"), built on
// first use from the knowledge-base file's blob (kbBlob): the entries and
// their usable names, tokenised and checked at build time (data/kb.bin), so that the first article a
// reader opens pays for slicing one string and a few map inserts, not for
// parsing the knowledge base's files and the lexicon's checks.
func kbFor(lang string) *kbIndex {
	li := langIndex(lang)
	kbOnce[li].Do(func() {
		g := decodeKB(kbBlob(li))
		ix := &kbIndex{entries: g.entries, facts: g.facts, names: make(dict, len(g.names)), derived: make(dict, len(g.derived)), ids: make(map[string]bool, len(g.entries))}
		for _, e := range g.entries {
			ix.ids[e.ID] = true
		}
		for _, n := range g.names {
			ix.names[n.toks[0]] = append(ix.names[n.toks[0]], nameRef{toks: n.toks, src: srcKB, idx: int(n.idx)})
			if r, _ := utf8.DecodeRuneInString(n.toks[0]); unicode.IsLower(r) {
				ix.lower = true
			}
		}
		for _, n := range g.derived {
			ix.derived[n.toks[0]] = append(ix.derived[n.toks[0]], nameRef{toks: n.toks, src: srcKB, idx: int(n.idx), short: true})
		}
		ix.folded = map[string]nameRef{}
		clash := map[string]bool{}
		for _, n := range g.names {
			if len(n.toks) != 1 {
				continue
			}
			l := strings.ToLower(n.toks[0])
			if old, ok := ix.folded[l]; ok && old.idx != int(n.idx) {
				clash[l] = true
			}
			ix.folded[l] = nameRef{toks: n.toks, src: srcKB, idx: int(n.idx)}
		}
		for l := range clash {
			delete(ix.folded, l)
		}
		ix.prefixes.addDict(ix.names)
		ix.prefixes.addDict(ix.derived)
		kbIdx[li] = ix
	})
	return kbIdx[li]
}

// kbGenLang is the knowledge base seen from one language.
type kbGenLang struct {
	entries []Entry
	facts   [][]kbFact // per entry, its dated facts (nil when it has none)
	names   []kbName   // usable names, in entry order
	derived []kbName   // names without their classifier noun ("Wagner")
}

// kbFact is a dated fact of an entry in one language (kb.Fact).
type kbFact struct {
	since, until string // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; until "" while it holds
	text         string
}

// holds reports whether the fact holds on ref ("YYYY-MM-DD"); on an
// unknown date ("") the facts that still hold do.
func (f kbFact) holds(ref string) bool {
	if ref == "" {
		return f.until == ""
	}
	return ref[:len(f.since)] >= f.since && (f.until == "" || ref[:len(f.until)] <= f.until)
}

// definitionAt returns def with the facts that hold on ref: after it,
// or for a person, whose office says most, before it.
func definitionAt(def string, facts []kbFact, ref, kind string) string {
	held := ""
	for _, f := range facts {
		if f.holds(ref) {
			held += " " + f.text
		}
	}
	if held == "" {
		return def
	}
	if kind == "person" {
		return held[1:] + " " + def
	}
	return def + held
}

// validRef returns ref if it is a date "YYYY-MM-DD" (digits and dashes in
// their places), else "".
func validRef(ref string) string {
	if len(ref) != 10 || ref[4] != '-' || ref[7] != '-' {
		return ""
	}
	for i := 0; i < len(ref); i++ {
		if i != 4 && i != 7 && (ref[i] < '0' || ref[i] > '9') {
			return ""
		}
	}
	return ref
}

// kbName is a name of entries[idx], split into tokens.
type kbName struct {
	toks []string
	idx  int32
}

// The separators of a knowledge-base blob, which no knowledge-base text contains (the
// generating test checks): entries are separated by kbEntrySep; an entry's
// fields — ID, Term, Aliases, Kind, Definition, AsOf, Link, names,
// derived names, facts — by kbFieldSep; the items of a list by kbItemSep;
// a name's tokens, and a fact's since, until and text, by kbTokSep.
const (
	kbEntrySep = '\x1e'
	kbFieldSep = '\x1f'
	kbItemSep  = '\x1d'
	kbTokSep   = '\x1c'
	// kbMaxIndexed bounds the index (plus one) a name may be written as:
	// a name that is the entry's term (1) or alias k (1+k) and plain words
	// is written as that one byte instead of its tokens.
	kbMaxIndexed = 0x1b
)

// decodeKB slices a generated blob into entries and names. The strings it
// returns share the blob's memory.
func decodeKB(blob string) kbGenLang {
	var g kbGenLang
	for len(blob) > 0 {
		var rec string
		rec, blob = cut(blob, kbEntrySep)
		var f [10]string
		for i := range f {
			f[i], rec = cut(rec, kbFieldSep)
		}
		idx := int32(len(g.entries))
		g.entries = append(g.entries, Entry{ID: f[0], Term: f[1], Aliases: split(f[2], kbItemSep), Kind: f[3],
			Definition: f[4], Source: "builtin", AsOf: f[5], Link: f[6]})
		var facts []kbFact
		for _, x := range split(f[9], kbItemSep) {
			since, rest := cut(x, kbTokSep)
			until, text := cut(rest, kbTokSep)
			facts = append(facts, kbFact{since: since, until: until, text: text})
		}
		g.facts = append(g.facts, facts)
		toks := func(n string) []string {
			if len(n) == 1 && n[0] <= kbMaxIndexed {
				// the term or an alias, by its index, split at its spaces
				name := f[1]
				if k := int(n[0]) - 1; k > 0 {
					name = split(f[2], kbItemSep)[k-1]
				}
				return split(name, ' ')
			}
			return split(n, kbTokSep)
		}
		for _, n := range split(f[7], kbItemSep) {
			g.names = append(g.names, kbName{toks(n), idx})
		}
		for _, n := range split(f[8], kbItemSep) {
			g.derived = append(g.derived, kbName{toks(n), idx})
		}
	}
	return g
}

// cut returns s up to the first sep and the rest after it.
func cut(s string, sep byte) (string, string) {
	if i := strings.IndexByte(s, sep); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// split splits s at sep; an empty s gives nil.
func split(s string, sep byte) []string {
	if s == "" {
		return nil
	}
	out := make([]string, 0, strings.Count(s, string(sep))+1)
	for {
		i := strings.IndexByte(s, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+1:]
	}
}

// classifierFree returns the name without its classifier noun
// ("Wagner-Gruppe", "Gruppe Wagner" → "Wagner"), or "".
func classifierFree(n string, lx *lexicon) string {
	toks := nameTokens(n)
	if len(toks) == 1 {
		w := toks[0]
		if h := strings.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) {
			if lx.classifierKind(strings.ToLower(w[h+1:])) != 0 {
				return w[:h]
			}
		}
		return ""
	}
	if len(toks) >= 2 {
		if _, _, ok := lx.classify(strings.ToLower(toks[0])); ok {
			return strings.TrimSpace(n[len(toks[0]):])
		}
	}
	return ""
}

// usableName rejects names that would match ordinary words: empty ones
// and single listed stop words or common nouns. Lower-case names are
// usable: the knowledge base lists them on purpose ("dpa", "von der
// Leyen", "al-Qaida"), and they match only as written.
func usableName(n string, lx *lexicon) bool {
	toks := nameTokens(n)
	if len(toks) == 0 {
		return false
	}
	if len(toks) == 1 && !acronymShape(toks[0]) {
		// an acronym ("WHO", "IT") matches only as written, in capitals
		if lx.class(strings.ToLower(toks[0]))&(wStop|wCommon) != 0 {
			return false
		}
	}
	return true
}

// entryState is an entry during resolution.
type entryState struct {
	Entry
	full  int // mentions by a full name (for ambiguous short forms)
	used  bool
	name  int      // index plus one of its Name in listNames, 0 for none
	words []string // tokens of the term
}

type resolver struct {
	e      *engine
	site   []*entryState
	art    []*entryState
	kb     []*entryState // lazily filled, parallel to kbIndex.entries
	kbix   *kbIndex
	ref    string  // Options.Ref, checked
	names  [3]dict // per source
	shorts dict
	ids    map[string]bool
	// lowerNames is set when a site or knowledge-base name starts with a
	// lower-case letter, so that the scan must look at lower-case words too.
	lowerNames          bool
	fullOnly, withShort []dict
	prefixes            prefixSet // of every name in every dictionary
	// bySurname holds up to three names of possible people per last word
	// (sharedSurname), made on first use.
	bySurname map[string][]string
}

func (e *engine) resolve() Result {
	rv := &resolver{e: e, kbix: kbFor(e.lang), ref: validRef(e.opt.Ref), ids: map[string]bool{}}
	rv.names[srcSite] = dict{}
	rv.names[srcArticle] = dict{}
	rv.names[srcKB] = rv.kbix.names
	rv.kb = make([]*entryState, len(rv.kbix.entries))
	rv.lowerNames = rv.kbix.lower
	var site []Entry
	if e.opt.Site != nil {
		site = e.opt.Site.Entries(e.lang)
	}
	for _, se := range site {
		i := len(rv.site)
		rv.site = append(rv.site, &entryState{Entry: se})
		rv.ids[se.ID] = true
		for _, n := range append([]string{se.Term}, se.Aliases...) {
			rv.names[srcSite].add(n, srcSite, i, false)
			if r, _ := utf8.DecodeRuneInString(n); unicode.IsLower(r) {
				rv.lowerNames = true
			}
		}
	}
	rv.articleEntries()
	rv.prefixes = rv.kbix.prefixes
	rv.prefixes.addDict(rv.names[srcSite])
	rv.prefixes.addDict(rv.names[srcArticle])
	return rv.mark()
}

// lookupName finds the entry a whole name (as written, or without an
// inflection ending) belongs to, site first, then the knowledge base.
func (rv *resolver) lookupName(name string) *entryState {
	forms := []string{name}
	for _, s := range rv.e.lx.inflect {
		if len(name) > len(s)+2 && strings.HasSuffix(name, s) {
			forms = append(forms, name[:len(name)-len(s)])
		}
	}
	toks := make([][]string, len(forms))
	for i, f := range forms {
		toks[i] = nameTokens(f)
	}
	for _, d := range []dict{rv.names[srcSite], rv.names[srcKB], rv.kbix.derived} {
		for _, toks := range toks {
			if len(toks) == 0 {
				continue
			}
			for _, ref := range d[toks[0]] {
				if slices.Equal(ref.toks, toks) {
					return rv.entry(ref)
				}
			}
		}
	}
	// "Tass" for "TASS": a one-word name that differs in case only
	if !strings.Contains(name, " ") {
		if ref, ok := rv.kbix.folded[strings.ToLower(name)]; ok {
			return rv.entry(ref)
		}
	}
	return nil
}

// entry returns the state of the entry a name refers to.
func (rv *resolver) entry(ref nameRef) *entryState {
	switch ref.src {
	case srcSite:
		return rv.site[ref.idx]
	case srcArticle:
		return rv.art[ref.idx]
	}
	p := &rv.kb[ref.idx]
	if *p == nil {
		es := &entryState{Entry: rv.kbix.entries[ref.idx]}
		es.Aliases = append([]string(nil), es.Aliases...)
		es.Definition = definitionAt(es.Definition, rv.kbix.facts[ref.idx], rv.ref, es.Kind)
		*p = es
	}
	return *p
}

// articleEntries turns the names the text defines into entries, merging
// them with site and knowledge-base entries of the same name.
func (rv *resolver) articleEntries() {
	e := rv.e
	// An acronym's expansion is an alias of the acronym, not an entry of
	// its own; its descriptions describe the acronym.
	expandedBy := map[*article]*article{}
	for _, a := range e.arts {
		if a.cls != cAcronym {
			continue
		}
		if d, ok := best(a.defs); ok && d.alias {
			if x := e.artKey[d.text]; x != nil && x != a {
				expandedBy[x] = a
			}
		}
	}
	merged := rv.mergeSurnames()
	// Inflected forms ("McClellans") of a defined name join its entry
	// once it has one.
	var inflected []*article
	for _, a := range e.arts {
		if len(a.defs) == 0 {
			continue
		}
		if _, ok := expandedBy[a]; ok || merged[a] {
			continue
		}
		if _, ok := best(a.defs); !ok {
			continue // only bare titles: left to the knowledge base
		}
		if a.cls == cWord && a.first&wGiven != 0 && a.first&wSurnameLead == 0 {
			continue // a first name alone ("his father Gerhard") names no one for sure
		}
		if a.cls != cAcronym && rv.inflectionOfArt(a) != nil {
			inflected = append(inflected, a)
			continue
		}
		d, _ := chooseDef(a)
		def := d.text
		var aliases []string
		if d.alias {
			// An expansion, plus what the text says the thing is, about
			// the expansion or the acronym itself.
			aliases = append(aliases, d.text)
			var more []definition
			if x := e.artKey[d.text]; x != nil {
				more = append(more, x.defs...)
			}
			for _, o := range a.defs {
				if !o.alias {
					more = append(more, o)
				}
			}
			if xd, ok := best(more); ok && xd.text != d.text {
				def += " – " + xd.text
			}
		}
		kind := e.kindOf(a)
		if es := rv.lookupName(a.key); es != nil {
			// A bare kind ("Nachrichtenagentur") says less than the
			// knowledge base; a real description from the text says more.
			knownExpansion := d.alias && def == d.text && (es.Term == d.text || slices.Contains(es.Aliases, d.text))
			if es.Source == "builtin" && ((d.score <= scoreClassifier || d.score == scoreRole && es.Kind == "person" || e.verbLed(def)) && !d.alias || knownExpansion) {
				// the knowledge base says more: what the text calls a kind
				// or a role, what it only says the thing does ("which
				// maintains 4,300 miles of gas mains"), or only spells out
				// as the base does ("ICC")
				rv.addArticleNames(es, []string{a.key})
				continue
			}
			if es.Source != "site" {
				es.Definition, es.Source, es.AsOf = def, "article", ""
				for _, al := range aliases {
					if !slices.Contains(es.Aliases, al) && al != es.Term {
						es.Aliases = append(es.Aliases, al)
					}
				}
			}
			rv.addArticleNames(es, append(aliases, a.key))
			continue
		}
		i := len(rv.art)
		es := &entryState{Entry: Entry{
			ID: rv.newID(a.key), Term: a.key, Aliases: aliases, Kind: kind,
			Definition: def, Source: "article",
		}}
		if r, _ := utf8.DecodeRuneInString(a.key); unicode.IsLower(r) {
			rv.lowerNames = true // "iPhone", "o2"
		}
		rv.art = append(rv.art, es)
		rv.names[srcArticle].add(a.key, srcArticle, i, false)
		for _, al := range aliases {
			if r, _ := utf8.DecodeRuneInString(al); !unicode.IsLower(r) {
				// a lower-case expansion ("trichloroethylene") is a word, not
				// a name to mark
				rv.names[srcArticle].add(al, srcArticle, i, false)
			}
		}
	}
	for _, a := range inflected {
		b := rv.inflectionOfArt(a)
		es := rv.exactEntry(b.key)
		if es == nil {
			es = rv.lookupName(b.key)
		}
		if es != nil {
			rv.addArticleNames(es, []string{a.key})
		}
	}
}

// verbLed reports whether a definition starts with a verb: it says what
// the name does ("maintains …", "leitet …"), not what it is.
func (e *engine) verbLed(def string) bool {
	w, _, _ := strings.Cut(def, " ")
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && e.in(strings.ToLower(w), wDefverb|wVerb)
}

// kindOf returns the kind of a name the text talks about: what its
// definitions said, else what its words say.
func (e *engine) kindOf(a *article) string {
	if a.kind != "" && a.kind != "other" {
		return a.kind
	}
	first := strings.ToLower(a.words[0])
	last := strings.ToLower(a.words[len(a.words)-1])
	orgEnd := e.lx.orgHead(last) != "" || e.in(last, wInstitution|wLegalForm)
	switch {
	case a.person || a.cls == cSeq && e.in(first, wGiven|wSurnameLead) && !orgEnd:
		// a given name first, unless the name ends as an organisation's
		// ("Harry S. Truman Library", "Ben Franklin Stores Inc")
		return "person"
	case orgEnd || a.cls == cAcronym || a.cls == cInst:
		return "organization"
	}
	return "other"
}

// mergeSurnames gives the definitions the text gives a person by the
// family name alone ("Albers, einem anerkannten Grammatiker") to the one
// person of the text with that family name ("Peter Albers"), so that the
// person has one entry; it returns the merged short names.
func (rv *resolver) mergeSurnames() map[*article]bool {
	e := rv.e
	// "Dr. Barnett Slepian", "Mrs. Ada Quell": an honorific says a person
	honored := map[*article]bool{}
	for _, o := range e.occs {
		k := o.s - 1
		if e.punct(k, ".") && e.toks[k].flags&fSpaceBefore == 0 {
			k--
		}
		if e.isCap(k) && e.is(k, wHonorific) {
			honored[o.a] = true
		}
	}
	byShort := map[string][]*article{}
	for _, a := range e.arts {
		if a.cls != cSeq || len(a.words) < 2 || len(a.words) > 4 {
			continue
		}
		if !a.person && a.first&(wGiven|wSurnameLead) == 0 && !honored[a] {
			continue
		}
		short := a.words[len(a.words)-1]
		if a.first&wSurnameLead != 0 && len(a.words) <= 3 {
			short = a.words[0]
		}
		byShort[short] = append(byShort[short], a)
	}
	merged := map[*article]bool{}
	for _, a := range e.arts {
		if a.cls != cWord || len(a.defs) == 0 || a.kind != "" && a.kind != "person" && a.kind != "other" {
			continue // "the Brach family winery" is not Lena Brach
		}
		key := a.key
		full := byShort[key]
		for _, s := range e.lx.inflect {
			if len(full) == 0 && strings.HasSuffix(key, s) && len(key) > len(s)+2 {
				full = byShort[key[:len(key)-len(s)]]
			}
		}
		if len(full) != 1 {
			continue
		}
		p := full[0]
		p.defs = append(p.defs, a.defs...)
		p.person = true
		if p.kind == "" {
			p.kind = "person"
		}
		merged[a] = true
	}
	return merged
}

// sharedSurname reports whether the text names another person by the
// family name short ("Anna Weber" beside "Paul Weber"): the family name
// alone is then no short form of es, which would give one person's
// definition to another.
func (rv *resolver) sharedSurname(es *entryState, short string) bool {
	if es.Kind != "person" {
		return false
	}
	e := rv.e
	if rv.bySurname == nil {
		// the runs of two to four words that may be people, by their last word
		rv.bySurname = map[string][]string{}
		for _, a := range e.arts {
			if a.cls != cSeq || len(a.words) < 2 || len(a.words) > 4 || e.in(strings.ToLower(a.words[0]), wStop|wCommon|wRole|wTitle|wHonorific) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(a.words[0]); !unicode.IsUpper(r) {
				continue
			}
			last := a.words[len(a.words)-1]
			if len(rv.bySurname[last]) < 3 {
				rv.bySurname[last] = append(rv.bySurname[last], a.key)
			}
		}
	}
	for _, k := range rv.bySurname[short] {
		if k != es.Term && !slices.Contains(es.Aliases, k) {
			return true
		}
	}
	return false
}

// exactEntry returns the entry that has name as written, from any
// dictionary, or nil.
func (rv *resolver) exactEntry(name string) *entryState {
	toks := nameTokens(name)
	if len(toks) == 0 {
		return nil
	}
	for _, d := range rv.names {
		for _, ref := range d[toks[0]] {
			if slices.Equal(ref.toks, toks) {
				return rv.entry(ref)
			}
		}
	}
	return nil
}

// inflectionOfArt returns the defined name that a's key inflects, or nil.
func (rv *resolver) inflectionOfArt(a *article) *article {
	for _, s := range rv.e.lx.inflect {
		if len(a.key) > len(s)+2 && strings.HasSuffix(a.key, s) {
			if b := rv.e.artKey[a.key[:len(a.key)-len(s)]]; b != nil && len(b.defs) > 0 {
				return b
			}
		}
	}
	return nil
}

// addArticleNames makes names the text gives a site or KB entry (an
// expansion) find that entry.
func (rv *resolver) addArticleNames(es *entryState, names []string) {
	for _, n := range names {
		if n != es.Term && !slices.Contains(es.Aliases, n) {
			es.Aliases = append(es.Aliases, n)
		}
		if rv.isName(n) {
			continue
		}
		i := len(rv.art)
		rv.art = append(rv.art, es)
		rv.names[srcArticle].add(n, srcArticle, i, false)
	}
}

// best returns the best definition that is not a bare title: highest
// score, then earliest.
func best(defs []definition) (definition, bool) {
	var b definition
	ok := false
	for _, d := range defs {
		if d.bare {
			continue
		}
		if !ok || d.score > b.score || d.score == b.score && d.pos < b.pos {
			b, ok = d, true
		}
	}
	return b, ok
}

// chooseDef returns the definition to show for a name: its best one that
// is not a bare title, led by the bare title the text gives the person
// when it is a description that does not say it ("Senator, a Nevada
// Republican"); ok is false when the text gives only bare titles or
// nothing.
func chooseDef(a *article) (definition, bool) {
	d, ok := best(a.defs)
	if !ok || d.alias || (d.score < scoreRelative || d.score > scoreAppos) && d.score != scoreRole {
		return d, ok
	}
	for _, t := range a.defs {
		if t.bare && t.pos < d.pos && !strings.Contains(strings.ToLower(d.text), strings.ToLower(t.text)) {
			d.text = t.text + ", " + d.text
			break
		}
	}
	return d, true
}

// newID derives a stable, unique, HTML-safe id from a term.
func (rv *resolver) newID(term string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(term) {
		var s string
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			s = string(r)
		case r == 'ä':
			s = "ae"
		case r == 'ö':
			s = "oe"
		case r == 'ü':
			s = "ue"
		case r == 'ß':
			s = "ss"
		case r == 'é' || r == 'è' || r == 'ê':
			s = "e"
		case r == 'á' || r == 'à' || r == 'â':
			s = "a"
		default:
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(s)
		if b.Len() >= 48 {
			break
		}
	}
	id := b.String()
	if id == "" {
		id = "term"
	}
	base := id
	for n := 2; rv.ids[id] || rv.kbHasID(id); n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	rv.ids[id] = true
	return id
}

func (rv *resolver) kbHasID(id string) bool { return rv.kbix.ids[id] }
