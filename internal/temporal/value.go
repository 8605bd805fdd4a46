package temporal

import (
	"github.com/glossline/glossline/internal/timex"
	"strconv"
)

// vkind says how a recognised value gets its final form.
type vkind uint8

const (
	vAbs      vkind = iota // value is final as recognised
	vRel                   // anchor moved by n units, shown at that unit
	vWeekday               // a weekday near the anchor
	vYearless              // month (day, season, quarter) known, year from the anchor
)

// vtype is a TIMEX3 type; 0 is none.
type vtype uint8

const (
	tyDate vtype = iota + 1
	tyTime
	tyDuration
	tySet
)

// typeNames are the TIMEX3 names of the vtypes.
var typeNames = [...]string{"", "DATE", "TIME", "DURATION", "SET"}

// val is a recognised expression before resolution: a partial date knows its
// granularity (unit) and what it is relative to.
type val struct {
	_     noCompare
	typ   vtype
	value string // final value (vAbs)
	mod   string
	k     vkind
	n     int    // offset in units (vRel), direction (vWeekday, vYearless: -1, 0 by tense, +1, 2 = this)
	unit  string // Y M W D Q HY DE CE WE (vRel); granularity
	dow   int    // weekday 1..7 (vWeekday)
	month int    // vYearless
	day   int    // vYearless, 0 when only the month is known
	code  string // vYearless season/quarter/half: "-SU", "-Q3", "-H1"
	suf   string // appended time part: "TEV", "T16:00"
	// anaphoric: the anchor is the previous mention, also in news.
	anaphoric bool
	// plainWeekday: a weekday standing alone, evidence for inferring the
	// reference date.
	plainWeekday bool
	// full: an explicit date with year, month and day.
	full Date
	// yearAgo: "a year ago", "year-earlier": in a quarterly report, the
	// same quarter a year before.
	yearAgo bool
	// current: "the current quarter" is the quarter of the reference date,
	// not the one being reported on.
	current bool
	// yearFix: "the 1988 quarter": the reported quarter of that year.
	yearFix int
	// holiday: the vocabulary key of a holiday ("12-25", "E+49").
	holiday string
	// today: "heute", "today": in narrative text the present, not a day.
	today bool
	// week: "the week of March 6": the ISO week of the date (vYearless).
	week bool
	// newsOnly: a reference word that is a time only in news ("damals").
	newsOnly bool
	// weekQual: a weekday of a week named ("Mittwoch vergangener
	// Woche"), weeks the week's offset from the reference date's.
	weekQual bool
	weeks    int
	// into: a season after a preposition of motion ("in den Winter
	// verschoben", "into the winter"): ahead, unless told in the past.
	into bool
	// ahead: "in den kommenden Monaten", a span that is FUTURE_REF in a
	// future clause ("will in den kommenden Monaten starten", as KRAUTS
	// has it) and stays the span elsewhere ("kehrte in den nächsten
	// Monaten zurück").
	ahead bool
	// generic: a season named as a kind ("in winter"): a date only when
	// its clause has a tense.
	generic bool
	// pastOnly: an anaphoric reference word that looks back ("damals").
	pastOnly bool
	// nowOnly: an anaphoric reference word that is the present when
	// nothing was told before it ("zu diesem Zeitpunkt").
	nowOnly bool
	// weekdayed: a full date written with its weekday ("Dienstag, dem
	// 12. September 2023"), a sign of news.
	weekdayed bool
}

// clockOnly reports whether v is a bare time of day ("16 Uhr", "3:33
// pm"), whose day its context gives.
func (v *val) clockOnly() bool {
	return v.k == vRel && v.anaphoric && v.unit == "D" && v.n == 0 && len(v.suf) >= 3 && v.suf[0] == 'T' && v.suf[1] >= '0' && v.suf[1] <= '9'
}

// dayLevel reports whether v names a day (a weekday, a date with its day,
// "gestern").
func (v *val) dayLevel() bool {
	switch v.k {
	case vWeekday:
		return true
	case vYearless:
		return v.day > 0
	case vRel:
		// not "einen Tag später": a day counted from another
		return v.unit == "D" && !v.anaphoric
	}
	return len(v.value) >= 10 && v.value[4] == '-' && v.value[7] == '-'
}

// noCompare, as the first field of a struct, makes the struct not
// comparable, so that the compiler generates no equality function for it
// (dead weight in the wasm: nothing compares these values).
type noCompare [0]func()

func abs(typ vtype, value string) val { return val{typ: typ, value: value} }

// absDate is abs(tyDate, value).
func absDate(value string) val { return val{typ: tyDate, value: value} }

// yearVal is the DATE of year y.
func yearVal(y int) val { return val{typ: tyDate, value: timex.YearString(y)} }

// durationValue formats n units (n < 0: unknown "X") as an ISO 8601
// duration in TimeML's conventions.
func durationValue(n float64, unit string) string {
	num := "X"
	if n >= 0 {
		num = strconv.FormatFloat(n, 'f', -1, 64)
	}
	// Halves become the next unit down: "2 1/2 years" is P2Y6M.
	if whole := float64(int(n)); n > 0 && n-whole == 0.5 {
		w := strconv.Itoa(int(n))
		switch wordIndex(unit, "Y D H ") {
		case 0:
			return "P" + w + "Y6M"
		case 1:
			return "P" + w + "DT12H"
		case 2:
			return "PT" + w + "H30M"
		}
	}
	switch wordIndex(unit, "H MIN S HY ") {
	case 0:
		return "PT" + num + "H"
	case 1:
		return "PT" + num + "M"
	case 2:
		return "PT" + num + "S"
	case 3:
		if n >= 0 {
			return "P" + strconv.FormatFloat(6*n, 'f', -1, 64) + "M"
		}
		return "PXM"
	}
	return "P" + num + unit
}

// formatAt formats d at the granularity unit.
func formatAt(d Date, unit string) string {
	switch wordIndex(unit, "Y M W WE Q HY DE CE ") {
	case 0:
		return timex.YearString(d.Year)
	case 1:
		return timex.YearString(d.Year) + "-" + timex.Pad(d.Month, 2)
	case 2:
		return timex.WeekString(d)
	case 3:
		return timex.WeekString(d) + "-WE"
	case 4:
		return timex.YearString(d.Year) + "-Q" + strconv.Itoa((d.Month-1)/3+1)
	case 5:
		return timex.YearString(d.Year) + "-H" + strconv.Itoa((d.Month-1)/6+1)
	case 6:
		return timex.Pad(timex.FloorDiv(d.Year, 10), 3)
	case 7:
		return timex.Pad(timex.FloorDiv(d.Year, 100), 2)
	}
	return timex.DayString(d)
}

// shift moves d by n units.
func shift(d Date, n int, unit string) Date {
	k := wordIndex(unit, "D H MIN S W WE M Q HY Y DE CE ")
	switch {
	case k < 0:
		return d
	case k < 6:
		return timex.AddDays(d, shiftSize[k]*n)
	}
	return timex.AddMonths(d, shiftSize[k]*n)
}

// unknownAt are the values of an unresolved date at the units Y M W WE Q
// DE CE.
var unknownAt = [...]string{"XXXX", "XXXX-XX", "XXXX-WXX", "XXXX-WXX-WE", "XXXX-QX", "XXX", "XX"}

// shiftSize is the size of shift's units: days for the first six, then
// months.
var shiftSize = [...]int{1, 1, 1, 1, 7, 7, 1, 3, 6, 12, 120, 1200}

// underspecified returns the value of a relative expression whose anchor
// is unknown.
func underspecified(v val) string {
	switch v.k {
	case vWeekday:
		return "XXXX-WXX-" + strconv.Itoa(v.dow) + v.suf
	case vYearless:
		if v.code != "" {
			return "XXXX" + v.code
		}
		if v.holiday != "" {
			if len(v.holiday) == 5 && v.holiday[2] == '-' {
				return "XXXX-" + v.holiday
			}
			return "XXXX-XX-XX"
		}
		if v.day > 0 {
			return "XXXX-" + timex.Pad(v.month, 2) + "-" + timex.Pad(v.day, 2) + v.suf
		}
		return "XXXX-" + timex.Pad(v.month, 2)
	}
	if k := wordIndex(v.unit, "Y M W WE Q DE CE "); k >= 0 {
		return unknownAt[k]
	}
	return "XXXX-XX-XX" + v.suf
}
