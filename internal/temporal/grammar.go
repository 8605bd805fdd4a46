package temporal

import (
	"strconv"
	"strings"

	"github.com/glossline/glossline/internal/text"
	"github.com/glossline/glossline/internal/timex"
)

// The grammar: hand-written recognisers over tokens. Each recogniser takes
// the index of its first token and returns the index after its last token
// (0 when it does not match) and the recognised value. Vocabulary comes from
// the lexicon, and so do the function words the grammar asks for by their
// role (p.fn, the [function] section); only structure lives here.

type parser struct {
	d    *text.Doc
	toks []token
	lx   *lexicon
	de   bool
}

func (p *parser) low(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.word(&p.toks[i])
}

// word returns token t's lower-case form.
func (p *parser) word(t *token) string { return p.d.Lower[t.lo:t.hi] }

// punct reports whether token i is the punctuation s.
func (p *parser) punct(i int, s string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.word(&p.toks[i]) == s
}

// tight reports whether token i exists and touches the token before it.
func (p *parser) tight(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

// gap reports whether token i starts after a paragraph break (expressions
// never cross one).
func (p *parser) broken(i int) bool { return i >= len(p.toks) || p.toks[i].para }

func (p *parser) num(i int) (n, ndig int, ok bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tNum || p.toks[i].num < 0 {
		return 0, 0, false
	}
	return int(p.toks[i].num), int(p.toks[i].ndig), true
}

// fn reports whether token i is a function word of role r (for fnSince
// "seit", "seitdem" or "since", as the vocabulary's [function] section
// lists them).
func (p *parser) fn(i int, r role) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].role(r)
}

// listed reports whether token i starts an entry of class c under key
// (whatever follows; see has for a whole phrase).
func (p *parser) listed(i int, c class, key string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].classes>>c&1 == 0 {
		return false
	}
	t := &p.toks[i]
	return p.lx.listed(t.ent, t.entEnd, c, key)
}

// raw returns token i as written.
func (p *parser) raw(i int) string { return p.d.Text[p.toks[i].start:p.toks[i].end] }

func isDash(s string) bool {
	return s == "-" || s == "–" || s == "—" || s == "‒" || s == "‑" || s == "−"
}

// dash reports whether token i is a dash that touches the token before it.
func (p *parser) dash(i int) bool { return p.tight(i) && isDash(p.word(&p.toks[i])) }

// is reports whether token i is one of the punctuation marks in list (see
// oneOf; words are the vocabulary's, see fn). The grammar uses it even for
// a single mark (p.is(j, ", ")): in wasm, a comparison with a constant
// string compiles to a comparison per byte, and a chain of them to much
// more code than one call with a list. The few checks that run for every
// token compare directly, for speed.
func (p *parser) is(i int, words string) bool { return oneOf(p.low(i), words) }

// oneOf reports whether w is one of words, a list of words each followed by
// one space ("und bis oder "). The empty word is in no list.
func oneOf(w, words string) bool { return wordIndex(w, words) >= 0 }

// wordIndex returns the position of w in words, a list of words each
// followed by one space ("Y M W "), or -1 when w is not in it. The empty
// word is in no list; w must not contain a space.
func wordIndex(w, words string) int {
	for off := 0; w != ""; {
		k := strings.Index(words[off:], w)
		if k < 0 {
			break
		}
		k += off
		if end := k + len(w); (k == 0 || words[k-1] == ' ') && end < len(words) && words[end] == ' ' {
			return strings.Count(words[:k], " ")
		}
		off = k + 1
	}
	return -1
}

// lex matches the longest vocabulary phrase of class at token i.
func (p *parser) lex(i int, c class) (key string, next int) {
	if i < 0 || i >= len(p.toks) {
		return "", 0
	}
	t := &p.toks[i]
	if t.classes>>c&1 == 0 {
		return "", 0
	}
	for pos := int(t.ent); pos < int(t.entEnd); {
		if class(p.lx.blob[pos]&0x7f) != c {
			pos = p.lx.skipEntry(pos)
			continue
		}
		var e entry
		e, pos = p.lx.entryAt(pos)
		j := i + 1
		if e.abbr {
			if p.punct(j, ".") && p.tight(j) {
				j++
			} else if c == cMonth || c == cWeekday {
				if _, _, ok := p.num(j); !ok {
					continue
				}
			}
		}
		if (c == cMonth || c == cWeekday) && !t.upper {
			continue
		}
		ok := true
		for rest := e.rest; rest != ""; {
			var w string
			var abbr bool
			w, abbr, rest = nextWord(rest)
			if p.dash(j) && p.tight(j+1) {
				j++
			}
			if j >= len(p.toks) || p.word(&p.toks[j]) != w || p.toks[j].para {
				ok = false
				break
			}
			j++
			if abbr && p.punct(j, ".") && p.tight(j) {
				j++
			}
		}
		if ok && j > next {
			key, next = e.key, j
		}
	}
	return key, next
}

// has reports whether token i is a word of class (with key when key != "").
func (p *parser) has(i int, c class, key string) bool {
	k, n := p.lex(i, c)
	return n > 0 && (key == "" || k == key)
}

// match finds the longest expression starting at token i.
func (p *parser) match(i int) (int, val) {
	t := &p.toks[i]
	if t.classes != 0 || !t.noRole() {
		if !t.active() && !t.role(fnEarlypart) && !t.role(fnFiscal) && !t.role(fnQletter) && !t.role(fnWhole) && !p.startsAfter(i) {
			return 0, val{}
		}
	} else if t.kind != tNum && !(t.kind == tPunct && p.word(t) == "'") && !p.maybeCompound(i) {
		// (Compared directly, not with oneOf: this runs for every token.)
		return 0, val{}
	}
	best, bv := 0, val{}
	try := func(n int, v val) {
		if n > best {
			best, bv = n, v
		}
	}
	try(p.modified(i))
	try(p.determined(i))
	try(p.part(i))
	try(p.core(i))
	if best > 0 && len(bv.value) == 3 && digits(bv.value) && p.ageOf(i, best) {
		return 0, val{} // "in his 30s", "in their late forties": an age
	}
	if bv.k == vRel && bv.mod == "" && !p.de && p.fn(best, fnOr) && p.fn(best+1, fnSo) && !p.broken(best+1) {
		// "the next year or so" (durations take it in suffixed)
		best += 2
		bv.mod = "APPROX"
	}
	return best, bv
}

// ageOf reports whether the decade at tokens [i, n) is written short
// ("30s", "forties") after a possessive ([function] poss), possibly with
// a part adjective between: "her early 30s", "his mid-30s" are ages;
// "their 1980s hits" is a decade.
func (p *parser) ageOf(i, n int) bool {
	for k := i; k < n; k++ {
		if _, nd, ok := p.num(k); ok && nd != 2 {
			return false
		}
	}
	k := i - 1
	if p.dash(k) {
		k-- // "his mid-30s" matched from "30s"
	}
	if p.fn(k, fnPartadj) {
		k--
	}
	return p.fn(k, fnPoss)
}

// modified: "etwa 40 Sekunden", "über vier Stunden", "about a month".
func (p *parser) modified(i int) (int, val) {
	mod, j := p.lex(i, cModifier)
	if j == 0 || p.broken(j) {
		return 0, val{}
	}
	if p.has(j, cDeterminer, "") && j == i+1 {
		return 0, val{} // "over the past two months": a preposition
	}
	n, v := p.determinedOrCore(j)
	if n == 0 {
		return 0, val{}
	}
	if p.fn(n, fnHinweg) {
		return 0, val{} // "über zwei Jahre hinweg": a preposition
	}
	if p.possessive(n) {
		return 0, val{} // "around Wednesday's ruling": a preposition
	}
	if v.typ == tyDuration || oneOf(mod, "APPROX ") && (v.typ == tyDate || v.typ == tyTime) && !oneOf(v.value, "PRESENT_REF PAST_REF FUTURE_REF ") {
		v.mod = mod
		return n, v
	}
	return 0, val{}
}

func (p *parser) determinedOrCore(i int) (int, val) {
	if n, v := p.determined(i); n > 0 {
		return n, v
	}
	return p.core(i)
}

// determined: an article that TimeML puts inside the extent, "the last
// week", "den vergangenen Jahren", "den 60er Jahren".
func (p *parser) determined(i int) (int, val) {
	if _, j := p.lex(i, cDeterminer); j == 0 || p.broken(j) {
		return 0, val{}
	}
	j := i + 1
	if !p.de && p.fn(j, fnWhole) {
		return p.wholeSpan(j) // "the whole year"
	}
	_, rel := p.lex(j, cRelative)
	_, part := p.lex(j, cPart)
	_, few := p.lex(j, cFew)
	_, ord := p.lex(j, cOrdinal)
	_, numw := p.lex(j, cNumber)
	_, _, isNum := p.num(j)
	if p.de {
		// German: only before relative adjectives and decades.
		decade := isNum && p.has(j+1, cDecade, "er")
		if rel == 0 && !decade && ord == 0 {
			// "das Jahr 2010"
			if p.has(j, cUnit, "Y") {
				if _, k := p.lex(j, cUnit); k > 0 {
					if y, k2 := p.yearAt(k); k2 > 0 {
						return k2, yearVal(y)
					}
				}
			}
			return 0, val{}
		}
		n, v := p.core(j)
		if n == 0 {
			return 0, val{}
		}
		return n, v
	}
	if n := p.yearAgoPeriod(j); n > 0 {
		return n, quarterYearBefore
	}
	if part > 0 && !p.fn(j, fnPartadj) {
		return p.part(i) // "the end of ..."
	}
	if part > 0 {
		// "the early 1980s", "the late 1970s"
		if n, v := p.part(j); n > 0 && centuryOrDecade(v.value) {
			return n, v
		}
	}
	if isNum {
		// "the 1988 third quarter", "the 1988 quarter", "the 1989 period"
		if y, k := p.yearBare(j); k > 0 {
			if o, k2 := p.lex(k, cOrdinal); k2 > 0 && p.has(k2, cUnit, "Q") {
				if q, _ := strconv.Atoi(o); q >= 1 && q <= 4 {
					_, k3 := p.lex(k2, cUnit)
					return k3, absDate(timex.YearString(y) + "-Q" + o)
				}
			}
			if p.has(k, cUnit, "Q") || p.fn(k, fnPeriod) {
				return k + 1, val{typ: tyDate, k: vRel, unit: "Q", n: 0, suf: "", yearFix: y}
			}
		}
	}
	if ord > 0 && p.has(j, cOrdinal, "1") {
		// "the first nine months", "the first two years"
		if n, v := p.duration(ord); n > 0 {
			return n, v
		}
	}
	if k, m := p.lex(j, cDecade); m > 0 && len(k) == 3 && digits(k) {
		return m, absDate(k) // "the nineties"
	}
	if pd, m := p.lex(j, cDaypart); m > 0 {
		if n, v := p.nightOf(pd, m); n > 0 {
			return n, v // "the night from Wednesday to Thursday"
		}
	}
	if p.fn(j, fnFiscal) && p.has(j+1, cOrdinal, "") {
		// "the fiscal first quarter"
		if n, v := p.core(j); n > 0 && !p.hyphenated(j+1, n) {
			return n, v
		}
	}
	if rel > 0 || few > 0 || ord > 0 || isNum || numw > 0 {
		if n, v := p.core(j); n > 0 && (!isNum && numw == 0 || v.typ == tyDuration || centuryOrDecade(v.value)) {
			if (v.typ == tyDuration || ord > 0) && p.hyphenated(j, n) {
				// "the 14-day waiting period", "the third-quarter loss":
				// the article is the noun's
				return 0, val{}
			}
			if n == j+1 && strings.HasSuffix(v.value, "_REF") {
				return 0, val{} // "the recent attacks": the article is the noun's
			}
			return n, v
		}
	}
	if _, sea := p.lex(j, cSeason); sea > 0 {
		if n, v := p.core(j); n > 0 {
			return n, v
		}
	}
	if n, v := p.yearAgo(j); n > 0 {
		return n, v
	}
	// "the year 1990", "the year two thousand"
	if p.has(j, cUnit, "Y") {
		if _, k := p.lex(j, cUnit); k > 0 {
			if y, k2 := p.yearAt(k); k2 > 0 {
				return k2, yearVal(y)
			}
		}
	}
	// "the quarter", "the year", "the weekend".
	if u, k := p.lex(j, cUnit); k > 0 && !p.plural(j) && !p.dash(k) {
		if oneOf(u, "Y M W D ") && (p.fn(k, fnBack) || p.fn(k, fnForth)) && (k+1 >= len(p.toks) || p.toks[k+1].kind == tPunct || p.broken(k+1)) {
			// "the year before", "the day after": one unit from the
			// previous mention
			n := 1
			if p.fn(k, fnBack) {
				n = -1
			}
			return k + 1, val{typ: tyDate, k: vRel, n: n, unit: u, anaphoric: true}
		}
		if u == "W" && p.fn(k, fnOf) && !p.broken(k+1) {
			// "the week of March 6": the week that date falls in
			if n, dv := p.month(k + 1); n > 0 && dv.k == vYearless && dv.day > 0 {
				dv.week = true
				return n, dv
			} else if d, g, ok := parseValue(dv.value); n > 0 && ok && g == "D" {
				return n, absDate(timex.WeekString(d))
			}
		}
		switch u {
		case "Q", "WE", "M", "W", "Y":
			v := val{typ: tyDate, k: vRel, unit: u}
			if u == "W" {
				// "for the week" names no week: the reference's year,
				// the week unspecified
				v = val{typ: tyDate, k: vRel, unit: "Y", suf: "-WXX"}
			}
			if u == "Y" && p.fn(k, fnEnded) {
				// "the (fiscal) year ended March 31": a year's span;
				// "for the year", "the fiscal year" alone: this one.
				v = abs(tyDuration, "P1Y")
			}
			return k, v
		}
	}
	return 0, val{}
}

// centuryOrDecade reports whether v is the value of a decade ("199") or
// a century ("18").
func centuryOrDecade(v string) bool { return (len(v) == 3 || len(v) == 2) && digits(v) }

// plural reports whether token i is the plural of a unit ("Jahren").
func (p *parser) plural(i int) bool { return p.has(i, cPlural, "") }

// rate reports whether the word of a rate at token i ("a", "per", "pro")
// follows an amount in its clause: "$2 million a year", "700 seats a
// week", "250 Kilometer pro Stunde", "4,000 bottles of wine per year",
// "$119-a-year"; not after a count of times ("three times a week").
func (p *parser) rate(i int) bool {
	if i < 1 || p.has(i-1, cFuture, "") {
		return false
	}
	if p.has(i-1, cSet, "per") || p.low(i-1) == "times" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-7 && !p.clauseBreak(k); k-- {
		if p.toks[k].kind == tNum || p.has(k, cQuantity, "") {
			return true
		}
		if p.has(k, cUnit, "") || p.has(k, cIn, "") || p.fn(k, fnSignal) {
			return false // "within a week", "for a year"
		}
	}
	return false
}

// hyphenated reports whether tokens [i, n) are joined by a hyphen, as in
// the adjective "14-day".
func (p *parser) hyphenated(i, n int) bool {
	for k := i + 1; k < n; k++ {
		if p.dash(k) {
			return true
		}
	}
	return false
}

// part: "Anfang März", "Mitte 2023", "Ende des Jahres", "late last year",
// "the end of the month", "mid-March".
func (p *parser) part(i int) (int, val) {
	j := i
	theOf := false
	if !p.de && p.has(i, cDeterminer, "") {
		j++
		theOf = true
	}
	mod, k := p.lex(j, cPart)
	if k == 0 || p.broken(k) {
		return 0, val{}
	}
	if oneOf(mod, "NONE ") {
		if !p.fn(k, fnGen) {
			return 0, val{}
		}
		mod = ""
	}
	if theOf {
		if !p.fn(k, fnOf) {
			return 0, val{}
		}
		k++
	} else if !p.de && p.fn(j, fnPartnoun) {
		return 0, val{}
	}
	if p.dash(k) {
		k++
	}
	if pd, m := p.lex(k, cDaypart); m > 0 && !p.de && !theOf && p.fn(j, fnMid) {
		// "mid-afternoon", "mid-afternoon yesterday": that part of the day
		v := val{typ: tyTime, k: vRel, unit: "D", suf: "T" + pd}
		if d, m2 := p.lex(m, cDeictic); m2 > 0 && !p.broken(m) {
			v.n, _ = strconv.Atoi(d[1:])
			m = m2
		}
		return m, v
	}
	if p.de && p.fn(k, fnGenpart) {
		k++
		// "Ende des Jahres", "Anfang der Woche".
		if u, m := p.lex(k, cUnit); m > 0 {
			switch u {
			case "Y", "M", "W", "D", "Q", "DE", "CE":
				if n, ok := p.yearAt(m); ok > 0 && u == "Y" {
					return ok, val{typ: tyDate, value: timex.YearString(n), mod: mod}
				}
				return m, val{typ: tyDate, k: vRel, unit: u, mod: mod, anaphoric: true}
			}
		}
	}
	if p.has(k, cDeterminer, "") && !p.de {
		// "the end of the year"
		if u, m := p.lex(k+1, cUnit); m > 0 {
			switch u {
			case "Y", "M", "W", "Q":
				return m, val{typ: tyDate, k: vRel, unit: u, mod: mod}
			case "DE", "CE":
				// "the middle of the century": the century the text
				// speaks of
				return m, val{typ: tyDate, k: vRel, unit: u, mod: mod, anaphoric: true}
			}
		}
	}
	n, v := p.core(k)
	if n == 0 || v.typ != tyDate || oneOf(v.value, "PRESENT_REF PAST_REF FUTURE_REF ") {
		return 0, val{}
	}
	if v.k == vWeekday || v.k == vYearless && v.day > 0 || len(v.value) == 10 {
		return 0, val{} // parts of days are not a thing here
	}
	v.mod = mod
	return n, v
}

// core: expressions that start with their head word or number.
func (p *parser) core(i int) (int, val) {
	if i >= len(p.toks) {
		return 0, val{}
	}
	t := &p.toks[i]
	var n int
	var v val
	switch t.kind {
	case tNum:
		n, v = p.numeric(i)
	case tWord:
		n, v = p.wordLed(i)
	case tPunct:
		if oneOf(p.word(t), "' ’ ") {
			n, v = p.shortDecade(i)
		}
	}
	if n == 0 {
		return 0, val{}
	}
	return p.suffixed(n, v)
}

// suffixed turns "zwei Tage" + "später" into a date, "two years" + "ago"
// likewise.
func (p *parser) suffixed(n int, v val) (int, val) {
	if v.typ != tyDuration || v.unit == "" || p.broken(n) {
		return n, v
	}
	if !p.de && p.fn(n, fnOr) && p.fn(n+1, fnSo) && !p.broken(n+1) {
		// "a week or so", "the next two years or so"
		n += 2
		if v.mod == "" {
			v.mod = "APPROX"
		}
	}
	cnt := v.n
	if _, m := p.lex(n, cEarlier); m > 0 && p.fn(m, fnThan) {
		return n, v // a comparison, no date: "a month earlier than usual"
	}
	if _, m := p.lex(n, cLater); m > 0 && p.fn(m, fnThan) {
		return n, v // "drei Wochen später als Banks"
	}
	if k, m := p.lex(n, cAgo); m > 0 && oneOf(k, "suffix ") {
		if cnt < 0 {
			return m, absDate("PAST_REF")
		}
		if v.unit == "DE" {
			// "a decade ago": the year, not the decade it falls in
			return m, val{typ: tyDate, k: vRel, n: -10 * cnt, unit: "Y", mod: v.mod}
		}
		return m, val{typ: dateOrTime(v.unit), k: vRel, n: -cnt, unit: v.unit, mod: v.mod, yearAgo: cnt == 1 && v.unit == "Y"}
	}
	if !p.de && (p.has(n, cLater, "") || p.has(n, cEarlier, "") && oneOf(v.unit, "D W H MIN S ")) {
		// TimeML English: "three days later", "a day earlier" count from
		// another event, so they are the span ("three days", as "three
		// days after the vote"); "later" is a signal. "a year earlier"
		// compares with the report's period and stays a date.
		return n, v
	}
	if _, m := p.lex(n, cLater); m > 0 {
		if cnt < 0 {
			return m, absDate("FUTURE_REF")
		}
		return m, val{typ: dateOrTime(v.unit), k: vRel, n: cnt, unit: v.unit, anaphoric: true, mod: v.mod}
	}
	if _, m := p.lex(n, cEarlier); m > 0 && !(p.fn(n, fnBefore) && !p.broken(m) && m < len(p.toks) && p.toks[m].kind != tPunct) {
		if cnt < 0 {
			return m, abs(tyDuration, v.value)
		}
		// English news compares with "a year earlier": the reference date,
		// not the previous mention.
		return m, val{typ: dateOrTime(v.unit), k: vRel, n: -cnt, unit: v.unit, anaphoric: p.de, mod: v.mod, yearAgo: cnt == 1 && v.unit == "Y"}
	}
	return n, v
}

// unitDuration is durationValue with TimeML's conventions for quarters
// (months), decades and centuries (years).
func unitDuration(c float64, u string) string {
	switch wordIndex(u, "Q DE CE ") {
	case 0:
		if c >= 0 {
			return durationValue(3*c, "M")
		}
	case 1:
		if c >= 0 {
			return durationValue(10*c, "Y")
		}
	case 2:
		if c >= 0 {
			return durationValue(100*c, "Y")
		}
	}
	return durationValue(c, u)
}

func dateOrTime(unit string) vtype {
	if oneOf(unit, "H MIN S ") {
		return tyTime
	}
	return tyDate
}

// count reads a number of units: digits (with a decimal part), a number
// word or a vague word ("einige"). n < 0 means unknown.
func (p *parser) count(i int) (n float64, next int) {
	if v, _, ok := p.num(i); ok {
		j := i + 1
		// decimals: "1,5" "2.5"; English thousands: "1,000"
		if !p.de && p.punct(j, ",") && p.tight(j) && p.tight(j+1) {
			if d, nd, ok := p.num(j + 1); ok && nd == 3 {
				return float64(v*1000 + d), j + 2
			}
		}
		if p.is(j, ", . ") && p.tight(j) && p.tight(j+1) {
			if d, nd, ok := p.num(j + 1); ok {
				f, _ := decimal(strconv.Itoa(v) + "." + timex.Pad(d, nd))
				return f, j + 2
			}
		}
		// "5 1/2"
		if n1, _, ok1 := p.num(j); ok1 && !p.tight(j) && p.punct(j+1, "/") && p.tight(j+1) && p.tight(j+2) {
			if n2, _, ok2 := p.num(j + 2); ok2 && n2 > n1 && n2 <= 4 && n1 > 0 {
				return float64(v) + float64(n1)/float64(n2), j + 3
			}
		}
		return p.andHalf(float64(v), j)
	}
	if _, j := p.lex(i, cFew); j > 0 {
		if _, j2 := p.lex(i, cNumber); j2 < j {
			return -1, j // "a few days"
		}
	}
	if k, j := p.lex(i, cNumber); j > 0 {
		f, ok := decimal(k)
		if k2, j2 := p.lex(j, cNumber); ok && j2 > 0 && oneOf(k2, "100 1000 ") && f < 100 {
			// "a hundred", "zwei hundert"
			m, _ := decimal(k2)
			return f * m, j2
		}
		if ok {
			// "zwei- bis dreimal", "twenty five"
			if k2, j2 := p.lex(j, cNumber); j2 > 0 && f >= 20 && f < 100 {
				if f2, ok := decimal(k2); ok && f2 < 10 {
					return f + f2, j2
				}
			}
			return p.andHalf(f, j)
		}
	}
	if _, j := p.lex(i, cFew); j > 0 {
		return -1, j
	}
	return 0, 0
}

// andHalf adds a half that follows a whole number n ending before token j:
// "two and a half years", "an hour and a half" (after the unit).
func (p *parser) andHalf(n float64, j int) (float64, int) {
	if n >= 1 && n == float64(int(n)) && p.fn(j, fnAnd) && !p.broken(j+1) {
		if k, j2 := p.lex(j+1, cNumber); j2 > 0 && k == "0.5" && !p.dash(j2) {
			return n + 0.5, j2
		}
	}
	return n, j
}

// duration: "vier Stunden", "18 Monaten", "a decade", "einigen Wochen",
// "five-year".
func (p *parser) duration(i int) (int, val) {
	c, j := p.count(i)
	if j == 0 || p.broken(j) {
		return 0, val{}
	}
	if p.dash(j) && p.tight(j+1) {
		j++
	}
	if p.fn(j, fnMore) {
		j++ // "two more weeks", "zwei weitere Jahre"
	}
	u, k := p.lex(j, cUnit)
	if k == 0 {
		return 0, val{}
	}
	article := p.fn(i, fnIndef)
	if article && (u == "S" || u == "HY") || u == "HY" && c == 1 && !p.de {
		return 0, val{} // "one-half share": a fraction
	}
	if n, _ := p.yearAgo(j); n > 0 {
		return 0, val{} // "a year-earlier loss"
	}
	if p.fn(i, fnRate) && p.rate(i) && !p.has(k, cAgo, "") && !p.has(k, cEarlier, "") && !p.has(k, cLater, "") {
		return 0, val{} // a rate: "$2 million a year", "700 seats a week", "$119-a-year"
	}
	if u == "Q" && p.dash(k) && p.has(k+1, cUnit, "CE") {
		// "the last quarter-century": 25 years
		return k + 2, val{typ: tyDuration, value: durationValue(25*c, "Y"), unit: "Y", n: 25 * int(c)}
	}
	if p.dash(k) {
		if p.has(k+1, cAge, "") {
			return 0, val{}
		}
		if article && p.fn(k+1, fnLong) {
			return 0, val{} // "a week-long visit": the article is the noun's
		}
	}
	if j > i+1 && isDash(p.word(&p.toks[j-1])) && u == "Q" && p.plural(j) {
		return 0, val{} // "three-quarters"
	}
	if u == "Y" && p.has(k, cAge, "") || u == "Q" && c == 1 && p.fn(k, fnOf) {
		return 0, val{} // "a quarter of the market": a fraction
	}
	if u == "WE" {
		return 0, val{}
	}
	if c >= 0 && c != float64(int(c)) && (u == "Q" || u == "DE" || u == "CE" || u == "ML" || u == "HY") {
		return 0, val{}
	}
	if u == "Y" && p.de && p.fn(i-1, fnAb) {
		return 0, val{} // "ab 16 Jahren": an age
	}
	if c > 1e6 {
		return 0, val{}
	}
	if c > 0 && c < 1 {
		// "ein halbes Jahr" is six months
		switch u {
		case "Y":
			c, u = c*12, "M"
		case "D":
			c, u = c*24, "H"
		}
	}
	if c2, k2 := p.andHalf(c, k); k2 > k && !p.plural(j) {
		c, k = c2, k2 // "an hour and a half"
	}
	v := val{typ: tyDuration, value: durationValue(c, u), unit: u, n: int(c)}
	if c < 0 {
		v.n = -1
	}
	if c >= 1000 && c < 2100 && (u == "Q" || u == "S" || u == "HY") {
		return 0, val{} // "the 1988 quarter", "the 1988 second quarter"
	}
	v.value = unitDuration(c, u)
	if p.fn(i, fnOne) && u == "D" && p.has(i-1, cFuture, "") {
		v.typ, v.value = tyDate, "FUTURE_REF" // "will one day be": some day ahead
	}
	if u == "H" && c >= 1 && c == float64(int(c)) {
		// "24 Std, 37 Min, 22 Sek", "2 hours and 15 minutes": one span
		return p.clockSpan(k, int(c), v)
	}
	return k, v
}

// clockSpan extends the span of h hours ending at token k with the minutes
// and seconds that follow it ("24 Std, 37 Min, 22 Sek").
func (p *parser) clockSpan(k, h int, v val) (int, val) {
	parts := [3]int{h, -1, -1}
	for _, u := range [...]string{"MIN", "S"} {
		j := k
		if p.is(j, ", ") || p.fn(j, fnAnd) || p.fn(j, fnList) {
			j++
		}
		n, _, ok := p.num(j)
		if !ok || p.broken(j) || j == k || !p.has(j+1, cUnit, u) {
			break
		}
		_, e := p.lex(j+1, cUnit)
		if u == "MIN" {
			parts[1] = n
		} else {
			parts[2] = n
		}
		k = e
	}
	if parts[1] < 0 && parts[2] < 0 {
		return k, v
	}
	s := "PT" + strconv.Itoa(h) + "H"
	if parts[1] >= 0 {
		s += strconv.Itoa(parts[1]) + "M"
	}
	if parts[2] >= 0 {
		s += strconv.Itoa(parts[2]) + "S"
	}
	v.value = s
	return k, v
}

// numeric: expressions led by a number.
func (p *parser) numeric(i int) (int, val) {
	n, nd, ok := p.num(i)
	if !ok {
		return 0, val{}
	}
	// A number glued to a word by a hyphen is a name: "Sojus-2", "F-16".
	if i >= 2 && isDash(p.word(&p.toks[i-1])) && p.tight(i) && p.tight(i-1) && p.toks[i-2].kind == tWord && !p.has(i-2, cPart, "") {
		return 0, val{}
	}
	if i >= 1 && p.tight(i) && (p.toks[i-1].kind == tWord || p.toks[i-1].kind == tNum) {
		return 0, val{}
	}
	// "1939/1940", "1870/71": the second year of a pair.
	if i >= 2 && p.punct(i-1, "/") && p.tight(i) && p.tight(i-1) {
		if y0, d0, ok := p.num(i - 2); ok && d0 == 4 && y0 >= 1000 {
			y := n
			if nd == 2 {
				y = y0/100*100 + n
			}
			if (nd == 2 || nd == 4) && y > y0 && y-y0 < 10 {
				return i + 1, yearVal(y)
			}
		}
	}
	if i >= 1 && p.tight(i) && (p.is(i-1, "$ € £ # : ") || p.punct(i-1, "/") && !p.punct(i-2, ".") && !(i >= 4 && p.is(i-3, ". : ") && p.toks[i-2].kind == tNum)) {
		// (but "9.30/12.30 Uhr": the second time of a range)
		return 0, val{}
	}
	if i >= 2 && p.tight(i) && p.is(i-1, ". , ") && p.toks[i-2].kind == tNum && p.tight(i-1) {
		return 0, val{} // "1.500", "3,1950"
	}
	if p.is(i-1, "x × ") || p.is(i+1, "x × ") {
		return 0, val{} // a product or a size: "1800 x 1920 pixels"
	}
	if i >= 1 && p.has(i-1, cLabel, "") {
		return 0, val{}
	}
	best, bv := 0, val{}
	try := func(m int, v val) {
		if m > best {
			best, bv = m, v
		}
	}
	// ISO 2023-09-14.
	if nd == 4 && p.punct(i+1, "-") && p.tight(i+1) && p.tight(i+2) && p.punct(i+3, "-") && p.tight(i+3) && p.tight(i+4) {
		m, _, ok1 := p.num(i + 2)
		d, _, ok2 := p.num(i + 4)
		if ok1 && ok2 && timex.Valid(n, m, d) {
			try(i+5, dayVal(Date{Year: n, Month: m, Day: d}))
		}
	}
	// Numeric dates: 12.9.2023, 12.09.23, 9/12/2023.
	if nd <= 2 {
		for _, sep := range []string{".", "/"} {
			if p.punct(i+1, sep) && p.tight(i+1) && p.tight(i+2) {
				m, md, ok1 := p.num(i + 2)
				if ok1 && md <= 2 && p.punct(i+3, sep) && p.tight(i+3) {
					y, yd, ok2 := p.num(i + 4)
					if ok2 && p.tight(i+4) && (yd == 4 || yd == 2) {
						if yd == 2 {
							y += 1900
							if y < 1930 {
								y += 100
							}
						}
						d, mo := n, m
						if sep == "/" && !p.de {
							d, mo = m, n
						}
						if timex.Valid(y, mo, d) {
							try(i+5, dayVal(Date{Year: y, Month: mo, Day: d}))
						}
					} else if p.de && sep == "." && m >= 1 && m <= 12 && n >= 1 && n <= 31 && !ok2 {
						// "12.9." with the year from context
						try(i+4, val{typ: tyDate, k: vYearless, month: m, day: n})
					}
				}
			}
		}
	}
	// Times of day.
	try(p.clock(i))
	// Day and month: "12. September 2023", "12 September 2023".
	if nd <= 2 && n >= 1 && n <= 31 {
		j := i + 1
		if p.de {
			if p.punct(j, ".") && p.tight(j) {
				j++
			} else {
				j = 0
			}
		} else if p.tight(j) && p.fn(j, fnTh) {
			j++
			if p.fn(j, fnOf) {
				j++
			}
		}
		if j > 0 && !p.broken(j) {
			if mo, k := p.lex(j, cMonth); k > 0 {
				m, _ := strconv.Atoi(mo)
				if y, k2 := p.yearAfter(k); k2 > 0 && timex.Valid(y, m, n) {
					try(k2, dayVal(Date{Year: y, Month: m, Day: n}))
				} else if timex.Valid(2000, m, n) {
					try(k, val{typ: tyDate, k: vYearless, month: m, day: n})
				}
			}
			// Day lists: "am 3., 4. und 5. Oktober", "vom 26. bis 31. August",
			// "am 27./28. September": each day gets the month at the end.
			if p.de && best == 0 {
				// The corpora leave the day's period out of the extent.
				if m, y, ok := p.listMonth(j); ok && timex.Valid(2000, m, n) {
					if y != 0 && timex.Valid(y, m, n) {
						try(j-1, dayVal(Date{Year: y, Month: m, Day: n}))
					} else {
						try(j-1, val{typ: tyDate, k: vYearless, month: m, day: n})
					}
				}
			}
			ju := j
			if !p.de && j > i+1 && p.dash(j) && p.tight(j+1) {
				ju++ // "20th-century"
			}
			if u, k := p.lex(ju, cUnit); k > 0 && j > i+1 {
				// "1. Halbjahr", "3. Quartal"
				if u == "Q" && n <= 4 || u == "HY" && n <= 2 {
					code := "-Q" + strconv.Itoa(n)
					if u == "HY" {
						code = "-H" + strconv.Itoa(n)
					}
					if y, k2 := p.yearAfter(k); k2 > 0 {
						try(k2, absDate(timex.YearString(y)+code))
					} else {
						try(k, val{typ: tyDate, k: vYearless, code: code})
					}
				}
				// Centuries: "19. Jahrhundert", "19th century".
				if u == "CE" {
					if era, k2 := p.lex(k, cEra); k2 > 0 && era == "BC" && !p.broken(k) {
						try(k2, absDate("BC"+timex.Pad(n-1, 2)))
					} else {
						try(k, absDate(timex.Pad(n-1, 2)))
					}
				}
			}
		}
	}
	// Decades: "1990er Jahre", "60er-Jahren", "1990s".
	try(p.decade(i))
	// Years and year ranges, not a title ("the film “1917”") nor a count
	// of something in a year ("2000 im Jahr 2021").
	if _, k := p.yearAt(i); k > 0 && k == i+1 && (p.quoted(i) || p.countBefore(k)) {
		// no year
	} else if y, k := p.yearAt(i); k > 0 && !p.quantityRange(k) {
		v := yearVal(y)
		end := k
		// Ranges: "1950–53", "1950-1953", "2019 bis 2021".
		j := k
		if (p.fn(j, fnTo) || isDash(p.low(j))) && !p.broken(j+1) {
			if y2, d2, ok := p.num(j + 1); ok && (p.toks[j+1].kind == tNum) {
				if d2 == 2 && y >= 100 {
					y2 = y/100*100 + y2
				}
				if d2 == 1 && !p.de && y >= 1000 {
					y2 = y/10*10 + y2 // "2008-9"
					d2 = 2
				}
				// "1950–53" is one range; "1939–1945" and "1939 bis 1945"
				// are two years, as the corpora annotate them.
				if d2 == 2 && y2 > y && y2-y < 100 && isDash(p.low(j)) && p.tight(j+1) == p.tight(j) && !p.has(j+2, cQuantity, "") {
					v = absDate(timex.YearString(y) + "/" + timex.YearString(y2))
					end = j + 2
				}
			}
		}
		try(end, v)
	}
	// Durations: "18 Monaten", "40 Sekunden", "16-hour".
	try(p.duration(i))
	return best, bv
}

// quantityRange reports whether the number before token k begins a range
// of amounts: "von 2000 bis 3000 Grad".
func (p *parser) quantityRange(k int) bool {
	if !(p.fn(k, fnTo) || isDash(p.low(k))) || p.broken(k+1) {
		return false
	}
	_, _, ok := p.num(k + 1)
	return ok && p.has(k+2, cQuantity, "") && !p.broken(k+2)
}

// quoted reports whether token i stands alone in quotation marks ("the
// film “1917”"): a title.
func (p *parser) quoted(i int) bool {
	return i > 0 && p.is(i-1, "“ „ \" « » ‹ › ‚ ‘ ' ") && p.tight(i) && p.is(i+1, "” “ \" » « › ‹ ’ ' ") && p.tight(i+1)
}

// countBefore reports whether the number before token k counts something
// in a year that follows: "davon 2000 im Jahr 2021 und 1700 im
// vergangenen Jahr", "1700 last year".
func (p *parser) countBefore(k int) bool {
	j := k
	if p.fn(j, fnInyear) {
		j++
	}
	if j >= len(p.toks) || p.broken(j) || j == k && !p.has(j, cRelative, "") {
		return false
	}
	n, v := p.match(j)
	if n <= j {
		return false
	}
	return v.k == vRel && v.unit == "Y" || v.k == vAbs && len(v.value) == 4 && digits(v.value)
}

// listMonth looks past a list of German day numbers ("4., 5. und 6.")
// starting at token i, which follows a day's period, for the month (and
// year) that closes the list.
func (p *parser) listMonth(i int) (month, year int, ok bool) {
	j := i
	for steps := 0; steps < 12 && !p.broken(j); steps++ {
		// separators
		sep := false
		for !p.broken(j) && (p.is(j, ", / ") || isDash(p.low(j)) || p.fn(j, fnList)) {
			j++
			sep = true
		}
		if !sep || p.broken(j) {
			return 0, 0, false
		}
		d, nd, okd := p.num(j)
		if !okd || nd > 2 || d < 1 || d > 31 || !p.punct(j+1, ".") || !p.tight(j+1) {
			return 0, 0, false
		}
		j += 2
		if mo, k := p.lex(j, cMonth); k > 0 && !p.broken(j) {
			m, _ := strconv.Atoi(mo)
			y, _ := p.yearAfter(k)
			return m, y, true
		}
	}
	return 0, 0, false
}

func dayVal(d Date) val {
	return val{typ: tyDate, value: timex.DayString(d), full: d}
}

// yearAt reads a year at token i: four digits in 1000..2099, or any year
// with an era ("490 v. Chr."), never a quantity ("1500 Soldaten", "über
// 1400 Geschütze").
func (p *parser) yearAt(i int) (int, int) {
	y, j := p.yearBare(i)
	if j == 0 || !p.de || j >= len(p.toks) || j == i+1 && p.broken(j) {
		return y, j
	}
	// German nouns are capitalised: a number right before one counts it,
	// unless "Jahr" precedes ("im Jahr 1941 Truppen").
	t := &p.toks[j]
	if t.kind == tWord && t.upper && !t.nl && !p.has(j, cMonth, "") && !p.has(j, cWeekday, "") && !p.has(i-1, cUnit, "Y") && !p.has(i-1, cMonth, "") && !p.has(i-1, cSeason, "") && !p.has(i-1, cOpen, "") {
		return 0, 0
	}
	return y, j
}

// spokenYear reads an English year in words: "nineteen ninety-six",
// "nineteen eighty", "nineteen hundred".
func (p *parser) spokenYear(i int) (int, int) {
	if p.de {
		return 0, 0
	}
	numAt := func(k int) (int, int) {
		key, n := p.lex(k, cNumber)
		if n == 0 || !digits(key) {
			return 0, 0
		}
		return atoi(key), n
	}
	c, j := numAt(i)
	if c >= 1 && c <= 2 && p.has(j, cNumber, "1000") {
		// "two thousand", "two thousand and one"
		y, k := c*1000, j+1
		kk := k
		if p.fn(kk, fnAnd) {
			kk++
		}
		if u, k2 := numAt(kk); u >= 1 && u <= 99 && !p.broken(kk) {
			return y + u, k2
		}
		return y, k
	}
	if c < 11 || c > 20 || p.broken(j) {
		return 0, 0
	}
	if p.has(j, cNumber, "100") {
		if j+1 < len(p.toks) && p.toks[j+1].kind == tWord && !p.toks[j+1].known() && !p.broken(j+1) {
			return 0, 0 // "twelve hundred students": a number
		}
		return c * 100, j + 1
	}
	t, k := numAt(j)
	if t < 20 || t > 90 || t%10 != 0 {
		return 0, 0
	}
	if p.dash(k) {
		if u, k2 := numAt(k + 1); u >= 1 && u <= 9 && p.tight(k+1) {
			return c*100 + t + u, k2
		}
	}
	return c*100 + t, k
}

// yearBare is yearAt without the look at the following noun.
func (p *parser) yearBare(i int) (int, int) {
	if i < len(p.toks) && p.toks[i].kind == tWord {
		return p.spokenYear(i)
	}
	y, nd, ok := p.num(i)
	if !ok {
		return 0, 0
	}
	j := i + 1
	if era, k := p.lex(j, cEra); k > 0 && !p.broken(j) {
		if era == "BC" {
			if y <= 0 {
				return 0, 0
			}
			return -(y - 1), k // astronomical year numbering, as TimeML "BC0490" is rare
		}
		return y, k
	}
	if nd != 4 || y < 1000 || y > 2099 {
		return 0, 0
	}
	if j < len(p.toks) && p.tight(j) {
		t := &p.toks[j]
		if t.kind == tWord || t.kind == tNum {
			return 0, 0
		}
		if (p.word(t) == "." || p.word(t) == ",") && j+1 < len(p.toks) && p.toks[j+1].kind == tNum && p.tight(j+1) {
			return 0, 0
		}
		if p.word(t) == "%" {
			return 0, 0
		}
		if isDash(p.word(t)) && j+1 < len(p.toks) && p.toks[j+1].kind == tWord && p.tight(j+1) && !p.de {
			return 0, 0
		}
	}
	if !p.broken(j) && p.has(j, cQuantity, "") {
		return 0, 0
	}
	return y, j
}

// yearAfter reads an optional comma and a year after a month.
func (p *parser) yearAfter(i int) (int, int) {
	if p.broken(i) {
		return 0, 0
	}
	j := i
	if p.punct(j, ",") {
		j++
	}
	if p.broken(j) {
		return 0, 0
	}
	if y, k := p.yearBare(j); k > 0 {
		return y, k
	}
	return 0, 0
}

// clock: "16 Uhr", "16.30 Uhr", "16:30", "3 p.m.", "um 9.30".
func (p *parser) clock(i int) (int, val) {
	h, hd, ok := p.num(i)
	if !ok || hd > 2 || h > 24 {
		return 0, val{}
	}
	j := i + 1
	min := -1
	sepOK := false
	if p.is(j, ": . ") && p.tight(j) && p.tight(j+1) {
		if m, md, ok := p.num(j + 1); ok && md == 2 && m < 60 {
			min = m
			sepOK = p.punct(j, ":")
			j += 2
		}
	}
	suffix := ""
	if k, m := p.lex(j, cClock); m > 0 && !p.broken(j) {
		switch k {
		case "uhr":
			suffix = k
			j = m
			if min < 0 {
				if mm, md, ok := p.num(j); ok && md <= 2 && mm < 60 && !p.broken(j) {
					min = mm
					j++
				}
			}
			if pd, m2 := p.lex(j, cDaypart); m2 > 0 && !p.toks[j].upper && !p.broken(j) && h <= 12 {
				// "11 Uhr morgens", "9 Uhr abends", "11 Uhr nachts"
				switch {
				case pd == "MO" && h == 12:
					h = 0
				case pd == "AF" || pd == "EV" || pd == "NI" && h >= 6:
					if h < 12 {
						h += 12
					}
				}
				j = m2
			}
		case "am", "pm":
			if h > 12 {
				return 0, val{}
			}
			if k == "pm" && h < 12 {
				h += 12
			}
			if k == "am" && h == 12 {
				h = 0
			}
			suffix = k
			j = m
		}
	}
	if suffix == "" && !p.de && h >= 1 && h <= 12 && p.fn(j, fnIn) && p.has(j+1, cDeterminer, "") && !p.broken(j+2) {
		// "4 in the morning", "10 in the evening"
		if pd, m := p.lex(j+2, cDaypart); m > 0 && pd != "MI" {
			if pd != "MO" && h < 12 {
				h += 12
			}
			if pd == "MO" && h == 12 {
				h = 0
			}
			suffix = pd
			j = m
		}
	}
	if suffix == "" && !p.broken(j) && (isDash(p.low(j)) || p.fn(j, fnTo) || p.is(j, "/ ")) {
		// the first time of a range: "von 10-18 Uhr", "von 16 bis 17.30
		// Uhr", "(9.30/12.30 Uhr)", "from 10 to 11 p.m."
		if n, v := p.clock(j + 1); n > 0 && len(v.suf) >= 6 && v.suf[0] == 'T' {
			h2 := atoi(v.suf[1:3])
			if !p.de && h2 >= 12 && h < 12 && h+12 <= h2 {
				h += 12
			}
			if min < 0 {
				min = 0
			}
			return p.clockDay(j, "T"+timex.Pad(h, 2)+":"+timex.Pad(min, 2))
		}
	}
	if suffix == "" && !sepOK {
		// "um 9.30": a bare number is a time only after "um"/"at", and
		// not before a quantity ("at 2.46 billion guilders").
		if min < 0 || !p.has(i-1, cAt, "") || p.has(j, cQuantity, "") {
			return 0, val{}
		}
	}
	if min < 0 {
		min = 0
	}
	return p.clockDay(j, "T"+timex.Pad(h, 2)+":"+timex.Pad(min, 2))
}

// clockDay completes a time of day with a following weekday or relative
// day ("10 p.m. Wednesday", "9 a.m. EST Tuesday", "noon Thursday").
func (p *parser) clockDay(j int, suf string) (int, val) {
	v := val{typ: tyTime, k: vRel, unit: "D", suf: suf, anaphoric: true}
	if p.broken(j) {
		return j, v
	}
	k := j
	// a time zone: "UTC", "MEZ" ([zone] gives its offset), or another
	// abbreviation after a time ("9 a.m. EST Tuesday")
	if z, k2 := p.lex(k, cZone); k2 > 0 && (p.toks[k].upper || k2 > k+1) {
		suf += z
		v.suf = suf
		k, j = k2, k2
	} else if k < len(p.toks) && p.toks[k].kind == tWord && len(p.word(&p.toks[k])) <= 4 && len(p.word(&p.toks[k])) >= 2 && p.d.Text[p.toks[k].start] >= 'A' && p.d.Text[p.toks[k].start] <= 'Z' && p.d.Text[p.toks[k].end-1] >= 'A' && p.d.Text[p.toks[k].end-1] <= 'Z' {
		k++
	}
	if p.punct(k, ",") && !p.de {
		k++
	}
	if dow, _, k2 := p.weekdayAt(k); k2 > 0 {
		return k2, val{typ: tyTime, k: vWeekday, dow: dow, suf: suf}
	}
	if n, dv := p.month(k); n > 0 && (dv.k == vYearless && dv.day > 0 || len(dv.value) == 10) {
		dv.typ = tyTime
		if dv.k == vAbs {
			dv.value += suf
		} else {
			dv.suf = suf
		}
		dv.full = Date{}
		return n, dv
	}
	if key, k2 := p.lex(k, cDeictic); k2 > 0 && key[0] == 'D' {
		n, _ := strconv.Atoi(key[1:])
		return k2, val{typ: tyTime, k: vRel, unit: "D", n: n, suf: suf}
	}
	return j, v
}

// decade: "1990er Jahre", "60er-Jahren", "1990s".
func (p *parser) decade(i int) (int, val) {
	n, nd, ok := p.num(i)
	if !ok || n%10 != 0 || (nd != 4 && nd != 2) {
		return 0, val{}
	}
	j := i + 1
	k, m := p.lex(j, cDecade)
	if m == 0 || k != "er" || !p.tight(j) {
		return 0, val{}
	}
	if nd == 2 {
		if !p.de && p.temperature(i) {
			return 0, val{} // "temperatures ballooned into the 50s"
		}
		n += 1900
	}
	j = m
	if p.dash(j) {
		j++
	}
	if k2, m2 := p.lex(j, cDecade); m2 > 0 && oneOf(k2, "years ") {
		j = m2
	} else if p.de {
		j = m
	}
	if !p.de && nd == 4 && n%100 == 0 {
		return m, absDate(timex.Pad(n/100, 2)) // "the 1800s": the century
	}
	return j, absDate(timex.Pad(n/10, 3))
}

// temperature reports whether the sentence of token i speaks of
// temperatures (a [quantity] word of the key temp): "the 50s" there are
// degrees, not a decade.
func (p *parser) temperature(i int) bool {
	for k := i - 1; k >= 0 && k > i-30 && !p.sentenceEnd(k); k-- {
		if p.has(k, cQuantity, "temp") {
			return true
		}
	}
	for k := i + 1; k < len(p.toks) && k < i+15 && !p.sentenceEnd(k); k++ {
		if p.has(k, cQuantity, "temp") {
			return true
		}
	}
	return false
}

// shortDecade: "'90s", and English "’91", a year.
func (p *parser) shortDecade(i int) (int, val) {
	n, nd, ok := p.num(i + 1)
	if ok && nd == 2 && !p.de && p.tight(i+1) && (i+2 >= len(p.toks) || !p.tight(i+2) || p.toks[i+2].kind == tPunct && !p.has(i+2, cDecade, "er")) && (i == 0 || p.toks[i].space) {
		// "in ’91": the year
		y := 1900 + n
		if n < 30 {
			y = 2000 + n
		}
		return i + 2, yearVal(y)
	}
	if !ok || nd != 2 || n%10 != 0 || !p.tight(i+1) || !p.has(i+2, cDecade, "er") || !p.tight(i+2) {
		return 0, val{}
	}
	return i + 3, absDate(timex.Pad((1900+n)/10, 3))
}

// wordLed: expressions led by a word.
func (p *parser) wordLed(i int) (int, val) {
	best, bv := 0, val{}
	try := func(m int, v val) {
		if m > best {
			best, bv = m, v
		}
	}
	try(p.weekday(i))
	try(p.month(i))
	try(p.duration(i))
	try(p.relative(i))
	try(p.single(i))
	try(p.season(i))
	try(p.set(i))
	try(p.ago(i))
	try(p.ordinal(i))
	try(p.unitLed(i))
	try(p.earlierThis(i))
	try(p.daypart(i))
	try(p.unitAdjective(i))
	try(p.holiday(i))
	try(p.quarterCode(i))
	if p.de {
		try(p.wholeSpan(i))
	}
	if y, k := p.spokenYear(i); k > 0 {
		try(k, yearVal(y))
	}
	return best, bv
}

// wholeSpan: "the whole year" (from "whole"), German "ganzen Jahres"
// after its article: one unit's span.
func (p *parser) wholeSpan(j int) (int, val) {
	if !p.fn(j, fnWhole) || p.broken(j+1) || p.de && !p.has(j-1, cDeterminer, "") {
		return 0, val{}
	}
	if u, k := p.lex(j+1, cUnit); k > 0 && !p.plural(j+1) && oneOf(u, "Y M W D ") {
		return k, abs(tyDuration, unitDuration(1, u))
	}
	return 0, val{}
}

// quarterCode: "Q2", "Q3 2019", "Q4/2019".
func (p *parser) quarterCode(i int) (int, val) {
	if !p.fn(i, fnQletter) || !p.toks[i].upper || !p.tight(i+1) {
		return 0, val{}
	}
	q, nd, ok := p.num(i + 1)
	if !ok || nd != 1 || q < 1 || q > 4 || p.tight(i+2) && !p.punct(i+2, "/") {
		return 0, val{}
	}
	code := "-Q" + strconv.Itoa(q)
	j := i + 2
	if p.punct(j, "/") && p.tight(j) {
		j++
	}
	if y, k := p.yearBare(j); k > 0 && !p.broken(j) {
		return k, absDate(timex.YearString(y) + code)
	}
	return i + 2, val{typ: tyDate, k: vYearless, code: code}
}

// holiday: "Weihnachten", "Ostern 2023", "Thanksgiving Day".
func (p *parser) holiday(i int) (int, val) {
	key, j := p.lex(i, cHoliday)
	if j == 0 || !p.toks[i].upper {
		return 0, val{}
	}
	v := val{typ: tyDate, k: vYearless, holiday: key, month: holidayMonth(key)}
	if y, k := p.yearAfter(j); k > 0 && !p.punct(j, ",") {
		if d, ok := holidayDate(key, y); ok {
			return k, dayVal(d)
		}
	}
	if w := p.low(j); !p.de && j < len(p.toks) && p.toks[j].kind == tWord && !p.toks[j].upper && len(w) > 4 && w[len(w)-1] == 's' && !p.toks[j].known() {
		return 0, val{} // a holiday naming a kind: "Valentine's Day candies"
	}
	return j, v
}

// unitAdjective: German compounds that state a duration: "zweimonatige"
// (P2M), "achttägigen" (P8D), "mehrjährigen" (PXY), "monatelang" (PXM).
func (p *parser) unitAdjective(i int) (int, val) {
	if !p.de || p.toks[i].kind != tWord {
		return 0, val{}
	}
	if u, k := p.lex(i, cUnitlong); k > 0 {
		return k, abs(tyDuration, durationValue(-1, u))
	}
	w := p.word(&p.toks[i])
	if len(w) < 8 || p.toks[i].known() {
		return 0, val{}
	}
	for k, stem := range p.lx.unitAdj {
		u := p.lx.unitAdjUnit[k]
		at := strings.Index(w, stem)
		if at <= 0 {
			continue
		}
		end := w[at+len(stem):]
		if end != "" && !oneOf(end, p.lx.adjEndings) {
			continue
		}
		head := w[:at]
		lw := p.lx.lookup(head)
		if lw.roles.has(fnMany) {
			return i + 1, abs(tyDuration, durationValue(-1, u))
		}
		for pos := int(lw.lo); pos < int(lw.hi); {
			var e entry
			e, pos = p.lx.entryAt(pos)
			if e.class != cNumber {
				continue
			}
			f, ok := decimal(e.key)
			if !ok {
				continue
			}
			if u == "Y" && f > 1 && i+1 < len(p.toks) && p.toks[i+1].upper {
				// "die dreijährige Tochter": an age
				return 0, val{}
			}
			return i + 1, abs(tyDuration, durationValue(f, u))
		}
	}
	return 0, val{}
}

// weekOf reads, after a weekday, the week it is in: German "vergangener
// Woche", "der kommenden Woche", "dieser Woche"; English "of last week",
// "of this week". It returns where it ends and the week's offset from the
// reference date's (-1, 0, +1), or 0 and 0.
func (p *parser) weekOf(j int) (int, int) {
	if p.broken(j) {
		return 0, 0
	}
	if !p.de {
		if !p.fn(j, fnOf) {
			return 0, 0
		}
		j++
	} else if p.has(j, cDeterminer, "") && p.has(j+1, cRelative, "") {
		j++
	}
	rel, k := p.lex(j, cRelative)
	if k == 0 || p.broken(k) || !p.has(k, cUnit, "W") || p.plural(k) {
		return 0, 0
	}
	switch wordIndex(rel, "last this next current ") {
	case 0:
		return k + 1, -1
	case 1, 3:
		return k + 1, 0
	case 2:
		return k + 1, 1
	}
	return 0, 0
}

// nightOf reads, after a word for the night (pd "NI") ending at k, the
// night between two days: "Nacht von Mittwoch auf Donnerstag", "Nacht
// zum Donnerstag", "the night from Wednesday to Thursday". The value is
// the first day's night (TNI).
func (p *parser) nightOf(pd string, k int) (int, val) {
	if pd != "NI" || p.broken(k) {
		return 0, val{}
	}
	v := val{typ: tyTime, k: vWeekday, suf: "TNI"}
	if p.fn(k, fnNightfrom) {
		dow, _, m := p.weekdayAt(k + 1)
		if m == 0 || !p.fn(m, fnNightto) {
			return 0, val{}
		}
		dow2, _, m2 := p.weekdayAt(m + 1)
		if m2 == 0 || dow2 != dow%7+1 {
			return 0, val{}
		}
		v.dow = dow
		return m2, v
	}
	if p.de && p.fn(k, fnNightto) {
		// "in der Nacht zum Donnerstag": the night before it
		if dow2, _, m2 := p.weekdayAt(k + 1); m2 > 0 {
			v.dow = (dow2+5)%7 + 1
			return m2, v
		}
	}
	return 0, val{}
}

// daypart: German "Morgen des 22. Juni 1941", "frühen Morgen des 6. Juni",
// "Abend dieses Tages", and "am Nachmittag" (the day of the previous
// mention).
func (p *parser) daypart(i int) (int, val) {
	if !p.de {
		return 0, val{}
	}
	j := i
	if p.fn(i, fnEarlypart) {
		j++
	}
	if j >= len(p.toks) || !p.toks[j].upper {
		return 0, val{}
	}
	pd, k := p.lex(j, cDaypart)
	if k == 0 {
		return 0, val{}
	}
	if n, v := p.nightOf(pd, k); n > 0 {
		return n, v
	}
	if p.fn(k, fnDaypartof) && !p.broken(k+1) {
		if n, v := p.numeric(k + 1); n > 0 && v.typ == tyDate && (len(v.value) == 10 || v.k == vYearless && v.day > 0) {
			v.typ = tyTime
			if v.k == vAbs {
				v.value += "T" + pd
			} else {
				v.suf = "T" + pd
			}
			v.full = Date{}
			return n, v
		}
	}
	if p.fn(k, fnThisgen) && p.has(k+1, cUnit, "D") {
		return k + 2, val{typ: tyTime, k: vRel, unit: "D", suf: "T" + pd, anaphoric: true}
	}
	if j == i && p.fn(i-1, fnAm) {
		return k, val{typ: tyTime, k: vRel, unit: "D", suf: "T" + pd, anaphoric: true}
	}
	return 0, val{}
}

// startsAfter reports whether a passive word at i (an article, "in") may
// still begin an expression because the next token can start one.
func (p *parser) startsAfter(i int) bool {
	if !p.has(i, cDeterminer, "") && !p.has(i, cSet, "") {
		return false
	}
	j := i + 1
	if j >= len(p.toks) {
		return false
	}
	t := &p.toks[j]
	return t.kind == tNum || t.active() || t.kind == tPunct && p.word(t) == "'" || t.role(fnWhole) && !p.de
}

// maybeCompound reports whether token i may be a weekday compound
// ("Mittwochabend"): a capitalised word starting like a weekday.
func (p *parser) maybeCompound(i int) bool {
	t := &p.toks[i]
	w := p.word(t)
	if len(w) < 8 || !p.de {
		return false
	}
	for _, day := range p.lx.weekdays {
		if len(w) > len(day) && w[:len(day)] == day {
			return true
		}
	}
	for _, stem := range p.lx.unitAdj {
		if strings.Contains(w[1:], stem) {
			return true
		}
	}
	return false
}

// weekdayAt reads a weekday, alone or compounded with a part of the day
// ("Donnerstagabend"); it returns the weekday and the part-of-day code.
func (p *parser) weekdayAt(i int) (dow int, pod string, next int) {
	if k, j := p.lex(i, cWeekday); j > 0 {
		d, _ := strconv.Atoi(k)
		return d, "", j
	}
	if i >= len(p.toks) || !p.toks[i].upper {
		return 0, "", 0
	}
	// compounds: a weekday name and a part of the day
	w := p.word(&p.toks[i])
	if len(w) < 8 {
		return 0, "", 0
	}
	for _, day := range p.lx.weekdays {
		if len(w) <= len(day) || w[:len(day)] != day {
			continue
		}
		lw := p.lx.lookup(w[len(day):])
		for pos := int(lw.lo); pos < int(lw.hi); {
			var e2 entry
			e2, pos = p.lx.entryAt(pos)
			if e2.class != cDaypart {
				continue
			}
			dw := p.lx.lookup(day)
			for dpos := int(dw.lo); dpos < int(dw.hi); {
				var e entry
				e, dpos = p.lx.entryAt(dpos)
				if e.class == cWeekday {
					d, _ := strconv.Atoi(e.key)
					return d, e2.key, i + 1
				}
			}
		}
	}
	return 0, "", 0
}

// weekday: "Mittwoch", "Donnerstagabend", "Dienstag, dem 12. September
// 2023", "Tuesday, Sept. 12, 2023", "Wednesday night".
func (p *parser) weekday(i int) (int, val) {
	dow, pod, j := p.weekdayAt(i)
	if j == 0 {
		return 0, val{}
	}
	// A weekday joined to a full date.
	if !p.broken(j) {
		k := j
		sep := ""
		if p.is(k, ", . ") {
			sep = p.low(k)
			k++
		}
		if p.de && p.fn(k, fnDem) {
			k++
		}
		if !p.broken(k) {
			var n int
			var v val
			if p.toks[k].kind == tNum {
				n, v = p.numeric(k)
			} else {
				n, v = p.month(k)
			}
			if n > 0 && v.typ == tyDate && (len(v.value) == 10 || v.k == vYearless && v.day > 0) && (sep != "." || len(v.value) == 10) {
				v.weekdayed = true
				return n, v
			}
		}
	}
	if n, w := p.weekOf(j); n > 0 {
		// "Mittwoch vergangener Woche", "Wednesday of next week": that
		// weekday of the week named
		return n, val{typ: tyDate, k: vWeekday, dow: dow, weekQual: true, weeks: w}
	}
	if !p.de && p.has(i-1, cDeterminer, "") && j < len(p.toks) && p.toks[j].kind == tWord && p.toks[j].upper && (!p.toks[j].active() || p.toks[j].classes&^(1<<cUnit|1<<cPlural) == 0 && !p.has(j, cUnit, "")) && !p.broken(j) {
		// a name: "the Sunday Metropolitan section", "the Sunday Times",
		// "the Sunday Business section" ("business days" is a unit)
		return 0, val{}
	}
	v := val{typ: tyDate, k: vWeekday, dow: dow, plainWeekday: true}
	// "on Tuesday nights" recurs; so does "Monday" in "on Monday and
	// Tuesday nights"
	k, end := j, 0
	if _, _, k2 := p.weekdayAt(j + 1); k2 > 0 && p.fn(j, fnAndor) {
		k, end = k2, j
	}
	if pd, m := p.lex(k, cPlural); m > 0 && len(pd) == 2 && !p.broken(k) {
		if end == 0 {
			end = m
		}
		v.suf = "T" + pd
		v.value, v.typ, v.k, v.plainWeekday = underspecified(v), tySet, vAbs, false
		return end, v
	}
	if pod != "" {
		v.typ, v.suf = tyTime, "T"+pod
		return j, v
	}
	if !p.broken(j) {
		if pd, k := p.lex(j, cDaypart); k > 0 && (!p.de || p.toks[j].upper) {
			// German "Mittwoch Abend" is a time; English "Wednesday night"
			// and "Friday morning" are, in TimeML news practice, the day,
			// but "Friday evening" is the evening.
			if p.de || pd == "EV" {
				v.typ, v.suf = tyTime, "T"+pd
			}
			return k, v
		}
	}
	return j, v
}

// month: "September", "September 2023", "Sept. 12, 2023", "September 12th".
func (p *parser) month(i int) (int, val) {
	k, j := p.lex(i, cMonth)
	if j == 0 {
		return 0, val{}
	}
	m, _ := strconv.Atoi(k)
	if !p.broken(j) {
		// English "Sept. 12, 2023", "September 12th".
		if d, dd, ok := p.num(j); ok && dd <= 2 && d >= 1 && d <= 31 && !p.de {
			k2 := j + 1
			if p.tight(k2) && p.fn(k2, fnTh) {
				k2++
			}
			if !(p.is(k2, ": . ") && p.tight(k2) && p.tight(k2+1) && p.toks[k2+1].kind == tNum) {
				if y, k3 := p.yearAfter(k2); k3 > 0 && timex.Valid(y, m, d) {
					return k3, dayVal(Date{Year: y, Month: m, Day: d})
				}
				if timex.Valid(2000, m, d) {
					return k2, val{typ: tyDate, k: vYearless, month: m, day: d}
				}
			}
		}
		if y, k2 := p.yearAfter(j); k2 > 0 && !p.punct(j, ",") {
			return k2, absDate(timex.YearString(y) + "-" + timex.Pad(m, 2))
		}
		// "im April des Jahres 1918"
		if p.de && p.fn(j, fnGen) && p.has(j+1, cUnit, "Y") {
			if y, k2 := p.yearBare(j + 2); k2 > 0 {
				return k2, absDate(timex.YearString(y) + "-" + timex.Pad(m, 2))
			}
			if _, _, ok := p.num(j + 2); !ok {
				// "im August des Jahres": that year's, the one just told
				_, k2 := p.lex(j+1, cUnit)
				return k2, val{typ: tyDate, k: vYearless, month: m, anaphoric: true}
			}
		}
		// "July last year", "im Juli letzten Jahres", "im März des
		// folgenden Jahres".
		jr := j
		if p.de && p.fn(jr, fnGen) {
			jr++
		}
		if k2, rv := p.relative(jr); k2 > 0 && rv.k == vRel && rv.unit == "Y" && rv.suf == "" && rv.mod == "" {
			rv.suf = "-" + timex.Pad(m, 2)
			return k2, rv
		}
		// "im Juni und Juli 1944", "von August bis September 1904": the
		// year closing the pair.
		if y := p.pairYear(j); y != 0 {
			return j, absDate(timex.YearString(y) + "-" + timex.Pad(m, 2))
		}
	}
	// A bare month name; ambiguous ones ("Mai", "May") need a signal before.
	if p.isAmbiguousMonth(i) && !p.has(i-1, cMonthsignal, "signal") && !p.has(i-1, cPart, "") && !p.has(i-1, cRelative, "") && !p.afterMonth(i) && !(p.dash(i-1) && p.tight(i) && p.has(i-2, cPart, "")) && !(!p.de && p.has(i-1, cDeterminer, "")) {
		// (a part joined by a hyphen signals too: "mid-March"; so does an
		// article: "the March accession")
		return 0, val{}
	}
	return j, val{typ: tyDate, k: vYearless, month: m}
}

// pairYear looks past "und"/"bis"/"oder"/a dash after a month for a second
// month with a year, and returns that year (0 if none).
func (p *parser) pairYear(j int) int {
	if p.broken(j) || !(p.fn(j, fnPair) || p.is(j, "/ ") || isDash(p.low(j))) {
		return 0
	}
	if p.fn(j+1, fnZum) {
		j++
	}
	if _, k := p.lex(j+1, cMonth); k > 0 && !p.broken(j+1) {
		if y, k2 := p.yearAfter(k); k2 > 0 && !p.punct(k, ",") {
			return y
		}
	}
	if _, k := p.lex(j+1, cSeason); k > 0 && !p.broken(j+1) {
		if y, k2 := p.yearAfter(k); k2 > 0 && !p.punct(k, ",") {
			return y // "im Spätsommer und Herbst 1940"
		}
	}
	return 0
}

// afterMonth reports whether token i follows "Juli und", "July or", "Juni,".
func (p *parser) afterMonth(i int) bool {
	if i < 2 {
		return false
	}
	if !p.fn(i-1, fnPair) && !p.is(i-1, ", / ") {
		return false
	}
	return p.has(i-2, cMonth, "")
}

func (p *parser) isAmbiguousMonth(i int) bool { return p.listed(i, cMonthsignal, "ambiguous") }

// relative: "letzte Woche", "nächstes Jahr", "last Friday", "the past two
// months", "am folgenden Tag", "last November", "this summer".
func (p *parser) relative(i int) (int, val) {
	rel, j := p.lex(i, cRelative)
	if j == 0 || p.broken(j) {
		return 0, val{}
	}
	// The relative words by their vocabulary key; r is -1 for other keys.
	const (
		rLast = iota
		rPast
		rRecent
		rPrevious
		rNext
		rFollowing
		rThis
		rCurrent
		rSame
	)
	r := wordIndex(rel, "last past recent previous next following this current same ")
	if r < 0 {
		return 0, val{} // "like": only in yearAgoPeriod
	}
	if r == rThis && !p.de {
		if k2, j2 := p.lex(j, cRelative); j2 > 0 && k2 == "past" && !p.broken(j2) && !p.has(j2, cUnit, "Y") && !p.has(j2, cUnit, "M") {
			// "this past weekend", "this past spring": the last one
			// ("this past year" may be the last twelve months)
			r, j = rLast, j2
		}
	}
	dir := 0
	switch {
	case r >= rLast && r <= rPrevious:
		dir = -1
	case r == rNext || r == rFollowing:
		dir = 1
	}
	anaphoric := r == rFollowing || r == rPrevious || r == rSame
	// "the past two months", "den vergangenen fünf Jahren": durations.
	if n, v := p.duration(j); n > 0 && (r == rLast || r == rPast || r == rNext || r == rFollowing) {
		if p.toks[j].kind == tNum || p.has(j, cNumber, "") || p.has(j, cFew, "") {
			return n, v
		}
	}
	if r == rLast && p.fn(i, fnLatest) && p.fn(j, fnPeriod) {
		// "the latest period" in a company report: the quarter reported
		// on, as "the 1988 period" is that year's.
		return j + 1, val{typ: tyDate, k: vRel, unit: "Q"}
	}
	if u, k := p.lex(j, cUnit); k > 0 {
		if u == "HY" && r == rLast {
			// "the last half of 1989" is its second half
			if y, k2 := p.ofYear(k); k2 > 0 {
				return k2, absDate(timex.YearString(y) + "-H2")
			}
			// "the last half of the '80s": the decade's end
			if p.fn(k, fnOf) && !p.broken(k+1) {
				d := k + 1
				if p.has(d, cDeterminer, "") {
					d++
				}
				if n, dv := p.core(d); dv.typ == tyDate && len(dv.value) == 3 {
					dv.mod = "END"
					return n, dv
				}
			}
		}
		if u == "Q" && p.dash(k) && p.has(k+1, cUnit, "CE") {
			// "the last quarter-century": 25 years
			return k + 2, abs(tyDuration, durationValue(25, "Y"))
		}
		if r == rPast && u == "WE" && !p.plural(j) {
			// "this past weekend": the last one
			return k, val{typ: tyDate, k: vRel, n: -1, unit: u}
		}
		if r == rPast && !p.plural(j) {
			// "the past decade", "over the past year": a duration.
			return k, abs(tyDuration, unitDuration(1, u))
		}
		if (r == rLast || r == rNext) && (u == "DE" || u == "CE") && !p.plural(j) && (p.fn(i-1, fnSpanprep) || p.has(i-1, cDeterminer, "") && p.fn(i-2, fnSpanprep)) {
			// "over the last decade", "during the next century": the
			// span, not the decade before or after this one
			return k, abs(tyDuration, unitDuration(1, u))
		}
		if r == rRecent && !p.plural(j) {
			return 0, val{}
		}
		if p.plural(j) && u != "WE" {
			// "in den vergangenen Jahren": an unspecified duration.
			if r == rNext && p.de {
				// "in den kommenden Monaten": a span, which a future
				// clause or "innerhalb" makes some time ahead (see
				// resolveAll)
				v := abs(tyDuration, durationValue(-1, u))
				v.ahead = true
				return k, v
			}
			if r == rLast || r == rPast || r == rRecent || r == rNext || r == rFollowing {
				return k, abs(tyDuration, durationValue(-1, u))
			}
			if (r == rThis || r == rCurrent) && p.de {
				return k, absDate("PRESENT_REF")
			}
			return 0, val{}
		}
		switch u {
		case "H", "MIN", "S":
			return 0, val{}
		}
		v := val{typ: tyDate, k: vRel, n: dir, unit: u, anaphoric: anaphoric, current: r == rCurrent}
		// "this year's third quarter", "next year's first quarter"; "last
		// year's quarter" is the reported one a year before
		if u == "Y" && p.possessive(k) {
			if dir < 0 && !anaphoric && p.periodNoun(k+2) {
				return k + 3, quarterYearBefore
			}
			if o, k2 := p.lex(k+2, cOrdinal); k2 > 0 && p.has(k2, cUnit, "Q") {
				if q, _ := strconv.Atoi(o); q >= 1 && q <= 4 {
					_, k3 := p.lex(k2, cUnit)
					v.suf = "-Q" + o
					return k3, v
				}
			}
		}
		if pd, k2 := p.lex(k, cDaypart); k2 > 0 && u == "D" {
			v.typ, v.suf = tyTime, "T"+pd
			k = k2
		}
		return k, v
	}
	if pd, k := p.lex(j, cDaypart); k > 0 && !p.de && (r == rNext || r == rFollowing || r == rLast || r == rSame) {
		// "the next morning", "last night", "that evening"
		n := dir
		ana := r != rLast
		if r == rNext {
			ana = true
		}
		return k, val{typ: tyTime, k: vRel, unit: "D", n: n, suf: "T" + pd, anaphoric: ana}
	}
	if pd, k := p.lex(j, cDaypart); k > 0 && p.de && p.toks[j].upper && r != rLast {
		if n, v := p.daypart(j); n > k {
			return n, v // "in der selben Nacht des 14. August"
		}
		// "am nächsten Morgen", "am selben Abend"
		return k, val{typ: tyTime, k: vRel, unit: "D", n: dir, suf: "T" + pd, anaphoric: true}
	}
	if anaphoric {
		return 0, val{}
	}
	if dow, pod, k := p.weekdayAt(j); k > 0 {
		v := val{typ: tyDate, k: vWeekday, dow: dow, n: dir}
		if dir == 0 {
			v.n = 2
			// "Diesen Dienstag. 12. September 2023"
			if n, wv := p.weekday(j); n > k && wv.k == vAbs {
				return n, wv
			}
		}
		if pod != "" {
			v.typ, v.suf = tyTime, "T"+pod
		}
		return k, v
	}
	if r == rRecent || r == rPast {
		return 0, val{}
	}
	if k, v := p.month(j); k > 0 && v.k == vYearless {
		v.n = dirOrThis(dir)
		return k, v
	}
	if k, v := p.holiday(j); k > 0 && v.k == vYearless {
		v.n = dirOrThis(dir) // "last Thanksgiving"
		return k, v
	}
	if s, k := p.lex(j, cSeason); k > 0 {
		return k, val{typ: tyDate, k: vYearless, code: "-" + s, n: dirOrThis(dir)}
	}
	if pd, k := p.lex(j, cDaypart); k > 0 && r == rThis && !p.de {
		return k, val{typ: tyTime, k: vRel, unit: "D", suf: "T" + pd}
	}
	return 0, val{}
}

func dirOrThis(d int) int {
	if d == 0 {
		return 2
	}
	return d
}

// single: one-word expressions ("gestern", "heute Abend", "derzeit",
// "Vortag", "heutigen", "Jahresende").
func (p *parser) single(i int) (int, val) {
	best, bv := 0, val{}
	if k, j := p.lex(i, cReference); j > 0 && !(p.fn(i-1, fnAs) || !p.de && p.fn(j, fnConj) && !(strings.HasPrefix(k, "PRESENT_REF") && p.tenseNear(i, i, cPast) == 0)) {
		// ("soaring now as the economy booms" is a time)
		// "as soon as", "soon after": a conjunction, not a time.
		// A key may name a condition after a period: ".prep", only after a
		// preposition of the role refprep ("im Moment", "in der
		// Zukunft": the preposition stays outside); ".cmp", a comparative,
		// not next to a word of the role than ("früher als", "als
		// früher": a comparison); ".news", only in news ("damals" in a
		// history is the story's own time, no reference).
		if _, c := p.count(j); c > 0 && !p.broken(j) && k == "PAST_REF" && p.has(i, cDeterminer, "") {
			// "the past three summers", "the past few champions": an
			// adjective before a count, not the noun "the past"
			return 0, val{}
		}
		if key, ok := p.refCondition(k, i, j); ok {
			if k2, j2 := p.lex(j+1, cReference); key == "PRESENT_REF" && j2 > 0 && p.fn(j, fnRefprep) && strings.HasPrefix(k2, "PRESENT_REF.prep") {
				j = j2 // "jetzt im Moment": one present
			}
			best, bv = j, absDate(key)
			bv.newsOnly = strings.HasSuffix(k, ".news")
			bv.pastOnly = strings.HasSuffix(k, ".past")
			bv.nowOnly = strings.HasSuffix(k, ".now")
		}
	}
	for _, cls := range []class{cDeictic, cAnaphoric} {
		k, j := p.lex(i, cls)
		if j == 0 || j < best {
			continue
		}
		if p.dash(j) && p.tight(j+1) && j+1 < len(p.toks) && p.toks[j+1].kind == tWord {
			continue // a compound: "heute-journal"
		}
		// German "Morgen" as a noun is the morning, not tomorrow.
		if p.de && k == "D+1" && p.toks[i].upper && i > 0 && !p.sentenceStart(i) {
			continue
		}
		if p.de && k == "D+1" && p.fn(i-1, fnNotomorrow) {
			continue
		}
		n, _ := strconv.Atoi(k[1:])
		v := val{typ: tyDate, k: vRel, unit: k[:1], n: n, anaphoric: cls == cAnaphoric, today: k == "D0"}
		if !p.broken(j) && k[:1] == "D" {
			if pd, k2 := p.lex(j, cDaypart); k2 > 0 {
				v.typ, v.suf = tyTime, "T"+pd
				j = k2
			}
		}
		best, bv = j, v
	}
	if k, j := p.lex(i, cPartof); j > best {
		mod, unit := k[:len(k)-2], k[len(k)-1:]
		best, bv = j, val{typ: tyDate, k: vRel, unit: unit, mod: mod, anaphoric: true}
		if y, k2 := p.yearBare(j); k2 > 0 && unit == "Y" && !p.broken(j) {
			best, bv = k2, val{typ: tyDate, value: timex.YearString(y), mod: mod}
		}
	}
	if k, j := p.lex(i, cClock); j > best && oneOf(k, "noon midnight ") {
		suf := "T12:00"
		if oneOf(k, "midnight ") {
			suf = "T24:00"
		}
		if n, v := p.clockDay(j, suf); n > best {
			best, bv = n, v
		}
	}
	if !p.de && p.fn(i, fnTonight) {
		return i + 1, val{typ: tyTime, k: vRel, unit: "D", suf: "TNI"}
	}
	return best, bv
}

// refCondition checks the conditions of the reference key k for the
// phrase at tokens [i, j) and returns the key without them. Conditions
// follow the key after a period, joined by "+": "prep", right after a
// word of the role refprep ("im Moment"); "then", right after one of the
// role thenprep ("since then"); "end", at the end of a clause ("at the
// time.", not "at the time of"); "cmp", a comparative, not next to a
// word of the role than ("früher als"); "talk", not a particle of speech
// (see particle); "news", only in news (checked in resolution).
func (p *parser) refCondition(k string, i, j int) (string, bool) {
	key, conds, _ := strings.Cut(k, ".")
	for conds != "" {
		var c string
		c, conds, _ = strings.Cut(conds, "+")
		switch c {
		case "prep":
			// "im Moment", "in der Zukunft" (the article stays out too:
			// a word that starts a vocabulary entry is looked at as a
			// possible start everywhere, and "der" is everywhere)
			if !p.fn(i-1, fnRefprep) && !(p.has(i-1, cDeterminer, "") && p.fn(i-2, fnRefprep)) {
				return "", false
			}
		case "then":
			// "since then", or closing a clause in the past ("the economy
			// was near the precipice then")
			if !p.fn(i-1, fnThenprep) && !(j >= len(p.toks) || p.clauseBreak(j)) {
				return "", false
			}
			if !p.fn(i-1, fnThenprep) && (p.tenseNear(i, j, cPast) == 0 || p.fn(i-1, fnAnd) || p.clauseBreak(i-1)) {
				return "", false
			}
		case "end":
			if j < len(p.toks) && !p.clauseBreak(j) {
				return "", false
			}
		case "cmp":
			if p.fn(j, fnThan) || p.fn(i-1, fnThan) {
				return "", false
			}
		case "talk":
			if p.particle(i, j) {
				return "", false
			}
		}
	}
	return key, true
}

// particle reports whether the word at tokens [i, j) ("jetzt", "now") is a
// particle of speech rather than a time: next to another particle (role
// particle: "jetzt mal", "also jetzt", "ob das jetzt"), in a clause where
// the speaker (role speaker) speaks of speaking (role report: "ich sage das
// jetzt", "ich kann jetzt nicht sagen"), in a call to action of two
// words ("Jetzt spenden!", "Subscribe now!"), or, in English, opening a
// sentence before a comma ("Now, he says, ...").
func (p *parser) particle(i, j int) bool {
	if p.fn(i-1, fnParticle) || p.fn(j, fnParticle) || p.fn(i-2, fnParticle) && p.toks[i-1].kind == tWord && !p.toks[i-1].upper {
		return true
	}
	if !p.de && p.sentenceStart(i) && p.punct(j, ",") {
		return true
	}
	if lo, hi := p.sentence(i); hi-lo == 3 && p.punct(hi-1, "!") && p.toks[lo+1].kind == tWord && p.toks[lo].kind == tWord {
		// a call to action on a page: "Jetzt spenden!", "Subscribe now!"
		return true
	}
	lo, hi := p.clause(i)
	speaker, say := false, false
	for k := lo; k < hi; k++ {
		speaker = speaker || p.fn(k, fnSpeaker)
		say = say || p.fn(k, fnReport)
	}
	return speaker && say
}

func (p *parser) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	// (after a closing quote only when it closes a sentence: "... im
	// Senat.” In 2009")
	return p.toks[i].nl || p.toks[i].para || p.is(i-1, `. ! ? " „ “ « : `) || i >= 2 && p.is(i-1, "” » ") && p.is(i-2, ". ! ? ")
}

// season: "Sommer", "Sommer 2023", "im Frühjahr 1945".
func (p *parser) season(i int) (int, val) {
	s, j := p.lex(i, cSeason)
	if j == 0 {
		return 0, val{}
	}
	if y, k := p.yearAfter(j); k > 0 && !p.punct(j, ",") {
		return k, absDate(timex.YearString(y) + "-" + s)
	}
	if y, k := p.ofYear(j); k > 0 {
		return k, absDate(timex.YearString(y) + "-" + s) // "the winter of 1994", "im Herbst des Jahres 1972"
	}
	if p.dash(j) {
		return 0, val{} // "Winter-Biathlon"
	}
	if t := j; !p.de && t < len(p.toks) && p.toks[t].kind == tWord && !p.toks[t].upper && !p.toks[t].known() && p.toks[t].noRole() && !p.broken(t) && !strings.HasSuffix(p.low(t), "ed") && !strings.HasSuffix(p.low(t), "s") && !p.marks(t, cPast) {
		return 0, val{} // a season describing a noun: "winter weather"
	}
	if p.de && !p.toks[i].upper {
		return 0, val{}
	}
	if !p.de && !p.has(i-1, cMonthsignal, "signal") && !p.has(i-1, cDeterminer, "") && !p.has(i-1, cPart, "") {
		return 0, val{} // "would fall", "Spring of Life"
	}
	if y := p.pairYear(j); y != 0 {
		return j, absDate(timex.YearString(y) + "-" + s)
	}
	// A season named as a kind, not as one winter: English without an
	// article ("in winter", "winter weather"): resolution keeps it only
	// when its clause has a tense. With an article ("during the winter
	// isn't"), or in German after a noun it describes ("Erkältungen im
	// Winter sind"), it is a kind when a verb of state says so.
	v := val{typ: tyDate, k: vYearless, code: "-" + s}
	v.into = p.into(i)
	switch {
	case !p.de && !p.has(i-1, cDeterminer, ""):
		v.generic = true
	case !p.de || p.has(i-1, cMonthsignal, "") && i >= 2 && p.toks[i-2].kind == tWord && p.toks[i-2].upper && !p.sentenceStart(i-2) && !p.has(i-2, cPart, ""):
		lo, hi := p.clause(i)
		for k := lo; k < hi; k++ {
			if p.stative(k, hi) {
				v.generic = true
			}
		}
	}
	return j, v
}

// into reports whether the season at token i follows a preposition of
// motion into it (key into of [in]: "in den Winter", "ins Frühjahr";
// English has none: "well into the summer" looks back as often as ahead).
func (p *parser) into(i int) bool {
	for k := i - 1; k >= i-2 && k >= 0; k-- {
		if key, end := p.lex(k, cIn); key == "into" {
			// (not "bis in den Winter": how long something lasted)
			return (end == i || end == k+1 && p.has(k+1, cDeterminer, "") && k+2 == i) && !p.has(k-1, cOpen, "before")
		}
	}
	return false
}

// set: "jeden Montag", "every year", "täglich", "jeden zweiten Donnerstag".
func (p *parser) set(i int) (int, val) {
	k, j := p.lex(i, cSet)
	if j == 0 {
		return 0, val{}
	}
	if k == "per" {
		// "einmal im Monat", "pro Jahr", "twice a year"; not a rate
		// ("250 Kilometer pro Stunde", "3 percent per year")
		if p.fn(i, fnRate) && p.rate(i) {
			return 0, val{}
		}
		if u, k2 := p.lex(j, cUnit); k2 > 0 && !p.broken(j) && !p.plural(j) {
			return k2, abs(tySet, durationValue(1, u))
		}
		if p.fn(j, fnPer) && !p.broken(j+1) {
			jj := j + 1
			if p.fn(jj, fnPerthe) {
				jj++
			}
			if u, k2 := p.lex(jj, cUnit); k2 > 0 && !p.plural(jj) {
				return k2, abs(tySet, durationValue(1, u))
			}
		}
		return 0, val{}
	}
	if !oneOf(k, "every ") {
		return j, abs(tySet, k)
	}
	if p.broken(j) {
		return 0, val{}
	}
	step := 1.0
	if o, k2 := p.lex(j, cOrdinal); k2 > 0 {
		s, _ := strconv.Atoi(o)
		step, j = float64(s), k2
	} else if c, k2 := p.count(j); k2 > 0 && c > 0 && p.toks[j].kind != tWord || k2 > 0 && c > 1 {
		step, j = c, k2 // "alle zweieinhalb Tage": every 2.5 days
	}
	if dow, pod, k2 := p.weekdayAt(j); k2 > 0 {
		v := abs(tySet, "XXXX-WXX-"+strconv.Itoa(dow))
		if pod != "" {
			v.value += "T" + pod
		}
		// "jeden zweiten Donnerstag im Monat": once a month
		if p.fn(k2, fnSetof) && !p.broken(k2+1) {
			kk := k2 + 1
			if p.fn(kk, fnEach) {
				kk++
			}
			if p.has(kk, cUnit, "M") {
				_, k3 := p.lex(kk, cUnit)
				return k3, abs(tySet, "P1M")
			}
		}
		return k2, v
	}
	if u, k2 := p.lex(j, cUnit); k2 > 0 {
		return k2, abs(tySet, durationValue(step, u))
	}
	if pd, k2 := p.lex(j, cDaypart); k2 > 0 {
		return k2, abs(tySet, "XXXX-XX-XXT"+pd)
	}
	// "each July", "jeden Sommer" (not "vor allem April 1940": a date)
	n, v := p.core(j)
	if n > 0 && v.k == vYearless && v.day == 0 && v.holiday == "" {
		return n, abs(tySet, underspecified(v))
	}
	return 0, val{}
}

// ago: German "vor zwei Wochen", "vor knapp einem Jahr": a point in time
// as English "two weeks ago" ("vor" in the extent); "vor Jahren" is the
// past.
func (p *parser) ago(i int) (int, val) {
	k, j := p.lex(i, cAgo)
	if j == 0 || !oneOf(k, "prefix ") || p.broken(j) {
		return 0, val{}
	}
	mod, m := p.lex(j, cModifier)
	if m > 0 && !p.broken(m) {
		j = m // "vor knapp zwei Wochen", "vor über 70 Jahren"
	}
	n, v := p.duration(j)
	if n == 0 {
		// "vor Jahren"
		if _, k2 := p.lex(j, cUnit); k2 > 0 && p.plural(j) {
			return k2, absDate("PAST_REF")
		}
		return 0, val{}
	}
	if v.n < 0 {
		return n, absDate("PAST_REF")
	}
	return n, val{typ: dateOrTime(v.unit), k: vRel, n: -v.n, unit: v.unit, mod: mod, yearAgo: v.n == 1 && v.unit == "Y"}
}

// ordinal: "im dritten Quartal", "the third quarter", "third-quarter",
// "das 19. Jahrhundert" (via numeric), "the nineteenth century".
func (p *parser) ordinal(i int) (int, val) {
	o, j := p.lex(i, cOrdinal)
	if j == 0 || p.broken(j) {
		return 0, val{}
	}
	n, _ := strconv.Atoi(o)
	if p.dash(j) {
		j++
	}
	u, k := p.lex(j, cUnit)
	if k == 0 {
		return 0, val{}
	}
	switch u {
	case "Q":
		if n < 1 || n > 4 {
			return 0, val{}
		}
		if y, k2 := p.yearAfter(k); k2 > 0 {
			return k2, absDate(timex.YearString(y) + "-Q" + o)
		}
		if y, k2 := p.ofYear(k); k2 > 0 {
			return k2, absDate(timex.YearString(y) + "-Q" + o)
		}
		if k2, v := p.ofRelYear(k); k2 > 0 {
			v.suf = "-Q" + o
			return k2, v
		}
		return k, val{typ: tyDate, k: vYearless, code: "-Q" + o}
	case "HY":
		if n < 1 || n > 2 {
			return 0, val{}
		}
		if y, k2 := p.ofYear(k); k2 > 0 {
			return k2, absDate(timex.YearString(y) + "-H" + o)
		}
		if k2, v := p.ofRelYear(k); k2 > 0 {
			v.suf = "-H" + o
			return k2, v
		}
		return k, val{typ: tyDate, k: vYearless, code: "-H" + o}
	case "CE":
		return k, absDate(timex.Pad(n-1, 2))
	}
	return 0, val{}
}

// ofYear reads "of 1990" (English) or "des Jahres 1990" (German).
func (p *parser) ofYear(i int) (int, int) {
	if p.broken(i) {
		return 0, 0
	}
	if !p.de && p.fn(i, fnOf) {
		return p.yearBare(i + 1)
	}
	if p.de && p.fn(i, fnGen) && p.has(i+1, cUnit, "Y") {
		return p.yearBare(i + 2)
	}
	return 0, 0
}

// ofRelYear reads a year named from the reference date after a quarter
// or half: "of next year", "des vergangenen Jahres" (not "of that year",
// which the story gives).
func (p *parser) ofRelYear(i int) (int, val) {
	j := i
	if !p.de && p.fn(i, fnOf) {
		j = i + 1
	} else if !p.de || !p.fn(i, fnGen) {
		return 0, val{}
	}
	if p.broken(j) {
		return 0, val{}
	}
	if n, v := p.match(j); n > 0 && v.k == vRel && v.unit == "Y" && v.suf == "" && v.mod == "" && !v.anaphoric {
		return n, v
	}
	return 0, val{}
}

// quarterYearBefore is the value of the period a company report compares
// with: the reported quarter a year before.
var quarterYearBefore = val{typ: tyDate, k: vRel, unit: "Q", n: -4}

// periodNoun reports whether token i is "quarter" or "period", the noun of
// a company report's period.
func (p *parser) periodNoun(i int) bool {
	return p.has(i, cUnit, "Q") && !p.plural(i) || p.fn(i, fnPeriod)
}

// yearAgoPeriod reads, after an English article at j-1, the period a
// company report compares with ("the quarter a year ago", "the
// corresponding period last year") and returns where it ends, or 0.
func (p *parser) yearAgoPeriod(j int) int {
	if k, n := p.lex(j, cRelative); k == "same" || k == "like" {
		j = n
	}
	if !p.periodNoun(j) || p.broken(j+1) {
		return 0
	}
	if n, v := p.match(j + 1); v.k == vRel && v.unit == "Y" && v.n == -1 && v.suf == "" {
		return n
	}
	return 0
}

// yearAgo: English financial "year-ago", "year-earlier", "the year-ago
// quarter", "the year-earlier period".
func (p *parser) yearAgo(i int) (int, val) {
	if p.de || !p.has(i, cUnit, "Y") || !p.dash(i+1) || !p.tight(i+2) {
		return 0, val{}
	}
	if !p.fn(i+2, fnAgoearlier) {
		return 0, val{}
	}
	j := i + 3
	if o, k := p.lex(j, cOrdinal); k > 0 && p.has(k, cUnit, "Q") {
		_, k2 := p.lex(k, cUnit)
		n, _ := strconv.Atoi(o)
		if n >= 1 && n <= 4 {
			return k2, val{typ: tyDate, k: vRel, unit: "Y", n: -1, suf: "-Q" + o}
		}
	}
	if p.periodNoun(j) {
		return j + 1, quarterYearBefore
	}
	return j, val{typ: tyDate, k: vRel, unit: "Y", n: -1, yearAgo: true}
}

// unitLed: "Jahr 2014", "fiscal 1989", vague plurals after a signal
// ("seit Jahren", "Stunden später"), "Jahrzehnten".
func (p *parser) unitLed(i int) (int, val) {
	if !p.de && p.fn(i, fnFiscal) {
		if y, k := p.yearAt(i + 1); k > 0 {
			return k, yearVal(y)
		}
		if p.has(i+1, cOrdinal, "") && !p.broken(i+1) {
			// "fiscal second-quarter", "the fiscal first quarter"
			if n, v := p.core(i + 1); n > 0 && v.typ == tyDate {
				return n, v
			}
		}
	}
	u, j := p.lex(i, cUnit)
	if j == 0 {
		return 0, val{}
	}
	if n, v := p.yearAgo(i); n > 0 {
		return n, v
	}
	if !p.de && p.dash(j) && p.tight(j) && p.tight(j+1) && (p.fn(j+1, fnLong) || p.has(j+1, cAge, "") && (u == "CE" || u == "DE")) {
		// "a day-long meeting", "a decades-long battle", "century-old
		// pipes"
		if p.plural(i) {
			return j + 2, abs(tyDuration, unitDuration(-1, u))
		}
		return j + 2, abs(tyDuration, unitDuration(1, u))
	}
	if u == "Y" && !p.broken(j) {
		if y, k := p.yearAt(j); k > 0 {
			return k, yearVal(y)
		}
		if y, _, ok := p.num(j); ok && p.de && y > 0 && y < 1000 {
			return j + 1, yearVal(y)
		}
	}
	if u == "WE" && p.de {
		return j, val{typ: tyDate, k: vRel, unit: "WE"}
	}
	if !p.plural(i) && p.de && !p.broken(j) {
		// "am Tag zuvor", "im Jahr darauf"
		if _, k := p.lex(j, cEarlier); k > 0 {
			return k, val{typ: tyDate, k: vRel, unit: u, n: -1, anaphoric: true}
		}
		if _, k := p.lex(j, cLater); k > 0 {
			return k, val{typ: tyDate, k: vRel, unit: u, n: 1, anaphoric: true}
		}
	}
	if !p.plural(i) {
		return 0, val{}
	}
	signal := p.fn(i-1, fnSignal)
	if _, k := p.lex(j, cLater); k > 0 {
		if !p.de {
			// "years later": the span, "later" a signal (as "three
			// days later")
			return j, abs(tyDuration, unitDuration(-1, u))
		}
		return k, absDate("FUTURE_REF")
	}
	if !p.de && (u == "DE" || u == "CE") && p.fn(j, fnOf) && !p.broken(j) && j+1 < len(p.toks) && p.toks[j+1].kind == tWord && !p.has(j+1, cDeterminer, "") {
		// "centuries of cultivation", "decades of war": a span
		return j, abs(tyDuration, unitDuration(-1, u))
	}
	if _, k := p.lex(j, cEarlier); k > 0 && p.de {
		return k, abs(tyDuration, durationValue(-1, u))
	}
	if p.de && (u == "DE" || u == "CE") && !(i > 0 && p.toks[i-1].kind == tWord && p.toks[i-1].upper && !p.sentenceStart(i-1)) {
		// "auf Jahrzehnte", "ein Streit, der Jahrzehnte dauerte": a span
		// (not in a name: "die Dunklen Jahrhunderte")
		return j, abs(tyDuration, durationValue(-1, u))
	}
	if _, k := p.lex(j, cAgo); k > 0 && !p.de {
		return k, absDate("PAST_REF")
	}
	if signal {
		return j, abs(tyDuration, durationValue(-1, u))
	}
	return 0, val{}
}

// earlierThis: "earlier this year", "later this month", "early Tuesday",
// "earlier yesterday".
func (p *parser) earlierThis(i int) (int, val) {
	if p.de {
		return 0, val{}
	}
	if p.fn(i, fnEarly) {
		if _, _, k := p.weekdayAt(i + 1); k > 0 && !p.broken(i+1) {
			n, v := p.weekday(i + 1)
			return n, v
		}
		if key, k := p.lex(i+1, cDeictic); k > 0 && key[0] == 'D' && !p.broken(i+1) {
			n, v := p.single(i + 1)
			return n, v
		}
	}
	if !p.fn(i, fnEarlier) {
		return 0, val{}
	}
	if n, v := p.relative(i + 1); n > 0 && v.k == vRel {
		return n, v
	}
	return 0, val{}
}
