package glossary

import "testing"

// Classes of wrong definitions found by reading what glossline mines from
// articles it was not developed on (the TempEval-3 and KRAUTS corpora's
// news texts). Every sentence is written for these tests.

// TestClassPlaceModifier: a place before a lower-case kind of thing only
// says where that thing is ("the Denver software company"); the place is
// not a software company.
func TestClassPlaceModifier(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "en", text: "The Los Angeles software company said on Monday that its sales had doubled.",
			notDef: []string{"software company"}},
		{lang: "en", text: "Shares of the Stockholm football club fell after the match.",
			notDef: []string{"football club"}},
		// a name that is no place still takes its kind
		{lang: "en", text: "Analysts at the Kessler research firm expect lower prices.",
			want: []want{{"Kessler", "research firm"}}},
	})
}
