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

// checkNames runs Find on every case and checks its Names: in order,
// inside the text, each once, each entry it names present, the wanted
// ones listed and the others not.
func checkNames(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+c.text, func(t *testing.T) {
			res := findText(c.text, Options{Lang: c.lang})
			var got []string
			ids := map[string]bool{}
			for _, e := range res.Entries {
				ids[e.ID] = true
			}
			for i, n := range res.Names {
				got = append(got, n.Text)
				if i > 0 && n.Start < res.Names[i-1].Start || n.Start < 0 || n.End > len(c.text) || n.Start >= n.End {
					t.Errorf("name %+v out of order or outside the text", n)
				}
				if n.Entry != "" && !ids[n.Entry] {
					t.Errorf("name %+v: no entry %q", n, n.Entry)
				}
			}
			for i, w := range got {
				if slices.Contains(got[:i], w) {
					t.Errorf("%q listed twice; names %q", w, got)
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

// TestNamesQuotedGerman: German writes names in quotation marks — a
// product, a title, a headline, a foreign expansion; a single word only
// after an article or adjective, and not an abstract noun introduced as
// a term or quoted speech.
func TestNamesQuotedGerman(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Der Hersteller stellte mit dem „Nordwind Flex“ getauften Gerät ein neues Modell vor. Die Zeitung titelte „Regierung plant Neustart“ auf der ersten Seite.",
			[]string{"Nordwind Flex", "Regierung plant Neustart"}, nil},
		{"de", "Die Partei verteilte ein achtseitiges „Sonntagsblatt“ an alle Haushalte. Es sei eine sogenannte „Doppelbewertung“, sagte sie. „Das ist gut“, sagte er.",
			[]string{"Sonntagsblatt"}, []string{"Doppelbewertung", "Das ist gut"}},
	})
}

// TestNamesGermanOrganisations: a German organisation's name that goes
// on with what it is for ("Verein zur …", "Bundesamt für …"), a legal
// form written as one word ("e.V."), a compound with a person's name in
// front ("Hedwig-Brandt-Stiftung"), a street with its number.
func TestNamesGermanOrganisations(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Geklagt hat der Verein zur Rettung historischer Mühlen und traditioneller Handwerkskunst. Das Bundesamt für Seeschifffahrt prüft den Fall. Eine Stiftung für Kinder half.",
			[]string{"Verein zur Rettung historischer Mühlen und traditioneller Handwerkskunst", "Bundesamt für Seeschifffahrt"}, []string{"Stiftung für Kinder"}},
		{"de", "Das sagt Jana Holm vom Freie Werkstatt e.V.: Die Hedwig-Brandt-Stiftung zahlt. Das Büro liegt in der Lindenallee 12 im Erdgeschoss.",
			[]string{"Freie Werkstatt e.V.", "Hedwig-Brandt-Stiftung", "Lindenallee 12"}, []string{"Freie Werkstatt", "Erdgeschoss"}},
		{"de", "Das Pilot-Programm läuft. Der Robotaxi-Dienst startet.",
			nil, []string{"Pilot-Programm", "Robotaxi-Dienst"}},
	})
}

// TestNamesInitialSurname: press style names a person by given name and
// the initial of the family name ("Dennis S."), even where the given name
// ends like a noun.
func TestNamesInitialSurname(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Auch Dennis R. wollte nichts sagen. Später rief Agnes T. zurück.",
			[]string{"Dennis R.", "Agnes T."}, nil},
	})
}

// TestNamesExpansion: an acronym's expansion is a name of its own beside
// the acronym, wherever white space breaks it.
func TestNamesExpansion(t *testing.T) {
	checkNames(t, []nameCase{
		{"en", "The case went to the Permanent Court of  Arbitration (PCA) last year. The PCA ruled in May.",
			[]string{"Permanent Court of Arbitration", "PCA"}, nil},
		{"de", "Der Verband zur Förderung heimischer Obstsorten (VFHO) lud ein. Der VFHO zahlte.",
			[]string{"Verband zur Förderung heimischer Obstsorten", "VFHO"}, nil},
	})
}

// TestNamesLowerStart: a name that starts with a lower-case letter
// ("iRights.info", "eBay") is one at the start of a sentence too.
func TestNamesLowerStart(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Die Preise stiegen.\n\nmeinbuero.info zufolge sind die Kosten hoch.", []string{"meinbuero.info"}, nil},
		{"en", "Prices rose.\n\neBay said costs were high.", []string{"eBay"}, nil},
	})
}

// TestNamesCapitalAdjective: German writes an adjective in capitals only
// in a name, so a capitalised adjective inside a sentence keeps the noun
// after it, a kind noun too ("des Deutschen Lehrerverbands").
func TestNamesCapitalAdjective(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Er war Sprecher des Deutschen Bäckerverbands und bekam den Kulturpreis Neue Heimat.",
			[]string{"Deutschen Bäckerverbands"}, []string{"Deutschen"}},
		{"de", "Der Verband der Obstbauern und Gärtner Nordhessens klagt.",
			nil, []string{"Gärtner Nordhessens"}},
	})
}

// TestNamesAddressAndApposition: a family name after a form of address
// ("Frau Schmidt"), a compound of names after a noun ("des Kometen
// Swift-Tuttle"), two given names that share a family name ("Bill &
// Melinda Gates Foundation").
func TestNamesAddressAndApposition(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Das bestätigte Frau Kowalczyk am Telefon. Der Schweif des Kometen Hale-Bopp war hell. Es zahlt die Anna & Peter Lindqvist Stiftung.",
			[]string{"Kowalczyk", "Hale-Bopp"}, []string{"Kometen Hale-Bopp", "Frau Kowalczyk"}},
		{"en", "The grant came from the Bill & Melinda Gates Foundation last year.",
			[]string{"Bill & Melinda Gates Foundation"}, []string{"Melinda Gates Foundation"}},
	})
}

// TestNamesCoordinated: in German a capitalised word that is no noun,
// coordinated with a name listed, is a name too.
func TestNamesCoordinated(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Sie reiste durch Kanada und Saskatoon. Dienste wie Pinterest oder Google verdienen daran.",
			[]string{"Saskatoon", "Pinterest"}, []string{"Dienste"}},
	})
}

// TestNamesAcronymForms: a product's word and its acronym ("Face ID",
// "Full HD"), an acronym with a variant code after a hyphen, also the
// Unicode hyphen ("DVB‐T2").
func TestNamesAcronymForms(t *testing.T) {
	checkNames(t, []nameCase{
		{"en", "You unlock it with Face ID, which came years ago.", []string{"Face ID"}, nil},
		{"de", "Das Gerät empfängt DVB‐T2 und zeigt sogar Ultra HD. Auch DVB-S2 geht.",
			[]string{"DVB‐T2", "Ultra HD", "DVB-S2"}, []string{"DVB"}},
	})
}

// TestNamesParties: a party's members in the plural are a name wherever
// they stand; "a Texas Democrat" names the state, not a "Texas Democrat".
func TestNamesParties(t *testing.T) {
	checkNames(t, []nameCase{
		{"en", "Democrats objected. Senator Jane Holloway, a Texas Democrat, said Republicans had no plan.",
			[]string{"Democrats", "Texas", "Republicans", "Jane Holloway"}, []string{"Texas Democrat"}},
	})
}

// TestNamesCompoundFronts: the capitalised front of a German hyphenated
// compound whose head is a common noun is a name when it is no noun
// itself ("Zoom-Konferenz", "Open-Street-Map-Karte"); a noun in front
// ("Kunden-Konto"), a word that only starts compounds ("Online-Handel",
// "Anti-Terror-Gesetz"), a form of address ("Herren-Abfahrt") and a kind
// of thing named as a whole ("Wagner-Gruppe") are not (issue 21).
func TestNamesCompoundFronts(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Die Sitzung lief über eine Zoom-Konferenz, die Route stand auf einer Open-Street-Map-Karte.",
			[]string{"Zoom", "Open-Street-Map"}, []string{"Konferenz", "Karte"}},
		{"de", "Das Kunden-Konto wuchs, der Online-Handel auch, und das Anti-Terror-Gesetz kam.",
			nil, []string{"Kunden", "Kunden-Konto", "Online", "Anti-Terror", "Anti"}},
		{"de", "Die Herren-Abfahrt fiel aus; die Wagner-Gruppe zog ab.",
			[]string{"Wagner-Gruppe"}, []string{"Herren", "Wagner"}},
	})
}

// TestNamesNounLexicon: capitalised common nouns, also inflected, in
// plural with an umlaut or as compounds of listed nouns, are no names
// where a name could stand (a list, a comma after them); names that
// merely end like a noun stay names (issue 21).
func TestNamesNounLexicon(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Im Labor fanden sie Schwefel, Kohlendioxid und Wasserstoff. Die Pläne, die Töpfe und die Türme blieben.",
			nil, []string{"Schwefel", "Kohlendioxid", "Wasserstoff", "Pläne", "Töpfe", "Türme"}},
		{"de", "Die Forscherin Hanna Clinton sprach mit Europol in Dortmund.",
			[]string{"Hanna Clinton", "Europol", "Dortmund"}, nil},
	})
}

// TestNamesAfterBei: a capitalised word right after "bei" or "via"
// without an article is a name when it is no common noun, no adjective or
// infinitive used as a noun and no compound with a noun head (issue 21).
func TestNamesAfterBei(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Sie arbeitete zehn Jahre bei Nordwind und sprach mit ihm via Telegrim.",
			[]string{"Nordwind", "Telegrim"}, nil},
		{"de", "Bei Regen und bei Fieber hilft das, bei Weitem nicht bei Verletzten, bei Halsschmerzen oder bei Kunden-Anfragen.",
			nil, []string{"Regen", "Fieber", "Weitem", "Verletzten", "Halsschmerzen", "Kunden-Anfragen"}},
	})
}

// TestNamesLetterCompounds: one capital letter, a hyphen and a word that
// is no noun is a name wherever it stands ("Q-Cells", "X-Rite"); with a
// noun after the hyphen it is a noun ("U-Bahn", "T-Shirt") (issue 21).
func TestNamesLetterCompounds(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Die Module kamen von Q-Cells, die Farbmesser liefert auch X-Rite aus Michigan.",
			[]string{"Q-Cells", "X-Rite"}, nil},
		{"de", "Er nahm die U-Bahn, trug das T-Shirt, und die K-Frage blieb offen.",
			nil, []string{"U-Bahn", "T-Shirt", "K-Frage"}},
	})
}

// TestNamesOriginPlace: after "im", "ins", "vom" or "zum" and an adjective
// of a country or region, a capitalised word that is no noun is a place
// ("im südschwedischen Ystad"); a noun there is none ("im russischen
// Fernsehen") (issue 21).
func TestNamesOriginPlace(t *testing.T) {
	checkNames(t, []nameCase{
		{"de", "Sie wuchs im südschwedischen Ystad auf und zog später ins bayerische Kelheim.",
			[]string{"Ystad", "Kelheim"}, nil},
		{"de", "Er sprach im russischen Fernsehen und im politischen Betrieb über das Thema.",
			nil, []string{"Fernsehen", "Betrieb"}},
	})
}
