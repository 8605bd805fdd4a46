package timeline

import "testing"

// TestBuildRepairs checks the labels of dates in clauses that alone would
// be fragments: a relative clause, a verb whose subject stands in the
// governing clause, a prepositional or verbless phrase, a time noun
// attached to the date, a separable particle after a list of dates.
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
		{"de", "a separable particle after a list of dates",
			"Die Proben finden am [[3. Juni|2024-06-03]], am [[10. Juni|2024-06-10]] und am [[17. Juni|2024-06-17]] statt.",
			[]want{
				{"2024-06-03", "Die Proben finden statt", 1, "", ""},
				{"2024-06-10", "Die Proben finden statt", 1, "", ""},
				{"2024-06-17", "Die Proben finden statt", 1, "", ""},
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
