package glossary

import "testing"

// TestGermanRoleCase: a role mined from a German apposition or from the
// role before a name reads in the nominative, as a definition does, not in
// the case the sentence gave it.
func TestGermanRoleCase(t *testing.T) {
	tests := []struct{ text, term, want string }{
		{"In Husum sprach am Montag Per Lund, dem Vorsitzenden des Fischereiverbands, niemand mehr das Vertrauen aus.", "Per Lund", "Vorsitzender des Fischereiverbands"},
		{"Die Pläne gingen an Ole Brandt, dem neuen Präsidenten der Handelskammer, der sie prüfen ließ.", "Ole Brandt", "neuer Präsident der Handelskammer"},
		{"Man fragte Lea Sommer und Jonas Keller, dem Experten für Hafenrecht, nach den Folgen.", "Jonas Keller", "Experte für Hafenrecht"},
		{"Das bestätigte der dänische Minister für Fischerei, Lars Berg, am Dienstag in Esbjerg.", "Lars Berg", "dänischer Minister für Fischerei"},
		{"Das bestätigte die dänische Ministerin für Fischerei, Lise Berg, am Dienstag in Esbjerg.", "Lise Berg", "dänische Ministerin für Fischerei"},
	}
	for _, tt := range tests {
		got := ""
		for _, e := range findText(tt.text, Options{Lang: "de"}).Entries {
			if e.Term == tt.term {
				got = e.Definition
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s is defined as %q, want %q", tt.text, tt.term, got, tt.want)
		}
	}
}
