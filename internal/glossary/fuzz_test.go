package glossary

import (
	"testing"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/text"
)

// FuzzFind checks Find's promises on any input: no panic, mentions sorted,
// non-overlapping, on rune boundaries, inside the text, and outside NoMark.
func FuzzFind(f *testing.F) {
	for _, tc := range findTests {
		f.Add(tc.text, tc.lang == "de", false, 3, 9)
	}
	f.Add("SEOUL, Südkorea (AP) – Kim Jong Un traf Putin.", true, true, 0, 5)
	f.Add("\xff\xfe KCNA (Korean Central News Agency) \xc3", false, false, 2, 4)
	f.Add("UN-Sicherheitsrat-Sicherheitsrats---UN- (((( ))))", true, false, -5, 1000)
	f.Add("", true, false, 0, 0)
	f.Fuzz(func(t *testing.T, text string, de, all bool, ns, ne int) {
		opt := Options{Lang: "en", NoMark: []Span{{Start: ns, End: ne}}}
		if de {
			opt.Lang = "de"
		}
		if all {
			opt.Mark = "all"
		}
		res := findText(text, opt)
		ids := map[string]bool{}
		for _, e := range res.Entries {
			if ids[e.ID] || !validID(e.ID) || e.Definition == "" {
				t.Fatalf("bad or duplicate entry %+v", e)
			}
			ids[e.ID] = true
		}
		prev := 0
		for _, m := range res.Mentions {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention [%d,%d) after %d in %d bytes", m.Start, m.End, prev, len(text))
			}
			if !boundary(text, m.Start) || !boundary(text, m.End) {
				t.Fatalf("mention [%d,%d) not on rune boundaries", m.Start, m.End)
			}
			if ns < ne && m.Start < ne && ns < m.End {
				t.Fatalf("mention [%d,%d) inside NoMark [%d,%d)", m.Start, m.End, ns, ne)
			}
			if !ids[m.Entry] {
				t.Fatalf("mention of unknown entry %q", m.Entry)
			}
			prev = m.End
		}
	})
}

func TestMarkPolicy(t *testing.T) {
	src := "Kreml-Sprecher Boris Lebedew sagte das. Lebedew sagte mehr.\n\nDanach sprach Lebedew erneut, und Lebedew ging."
	paras, whole := doc(src, "de"), onePara(src, "de")
	count := func(d *text.Doc, opt Options) int {
		res := Find(d, opt)
		checkInvariants(t, src, res)
		n := 0
		for _, m := range res.Mentions {
			if src[m.Start:m.End] == "Boris Lebedew" || src[m.Start:m.End] == "Lebedew" {
				n++
			}
		}
		return n
	}
	if n := count(paras, Options{Lang: "de"}); n != 2 {
		t.Errorf("first-per-paragraph: %d mentions, want 2", n)
	}
	if n := count(paras, Options{Lang: "de", Mark: "first-per-paragraph"}); n != 2 {
		t.Errorf("first-per-paragraph (explicit): %d mentions, want 2", n)
	}
	if n := count(paras, Options{Lang: "de", Mark: "all"}); n != 4 {
		t.Errorf("all: %d mentions, want 4", n)
	}
	if n := count(whole, Options{Lang: "de", Mark: "all"}); n != 4 {
		t.Errorf("all, no paragraphs: %d mentions, want 4", n)
	}
	if n := count(whole, Options{Lang: "de"}); n != 1 {
		t.Errorf("whole text as one paragraph: %d mentions, want 1", n)
	}
	// No mention inside NoMark; the definition still comes from there.
	res := Find(paras, Options{Lang: "de", NoMark: []Span{{Start: 0, End: 40}}})
	checkInvariants(t, src, res)
	if len(res.Mentions) != 2 || res.Mentions[0].Start < 40 || res.Entries[0].Definition != "Kreml-Sprecher" {
		t.Errorf("NoMark: %+v %+v", res.Mentions, res.Entries)
	}
}

// boundary reports whether byte offset i of s is where a rune starts (or
// the end) when s is decoded from its start; invalid bytes decode as one
// rune each.
func boundary(s string, i int) bool {
	for k := 0; k < len(s); {
		if k == i {
			return true
		}
		if k > i {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[k:])
		k += n
	}
	return i == len(s)
}
