package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/glossline/glossline/internal/timex"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/temporal"
)

// Predictions are another tagger's expressions, read from a file, so that
// the same scorer serves glossline and its peers (see ReadPredictions).
// The key is a document's path relative to the corpus directory, with
// forward slashes.
type Predictions map[string][]Timex

// A predictions file is JSON Lines, one object per predicted expression:
//
//	{"doc":"sub/file.tml","start":12,"end":20,"type":"DATE","value":"2023-09-13"}
//
// doc is the document's path relative to the corpus directory given to
// `glossline eval`, with forward slashes, exactly as the "doc" field of
// `glossline eval -dump-texts` writes it. start and end are UTF-8 byte
// offsets into exactly the plain text that -dump-texts writes for that
// document (the text the engine is given), end > start. type is DATE,
// TIME, DURATION, SET or empty; value is a TIMEX value or empty. Blank
// lines are ignored; a document with no line has no predictions.
type predLine struct {
	Doc   string `json:"doc"`
	Start *int   `json:"start"`
	End   *int   `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// ReadPredictions reads a predictions file (format above). It checks the
// fields it can check without the texts; Evaluate checks the offsets
// against each document. Errors name the line.
func ReadPredictions(r io.Reader) (Predictions, error) {
	p := Predictions{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var l predLine
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("predictions line %d: %v", n, err)
		}
		switch {
		case l.Doc == "":
			return nil, fmt.Errorf("predictions line %d: no doc", n)
		case l.Start == nil || l.End == nil:
			return nil, fmt.Errorf("predictions line %d: start and end are required", n)
		case *l.Start < 0 || *l.End <= *l.Start:
			return nil, fmt.Errorf("predictions line %d: bad extent [%d, %d)", n, *l.Start, *l.End)
		}
		switch l.Type {
		case "", "DATE", "TIME", "DURATION", "SET":
		default:
			return nil, fmt.Errorf("predictions line %d: type %q is not DATE, TIME, DURATION, SET or empty", n, l.Type)
		}
		p[l.Doc] = append(p[l.Doc], Timex{Start: *l.Start, End: *l.End, Type: l.Type, Value: l.Value})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, xs := range p {
		sort.SliceStable(xs, func(i, j int) bool { return xs[i].Start < xs[j].Start })
	}
	return p, nil
}

// tagger returns the predictions of the document at path (under dir) after
// checking that every extent lies inside text on rune boundaries; it marks
// the document as used.
func (p Predictions) tagger(dir, path, text string, used map[string]bool) ([]Timex, error) {
	key := docKey(dir, path)
	used[key] = true
	xs := p[key]
	for _, x := range xs {
		if x.End > len(text) || !utf8.RuneStart(text[x.Start]) || x.End < len(text) && !utf8.RuneStart(text[x.End]) {
			return nil, fmt.Errorf("predictions for %s: extent [%d, %d) is outside the text (%d bytes) or not on rune boundaries", key, x.Start, x.End, len(text))
		}
	}
	return xs, nil
}

// unused returns an error naming a predicted document that no corpus
// directory holds (a misspelt path would otherwise score as "found nothing").
func (p Predictions) unused(used map[string]bool) error {
	var missing []string
	for k := range p {
		if !used[k] {
			missing = append(missing, k)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	sort.Strings(missing)
	return errors.New("predictions for documents not in the corpus: " + missing[0] + " (" + strconv.Itoa(len(missing)) + " in all)")
}

// docKey is path relative to dir with forward slashes.
func docKey(dir, path string) string {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		rel = path
	}
	return filepath.ToSlash(rel)
}

// textLine is one line of WriteTexts' output.
type textLine struct {
	Doc  string `json:"doc"`
	Text string `json:"text"`
	DCT  string `json:"dct"`
	Ref  string `json:"ref"`
}

// WriteTexts writes, for every document under dir, one JSON Lines object
//
//	{"doc":"sub/file.tml","text":"…","dct":"2013-03-22","ref":"2013-03-22"}
//
// doc is the key a predictions file uses, text the plain text the engine
// is given (offsets in predictions index its UTF-8 bytes), dct the
// document creation time as written in the corpus ("" when absent) and
// ref the reference date glossline's engine resolves against, YYYY-MM-DD
// or "": the DCT for TIMEX3, and for TIMEX2 (no usable DCT) the date the
// engine infers from the text, as Engine does. It returns the number of
// documents written.
func WriteTexts(w io.Writer, dir, tag, lng string) (int, error) {
	docs, err := ReadDir(dir, tag)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(textLine{Doc: docKey(dir, d.Path), Text: d.Text, DCT: d.DCT, Ref: engineRef(d.Text, d.DCT, lng, tag)}); err != nil {
			return 0, err
		}
	}
	return len(docs), bw.Flush()
}

// engineRef is the reference date Engine resolves a document against.
func engineRef(text, dct, lng, tag string) string {
	if tag == TIMEX3 {
		if d, ok := timex.ParseDate(dct); ok {
			return d.String()
		}
		return ""
	}
	if lng == "auto" {
		lng = lang.Detect(text)
	}
	r := analyze(text, temporal.Options{Lang: lng})
	if r.Ref.IsZero() {
		return ""
	}
	return r.Ref.String()
}
