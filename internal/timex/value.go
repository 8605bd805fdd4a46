package timex

import "strings"

// Gran is the granularity of an anchored TIMEX3 value.
type Gran uint8

const (
	GranNone    Gran = iota
	GranTime         // 2023-09-13T16:00
	GranPart         // 2023-09-13TEV (part of day)
	GranDay          // 2023-09-13, 2023-W37-3
	GranWeek         // 2023-W37
	GranMonth        // 2023-09
	GranSeason       // 2023-SU
	GranQuarter      // 2023-Q3
	GranHalf         // 2023-H2
	GranYear         // 2023
	GranDecade       // 199
	GranCentury      // 18
	GranRange        // 1950/1953
)

var granNames = [...]string{"", "time", "part", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "range"}

func (g Gran) String() string { return granNames[g] }

// Value is an anchored TIMEX3 DATE or TIME value read into its parts and
// the stretch of time it names, [Lo, Hi) in minutes since 1970-01-01T00:00.
type Value struct {
	Lo, Hi int64
	Gran   Gran
	// The value's fields, as far as it has them: a week day's Year, Month
	// and Day are its calendar day; N is the quarter or half (1…), or the
	// century's ordinal (19 for "18").
	Year, Month, Day, Week, N int
	Hour, Min                 int
	Code                      string // season or part-of-day code ("SU", "EV")
}

const minutesPerDay = 24 * 60

// Parse reads an anchored TIMEX3 DATE or TIME value: a calendar day,
// week, month, season, quarter, half, year, decade, century, a time of day
// on a day, or a range "BEGIN/END" of two of these with BEGIN ≤ END. It
// reports false for everything else: durations ("P18M"), references
// ("PRESENT_REF"), underspecified values ("XXXX-WXX-3") and malformed input.
func Parse(v string) (Value, bool) {
	if a, b, ok := strings.Cut(v, "/"); ok {
		pa, oka := parseSingle(a)
		pb, okb := parseSingle(b)
		if !oka || !okb || pb.Hi < pa.Lo {
			return Value{}, false
		}
		pa.Hi = pb.Hi
		pa.Gran = GranRange
		return pa, true
	}
	return parseSingle(v)
}

func parseSingle(v string) (Value, bool) {
	n := 0
	for n < len(v) && v[n]-'0' <= 9 {
		n++
	}
	var p Value
	switch {
	case n == 2 && len(v) == 2:
		c := atoi(v)
		p.N, p.Year, p.Gran = c+1, c*100, GranCentury
		p.Lo, p.Hi = monthSpan(c*100, 1, 1200)
		return p, true
	case n == 3 && len(v) == 3:
		d := atoi(v) * 10
		p.Year, p.Gran = d, GranDecade
		p.Lo, p.Hi = monthSpan(d, 1, 120)
		return p, true
	case n != 4:
		return p, false
	}
	p.Year = atoi(v[:4])
	rest := v[4:]
	if rest == "" {
		p.Gran = GranYear
		p.Lo, p.Hi = monthSpan(p.Year, 1, 12)
		return p, true
	}
	if rest[0] != '-' || len(rest) < 3 {
		return p, false
	}
	rest = rest[1:]
	switch {
	case rest[0] == 'W' && len(rest) >= 3 && rest[1]-'0' <= 9 && rest[2]-'0' <= 9:
		p.Week = atoi(rest[1:3])
		mon, ok := isoWeekStart(p.Year, p.Week)
		if !ok {
			return p, false
		}
		switch rest[3:] {
		case "":
			p.Gran = GranWeek
			p.Lo, p.Hi = mon*minutesPerDay, (mon+7)*minutesPerDay
			return p, true
		case "-1", "-2", "-3", "-4", "-5", "-6", "-7":
			d := mon + int64(rest[4]-'1')
			dd := FromDayNumber(int(d))
			p.Year, p.Month, p.Day = dd.Year, dd.Month, dd.Day
			p.Week = 0
			p.Gran = GranDay
			p.Lo, p.Hi = d*minutesPerDay, (d+1)*minutesPerDay
			return p, true
		}
		return p, false
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H') && rest[1]-'0' <= 9:
		k := int(rest[1] - '0')
		months := 3
		p.Gran = GranQuarter
		if rest[0] == 'H' {
			months, p.Gran = 6, GranHalf
		}
		if k < 1 || k*months > 12 {
			return p, false
		}
		p.N = k
		p.Lo, p.Hi = monthSpan(p.Year, (k-1)*months+1, months)
		return p, true
	case len(rest) == 2 && rest[0]-'0' > 9:
		first := seasonStart(rest)
		if first == 0 {
			return p, false
		}
		p.Code, p.Gran = rest, GranSeason
		p.Lo, p.Hi = monthSpan(p.Year, first, 3)
		return p, true
	}
	if len(rest) < 2 || rest[0]-'0' > 9 || rest[1]-'0' > 9 {
		return p, false
	}
	p.Month = atoi(rest[:2])
	if p.Month < 1 || p.Month > 12 {
		return p, false
	}
	rest = rest[2:]
	if rest == "" {
		p.Gran = GranMonth
		p.Lo, p.Hi = monthSpan(p.Year, p.Month, 1)
		return p, true
	}
	if len(rest) < 3 || rest[0] != '-' || rest[1]-'0' > 9 || rest[2]-'0' > 9 {
		return p, false
	}
	p.Day = atoi(rest[1:3])
	if p.Day < 1 || p.Day > DaysInMonth(p.Year, p.Month) {
		return p, false
	}
	d := int64(DayNumber(Date{p.Year, p.Month, p.Day}))
	rest = rest[3:]
	if rest == "" {
		p.Gran = GranDay
		p.Lo, p.Hi = d*minutesPerDay, (d+1)*minutesPerDay
		return p, true
	}
	if rest[0] != 'T' {
		return p, false
	}
	rest = rest[1:]
	if len(rest) == 2 && rest[0]-'0' > 9 {
		from, to := partHours(rest)
		if from == to {
			return p, false
		}
		p.Code, p.Gran = rest, GranPart
		p.Lo, p.Hi = d*minutesPerDay+int64(from)*60, d*minutesPerDay+int64(to)*60
		return p, true
	}
	// THH, THH:MM, THH:MM:SS, optionally followed by a zone (ignored).
	if len(rest) < 2 || rest[0]-'0' > 9 || rest[1]-'0' > 9 {
		return p, false
	}
	p.Hour = atoi(rest[:2])
	rest = rest[2:]
	if len(rest) >= 3 && rest[0] == ':' && rest[1]-'0' <= 9 && rest[2]-'0' <= 9 {
		p.Min = atoi(rest[1:3])
		rest = rest[3:]
		if len(rest) >= 3 && rest[0] == ':' && rest[1]-'0' <= 9 && rest[2]-'0' <= 9 {
			rest = rest[3:]
		}
	}
	if p.Hour > 24 || p.Min > 59 || (p.Hour == 24 && p.Min != 0) || !validZone(rest) {
		return p, false
	}
	p.Gran = GranTime
	p.Lo = d*minutesPerDay + int64(p.Hour*60+p.Min)
	p.Hi = p.Lo + 1
	return p, true
}

// seasonStart returns the first month of a TIMEX3 season (meteorological
// seasons; winter starts in December of the value's year), or 0.
func seasonStart(code string) int {
	switch code {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA":
		return 9
	case "WI":
		return 12
	}
	return 0
}

// partHours returns the hours [from, to) of a TIMEX3 part of day (to may
// pass 24), or 0, 0 for an unknown code.
func partHours(code string) (from, to int) {
	switch code {
	case "MO":
		return 6, 12
	case "MI":
		return 12, 13
	case "AF":
		return 12, 18
	case "EV":
		return 18, 22
	case "NI":
		return 22, 30
	case "DT":
		return 9, 17
	}
	return 0, 0
}

// validZone accepts "", "Z", "+HH:MM", "-HHMM" and "+HH".
func validZone(s string) bool {
	if s == "" || s == "Z" {
		return true
	}
	if s[0] != '+' && s[0] != '-' {
		return false
	}
	s = strings.Replace(s[1:], ":", "", 1)
	if len(s) != 2 && len(s) != 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]-'0' > 9 {
			return false
		}
	}
	return true
}

// Compare orders TIMEX3 values for a timeline: by the start of the time
// they name; of two that start together, the longer (coarser) one first, so
// "2023" < "2023-09" < "2023-09-01" and the range "1950/1953" < "1950".
// Values that are not anchored dates (durations, references, values with
// X) sort after all dates, in byte order. It returns -1, 0 or +1, and 0 only
// for equal strings.
func Compare(a, b string) int {
	pa, oka := Parse(a)
	pb, okb := Parse(b)
	switch {
	case oka && !okb:
		return -1
	case !oka && okb:
		return 1
	case oka && okb:
		if c := cmp64(pa.Lo, pb.Lo); c != 0 {
			return c
		}
		if c := cmp64(pb.Hi, pa.Hi); c != 0 {
			return c
		}
	}
	return strings.Compare(a, b)
}

func cmp64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// monthSpan returns the stretch [lo, hi) of n months from month first of
// year y (one call where the value parser would need two).
func monthSpan(y, first, n int) (lo, hi int64) {
	return monthStart(y, first), monthStart(y, first+n)
}

// monthStart accepts months past 12 (they roll into the next year).
func monthStart(y, m int) int64 {
	y += (m - 1) / 12
	m = (m-1)%12 + 1
	return int64(DayNumber(Date{y, m, 1})) * minutesPerDay
}

// isoWeekStart returns the day number of the Monday of ISO week w of year y.
func isoWeekStart(y, w int) (int64, bool) {
	if w < 1 || w > 53 {
		return 0, false
	}
	jan4 := Date{y, 1, 4}
	mon := int64(DayNumber(jan4)-Weekday(jan4)+1) + int64(w-1)*7
	if w == 53 {
		// Week 53 exists only when its Thursday still lies in year y.
		if FromDayNumber(int(mon)+3).Year != y {
			return 0, false
		}
	}
	return mon, true
}

// atoi reads a short run of ASCII digits (the caller checked them).
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
