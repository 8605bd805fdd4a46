package timeline

import (
	"strconv"
	"strings"

	"github.com/glossline/glossline/internal/timex"
)

// FormatDate returns the display form of a TIMEX3 value in lang ("de" or
// "en"; anything else is shown in English): a day as "Di., 12. Sept. 2023"
// / "Tue, Sep 12, 2023", a month as "September 2023", a year as "2022", a
// decade as "1990er" / "1990s", a century as "19. Jahrhundert" / "19th
// century", a range as "1950–1953". Values it cannot read (durations,
// references, underspecified values) are returned unchanged.
func FormatDate(value, lang string) string {
	p, ok := timex.Parse(value)
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
	p, ok := timex.Parse(e.Date)
	if !ok {
		return e.Date
	}
	s := formatPoint(e.Date, p, lx)
	if e.Mod != "" {
		s = applyTemplate(lx, "mod", e.Mod, p.Gran, s)
	}
	if e.Open != "" {
		s = applyTemplate(lx, "open", e.Open, p.Gran, s)
	}
	return s
}

// applyTemplate wraps s in the template section[key.gran] or section[key];
// without a template s is returned as it is.
func applyTemplate(lx *lexicon, section, key string, g timex.Gran, s string) string {
	t := lx.get(section, key+"."+g.String())
	if t == "" {
		t = lx.get(section, key)
	}
	if t == "" {
		return s
	}
	return strings.Replace(t, "{}", s, 1)
}

func formatPoint(value string, p timex.Value, lx *lexicon) string {
	if p.Gran == timex.GranRange {
		a, b, _ := strings.Cut(value, "/")
		pa, _ := timex.Parse(a)
		pb, _ := timex.Parse(b)
		fa, fb := formatPoint(a, pa, lx), formatPoint(b, pb, lx)
		key := "range"
		if strings.Contains(fa, " ") || strings.Contains(fb, " ") {
			key = "range.spaced"
		}
		return fill(lx.get("format", key), "a", fa, "b", fb)
	}
	t := lx.get("format", p.Gran.String())
	y := strconv.Itoa(p.Year)
	switch p.Gran {
	case timex.GranDay:
		wd := timex.Weekday(timex.Date{Year: p.Year, Month: p.Month, Day: p.Day}) - 1
		return fill(t, "wd", lx.name("weekdays.abbr", wd), "d", strconv.Itoa(p.Day),
			"mon", lx.name("months.abbr", p.Month-1), "y", y)
	case timex.GranTime, timex.GranPart:
		day := formatPoint(value[:10], timex.Value{Gran: timex.GranDay, Year: p.Year, Month: p.Month, Day: p.Day}, lx)
		if p.Gran == timex.GranPart {
			return fill(t, "day", day, "part", lx.get("parts", p.Code))
		}
		h12, ampm := p.Hour%12, lx.get("format", "am")
		if h12 == 0 {
			h12 = 12
		}
		if p.Hour >= 12 && p.Hour < 24 {
			ampm = lx.get("format", "pm")
		}
		mm := strconv.Itoa(p.Min)
		if p.Min < 10 {
			mm = "0" + mm
		}
		return fill(t, "day", day, "H", strconv.Itoa(p.Hour), "h", strconv.Itoa(h12), "MM", mm, "ampm", ampm)
	case timex.GranWeek:
		return fill(t, "w", strconv.Itoa(p.Week), "y", y)
	case timex.GranMonth:
		return fill(t, "month", lx.name("months", p.Month-1), "y", y)
	case timex.GranSeason:
		return fill(t, "season", lx.get("seasons", p.Code), "y", y)
	case timex.GranQuarter, timex.GranHalf:
		return fill(t, "n", strconv.Itoa(p.N), "y", y)
	case timex.GranCentury:
		return fill(t, "n", strconv.Itoa(p.N), "nth", ordinal(lx, p.N))
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
