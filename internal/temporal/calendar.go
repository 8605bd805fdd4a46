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
