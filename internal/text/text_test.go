package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// toks renders a Doc's tokens as "word" or "word/low" (when the lower-case
// form differs), a "_" before a token that does not touch the previous one.
func toks(d *Doc) string {
	var b strings.Builder
	for i := range d.Toks {
		if i > 0 {
			if d.Toks[i].Touches() {
				b.WriteByte(' ')
			} else {
				b.WriteString(" _")
			}
		}
		b.WriteString(d.Word(i))
		if d.Low(i) != d.Word(i) {
			b.WriteString("/" + d.Low(i))
		}
	}
	return b.String()
}

func TestTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		// The cases the engines used to split three ways.
		{"U.S.", "U/u . S/s ."},
		{"Friday’s talks", "Friday/friday ’/' s _talks"},
		{"Friday's", "Friday/friday ' s"},
		{"Russland- und Eurasien-Programm", "Russland/russland - _und _Eurasien/eurasien - Programm/programm"},
		{"0,7 Prozent", "0 , 7 _Prozent/prozent"},
		{"Sep\u00adtember", "Sep\u00adtember/september"},
		{"Sojus-2", "Sojus/sojus - 2"},
		{"O’Brien", "O/o ’/' Brien/brien"},
		{"16.30 Uhr", "16 . 30 _Uhr/uhr"},
		{"„Kampf“.", "„ Kampf/kampf “ ."},
		// What the dates engine (temporal) joins or reads: a word with
		// inner apostrophes is Letters ' Letters touching ("won’t",
		// "rock'n'roll"; not the possessive "'s", whose s is a word of
		// its own); numbers are ASCII digit runs apart from letters and
		// punctuation; soft hyphens stay inside the word.
		{"won’t", "won ’/' t"},
		{"rock'n'roll", "rock ' n ' roll"},
		{"FRIDAY'S", "FRIDAY/friday ' S/s"},
		{"year’s end", "year ’/' s _end"},
		{"Valentine's Day", "Valentine/valentine ' s _Day/day"},
		{"1990er Jahre", "1990 er _Jahre/jahre"},
		{"60er-Jahren", "60 er - Jahren/jahren"},
		{"'90s", "' 90 s"},
		{"12th", "12 th"},
		{"12.9.2023", "12 . 9 . 2023"},
		{"2023-09-14", "2023 - 09 - 14"},
		{"1950–53", "1950 – 53"},
		{"16:30", "16 : 30"},
		{"3 p.m.", "3 _p . m ."},
		{"490 v. Chr.", "490 _v . _Chr/chr ."},
		{"1,5 Jahre", "1 , 5 _Jahre/jahre"},
		{"5 1/2", "5 _1 / 2"},
		{"$2", "$ 2"},
		{"§ 5", "§ _5"},
		{"Mittwoch\u00adabend", "Mittwoch\u00adabend/mittwochabend"},
		{"Donnerstagabend", "Donnerstagabend/donnerstagabend"},
		{"١٢ Mai", "١٢ _Mai/mai"},
		// Unicode letters, marks, digits and spaces.
		{"Ökonom Straße", "Ökonom/ökonom _Straße/straße"},
		{"e\u0301t\u00e9", "e\u0301t\u00e9"},
		{"٣٤ ا", "٣٤ _ا"},
		{"a\u00a0b\u202fc", "a _b _c"},
		// Invisible characters outside a word are nothing.
		{"\u00adab \u200b c\u00ad", "ab _c"},
		{"x\u00ad-y", "x - y"},
		// Invalid UTF-8 is one-byte punctuation.
		{"a\xffb", "a \xff b"},
		{"", ""},
		{"  \n\n ", ""},
		// Cases the glossary and timeline joins rely on.
		{"9\u00adfach", "9 fach"},
		{"ab\u00ad9", "ab 9"},
		{"Fischerei\u00administerium", "Fischerei\u00administerium/fischereiministerium"},
		{"İstanbul ẞ", "İstanbul/istanbul _ẞ/ß"}, // unicode.ToLower: one rune for one
		{"a\vb\fc", "a _b _c"},
		{"a \u0301b", "a _\u0301b"},
		{"non\u2011stop", "non \u2011 stop"},
		{"AT&T 2022/23 1,700", "AT/at & T/t _2022 / 23 _1 , 700"},
		{"Staats-\nund", "Staats/staats - _und"},
		{"a\xff-b", "a \xff - b"},
		{"\uFFFD", "\uFFFD"},
		{"a\u200b2", "a 2"},
		{"x-\u00ady", "x - y"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := toks(New(tt.in)); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestFlags(t *testing.T) {
	d := New("KCNA meldete\nam Mittwoch, dem 13. Sep\u00adtember:\n \nÄrger mit iPhone und USA-Plänen 2023")
	want := map[string]Flag{
		"KCNA":       Space | Para | Upper | AllCaps | ASCII,
		"meldete":    Space | Lower | ASCII,
		"am":         Space | Line | Lower | ASCII,
		",":          ASCII,
		"13":         Space | ASCII,
		"Sep­tember": Space | Upper | Invisible,
		":":          ASCII,
		"Ärger":      Space | Line | Para | Upper,
		"iPhone":     Space | Lower | ASCII,
		"USA":        Space | Upper | AllCaps | ASCII,
		"-":          ASCII,
		"Plänen":     Upper,
		"2023":       Space | ASCII,
	}
	for i := range d.Toks {
		w := d.Word(i)
		if f, ok := want[w]; ok && d.Toks[i].Flags != f {
			t.Errorf("%q: flags %b, want %b", w, d.Toks[i].Flags, f)
		}
	}
	if got := d.LowRange(2, 3); got != "am mittwoch" {
		t.Errorf("LowRange(am, Mittwoch) = %q", got)
	}
}

// TestNumAndLines: what the dates engine reads of numbers (the value of
// up to nine ASCII digits, the digit count from the span) and of line
// breaks (a Line flag; a blank line is a paragraph start).
func TestNumAndLines(t *testing.T) {
	d := New("123456789 1234567890 007 ١٢\nzwei\u2028drei\n \nvier")
	want := []struct {
		word string
		num  int
		line bool
		para bool
	}{
		{"123456789", 123456789, false, true},
		{"1234567890", -1, false, false},
		{"007", 7, false, false},
		{"١٢", -1, false, false},
		{"zwei", -1, true, false},
		{"drei", -1, true, false},
		{"vier", -1, true, true},
	}
	if len(d.Toks) != len(want) {
		t.Fatalf("%d tokens: %s", len(d.Toks), toks(d))
	}
	for i, w := range want {
		if d.Word(i) != w.word || d.Num(i) != w.num || d.Toks[i].Has(Line) != w.line || d.Toks[i].Has(Para) != w.para {
			t.Errorf("token %d %q: Num %d, Line %v, Para %v; want %+v", i, d.Word(i), d.Num(i), d.Toks[i].Has(Line), d.Toks[i].Has(Para), w)
		}
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"   \n\n  ", nil},
		{"One.", []string{"One."}},
		{"One.\nStill one.", []string{"One.\nStill one."}},
		{"One.\n\nTwo.", []string{"One.", "Two."}},
		{"  One. \n \t\n\n  Two.  \n", []string{"One.", "Two."}},
		{"One.\r\n\r\nTwo.", []string{"One.", "Two."}},
		{"One.\n\u00a0\nTwo.", []string{"One.\n\u00a0\nTwo."}},
		{"\u00a0Eins.\u00a0", []string{"Eins."}},
	}
	for _, tt := range tests {
		d := New(tt.text)
		var got []string
		for k, p := range d.Paras {
			got = append(got, tt.text[p.Start:p.End])
			if first := d.ParaToks[k]; !d.Toks[first].Has(Para) || int(d.Toks[first].Start) != p.Start {
				t.Errorf("%q: paragraph %d starts at token %d without the Para flag", tt.text, k, first)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Paragraphs(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCut(t *testing.T) {
	s := strings.Repeat("ä", 10) // 20 bytes
	if got := Cut(s, 7); got != "äää" {
		t.Errorf("Cut = %q", got)
	}
	if got := Cut(s, 100); got != s {
		t.Errorf("Cut beyond the end changed the text")
	}
	d := New(strings.Repeat("a", MaxLen+10))
	if len(d.Text) != MaxLen {
		t.Errorf("New kept %d bytes, want %d", len(d.Text), MaxLen)
	}
}

func TestLookups(t *testing.T) {
	d := New("Am 12. März 2023.\n\nDann 1234567890 Tage.")
	if n := d.Num(1); n != 12 {
		t.Errorf("Num(12) = %d", n)
	}
	if n := d.Num(0); n != -1 {
		t.Errorf("Num(Am) = %d", n)
	}
	big := d.TokenAt(strings.Index(d.Text, "1234"))
	if d.Num(big) != -1 {
		t.Errorf("a ten-digit number has a value")
	}
	for off := 0; off < len(d.Text); off++ {
		i := d.TokenAt(off)
		if i < len(d.Toks) && (int(d.Toks[i].End) <= off || i > 0 && int(d.Toks[i-1].End) > off) {
			t.Errorf("TokenAt(%d) = %d", off, i)
		}
	}
	if i, j := d.Tokens(Span{Start: 3, End: 17}); d.Range(i, j-1) != "12. März 2023" {
		t.Errorf("Tokens = [%d,%d): %q", i, j, d.Range(i, j-1))
	}
	if k := d.ParagraphOf(big); k != 1 {
		t.Errorf("ParagraphOf = %d", k)
	}
	if k := d.SentenceOf(0); k != -1 {
		t.Errorf("SentenceOf before segmentation = %d", k)
	}
	d.SetSentences([]int32{0, 6}, "de")
	if k := d.SentenceOf(big); k != 1 || !d.Toks[6].Has(Sent) || d.Sents[1].Start != d.Paras[1].Start {
		t.Errorf("sentences %v, SentenceOf = %d", d.Sents, k)
	}
}

// checkDoc checks the invariants of a Doc built from s.
func checkDoc(t *testing.T, s string) {
	d := New(s)
	s = d.Text
	valid := utf8.ValidString(s)
	prev := 0
	for i, tok := range d.Toks {
		a, b := int(tok.Start), int(tok.End)
		if a < prev || b <= a || b > len(s) {
			t.Fatalf("token %d [%d,%d) after %d in %q", i, a, b, prev, s)
		}
		if valid && (!utf8.RuneStart(s[a]) || b < len(s) && !utf8.RuneStart(s[b])) {
			t.Fatalf("token %d [%d,%d) not on rune boundaries in %q", i, a, b, s)
		}
		// Between tokens: white space or invisible characters only, and
		// the Space flag says whether there was white space.
		gap := s[prev:a]
		spaced := i == 0
		for _, r := range gap {
			if unicode.IsSpace(r) {
				spaced = true
			} else if !invisible(r) {
				t.Fatalf("token %d: gap %q holds %q in %q", i, gap, r, s)
			}
		}
		if spaced != tok.Has(Space) {
			t.Fatalf("token %d %q: Space %v, gap %q", i, d.Word(i), tok.Has(Space), gap)
		}
		if tok.Lo > tok.Hi || int(tok.Hi) > len(d.Lower) {
			t.Fatalf("token %d: lower [%d,%d) of %d", i, tok.Lo, tok.Hi, len(d.Lower))
		}
		if i > 0 {
			sep := d.Lower[d.Toks[i-1].Hi:tok.Lo]
			if want := map[bool]string{true: " ", false: ""}[tok.Has(Space)]; sep != want {
				t.Fatalf("token %d: %q between lower forms", i, sep)
			}
		}
		prev = b
	}
	for _, r := range s[prev:] {
		if !unicode.IsSpace(r) && !invisible(r) {
			t.Fatalf("text after the last token: %q", s[prev:])
		}
	}
	if len(d.ParaToks) != len(d.Paras)+1 || d.ParaToks[len(d.Paras)] != int32(len(d.Toks)) {
		t.Fatalf("ParaToks %v for %d paragraphs", d.ParaToks, len(d.Paras))
	}
}

func FuzzNew(f *testing.F) {
	for _, s := range []string{"U.S. Friday’s Sojus-2 0,7", "Sep\u00adtember\n\nZwei", "a\xffb\u00ad", "٣٤\u2028x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkDoc(t, s) })
}

func BenchmarkNew(b *testing.B) {
	s := strings.Repeat("Nordkoreas Machthaber Kim Jong Un gelobte am Mittwoch, dem 13. Sep\u00adtember 2023, „volle Unterstützung“ für Russlands Krieg (U.S.-Angaben: 0,7 %).\n\n", 200)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		New(s)
	}
}
