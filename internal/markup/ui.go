package markup

import (
	"embed"
	"strings"
	"sync"
)

//go:embed data/*.txt
var uiFiles embed.FS

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
		data, err := uiFiles.ReadFile("data/" + l + ".txt")
		if err != nil {
			uiErr = err
			return
		}
		m := map[string]string{}
		for n, line := range strings.Split(string(data), "\n") {
			line = strings.TrimRight(line, "\r")
			if line == "" || line[0] == '#' {
				continue
			}
			k, v, ok := strings.Cut(line, "\t")
			if !ok || k == "" || v == "" {
				uiErr = &DataError{File: l + ".txt", Line: n + 1, Msg: "want key<TAB>text"}
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
