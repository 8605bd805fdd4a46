package glossary

import "testing"

// TestClassGivenNames: the [given] list of data/names.txt tells a person's
// name from other capitalised words. The sentences are written for this
// test; the given names in them are ones the list knows only since it was
// broadened (issue 18), and the words it leaves out on purpose.
func TestClassGivenNames(t *testing.T) {
	runClasses(t, []classCase{
		// An initial for the family name: the sentence that opens with the
		// initial alone is said of the person named before. "Roland" and
		// "Hermann" end like German nouns ("Land", "Mann"); as given names
		// they start a person's name.
		{lang: "de", text: "Am Montag nahm die Polizei Roland M. in Hannover fest. M. ist Geschäftsführer einer Spedition.",
			want: []want{{"Roland M.", "Geschäftsführer einer Spedition"}}},
		{lang: "de", text: "Vor Gericht stand am Dienstag Hermann T. aus Kassel. T. ist Inhaber einer Baufirma.",
			want: []want{{"Hermann T.", "Inhaber einer Baufirma"}}},
		{lang: "en", text: "Officers detained Roland M. in Leeds on Monday. M. is a warehouse worker at a parcel firm.",
			want: []want{{"Roland M.", "a warehouse worker at a parcel firm"}}},
		// A genitive before a given name ending in "s" is no part of the
		// name; the given name is no genitive.
		{lang: "de", text: "Kärntens Tobias Gruber, Leiter der Lawinenwarnzentrale, rät von Skitouren ab.",
			want: []want{{"Tobias Gruber", "Leiter der Lawinenwarnzentrale"}}, not: []string{"Kärntens Tobias Gruber"}},
		{lang: "de", text: "Am Freitag sprach Niklas Brandt, Sprecher der Stadtwerke, von einem Leitungsschaden.",
			want: []want{{"Niklas Brandt", "Sprecher der Stadtwerke"}}},
		{lang: "en", text: "The lamp was designed by Jules Moreau, an engineer from Lyon.",
			want: []want{{"Jules Moreau", "an engineer from Lyon"}}},
		{lang: "en", text: "Yesterday Matthias Brandt, a spokesman for the city utility, blamed a burst pipe.",
			want: []want{{"Matthias Brandt", "a spokesman for the city utility"}}},
		// Given names that are also common words are left out of the list:
		// "Anders als …" opens a German sentence, "Will …" an English
		// question; neither is part of the name after it.
		{lang: "de", text: "Anders als Petra Vogt, die Bürgermeisterin der Stadt, lehnt der Rat den Plan ab.",
			want: []want{{"Petra Vogt", "Bürgermeisterin der Stadt"}}, not: []string{"Anders als Petra Vogt", "Anders"}},
		{lang: "en", text: "Will Karen Holt, the county's police chief, resign over the report?",
			not: []string{"Will Karen Holt"}},
	})
}

// TestNamesGivenPlaces: Spanish saints' names that mostly stand in place
// names ("San Francisco", "San Diego") are left out of [given]: the split
// of a capitalised run before a given name would cut "San" off the place.
func TestNamesGivenPlaces(t *testing.T) {
	checkNames(t, []nameCase{
		{lang: "en", text: "The start-up left San Francisco last year, and its founder Maria Lopez blamed the rents.",
			want: []string{"San Francisco", "Maria Lopez"}, not: []string{"San", "Francisco"}},
		{lang: "de", text: "Das Start-up zog 2023 aus San Francisco weg; die Gründerin Maria Lopez nannte die Mieten als Grund.",
			want: []string{"San Francisco", "Maria Lopez"}, not: []string{"San", "Francisco"}},
	})
}
