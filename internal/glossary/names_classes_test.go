package glossary

import (
	"slices"
	"testing"
)

// nameCase is one text, the names it must list and the ones it must not.
type nameCase struct {
	lang, text string
	want, not  []string
}

// checkNames runs Find on every case and checks its Names.
func checkNames(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+c.text, func(t *testing.T) {
			res := findText(c.text, Options{Lang: c.lang})
			var got []string
			for i, n := range res.Names {
				got = append(got, n.Text)
				if i > 0 && n.Start < res.Names[i-1].Start || n.Start < 0 || n.End > len(c.text) || n.Start >= n.End {
					t.Errorf("name %+v out of order or outside the text", n)
				}
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q not listed; names %q", w, got)
				}
			}
			for _, w := range c.not {
				if slices.Contains(got, w) {
					t.Errorf("%q listed; names %q", w, got)
				}
			}
		})
	}
}

// TestNamesPlaces: countries, regions, cities and planets of [place] are
// names wherever they stand — after an article, at the start of a
// sentence, in a list, with a possessive or a genitive (issue 21).
func TestNamesPlaces(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Die Sonde landete auf dem Mars. Die Spende kam aus der Schweiz. In den Märkten Kanada oder Norwegen wächst das Geschäft.",
			[]string{"Mars", "Schweiz", "Kanada", "Norwegen"}, []string{"Sonde", "Spende", "Märkten"}},
		{"de", "Der Verein ist in Stuttgart ansässig. Im Osten Hamburgs liegt das Lager. Nach dem Essen fuhr sie nach Essen.",
			[]string{"Stuttgart", "Hamburg", "Essen"}, []string{"Lager", "Hamburgs", "Osten"}},
		{"de", "Die Astronomin beobachtete die Planeten Jupiter und Saturn und den Kometen Halley-Bopp.",
			[]string{"Jupiter", "Saturn"}, []string{"Planeten Jupiter", "Kometen Halley-Bopp"}},
		{"en", "Canada's exports grew. The talks with Peru and Norway's envoy ended in New York City, then moved to The Hague.",
			[]string{"Canada", "Peru", "Norway", "New York City", "The Hague"}, []string{"York City", "Hague", "Canada's"}},
	})
}

// TestNamesInitials: a name with one or more initials is one name
// ("H. G. Wells", "J. R. R. Tolkien", "George W. Bush").
func TestNamesInitials(t *testing.T) {
	checkNames(t, []nameCase{
		{"en", "The reading list opens with J. R. R. Tolkien and ends with George W. Bush's memoir.",
			[]string{"J. R. R. Tolkien", "George W. Bush"}, []string{"Tolkien", "R. Tolkien"}},
		{"de", "Im Regal stand ein Roman von H. G. Wells neben einem Band von T. S. Eliot.",
			[]string{"H. G. Wells", "T. S. Eliot"}, []string{"Wells", "G. Wells"}},
	})
}

// TestNamesInstitutionPlace: an institution named by its place is one
// name, even where the place has an entry of its own.
func TestNamesInstitutionPlace(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Die Proben wurden an der Universität Rotterdam und beim Landgericht Hamburg geprüft.",
			[]string{"Universität Rotterdam", "Landgericht Hamburg"}, []string{"Universität", "Landgericht"}},
		{"en", "She studied at the University of Chicago before joining the Bank of Canada.",
			[]string{"University of Chicago", "Bank of Canada"}, nil},
	})
}

// TestNamesTails: a name and the word for what it is, written after it —
// a German company and its kind noun ("die Lindqvist Gruppe"), a legal
// form, an English lower-case head ("the Carter administration") — is
// listed in that fuller form; a place adjective before a kind noun is no
// name ("der Bremer Verein").
func TestNamesTails(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Die Lindqvist Gruppe übernimmt den Betrieb. Der Bremer Verein protestiert.",
			[]string{"Lindqvist Gruppe"}, []string{"Bremer Verein", "Gruppe"}},
		{"en", "Officials of the Carter administration met the Lancashire police and staff of the Royal Fenwick hospital.",
			[]string{"Carter administration", "Lancashire police", "Royal Fenwick hospital"}, []string{"Carter"}},
	})
}

// TestNamesPeoples: the English plural of a nationality or a party
// member is a name wherever it stands ("Republicans", "Canadians"); the
// adjective alone is not.
func TestNamesPeoples(t *testing.T) {
	checkNames(t, []nameCase{
		{"en", "Canadians voted on Monday. Most Republicans stayed away, and a Canadian official said so.",
			[]string{"Canadians"}, []string{"Canadian", "Most Republicans"}},
	})
}
