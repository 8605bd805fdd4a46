package temporal

import "github.com/glossline/glossline/internal/text"

type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters, with inner apostrophes
	tNum                      // ASCII digits
	tPunct                    // one punctuation rune (or invalid byte), or other digits
)

// token is what the grammar reads: a word, a number or one punctuation
// rune of the Doc. A word is a run of the Doc's tokens joined where an
// apostrophe touches letters on both sides ("O'Brien", "won’t"), except
// for a possessive "'s" ("Friday's" is three tokens); everything else is
// one Doc token.
type token struct {
	_          noCompare
	start, end int32 // bytes in the Doc's text
	lo, hi     int32 // lower-case form in the Doc's Lower (see parser.word)
	num        int32 // value of a number of at most 9 digits, else -1
	// ent and entEnd are the vocabulary entries that start with the
	// token, in the lexicon's blob.
	ent, entEnd uint16
	// classes has bit c set when one of them is of class c; roles has the
	// function roles of the token.
	classes uint64
	// roles and rolesHi are the function roles of the token (a roleSet
	// laid out flat, so that a token stays 48 bytes).
	roles   uint64
	rolesHi uint8
	kind    tokKind
	ndig    uint8 // digits of a number (capped at 255)
	upper   bool  // a word starting with an upper-case letter
	space   bool  // white space precedes the token
	para    bool  // a blank line (or more) separates the token from the previous one
	nl      bool  // a line break precedes the token
}

// known reports whether the token is a word of the vocabulary (one that
// starts an entry; function words alone are not).
func (t *token) known() bool { return t.classes != 0 }

// active reports whether the token starts an entry of a class that can
// start an expression.
func (t *token) active() bool { return t.classes&activeClasses != 0 }

// setWord records what the vocabulary says about the token.
func (t *token) setWord(w lexWord) {
	t.ent, t.entEnd, t.classes, t.roles, t.rolesHi = w.lo, w.hi, w.classes, w.roles.lo, w.roles.hi
}

// role reports whether the token has the function role r.
func (t *token) role(r role) bool { return roleSet{t.roles, t.rolesHi}.has(r) }

// noRole reports whether the token has no function role.
func (t *token) noRole() bool { return t.roles == 0 && t.rolesHi == 0 }

// tokenize joins the Doc's tokens into the grammar's tokens and looks each
// word up in the vocabulary: one pass over d.Toks, no allocation but the
// slice.
func tokenize(d *text.Doc, lx *lexicon, toks []token) []token {
	dt := d.Toks
	for i := 0; i < len(dt); i++ {
		f := dt[i].Flags
		t := token{
			start: dt[i].Start,
			end:   dt[i].End,
			num:   -1,
			space: f&text.Space != 0,
			nl:    f&text.Line != 0,
			// The first token follows nothing.
			para: f&text.Para != 0 && len(toks) > 0,
		}
		switch dt[i].Kind {
		case text.Letters:
			j := i
			for j+2 < len(dt) && apostrophe(d, j+1) && dt[j+1].Flags&text.Space == 0 &&
				dt[j+2].Kind == text.Letters && dt[j+2].Flags&text.Space == 0 && !possessiveS(d, j+2) {
				j += 2
			}
			t.kind = tWord
			t.end = dt[j].End
			t.lo, t.hi = dt[i].Lo, dt[j].Hi
			t.upper = f&text.Upper != 0
			t.setWord(lx.lookup(d.Lower[t.lo:t.hi]))
			i = j
		case text.Digits:
			t.lo, t.hi = dt[i].Lo, dt[i].Hi
			if f&text.ASCII == 0 {
				t.kind = tPunct // digits of other scripts: no number here
				break
			}
			t.kind = tNum
			t.num = int32(d.Num(i))
			t.ndig = uint8(min(dt[i].End-dt[i].Start, 255))
		default:
			t.kind = tPunct
			t.lo, t.hi = dt[i].Lo, dt[i].Hi
			t.setWord(lx.lookup(d.Lower[t.lo:t.hi]))
		}
		toks = append(toks, t)
	}
	return toks
}

// apostrophe reports whether Doc token i is an apostrophe (' or ’; the
// Doc writes both as ' in lower case).
func apostrophe(d *text.Doc, i int) bool {
	return d.Toks[i].Kind == text.Punct && d.Low(i) == "'"
}

// possessiveS reports whether Doc token i is the "s" of a possessive "'s"
// (only a lower-case s, and only as a whole word: "O'Sullivan" is one
// word).
func possessiveS(d *text.Doc, i int) bool { return d.Word(i) == "s" }

// possessive reports whether tokens i, i+1 are an English possessive
// "'s" ("Friday's"), which the join leaves apart.
func (p *parser) possessive(i int) bool { return p.is(i, "' ’ ") && p.low(i+1) == "s" && p.tight(i) }
