// Package eval reads temporally annotated corpora (TimeML with TIMEX3, and
// inline TIMEX2 as in WikiWars) and scores a tagger's expressions against
// them the way TempEval-3 does. It is native-only tooling: it uses
// encoding/xml, which the wasm never links.
package eval

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Timex is one annotated (or found) temporal expression: a byte range of
// the document's plain text and its TIMEX attributes.
type Timex struct {
	Start, End int
	Type       string // TIMEX3 type; "" for TIMEX2
	Value      string
	Mod        string
}

// Doc is one annotated document.
type Doc struct {
	Path string // file path as found
	Text string // plain text of the <TEXT> element, tags removed
	// DCT is the document creation time from <DCT> (TimeML), "" when absent
	// (TIMEX2: the <DATETIME> element is a download date and is ignored).
	DCT  string
	Gold []Timex // sorted by Start
}

// Tag names the annotation scheme of a corpus.
const (
	TIMEX3 = "TIMEX3"
	TIMEX2 = "TIMEX2"
)

// ReadDoc parses one file annotated with tag (TIMEX3 or TIMEX2).
// Expressions with no text (TimeML's empty tags for implicit interval
// bounds) are skipped; nested expressions count once, by the outermost.
func ReadDoc(path string, data []byte, tag string) (*Doc, error) {
	d := &Doc{Path: path}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var text strings.Builder
	inText, inDCT := 0, 0
	type open struct {
		start int
		attrs map[string]string
	}
	var stack []open
	sawText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, errors.New(path + ": " + err.Error())
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText++
				sawText = true
			case "DCT":
				inDCT++
			case tag:
				attrs := map[string]string{}
				for _, a := range t.Attr {
					attrs[a.Name.Local] = a.Value
				}
				if inDCT > 0 && tag == TIMEX3 {
					d.DCT = attrs["value"]
				}
				stack = append(stack, open{text.Len(), attrs})
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText--
			case "DCT":
				inDCT--
			case tag:
				if len(stack) == 0 {
					continue
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if inText <= 0 || len(stack) > 0 {
					continue // outside the text, or nested
				}
				start, end := o.start, text.Len()
				s := text.String()
				for start < end && isSpace(s[start]) {
					start++
				}
				for end > start && isSpace(s[end-1]) {
					end--
				}
				if start == end {
					continue
				}
				x := Timex{Start: start, End: end, Mod: o.attrs["mod"]}
				if tag == TIMEX3 {
					x.Type, x.Value = o.attrs["type"], o.attrs["value"]
				} else {
					x.Value = o.attrs["val"]
					if x.Mod == "" {
						x.Mod = o.attrs["mod"]
					}
				}
				d.Gold = append(d.Gold, x)
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
			}
		}
	}
	if !sawText {
		return nil, errors.New(path + ": no <TEXT> element")
	}
	d.Text = text.String()
	sort.SliceStable(d.Gold, func(i, j int) bool { return d.Gold[i].Start < d.Gold[j].Start })
	return d, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// ReadDir reads every annotated file under dir, recursively, in path order:
// files ending in .tml, .xml or .timeml. Files without a <TEXT> element
// are skipped. dir must be a folder, and one that holds at least one
// document: anything else is an error, since there is nothing to score.
func ReadDir(dir, tag string) ([]*Doc, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, errors.New(dir + ": not a folder (a corpus is a folder of .tml, .xml or .timeml files)")
	}
	var docs []*Doc
	err = filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			return nil
		}
		name := strings.ToLower(e.Name())
		if !strings.HasSuffix(name, ".tml") && !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".timeml") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !bytes.Contains(data, []byte("<TEXT")) {
			return nil
		}
		d, err := ReadDoc(path, data, tag)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		return nil
	})
	if err == nil && len(docs) == 0 {
		err = errors.New(dir + ": no annotated documents (.tml, .xml or .timeml files with a <TEXT> element)")
	}
	return docs, err
}
