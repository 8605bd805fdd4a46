package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCorpus writes TimeML documents (name → body of <TEXT>) with DCT
// 2023-09-14 under a new directory and returns it.
func writeCorpus(t *testing.T, docs map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range docs {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		doc := `<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-14">2023-09-14</TIMEX3></DCT><TEXT>` + body + `</TEXT></TimeML>`
		if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadPredictions(t *testing.T) {
	in := `{"doc":"a/one.tml","start":30,"end":38,"type":"DATE","value":"2023-09-13"}

{"doc":"a/one.tml","start":3,"end":9,"type":"","value":""}
{"doc":"b.tml","start":0,"end":4,"type":"TIME","value":"2023-09-13T10:00"}
`
	p, err := ReadPredictions(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(p) != 2 || len(p["a/one.tml"]) != 2 || len(p["b.tml"]) != 1 {
		t.Fatalf("predictions = %+v", p)
	}
	if a := p["a/one.tml"]; a[0].Start != 3 || a[1].Start != 30 || a[1].Value != "2023-09-13" || a[1].Type != "DATE" {
		t.Errorf("a/one.tml = %+v, want sorted by start with fields kept", a)
	}
}

func TestReadPredictionsErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"doc":"a","start":1,"end":2`, "line 1"},
		{"\n" + `{"start":1,"end":2}`, "line 2: no doc"},
		{`{"doc":"a","end":2}`, "start and end are required"},
		{`{"doc":"a","start":2,"end":2}`, "bad extent"},
		{`{"doc":"a","start":-1,"end":2}`, "bad extent"},
		{`{"doc":"a","start":0,"end":2,"type":"EVENT"}`, "type"},
		{`{"doc":"a","start":0,"end":2,"val":"2020"}`, "unknown field"},
		{`["a",0,2]`, "line 1"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			_, err := ReadPredictions(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestEvaluatePredictions(t *testing.T) {
	dir := writeCorpus(t, map[string]string{
		"a/one.tml": `Sie trafen sich am <TIMEX3 tid="t1" type="DATE" value="2023-09-13">Mittwoch</TIMEX3> in Köln.`,
		"two.tml":   `Das dauerte <TIMEX3 tid="t1" type="DURATION" value="PT5H">fünf Stunden</TIMEX3>.`,
	})
	// "am Mittwoch" overlaps the gold "Mittwoch" (relaxed, not strict) with
	// the right value; "Köln" is a false alarm; two.tml has no prediction.
	in := `{"doc":"a/one.tml","start":16,"end":27,"type":"DATE","value":"2023-09-13"}
{"doc":"a/one.tml","start":31,"end":36,"type":"DATE","value":"XXXX"}
`
	p, err := ReadPredictions(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	groups, err := Evaluate(Config{Dirs: []string{dir}, Tag: TIMEX3, Preds: p})
	if err != nil {
		t.Fatal(err)
	}
	want := Counts{Docs: 2, Gold: 2, Sys: 2, Strict: 0, Match: 1, Type: 1, Value: 1}
	if groups[0].Counts != want {
		t.Errorf("counts = %+v, want %+v", groups[0].Counts, want)
	}
}

func TestEvaluatePredictionsErrors(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"one.tml": `Am <TIMEX3 tid="t1" type="DATE" value="2023-09-11">Montag</TIMEX3> in Köln.`})
	// The text is "Am Montag in Köln.": "ö" is bytes 14–15.
	for _, tc := range []struct{ name, in, want string }{
		{"past the end", `{"doc":"one.tml","start":3,"end":99}`, "outside the text"},
		{"inside a rune", `{"doc":"one.tml","start":15,"end":17}`, "rune boundaries"},
		{"end inside a rune", `{"doc":"one.tml","start":13,"end":15}`, "rune boundaries"},
		{"unknown document", `{"doc":"three.tml","start":0,"end":2}`, "not in the corpus: three.tml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ReadPredictions(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			_, err = Evaluate(Config{Dirs: []string{dir}, Tag: TIMEX3, Preds: p})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
	if _, err := Evaluate(Config{Dirs: []string{dir, dir}, Tag: TIMEX3, Preds: Predictions{}}); err == nil {
		t.Error("predictions against two directories: no error")
	}
}

// TestTextsRoundTrip dumps a corpus' texts, turns its gold annotation into a
// predictions file with offsets into the dumped texts, and expects perfect
// scores: the dump and the scorer agree on the text and the keys.
func TestTextsRoundTrip(t *testing.T) {
	dir := writeCorpus(t, map[string]string{
		"x/ä.tml": `Für <TIMEX3 tid="t1" type="DURATION" value="P2D">zwei Tage</TIMEX3> &amp; am <TIMEX3 tid="t2" type="DATE" value="2023-09-11">Montag</TIMEX3>.`,
		"y.tml":   `On <TIMEX3 tid="t1" type="DATE" value="2023-09-12">Tuesday</TIMEX3> at <TIMEX3 tid="t2" type="TIME" value="2023-09-12T10:00">10 am</TIMEX3>.`,
	})
	var buf bytes.Buffer
	n, err := WriteTexts(&buf, dir, TIMEX3, "auto")
	if err != nil || n != 2 {
		t.Fatalf("WriteTexts: %d documents, %v", n, err)
	}
	docs, err := ReadDir(dir, TIMEX3)
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]*Doc{}
	for _, d := range docs {
		byKey[docKey(dir, d.Path)] = d
	}
	var preds strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var l textLine
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatal(err)
		}
		d := byKey[l.Doc]
		if d == nil {
			t.Fatalf("dumped doc %q is not a key of the corpus (keys %v)", l.Doc, byKey)
		}
		if l.Text != d.Text || l.DCT != "2023-09-14" || l.Ref != "2023-09-14" {
			t.Errorf("%s: dumped text %q dct %q ref %q", l.Doc, l.Text, l.DCT, l.Ref)
		}
		for _, g := range d.Gold {
			b, _ := json.Marshal(map[string]any{"doc": l.Doc, "start": g.Start, "end": g.End, "type": g.Type, "value": g.Value})
			preds.Write(append(b, '\n'))
		}
	}
	p, err := ReadPredictions(strings.NewReader(preds.String()))
	if err != nil {
		t.Fatal(err)
	}
	groups, err := Evaluate(Config{Dirs: []string{dir}, Tag: TIMEX3, Preds: p})
	if err != nil {
		t.Fatal(err)
	}
	if s := groups[0].Scores(); s.StrictF != 100 || s.ValueF != 100 || s.TypeF != 100 || groups[0].Gold != 4 {
		t.Errorf("gold as predictions: %+v %+v, want 4 gold and 100 everywhere", groups[0].Counts, s)
	}
}

// TestWriteTextsTIMEX2Ref: a TIMEX2 document has no DCT; its ref is the date
// the engine infers from the text, as Engine resolves it: none for a
// narrative, the reported day for a news-like text with a weekday.
func TestWriteTextsTIMEX2Ref(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"1.xml": `Der Krieg begann am <TIMEX2 val="1950-06-25">25. Juni 1950</TIMEX2> in Korea.`,
		"2.xml": `Am <TIMEX2 val="2023-09-13">Mittwoch, dem 13. September 2023</TIMEX2>, trafen sie sich; <TIMEX2 val="2023-09-12">gestern</TIMEX2> nicht.`,
	} {
		doc := `<DOC><DATETIME>2011-02-16</DATETIME><TEXT>` + body + `</TEXT></DOC>`
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := WriteTexts(&buf, dir, TIMEX2, "de"); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"1.xml": "", "2.xml": "2023-09-13"}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var l textLine
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatal(err)
		}
		if r, ok := want[l.Doc]; !ok || l.DCT != "" || l.Ref != r {
			t.Errorf("line %+v, want doc 1.xml or 2.xml, no dct, ref %q", l, r)
		}
		delete(want, l.Doc)
	}
	if len(want) != 0 {
		t.Errorf("not dumped: %v", want)
	}
}
