package markup

import (
	"sort"
	"strings"

	"github.com/glossline/glossline/internal/timex"

	"github.com/glossline/glossline/internal/analyze"
	"github.com/glossline/glossline/internal/timeline"
)

// Mark is an element to wrap around the byte range [Start, End) of the
// analysed text.
type Mark struct {
	Start, End int
	El         *Element
}

// DateID returns the id glossline gives the i-th date (0-based) of a
// result: "d1", "d2", … — the same in the JSON output and in the markup
// (as "gl-d1").
func DateID(i int) string { return "d" + itoa(i+1) }

// Marks returns the elements to wrap around the result's dates and terms,
// sorted by Start and never overlapping (a term that overlaps a date is not
// marked: the date wins).
func Marks(r *analyze.Result) []Mark {
	marks := make([]Mark, 0, len(r.Dates)+len(r.Terms))
	for i, d := range r.Dates {
		el := El("time", "class", "gl-date", "id", "gl-"+DateID(i))
		if dt, ok := timex.HTMLDateTime(d.Value); ok {
			el.Attrs = append(el.Attrs, Attr{"datetime", dt})
		}
		el.Attrs = append(el.Attrs, Attr{"data-value", d.Value})
		if d.Mod != "" {
			el.Attrs = append(el.Attrs, Attr{"data-mod", d.Mod})
		}
		marks = append(marks, Mark{d.Start, d.End, el})
	}
	nd := len(marks)
	for _, t := range r.Terms {
		id := SafeID(t.Entry)
		// Skip a term overlapping a date (dates are sorted).
		k := sort.Search(nd, func(i int) bool { return marks[i].End > t.Start })
		if k < nd && marks[k].Start < t.End {
			continue
		}
		el := El("a", "class", "gl-term", "href", "#gl-def-"+id, "data-gl-entry", id)
		if t.Link {
			// A link's text: no link nor control inside a link (invalid
			// HTML, torn apart by a parser), but an element the reader's
			// side opens on hover and when the link has focus; without
			// script, its title and the panel's notes.
			el = El("span", "class", "gl-term gl-in", "data-gl-entry", id, "title", definition(r, t.Entry))
		}
		marks = append(marks, Mark{t.Start, t.End, el})
	}
	if r.MarkNames {
		// Names nothing defines, for a definition looked up when the
		// reader opens one: their first mention where terms may be marked.
		for _, n := range r.Names {
			k := sort.Search(nd, func(i int) bool { return marks[i].End > n.Start })
			if n.Entry == "" && !n.NoMark && (k >= nd || marks[k].Start >= n.End) {
				marks = append(marks, Mark{n.Start, n.End,
					El("a", "class", "gl-term gl-name", "data-gl-name", n.Text, "data-gl-kind", n.Kind, "lang", r.Lang)})
			}
		}
	}
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].Start < marks[j].Start })
	// Drop anything overlapping its predecessor (defensive: engines promise
	// sorted, non-overlapping output, but the plan must never nest).
	out := marks[:0]
	end := -1
	for _, m := range marks {
		if m.Start < end || m.Start >= m.End {
			continue
		}
		out = append(out, m)
		end = m.End
	}
	return out
}

// definition returns the definition of the result's entry id.
func definition(r *analyze.Result, id string) string {
	for _, g := range r.Glossary {
		if g.ID == id {
			return g.Definition
		}
	}
	return ""
}

// SafeID maps an entry id to the characters allowed in glossline's ids
// (a-z, 0-9, '-'); anything else becomes '-'.
func SafeID(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-':
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		default:
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// Panel returns the panel glossline places after the article: the timeline
// (an ordered list whose entries link to their dates in the article) and the
// glossary notes that the terms link to. It reads without script. It is nil
// when there is neither an event nor a term; a part with nothing in it is
// left out. It carries the words of the loader's controls in its language
// as data attributes: data-gl-back (the way back from a sentence to its
// timeline entry), data-gl-off (the off switch), data-gl-top (the way back
// from the panel to the article) and data-gl-close (a pop-up's close
// button).
func Panel(r *analyze.Result) *Element {
	if len(r.Timeline) == 0 && len(r.Glossary) == 0 {
		return nil
	}
	l := r.Lang
	panel := El("aside", "class", "gl-panel", "id", "gl-panel", "lang", l, "aria-label", UI(l, "panel"),
		"data-gl-back", UI(l, "to_entry"), "data-gl-off", UI(l, "off"), "data-gl-top", UI(l, "to_article"), "data-gl-close", UI(l, "close"))

	tl := El("section", "class", "gl-tl", "aria-labelledby", "gl-tl-h")
	tl.Add(El("h2", "class", "gl-h", "id", "gl-tl-h").AddText(UI(l, "timeline")))
	ol := El("ol", "class", "gl-timeline")
	refShown := r.Ref.IsZero()
	ref := r.Ref.String()
	prev := ""
	add := func(value string, li *Element) {
		// Compress empty stretches: the axis is a list, not a scale, and a
		// marker says how many years it skips.
		if y0, ok := startYear(prev); ok {
			if y1, ok := startYear(value); ok && y1-y0 >= 2 {
				ol.Add(El("li", "class", "gl-tl-gap", "aria-hidden", "true").
					AddText(strings.Replace(UI(l, "gap.years"), "{n}", itoa(y1-y0), 1)))
			}
		}
		ol.Add(li)
		prev = value
	}
	for i, e := range r.Timeline {
		if !refShown && timex.Compare(ref, e.Date) < 0 {
			add(ref, refItem(l, ref))
			refShown = true
		}
		add(e.Date, entryItem(l, i, e))
	}
	if !refShown {
		add(ref, refItem(l, ref))
	}
	tl.Add(ol)
	if len(r.Timeline) > 0 {
		panel.Add(tl)
	}

	if len(r.Glossary) > 0 {
		gl := El("section", "class", "gl-gloss", "aria-labelledby", "gl-gl-h")
		gl.Add(El("h2", "class", "gl-h", "id", "gl-gl-h").AddText(UI(l, "glossary")))
		dl := El("dl", "class", "gl-notes")
		for _, g := range r.Glossary {
			id := SafeID(g.ID)
			dl.Add(El("dt", "id", "gl-def-"+id, "data-gl-kind", g.Kind).AddText(g.Term))
			dd := El("dd", "data-gl-entry", id)
			dd.Add(El("span", "class", "gl-def").AddText(g.Definition))
			src, sm := UI(l, "source."+g.Source), El("small", "class", "gl-src")
			if g.Attribution != "" {
				// a definition the publisher took from elsewhere: its
				// source, linked where the glossary gives the address
				src = g.Attribution
				if g.Link != "" {
					sm.Add(El("a", "href", g.Link, "rel", "noopener noreferrer").AddText(src))
					src = ""
				}
			}
			if g.AsOf != "" {
				src += ", " + UI(l, "as_of") + " " + g.AsOf
			}
			if src != "" {
				sm.AddText(src)
			}
			dd.Add(sm)
			dl.Add(dd)
		}
		gl.Add(dl)
		panel.Add(gl)
	}
	return panel
}

func refItem(l, ref string) *Element {
	li := El("li", "class", "gl-tl-ref")
	t := El("time", "datetime", ref, "data-value", ref).AddText(timeline.FormatDate(ref, l))
	return li.Add(El("span", "class", "gl-tl-reflabel").AddText(UI(l, "published")+" "), t)
}

// entryItem renders the i-th timeline entry; its id ("gl-e1", …) is what
// the "back to the timeline" link returns to.
func entryItem(l string, i int, e timeline.Entry) *Element {
	class := "gl-tl-entry"
	if strings.Contains(e.Date, "/") {
		class += " gl-tl-range"
	}
	li := El("li", "class", class, "id", "gl-e"+itoa(i+1), "data-value", e.Date)
	t := El("time", "class", "gl-tl-date", "data-value", e.Date)
	if dt, ok := timex.HTMLDateTime(e.Date); ok {
		t.Attrs = append(t.Attrs, Attr{"datetime", dt})
	}
	if e.Mod != "" {
		t.Attrs = append(t.Attrs, Attr{"data-mod", e.Mod})
	}
	t.AddText(timeline.FormatEntryDate(e, l))
	li.Add(t)
	a := El("a", "class", "gl-tl-link")
	if len(e.Dates) > 0 {
		a.Attrs = append(a.Attrs, Attr{"href", "#gl-" + DateID(e.Dates[0])})
	}
	a.AddText(e.Label)
	return li.Add(TextNode(" "), a)
}

// startYear returns the first year a TIMEX value covers: "2023-09-13" and
// "2023" give 2023, the decade "199" 1990, the century "18" 1800, a range
// its start.
func startYear(v string) (int, bool) {
	n, digits := 0, 0
	for digits < len(v) && digits < 4 && v[digits] >= '0' && v[digits] <= '9' {
		n = n*10 + int(v[digits]-'0')
		digits++
	}
	switch digits {
	case 4:
		return n, true
	case 3:
		return n * 10, true
	case 2:
		return n * 100, true
	}
	return 0, false
}
