package glossary

import (
	"strings"
	"testing"
)

// TestDatedFacts: a knowledge-base fact that holds only for a time is
// given as it stood on the article's date (Options.Ref): one that began
// later is left out, one that ended before is left out, and without a
// date the facts that still hold are given. The entry's AsOf stays.
func TestDatedFacts(t *testing.T) {
	tests := []struct {
		lang, ref, text string
		term            string   // marked
		want, not       []string // in / not in its definition
	}{
		// the EU's membership changed with each enlargement and Brexit
		{"de", "2013-09-02", "Die EU berät über neue Regeln für Banken.", "EU",
			[]string{"28 Mitgliedstaaten", "Binnenmarkt"}, []string{"27 Mitgliedstaaten"}},
		{"de", "2020-06-15", "Die EU berät über neue Regeln für Banken.", "EU",
			[]string{"27 Mitgliedstaaten"}, []string{"28 Mitgliedstaaten"}},
		{"en", "2013-09-02", "The EU is debating new rules for banks.", "EU",
			[]string{"28 member states"}, []string{"27 member states"}},
		{"en", "", "The EU is debating new rules for banks.", "EU",
			[]string{"27 member states"}, []string{"28 member states"}},
		// the Taliban's rule since August 2021 is not true of 2001
		{"en", "2001-09-20", "The Taliban refused to hand over the suspects.", "Taliban",
			[]string{"ruled most of the country since 1996"}, []string{"2021"}},
		{"de", "2001-09-20", "Die Taliban lehnten eine Auslieferung ab.", "Taliban",
			[]string{"seit 1996"}, []string{"2021"}},
		{"de", "2022-03-01", "Die Taliban lehnten eine Auslieferung ab.", "Taliban",
			[]string{"erneut seit August 2021"}, nil},
		// an office holder: the office of the article's day, not today's
		{"de", "2019-05-02", "Die Reform geht auf Olaf Scholz zurück.", "Olaf Scholz",
			[]string{"Bundesfinanzminister"}, []string{"Bundeskanzler"}},
		{"en", "2023-01-10", "The plan was backed by Olaf Scholz.", "Olaf Scholz",
			[]string{"Chancellor of Germany since December 2021"}, []string{"from 2021 to 2025"}},
		// a party's election result of 2025 is not shown on a 2020 article
		{"de", "2020-05-04", "Die FDP lehnte den Vorschlag ab.", "FDP",
			[]string{"Liberale Partei"}, []string{"2025"}},
		// a malformed date is read as unknown
		{"de", "2020-5-4", "Die FDP lehnte den Vorschlag ab.", "FDP",
			[]string{"2025"}, nil},
		// a person's office: not before it began, current in its time, past after it
		{"en", "2010-05-03", "Bill de Blasio spoke at the rally.", "Bill de Blasio",
			[]string{"Democratic Party"}, []string{"Mayor"}},
		{"en", "2016-05-03", "Bill de Blasio spoke at the rally.", "Bill de Blasio",
			[]string{"Mayor of New York City since 2014"}, []string{"to 2021"}},
		{"de", "2023-05-03", "Bill de Blasio sprach auf der Kundgebung.", "Bill de Blasio",
			[]string{"Von 2014 bis 2021 Bürgermeister"}, []string{"seit 2014"}},
		{"en", "1985-02-11", "Yitzhak Shamir met the envoy on Monday.", "Yitzhak Shamir",
			[]string{"Likud"}, []string{"Prime minister"}},
		{"de", "1990-02-11", "Jitzchak Schamir traf den Gesandten am Montag.", "Jitzchak Schamir",
			[]string{"Ministerpräsident Israels seit 1986"}, nil},
	}
	for _, tt := range tests {
		res := findText(tt.text, Options{Lang: tt.lang, Ref: tt.ref})
		e, ok := marked(tt.text, res)[tt.term]
		if !ok {
			t.Errorf("%s %q: %q not marked", tt.ref, tt.text, tt.term)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(e.Definition, w) {
				t.Errorf("%s %q: definition %q lacks %q", tt.ref, tt.term, e.Definition, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(e.Definition, w) {
				t.Errorf("%s %q: definition %q has %q", tt.ref, tt.term, e.Definition, w)
			}
		}
		if e.AsOf == "" {
			t.Errorf("%s %q: no as_of", tt.ref, tt.term)
		}
	}
}

// TestFactHolds: the bounds of a fact are inclusive at the precision they
// are written in.
func TestFactHolds(t *testing.T) {
	f := kbFact{since: "2013-07", until: "2020-01-31"}
	for ref, want := range map[string]bool{
		"2013-06-30": false, "2013-07-01": true, "2020-01-31": true, "2020-02-01": false, "": false,
	} {
		if got := f.holds(ref); got != want {
			t.Errorf("holds(%q) = %v, want %v", ref, got, want)
		}
	}
	open := kbFact{since: "2021"}
	for ref, want := range map[string]bool{"2020-12-31": false, "2021-01-01": true, "2999-01-01": true, "": true} {
		if got := open.holds(ref); got != want {
			t.Errorf("open: holds(%q) = %v, want %v", ref, got, want)
		}
	}
	for _, r := range []string{"2020-5-4", "20200504", "2020-05-0x", "abcd-ef-gh", "2020-05-04 "} {
		if validRef(r) != "" {
			t.Errorf("validRef(%q) accepted", r)
		}
	}
}
