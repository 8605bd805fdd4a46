// Package timex is glossline's one calendar and its one reading of TIMEX3
// values: calendar days and their arithmetic on the proleptic Gregorian
// calendar (by day numbers, so that no time.Time and no clock is
// involved), anchored values read into the stretch of time they name
// (Parse), their order on a timeline (Compare), their HTML datetime form
// (HTMLDateTime) and TimeML's way of writing years, days and weeks.
//
// Package temporal writes values, timeline orders and labels them, markup
// puts them into <time> elements; all three read them here.
package timex

import "strconv"

// Date is a proleptic Gregorian calendar day. The zero Date means
// "unknown".
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d is the unknown date.
func (d Date) IsZero() bool { return d == Date{} }

// String formats d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return Pad(d.Year, 4) + "-" + Pad(d.Month, 2) + "-" + Pad(d.Day, 2)
}

// Pad formats n with at least width digits.
func Pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// ParseDate reads a metadata date: "2023-09-14", "2023-09-14T08:00:00+02:00",
// "2023-09-14T08:00Z", "2023-09-14 08:00", "20230914" and similar ISO 8601
// forms. It returns the calendar date as written, without converting time
// zones, and false when s does not start with a valid date.
func ParseDate(s string) (Date, bool) {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	var y, m, d int
	var rest string
	switch {
	case len(s) >= 10 && digits(s[:4]) && s[4] == '-' && digits(s[5:7]) && s[7] == '-' && digits(s[8:10]):
		y, m, d, rest = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10]), s[10:]
	case len(s) >= 8 && digits(s[:8]) && (len(s) == 8 || s[8] == 'T'):
		y, m, d, rest = atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8]), s[8:]
	default:
		return Date{}, false
	}
	if !Valid(y, m, d) || y == 0 {
		return Date{}, false
	}
	if rest != "" && rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ' {
		return Date{}, false
	}
	if rest != "" {
		// A time must start with two digits.
		t := rest[1:]
		if len(t) < 2 || !digits(t[:2]) {
			return Date{}, false
		}
	}
	return Date{y, m, d}, true
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// DayNumber returns the number of days from 1970-01-01 to d.
func DayNumber(d Date) int {
	y, m := d.Year, d.Month
	if m <= 2 {
		y--
	}
	era := FloorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// FromDayNumber is the inverse of DayNumber.
func FromDayNumber(n int) Date {
	n += 719468
	era := FloorDiv(n, 146097)
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{y, m, d}
}

// FloorDiv is a / b rounded towards minus infinity.
func FloorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Weekday returns the ISO weekday of d: 1 for Monday … 7 for Sunday.
func Weekday(d Date) int {
	w := (DayNumber(d) + 3) % 7 // 1970-01-01 was a Thursday (3 from Monday)
	if w < 0 {
		w += 7
	}
	return w + 1
}

// AddDays returns d moved by n days.
func AddDays(d Date, n int) Date { return FromDayNumber(DayNumber(d) + n) }

// AddMonths returns d moved by n months, clamping the day to the month.
func AddMonths(d Date, n int) Date {
	m := d.Year*12 + d.Month - 1 + n
	y, mo := FloorDiv(m, 12), m-FloorDiv(m, 12)*12+1
	day := d.Day
	if ml := DaysInMonth(y, mo); day > ml {
		day = ml
	}
	return Date{y, mo, day}
}

// IsLeap reports whether y is a leap year.
func IsLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysInMonth returns the number of days of month m (1–12) of year y.
func DaysInMonth(y, m int) int {
	switch m {
	case 2:
		if IsLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Valid reports whether y-m-d is a real calendar day.
func Valid(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m)
}

// ISOWeek returns the ISO 8601 week-numbering year and week of d.
func ISOWeek(d Date) (year, week int) {
	// The Thursday of d's week decides the year.
	thu := AddDays(d, 4-Weekday(d))
	jan1 := Date{thu.Year, 1, 1}
	return thu.Year, (DayNumber(thu)-DayNumber(jan1))/7 + 1
}

// WeekString formats d's ISO week as "2023-W37".
func WeekString(d Date) string {
	y, w := ISOWeek(d)
	return Pad(y, 4) + "-W" + Pad(w, 2)
}

// YearString formats a year as TimeML does: "2023", "0490", and "BC0490"
// for years before 1 (astronomical year 0 is 1 BC).
func YearString(y int) string {
	if y <= 0 {
		return "BC" + Pad(1-y, 4)
	}
	return Pad(y, 4)
}

// DayString is Date.String with TimeML's years before Christ.
func DayString(d Date) string {
	return YearString(d.Year) + "-" + Pad(d.Month, 2) + "-" + Pad(d.Day, 2)
}

// Easter returns Easter Sunday of year y (the anonymous Gregorian
// algorithm).
func Easter(y int) Date {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return Date{y, month, day}
}
