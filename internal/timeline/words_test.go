package timeline

import (
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/text"
)

// splitWords returns the words of s as split does, written "|"-separated,
// each followed by "/lower" where its lower-case form differs. sents nil:
// the sentences segment finds for lang.
func splitWords(s, lang string, sents []text.Span) string {
	d := text.New(s)
	segment.Split(d, lang)
	if sents == nil {
		sents = d.Sents
	}
	b := &builder{d: d, text: d.Text, lx: lexiconFor(lang), sents: cleanSpans(d.Text, sents)}
	b.split()
	var out []string
	for i := range b.words {
		w := &b.words[i]
		x := d.Text[w.start:w.end]
		if lo := d.Lower[w.lo:w.hi]; lo != x {
			x += "/" + lo
		}
		if !w.word {
			x = "(" + x + ")"
		}
		out = append(out, x)
	}
	return strings.Join(out, "|")
}

// TestWords checks timeline's words: joins over touching tokens of the
// Doc (what the engine's own tokenizer gave before the shared text layer).
func TestWords(t *testing.T) {
	tests := []struct{ in, want string }{
		// The cases the engines used to split three ways.
		{"U.S. Army", "U.S/u.s|(.)|Army/army"}, // the last full stop ends the word
		{"Friday’s talks", "Friday’s/friday's|talks"},
		{"Russland- und Eurasien-Programm", "Russland-/russland-|und|Eurasien-Programm/eurasien-programm"},
		{"um 0,7 Prozent", "um|0,7|Prozent/prozent"},
		{"Sep\u00adtember", "Sep\u00adtember/september"},
		{"Sojus-2 und O’Brien", "Sojus-2/sojus-2|und|O’Brien/o'brien"},
		// Joiners between word runes; a comma only between digits.
		{"AT&T 2022/23 1,700 16.30", "AT&T/at&t|2022/23|1,700|16.30"},
		{"rot,grün a1,2", "rot|(,)|grün|a1,2"},
		{"a--b x-", "a|(-)|(-)|b|x-"},
		{"Staats-\nund", "Staats/staats|(-)|und"},
		{"„Kampf“.", "(„)|Kampf/kampf|(“)|(.)"},
		{"'quoted'", "(')|quoted|(')"},
		// Invalid UTF-8 is nothing, and no word runs over it.
		{"a\xffb c\xff-d", "a|b|c|(-)|d"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := splitWords(tt.in, "de", nil); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestWordsSentences checks that no word runs over a sentence boundary,
// and that a hyphen at a sentence's end stays with its word.
func TestWordsSentences(t *testing.T) {
	s := "Er kam 2023.Das war Staats-"
	sents := []text.Span{{Start: 0, End: 12}, {Start: 12, End: len(s)}}
	if got, want := splitWords(s, "de", sents), "Er/er|kam|2023|(.)|Das/das|war|Staats-/staats-"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got, want := splitWords(s, "de", []text.Span{{Start: 0, End: len(s)}}), "Er/er|kam|2023.Das/2023.das|war|Staats-/staats-"; got != want {
		t.Errorf("one sentence: got  %q\nwant %q", got, want)
	}
	// A sentence cut inside "Staats" ends the word there.
	if got, want := splitWords("Staats-Minister", "de", []text.Span{{Start: 0, End: 7}}), "Staats-/staats-|Minister/minister"; got != want {
		t.Errorf("cut at the hyphen: got  %q\nwant %q", got, want)
	}
}

// TestWordFacts checks what split records about each word: the classes
// of the lexicon (an acronym alone keeps none), the quotation marks, the
// expressions and which of them are timeline dates.
func TestWordFacts(t *testing.T) {
	txt, exprs := fixture(t, "Die WHO sagte am [[Montag|2024-03-11]] „Ja“, die USA UND DIE EU [[drei Tage|P3D]] lang.")
	d := newDoc(txt, "de")
	b := &builder{d: d, text: d.Text, lx: lexiconFor("de"), refs: cleanExprs(txt, exprs), sents: d.Sents, isEvent: []bool{true, false}}
	b.split()
	find := func(w string, nth int) *word {
		for i := range b.words {
			if d.Text[b.words[i].start:b.words[i].end] == w {
				if nth == 0 {
					return &b.words[i]
				}
				nth--
			}
		}
		t.Fatalf("no word %q", w)
		return nil
	}
	if w := find("WHO", 0); w.cls != 0 || w.lex != lexiconFor("de").class("who") || !w.acro {
		t.Errorf("WHO: cls %b lex %b acro %v", w.cls, w.lex, w.acro)
	}
	if w := find("DIE", 0); w.cls == 0 || w.cls&cDet == 0 {
		t.Errorf("DIE among capitals: cls %b", w.cls)
	}
	if w := find("sagte", 0); w.cls&cStatement == 0 || w.upper {
		t.Errorf("sagte: cls %b upper %v", w.cls, w.upper)
	}
	if w := find("Montag", 0); w.expr != 0 || !w.event || !w.upper {
		t.Errorf("Montag: expr %d event %v upper %v", w.expr, w.event, w.upper)
	}
	if w := find("Tage", 0); w.expr != 1 || w.event {
		t.Errorf("Tage: expr %d event %v", w.expr, w.event)
	}
	if w := find("„", 0); w.cls != cOpenQuote || w.word {
		t.Errorf("„: cls %b", w.cls)
	}
	if w := find("“", 0); w.cls != cCloseQuote {
		t.Errorf("“: cls %b", w.cls)
	}
	if w := find(",", 0); !w.stop {
		t.Errorf(", is no clause boundary")
	}
	if w := find("am", 0); w.expr != -1 || w.event {
		t.Errorf("am: expr %d", w.expr)
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"treffen", "treff"}, {"gipfeltreffen", "gipfeltreff"}, {"modern", "moder"}, {"bürgern", "bürg"},
		{"raketen", "raket"}, {"talks", "talk"}, {"meetings", "meeting"}, {"rose", "rose"}, {"roses", "rose"},
		{"größe", "größ"}, {"größen", "größ"}, {"rosen", "rose"}, {"kim", "kim"}, {"", ""}, {"tages", "tage"},
	}
	for _, tt := range tests {
		if got := stem(tt.in); got != tt.want {
			t.Errorf("stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
