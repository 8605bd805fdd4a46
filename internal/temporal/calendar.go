package temporal

// Calendar arithmetic on the proleptic Gregorian calendar, by day numbers
// (days since 1970-01-01), so that no time.Time and no clock is involved.

// dayNumber returns the number of days from 1970-01-01 to d.
func dayNumber(d Date) int {
	y, m := d.Year, d.Month
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDayNumber is the inverse of dayNumber.
func fromDayNumber(n int) Date {
	n += 719468
	era := floorDiv(n, 146097)
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

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// weekday returns the ISO weekday of d: 1 for Monday … 7 for Sunday.
func weekday(d Date) int {
	w := (dayNumber(d) + 3) % 7 // 1970-01-01 was a Thursday (3 from Monday)
	if w < 0 {
		w += 7
	}
	return w + 1
}

// addDays returns d moved by n days.
func addDays(d Date, n int) Date { return fromDayNumber(dayNumber(d) + n) }

// addMonths returns d moved by n months, clamping the day to the month.
func addMonths(d Date, n int) Date {
	m := d.Year*12 + d.Month - 1 + n
	y, mo := floorDiv(m, 12), m-floorDiv(m, 12)*12+1
	day := d.Day
	if ml := monthLen(y, mo); day > ml {
		day = ml
	}
	return Date{y, mo, day}
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysInMonth returns the number of days of month m (1–12) of year y in the
// proleptic Gregorian calendar.
func DaysInMonth(y, m int) int { return monthLen(y, m) }

func monthLen(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// validDate reports whether y-m-d is a real calendar day.
func validDate(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= monthLen(y, m)
}

// isoWeek returns the ISO 8601 week-numbering year and week of d.
func isoWeek(d Date) (year, week int) {
	// The Thursday of d's week decides the year.
	thu := addDays(d, 4-weekday(d))
	jan1 := Date{thu.Year, 1, 1}
	return thu.Year, (dayNumber(thu)-dayNumber(jan1))/7 + 1
}

// weekString formats d's ISO week as "2023-W37".
func weekString(d Date) string {
	y, w := isoWeek(d)
	return pad(y, 4) + "-W" + pad(w, 2)
}

// easter returns Easter Sunday of year y (the anonymous Gregorian
// algorithm).
func easter(y int) Date {
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
		if !ok1 || !ok2 || !validDate(y, m, d) {
			return Date{}, false
		}
		return Date{y, m, d}, true
	case len(key) > 1 && key[0] == 'E':
		n, ok := num(key[1:])
		if !ok {
			return Date{}, false
		}
		return addDays(easter(y), n), true
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
		first := Date{y, m, 1}
		d = addDays(first, (w-weekday(first)+7)%7+7*(n-1))
	} else {
		last := Date{y, m, monthLen(y, m)}
		d = addDays(last, -((weekday(last) - w + 7) % 7))
	}
	if d.Month != m {
		return Date{}, false
	}
	return addDays(d, k), true
}

// holidayMonth is the month a holiday key falls in (Easter: April), for
// choosing its year.
func holidayMonth(key string) int {
	if len(key) >= 2 && digits(key[:2]) {
		return atoi(key[:2])
	}
	return 4
}
