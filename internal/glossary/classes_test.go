package glossary

import (
	"strings"
	"testing"
)

// classCase is one sentence of a class of issue 18 (definitions a reader
// can trust): the mentions that must be marked with a definition that
// contains a phrase (and none of the phrases in notDef), and the texts
// that must not be marked. The sentences and names are written for these
// tests.
type classCase struct {
	lang   string
	text   string
	want   []want
	notDef []string // no definition may contain these
	not    []string // not marked
}

func runClasses(t *testing.T, cases []classCase) {
	t.Helper()
	for _, tt := range cases {
		res := findText(tt.text, Options{Lang: tt.lang})
		checkInvariants(t, tt.text, res)
		got := marked(tt.text, res)
		for _, w := range tt.want {
			e, ok := got[w.mention]
			if !ok {
				t.Errorf("%s %q: %q not marked (marked: %v)", tt.lang, tt.text, w.mention, keys(got))
				continue
			}
			if !strings.Contains(e.Definition, w.def) {
				t.Errorf("%s %q: %q defined as %q, want it to contain %q", tt.lang, tt.text, w.mention, e.Definition, w.def)
			}
		}
		for _, e := range res.Entries {
			for _, n := range tt.notDef {
				if strings.Contains(e.Definition, n) {
					t.Errorf("%s %q: %q defined as %q, which contains %q", tt.lang, tt.text, e.Term, e.Definition, n)
				}
			}
		}
		for _, n := range tt.not {
			if e, ok := got[n]; ok {
				t.Errorf("%s %q: %q marked (%q)", tt.lang, tt.text, n, e.Definition)
			}
		}
	}
}

func keys(m map[string]Entry) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestClassMinedWhereDefined: a definition is mined only where the text
// defines the name — appositions, copular sentences, relative clauses,
// roles before the name with their modifiers and affiliation, acronym
// expansions — and the phrase must belong to the name, not to a
// neighbouring noun phrase.
func TestClassMinedWhereDefined(t *testing.T) {
	runClasses(t, []classCase{
		// appositions
		{lang: "de", text: "„Das reicht nicht“, sagte Marta Kowalczyk, Sprecherin des polnischen Umweltministeriums, am Freitag.",
			want: []want{{"Marta Kowalczyk", "Sprecherin des polnischen Umweltministeriums"}}},
		{lang: "en", text: "“It is not enough,” said Marta Kowalczyk, a spokeswoman for the Polish environment ministry, on Friday.",
			want: []want{{"Marta Kowalczyk", "a spokeswoman for the Polish environment ministry"}}},
		// the apposition of a neighbouring phrase is not the name's
		{lang: "de", text: "Im März erhielt Jonas Berger, Kassenwart der Partei in Sachsen, eine Anfrage des Landesverbandes.",
			want: []want{{"Jonas Berger", "Kassenwart der Partei in Sachsen"}}, notDef: []string{"Anfrage"}, not: []string{"Sachsen"}},
		{lang: "en", text: "Aside from Defence Minister Arvid Lund, few ministers have spoken out against the plan.",
			want: []want{{"Arvid Lund", "Defence Minister"}}, notDef: []string{"few ministers"}},
		{lang: "en", text: "“Buying it was easy,” said Pavel Novak, the man behind the deal.",
			notDef: []string{"the man behind"}, not: []string{"Pavel Novak"}},
		// copular sentences
		{lang: "de", text: "Lara Feld ist Physikerin am Institut für Plasmaforschung in Kiel. Sie misst seit Jahren Sonnenwinde.",
			want: []want{{"Lara Feld", "Physikerin am Institut für Plasmaforschung"}}},
		{lang: "de", text: "Tobias Marr ist nicht nur Redakteur beim Nordkurier, sondern auch Vorsitzender eines Angelvereins.",
			want: []want{{"Tobias Marr", "Redakteur beim Nordkurier"}}},
		{lang: "en", text: "Tomás Reyes is a Chilean economist who studies copper markets. He expects prices to fall.",
			want: []want{{"Tomás Reyes", "Chilean economist"}}, notDef: []string{"who studies"}},
		{lang: "en", text: "Paul Weber was in Berlin last week. Weber is tired.", not: []string{"Paul Weber", "Weber"}},
		// "X, who …"
		{lang: "en", text: "Dana Whitfield, who heads the port authority, declined to comment.",
			want: []want{{"Dana Whitfield", "heads the port authority"}}},
		{lang: "en", text: "Omar Haddad, who is a lawyer for the families, said the ruling was unfair.",
			want: []want{{"Omar Haddad", "a lawyer for the families"}}},
		{lang: "en", text: "Joe Mancini, who works for the Sanitation Department, fixed the pipe.",
			want: []want{{"Joe Mancini", "works for the Sanitation Department"}}},
		{lang: "de", text: "Das bestätigte Jana Roth, die als Sprecherin des Vereins fungiert, am Abend.",
			want: []want{{"Jana Roth", "Sprecherin des Vereins"}}},
		{lang: "de", text: "Es warnte Timo Brandt, der das Labor der Klinik leitet.",
			want: []want{{"Timo Brandt", "leitet das Labor der Klinik"}}},
		// roles before the name, with their modifiers and affiliation
		{lang: "en", text: "Tunisian Prime Minister Hedi Larbi met the envoy on Monday.",
			want: []want{{"Hedi Larbi", "Tunisian Prime Minister"}}},
		{lang: "en", text: "Nordwind CEO Carla Mendes said sales rose. Contoso President Dana Reyes agreed.",
			want: []want{{"Carla Mendes", "Nordwind CEO"}, {"Dana Reyes", "Contoso President"}}},
		{lang: "en", text: "The ISD spokesman Paul Rank said the data was incomplete.",
			want: []want{{"Paul Rank", "ISD spokesman"}}},
		{lang: "de", text: "FDP-Chef Lukas Gerber sagte, Bundesbauminister Stefan Hollmann habe zugestimmt.",
			want: []want{{"Lukas Gerber", "FDP-Chef"}, {"Stefan Hollmann", "Bundesbauminister"}}},
		{lang: "de", text: "1892 sah der italienische Astronom Luca Ferri den Kometen zuerst.",
			want: []want{{"Luca Ferri", "italienischer Astronom"}}},
		{lang: "en", text: "In 1892 the Italian astronomer Luca Ferri saw the comet first.",
			want: []want{{"Luca Ferri", "Italian astronomer"}}},
		{lang: "de", text: "Vor allem die Bonner Germanisten Peter Albers und Ina Kolb lehnen das ab.",
			want: []want{{"Peter Albers", "Bonner Germanist"}, {"Ina Kolb", "Bonner Germanist"}}, notDef: []string{"Germanisten"}},
		// acronym expansions
		{lang: "en", text: "The lab found traces of trichloroethylene, known as TCE, in the water.",
			want: []want{{"TCE", "trichloroethylene"}}},
		{lang: "de", text: "Philipp Hahn ist Vorsitzender eines Verbandes zur Förderung regionaler Obstsorten, kurz VFRO.",
			want: []want{{"VFRO", "Verband zur Förderung regionaler Obstsorten"}}},
		{lang: "de", text: "Gefordert wird ein neues Modell, RPS genannt („Regional Pricing Scheme“), für alle Anbieter.",
			want: []want{{"RPS", "Regional Pricing Scheme"}}},
		{lang: "en", text: "The Quarry Workers Guild (QWG) called a strike.\n\nThe QWG said it would last a week.",
			want: []want{{"Quarry Workers Guild", "Quarry Workers Guild"}, {"QWG", "Quarry Workers Guild"}}, notDef: []string{"called a strike"}},
	})
}

// TestClassNominative: German definitions are given in the nominative,
// whatever case the text puts them in.
func TestClassNominative(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "de", text: "Die Thesen von Peter Albers, einem anerkannten Grammatiker, stoßen auf Kritik.",
			want: []want{{"Peter Albers", "anerkannter Grammatiker"}}, notDef: []string{"einem"}},
		{lang: "de", text: "Die Delegation besuchte das Tarnowo-Kosmodrom, Russlands zweitem Startzentrum, am Montag.",
			want: []want{{"Tarnowo-Kosmodrom", "Russlands zweites Startzentrum"}}},
		{lang: "de", text: "Wir sprachen mit Kurt Brand, dem Leiter der Klinik für Innere Medizin.",
			want: []want{{"Kurt Brand", "Leiter der Klinik für Innere Medizin"}}, notDef: []string{"dem Leiter"}},
		{lang: "de", text: "Die Fähre hielt in Varnholm, einem kleinen Dorf an der Küste.",
			want: []want{{"Varnholm", "ein kleines Dorf an der Küste"}}},
		{lang: "de", text: "Die Fähre hielt in Varnholm, dem größten Hafen der Insel.",
			want: []want{{"Varnholm", "der größte Hafen der Insel"}}},
		{lang: "de", text: "Die Reuters-Korrespondenten Jan Ode und Mia Kuhn berichteten aus Kiew.",
			want: []want{{"Jan Ode", "Reuters-Korrespondent"}}, notDef: []string{"Korrespondenten"}},
	})
}

// TestClassWholeNames: a name is found whole — with middle initials,
// particles, regnal numerals, without the honorific before it — and its
// later short mentions link to its one entry.
func TestClassWholeNames(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "en", text: "“It is squeezing everything,” said C. Eugene Farrow, a fellow at the Lindgren Institute.",
			want: []want{{"C. Eugene Farrow", "a fellow at the Lindgren Institute"}}, not: []string{"Eugene Farrow"}},
		{lang: "en", text: "The chemist Hal Morton and his colleague Ruth P. Keane isolated two gases.",
			want: []want{{"Ruth P. Keane", "colleague of Hal Morton"}}},
		{lang: "en", text: "Former Governor Walter H.W. Grady, a Maine Republican, opposed the bill.",
			want: []want{{"Walter H.W. Grady", "a Maine Republican"}}, not: []string{"Walter"}},
		{lang: "de", text: "Vorstandschef Klaus K., ein Landwirt aus Dithmarschen, bestritt das. Klaus K. ist inzwischen ausgetreten.",
			want: []want{{"Klaus K.", "Landwirt aus Dithmarschen"}}},
		{lang: "en", text: "In the book, the French philosopher Luis de Varga describes neon. De Varga writes well, de Varga says.",
			want: []want{{"Luis de Varga", "French philosopher"}}},
		{lang: "de", text: "Der Physiker Carl von Weizbach, Leiter des Instituts für Optik, sprach zuerst.",
			want: []want{{"Carl von Weizbach", "Leiter des Instituts für Optik"}}},
		{lang: "en", text: "Hamad bin Khalid, the kingdom's defence minister, arrived on Monday.",
			want: []want{{"Hamad bin Khalid", "defence minister"}}},
		{lang: "en", text: "The Scottish chemist Sir William Rendall made a discovery in 1898.",
			want: []want{{"William Rendall", "Scottish chemist"}}, notDef: []string{"Sir"}, not: []string{"Sir"}},
		{lang: "de", text: "Das sagte Dr. Anna Kühne, Ärztin am Klinikum Nord, am Abend.",
			want: []want{{"Anna Kühne", "Ärztin am Klinikum Nord"}}, not: []string{"Dr"}},
		{lang: "de", text: "Wilhelm II., der letzte deutsche Kaiser, floh 1918 in die Niederlande.",
			want: []want{{"Wilhelm II.", "der letzte deutsche Kaiser"}}},
		{lang: "en", text: "Later, King Olav IX of Norland opened the bridge.",
			want: []want{{"Olav IX", "King of Norland"}}, not: []string{"Olav"}},
		// a later surname-only or title+surname mention links to the one entry
		{lang: "en", text: "Senator Mark Holloway, a Maine Democrat, spoke first.\n\nMr. Holloway said the bill was flawed.",
			want: []want{{"Mark Holloway", "a Maine Democrat"}, {"Holloway", "a Maine Democrat"}}},
		{lang: "de", text: "Die Germanisten Peter Albers und Ina Kolb streiten.\n\nDie Thesen von Albers, einem anerkannten Grammatiker, stoßen auf Kritik.",
			want: []want{{"Peter Albers", "Grammatiker"}, {"Albers", "Grammatiker"}}},
		{lang: "de", text: "Bundesbauminister Stefan Hollmann kündigte das an.\n\nHollmann, der seit 2018 im Amt ist, will mehr.",
			want: []want{{"Stefan Hollmann", "Bundesbauminister"}, {"Hollmann", "Bundesbauminister"}}},
	})
	// one entry per person
	for _, tt := range []struct{ lang, text, term string }{
		{"de", "Die Germanisten Peter Albers und Ina Kolb streiten. Die Thesen von Albers, einem anerkannten Grammatiker, stoßen auf Kritik.", "Albers"},
		{"en", "Senator Mark Holloway, a Maine Democrat, spoke first. Holloway, who chairs the committee, said more.", "Holloway"},
	} {
		res := findText(tt.text, Options{Lang: tt.lang})
		n := 0
		for _, e := range res.Entries {
			if strings.Contains(e.Term, tt.term) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d entries for %s, want 1: %+v", tt.text, n, tt.term, res.Entries)
		}
	}
}

// TestClassBareTitle: a title alone is never a definition: it is combined
// with what the text says of the person, the knowledge base is preferred,
// and a name the text gives only a title is not marked.
func TestClassBareTitle(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "en", text: "Senator Ruth Calder, a Nevada Republican who opposed the bill, spoke first.",
			want: []want{{"Ruth Calder", "Senator, a Nevada Republican"}}},
		{lang: "en", text: "Mayor Tom Ricci said the streets were clear. Senator Hal Brody of Montana agreed.",
			want: []want{{"Hal Brody", "Senator of Montana"}}, not: []string{"Tom Ricci"}},
		{lang: "en", text: "President Obama spoke to the nation.",
			want: []want{{"Obama", "president of the United States"}}, notDef: []string{"President."}},
		{lang: "de", text: "Gouverneur Oleg Marenko empfing die Gäste. Der Philosoph Ivo Brandt schwieg.",
			not: []string{"Oleg Marenko", "Ivo Brandt"}},
		{lang: "de", text: "Bundeskanzlerin Angela Merkel sprach im Bundestag.",
			want: []want{{"Angela Merkel", "CDU"}}},
		{lang: "en", text: "The right-wing Tovar party won the vote.", not: []string{"Tovar"}},
	})
}

// TestClassOnlyNames: only names become terms — not sentence-initial
// words, not titles alone, not fragments of a longer name.
func TestClassOnlyNames(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "en", text: "Funny, she said, how Bosses, who never listen, decide.", not: []string{"Funny", "Bosses"}},
		{lang: "en", text: "Senator, who had been silent, spoke. The Senator, a Republican, left.", not: []string{"Senator"}},
		{lang: "en", text: "The World Travel and Tourism Council, an industry group, warned of losses.",
			want: []want{{"World Travel and Tourism Council", "industry group"}}, not: []string{"Tourism Council"}},
		{lang: "en", text: "Chief Executive Mira Solberg, who runs the firm from Oslo, said more.",
			want: []want{{"Mira Solberg", "runs the firm from Oslo"}}, not: []string{"Executive Mira Solberg"}},
		{lang: "de", text: "Zweitens, so der Bericht, fehle Geld. Anfragen, die niemand beantwortet, häufen sich.",
			not: []string{"Zweitens", "Anfragen"}},
		{lang: "de", text: "Der Verband der Obstbauern und Gärtner Nordhessens, ein Zusammenschluss von 40 Betrieben, klagt.",
			not: []string{"Gärtner Nordhessens"}},
	})
}

// TestClassMoreNames: people and organisations introduced with a
// description anywhere in the sentence, and acronyms with or without an
// expansion in the text.
func TestClassMoreNames(t *testing.T) {
	runClasses(t, []classCase{
		{lang: "en", text: "The fund is run by Ines Ortega, a former economist at the IMF who now lives in London.",
			want: []want{{"Ines Ortega", "a former economist at the IMF"}}},
		{lang: "en", text: "Yves Marchand is a French economist who studies tax havens.",
			want: []want{{"Yves Marchand", "French economist"}}},
		{lang: "de", text: "Das Gutachten stammt von Yves Marchand, einem französischen Ökonomen, der Steueroasen erforscht.",
			want: []want{{"Yves Marchand", "französischer Ökonom"}}},
		{lang: "en", text: "The CDC advised people to stay home. The WHO agreed.",
			want: []want{{"CDC", "Centers for Disease Control"}, {"WHO", "World Health Organization"}}},
		{lang: "de", text: "Die G8 trafen sich 2007 in Heiligendamm; die NATO war nicht dabei.",
			want: []want{{"G8", "Forum"}, {"NATO", "Militärbündnis"}}},
		{lang: "en", text: "The company’s CEO said the PCR test was reliable.",
			want: []want{{"CEO", "chief executive"}, {"PCR", "olymerase chain reaction"}}},
		{lang: "de", text: "Der CEO sagte, der PCR-Test sei zuverlässig.",
			want: []want{{"CEO", "Geschäftsführer"}, {"PCR", "Polymerase-Kettenreaktion"}}},
	})
}

// TestCreditLine: a picture's credit line ("© Name / Agency") names its
// photographer and agency; nothing there is marked.
func TestCreditLine(t *testing.T) {
	text := "Der Minister bei der Rede in Kiel © Anna Weber / Reuters\n\nReuters meldete am Abend mehr."
	res := findText(text, Options{Lang: "de"})
	checkInvariants(t, text, res)
	credit := strings.Index(text, "©")
	for _, m := range res.Mentions {
		if m.Start > credit && m.Start < strings.Index(text, "\n") {
			t.Errorf("%q marked in the credit line", text[m.Start:m.End])
		}
	}
	if got := marked(text, res)["Reuters"]; !strings.Contains(got.Definition, "Nachrichtenagentur") {
		t.Errorf("Reuters after the credit: %q", got.Definition)
	}
}
