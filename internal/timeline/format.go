package timeline

import (
	"strconv"
	"strings"
)

// FormatDate returns the display form of a TIMEX3 value in lang ("de" or
// "en"; anything else is shown in English): a day as "Di., 12. Sept. 2023"
// / "Tue, Sep 12, 2023", a month as "September 2023", a year as "2022", a
// decade as "1990er" / "1990s", a century as "19. Jahrhundert" / "19th
// century", a range as "1950–1953". Values it cannot read (durations,
// references, underspecified values) are returned unchanged.
func FormatDate(value, lang string) string {
	p, ok := parseValue(value)
	if !ok {
		return value
	}
	return formatPoint(value, p, lexiconFor(lang))
}

// FormatEntryDate returns the display form of an entry's date with its
// qualifier and openness: "Anfang 2023" / "early 2023", "etwa 1950" /
// "around 1950", "seit 2022" / "since 2022".
func FormatEntryDate(e Entry, lang string) string {
	lx := lexiconFor(lang)
	p, ok := parseValue(e.Date)
	if !ok {
		return e.Date
	}
	s := formatPoint(e.Date, p, lx)
	if e.Mod != "" {
		s = applyTemplate(lx, "mod", e.Mod, p.gran, s)
	}
	if e.Open != "" {
		s = applyTemplate(lx, "open", e.Open, p.gran, s)
	}
	return s
}

// applyTemplate wraps s in the template section[key.gran] or section[key];
// without a template s is returned as it is.
func applyTemplate(lx *lexicon, section, key string, g gran, s string) string {
	t := lx.get(section, key+"."+g.String())
	if t == "" {
		t = lx.get(section, key)
	}
	if t == "" {
		return s
	}
	return strings.Replace(t, "{}", s, 1)
}

func formatPoint(value string, p point, lx *lexicon) string {
	if p.gran == granRange {
		a, b, _ := strings.Cut(value, "/")
		pa, _ := parseSingle(a)
		pb, _ := parseSingle(b)
		fa, fb := formatPoint(a, pa, lx), formatPoint(b, pb, lx)
		key := "range"
		if strings.Contains(fa, " ") || strings.Contains(fb, " ") {
			key = "range.spaced"
		}
		return fill(lx.get("format", key), "a", fa, "b", fb)
	}
	t := lx.get("format", p.gran.String())
	y := strconv.Itoa(p.year)
	switch p.gran {
	case granDay:
		d := daysFromCivil(p.year, p.month, p.day)
		return fill(t, "wd", lx.name("weekdays.abbr", weekday(d)), "d", strconv.Itoa(p.day),
			"mon", lx.name("months.abbr", p.month-1), "y", y)
	case granTime, granPart:
		day := formatPoint(value[:10], point{gran: granDay, year: p.year, month: p.month, day: p.day}, lx)
		if p.gran == granPart {
			return fill(t, "day", day, "part", lx.get("parts", p.code))
		}
		h12, ampm := p.hour%12, lx.get("format", "am")
		if h12 == 0 {
			h12 = 12
		}
		if p.hour >= 12 && p.hour < 24 {
			ampm = lx.get("format", "pm")
		}
		mm := strconv.Itoa(p.min)
		if p.min < 10 {
			mm = "0" + mm
		}
		return fill(t, "day", day, "H", strconv.Itoa(p.hour), "h", strconv.Itoa(h12), "MM", mm, "ampm", ampm)
	case granWeek:
		return fill(t, "w", strconv.Itoa(p.week), "y", y)
	case granMonth:
		return fill(t, "month", lx.name("months", p.month-1), "y", y)
	case granSeason:
		return fill(t, "season", lx.get("seasons", p.code), "y", y)
	case granQuarter, granHalf:
		return fill(t, "n", strconv.Itoa(p.n), "y", y)
	case granCentury:
		return fill(t, "n", strconv.Itoa(p.n), "nth", ordinal(lx, p.n))
	}
	return fill(t, "y", y) // year, decade
}

// ordinal writes n with the language's ordinal suffix ("19th", "21st").
func ordinal(lx *lexicon, n int) string {
	suffix := lx.get("format", "ordinal")
	if n%100 < 11 || n%100 > 13 {
		if s := lx.get("format", "ordinal."+strconv.Itoa(n%10)); s != "" {
			suffix = s
		}
	}
	return strconv.Itoa(n) + suffix
}

// fill replaces the placeholders {name} of template t by their values,
// given as name, value pairs.
func fill(t string, pairs ...string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			break
		}
		b.WriteString(t[:i])
		name := t[i+1 : i+j]
		for k := 0; k+1 < len(pairs); k += 2 {
			if pairs[k] == name {
				b.WriteString(pairs[k+1])
				break
			}
		}
		t = t[i+j+1:]
	}
	b.WriteString(t)
	return strings.TrimSpace(b.String())
}

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
		if _, ok := parseValue(value); !ok {
			return "", false
		}
		value = a
	}
	p, ok := parseSingle(value)
	if !ok || p.year <= 0 {
		return "", false
	}
	switch p.gran {
	case granYear, granMonth:
		return value, true
	case granWeek:
		return value[:8], true
	case granDay:
		if value[5] == 'W' {
			break
		}
		return value, true
	case granPart:
		return value[:10], true
	case granTime:
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
	return pad4(p.year) + "-" + pad2(p.month) + "-" + pad2(p.day), true
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

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}
