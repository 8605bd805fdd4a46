package timex

import (
	"strconv"
	"strings"
)

// HTMLDateTime returns the valid HTML datetime string for a TIMEX3 value
// where HTML has one: a day ("2023-09-13"), a month ("2023-09"), a year
// ("2023"), a week ("2023-W37"), a local date and time ("2023-09-13T16:00",
// a part of day gives its day), or a duration of days, hours, minutes and
// seconds ("PT4H", "P3D"; weeks become days). For a range it returns its
// start. Decades, centuries, seasons, quarters, halves, durations in years
// or months, references and underspecified values have no HTML form: it
// reports false.
func HTMLDateTime(value string) (string, bool) {
	if strings.HasPrefix(value, "P") {
		return htmlDuration(value)
	}
	if a, _, ok := strings.Cut(value, "/"); ok {
		if _, ok := Parse(value); !ok {
			return "", false
		}
		value = a
	}
	p, ok := parseSingle(value)
	if !ok || p.Year <= 0 {
		return "", false
	}
	switch p.Gran {
	case GranYear, GranMonth:
		return value, true
	case GranWeek:
		return value[:8], true
	case GranDay:
		if value[5] == 'W' {
			break
		}
		return value, true
	case GranPart:
		return value[:10], true
	case GranTime:
		s := value[:13]
		if len(value) >= 16 && value[13] == ':' {
			s = value[:16]
			if len(value) >= 19 && value[16] == ':' {
				s = value[:19]
			}
		} else {
			s += ":00"
		}
		return s, true
	default:
		return "", false
	}
	// A weekday of a week ("2023-W37-3"): the day it names.
	return Pad(p.Year, 4) + "-" + Pad(p.Month, 2) + "-" + Pad(p.Day, 2), true
}

// htmlDuration converts a TIMEX3 duration to an HTML valid duration string
// ("P" [days "D"] ["T" [hours "H"] [minutes "M"] [seconds "S"]]); years and
// months have no fixed length and no HTML form.
func htmlDuration(v string) (string, bool) {
	rest := v[1:]
	days := 0
	var b strings.Builder
	inTime, any := false, false
	var timePart strings.Builder
	for rest != "" {
		if rest[0] == 'T' && !inTime {
			inTime = true
			rest = rest[1:]
			continue
		}
		n := 0
		for n < len(rest) && (rest[n]-'0' <= 9 || rest[n] == '.') {
			n++
		}
		if n == 0 || n == len(rest) || len(rest[:n]) > 9 {
			return "", false
		}
		num, unit := rest[:n], rest[n]
		rest = rest[n+1:]
		frac := strings.Contains(num, ".")
		if frac && (unit != 'S' || !inTime || strings.Count(num, ".") > 1 || num[0] == '.' || num[len(num)-1] == '.') {
			return "", false
		}
		any = true
		switch {
		case !inTime && unit == 'W':
			days += atoi(num) * 7
		case !inTime && unit == 'D':
			days += atoi(num)
		case inTime && (unit == 'H' || unit == 'M' || unit == 'S'):
			timePart.WriteString(num)
			timePart.WriteByte(unit)
		default:
			return "", false
		}
	}
	if !any {
		return "", false
	}
	b.WriteByte('P')
	if days > 0 || timePart.Len() == 0 {
		b.WriteString(strconv.Itoa(days))
		b.WriteByte('D')
	}
	if timePart.Len() > 0 {
		b.WriteByte('T')
		b.WriteString(timePart.String())
	}
	return b.String(), true
}
