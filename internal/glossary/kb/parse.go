package kb

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The data format, one file per broad subject (international.txt, media.txt,
// government.txt, armed.txt, thinktanks.txt, places.txt, people.txt,
// other.txt), UTF-8, line-oriented:
//
//	# a comment: '#' as the first non-blank character of a line
//	[kcna]
//	kind: organization
//	de: KCNA | Koreanische Zentrale Nachrichtenagentur
//	en: KCNA | Korean Central News Agency
//	de.def: Staatliche Nachrichtenagentur Nordkoreas …
//	en.def: North Korea's state news agency …
//	as_of: 2024
//	link: https://example.org/
//	fact: 2020-02.. | Seit 2020 … | Since 2020 …
//
// A block starts with its id in brackets and runs to the next "[" line or the
// end of the file. Fields are "key: value" (spaces around both are trimmed)
// and appear at most once per block, in any order:
//
//   - kind (required): organization, person, place or other;
//   - a language code (two lower-case letters; "de" and "en" required): the
//     names, separated by "|", the canonical term first;
//   - the language code plus ".def" ("de.def", "en.def"; required for each
//     language that has names): the definition, at most 200 runes;
//   - as_of (optional, required for persons): a four-digit year;
//   - link (optional): an https:// URL;
//   - fact (optional, repeatable): a dated fact, "SINCE..UNTIL | de | en":
//     the time it holds (SINCE and UNTIL are "YYYY", "YYYY-MM" or
//     "YYYY-MM-DD", inclusive; UNTIL is empty while it still holds), then
//     the fact in each language of languages, in that order, each a
//     sentence of at most 120 runes.
//
// Blank lines are ignored. A problem in a block drops that block only.

// parseError reports a problem in a data file, with its place.
type parseError struct {
	file string // data file, like "data/organizations.txt"
	line int    // 1-based line of the problem (or of the block's header)
	id   string // the block's id, or "" outside a block
	msg  string // the message; "%q" in it stands for arg, quoted
	arg  string
}

func (e *parseError) Error() string {
	s := e.file + ":" + strconv.Itoa(e.line) + ": "
	if e.id != "" {
		s += "[" + e.id + "] "
	}
	msg := e.msg
	if i := strings.Index(msg, "%q"); i >= 0 {
		msg = msg[:i] + quote(e.arg) + msg[i+2:]
	}
	return s + msg
}

// parsed is an entry with the line of its block header, for error messages.
type parsed struct {
	Entry
	line int
}

// parse reads one data file. It returns the well-formed blocks and one error
// for every malformed block (the first problem found in it) or stray line.
func parse(file string, src []byte) ([]parsed, []error) {
	p := parser{file: file}
	// One conversion: names and definitions are substrings of rest, so a
	// file costs one string allocation, not one per line.
	rest := string(src)
	for lineNo := 1; rest != ""; lineNo++ {
		var line string
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			line, rest = rest, ""
		}
		p.line(lineNo, line)
	}
	p.finish()
	return p.out, p.errs
}

type parser struct {
	file string
	out  []parsed
	errs []error

	cur  *parsed  // the open block, or nil
	bad  bool     // the open block has an error and is dropped
	keys []string // fields seen in the open block
}

func (p *parser) fail(line int, msg string) { p.failQ(line, msg, "") }

// failQ records a problem whose message quotes arg where it has "%q". The
// quoting waits for Error: the wasm never asks for the messages, so it
// carries no code to build them at each place a problem is found.
func (p *parser) failQ(line int, msg, arg string) {
	id := ""
	if p.cur != nil {
		if p.bad {
			return // report the first problem of a block only
		}
		id = p.cur.ID
		p.bad = true
	}
	p.errs = append(p.errs, &parseError{file: p.file, line: line, id: id, msg: msg, arg: arg})
}

func (p *parser) line(n int, s string) {
	if !utf8.ValidString(s) {
		p.fail(n, "invalid UTF-8")
		return
	}
	s = strings.TrimSpace(s)
	if s == "" || s[0] == '#' {
		return
	}
	if s[0] == '[' {
		p.finish()
		p.cur = &parsed{line: n}
		p.bad = false
		p.keys = p.keys[:0]
		if len(s) < 2 || s[len(s)-1] != ']' {
			p.cur.ID = s
			p.fail(n, "block header must be [id]")
			return
		}
		p.cur.ID = s[1 : len(s)-1]
		if !validID(p.cur.ID) {
			p.fail(n, "id must be lower-case ASCII letters, digits and '-', not starting or ending with '-'")
		}
		return
	}
	if p.cur == nil {
		p.failQ(n, "field outside a block: %q", s)
		return
	}
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		p.failQ(n, "want \"key: value\", got %q", s)
		return
	}
	key, val := strings.TrimSpace(s[:colon]), strings.TrimSpace(s[colon+1:])
	for _, k := range p.keys {
		if k == key && key != "fact" {
			p.failQ(n, "duplicate field %q", key)
			return
		}
	}
	p.keys = append(p.keys, key)
	e := &p.cur.Entry
	switch {
	case key == "kind":
		e.Kind = val
		if !validKind(val) {
			p.failQ(n, "kind must be organization, person, place or other, got %q", val)
		}
	case key == "as_of":
		e.AsOf = val
		if !validYear(val) {
			p.failQ(n, "as_of must be empty or a four-digit year, got %q", val)
		}
	case key == "fact":
		f, msg := parseFact(val)
		if msg != "" {
			p.failQ(n, "fact: "+msg, val)
			return
		}
		e.Facts = append(e.Facts, f)
	case key == "link":
		e.Link = val
		if val != "" && (!strings.HasPrefix(val, "https://") || strings.ContainsAny(val, " \"<>")) {
			p.failQ(n, "link must be an https:// URL, got %q", val)
		}
	case isLang(key):
		names, msg, arg := splitNames(val)
		if msg != "" {
			p.failQ(n, key+": "+msg, arg)
			return
		}
		if e.Names == nil {
			e.Names = make(map[string][]string, 2)
		}
		e.Names[key] = names
	case strings.HasSuffix(key, ".def") && isLang(key[:len(key)-4]):
		if val == "" {
			p.fail(n, key+": empty definition")
			return
		}
		if c := utf8.RuneCountInString(val); c > maxDef {
			p.fail(n, key+": definition has "+strconv.Itoa(c)+" runes, at most "+strconv.Itoa(maxDef)+" allowed")
			return
		}
		if e.Def == nil {
			e.Def = make(map[string]string, 2)
		}
		e.Def[key[:len(key)-4]] = val
	default:
		p.failQ(n, "unknown field %q", key)
	}
}

// finish closes the open block: checks what a block needs as a whole and
// keeps it if nothing was wrong.
func (p *parser) finish() {
	b := p.cur
	if b == nil {
		return
	}
	if !p.bad {
		switch {
		case b.Kind == "":
			p.fail(b.line, "missing kind")
		case b.Kind == "person" && b.AsOf == "":
			p.fail(b.line, "a person needs as_of")
		}
		for _, l := range languages {
			if len(b.Names[l]) == 0 {
				p.failQ(b.line, "missing names in %q", l)
			}
			if b.Def[l] == "" {
				p.failQ(b.line, "missing definition %q", l+".def")
			}
		}
		for l := range b.Names {
			if b.Def[l] == "" {
				p.failQ(b.line, "names in %q without a definition", l)
			}
		}
		for l := range b.Def {
			if len(b.Names[l]) == 0 {
				p.failQ(b.line, "definition in %q without names", l)
			}
		}
	}
	if !p.bad {
		p.out = append(p.out, *b)
	}
	p.cur, p.bad = nil, false
}

// parseFact reads the value of a fact line; it returns a message (for
// parser.failQ) if the value is malformed.
func parseFact(val string) (Fact, string) {
	span, rest, ok := strings.Cut(val, "|")
	since, until, ok2 := strings.Cut(strings.TrimSpace(span), "..")
	if !ok || !ok2 {
		return Fact{}, "want \"SINCE..UNTIL | de | en\", got %q"
	}
	if !validDate(since) || until != "" && !validDate(until) {
		return Fact{}, "dates must be YYYY, YYYY-MM or YYYY-MM-DD: %q"
	}
	if until != "" && until < since[:min(len(since), len(until))] {
		return Fact{}, "ends before it starts: %q"
	}
	f := Fact{Since: since, Until: until, Text: make(map[string]string, len(languages))}
	for i, l := range languages {
		var text string
		if i < len(languages)-1 {
			text, rest, ok = strings.Cut(rest, "|")
			if !ok {
				return Fact{}, "want a text for each language: %q"
			}
		} else {
			text = rest
		}
		text = strings.TrimSpace(text)
		if text == "" || strings.Contains(text, "|") {
			return Fact{}, "empty text or a stray \"|\": %q"
		}
		if utf8.RuneCountInString(text) > maxFact {
			return Fact{}, "a text longer than " + strconv.Itoa(maxFact) + " runes: %q"
		}
		f.Text[l] = text
	}
	return f, ""
}

// validDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD with a month
// from 01 to 12 and a day from 01 to 31.
func validDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 || !validYear(s[:4]) || s[:4] == "" {
		return false
	}
	two := func(t string, lo, hi byte) bool {
		return len(t) == 2 && t[0] >= '0' && t[0] <= '9' && t[1] >= '0' && t[1] <= '9' &&
			(t[0]-'0')*10+t[1]-'0' >= lo && (t[0]-'0')*10+t[1]-'0' <= hi
	}
	if len(s) >= 7 && (s[4] != '-' || !two(s[5:7], 1, 12)) {
		return false
	}
	if len(s) == 10 && (s[7] != '-' || !two(s[8:10], 1, 31)) {
		return false
	}
	return true
}

// splitNames splits a "|"-separated list of names; it returns a message
// (for parser.failQ: "%q" stands for arg) if a name is empty or repeats an
// earlier one (case-insensitively).
func splitNames(val string) (names []string, msg, arg string) {
	// A loop over strings.Cut, not strings.SplitSeq: a range-over-func loop
	// compiles to a closure and its machinery.
	for more := true; more; {
		var part string
		part, val, more = strings.Cut(val, "|")
		name := strings.TrimSpace(part)
		if name == "" {
			return nil, "empty name", ""
		}
		for _, prev := range names {
			if strings.EqualFold(prev, name) {
				return nil, "name %q listed twice", name
			}
		}
		names = append(names, name)
	}
	return names, "", ""
}

func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func validKind(k string) bool {
	for _, v := range kinds {
		if k == v {
			return true
		}
	}
	return false
}

func validYear(y string) bool {
	if y == "" {
		return true
	}
	if len(y) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if y[i] < '0' || y[i] > '9' {
			return false
		}
	}
	return true
}

func isLang(k string) bool {
	return len(k) == 2 && 'a' <= k[0] && k[0] <= 'z' && 'a' <= k[1] && k[1] <= 'z'
}

// quote returns s in double quotes, shortened to keep messages readable.
func quote(s string) string {
	if len(s) > 60 {
		i := 60
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		s = s[:i] + "…"
	}
	return strconv.Quote(s)
}
