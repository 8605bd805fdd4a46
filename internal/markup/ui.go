package markup

import (
	_ "embed" // for //go:embed
	"strings"
	"sync"

	"github.com/glossline/glossline/internal/datafile"
)

//go:embed data/de.txt
var deUI string

//go:embed data/en.txt
var enUI string

// uiFile returns the UI words file of a language. (Strings, not an
// embed.FS, which would link io/fs and time into the wasm.)
func uiFile(l string) string {
	switch l {
	case "de":
		return deUI
	case "en":
		return enUI
	}
	return ""
}

// uiLangs lists the languages that have UI words; the first is the fallback.
var uiLangs = []string{"en", "de"}

var (
	uiOnce  sync.Once
	uiWords map[string]map[string]string
	uiErr   error
)

// loadUI parses every UI word file. It runs once, the first time a word is
// needed, never at start-up.
func loadUI() {
	uiWords = map[string]map[string]string{}
	for _, l := range uiLangs {
		m := map[string]string{}
		for n, line := range strings.Split(uiFile(l), "\n") {
			line = strings.TrimRight(line, "\r")
			if line == "" || line[0] == '#' {
				continue
			}
			k, v, ok := strings.Cut(line, "\t")
			if !ok || k == "" || v == "" {
				if datafile.Check {
					uiErr = &DataError{File: l + ".txt", Line: n + 1, Msg: "want key<TAB>text"}
				}
				return
			}
			m[k] = v
		}
		uiWords[l] = m
	}
}

// DataError reports a malformed line in an embedded data file.
type DataError struct {
	File string
	Line int
	Msg  string
}

func (e *DataError) Error() string {
	return "markup: " + e.File + ":" + itoa(e.Line) + ": " + e.Msg
}

// UI returns the UI word for key in language l, falling back to English,
// then to the key itself.
func UI(l, key string) string {
	uiOnce.Do(loadUI)
	if w := uiWords[l][key]; w != "" {
		return w
	}
	if w := uiWords[uiLangs[0]][key]; w != "" {
		return w
	}
	return key
}
