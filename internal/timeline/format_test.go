package timeline

import (
	"testing"

	"github.com/glossline/glossline/internal/temporal"
)

func TestFormatDate(t *testing.T) {
	tests := []struct {
		value, de, en string
	}{
		// days, with the weekday computed from the date
		{"2023-09-12", "Di., 12. Sept. 2023", "Tue, Sep 12, 2023"},
		{"2023-09-13", "Mi., 13. Sept. 2023", "Wed, Sep 13, 2023"},
		{"2024-02-29", "Do., 29. Feb. 2024", "Thu, Feb 29, 2024"},
		{"1989-11-09", "Do., 9. Nov. 1989", "Thu, Nov 9, 1989"},
		{"2000-03-01", "Mi., 1. März 2000", "Wed, Mar 1, 2000"},
		// coarser values
		{"2023-09", "September 2023", "September 2023"},
		{"2022", "2022", "2022"},
		{"199", "1990er", "1990s"},
		{"18", "19. Jahrhundert", "19th century"},
		{"20", "21. Jahrhundert", "21st century"},
		{"10", "11. Jahrhundert", "11th century"},
		{"2023-W37", "KW 37/2023", "week 37, 2023"},
		{"2023-Q3", "3. Quartal 2023", "Q3 2023"},
		{"2023-H1", "1. Halbjahr 2023", "H1 2023"},
		{"2023-SU", "Sommer 2023", "summer 2023"},
		// ranges
		{"1950/1953", "1950–1953", "1950–1953"},
		{"2023-09-12/2023-09-14", "Di., 12. Sept. 2023 – Do., 14. Sept. 2023", "Tue, Sep 12, 2023 – Thu, Sep 14, 2023"},
		// times
		{"2023-09-13T16:00", "Mi., 13. Sept. 2023, 16:00 Uhr", "Wed, Sep 13, 2023, 4:00 p.m."},
		{"2023-09-13T09:05", "Mi., 13. Sept. 2023, 9:05 Uhr", "Wed, Sep 13, 2023, 9:05 a.m."},
		{"2023-09-13T00:30", "Mi., 13. Sept. 2023, 0:30 Uhr", "Wed, Sep 13, 2023, 12:30 a.m."},
		{"2023-09-13TEV", "Mi., 13. Sept. 2023, abends", "Wed, Sep 13, 2023, evening"},
		// what is no date comes back unchanged
		{"P18M", "P18M", "P18M"},
		{"PRESENT_REF", "PRESENT_REF", "PRESENT_REF"},
		{"XXXX-WXX-3", "XXXX-WXX-3", "XXXX-WXX-3"},
		{"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			if got := FormatDate(tt.value, "de"); got != tt.de {
				t.Errorf("de: got %q, want %q", got, tt.de)
			}
			if got := FormatDate(tt.value, "en"); got != tt.en {
				t.Errorf("en: got %q, want %q", got, tt.en)
			}
		})
	}
}

func TestFormatDateUnknownLanguageIsEnglish(t *testing.T) {
	if got, want := FormatDate("2023-09-12", "fr"), "Tue, Sep 12, 2023"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFormatEntryDate(t *testing.T) {
	tests := []struct {
		name   string
		e      Entry
		de, en string
	}{
		{"2022 open after", Entry{Date: "2022", Open: "after"}, "seit 2022", "since 2022"},
		{"2022 open before", Entry{Date: "2022", Open: "before"}, "bis 2022", "until 2022"},
		{"2023 START", Entry{Date: "2023", Mod: "START"}, "Anfang 2023", "early 2023"},
		{"2023-09 MID", Entry{Date: "2023-09", Mod: "MID"}, "Mitte September 2023", "mid-September 2023"},
		{"1950 APPROX", Entry{Date: "1950", Mod: "APPROX"}, "etwa 1950", "around 1950"},
		{"199 END", Entry{Date: "199", Mod: "END"}, "Ende der 1990er", "the late 1990s"},
		{"18 START", Entry{Date: "18", Mod: "START"}, "Anfang des 19. Jahrhunderts", "early 19th century"},
		{"199 open after", Entry{Date: "199", Open: "after"}, "seit den 1990ern", "since the 1990s"},
		{"2023-09-12 plain", Entry{Date: "2023-09-12"}, "Di., 12. Sept. 2023", "Tue, Sep 12, 2023"},
		{"unknown mod", Entry{Date: "2023", Mod: "SOMETHING"}, "2023", "2023"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatEntryDate(tt.e, "de"); got != tt.de {
				t.Errorf("de: got %q, want %q", got, tt.de)
			}
			if got := FormatEntryDate(tt.e, "en"); got != tt.en {
				t.Errorf("en: got %q, want %q", got, tt.en)
			}
		})
	}
}

// TestBuildOpenSinceFormatted checks that a date after "seit"/"since" in a
// past clause (the dates engine gave no Open) becomes an open entry, and
// that FormatEntryDate renders it as such.
func TestBuildOpenSinceFormatted(t *testing.T) {
	// "seit"/"since" is decided once, by the dates engine (Expr.Open); the
	// timeline shows what it decided.
	tests := []struct {
		lang, text, want string
	}{
		{"de", "Die Firma hatte seit 2015 keine Gewinne mehr gemacht.", "seit 2015"},
		{"de", "Der Konflikt war seit dem 24. Februar 2022 eskaliert.", "seit Do., 24. Feb. 2022"},
		{"de", "Seit Anfang 2020 hatte die Stadt drei Bürgermeister gehabt.", "seit Anfang 2020"},
		{"en", "The plant had stood idle since 2015.", "since 2015"},
		{"en", "The region had lost half its farms since the 1990s.", "since the 1990s"},
		{"en", "The river was dredged in 2015.", "2015"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := newDoc(tt.text, tt.lang)
			exprs := temporal.Analyze(d, temporal.Options{Lang: tt.lang, Ref: temporal.Date{Year: 2023, Month: 9, Day: 14}}).Exprs
			got := Build(Input{Doc: d, Exprs: exprs})
			if len(got) != 1 {
				t.Fatalf("got %d entries, want 1: %+v", len(got), got)
			}
			if s := FormatEntryDate(got[0], tt.lang); s != tt.want {
				t.Errorf("FormatEntryDate = %q (open %q), want %q", s, got[0].Open, tt.want)
			}
		})
	}
}
