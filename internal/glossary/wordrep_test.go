package glossary

import (
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
