package timeline

import (
	"io/fs"
	"os"
	"strings"
	"testing"
)

// TestDataFiles loads every data file of every language and checks that it
// parses and holds what the engine needs.
func TestDataFiles(t *testing.T) {
	files, err := fs.Glob(os.DirFS("."), "data/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(langs) {
		t.Errorf("data files %v, languages %v", files, langs)
	}
	known := map[string]bool{}
	for _, s := range []string{"months", "months.abbr", "weekdays.abbr", "seasons", "parts", "format", "mod", "open",
		"prep", "det", "pronoun", "subject.det", "adjective.endings", "subordinator", "finite", "coord", "dependent", "connector", "that",
		"attribution", "statement", "statement.object", "attribution.upto", "attribution.from", "filler", "cut", "stop", "relative", "verb", "period",
		"range.to", "range.and", "range.from", "stamp", "present", "compare", "genitive.of",
		"negation", "negation.except", "vintage", "average", "compare.as", "compare.so", "negation.date", "auxiliary", "superlative", "present.of", "for", "ended", "period.noun", "compare.far", "compare.dir"} {
		known[s] = true
	}
	nonEmpty := []string{"prep", "det", "pronoun", "subject.det", "coord", "dependent", "connector",
		"that", "attribution", "statement", "filler", "cut", "stop", "relative", "range.to", "range.and", "range.from", "present", "compare", "genitive.of",
		"negation", "negation.except", "vintage", "average", "compare.as", "compare.so", "negation.date", "present.of"}
	formats := []string{"day", "month", "year", "decade", "century", "week", "quarter", "half", "season", "time", "part", "range", "range.spaced"}
	for _, f := range files {
		lang := strings.TrimSuffix(strings.TrimPrefix(f, "data/"), ".txt")
		t.Run(lang, func(t *testing.T) {
			lx := readLexFile(t, lang)
			if lx.err != nil {
				t.Fatal(lx.err)
			}
			if got := lexiconFor(lang); got.lang != lang {
				t.Errorf("lexiconFor(%q) = %q", lang, got.lang)
			}
			for s := range lx.sets {
				if !known[s] {
					t.Errorf("unknown section [%s]", s)
				}
			}
			for s := range lx.kv {
				if !known[s] {
					t.Errorf("unknown section [%s]", s)
				}
			}
			for _, c := range []struct {
				section string
				n       int
			}{{"months", 12}, {"months.abbr", 12}, {"weekdays.abbr", 7}} {
				if got := len(lx.lists[c.section]); got != c.n {
					t.Errorf("[%s] has %d names, want %d", c.section, got, c.n)
				}
			}
			for _, s := range nonEmpty {
				if len(lx.lists[s]) == 0 {
					t.Errorf("[%s] is empty", s)
				}
			}
			if lang == "de" && len(lx.lists["period"]) == 0 || lang == "en" && len(lx.lists["subordinator"]) == 0 {
				t.Error("[period] (de) or [subordinator] (en) is empty") // English time nouns follow the date; German clauses are set off by commas
			}
			for _, k := range formats {
				if lx.get("format", k) == "" {
					t.Errorf("[format] lacks %s", k)
				}
			}
			for _, k := range []string{"SP", "SU", "FA", "WI"} {
				if lx.get("seasons", k) == "" {
					t.Errorf("[seasons] lacks %s", k)
				}
			}
			for _, k := range []string{"MO", "MI", "AF", "EV", "NI", "DT"} {
				if lx.get("parts", k) == "" {
					t.Errorf("[parts] lacks %s", k)
				}
			}
			for _, k := range []string{"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"} {
				if !strings.Contains(lx.get("mod", k), "{}") {
					t.Errorf("[mod] %s lacks a template with {}", k)
				}
			}
			for _, k := range []string{"after", "before"} {
				if !strings.Contains(lx.get("open", k), "{}") {
					t.Errorf("[open] %s lacks a template with {}", k)
				}
			}
		})
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []string{
		"word outside a section",
		"[format]\nday without equals",
		"[format]\nday = a\nday = b",
		"[stop]\ntwo words",
		"[broken\nx",
	}
	for _, src := range tests {
		t.Run(src, func(t *testing.T) {
			if lx := parseLexicon("xx", src); lx.err == nil {
				t.Errorf("no error for %q", src)
			} else if !strings.Contains(lx.err.Error(), "data/xx.txt:") {
				t.Errorf("error %q does not locate the problem", lx.err)
			}
		})
	}
}
