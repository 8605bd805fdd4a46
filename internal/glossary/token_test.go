package glossary

import (
	"slices"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/glossary/kb"
	"github.com/glossline/glossline/internal/text"
)

// joined renders the engine's tokens of s: words as written, punctuation
// in brackets, "_" before a token with white space before it, "^" before a
// sentence start, and the flags of words after "/" (C cap, A all caps, L
// lower, D digit, H hyphen).
func joined(s, lang string) string {
	d := doc(s, lang)
	var b strings.Builder
	for i, t := range joinWords(d, nil) {
		if i > 0 {
			b.WriteByte(' ')
		}
		if t.flags&fSpaceBefore != 0 && i > 0 {
			b.WriteByte('_')
		}
		if t.flags&fSentStart != 0 {
			b.WriteByte('^')
		}
		w := d.Text[t.start:t.end]
		if t.kind == tPunct {
			b.WriteString("[" + w + "]")
			continue
		}
		b.WriteString(w)
		if f := flagString(t.flags); f != "" {
			b.WriteString("/" + f)
		}
	}
	return b.String()
}

func flagString(f tokFlags) string {
	var b strings.Builder
	for _, x := range []struct {
		f tokFlags
		c byte
	}{{fCap, 'C'}, {fAllCaps, 'A'}, {fLower, 'L'}, {fDigit, 'D'}, {fHyphen, 'H'}} {
		if f&x.f != 0 {
			b.WriteByte(x.c)
		}
	}
	return b.String()
}

// TestJoinWords: the engine's words are joins of the Doc's tokens; these
// are the words its own tokenizer made before the Doc existed, except that
// a soft hyphen or zero-width character outside a word is nothing (it was
// a punctuation token), and that sentences start where package segment
// says (they started after every ".", "!", "?", ":" and "…", so also
// after "12." of a date, "Mr." and "S." of a name, and "16." of "16.30").
func TestJoinWords(t *testing.T) {
	tests := []struct{ in, lang, want string }{
		// single letters with periods
		{"U.S. officials", "en", "^U.S./CA _officials/L"},
		{"the U.S", "en", "^the/L _U/C [.] S/C"},
		{"U.S.A. and a.m.", "en", "^U.S.A./CA _and/L _a.m./L"},
		{"Ulysses S. Grant", "en", "^Ulysses/C _S/C [.] _Grant/C"},
		{"Dr.X. said", "en", "^Dr/C [.] X/C [.] _said/L"},
		// inner apostrophes and hyphens
		{"Friday’s talks", "en", "^Friday’s/C _talks/L"},
		{"Friday's", "en", "^Friday's/C"},
		{"O’Brien", "en", "^O’Brien/C"},
		{"rock 'n' roll", "en", "^rock/L _['] n/L ['] _roll/L"},
		{"Sojus-2 und G7", "de", "^Sojus-2/CDH _und/L _G7/CD"},
		{"UN-Sicherheitsrat KCNA", "de", "^UN-Sicherheitsrat/CH _KCNA/CA"},
		{"non\u2011stop", "en", "^non\u2011stop/LH"},
		{"a--b -", "en", "^a/L [-] [-] b/L _[-]"},
		// ellipsis compounds and "-technologie"
		{"Russland- und Eurasien-Programm", "de", "^Russland-/CH _und/L _Eurasien-Programm/CH"},
		{"Luft- oder Raumfahrt", "de", "^Luft-/CH _oder/L _Raumfahrt/C"},
		{"A- und B-Seite", "de", "^A/C [-] _und/L _B-Seite/CH"},
		{"Russland- Und", "de", "^Russland/C [-] _Und/C"},
		{"Weltraumwissenschaft und -technologie", "de", "^Weltraumwissenschaft/C _und/L _-technologie/LH"},
		{"-Technik", "de", "-Technik/H"},
		// numbers are split at punctuation
		{"0,7 Prozent", "de", "^0/D [,] 7/D _Prozent/C"},
		{"16.30 Uhr", "de", "^16/D [.] 30/D _Uhr/C"},
		// soft hyphens and zero-width characters
		{"Sep\u00adtember", "de", "^Sep\u00adtember/C"},
		{"9\u00adfach", "de", "^9\u00adfach/D"},
		{"ab\u00ad9", "de", "^ab/L 9/D"},
		{"ab\u00ad\u00adcd", "de", "^ab/L cd/L"},
		// quotes, invalid bytes, letters without case
		{"„Kampf“.", "de", "[„] ^Kampf/C [“] [.]"},
		{"a\xffb", "en", "^a/L _b/L"},
		{"北京 Ökonom", "de", "^北京/L _Ökonom/C"},
		{"ÄRGER É", "de", "^ÄRGER/CA _É/C"},
		// sentence starts are the Doc's: not after an ordinal, an
		// abbreviation or a colon; after a paragraph break
		{"Er kam am 12. September. Dann ging er: Kim blieb.\n\nNeu", "de", "^Er/C _kam/L _am/L _12/D [.] _September/C [.] _^Dann/C _ging/L _er/L [:] _Kim/C _blieb/L [.] _^Neu/C"},
		{"Mr. Schwarz, who is", "en", "^Mr/C [.] _Schwarz/C [,] _who/L _is/L"},
		{"„Ja“, sagte er.", "de", "[„] ^Ja/C [“] [,] _sagte/L _er/L [.]"},
		{"", "de", ""},
	}
	for _, tt := range tests {
		if got := joined(tt.in, tt.lang); got != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// TestJoinWordsParagraphs: each word knows its paragraph.
func TestJoinWordsParagraphs(t *testing.T) {
	d := doc("Eins zwei.\n\nDrei.\n \nVier", "de")
	var got []int32
	for _, tok := range joinWords(d, nil) {
		got = append(got, tok.para)
	}
	if want := []int32{0, 0, 0, 1, 1, 2}; !slices.Equal(got, want) {
		t.Errorf("paragraphs %v, want %v", got, want)
	}
}

// TestNameTokens: names split as text does, and the short cut for plain
// names splits them as the Doc does.
func TestNameTokens(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Dmitri Peskow", []string{"Dmitri", "Peskow"}},
		{"Ulysses S. Grant", []string{"Ulysses", "S", ".", "Grant"}},
		{"U.S. Trust", []string{"U.S.", "Trust"}},
		{"Korean Central  News", []string{"Korean", "Central", "News"}},
		{" G7 ", []string{"G7"}},
		{"Wagner-Gruppe", []string{"Wagner-Gruppe"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := nameTokens(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("nameTokens(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	if got, want := nameWords("Ulysses S. Grant"), []string{"Ulysses", "S", "Grant"}; !slices.Equal(got, want) {
		t.Errorf("nameWords = %q, want %q", got, want)
	}
	// the short cut agrees with the Doc on every name of the knowledge base
	names := []string{"a b", "Ärger Straße", "e\u0301t\u00e9", "٣٤ ا", "x  y", "x\u00ady"}
	for _, e := range kb.Entries() {
		for _, ns := range e.Names {
			names = append(names, ns...)
		}
	}
	for _, n := range names {
		ws, ok := plainWords(n)
		if !ok {
			continue
		}
		d := text.New(n)
		var want []string
		for _, t := range joinWords(d, nil) {
			want = append(want, n[t.start:t.end])
		}
		if !slices.Equal(ws, want) {
			t.Errorf("plainWords(%q) = %q, the Doc gives %q", n, ws, want)
		}
	}
}

// FuzzJoinWords checks the joins on any input: tokens in order, inside the
// text, on rune boundaries, each the join of its Doc tokens; and the
// plain-name short cut splits as the Doc does.
func FuzzJoinWords(f *testing.F) {
	for _, s := range []string{"U.S. Trust", "Russland- und Eurasien-Programm", "und -technologie", "9\u00adfach", "a\xffb", "Dmitri Peskow", "e\u0301t\u00e9 ٣٤"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := doc(s, "de")
		prev := 0
		for _, tok := range joinWords(d, nil) {
			if tok.start < prev || tok.end <= tok.start || tok.end > len(d.Text) || !boundary(d.Text, tok.start) || !boundary(d.Text, tok.end) {
				t.Fatalf("token [%d,%d) after %d in %d bytes", tok.start, tok.end, prev, len(d.Text))
			}
			if tok.first > tok.last || int(d.Toks[tok.first].Start) != tok.start || int(d.Toks[tok.last].End) != tok.end {
				t.Fatalf("token [%d,%d) is not Doc tokens %d..%d", tok.start, tok.end, tok.first, tok.last)
			}
			prev = tok.end
		}
		if ws, ok := plainWords(s); ok {
			var want []string
			for _, tok := range joinWords(text.New(s), nil) {
				want = append(want, s[tok.start:tok.end])
			}
			if !slices.Equal(ws, want) {
				t.Fatalf("plainWords(%q) = %q, the Doc gives %q", s, ws, want)
			}
		}
	})
}
