package glossary

import (
	"strings"
	"testing"
)

// marked returns, for each marked mention text, the definition of its
// entry.
func marked(text string, res Result) map[string]Entry {
	byID := map[string]Entry{}
	for _, e := range res.Entries {
		byID[e.ID] = e
	}
	out := map[string]Entry{}
	for _, m := range res.Mentions {
		out[text[m.Start:m.End]] = byID[m.Entry]
	}
	return out
}

type want struct {
	mention string // marked text
	def     string // substring of its definition
}

// The fixture texts are written for these tests; facts and names in them
// are illustrative.
var findTests = []struct {
	lang string
	text string
	want []want
	not  []string // texts that must not be marked
}{
	// ---- German ----
	// acronym expansions
	{"de", "Die Internationale Arbeitsorganisation (IAO) legte am Montag einen Bericht vor.",
		[]want{{"IAO", "Internationale Arbeitsorganisation"}}, nil},
	{"de", "Laut IAO (Internationale Arbeitsorganisation) stieg die Zahl der Arbeitslosen.",
		[]want{{"IAO", "Internationale Arbeitsorganisation"}}, nil},
	{"de", "Die Beobachter kamen von der OSZE. OSZE ist die Abkürzung für Organisation für Sicherheit und Zusammenarbeit in Europa.",
		[]want{{"OSZE", "Organisation für Sicherheit und Zusammenarbeit in Europa"}}, nil},
	{"de", "Die Sender zitierten die Meldung der ZRB. Dabei wurde das Akronym für die staatliche Rundfunkbehörde verwendet.",
		[]want{{"ZRB", "Akronym für die staatliche Rundfunkbehörde"}}, nil},
	{"de", "BREMEN, Deutschland (XQ) – Die Polizei meldete einen Unfall mit drei Fahrzeugen.",
		nil, []string{"BREMEN", "XQ", "Deutschland"}},
	{"de", "JETZT GEHT ES UM ALLES\n\nDie Regierung in Oslo (QF) prüft den Plan.",
		nil, []string{"JETZT", "GEHT", "ES", "UM", "ALLES", "QF"}},
	// appositions
	{"de", "Das Gutachten erstellte Harmon Hall, eine in Dublin ansässige Denkfabrik, im Auftrag der Regierung.",
		[]want{{"Harmon Hall", "eine in Dublin ansässige Denkfabrik"}}, nil},
	{"de", "Das sagte Erin Walsh, Direktorin bei Harmon Hall, einer in Dublin ansässigen Denkfabrik.",
		[]want{{"Harmon Hall", "eine in Dublin ansässige Denkfabrik"}, {"Erin Walsh", "Direktorin bei Harmon Hall"}}, nil},
	{"de", "„Wir sind besorgt“, sagte Tomas Halvorsen, Sprecher des norwegischen Außenministeriums, am Abend.",
		[]want{{"Tomas Halvorsen", "Sprecher des norwegischen Außenministeriums"}}, nil},
	{"de", "Der Vorschlag, ein Kompromiss aus zwei Entwürfen, fand keine Mehrheit.",
		nil, []string{"Vorschlag", "Kompromiss"}},
	{"de", "Sie dankte den Frauen, dem Jugenddienst Nordtal, dem Bildungsausschuss Südtal und allen Helfern.",
		nil, []string{"Frauen", "Nordtal"}},
	// relative clauses
	{"de", "Das Fischereiministerium, das für die Fangquoten zuständig ist, widersprach dem Bericht.",
		[]want{{"Fischereiministerium", "für die Fangquoten zuständig"}}, nil},
	{"de", "Kim brachte auch Ri Chol Ho mit, der die staatlichen Werften leitet.",
		[]want{{"Ri Chol Ho", "leitet die staatlichen Werften"}}, nil},
	{"de", "Verdal, die größte Gewerkschaft des Landes, kündigte Streiks an.",
		[]want{{"Verdal", "die größte Gewerkschaft des Landes"}}, nil},
	{"de", "Kim brachte auch Ri Chol Ho mit, der für den Schiffbau zuständig ist und ihn oft begleitet.",
		[]want{{"Ri Chol Ho", "für den Schiffbau zuständig"}}, nil},
	{"de", "Die Initiativen, die noch zu verbessern sind, wurden vertagt. Das Treffen, das lange geplant war, endete mit einem Händedruck.",
		nil, []string{"Initiativen", "Treffen", "Händedruck"}},
	// roles before and after a name
	{"de", "Regierungssprecherin Anna Berger sagte, die Gespräche gingen weiter. Berger nannte keine Details.",
		[]want{{"Anna Berger", "Regierungssprecherin"}, {"Berger", "Regierungssprecherin"}}, nil},
	{"de", "Links der dänische Minister für Fischerei und Landwirtschaft, Erik Holm, bei der Ankunft.",
		[]want{{"Erik Holm", "Minister für Fischerei und Landwirtschaft"}}, nil},
	{"de", "Nach wiederholten Fehlschlägen sei das möglich, sagte Lee Min Ho, ein Wirtschaftsexperte an der Universität Busan. Er sagte, der Plan sei riskant, sagte Lee.",
		[]want{{"Lee Min Ho", "Wirtschaftsexperte"}, {"Lee", "Wirtschaftsexperte"}}, nil},
	{"de", "Die Lage sei ernst, sagte Park Ji Won vom Seoul Institute for Economic Research in Seoul.",
		[]want{{"Park Ji Won", "Seoul Institute for Economic Research"}, {"Seoul Institute for Economic Research", "Institut in Seoul"}}, nil},
	{"de", "Das sagte ein Forscher am südkoreanischen Busan Institute for Maritime Studies.",
		[]want{{"Busan Institute for Maritime Studies", "südkoreanisches Institut"}}, nil},
	{"de", "Er merkte Finanzminister Hans Ebner gegenüber an, das sei zu teuer.",
		[]want{{"Hans Ebner", "Finanzminister"}}, nil},
	// kinds of things and places
	{"de", "Washington wirft Pjöngjang vor, Granaten an die russische Söldnergruppe Korvan geliefert zu haben.",
		[]want{{"Korvan", "russische Söldnergruppe"}}, []string{"Granaten"}},
	{"de", "Die Fähre legte in Tromvik, etwa 40 km (25 Meilen) nördlich von Bergen, an.",
		[]want{{"Tromvik", "Ort etwa 40 km nördlich von Bergen"}}, nil},
	{"de", "Die Delegation besichtigte am Montag das Tarnowo-Kosmodrom, Russlands zweitem Startzentrum im Norden.",
		[]want{{"Tarnowo-Kosmodrom", "Startzentrum"}}, nil},
	// ambiguous short forms
	{"de", "Nordkoreas Machthaber Kim Ok Sun traf Marinechef Kim Myong Sik. Kim sagte danach nichts.",
		[]want{{"Kim Ok Sun", "Nordkoreas Machthaber"}, {"Kim Myong Sik", "Marinechef"}}, []string{"Kim"}},
	// verbs, passives and plurals are not definitions (regressions found
	// on the shared corpora)
	{"de", "Am 4. Mai kapitulierte Panzergeneral Hollweg in den Niederlanden.",
		[]want{{"Hollweg", "Panzergeneral"}}, nil},
	{"de", "Mit Beginn des Angriffs siedelte Exilkönigin Almira nach London über.",
		[]want{{"Almira", "Exilkönigin"}}, nil},
	{"de", "Die Festung Karbruk, die kurz zuvor geräumt worden war, fiel am Abend.",
		nil, []string{"Karbruk"}},
	{"de", "Russland kaufte Drohnen, die für Angriffe geeignet sind, und Panzer.",
		nil, []string{"Drohnen"}},
	{"de", "Ein Sprecher Tarnowos sagte, man prüfe das.",
		nil, []string{"Tarnowos"}},
	{"de", "Die Regionen Südostasiens litten unter dem Monsun.",
		nil, []string{"Südostasiens"}},
	{"de", "El Paso, Texas bedeutete das Ende des Feldzugs.",
		nil, []string{"El Paso"}},
	// names: middle initials, inflected later mentions
	{"de", "Brigadegeneral Ulysses S. Grant besetzte die Stadt. Grants Truppen folgten.",
		[]want{{"Ulysses S. Grant", "Brigadegeneral"}, {"Grants", "Brigadegeneral"}}, nil},
	{"de", "Divisionskommandeur Hollweg zog ab. Hollwegs Truppen folgten ihm.",
		[]want{{"Hollweg", "Divisionskommandeur"}, {"Hollwegs", "Divisionskommandeur"}}, nil},
	{"de", "Litvinova berichtete aus Tallinn. Associated Press-Journalistin Haruka Mori in Tokio trug dazu bei.",
		[]want{{"Haruka Mori", "Associated Press-Journalistin"}}, nil},
	{"de", "Die Einigung sei gut, sagte die Regierungschefin Estlands am Abend.",
		nil, []string{"Estlands"}},
	{"de", "Beobachter wie Janis Emmanouilidis vom European Policy Centre in Brüssel sprachen von einem Erfolg.",
		[]want{{"Janis Emmanouilidis", "vom European Policy Centre in Brüssel"}, {"European Policy Centre", "Zentrum in Brüssel"}}, nil},
	{"de", "UN WARNT VOR HUNGER\n\nDie UN teilten am Montag mit, die Hilfe reiche nicht.",
		[]want{{"UN", "1945"}}, []string{"WARNT", "HUNGER"}},
	{"de", "Seoul beobachte das genau, sagte Jeon Ha Gyu, südkoreanischer Verteidigungssprecher, am Mittwoch.",
		[]want{{"Jeon Ha Gyu", "südkoreanischer Verteidigungssprecher"}}, nil},
	{"de", "In Chan Junas, der größten Stadt im Süden des Landes, kam es zu Kämpfen.",
		[]want{{"Chan Junas", "die größte Stadt im Süden des Landes"}}, nil},
	{"de", "Das Fischerei\u00administerium, das für die Fang\u00adquoten zuständig ist, widersprach.",
		[]want{{"Fischerei\u00administerium", "für die Fang\u00adquoten zuständig"}}, nil},
	// name particles and mixed-case acronyms
	{"de", "Das Bundesamt für Küstenschutz (BfK) warnte vor Sturmfluten.",
		[]want{{"BfK", "Bundesamt für Küstenschutz"}}, nil},
	{"de", "Kommissionschefin Ulrike von der Aue sagte, Syriens Machthaber Raschid al-Karim habe verloren.",
		[]want{{"Ulrike von der Aue", "Kommissionschefin"}, {"Raschid al-Karim", "Syriens Machthaber"}}, nil},
	// common nouns
	{"de", "Die Munition reichte nicht. Das Gipfeltreffen brachte keine Sanktionen, aber neue Waffen.",
		nil, []string{"Munition", "Gipfeltreffen", "Sanktionen", "Waffen", "Die", "Das"}},

	// ---- English ----
	{"en", "The Committee to Protect Journalists (CPJ) said two reporters were held.",
		[]want{{"CPJ", "Committee to Protect Journalists"}}, nil},
	{"en", "The report by the ZCG, short for Zonal Cooperation Group, was published on Monday.",
		[]want{{"ZCG", "Zonal Cooperation Group"}}, nil},
	{"en", "QRX stands for Quick Response Exchange, the company said.",
		[]want{{"QRX", "Quick Response Exchange"}}, nil},
	{"en", "OSLO, Norway (XQ) — Police reported an accident. Police in Norway (QF) said more.",
		nil, []string{"OSLO", "XQ", "QF"}},
	{"en", "\"We are worried,\" said Maria Lopez, a spokeswoman for the fisheries ministry.",
		[]want{{"Maria Lopez", "a spokeswoman for the fisheries ministry"}}, nil},
	{"en", "The talks were run by the Ministry of Fisheries, which is responsible for catch quotas in the north.",
		[]want{{"Ministry of Fisheries", "responsible for catch quotas in the north"}}, nil},
	{"en", "Government spokesman Anders Lund said the talks would go on. Lund gave no details.",
		[]want{{"Anders Lund", "spokesman"}, {"Lund", "spokesman"}}, nil},
	{"en", "It is possible, said Park Ji-won of the Seoul Institute for Economic Research.",
		[]want{{"Park Ji-won", "Seoul Institute for Economic Research"}}, nil},
	{"en", "Washington said shells went to the mercenary group Korvan last year.",
		[]want{{"Korvan", "mercenary group"}}, nil},
	{"en", "The ferry docked in Tromvik, about 40 km (25 miles) north of Bergen, at noon.",
		[]want{{"Tromvik", "place about 40 km north of Bergen"}}, nil},
	{"en", "South Korea's Fisheries Ministry, which handles quota disputes, said it would respond.",
		[]want{{"Fisheries Ministry", "handles quota disputes"}}, nil},
	{"en", "Putin told the Korvan news agency that talks went well.",
		[]want{{"Korvan", "news agency"}}, nil},
	{"en", "\"It is late,\" said Miguel Torres, a London-based analyst.",
		[]want{{"Miguel Torres", "a London-based analyst"}}, []string{"London-based"}},
	{"en", "Union Army commander Ulysses S. Grant took the town. Grant's men followed.",
		[]want{{"Ulysses S. Grant", "Union Army commander"}, {"Grant", "Union Army commander"}}, nil},
	{"en", "Analysts such as Janis Emmanouilidis of the European Policy Centre in Brussels called it a success.",
		[]want{{"Janis Emmanouilidis", "of the European Policy Centre"}, {"European Policy Centre", "centre in Brussels"}}, nil},
	{"en", "Seoul is watching closely, said Jeon Ha-gyu, South Korea's defense ministry spokesman.",
		[]want{{"Jeon Ha-gyu", "South Korea's defense ministry spokesman"}}, nil},
	{"en", "Mary Okafor, 45, a farmer from Kano, said the rains came late.",
		[]want{{"Mary Okafor", "a farmer from Kano"}}, nil},
	{"en", "The missiles landed near the port city of Sinpo on Tuesday.",
		[]want{{"Sinpo", "port city"}}, nil},
	{"en", "UN WARNS OF HUNGER\n\nThe UN said on Monday that aid was short.",
		[]want{{"UN", "1945"}}, []string{"WARNS", "HUNGER"}},
	{"en", "Korvo, South Korea's largest news agency, said the launch failed.",
		[]want{{"Korvo", "South Korea's largest news agency"}}, nil},
	{"en", "North Korea's Korean Central News Agency reported the launch. Later, KCNA said it had succeeded.",
		[]want{{"KCNA", "Korean Central News Agency"}}, nil},
	{"en", "He spoke to the Cuban news agency about it.",
		nil, []string{"Cuban"}},
	{"en", "Kimotho, who was hospitalized with a head wound, spoke later. Speaking at the event, the king said little.",
		nil, []string{"Kimotho", "Speaking"}},
}

func TestFind(t *testing.T) {
	for _, tc := range findTests {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			res := findText(tc.text, Options{Lang: tc.lang, Mark: "all"})
			checkInvariants(t, tc.text, res)
			got := marked(tc.text, res)
			for _, w := range tc.want {
				e, ok := got[w.mention]
				if !ok {
					t.Errorf("%q not marked; marked: %v", w.mention, summary(got))
					continue
				}
				if !strings.Contains(e.Definition, w.def) {
					t.Errorf("%q: definition %q does not contain %q", w.mention, e.Definition, w.def)
				}
			}
			for _, n := range tc.not {
				if e, ok := got[n]; ok {
					t.Errorf("%q marked (%q: %s)", n, e.Term, e.Definition)
				}
			}
		})
	}
}

func summary(m map[string]Entry) []string {
	var out []string
	for k, e := range m {
		out = append(out, k+" → "+e.Definition)
	}
	return out
}

// TestFindConcurrent runs Find from several goroutines at once (the word
// lists load lazily, buffers are pooled) and checks every result equals
// the sequential one. Run with -race.
func TestFindConcurrent(t *testing.T) {
	want := make([]Result, len(findTests))
	for i, tc := range findTests {
		want[i] = findText(tc.text, Options{Lang: tc.lang, Mark: "all"})
	}
	done := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for i, tc := range findTests {
				got := findText(tc.text, Options{Lang: tc.lang, Mark: "all"})
				if len(got.Mentions) != len(want[i].Mentions) || len(got.Entries) != len(want[i].Entries) {
					done <- tc.text
					return
				}
				for k := range got.Mentions {
					if got.Mentions[k] != want[i].Mentions[k] {
						done <- tc.text
						return
					}
				}
			}
			done <- ""
		}()
	}
	for g := 0; g < 4; g++ {
		if bad := <-done; bad != "" {
			t.Errorf("concurrent result differs for %q", bad)
		}
	}
}
