package timeline

import "testing"

// TestBuildRepairs checks the labels of dates in clauses that alone would
// be fragments: a relative clause, a verb whose subject stands in the
// governing clause, a prepositional or verbless phrase, a time noun
// attached to the date, and the smaller fixes around them.
func TestBuildRepairs(t *testing.T) {
	tests := []struct {
		lang, name, text string
		want             []want
	}{
		{"en", "a verb after an apposition keeps the subject before it",
			"The ferry, delayed by fog off the coast, is due in Dover on [[Friday|2024-05-10]].",
			[]want{{"2024-05-10", "The ferry, delayed by fog off the coast, is due in Dover", 1, "", ""}}},
		{"de", "a verb-first clause after an infinitive clause falls back to its sentence",
			"Der Versuch der Rebellen, die Stadt zu erobern, scheiterte am [[12. Mai|2024-05-12]] an der Brücke.",
			[]want{{"2024-05-12", "Der Versuch der Rebellen, die Stadt zu erobern, scheiterte an der Brücke", 1, "", ""}}},
		{"en", "a fronted prepositional phrase gives way to the main clause",
			"In early trading on [[Monday|2024-05-06]], shares of Lumen Foods fell 4 percent.",
			[]want{{"2024-05-06", "Shares of Lumen Foods fell 4 percent", 1, "", ""}}},
		{"en", "a name without verb falls back to its sentence",
			"On [[March 3|2024-03-03]], Anna Weiss, 52, was elected mayor of the town.",
			[]want{{"2024-03-03", "Anna Weiss, 52, was elected mayor of the town", 1, "", ""}}},
		{"en", "a comparison figure gives way to the clause with the verb",
			"Revenue rose 5% to $12 million, from $11.4 million [[a year earlier|2023]].",
			[]want{{"2023", "Revenue rose 5% to $12 million", 1, "", ""}}},
		{"en", "a relative clause takes the name it describes",
			"Rescuers reached the climber Tom Brandt, who fell into a crevasse on [[Tuesday|2024-05-07]].",
			[]want{{"2024-05-07", "Tom Brandt fell into a crevasse", 1, "", ""}}},
		{"de", "a relative clause takes the noun it describes, in main-clause order",
			"Der Bürgermeister lobte die Feuerwehr, die den Brand am [[Dienstag|2024-05-07]] gelöscht hatte.",
			[]want{{"2024-05-07", "Feuerwehr hatte den Brand gelöscht", 1, "", ""}}},
		{"de", "an object relative clause keeps its own subject",
			"Er nannte die Zahl, die der Minister am [[Montag|2024-05-06]] vorgelegt hatte.",
			[]want{{"2024-05-06", "Der Minister hatte vorgelegt", 1, "", ""}}},
		{"de", "a subject after an adverb in a relative clause is its own",
			"Sie lobten den Plan, den bereits der Rat am [[Freitag|2024-05-10]] gebilligt hatte.",
			[]want{{"2024-05-10", "Der Rat hatte gebilligt", 1, "", ""}}},
		{"en", "an object relative clause keeps its own subject",
			"Analysts praised the plan, which the board approved on [[Friday|2024-05-10]].",
			[]want{{"2024-05-10", "The board approved", 1, "", ""}}},
		{"de", "a verb after an apposition keeps the subject before it",
			"Der Trainer, seit Jahren im Verein, erhielt am [[Montag|2024-05-06]] einen neuen Vertrag.",
			[]want{{"2024-05-06", "Der Trainer, seit Jahren im Verein, erhielt einen neuen Vertrag", 1, "", ""}}},
		{"de", "a time noun before the date belongs to the date",
			"In der Saison [[2019/20|2019]] gewann der Klub den Pokal.",
			[]want{{"2019", "Der Klub gewann den Pokal", 1, "", ""}}},
		{"de", "a time noun before the date leaves a pronoun, a verb and a noun",
			"In der Saison [[2019/20|2019]] wurde er Meister.",
			[]want{{"2019", "Er wurde Meister", 1, "", ""}}},
		{"de", "a name after the date is the object, not the label (the English rule)",
			"Schließlich erreichte die Fähre am [[Montag|2024-05-06]] Helgoland.",
			[]want{{"2024-05-06", "Schließlich erreichte die Fähre Helgoland", 1, "", ""}}},
		{"de", "a noun before a date that starts with a lower-case word is no attached noun",
			"Die Stadt feierte, weil die Brücke [[ein Jahr zuvor|2023]] für den Verkehr geöffnet wurde.",
			[]want{{"2023", "Die Brücke wurde für den Verkehr geöffnet", 1, "", ""}}},
		{"en", "the preposition before another date's possessive stays",
			"The bid, announced in [[today|2024-05-06]]'s issue of the Gazette, will close on [[Friday|2024-05-10]].",
			[]want{
				{"2024-05-06", "The bid, announced in issue of the Gazette, will close", 1, "", ""},
				{"2024-05-10", "The bid, announced in issue of the Gazette, will close", 1, "", ""},
			}},
		{"de", "a fronted date after a coordinating conjunction",
			"Heute wird geprobt, denn am [[Samstag|2024-05-11]] spielt das Orchester im Kursaal.",
			[]want{{"2024-05-11", "Das Orchester spielt im Kursaal", 1, "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+inputName(t, tt.text), func(t *testing.T) {
			t.Log(tt.name)
			runFixture(t, tt.lang, tt.text, tt.want)
		})
	}
}
