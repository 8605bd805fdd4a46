package analyze

import (
	"strings"
	"testing"

	textpkg "github.com/glossline/glossline/internal/text"
)

// TestSharedTokens: the cases the engines used to split three ways are
// tokenized once, and every engine's matches — dates, terms, timeline
// sentences — begin and end on those shared tokens' boundaries.
func TestSharedTokens(t *testing.T) {
	tests := []struct {
		text, lang string
		toks       string // the Doc's tokens of the case's phrase, "|"-separated
		phrase     string
	}{
		{"The U.S. envoy met Friday’s delegation in Geneva on Friday, 13 October 2023.", "en", "U|.|S|.", "U.S."},
		{"The U.S. envoy met Friday’s delegation in Geneva on Friday, 13 October 2023.", "en", "Friday|’|s", "Friday’s"},
		{"Das Russland- und Eurasien-Programm von Chatham House warnte am 12. September 2023.", "de", "Eurasien|-|Programm", "Eurasien-Programm"},
		{"Die Inflation lag im August 2023 bei 0,7 Prozent, meldete Destatis am Mittwoch.", "de", "0|,|7", "0,7"},
		{"Am 12. Sep\u00adtember 2023 traf Kim Jong Un in Wladiwostok ein.", "de", "Sep\u00adtember", "Sep\u00adtember"},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			d := textpkg.New(tt.text)
			at := strings.Index(tt.text, tt.phrase)
			i, j := d.Tokens(textpkg.Span{Start: at, End: at + len(tt.phrase)})
			var got []string
			for k := i; k < j; k++ {
				got = append(got, d.Word(k))
			}
			if strings.Join(got, "|") != tt.toks {
				t.Errorf("tokens %q, want %q", strings.Join(got, "|"), tt.toks)
			}
			starts, ends := map[int]bool{}, map[int]bool{}
			for k := range d.Toks {
				starts[int(d.Toks[k].Start)] = true
				ends[int(d.Toks[k].End)] = true
			}
			r := Text(tt.text, Options{Lang: tt.lang})
			check := func(what string, s, e int) {
				if !starts[s] || !ends[e] {
					t.Errorf("%s [%d,%d) %q does not lie on the shared tokens", what, s, e, tt.text[s:e])
				}
			}
			for _, x := range r.Dates {
				check("date", x.Start, x.End)
			}
			for _, x := range r.Terms {
				check("term", x.Start, x.End)
			}
			for _, e := range r.Timeline {
				for _, s := range e.Sentences {
					check("timeline sentence", s.Start, s.End)
				}
			}
			if len(r.Dates) == 0 {
				t.Error("no date found")
			}
		})
	}
}
