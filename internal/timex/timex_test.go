package timex

import (
	"slices"
	"testing"
)

func TestHTMLDateTime(t *testing.T) {
	tests := []struct {
		value string
		want  string
		ok    bool
	}{
		{"2023-09-13", "2023-09-13", true},
		{"2023-09", "2023-09", true},
		{"2023", "2023", true},
		{"2023-W37", "2023-W37", true},
		{"2023-W37-3", "2023-09-13", true},
		{"2023-09-13T16:00", "2023-09-13T16:00", true},
		{"2023-09-13T16", "2023-09-13T16:00", true},
		{"2023-09-13T16:00:30", "2023-09-13T16:00:30", true},
		{"2023-09-13TEV", "2023-09-13", true},
		{"1950/1953", "1950", true},
		{"2023-09-12/2023-09-14", "2023-09-12", true},
		{"PT4H", "PT4H", true},
		{"PT40S", "PT40S", true},
		{"PT1.5S", "PT1.5S", true},
		{"P3D", "P3D", true},
		{"P2W", "P14D", true},
		{"P1DT2H30M", "P1DT2H30M", true},
		// no HTML form
		{"199", "", false},
		{"18", "", false},
		{"199/200", "", false},
		{"2023-Q3", "", false},
		{"2023-SU", "", false},
		{"P18M", "", false},
		{"P1Y", "", false},
		{"PXY", "", false},
		{"PXDE", "", false},
		{"P", "", false},
		{"PT", "", false},
		{"PRESENT_REF", "", false},
		{"XXXX-WXX-3", "", false},
		{"XXXX-09", "", false},
		{"2023-13", "", false},
		{"2023-02-30", "", false},
		{"0000", "", false},
		{"1953/1950", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			got, ok := HTMLDateTime(tt.value)
			if got != tt.want || ok != tt.ok {
				t.Errorf("got %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	// Each value sorts strictly before the next.
	order := []string{
		"18",                    // the 19th century, 1800–1899
		"195",                   // the 1950s
		"1950/1953",             // a range starts with its first year …
		"1950",                  // … and is longer than that year
		"1950-06",               //
		"1950-06-25",            //
		"1953",                  //
		"199",                   //
		"2022",                  //
		"2023",                  //
		"2023-H1",               //
		"2023-Q1",               //
		"2023-01",               //
		"2023-SU",               // June–August
		"2023-Q3",               //
		"2023-09",               //
		"2023-W37",              // Monday 11 September
		"2023-09-12",            //
		"2023-09-13",            //
		"2023-09-13TMO",         //
		"2023-09-13T09:00",      //
		"2023-09-13T16:00",      //
		"2023-09-14/2023-09-20", // a range before the first day it holds
		"2023-09-14",            //
		"P18M",                  // not dates: after every date, in byte order
		"PRESENT_REF",           //
		"XXXX-WXX-3",            //
	}
	for i := range order {
		for j := range order {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := Compare(order[i], order[j]); got != want {
				t.Errorf("Compare(%q, %q) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
	shuffled := slices.Clone(order)
	slices.Reverse(shuffled)
	slices.SortFunc(shuffled, Compare)
	if !slices.Equal(shuffled, order) {
		t.Errorf("sorted: %q", shuffled)
	}
}

func TestParseValueCalendar(t *testing.T) {
	// ISO week 1 of 2021 starts on 4 January 2021; 2020 has a week 53,
	// 2021 has none.
	tests := []struct {
		value string
		ok    bool
		want  string // the day HTMLDateTime gives, for weekday values
	}{
		{"2021-W01-1", true, "2021-01-04"},
		{"2020-W53-5", true, "2021-01-01"},
		{"2021-W53", false, ""},
		{"2021-W00", false, ""},
		{"2020-W53", true, ""},
		{"2019-W01-1", true, "2018-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			_, ok := Parse(tt.value)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if tt.want != "" {
				if got, _ := HTMLDateTime(tt.value); got != tt.want {
					t.Errorf("day %q, want %q", got, tt.want)
				}
			}
		})
	}
}

func TestCalendarRoundTrip(t *testing.T) {
	for d := -800000; d < 800000; d += 97 {
		day := FromDayNumber(d)
		if back := DayNumber(day); back != d {
			t.Fatalf("day %d → %v → %d", d, day, back)
		}
	}
	if w := Weekday(Date{2023, 9, 12}); w != 2 {
		t.Errorf("2023-09-12 weekday %d, want 2 (Tuesday)", w)
	}
}

// FuzzValue checks that the value functions never panic and agree: what
// HTMLDateTime accepts as a date, Compare sorts among the dates.
func FuzzValue(f *testing.F) {
	for _, v := range []string{"2023-09-13", "1950/1953", "199", "18", "2023-W37-3", "2023-09-13T16:00:30+02:00", "PT1.5S", "P2W", "2023-Q3", "XXXX", "/", "2023-09-13TEV"} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if Compare(v, v) != 0 {
			t.Fatalf("Compare(%q, %q) != 0", v, v)
		}
		if Compare(v, "2023") != -Compare("2023", v) {
			t.Fatalf("Compare not antisymmetric on %q", v)
		}
		if s, ok := HTMLDateTime(v); ok && s == "" {
			t.Fatalf("HTMLDateTime(%q) ok but empty", v)
		}
	})
}

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2023-09-14", Date{2023, 9, 14}, true},
		{"2023-09-14T08:00:00+02:00", Date{2023, 9, 14}, true},
		{"2023-09-14T23:30:00-05:00", Date{2023, 9, 14}, true}, // no zone conversion
		{"2023-09-14T08:00Z", Date{2023, 9, 14}, true},
		{"2023-09-14 08:00", Date{2023, 9, 14}, true},
		{" 2023-09-14 ", Date{2023, 9, 14}, true},
		{"20230914", Date{2023, 9, 14}, true},
		{"2023-02-30", Date{}, false},
		{"2023-9-14", Date{}, false},
		{"14.09.2023", Date{}, false},
		{"2023-09-14x", Date{}, false},
		{"", Date{}, false},
	} {
		t.Run(c.in, func(t *testing.T) {
			got, ok := ParseDate(c.in)
			if got != c.want || ok != c.ok {
				t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
			}
		})
	}
}

func TestCalendar(t *testing.T) {
	for _, c := range []struct {
		d    Date
		wd   int
		week string
	}{
		{Date{2023, 9, 14}, 4, "2023-W37"},
		{Date{2021, 1, 1}, 5, "2020-W53"},
		{Date{1970, 1, 1}, 4, "1970-W01"},
		{Date{2000, 2, 29}, 2, "2000-W09"},
		{Date{1950, 6, 25}, 7, "1950-W25"},
	} {
		t.Run(c.d.String(), func(t *testing.T) {
			if got := Weekday(c.d); got != c.wd {
				t.Errorf("weekday = %d, want %d", got, c.wd)
			}
			if got := WeekString(c.d); got != c.week {
				t.Errorf("week = %s, want %s", got, c.week)
			}
			if got := FromDayNumber(DayNumber(c.d)); got != c.d {
				t.Errorf("round trip = %v", got)
			}
		})
	}
}
