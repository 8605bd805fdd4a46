package glossary

import "testing"

// TestClassRegardedAs: a sentence that opens with a name and says what
// the name is regarded or named as defines it like a copula ("X gilt als
// …", "X wird … als … geführt", "X is widely regarded as …"); a bare role
// the text gave the person first leads it.
func TestClassRegardedAs(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "de", text: "Die Forscherin Lea Marwitz arbeitet seit Jahren in Jena. Lea Marwitz gilt als Erfinderin eines neuen Verfahrens zur Reinigung von Abwasser.",
			want: []want{{"Lea Marwitz", "Erfinderin eines neuen Verfahrens zur Reinigung von Abwasser"}}},
		{lang: "de", text: "Auch Jan T. wollte sich nicht äußern. T. ist Fotograf. Jan T. wird in den Unterlagen als Mitglied des Vereins für Bildrechte geführt.",
			want: []want{{"Jan T.", "Fotograf, Mitglied des Vereins für Bildrechte"}}},
		{lang: "de", text: "Der Prozess gegen Karl Hensel beginnt im Mai. Karl Hensel wurde in der Anklageschrift als Geschäftsführer einer Scheinfirma bezeichnet.",
			want: []want{{"Karl Hensel", "Geschäftsführer einer Scheinfirma"}}},
		{lang: "en", text: "Omar Bakri studied in Leeds. Omar Bakri is widely regarded as a leading engineer of solar roofing in northern England.",
			want: []want{{"Omar Bakri", "leading engineer of solar roofing in northern England"}}},
		{lang: "en", text: "Yuki Ito was named as chief executive of the Osaka lender.",
			want: []want{{"Yuki Ito", "chief executive of the Osaka lender"}}},
		// what is no kind of person or thing defines nothing
		{lang: "de", text: "Mara Lindqvist gilt als schwierig.", notDef: []string{"schwierig"}},
		{lang: "en", text: "Tom Reyes was seen as late as Monday in the town.", notDef: []string{"late as Monday"}},
		// "als" that is no complement of the name: a comparison, a time
		{lang: "de", text: "Paul Brenner wird mehr als Mitglied des Rates geschätzt.", notDef: []string{"Mitglied des Rates"}},
	})
}

// TestClassListNotApposition: a name that follows a comma in an
// enumeration is followed by the list's next items, not by an apposition
// ("…, der Universität Gent, dem Landeslabor in Kiel und …").
func TestClassListNotApposition(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "de", text: "Die Proben prüften wir mit der Universität Leiden, der Universität Gent, dem staatlichen Landeslabor in Kiel und einigen Kliniken.",
			notDef: []string{"Landeslabor", "Kliniken"}},
		{lang: "en", text: "The samples were checked with Leiden University, Ghent University, the state laboratory in Kiel and several clinics.",
			notDef: []string{"laboratory", "clinics"}},
		// a listed name's own apposition, without the list's "und", still defines it
		{lang: "de", text: "Zu Gast waren Anna Roth, Karl Brandt, der Bürgermeister von Celle, sowie zwei Schüler.",
			want: []want{{"Karl Brandt", "Bürgermeister von Celle"}}},
		{lang: "en", text: "Guests included Anna Roth, Karl Brandt, the mayor of Celle, as well as two pupils.",
			want: []want{{"Karl Brandt", "mayor of Celle"}}},
	})
}

// TestClassListTwoRoles: an apposition that joins two roles with "and" is
// one apposition, also after a comma.
func TestClassListTwoRoles(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "en", text: "The board thanked its members, Ruth Oyelaran, chairman and chief executive of the bank, and two advisers.",
			want: []want{{"Ruth Oyelaran", "chairman and chief executive of the bank"}}},
		{lang: "de", text: "Der Vorstand dankte seinen Mitgliedern, Ruth Oyelaran, Gründerin und Geschäftsführerin der Bank, sowie zwei Beratern.",
			want: []want{{"Ruth Oyelaran", "Gründerin und Geschäftsführerin der Bank"}}},
	})
}

// TestClassCopulaGenitive: a German copula's complement goes on through a
// genitive or dative article ("Geschäftsführer der Druckerei"); only after
// a comma does "der" open a relative clause.
func TestClassCopulaGenitive(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "de", text: "Am Klingelschild steht der Name Jonas W. neben sieben anderen. W. ist ein früherer Geschäftsführer der Druckerei Hansen, er wohnt in Köln.",
			want: []want{{"Jonas W.", "früherer Geschäftsführer der Druckerei Hansen"}}},
		{lang: "de", text: "Mara Lenz ist Sprecherin der Stadtwerke in Kassel.",
			want: []want{{"Mara Lenz", "Sprecherin der Stadtwerke in Kassel"}}},
		// after a comma "der" opens a relative clause, which the definition leaves out
		{lang: "de", text: "Mara Lenz ist Sprecherin der Stadtwerke, der größten Arbeitgeberin der Stadt.",
			want: []want{{"Mara Lenz", "Sprecherin der Stadtwerke"}}, notDef: []string{"Arbeitgeberin"}},
	})
}

// TestClassInitialUnknownGivenName: "K." after "Lindor K." in its
// paragraph stands for that name even when its given name is unknown to
// the word lists — and then for no one rather than for another "K." of
// the text.
func TestClassInitialUnknownGivenName(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "de", text: "Auch Zyrnis K. will nicht reden. K. ist Fotograf.\n\nDen Verein vertritt Lutz K. aus Kiel. Lutz K. ist Anwalt des Vereins.",
			notDef: []string{"Fotograf"}},
	})
}

// TestKindOrganisationNamedAfterPerson: a name that starts with a given
// name but ends as an organisation's (an institution, a legal form) is an
// organisation's, not a person's, in the list of names.
func TestKindOrganisationNamedAfterPerson(t *testing.T) {
	for _, tt := range []struct{ lang, text, name, kind string }{
		{"en", "Analysts said that shares of Peter Wendt Stores Inc rose on Monday.", "Peter Wendt Stores Inc", "organization"},
		{"de", "Analysten sagten, dass die Aktien der Peter Wendt GmbH am Montag stiegen.", "Peter Wendt GmbH", "organization"},
		{"en", "Analysts said that Peter Wendt sold his shares on Monday.", "Peter Wendt", "person"},
	} {
		res := findText(tt.text, Options{Lang: tt.lang})
		found := false
		for _, n := range res.Names {
			if n.Text == tt.name {
				found = true
				if n.Kind != tt.kind {
					t.Errorf("%s: %q is a %s, want %s", tt.text, n.Text, n.Kind, tt.kind)
				}
			}
		}
		if !found {
			t.Errorf("%s: no name %q (names: %v)", tt.text, tt.name, res.Names)
		}
	}
}
