package glossary

import (
	"reflect"
	"testing"

	"github.com/glossline/glossline/internal/text"
)

// TestWordRep checks that a word's list features are those of the first
// occurrence of its text, and the same as computed afresh, in texts of our
// own where words repeat, in both cases and both languages; and that the
// table grows past its first size.
func TestWordRep(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Der Minister traf den Minister. Die Bahn, die Bahn und der Bahnhof; Ölpreise, Ölpreise. WhatsApp und Whatsapp."},
		{"en", "The Minister met the minister. The Agency, the Agency and the agency; YouTube and Youtube."},
	} {
		d := text.New(c.text)
		e := newEngine(d, c.lang, Options{Lang: c.lang})
		e.prepare()
		f := newEngine(d, c.lang, Options{Lang: c.lang})
		f.prepare()
		for i := range e.toks {
			if e.toks[i].kind != tWord {
				continue
			}
			got := e.features(i)
			// afresh: a table that holds only this token
			f.reps = wordReps{}
			f.info[i] = tokInfo{}
			if r := f.wordRep(i); r != i {
				t.Fatalf("%s: first word asked for is not its own representative", c.lang)
			}
			if want := f.features(i); got != want || e.info[i] != f.info[i] {
				t.Errorf("%s: %q: features %b info %+v, afresh %b %+v", c.lang, e.w(i), got, e.info[i], want, f.info[i])
			}
			if r := e.wordRep(i); e.w(r) != e.w(i) || r > i {
				t.Errorf("%s: %q: representative %d %q", c.lang, e.w(i), r, e.w(r))
			}
		}
	}
	// many distinct words: the table grows and still finds each word's first
	var s []byte
	for i := 0; i < 3000; i++ {
		s = append(s, 'W', byte('a'+i%26), byte('a'+i/26%26), byte('a'+i/676%26), ' ')
	}
	d := text.New(string(s) + string(s))
	e := newEngine(d, "en", Options{})
	e.prepare()
	n := len(e.toks) / 2
	for i := range e.toks {
		if r := e.wordRep(i); i < n && r != i || i >= n && r != i-n {
			t.Fatalf("token %d %q: representative %d", i, e.w(i), r)
		}
	}
}

// TestScanMemo checks that remembering, within a scan, the words no
// dictionary holds changes nothing: texts of our own where such words and
// names repeat, in both languages, with and without the memory.
func TestScanMemo(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"de", "Die Nato und die Bundeswehr üben. Minister Klaus Berger (CDU) sagte, die Nato übe oft. Berger lobte die Bundeswehr; die Nato-Staaten und die Vereinten Nationen auch. Berger, Berger und Nato."},
		{"en", "The Pentagon and NATO met. Senator Jane Miller said NATO meets often. Miller praised the Pentagon; the NATO allies and the United Nations did too. Miller, Miller and NATO."},
	} {
		for _, mark := range []string{"", "all"} {
			opt := Options{Lang: c.lang, Mark: mark}
			got := Find(text.New(c.text), opt)
			noScanMemo = true
			want := Find(text.New(c.text), opt)
			noScanMemo = false
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %q: with the memory %+v, without %+v", c.lang, mark, got, want)
			}
			if len(want.Mentions) == 0 {
				t.Errorf("%s: no mentions: the text tests nothing", c.lang)
			}
		}
	}
}
