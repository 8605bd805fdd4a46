package timeline

import (
	"testing"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/timex"

	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/temporal"
)

// FuzzBuild feeds Build arbitrary text with expressions cut from it at
// positions taken from the input, once with the Doc's sentences and once
// (through build) with sentences cut around the expressions, and checks
// the invariants:
// no panic, valid indices, sentences inside the text, sorted, not
// overlapping and holding the entry's dates, labels valid UTF-8, short and
// stretches of the text, entries in ascending order.
func FuzzBuild(f *testing.F) {
	f.Add("Am Mittwoch traf Kim Putin. Das Treffen am Mittwoch dauerte lange.", "de", []byte{3, 11, 44, 52})
	f.Add("On Monday, the Senate passed the bill, officials said.", "en", []byte{3, 9})
	f.Add("Der Koreakrieg 1950–53 endete.", "de", []byte{15, 24})
	f.Add("\xff\xfe (( „“ ,,, …", "en", []byte{0, 3, 1, 2})
	f.Add("\nMet on Monday. Met on Monday again.", "en", []byte{8, 14, 23, 29})
	f.Add("Die WHO (WHO), die Behörde, sagte am Dienstag, sie habe im Mai geholfen.", "de", []byte{38, 46, 61, 64})
	values := []string{"2023-09-13", "1950/1953", "2022", "199", "18", "2023-W37", "2023-09-13T16:00", "P18M", "PRESENT_REF", "XXXX-WXX-3", "2023-09", "2023-SU", "bogus"}
	f.Fuzz(func(t *testing.T, text, lang string, cuts []byte) {
		var exprs []temporal.Expr
		var sents []segment.Span
		for i := 0; i+1 < len(cuts); i += 2 {
			a, b := int(cuts[i])%(len(text)+1), int(cuts[i+1])%(len(text)+1)
			exprs = append(exprs, temporal.Expr{Start: a, End: b, Type: "DATE", Value: values[int(cuts[i])%len(values)], Open: []string{"", "after"}[i%4/2]})
			sents = append(sents, segment.Span{Start: a - 3, End: b + 5})
		}
		d := newDoc(text, lang)
		check(t, text, exprs, Build(Input{Doc: d, Exprs: exprs}))
		check(t, text, exprs, build(d, lang, exprs, sents, d.Paras))
	})
}

// check checks the invariants of FuzzBuild.
func check(t *testing.T, text string, exprs []temporal.Expr, entries []Entry) {
	t.Helper()
	seen := map[int]bool{}
	for k, e := range entries {
		for _, i := range e.Dates {
			if i < 0 || i >= len(exprs) || seen[i] {
				t.Fatalf("bad or repeated date index %d", i)
			}
			seen[i] = true
		}
		if msg := badSentences(text, exprs, e); msg != "" {
			t.Fatalf("%s in %v", msg, e.Sentences)
		}
		if e.Label == "" || !utf8.ValidString(e.Label) || utf8.RuneCountInString(e.Label) > maxLabel {
			t.Fatalf("bad label %q", e.Label)
		}
		if !inText(text, e.Label) {
			t.Fatalf("label %q is not a stretch of the text", e.Label)
		}
		if k > 0 && timex.Compare(entries[k-1].Date, e.Date) > 0 {
			t.Fatalf("out of order: %s, %s", entries[k-1].Date, e.Date)
		}
	}
}

// FuzzFormat checks that the display functions never panic on any value.
func FuzzFormat(f *testing.F) {
	for _, v := range []string{"2023-09-13", "1950/1953", "199", "18", "2023-W37-3", "2023-09-13T16:00:30+02:00", "PT1.5S", "2023-Q3", "XXXX", "/", "2023-09-13TEV"} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		FormatDate(v, "de")
		FormatDate(v, "en")
		FormatEntryDate(Entry{Date: v, Mod: "START", Open: "after"}, "de")
	})
}
