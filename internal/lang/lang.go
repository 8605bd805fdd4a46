// Package lang guesses the language of a text: German or English, the
// languages glossline analyses — or French, Spanish, Italian or Dutch,
// which it recognises only so as to leave such a text alone.
//
// The guess counts function words ("der", "und", "the", "of") listed per
// language in embedded data files (data/<lang>.txt). A file is parsed the
// first time detection runs, never at start-up.
package lang

import (
	_ "embed" // for //go:embed
	"github.com/glossline/glossline/internal/text"
	"strings"
	"sync"
	"unicode"
)

// Default is the language Detect reports when the text gives no evidence.
const Default = "en"

// MaxScan is how many bytes of the text's start Detect reads at most:
// enough for a reliable guess, and it bounds the time spent on huge input.
const MaxScan = 20 << 10

//go:embed data/de.txt
var deData string

//go:embed data/en.txt
var enData string

//go:embed data/fr.txt
var frData string

//go:embed data/es.txt
var esData string

//go:embed data/it.txt
var itData string

//go:embed data/nl.txt
var nlData string

// Supported reports whether glossline analyses text in the language code
// ("de" or "en").
func Supported(code string) bool { return code == "de" || code == "en" }

// Unsupported is the message for text in a language glossline does not
// analyse: it names the language and says that nothing was marked.
func Unsupported(code string) string {
	return "text in language \"" + code + "\" left alone: glossline reads German and English"
}

// Declared reports whether a language code (see Code) names a language:
// two or three letters, and not "und" (undetermined), "mul", "mis" or
// "zxx". "", "auto" and anything else mean: detect it.
func Declared(code string) bool {
	if len(code) < 2 || len(code) > 3 || code == "und" || code == "mul" || code == "mis" || code == "zxx" {
		return false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < 'a' || code[i] > 'z' {
			return false
		}
	}
	return true
}

// Code returns the primary subtag of a BCP 47 language tag in lower case
// ("de-AT" → "de", "EN" → "en", "" → "").
func Code(tag string) string {
	for i := 0; i < len(tag); i++ {
		if tag[i] == '-' || tag[i] == '_' {
			tag = tag[:i]
			break
		}
	}
	return strings.ToLower(strings.TrimSpace(tag))
}

// Pick returns the one of a package's per-language data that belongs to a
// language code: de for "de", en for "en", and false for any other code.
// Packages embed their data files as strings, one per language, not as an
// embed.FS, which would link io/fs and time into the wasm (16 KB brotli)
// for nothing glossline uses; Pick is the one place that maps codes to them.
func Pick(code, de, en string) (string, bool) {
	switch code {
	case "de":
		return de, true
	case "en":
		return en, true
	}
	return "", false
}

// dataFile returns the embedded word list of a language code.
func dataFile(code string) (string, bool) {
	for i, c := range [...]string{"fr", "es", "it", "nl"} {
		if code == c {
			return [...]string{frData, esData, itData, nlData}[i], true
		}
	}
	return Pick(code, deData, enData)
}

// language is one language Detect scores.
type language struct {
	code string
}

// languages in the order their scores are compared: on a tie the earlier
// one wins, so English, the default, comes first, and a language glossline
// does not analyse must score higher than both it does.
var languages = []*language{
	{code: "en"},
	{code: "de"},
	{code: "fr"},
	{code: "es"},
	{code: "it"},
	{code: "nl"},
}

// owners maps each listed word to the index in languages of the one
// language that lists it (the lists are disjoint: a test checks), so that
// Detect looks a word up once rather than once per language. It is built
// the first time Detect runs.
var (
	ownersOnce sync.Once
	owners     map[string]int
)

func loadOwners() map[string]int {
	ownersOnce.Do(func() {
		owners = map[string]int{}
		for k, l := range languages {
			// A language without a file (none: a test checks) gets no words.
			src, _ := dataFile(l.code)
			words, _ := parseWords(src)
			for w := range words {
				owners[w] = k
			}
		}
	})
	return owners
}

// parseWords parses a word list: one word a line, blank lines and lines
// starting with # ignored. It returns the words and the lines that are not
// a single lower-case word, or repeat one.
func parseWords(src string) (map[string]bool, []string) {
	words := map[string]bool{}
	var bad []string
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.ContainsFunc(line, func(r rune) bool { return !unicode.IsLower(r) }) || words[line] {
			bad = append(bad, line)
			continue
		}
		words[line] = true
	}
	return words, bad
}

// Detect returns the language whose function words occur most often among
// the words of the text's first MaxScan bytes: "de" or "en", or "fr",
// "es", "it" or "nl" for text glossline leaves alone (see Supported). It
// returns Default when there is no evidence either way (empty text, no
// known word, a tie); another language needs at least minForeign of its
// words. Any input is safe, including invalid UTF-8.
func Detect(s string) string { return DetectDoc(text.New(text.Cut(s, MaxScan))) }

// DetectDoc is Detect on a tokenized text: it reads the Letters tokens
// that start in the first MaxScan bytes.
func DetectDoc(d *text.Doc) string {
	var scores [8]int
	lists := languages[:min(len(languages), len(scores))]
	owner := loadOwners()
	for i := range d.Toks {
		t := &d.Toks[i]
		if t.Start >= MaxScan {
			break
		}
		if t.Kind != text.Letters || t.Hi-t.Lo > 32 {
			continue
		}
		if k, ok := owner[d.Low(i)]; ok && k < len(lists) {
			scores[k]++
		}
	}
	best, bestScore := Default, 0
	for k, l := range lists {
		// A language glossline does not read must show real evidence:
		// a few of its words in a German or English text ("la", "el" in
		// names and quotes) do not make the text foreign.
		if scores[k] > bestScore && (Supported(l.code) || scores[k] >= minForeign) {
			best, bestScore = l.code, scores[k]
		}
	}
	return best
}

// minForeign is how many function words of a language glossline does not
// read a text needs before Detect reports that language.
const minForeign = 4
