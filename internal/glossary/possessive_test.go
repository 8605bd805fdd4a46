package glossary

import "testing"

// TestPossessiveOutsideTheMark: an English name seen only with its
// possessive is marked and listed as the name ("Marta Quillon’s studio"
// marks "Marta Quillon"), with a straight or a curly apostrophe, defined
// by the text or not; a name whose own form ends in "'s" keeps it.
func TestPossessiveOutsideTheMark(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string // texts of the mentions (with Mark "all"), then of the names
	}{
		{"Works such as Bruce Nauman’s neon pieces changed the field.\n\nLater, Bruce Nauman’s studio closed.",
			[]string{"Bruce Nauman", "Bruce Nauman", "|", "Bruce Nauman"}},
		{"The painter Marta Quillon, a former teacher, opened a school. Critics praised Marta Quillon's colours.",
			[]string{"Marta Quillon", "Marta Quillon", "|", "Marta Quillon"}},
		{"Residents of Ostbury signed a letter. Harriet Vale's letter reached the council of Ostbury.",
			nil},
	} {
		res := findText(tt.text, Options{Lang: "en", Mark: "all"})
		var got []string
		for _, m := range res.Mentions {
			got = append(got, tt.text[m.Start:m.End])
		}
		got = append(got, "|")
		for _, n := range res.Names {
			got = append(got, tt.text[n.Start:n.End])
		}
		if tt.want == nil {
			for _, g := range got {
				if len(g) > 2 && (g[len(g)-2:] == "'s" || len(g) > 4 && g[len(g)-4:] == "’s") {
					t.Errorf("%q: a mark or name with its possessive: %q (all: %q)", tt.text, g, got)
				}
			}
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
				break
			}
		}
	}
	// "McDonald's" is the name as written: the possessive-looking ending stays.
	if got := possessiveStem("McDonald's", "McDonald's"); got != "McDonald's" {
		t.Errorf("possessiveStem(McDonald's) = %q", got)
	}
	if got := possessiveStem("Bush’s", "Bush"); got != "Bush" {
		t.Errorf("possessiveStem(Bush’s) = %q", got)
	}
}
