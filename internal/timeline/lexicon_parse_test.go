package timeline

import (
	"strconv"
	"strings"
)

// The data files are the source of the vocabulary; the engine reads the
// tables generated from them (lexicon_gen.go). The parser below serves the
// generator and the data tests only, so that neither it nor the files'
// text is linked into the wasm.

// lexFile is one language's data file as parsed.
type lexFile struct {
	lang string
	// lists holds the ordered items of each section, as written.
	lists map[string][]string
	// sets holds the names of the sections found.
	sets map[string]bool
	// words maps a lower-cased item to the word classes (the sections) it
	// is an item of.
	words map[string]class
	// kv holds the "key = value" items of each section.
	kv map[string]map[string]string
	// err is the first problem found while parsing; a file with an error
	// is still usable (it holds what could be read).
	err error
}

// classNames names the section of each class, in bit order, each followed
// by a space.
const classNames = "stop attribution connector prep det filler coord subject.det that cut attribution.upto " +
	"attribution.from finite pronoun subordinator dependent statement statement.object relative verb period " +
	"range.to range.and range.from stamp present compare genitive.of negation vintage "

// classOf returns the class of a section, or 0 for a section of names or
// key-value items.
func classOf(section string) class {
	c, rest := class(1), classNames
	for rest != "" {
		var name string
		name, rest, _ = strings.Cut(rest, " ")
		if name == section {
			return c
		}
		c <<= 1
	}
	return 0
}

// keyValueSections are the sections whose items are "key = value".
const keyValueSections = " format mod open seasons parts "

// parseLexicon reads a data file. It never fails: problems are recorded in
// the file's err field, which the data test reports.
func parseLexicon(lang, src string) *lexFile {
	lx := &lexFile{
		lang:  lang,
		lists: map[string][]string{},
		sets:  map[string]bool{},
		words: map[string]class{},
		kv:    map[string]map[string]string{},
	}
	section, keyValue, cls := "", false, class(0)
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			if line[len(line)-1] != ']' || len(line) < 3 {
				lx.fail(n, "bad section header "+line)
				continue
			}
			section = line[1 : len(line)-1]
			if !lx.sets[section] {
				lx.sets[section] = true
				lx.lists[section] = nil
			}
			cls = classOf(section)
			keyValue = !strings.Contains(section, " ") && strings.Contains(keyValueSections, " "+section+" ")
			continue
		}
		if section == "" {
			lx.fail(n, "item outside a section")
			continue
		}
		if keyValue {
			k, v, ok := strings.Cut(line, "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if !ok || k == "" || v == "" {
				lx.fail(n, "want key = value in ["+section+"]")
				continue
			}
			m := lx.kv[section]
			if m == nil {
				m = map[string]string{}
				lx.kv[section] = m
			}
			if _, dup := m[k]; dup {
				lx.fail(n, "duplicate key "+k)
			}
			m[k] = v
			continue
		}
		if strings.ContainsAny(line, " \t") {
			lx.fail(n, "one word per line in ["+section+"]: "+line)
			continue
		}
		lx.lists[section] = append(lx.lists[section], line)
		w := strings.ToLower(line)
		if cls != 0 {
			lx.words[w] |= cls
		}
	}
	return lx
}

func (lx *lexFile) fail(line int, msg string) {
	if lx.err == nil {
		lx.err = &dataError{lang: lx.lang, line: line + 1, msg: msg}
	}
}

// dataError locates a problem in a data file.
type dataError struct {
	lang string
	line int
	msg  string
}

func (e *dataError) Error() string {
	return "timeline: data/" + e.lang + ".txt:" + strconv.Itoa(e.line) + ": " + e.msg
}

// get returns the value of key in a key-value section, or "".
func (lx *lexFile) get(section, key string) string { return lx.kv[section][key] }
