package timeline

import (
	"strings"
	"testing"
)

// The tests of issue 17, one per point, on sentences of their own in both
// languages. runFixture checks for every result (checkInvariants) that
// each label is a stretch of the text and that no two share one.

type labelCase struct {
	lang, name, text string
	want             []want
}

func runCases(t *testing.T, cases []labelCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+inputName(t, c.text), func(t *testing.T) {
			t.Log(c.name)
			runFixture(t, c.lang, c.text, c.want)
		})
	}
}

// TestLabelWhole: a label is one stretch of the sentence; the date phrase
// is left out at its ends unless that leaves a hole, and stays in the
// middle; a long label is cut at a phrase boundary with "…".
func TestLabelWhole(t *testing.T) {
	runCases(t, []labelCase{
		{"de", "a date that opens a German clause stays before the verb",
			"Am [[Mittwoch|2024-03-13]] traf sie den Botschafter in Wien.",
			[]want{{"2024-03-13", "Am Mittwoch traf sie den Botschafter in Wien", 1, "", ""}}},
		{"de", "a date in the middle stays",
			"Die Fähre legte am [[Freitag|2024-03-15]] in Kiel ab.",
			[]want{{"2024-03-15", "Die Fähre legte am Freitag in Kiel ab", 1, "", ""}}},
		{"de", "a date at the end goes with its preposition",
			"Der Kiosk am Markt schloss im [[Jahr 1998|1998]].",
			[]want{{"1998", "Der Kiosk am Markt schloss", 1, "", ""}}},
		{"en", "a fronted date and its comma go",
			"On [[Friday|2024-03-15]], the ferry left Kiel.",
			[]want{{"2024-03-15", "the ferry left Kiel", 1, "", ""}}},
		{"en", "a date at the end goes",
			"The ferry left Kiel on [[Friday|2024-03-15]].",
			[]want{{"2024-03-15", "The ferry left Kiel", 1, "", ""}}},
		{"en", "a date in the middle stays",
			"The ferry on [[Friday|2024-03-15]] left Kiel without its cargo.",
			[]want{{"2024-03-15", "The ferry on Friday left Kiel without its cargo", 1, "", ""}}},
		{"en", "no hole: a preposition that is not the date's keeps it",
			"The road stayed closed through [[2019|2019]].",
			[]want{{"2019", "The road stayed closed through 2019", 1, "", ""}}},
		{"en", "no hole: an object date after a finite verb stays",
			"In the harbour we had [[a record year|2023]].",
			[]want{{"2023", "In the harbour we had a record year", 1, "", ""}}},
		{"en", "no hole: a participle keeps its date",
			"The bank has cut its rates, starting in [[May 2020|2020-05]].",
			[]want{{"2020-05", "The bank has cut its rates, starting in May 2020", 1, "", ""}}},
		{"de", "white space as one space, without soft hyphens",
			"Die Stadt\u00adverwaltung  beschloss\nam [[Montag|2024-03-11]] den Haushalt.",
			[]want{{"2024-03-11", "Die Stadtverwaltung beschloss am Montag den Haushalt", 1, "", ""}}},
		{"de", "born and died: the marks before the dates",
			"Die Malerin Ida Kerr (* [[3. Mai 1871|1871-05-03]] – † [[9. Juli 1950|1950-07-09]]) prägte die Stadt.",
			[]want{
				{"1871-05-03", "* 3. Mai 1871", 1, "", ""},
				{"1950-07-09", "† 9. Juli 1950", 1, "", ""},
			}},
		{"de", "a long fronted phrase: a label that would lose its date is cut at its start",
			"Neben den Lokalzeitungen aus dem Norden und den großen Blättern aus dem Süden und dem Westen des Landes berichtete auch das Radio noch am [[selben Abend|2024-03-12TEV]] ausführlich über die Flut.",
			[]want{{"2024-03-12TEV", "…dem Westen des Landes berichtete auch das Radio noch am selben Abend ausführlich über die Flut", 1, "", ""}}},
		{"en", "a long clause is cut before a preposition",
			"The committee approved on [[Tuesday|2024-03-12]] a detailed plan to rebuild the old harbour wall along with the two wooden piers and the lighthouse at the end of the northern breakwater.",
			[]want{{"2024-03-12", "The committee approved on Tuesday a detailed plan to rebuild the old harbour wall…", 1, "", ""}}},
	})
}

// TestLabelClause: the clause the date belongs to, in subordinate,
// relative and reported-speech clauses; the saying when the date is the
// saying's, what was said when it is what was said.
func TestLabelClause(t *testing.T) {
	runCases(t, []labelCase{
		{"de", "a subordinate clause",
			"Die Kurse fielen, nachdem die Bank am [[Montag|2024-03-11]] ihre Filiale schloss.",
			[]want{{"2024-03-11", "nachdem die Bank am Montag ihre Filiale schloss", 1, "", ""}}},
		{"de", "a subordinate clause runs on past an inserted phrase to its verb",
			"Wenn du im [[Sommer|2024-SU]], gleich nach der Prüfung, eine Stelle suchst, findest du sie hier.",
			[]want{{"2024-SU", "Wenn du im Sommer, gleich nach der Prüfung, eine Stelle suchst", 1, "", ""}}},
		{"de", "an abbreviation is no verb: the conjunct shares the clause",
			"Die Flotte zählte am [[1. Mai|2024-05-01]] ca. 60 und am [[1. Juni|2024-06-01]] ca. 90 Schiffe.",
			[]want{
				{"2024-05-01", "Die Flotte zählte am 1. Mai ca. 60", 1, "", ""},
				{"2024-06-01", "Die Flotte zählte am 1. Mai ca. 60 und am 1. Juni ca. 90 Schiffe", 1, "", ""},
			}},
		{"de", "a conjunct without a verb shares the clause; the one with it is its own",
			"Die Schule hieß ab [[1990|1990||after]] Nordschule und seit [[2010|2010||after]] Hafenschule.",
			[]want{
				{"1990", "Die Schule hieß ab 1990 Nordschule", 1, "", "after"},
				{"2010", "Die Schule hieß ab 1990 Nordschule und seit 2010 Hafenschule", 1, "", "after"},
			}},
		{"en", "a subordinate clause without a comma",
			"Shares fell after the bank closed its branch on [[Monday|2024-03-11]].",
			[]want{{"2024-03-11", "the bank closed its branch", 1, "", ""}}},
		{"en", "the main clause keeps the clause that depends on it",
			"Shares fell on [[Monday|2024-03-11]] after the bank closed its branch.",
			[]want{{"2024-03-11", "Shares fell on Monday after the bank closed its branch", 1, "", ""}}},
		{"de", "a relative clause with the noun it describes",
			"Die Polizei lobte den Fahrer, der am [[Dienstag|2024-03-12]] einen Unfall verhindert hatte.",
			[]want{{"2024-03-12", "den Fahrer, der am Dienstag einen Unfall verhindert hatte", 1, "", ""}}},
		{"en", "a relative clause with the noun it describes",
			"The council thanked the nurse who saved a child on [[Tuesday|2024-03-12]].",
			[]want{{"2024-03-12", "the nurse who saved a child", 1, "", ""}}},
		{"de", "the saying's date: the saying with what was said",
			"Die Sprecherin sagte am [[Montag|2024-03-11]], der Zug sei entgleist.",
			[]want{{"2024-03-11", "Die Sprecherin sagte am Montag, der Zug sei entgleist", 1, "", ""}}},
		{"de", "what was said has its date: what was said",
			"Die Sprecherin sagte, der Zug sei am [[Montag|2024-03-11]] entgleist.",
			[]want{{"2024-03-11", "der Zug sei am Montag entgleist", 1, "", ""}}},
		{"de", "what was said comes first",
			"„Wir bleiben“, sagte der Trainer am [[Sonntag|2024-03-10]].",
			[]want{{"2024-03-10", "„Wir bleiben“, sagte der Trainer", 1, "", ""}}},
		{"en", "the saying's date: the saying with what was said",
			"The spokeswoman said on [[Monday|2024-03-11]] that the train derailed.",
			[]want{{"2024-03-11", "The spokeswoman said on Monday that the train derailed", 1, "", ""}}},
		{"en", "what was said has its date: what was said",
			"The spokeswoman said the train derailed on [[Monday|2024-03-11]].",
			[]want{{"2024-03-11", "the train derailed", 1, "", ""}}},
		{"en", "what was said comes first",
			"\"We stay,\" the coach said on [[Sunday|2024-03-10]].",
			[]want{{"2024-03-10", "\"We stay,\" the coach said", 1, "", ""}}},
		{"en", "a date set off at the end: the nearest clause with a verb before it",
			"Divers searched the wreck which sank with 40 sailors, including two officers, on [[May 4|2024-05-04]].",
			[]want{{"2024-05-04", "the wreck which sank with 40 sailors, including two officers", 1, "", ""}}},
		{"en", "a date of an attribution phrase: the statement with what it says",
			"The ferry will sail at noon, according to a notice posted [[Monday|2024-03-11]] by the harbour master.",
			[]want{{"2024-03-11", "The ferry will sail at noon, according to a notice posted Monday by the harbour master", 1, "", ""}}},
		{"en", "a verb after an age takes the name, not the number",
			"Court records seen by reporters from three different newspapers show that the driver Mark Olsen, 49, was fined twice for speeding on the coastal road between [[1991|1991]] and [[1997|1997]].",
			[]want{{"1991/1997", "the driver Mark Olsen, 49, was fined twice for speeding on the coastal road", 1, "", ""}}},
		{"en", "an apposition after a dash sums up the clause before it",
			"Exports are expected to fall by a third this year — the steepest drop they have seen since [[2009|2009||after]].",
			[]want{{"2009", "Exports are expected to fall by a third this year — the steepest drop they have seen", 1, "", "after"}}},
		{"en", "a clause after a dash is its own",
			"Sales held up well in spring — the shops reported a record week in [[May|2024-05]].",
			[]want{{"2024-05", "the shops reported a record week", 1, "", ""}}},
		{"en", "two dates, two clauses",
			"He pleaded guilty in [[2019|2019]] to charges that he faked his death in [[2008|2008]].",
			[]want{
				{"2008", "he faked his death", 1, "", ""},
				{"2019", "He pleaded guilty in 2019 to charges", 1, "", ""},
			}},
		{"de", "two dates, two clauses",
			"Er gestand [[2019|2019]] vor Gericht, dass er [[2008|2008]] seinen Tod vorgetäuscht hatte.",
			[]want{
				{"2008", "er 2008 seinen Tod vorgetäuscht hatte", 1, "", ""},
				{"2019", "Er gestand 2019 vor Gericht", 1, "", ""},
			}},
		{"en", "a date before a noun: that noun phrase, not the clause",
			"The minister has long refused to apologise for the [[2015|2015]] raid on the harbour.",
			[]want{{"2015", "the 2015 raid on the harbour", 1, "", ""}}},
		{"de", "a German range after a noun: the noun",
			"Die Ausstellung erinnert an den Bürgerkrieg [[1936–39|1936/1939]] und seine Opfer.",
			[]want{{"1936/1939", "Bürgerkrieg", 1, "", ""}}},
	})
}

// TestOneEntryPerEvent: a range written as one phrase is one entry drawn
// as a span; a date repeated for one happening is one entry; one sentence
// gives one entry per date, and no two share a label.
func TestOneEntryPerEvent(t *testing.T) {
	runCases(t, []labelCase{
		{"de", "von … bis",
			"Sie lebte von [[2011|2011]] bis [[2013|2013]] in Lyon.",
			[]want{{"2011/2013", "Sie lebte von 2011 bis 2013 in Lyon", 1, "", ""}}},
		{"en", "from … to",
			"She lived in Lyon from [[2011|2011]] to [[2013|2013]].",
			[]want{{"2011/2013", "She lived in Lyon", 1, "", ""}}},
		{"de", "zwischen … und",
			"Zwischen [[1961|1961]] und [[1989|1989]] teilte die Mauer die Stadt.",
			[]want{{"1961/1989", "Zwischen 1961 und 1989 teilte die Mauer die Stadt", 1, "", ""}}},
		{"en", "a dash between two dates",
			"The bridge was closed [[1998|1998]] – [[2001|2001]] for repairs.",
			[]want{{"1998/2001", "The bridge was closed 1998 – 2001 for repairs", 1, "", ""}}},
		{"de", "vom … bis: a bare day takes the end's month",
			"Das Fest findet vom [[12.|2024-03-12]] bis [[14. September|2024-09-14]] auf dem Markt statt.",
			[]want{{"2024-09-12/2024-09-14", "Das Fest findet vom 12. bis 14. September auf dem Markt statt", 1, "", ""}}},
		{"de", "an ordinal day and a date joined by \"und\"",
			"Am [[13.|2024-09-13]] und [[14. September|2024-09-14]] tagte der Rat in Bonn.",
			[]want{{"2024-09-13/2024-09-14", "Am 13. und 14. September tagte der Rat in Bonn", 1, "", ""}}},
		{"de", "zwischen, an article, an ordinal day",
			"Zwischen dem [[22.|2024-08-22]] und [[25. August|2024-08-25]] landeten die Truppen auf der Insel.",
			[]want{{"2024-08-22/2024-08-25", "Zwischen dem 22. und 25. August landeten die Truppen auf der Insel", 1, "", ""}}},
		{"de", "two dates of one unit before an inserted clause: the clause with the verb, each label its own",
			"In der [[Nacht vom 19.|2024-03-19TNI]] auf den [[20. März|2024-03-20]], der Sturm war abgeflaut, liefen die Fähren wieder aus.",
			[]want{
				{"2024-03-19TNI", "liefen die Fähren wieder aus", 1, "", ""},
				{"2024-03-20", "auf den 20. März, der Sturm war abgeflaut, liefen die Fähren wieder aus", 1, "", ""},
			}},
		{"de", "two glosses alike: each label starts with its own date",
			"Die Flotte lief am [[7. November|1917-11-07]] ([[25. Oktober|1917-10-25]] nach altem Kalender) aus. " +
				"Am [[10. November|1917-11-10]] ([[28. Oktober|1917-10-28]] nach altem Kalender) kehrte sie zurück.",
			[]want{
				{"1917-10-25", "nach altem Kalender", 1, "", ""},
				{"1917-10-28", "28. Oktober nach altem Kalender", 1, "", ""},
				{"1917-11-07", "Die Flotte lief am 7. November (25. Oktober nach altem Kalender) aus", 1, "", ""},
				{"1917-11-10", "Am 10. November (28. Oktober nach altem Kalender) kehrte sie zurück", 1, "", ""},
			}},
		{"de", "a day and a time in it: one entry at the time",
			"Wir schauen am [[Montag|2024-03-11]] um [[11 Uhr|2024-03-11T11:00]] in der Werkstatt vorbei.",
			[]want{{"2024-03-11T11:00", "Wir schauen am Montag um 11 Uhr in der Werkstatt vorbei", 1, "", ""}}},
		{"en", "a part of the day and a time in it: one entry at the time",
			"The show airs [[this evening|2024-03-11TEV]] at [[9 p.m.|2024-03-11T21:00]] on the local channel.",
			[]want{{"2024-03-11T21:00", "The show airs this evening at 9 p.m. on the local channel", 1, "", ""}}},
		{"de", "a long clause with two dates: each label a window ending at its date",
			"Die Behörde fordert von der Partei die Rückzahlung von gut 400.000 Euro wegen verdeckter Spenden eines Schweizer Unternehmens aus den Jahren [[2016|2016]] und [[2017|2017]].",
			[]want{
				{"2016", "…von gut 400.000 Euro wegen verdeckter Spenden eines Schweizer Unternehmens aus den Jahren 2016", 1, "", ""},
				{"2017", "…wegen verdeckter Spenden eines Schweizer Unternehmens aus den Jahren 2016 und 2017", 1, "", ""},
			}},
		{"en", "two ranges joined as one phrase: one entry, at the first",
			"Enrolment at the college rose by 8% between [[2011-12|2011/2012]] and [[2017-18|2017/2018]].",
			[]want{{"2011/2012", "Enrolment at the college rose by 8%", 1, "", ""}}},
		{"de", "two ranges joined as one phrase: one entry, at the first",
			"Die Zahl der Studierenden stieg zwischen [[2011/12|2011/2012]] und [[2017/18|2017/2018]] um acht Prozent.",
			[]want{{"2011/2012", "Die Zahl der Studierenden stieg zwischen 2011/12 und 2017/18 um acht Prozent", 1, "", ""}}},
		{"en", "a century the text comes back to three times is one entry; another century is its own",
			"Steam power changed farming in [[the early 19th century|19|START]]. Railways spread across Europe in [[the 19th century|19]]. " +
				"By [[the end of the century|19|END]], most towns had a station. In [[the 18th century|18]], canals had carried the coal.",
			[]want{
				{"18", "canals had carried the coal", 1, "", ""},
				{"19", "Steam power changed farming", 3, "", ""},
			}},
		{"de", "a century the text comes back to three times is one entry; twice it is not",
			"Im [[frühen 19. Jahrhundert|19|START]] veränderte die Dampfkraft die Landwirtschaft. Im [[19. Jahrhundert|19]] breitete sich die Eisenbahn aus. " +
				"Gegen [[Ende des Jahrhunderts|19|END]] hatten die meisten Städte einen Bahnhof. Im [[frühen 18. Jahrhundert|18|START]] gruben Bauern Kanäle. " +
				"Im [[späten 18. Jahrhundert|18|END]] fuhren Schiffe Kohle.",
			[]want{
				{"18", "Im frühen 18. Jahrhundert gruben Bauern Kanäle", 1, "START", ""},
				{"18", "Im späten 18. Jahrhundert fuhren Schiffe Kohle", 1, "END", ""},
				{"19", "Im frühen 19. Jahrhundert veränderte die Dampfkraft die Landwirtschaft", 3, "", ""},
			}},
		{"en", "one expression already a range",
			"Veterans of the [[1950-53|1950/1953]] war met in Leeds.",
			[]want{{"1950/1953", "the 1950-53 war", 1, "", ""}}},
		{"en", "two years joined by \"and\" without \"between\" are a list",
			"The farm flooded in [[2011|2011]] and [[2013|2013]].",
			[]want{
				{"2011", "The farm flooded", 1, "", ""},
				{"2013", "The farm flooded in 2011 and 2013", 1, "", ""},
			}},
		{"en", "one happening mentioned twice is one entry",
			"The new bridge opened on [[Monday|2024-03-11]] after six years of work. " +
				"Crowds lined the river. The opening of the bridge on [[Monday|2024-03-11]] drew the mayor.",
			[]want{{"2024-03-11", "The new bridge opened on Monday after six years of work", 2, "", ""}}},
		{"de", "one sentence, two dates: two entries, two labels",
			"Der Verein gewann [[2019|2019]] den Pokal und stieg [[2021|2021]] ab.",
			[]want{
				{"2019", "Der Verein gewann 2019 den Pokal", 1, "", ""},
				{"2021", "stieg 2021 ab", 1, "", ""},
			}},
		{"en", "one sentence, one clause, two dates: the first keeps the clause, the other ends after its date",
			"The club won the cup in [[2019|2019]] and [[2021|2021]] under the same coach.",
			[]want{
				{"2019", "The club won the cup in 2019 and 2021 under the same coach", 1, "", ""},
				{"2021", "The club won the cup in 2019 and 2021…", 1, "", ""},
			}},
	})
}

// TestOnlyEvents: headings, datelines, bylines, credits, references,
// stamps, counters, "bis heute", durations, sets and references to the
// present give no entry.
func TestOnlyEvents(t *testing.T) {
	runCases(t, []labelCase{
		{"de", "a dateline and a byline",
			"BERLIN, [[12. März 2024|2024-03-12]] (dpa)\n\nVon Anna Berg, [[12.03.2024|2024-03-12]], 14:05 Uhr\n\nDer Rat tagte lange.",
			[]want{}},
		{"en", "a heading, a credit and a counter",
			"Photos of the Year [[2023|2023]]\n\nPhoto: Ann Lee / Archive [[2019|2019]]\n\n[[3 hours ago|2024-03-20T09:00]] · 12 Comments\n\nThe council met.",
			[]want{}},
		{"de", "a bibliographic reference",
			"Müller, Anna ([[2019|2019]]): Die Brücken der Stadt. Berlin: Verlag Nord.",
			[]want{}},
		{"en", "stamps",
			"Updated [[March 12, 2024|2024-03-12]] at [[3:45 p.m.|2024-03-12T15:45]], the figures change daily.\n\n" +
				"(Published on [[May 3|2024-05-03]]; the story was corrected later.)",
			[]want{}},
		{"de", "a stamp in a caption",
			"Die Karte zeigt die Abmahner. (Stand: [[Juni 2016|2016-06]]) Sie wurde vergrößert.",
			[]want{}},
		{"de", "bis heute: the present",
			"Bis [[heute|2024-03-20]] fehlt von dem Bild jede Spur.",
			[]want{}},
		{"en", "the baseline of a comparison",
			"Rents rose faster than in [[2019|2019]], and sales fell compared with [[the year before|2022]].",
			[]want{}},
		{"de", "the baseline of a comparison after \"so … wie\", \"mehr als\", a comparative",
			"Der Umsatz war doppelt so hoch wie im [[Vorjahr|2023]]. Es kamen mehr Gäste als im [[Sommer 2022|2022-SU]]. Die Preise lagen höher als im [[Januar|2024-01]]. " +
				"Als im [[März|2024-03]] die Brücke einstürzte, fuhr die Fähre wieder.",
			[]want{{"2024-03", "Als im März die Brücke einstürzte", 1, "", ""}}},
		{"en", "the baseline of a comparison after \"as … as\"",
			"Twice as many visitors came as in [[2019|2019]]. As in [[May|2024-05]], the ferry kept its timetable.",
			[]want{{"2024-05", "the ferry kept its timetable", 1, "", ""}}},
		{"en", "the baseline of a comparison after a figure",
			"Net income was $4.1 million, compared with $3.2 million, or 9 cents a share, in [[the year-earlier quarter|2023-Q3]]. " +
				"Revenue reached $80 million, up from $71 million [[a year earlier|2023]]. More than 40 stores opened in [[2023|2023]].",
			[]want{{"2023", "More than 40 stores opened", 1, "", ""}}},
		{"de", "the baseline of a comparison after a figure",
			"Der Umsatz lag bei 4,1 Millionen Euro, verglichen mit 3,2 Millionen im [[Vorjahresquartal|2023-Q3]]. Mehr als 40 Filialen eröffneten [[2023|2023]].",
			[]want{{"2023", "Mehr als 40 Filialen eröffneten", 1, "", ""}}},
		{"de", "the baseline of a comparison; a century that characterises a noun",
			"Der Umsatz stieg im Vergleich zum [[Vorjahr|2023]] deutlich. Das Haus gilt als Ikone des [[20. Jahrhunderts|19]].",
			[]want{}},
		{"en", "a century that characterises a noun",
			"Neon became a symbol of the [[20th century|19]] and of [[20th|19]]-century optimism.",
			[]want{}},
		{"de", "a date in a title",
			"Der Film „[[1917|1917]]“ lief im Kino, und sie las „Sommer [[1999|1999]]“ von Anna Berg.",
			[]want{}},
		{"de", "a quoted date alone is no title",
			"Er bot uns einen Termin „[[nächste Woche|2024-W13]]“ an.",
			[]want{{"2024-W13", "Er bot uns einen Termin „nächste Woche“ an", 1, "", ""}}},
		{"en", "a date in a title, a date in a quotation",
			"The band played “Summer of [[1969|1969]]” and said: “We met on [[Monday|2024-03-11]].”",
			[]want{{"2024-03-11", "We met", 1, "", ""}}},
		{"en", "until today: the present",
			"The painting has been missing until [[today|2024-03-20]].",
			[]want{}},
		{"en", "a year that names a vintage or a model",
			"The shop sold out of the [[2015|2015]] vintage, and he poured a glass from a bottle of the Miller estate's [[2011|2011]] Reserve.",
			[]want{}},
		{"de", "a year that names a vintage or a model",
			"Der Händler öffnete eine Flasche vom Jahrgang [[2012|2012]] und zeigte das Modelljahr [[2018|2018]] des Traktors.",
			[]want{}},
		{"en", "a year before a noun that is no vintage still dates it",
			"The [[2015|2015]] floods destroyed the old mill. A man threw a bottle at the [[2019|2019]] protest.",
			[]want{
				{"2015", "The 2015 floods destroyed the old mill", 1, "", ""},
				{"2019", "the 2019 protest", 1, "", ""},
			}},
		{"en", "a negated clause dates no happening; \"not only\" and \"since\" do",
			"The report was not ready on [[Monday|2024-03-11]]. The mayor not only opened the bridge on [[Friday|2024-03-15]] but also cut the ribbon. " +
				"Nobody has seen the painting since [[1990|1990||after]].",
			[]want{
				{"1990", "Nobody has seen the painting", 1, "", "after"},
				{"2024-03-15", "The mayor not only opened the bridge on Friday but also cut the ribbon", 1, "", ""},
			}},
		{"de", "a negated clause dates no happening; \"nicht nur\", \"seit\" and another clause do",
			"Das Gutachten lag am [[Montag|2024-03-11]] noch nicht vor. Am [[Freitag|2024-03-15]] eröffnete die Bürgermeisterin nicht nur die Brücke. " +
				"Der Rat tagte am [[Dienstag|2024-03-12]] und beschloss nichts. Seit [[2019|2019||after]] gibt es keine Fähre mehr.",
			[]want{
				{"2019", "Seit 2019 gibt es keine Fähre mehr", 1, "", "after"},
				{"2024-03-12", "Der Rat tagte am Dienstag und beschloss nichts", 1, "", ""},
				{"2024-03-15", "Am Freitag eröffnete die Bürgermeisterin nicht nur die Brücke", 1, "", ""},
			}},
		{"en", "negation: \"not until\", a verb of saying, a noun the date qualifies, another clause, a participle",
			"The bridge did not reopen until [[June|2024-06]]. The council said on [[Monday|2024-03-11]] that it would not raise rents. " +
				"Critics have never forgiven the [[2015|2015]] closure of the mill. The ferry left on [[Friday|2024-03-15]] because the bridge was not safe. " +
				"Workers not needed after [[May|2024-05]] will move to other sites.",
			[]want{
				{"2015", "the 2015 closure of the mill", 1, "", ""},
				{"2024-03-11", "The council said on Monday that it would not raise rents", 1, "", ""},
				{"2024-03-15", "The ferry left on Friday because the bridge was not safe", 1, "", ""},
				{"2024-05", "Workers not needed after May will move to other sites", 1, "", ""},
				{"2024-06", "The bridge did not reopen", 1, "", ""},
			}},
		{"de", "negation: a verb of saying, a noun the date qualifies, another clause",
			"Der Rat erklärte am [[Montag|2024-03-11]], er werde die Mieten nicht erhöhen. Die Fähre fuhr am [[Freitag|2024-03-15]] ab, weil die Brücke nicht sicher war.",
			[]want{
				{"2024-03-11", "Der Rat erklärte am Montag, er werde die Mieten nicht erhöhen", 1, "", ""},
				{"2024-03-15", "Die Fähre fuhr am Freitag ab, weil die Brücke nicht sicher war", 1, "", ""},
			}},
		{"en", "today in a clause without a verb: the present age",
			"Chess, one of the most popular games [[today|2024-03-20]], came from India. The museum reopened [[today|2024-03-20]]. " +
				"The youth of [[today|2024-03-20]] read less. As of [[today|2024-03-20]], the old bridge is closed to traffic.",
			[]want{
				{"2024-03-20", "The museum reopened", 1, "", ""},
				{"2024-03-20", "the old bridge is closed to traffic", 1, "", ""},
			}},
		{"de", "heute in a clause without a verb: the present age",
			"Er schrieb über die Jugend von [[heute|2024-03-20]]. Das Museum öffnete [[heute|2024-03-20]] wieder.",
			[]want{{"2024-03-20", "Das Museum öffnete heute wieder", 1, "", ""}}},
		{"en", "a range after an average word is the window of a mean",
			"The plan would cut emissions by 2% a year on average from [[2025|2025]] to [[2030|2030]]. Output grew on average in [[2019|2019]].",
			[]want{{"2019", "Output grew on average", 1, "", ""}}},
		{"de", "a range after an average word is the window of a mean",
			"Die Mieten stiegen im Schnitt von [[2015|2015]] bis [[2020|2020]] um drei Prozent im Jahr. Der Verein wuchs jährlich zwischen [[2001|2001]] und [[2004|2004]].",
			[]want{}},
		{"de", "the period a noun is about",
			"Der Vorstand legte den Dividendenvorschlag für [[2023|2023]] und [[2024|2024]] vor. Das Konzert ist für [[2025|2025]] geplant.",
			[]want{{"2025", "Das Konzert ist für 2025 geplant", 1, "", ""}}},
		{"en", "the period a noun is about",
			"The board raised its earnings forecast for [[2025|2025]] and [[2026|2026]]. The concert is planned for [[2027|2027]]. The bank posted a loss for [[the third quarter|2024-Q3]].",
			[]want{
				{"2024-Q3", "The bank posted a loss for the third quarter", 1, "", ""},
				{"2027", "The concert is planned for 2027", 1, "", ""},
			}},
		{"en", "the day a reporting period ends",
			"Net income for [[the quarter|2024-Q3]] ended [[Sept. 30|2024-09-30]] rose 4%. Sales for the six months ending [[June 30|2024-06-30]] fell. The strike ended [[Monday|2024-03-11]].",
			[]want{
				{"2024-03-11", "The strike ended", 1, "", ""},
				{"2024-Q3", "Net income for the quarter ended Sept. 30 rose 4%", 1, "", ""},
			}},
		{"de", "the day a reporting period ends",
			"Im zum [[30. Juni|2024-06-30]] abgelaufenen Geschäftsjahr stieg der Umsatz. Der Streik endete am [[Montag|2024-03-11]].",
			[]want{{"2024-03-11", "Der Streik endete", 1, "", ""}}},
		{"en", "durations, sets and references to the present",
			"The talks lasted [[three weeks|P3W]]. The market opens [[every Monday|SET:XXXX-WXX-1]]. " +
				"Prices are [[now|PRESENT_REF]] stable.",
			[]want{}},
	})
}

// TestRangeValue checks the value of a range written as one phrase.
func TestRangeValue(t *testing.T) {
	text, exprs := fixture(t, "vom [[12.|2023-09-12]] bis [[14. September|2024-09-14]], [[2011|2011]] bis [[2009|2009]], [[2001|2001]] bis [[2001|2001]]")
	for _, c := range []struct {
		a, z int
		want string
	}{
		{0, 1, "2024-09-12/2024-09-14"}, // the bare day takes the end's month and year
		{2, 3, ""},                      // not in order
		{4, 5, ""},                      // one date
	} {
		if got := rangeValue(text, exprs[c.a], exprs[c.z]); got != c.want {
			t.Errorf("rangeValue(%q, %q) = %q, want %q", text[exprs[c.a].Start:exprs[c.a].End], text[exprs[c.z].Start:exprs[c.z].End], got, c.want)
		}
	}
	if !strings.Contains(text, "bis") {
		t.Fatal("fixture")
	}
}
