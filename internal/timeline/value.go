package timeline

import (
	"strings"

	"github.com/glossline/glossline/internal/temporal"
)

// gran is the granularity of a TIMEX3 value.
type gran int

const (
	granNone    gran = iota
	granTime         // 2023-09-13T16:00
	granPart         // 2023-09-13TEV (part of day)
	granDay          // 2023-09-13, 2023-W37-3
	granWeek         // 2023-W37
	granMonth        // 2023-09
	granSeason       // 2023-SU
	granQuarter      // 2023-Q3
	granHalf         // 2023-H2
	granYear         // 2023
	granDecade       // 199
	granCentury      // 18
	granRange        // 1950/1953
)

var granNames = [...]string{"", "time", "part", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "range"}

func (g gran) String() string { return granNames[g] }

// point is an anchored TIMEX3 value read into the stretch of time it names:
// minutes since 1970-01-01T00:00, [lo, hi).
type point struct {
	lo, hi int64
	gran   gran
	// fields of the value, as far as it has them
	year, month, day, week, n int
	hour, min                 int
	code                      string // season or part-of-day code
}

const minutesPerDay = 24 * 60

// parseValue reads an anchored TIMEX3 DATE or TIME value: a calendar day,
// week, month, season, quarter, half, year, decade, century, a time of day
// on a day, or a range "BEGIN/END" of two of these with BEGIN ≤ END. It
// reports false for everything else: durations ("P18M"), references
// ("PRESENT_REF"), underspecified values ("XXXX-WXX-3") and malformed input.
func parseValue(v string) (point, bool) {
	if a, b, ok := strings.Cut(v, "/"); ok {
		pa, oka := parseSingle(a)
		pb, okb := parseSingle(b)
		if !oka || !okb || pb.hi < pa.lo {
			return point{}, false
		}
		pa.hi = pb.hi
		pa.gran = granRange
		return pa, true
	}
	return parseSingle(v)
}

func parseSingle(v string) (point, bool) {
	n := 0
	for n < len(v) && v[n]-'0' <= 9 {
		n++
	}
	var p point
	switch {
	case n == 2 && len(v) == 2:
		c := atoi(v)
		p.n, p.year, p.gran = c+1, c*100, granCentury
		p.lo, p.hi = monthSpan(c*100, 1, 1200)
		return p, true
	case n == 3 && len(v) == 3:
		d := atoi(v) * 10
		p.year, p.gran = d, granDecade
		p.lo, p.hi = monthSpan(d, 1, 120)
		return p, true
	case n != 4:
		return p, false
	}
	p.year = atoi(v[:4])
	rest := v[4:]
	if rest == "" {
		p.gran = granYear
		p.lo, p.hi = monthSpan(p.year, 1, 12)
		return p, true
	}
	if rest[0] != '-' || len(rest) < 3 {
		return p, false
	}
	rest = rest[1:]
	switch {
	case rest[0] == 'W' && len(rest) >= 3 && rest[1]-'0' <= 9 && rest[2]-'0' <= 9:
		p.week = atoi(rest[1:3])
		mon, ok := isoWeekStart(p.year, p.week)
		if !ok {
			return p, false
		}
		switch rest[3:] {
		case "":
			p.gran = granWeek
			p.lo, p.hi = mon*minutesPerDay, (mon+7)*minutesPerDay
			return p, true
		case "-1", "-2", "-3", "-4", "-5", "-6", "-7":
			d := mon + int64(rest[4]-'1')
			p.year, p.month, p.day = civilFromDays(d)
			p.week = 0
			p.gran = granDay
			p.lo, p.hi = d*minutesPerDay, (d+1)*minutesPerDay
			return p, true
		}
		return p, false
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H') && rest[1]-'0' <= 9:
		k := int(rest[1] - '0')
		months := 3
		p.gran = granQuarter
		if rest[0] == 'H' {
			months, p.gran = 6, granHalf
		}
		if k < 1 || k*months > 12 {
			return p, false
		}
		p.n = k
		p.lo, p.hi = monthSpan(p.year, (k-1)*months+1, months)
		return p, true
	case len(rest) == 2 && rest[0]-'0' > 9:
		first := seasonStart(rest)
		if first == 0 {
			return p, false
		}
		p.code, p.gran = rest, granSeason
		p.lo, p.hi = monthSpan(p.year, first, 3)
		return p, true
	}
	if len(rest) < 2 || rest[0]-'0' > 9 || rest[1]-'0' > 9 {
		return p, false
	}
	p.month = atoi(rest[:2])
	if p.month < 1 || p.month > 12 {
		return p, false
	}
	rest = rest[2:]
	if rest == "" {
		p.gran = granMonth
		p.lo, p.hi = monthSpan(p.year, p.month, 1)
		return p, true
	}
	if len(rest) < 3 || rest[0] != '-' || rest[1]-'0' > 9 || rest[2]-'0' > 9 {
		return p, false
	}
	p.day = atoi(rest[1:3])
	if p.day < 1 || p.day > temporal.DaysInMonth(p.year, p.month) {
		return p, false
	}
	d := daysFromCivil(p.year, p.month, p.day)
	rest = rest[3:]
	if rest == "" {
		p.gran = granDay
		p.lo, p.hi = d*minutesPerDay, (d+1)*minutesPerDay
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
		p.code, p.gran = rest, granPart
		p.lo, p.hi = d*minutesPerDay+int64(from)*60, d*minutesPerDay+int64(to)*60
		return p, true
	}
	// THH, THH:MM, THH:MM:SS, optionally followed by a zone (ignored).
	if len(rest) < 2 || rest[0]-'0' > 9 || rest[1]-'0' > 9 {
		return p, false
	}
	p.hour = atoi(rest[:2])
	rest = rest[2:]
	if len(rest) >= 3 && rest[0] == ':' && rest[1]-'0' <= 9 && rest[2]-'0' <= 9 {
		p.min = atoi(rest[1:3])
		rest = rest[3:]
		if len(rest) >= 3 && rest[0] == ':' && rest[1]-'0' <= 9 && rest[2]-'0' <= 9 {
			rest = rest[3:]
		}
	}
	if p.hour > 24 || p.min > 59 || (p.hour == 24 && p.min != 0) || !validZone(rest) {
		return p, false
	}
	p.gran = granTime
	p.lo = d*minutesPerDay + int64(p.hour*60+p.min)
	p.hi = p.lo + 1
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
	pa, oka := parseValue(a)
	pb, okb := parseValue(b)
	switch {
	case oka && !okb:
		return -1
	case !oka && okb:
		return 1
	case oka && okb:
		if c := cmp64(pa.lo, pb.lo); c != 0 {
			return c
		}
		if c := cmp64(pb.hi, pa.hi); c != 0 {
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

// Calendar arithmetic on the proleptic Gregorian calendar.

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d.
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := int64(y - era*400)
	mp := int64((m + 9) % 12)
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	m = int(mp + 3)
	if m > 12 {
		m -= 12
	}
	y = int(yoe + era*400)
	if m <= 2 {
		y++
	}
	return y, m, d
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// weekday returns 0 for Monday … 6 for Sunday.
func weekday(days int64) int {
	w := (days + 3) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return int(w)
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
	return daysFromCivil(y, m, 1) * minutesPerDay
}

// isoWeekStart returns the day number of the Monday of ISO week w of year y.
func isoWeekStart(y, w int) (int64, bool) {
	if w < 1 || w > 53 {
		return 0, false
	}
	jan4 := daysFromCivil(y, 1, 4)
	mon := jan4 - int64(weekday(jan4)) + int64(w-1)*7
	if w == 53 {
		// Week 53 exists only when its Thursday still lies in year y.
		if ty, _, _ := civilFromDays(mon + 3); ty != y {
			return 0, false
		}
	}
	return mon, true
}

// isDigit reports whether c is an ASCII digit. The package's own code
// writes the test inline, as c-'0' <= 9 (a byte below '0' wraps past 9):
// the wasm is built without inlining, where every call to a helper this
// small costs more code than the test itself.
func isDigit(c byte) bool { return c-'0' <= 9 }

// atoi reads a short run of ASCII digits (the caller checked them).
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
