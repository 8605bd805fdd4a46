package eval

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/shared"
)

func TestReadDocTimeML(t *testing.T) {
	src := `<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2014-02-18" functionInDocument="CREATION_TIME">2014-02-18</TIMEX3></DCT>
<TEXT>
Die Diebe kamen am <TIMEX3 tid="t1" type="DATE" value="2014-W08-WE">Wochenende</TIMEX3> und <EVENT eid="e1">flohen</EVENT> nach <TIMEX3 tid="t2" type="DURATION" value="PT2H" mod="MORE_THAN">über zwei Stunden</TIMEX3>.<TIMEX3 tid="t3" type="DATE" value="2014" beginPoint="t1"/> A &amp; B.
</TEXT>
</TimeML>`
	d, err := ReadDoc("x.tml", []byte(src), TIMEX3)
	if err != nil {
		t.Fatal(err)
	}
	if d.DCT != "2014-02-18" {
		t.Errorf("DCT = %q", d.DCT)
	}
	if !strings.Contains(d.Text, "A & B") || strings.Contains(d.Text, "<") {
		t.Errorf("text not plain: %q", d.Text)
	}
	if len(d.Gold) != 2 {
		t.Fatalf("gold = %+v, want 2 (the empty tag skipped)", d.Gold)
	}
	for i, want := range []struct{ text, typ, value, mod string }{
		{"Wochenende", "DATE", "2014-W08-WE", ""},
		{"über zwei Stunden", "DURATION", "PT2H", "MORE_THAN"},
	} {
		g := d.Gold[i]
		if d.Text[g.Start:g.End] != want.text || g.Type != want.typ || g.Value != want.value || g.Mod != want.mod {
			t.Errorf("gold[%d] = %q %+v, want %+v", i, d.Text[g.Start:g.End], g, want)
		}
	}
}

func TestReadDocTIMEX2(t *testing.T) {
	src := `<DOC><DOCID>w</DOCID>
<DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>
<TEXT>
Er begann am <TIMEX2 val="1950-06-25">25. Juni 1950</TIMEX2>, <TIMEX2 val="1953"><TIMEX2 val="1953-07">Juli</TIMEX2> 1953</TIMEX2> endete er.
</TEXT></DOC>`
	d, err := ReadDoc("w.xml", []byte(src), TIMEX2)
	if err != nil {
		t.Fatal(err)
	}
	if d.DCT != "" {
		t.Errorf("DCT = %q, want none for TIMEX2", d.DCT)
	}
	if len(d.Gold) != 2 || d.Text[d.Gold[1].Start:d.Gold[1].End] != "Juli 1953" || d.Gold[1].Value != "1953" {
		t.Errorf("gold = %+v (nested expressions count once, by the outermost)", d.Gold)
	}
}

func TestScore(t *testing.T) {
	gold := []Timex{
		{Start: 0, End: 5, Type: "DATE", Value: "2020"},
		{Start: 10, End: 20, Type: "DURATION", Value: "P1D"},
		{Start: 30, End: 35, Type: "DATE", Value: "2021"},
	}
	sys := []Timex{
		{Start: 0, End: 5, Type: "DATE", Value: "2020"},      // strict, right value
		{Start: 12, End: 22, Type: "DATE", Value: "P1D"},     // relaxed, wrong type
		{Start: 14, End: 16, Type: "DURATION", Value: "P2D"}, // second overlap: unpaired
		{Start: 40, End: 45, Type: "DATE", Value: "2022"},    // false alarm
	}
	r := Score(gold, sys)
	want := Counts{Docs: 1, Gold: 3, Sys: 4, Strict: 1, Match: 2, Type: 1, Value: 2}
	if r.Counts != want {
		t.Errorf("counts = %+v, want %+v", r.Counts, want)
	}
	if len(r.Missed) != 1 || r.Missed[0] != 2 || len(r.Extra) != 2 {
		t.Errorf("missed %v extra %v", r.Missed, r.Extra)
	}
	s := r.Scores()
	if s.RelaxedP != 50 || s.StrictR < 33.3 || s.StrictR > 33.4 {
		t.Errorf("scores = %+v", s)
	}
	// value F1 = value accuracy on relaxed matches × relaxed F1
	relF := 100 * 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0/3)
	if d := s.ValueF - relF; d > 1e-9 || d < -1e-9 {
		t.Errorf("value F1 = %v, want %v", s.ValueF, relF)
	}
}

// recorded is one row of the scores table in docs/DATES.md.
type recorded struct {
	corpus, tag                    string
	strict, relaxed, typeF, valueF float64
}

// readRecorded parses the table between the "scores:begin" and
// "scores:end" markers of docs/DATES.md.
func readRecorded(t *testing.T) []recorded {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "DATES.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i, j := strings.Index(s, "<!-- scores:begin -->"), strings.Index(s, "<!-- scores:end -->")
	if i < 0 || j < i {
		t.Fatal("docs/DATES.md has no scores table markers")
	}
	var rows []recorded
	for _, line := range strings.Split(s[i:j], "\n") {
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		if len(cells) < 6 || !strings.HasPrefix(strings.TrimSpace(cells[0]), "`") {
			continue
		}
		num := func(c string) float64 {
			c = strings.TrimSpace(c)
			if c == "–" || c == "-" {
				return -1
			}
			f, err := strconv.ParseFloat(c, 64)
			if err != nil {
				t.Fatalf("bad number %q in %q", c, line)
			}
			return f
		}
		rows = append(rows, recorded{
			corpus: strings.Trim(strings.TrimSpace(cells[0]), "`"),
			tag:    strings.TrimSpace(cells[1]),
			strict: num(cells[2]), relaxed: num(cells[3]), typeF: num(cells[4]), valueF: num(cells[5]),
		})
	}
	if len(rows) == 0 {
		t.Fatal("no rows in the scores table")
	}
	return rows
}

// TestRecordedScores runs the engine on the shared corpora and fails when a
// score falls more than one point below the figure recorded in
// docs/DATES.md.
func TestRecordedScores(t *testing.T) {
	dir := shared.Path(t, "corpora")
	for _, r := range readRecorded(t) {
		t.Run(r.corpus, func(t *testing.T) {
			groups, err := Evaluate(Config{Dirs: []string{filepath.Join(dir, r.corpus)}, Tag: r.tag, Tagger: Engine("auto", r.tag)})
			if err != nil {
				t.Fatal(err)
			}
			s := groups[0].Scores()
			check := func(name string, got, rec float64) {
				if rec >= 0 && got < rec-1 {
					t.Errorf("%s F1 %.2f fell more than one point below the recorded %.2f", name, got, rec)
				}
				if rec >= 0 && got > rec+1 {
					t.Logf("%s F1 %.2f is above the recorded %.2f: update docs/DATES.md", name, got, rec)
				}
			}
			check("strict", s.StrictF, r.strict)
			check("relaxed", s.RelaxedF, r.relaxed)
			if r.tag == TIMEX3 {
				check("type", s.TypeF, r.typeF)
			}
			check("value", s.ValueF, r.valueF)
		})
	}
}
