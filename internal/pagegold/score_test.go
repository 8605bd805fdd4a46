package pagegold

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/temporal"
	"github.com/glossline/glossline/internal/timeline"
)

// The tests below use small texts of their own, not page text, and check
// the metrics' arithmetic by hand.

func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

func sp(s string) *string { return &s }

// expr returns the expression found on the first occurrence of sub in text
// at or after from.
func expr(t *testing.T, text, sub string, from int, value string) temporal.Expr {
	t.Helper()
	k := strings.Index(text[from:], sub)
	if k < 0 {
		t.Fatalf("%q not in the text", sub)
	}
	return temporal.Expr{Start: from + k, End: from + k + len(sub), Value: value}
}

func TestNormalize(t *testing.T) {
	text := "a\u00ADb  \n c\u2060."
	n := normalize(text)
	if n.s != "ab c." {
		t.Fatalf("normalize = %q", n.s)
	}
	s, e := n.span(1, 4) // "b c"
	if text[s:e] != "b  \n c" {
		t.Errorf("span = %q", text[s:e])
	}
	if got := Normalize("  x \t y\u00A0z "); got != "x y z" {
		t.Errorf("Normalize = %q", got)
	}
	for _, s := range []string{text, " a\xffb  c ", "", " \u200B "} {
		if Normalize(s) != normalize(s).s {
			t.Errorf("Normalize(%q) = %q, normalize %q", s, Normalize(s), normalize(s).s)
		}
	}
	for _, s := range []string{text, "x-y 12,5 %  Straße\u00ADn", "", "\xff\xfe ab"} {
		if wordCount(s) != len(wordList(s)) {
			t.Errorf("wordCount(%q) = %d, want %d", s, wordCount(s), len(wordList(s)))
		}
	}
}

func TestScoreDates(t *testing.T) {
	text := "On Monday we met.\n\nIn 2019 sales fell by a\u00ADbout   5 %. The film 1917 won. We meet every day. Yesterday it rained. Now we wait."
	gold := []Timex{
		{Text: "Monday", Context: "On Monday we met", Value: sp("2020-01-06")},
		{Text: "2019", Context: "In 2019 sales fell by about 5 %", Value: sp("2019")},
		{Text: "1917", Context: "The film 1917 won", Value: nil},
		{Text: "every day", Context: "We meet every day", Value: nil},
		{Text: "Yesterday", Context: "Yesterday it rained", Value: sp("2020-01-08")},
		{Text: "last week", Context: "not in the text last week", Value: sp("2020-W01")},
	}
	found := []temporal.Expr{
		expr(t, text, "Monday", 0, "2020-01-13"),
		expr(t, text, "2019", 0, "2019"),
		expr(t, text, "1917", 0, "1917"),
		expr(t, text, "every day", 0, "P1D"),
		expr(t, text, "Now", 0, "PRESENT_REF"),
	}
	d := ScoreDates(text, found, gold)
	want := Dates{Gold: 6, Valued: 4, Unlocated: 1, Sys: 5, Matched: 4, Correct: 1, NullDated: 1}
	got := d
	got.P, got.R, got.F1, got.Mismatches = 0, 0, 0, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("counts %+v, want %+v", got, want)
	}
	// P = 1/5, R = 1/4, F1 = 2·20·25/45.
	if !near(d.P, 20) || !near(d.R, 25) || !near(d.F1, 22.22) {
		t.Errorf("P %.2f R %.2f F1 %.2f, want 20, 25, 22.22", d.P, d.R, d.F1)
	}
	var kinds []string
	for _, m := range d.Mismatches {
		kinds = append(kinds, m.Kind+" "+m.Text+m.SysText)
	}
	wantKinds := []string{"unlocated last week", "wrong MondayMonday", "null-dated 19171917",
		"null-marked every dayevery day", "missed Yesterday", "extra Now"}
	if !reflect.DeepEqual(kinds, wantKinds) {
		t.Errorf("mismatches %q,\nwant %q", kinds, wantKinds)
	}
}

func TestScoreDatesOneToOne(t *testing.T) {
	text := "Monday, May 4 was fine."
	gold := []Timex{
		{Text: "Monday", Context: "Monday, May 4 was", Value: sp("2020-05-04")},
		{Text: "May 4", Context: "Monday, May 4 was", Value: sp("2020-05-04")},
	}
	d := ScoreDates(text, []temporal.Expr{expr(t, text, "Monday, May 4", 0, "2020-05-04")}, gold)
	if d.Matched != 1 || d.Correct != 1 || !near(d.P, 100) || !near(d.R, 50) || !near(d.F1, 66.67) {
		t.Errorf("one found for two gold: %+v", d)
	}
}

func TestLocateRepeated(t *testing.T) {
	text := "It rose in 2019. It fell in 2019, in 2019 again."
	gold := []Timex{
		{Text: "2019", Context: "in 2019"},
		{Text: "2019", Context: "fell in 2019"},
		{Text: "2019", Context: "in 2019"},
	}
	got := locate(normalize(text), gold)
	want := [][2]int{{11, 15}, {28, 32}, {37, 41}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("locate = %v, want %v", got, want)
	}
}

func TestScoreTimeline(t *testing.T) {
	text := "The summit began in Paris. Then the leaders met again.\n\nTalks   failed."
	gold := []Event{
		{Date: "2020-05-04", LabelAny: []string{"SUMMIT"}},
		{Date: "2020-05-05", LabelAny: []string{"talks"}},
		{Date: "2019", LabelAny: []string{"x"}},
	}
	entries := []timeline.Entry{
		{Date: "2020-05-04", Label: "The summit began in Paris"},
		{Date: "2020-05-05", Label: "The leaders met again"}, // capitalised first letter
		{Date: "2020-06", Label: "Talks failed"},
		{Date: "2020-06", Label: "Talks failed"},
		{Date: "2020-05-04", Label: "…summit in Paris…"}, // a hole
	}
	tl := ScoreTimeline(text, entries, gold)
	if tl.Events != 3 || tl.Matched != 1 || tl.Entries != 5 || tl.OffGold != 2 || tl.BadLabels != 1 || tl.DupLabels != 1 {
		t.Errorf("counts %+v", tl)
	}
	if !near(tl.MatchedPct, 33.33) || !near(tl.OffGoldPct, 40) {
		t.Errorf("matched %.2f%%, off-gold %.2f%%; want 33.33, 40", tl.MatchedPct, tl.OffGoldPct)
	}
	if !reflect.DeepEqual(tl.NotInText, []string{"…summit in Paris…"}) || !reflect.DeepEqual(tl.Duplicates, []string{"Talks failed"}) {
		t.Errorf("not in text %q, duplicates %q", tl.NotInText, tl.Duplicates)
	}
}

func TestScoreGlossary(t *testing.T) {
	text := "Angela Merkels Partei, die CDU, und Scholz in EUROPA. Funny things."
	mention := func(sub, entry string) glossary.Mention {
		k := strings.Index(text, sub)
		return glossary.Mention{Start: k, End: k + len(sub), Entry: entry}
	}
	marked := []glossary.Mention{
		mention("Angela Merkels", "merkel"), mention("CDU", "cdu"), mention("Scholz", "scholz"),
		mention("EUROPA", "europa"), mention("Funny", "funny"),
	}
	entries := []glossary.Entry{
		{ID: "merkel", Term: "Angela Merkel", Definition: "deutsche Bundeskanzlerin (2005–2021)", Source: "article"},
		{ID: "cdu", Term: "CDU", Definition: "Union", Source: "article"},
		{ID: "scholz", Term: "Scholz", Definition: "Kanzler", Source: "article"},
		{ID: "europa", Term: "Europa", Definition: "continent", Source: "builtin"},
		{ID: "funny", Term: "Funny", Definition: "lustig.", Source: "article"},
	}
	gold := &Gold{
		Glossary: []Term{
			{Term: "Angela Merkel", Required: true, DefinitionAny: []string{"Kanzlerin"}},
			{Term: "Christlich Demokratische Union", Aliases: []string{"CDU"}, Required: true, DefinitionAny: []string{"Partei"}},
			{Term: "Olaf Scholz", Required: true, DefinitionAny: []string{"Kanzler"}},
			{Term: "EU", Required: true, DefinitionAny: []string{"Union"}}, // "EUROPA" is no form of it
			{Term: "Bundestag", Required: false, DefinitionAny: []string{"Parlament"}},
		},
		MustNot: []string{"Funny", "Kanzler"},
	}
	g := ScoreGlossary(text, marked, entries, gold)
	if g.Required != 4 || g.Marked != 2 || g.Right != 1 || g.Forbidden != 1 || g.Bare != 2 || !near(g.RightPct, 25) {
		t.Errorf("counts %+v", g)
	}
	wantWrong := []string{"Christlich Demokratische Union = Union", "Olaf Scholz: not marked", "EU: not marked"}
	if !reflect.DeepEqual(g.Wrong, wantWrong) {
		t.Errorf("wrong %q, want %q", g.Wrong, wantWrong)
	}
	if !reflect.DeepEqual(g.BareDefs, []string{"Scholz = Kanzler", "Funny = lustig."}) {
		t.Errorf("bare %q", g.BareDefs)
	}

	listed := []glossary.Name{{Text: "Merkel", Entry: "merkel"}, {Text: "CDU"}, {Text: "Scholz"}, {Text: "Kanzler"}, {Text: "Bundestag"}}
	entries = append(entries, glossary.Entry{ID: "merkel", Term: "Angela Merkel"})
	n := ScoreNames(listed, entries, []Name{{Name: "Angela Merkel"}, {Name: "CDU"}, {Name: "Olaf Scholz"}}, []string{"Kanzler"})
	if n.Names != 3 || n.Found != 2 || !near(n.Pct, 66.67) || !reflect.DeepEqual(n.Missing, []string{"Olaf Scholz"}) ||
		n.Listed != 5 || n.Forbidden != 1 || !reflect.DeepEqual(n.Extra, []string{"Bundestag"}) {
		t.Errorf("names %+v", n)
	}
}

func TestTermForm(t *testing.T) {
	for _, c := range []struct {
		marked, term string
		ok           bool
	}{
		{"Trump", "Trump", true}, {"Trumps", "Trump", true}, {"Bundestages", "Bundestag", true},
		{"EUROPA", "EU", false}, {"EU-Kommission", "EU", false}, {"Trump’s", "Trump", false}, {"Trum", "Trump", false},
	} {
		if termForm(c.marked, c.term) != c.ok {
			t.Errorf("termForm(%q, %q) = %v", c.marked, c.term, !c.ok)
		}
	}
}

func TestBareDefinition(t *testing.T) {
	for def, bare := range map[string]bool{
		"Senator": true, "President.": true, "city": true, "group": true, "Wissenschaftler": true,
		"US-Senator aus Ohio": false, "Astronomer": false, "": false, "1958 gegründete Raumfahrtbehörde": false,
	} {
		if BareDefinition(def) != bare {
			t.Errorf("BareDefinition(%q) = %v", def, !bare)
		}
	}
}

func TestScoreRoot(t *testing.T) {
	text := "Alpha beta gamma. Delta, epsilon!\n\nShare this"
	doc, err := html.Parse(strings.NewReader("<p>alpha <b>beta</b> gamma</p><p>delta epsilon zeta</p><script>share this</script>"))
	if err != nil {
		t.Fatal(err)
	}
	info := &PageInfo{With: []string{"beta   gamma", "zeta"}, Without: []string{"Share this"}, NonArticleInside: []string{"Share this", "Print"}}
	k := strings.Index(text, "Share")
	r := ScoreRoot(text, text, htmlText(doc), info, [][2]int{{k, k + 5}})
	// expected: 6 words, root: 7, common: 5.
	if !near(r.Coverage, 83.33) || !near(r.Outside, 28.57) || r.OK {
		t.Errorf("coverage %.2f outside %.2f ok %v; want 83.33, 28.57, false", r.Coverage, r.Outside, r.OK)
	}
	if r.With != 2 || r.WithFound != 1 || len(r.WithoutFound) != 1 || r.NonArticle != 1 || len(r.NonArticleMarked) != 1 {
		t.Errorf("phrases %+v", r)
	}
	info = &PageInfo{With: []string{"beta gamma"}}
	if r := ScoreRoot(text, text, "", info, nil); !r.OK || !r.ReadOK || r.Expected {
		t.Errorf("with phrases only: %+v", r)
	}
	// What the reading leaves out counts against ReadOK only.
	if r := ScoreRoot(text, "Alpha", "", info, nil); !r.OK || r.ReadOK || len(r.WithLost) != 1 {
		t.Errorf("a with phrase the reading leaves out: %+v", r)
	}
}

func TestFigureWorse(t *testing.T) {
	for _, c := range []struct {
		f      Figure
		golden float64
		worse  bool
	}{
		{Figure{Value: 60}, 61, false},
		{Figure{Value: 59.9}, 61, true},
		{Figure{Value: 70}, 61, false},
		{Figure{Value: 12, Lower: true}, 11, false},
		{Figure{Value: 12.1, Lower: true}, 11, true},
		{Figure{Value: 2, Lower: true, Count: true}, 1, true},
		{Figure{Value: 0, Count: true}, 1, true},
		{Figure{Value: 1, Lower: true, Count: true}, 1, false},
	} {
		if c.f.Worse(c.golden) != c.worse {
			t.Errorf("%+v against %v: worse = %v", c.f, c.golden, !c.worse)
		}
	}
}
