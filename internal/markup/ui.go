package markup

import "github.com/glossline/glossline/internal/datafile"

// The UI words live in data/<lang>.txt (a key, a tab, the text; see
// data/README.md). A test turns the files into a table of the keys (see
// datafile.Find) and the words of each slot ahead of time (ui_gen.go,
// written by TestUIGenerated, which fails when it and the files disagree),
// so nothing is parsed at run time.
//
//go:generate go test -run ^TestUIGenerated$ -update

// uiLangs lists the languages that have UI words, in the order of their
// words in uiWords; the first is the fallback.
var uiLangs = [...]string{"en", "de"}

// uiSlots is the number of slots of the keys' table: uiWords holds the
// word of slot i in uiLangs[k] at uiWords[k*uiSlots+i].
const uiSlots = len(uiWords) / len(uiLangs)

// UI returns the UI word for key in language l, falling back to English,
// then to the key itself.
func UI(l, key string) string {
	i := datafile.Find(key, uiKeys, uiIndex, uiDisp)
	if i < 0 {
		return key
	}
	for k := 1; k < len(uiLangs); k++ {
		if uiLangs[k] == l {
			if w := uiWords[k*uiSlots+i]; w != "" {
				return w
			}
			break
		}
	}
	if w := uiWords[i]; w != "" {
		return w
	}
	return key
}
