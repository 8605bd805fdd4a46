package siteglossary

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/glossary"
)

// Limits of a publisher glossary. Larger input is rejected with a
// SyntaxError, never truncated silently.
const (
	maxSiteEntries = 2000
	maxTermRunes   = 120
	maxAliases     = 32
	maxDefRunes    = 600
	maxLinkBytes   = 500
	maxIDBytes     = 64
)

// Site is a parsed publisher glossary (see SCHEMA.md). It is immutable
// and safe for concurrent use by any number of Find calls.
type Site struct {
	entries []siteEntry
}

type siteEntry struct {
	id, kind, link, asOf, attribution string
	// names per language ("de", "en"): the first is the term.
	names map[string][]string
	// definitions per language ("" = every language).
	defs map[string]string
}

// Len returns the number of entries.
func (s *Site) Len() int {
	if s == nil {
		return 0
	}
	return len(s.entries)
}

// Entries returns the glossary's entries as seen by a text in lang: the
// term and aliases and the definition in that language (falling back to a
// language-neutral one). Entries without a name or a definition for lang
// are left out. Source is "site".
func (s *Site) Entries(lang string) []glossary.Entry {
	if s == nil {
		return nil
	}
	var out []glossary.Entry
	for i := range s.entries {
		if e, ok := s.entries[i].entry(lang); ok {
			out = append(out, e)
		}
	}
	return out
}

func (se *siteEntry) entry(lang string) (glossary.Entry, bool) {
	names := se.names[lang]
	def, ok := se.defs[lang]
	if !ok {
		def = se.defs[""]
	}
	if len(names) == 0 || def == "" {
		return glossary.Entry{}, false
	}
	return glossary.Entry{
		ID: se.id, Term: names[0], Aliases: append([]string(nil), names[1:]...), Kind: se.kind,
		Definition: def, Source: "site", AsOf: se.asOf, Link: se.link, Attribution: se.attribution,
	}, true
}

// ParseSiteJSON checks a publisher glossary that the caller has decoded
// (see JSON) against the schema in SCHEMA.md, with the rules of ParseSite
// except those of JSON syntax; its errors have no byte offsets.
func ParseSiteJSON(root JSON) (*Site, error) { return parseSiteValue(&root.v) }

// parseSiteValue checks a decoded glossary against the schema.
func parseSiteValue(root *jsonValue) (*Site, error) {
	if root.kind != jObject {
		return nil, schemaErr(root, "", "expected an object with \"entries\"")
	}
	var entries *jsonValue
	for i := range root.obj {
		f := &root.obj[i]
		switch f.key {
		case "version":
			if f.val.kind != jNumber || f.val.s != "1" {
				return nil, schemaErr(&f.val, "version", "expected the number 1")
			}
		case "entries":
			entries = &f.val
		default:
			return nil, &SyntaxError{Offset: f.keyOff, Path: f.key, Msg: "unknown key"}
		}
	}
	if entries == nil {
		return nil, schemaErr(root, "", "missing \"entries\"")
	}
	if entries.kind != jArray {
		return nil, typeErr(entries, "entries", "an array")
	}
	if len(entries.arr) > maxSiteEntries {
		return nil, schemaErr(entries, "entries", "more than "+strconv.Itoa(maxSiteEntries)+" entries")
	}
	site := &Site{}
	ids := map[string]bool{}
	for i := range entries.arr {
		path := "entries[" + strconv.Itoa(i) + "]"
		site.entries = append(site.entries, siteEntry{})
		se := &site.entries[i]
		if err := parseSiteEntry(&entries.arr[i], path, se); err != nil {
			return nil, err
		}
		if ids[se.id] {
			return nil, schemaErr(&entries.arr[i], path+".id", "duplicate id "+strconv.Quote(se.id))
		}
		ids[se.id] = true
	}
	return site, nil
}

func schemaErr(v *jsonValue, path, msg string) error {
	return &SyntaxError{Offset: v.off, Path: path, Msg: msg}
}

// plainFields are an entry's plain string fields: key, longest value in
// bytes, the check of the value and the message when it fails. Their order
// is the order of the destinations in parseSiteEntry.
var plainFields = [...]struct {
	key   string
	max   int
	valid func(string) bool
	msg   string
}{
	{"id", maxIDBytes, validID, "id must be 1 to 64 characters a-z, 0-9 and '-'"},
	{"kind", 20, validKind, "kind must be organization, person, place or other"},
	{"link", maxLinkBytes, validLink, "link must be an http or https URL without spaces, quotes or angle brackets"},
	{"as_of", 4, validYear, "as_of must be a four-digit year"},
}

// plainIndex returns the index of key in plainFields, or -1.
func plainIndex(key string) int {
	for i := range plainFields {
		if plainFields[i].key == key {
			return i
		}
	}
	return -1
}

func validKind(s string) bool { return glossary.ValidKind(s) }

func validYear(s string) bool { return len(s) == 4 && strings.Trim(s, "0123456789") == "" }

// typeErr reports that v at path is not what was expected (want).
func typeErr(v *jsonValue, path, want string) error {
	return schemaErr(v, path, "expected "+want+", found "+v.kind.String())
}

// parseSiteEntry reads the entry v at path into se.
func parseSiteEntry(v *jsonValue, path string, se *siteEntry) error {
	*se = siteEntry{kind: "other", names: map[string][]string{}, defs: map[string]string{}}
	if v.kind != jObject {
		return typeErr(v, path, "an object")
	}
	var haveTerm, haveDef bool
	var aliases *jsonValue
	var terms map[string]string
	aliasesBy := map[string][]string{}
	for i := range v.obj {
		f := &v.obj[i]
		p := path + "." + f.key
		switch f.key {
		case "term":
			m, err := perLanguage(&f.val, p, maxTermRunes)
			if err != nil {
				return err
			}
			terms = m
			haveTerm = true
		case "aliases":
			aliases = &f.val
		case "attribution":
			s, err := textValue(&f.val, p, 200)
			if err != nil {
				return err
			}
			se.attribution = s
		case "definition":
			m, err := perLanguage(&f.val, p, maxDefRunes)
			if err != nil {
				return err
			}
			se.defs = m
			haveDef = true
		default:
			k := plainIndex(f.key)
			if k < 0 {
				return &SyntaxError{Offset: f.keyOff, Path: p, Msg: "unknown key"}
			}
			pf := &plainFields[k]
			s, err := plainString(&f.val, p, pf.max)
			if err != nil {
				return err
			}
			if !pf.valid(s) {
				return schemaErr(&f.val, p, pf.msg)
			}
			dst := [len(plainFields)]*string{&se.id, &se.kind, &se.link, &se.asOf}
			*dst[k] = s
		}
	}
	if se.id == "" {
		return schemaErr(v, path, "missing \"id\"")
	}
	if !haveTerm {
		return schemaErr(v, path, "missing \"term\"")
	}
	if !haveDef {
		return schemaErr(v, path, "missing \"definition\"")
	}
	if aliases != nil {
		p := path + ".aliases"
		switch aliases.kind {
		case jArray:
			if err := addAliases(aliasesBy, "", aliases, p); err != nil {
				return err
			}
		case jObject:
			for i := range aliases.obj {
				f := &aliases.obj[i]
				if !isLanguage(f.key) {
					return &SyntaxError{Offset: f.keyOff, Path: p + "." + f.key, Msg: "unknown language (use \"de\" or \"en\")"}
				}
				if err := addAliases(aliasesBy, f.key, &f.val, p+"."+f.key); err != nil {
					return err
				}
			}
		default:
			return typeErr(aliases, p, "an array or an object of arrays per language")
		}
	}
	// Names per language: the term in that language (or the neutral one),
	// then the aliases in that language and the neutral aliases.
	for _, l := range glossary.Languages() {
		t := terms[l]
		if t == "" {
			t = terms[""]
		}
		if t == "" {
			continue
		}
		list := []string{t}
		for _, a := range append(append([]string(nil), aliasesBy[l]...), aliasesBy[""]...) {
			if !slices.Contains(list, a) {
				list = append(list, a)
			}
		}
		se.names[l] = list
	}
	return nil
}

// addAliases appends the aliases in the array arr (at path q) to by[lang].
func addAliases(by map[string][]string, lang string, arr *jsonValue, q string) error {
	if arr.kind != jArray {
		return typeErr(arr, q, "an array of strings")
	}
	if len(arr.arr) > maxAliases {
		return schemaErr(arr, q, "more than "+strconv.Itoa(maxAliases)+" aliases")
	}
	for k := range arr.arr {
		s, err := textValue(&arr.arr[k], q+"["+strconv.Itoa(k)+"]", maxTermRunes)
		if err != nil {
			return err
		}
		by[lang] = append(by[lang], s)
	}
	return nil
}

// perLanguage reads a text value (see textValue) that is either one string
// for every language or an object {"de": …, "en": …}; the result maps "" or
// a language to the value.
func perLanguage(v *jsonValue, path string, maxRunes int) (map[string]string, error) {
	m := map[string]string{}
	switch v.kind {
	case jString:
		s, err := textValue(v, path, maxRunes)
		if err != nil {
			return nil, err
		}
		m[""] = s
	case jObject:
		if len(v.obj) == 0 {
			return nil, schemaErr(v, path, "empty object: give at least one language")
		}
		for i := range v.obj {
			f := &v.obj[i]
			if !isLanguage(f.key) {
				return nil, &SyntaxError{Offset: f.keyOff, Path: path + "." + f.key, Msg: "unknown language (use \"de\" or \"en\")"}
			}
			s, err := textValue(&f.val, path+"."+f.key, maxRunes)
			if err != nil {
				return nil, err
			}
			m[f.key] = s
		}
	default:
		return nil, typeErr(v, path, "a string or an object per language")
	}
	return m, nil
}

func isLanguage(s string) bool { return s == "de" || s == "en" }

// plainString reads a string of at most maxBytes bytes.
func plainString(v *jsonValue, path string, maxBytes int) (string, error) {
	if v.kind != jString {
		return "", typeErr(v, path, "a string")
	}
	if len(v.s) > maxBytes {
		return "", schemaErr(v, path, "longer than "+strconv.Itoa(maxBytes)+" bytes")
	}
	return v.s, nil
}

// textValue reads a human-readable string: at most maxRunes runes after
// white space is collapsed, no control characters, not empty.
func textValue(v *jsonValue, path string, maxRunes int) (string, error) {
	if v.kind != jString {
		return "", typeErr(v, path, "a string")
	}
	if len(v.s) > 4*maxRunes+64 {
		return "", schemaErr(v, path, "longer than "+strconv.Itoa(maxRunes)+" characters")
	}
	var b strings.Builder
	space := false
	for _, r := range v.s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0':
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == '\ufeff':
			return "", schemaErr(v, path, "control character U+"+strconv.FormatInt(int64(r), 16)+" in text")
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	s := b.String()
	if s == "" {
		return "", schemaErr(v, path, "empty text")
	}
	if utf8.RuneCountInString(s) > maxRunes {
		return "", schemaErr(v, path, "longer than "+strconv.Itoa(maxRunes)+" characters")
	}
	return s, nil
}

func validID(s string) bool {
	if s == "" || len(s) > maxIDBytes {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func validLink(s string) bool {
	if !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") {
		return false
	}
	rest := s[strings.Index(s, "//")+2:]
	if rest == "" || rest[0] == '/' {
		return false
	}
	for _, r := range s {
		if r <= ' ' || r == '"' || r == '\'' || r == '<' || r == '>' || r == '`' || r == '\\' || r == 0x7f || unicode.IsSpace(r) || unicode.IsControl(r) {
			return false
		}
	}
	return true
}
