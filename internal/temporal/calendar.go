package temporal

import "github.com/glossline/glossline/internal/timex"

// holidayDate computes the day a holiday key names in year y: "MM-DD",
// "E+N" (days after Easter Sunday), "MM/N/W[+K]" (the N-th weekday W of
// month MM, N = -1 for the last, plus K days).
func holidayDate(key string, y int) (Date, bool) {
	if y < 1583 || y > 9999 {
		return Date{}, false // Easter rules and ISO weekdays need the Gregorian calendar
	}
	num := func(s string) (int, bool) {
		neg := false
		if s != "" && (s[0] == '-' || s[0] == '+') {
			neg = s[0] == '-'
			s = s[1:]
		}
		if !digits(s) {
			return 0, false
		}
		n := atoi(s)
		if neg {
			n = -n
		}
		return n, true
	}
	switch {
	case len(key) == 5 && key[2] == '-':
		m, ok1 := num(key[:2])
		d, ok2 := num(key[3:])
		if !ok1 || !ok2 || !timex.Valid(y, m, d) {
			return Date{}, false
		}
		return Date{Year: y, Month: m, Day: d}, true
	case len(key) > 1 && key[0] == 'E':
		n, ok := num(key[1:])
		if !ok {
			return Date{}, false
		}
		return timex.AddDays(timex.Easter(y), n), true
	}
	// MM/N/W[+K]
	parts := [3]string{}
	rest, k := key, 0
	for idx := 0; idx < 2; idx++ {
		slash := -1
		for j := 0; j < len(rest); j++ {
			if rest[j] == '/' {
				slash = j
				break
			}
		}
		if slash < 0 {
			return Date{}, false
		}
		parts[idx], rest = rest[:slash], rest[slash+1:]
	}
	parts[2] = rest
	for j := 1; j < len(rest); j++ {
		if rest[j] == '+' {
			parts[2] = rest[:j]
			kk, ok := num(rest[j:])
			if !ok {
				return Date{}, false
			}
			k = kk
			break
		}
	}
	m, ok1 := num(parts[0])
	n, ok2 := num(parts[1])
	w, ok3 := num(parts[2])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || w < 1 || w > 7 || n == 0 || n > 5 || n < -1 {
		return Date{}, false
	}
	var d Date
	if n > 0 {
		first := Date{Year: y, Month: m, Day: 1}
		d = timex.AddDays(first, (w-timex.Weekday(first)+7)%7+7*(n-1))
	} else {
		last := Date{Year: y, Month: m, Day: timex.DaysInMonth(y, m)}
		d = timex.AddDays(last, -((timex.Weekday(last) - w + 7) % 7))
	}
	if d.Month != m {
		return Date{}, false
	}
	return timex.AddDays(d, k), true
}

// holidayMonth is the month a holiday key falls in (Easter: April), for
// choosing its year.
func holidayMonth(key string) int {
	if len(key) >= 2 && digits(key[:2]) {
		return atoi(key[:2])
	}
	return 4
}
