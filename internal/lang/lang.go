// Package lang guesses the language of a text: German or English, the
// languages glossline analyses — or French, Spanish, Italian or Dutch,
// which it recognises only so as to leave such a text alone.
//
// The guess counts function words ("der", "und", "the", "of") listed per
// language in data files (data/<lang>.txt), which a test turns into a
// generated table ahead of time: nothing is parsed at run time.
package lang

import (
	"github.com/glossline/glossline/internal/datafile"
	"github.com/glossline/glossline/internal/text"
	"strings"
)

// Default is the language Detect reports when the text gives no evidence.
const Default = "en"

// MaxScan is how many bytes of the text's start Detect reads at most:
// enough for a reliable guess, and it bounds the time spent on huge input.
const MaxScan = 20 << 10

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

// languages are the languages Detect scores, in the order their scores
// are compared: on a tie the earlier one wins, so English, the default,
// comes first, and a language glossline does not analyse must score higher
// than both it does. Each has a word list, data/<code>.txt.
var languages = [...]string{"en", "de", "fr", "es", "it", "nl"}

// The word lists are read ahead of time into one table (owners_gen.go,
// written by TestOwnersGenerated, which fails when the table and the files
// disagree): each listed word with the index in languages of the one
// language that lists it (the lists are disjoint: a test checks), so that
// Detect looks a word up once rather than once per language, and nothing
// is parsed at run time.
//
//go:generate go test -run ^TestOwnersGenerated$ -update

// Detect returns the language whose function words occur most often among
// the words of the text's first MaxScan bytes: "de" or "en", or "fr",
// "es", "it" or "nl" for text glossline leaves alone (see Supported). It
// returns Default when there is no evidence either way (empty text, no
// known word, a tie); another language needs at least minForeign of its
// words. Any input is safe, including invalid UTF-8.
func Detect(s string) string {
	d := text.New(text.Cut(s, MaxScan))
	l := DetectDoc(d)
	d.Release() // its tokens go back for the analysis's Doc
	return l
}

// DetectDoc is Detect on a tokenized text: it reads the Letters tokens
// that start in the first MaxScan bytes.
func DetectDoc(d *text.Doc) string {
	var scores [8]int
	lists := languages[:min(len(languages), len(scores))]
	for i := range d.Toks {
		t := &d.Toks[i]
		if t.Start >= MaxScan {
			break
		}
		if t.Kind != text.Letters || t.Hi-t.Lo > ownerMaxLen {
			continue
		}
		// owners_gen.go's table: ownerVals holds the word's language.
		if s := datafile.Find(d.Low(i), ownerKeys, ownerIndex, ownerDisp); s >= 0 && int(ownerVals[s]) < len(lists) {
			scores[ownerVals[s]]++
		}
	}
	best, bestScore := Default, 0
	for k, l := range lists {
		// A language glossline does not read must show real evidence:
		// a few of its words in a German or English text ("la", "el" in
		// names and quotes) do not make the text foreign.
		if scores[k] > bestScore && (Supported(l) || scores[k] >= minForeign) {
			best, bestScore = l, scores[k]
		}
	}
	return best
}

// minForeign is how many function words of a language glossline does not
// read a text needs before Detect reports that language.
const minForeign = 4
