package markup

import (
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/analyze"
	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/siteglossary"
)

func TestPlanOnArticles(t *testing.T) {
	tests := []struct {
		name      string
		nodes     []article.Node
		lang, ref string
		want      []string // in the plan JSON
		notWant   []string
	}{
		{
			name:    "nothing to mark: no wraps, no panel",
			nodes:   []article.Node{{Text: "Ein Satz ohne Datum.", Flags: article.Block}},
			lang:    "de",
			want:    []string{`"status":"ok"`, `"wraps":[]`},
			notWant: []string{`"panel"`, `"sentences"`},
		},
		{
			name:  "a date split across an inline element is wrapped piecewise",
			nodes: []article.Node{{Text: "Am ", Flags: article.Block}, {Text: "12.", Flags: 0}, {Text: " September 2023 traf der Minister in Genf ein.", Flags: 0}},
			lang:  "de", ref: "2023-09-14",
			want: []string{`[1,0,3,["time",{"class":"gl-date","id":"gl-d1"`, `[2,0,15,["time",{"class":"gl-date","datetime":"2023-09-12"`, `"data-gl-part":"2"`, `"panel":["aside"`,
				// The timeline entry's sentence runs from node 0 to the end of node 2.
				`"sentences":[[0,0,2,46]]`},
		},
		{
			name:  "the sentence range starts inside a node and ends in a later one",
			nodes: []article.Node{{Text: "Erster Satz ohne Datum. Am 3. Mai 2021 ", Flags: article.Block}, {Text: "eröffnete", Flags: 0}, {Text: " die Bahn ihre neue Strecke.", Flags: 0}},
			lang:  "de", ref: "2023-09-14",
			want: []string{`"sentences":[[0,24,2,28]]`},
		},
		{
			name:    "terms are not marked in a heading after the headline, nor as a link in a link",
			nodes:   []article.Node{{Text: "Pjöngjang meldet Neues", Flags: article.Heading | article.Block}, {Text: "KCNA meldet", Flags: article.Heading | article.Block}, {Text: "Die KCNA (Korean Central News Agency) berichtete am Mittwoch, ", Flags: article.Block}, {Text: "KCNA", Flags: article.Link}},
			lang:    "de",
			want:    []string{`[2,4,8,["a",{"class":"gl-term"`},
			notWant: []string{`[1,0,4,["a"`, `[3,0,4,["a"`},
		},
		{
			name:  "the headline that opens the text is marked",
			nodes: []article.Node{{Text: "KCNA meldet", Flags: article.Heading}, {Text: "Die KCNA (Korean Central News Agency) berichtete am Mittwoch.", Flags: article.Block}},
			lang:  "de",
			want:  []string{`[0,0,4,["a",{"class":"gl-term"`, `[1,4,8,["a",{"class":"gl-term"`},
		},
		{
			name:  "already annotated: nothing changes",
			nodes: []article.Node{{Text: "Am ", Flags: article.Block}, {Text: "Mittwoch", Flags: article.Done}},
			lang:  "de",
			want:  []string{`"status":"annotated"`, `"wraps":[]`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := article.BuildText(tt.nodes)
			no, links := article.NoMark(tx)
			opt := analyze.Options{Lang: tt.lang, NoMark: no, Link: links}
			if tt.ref != "" {
				opt.Ref.Year, opt.Ref.Month, opt.Ref.Day = 2023, 9, 14
				opt.RefSource = analyze.RefFlag
			}
			got := NewPlan(tx, analyze.Text(tx.Text, opt)).JSON()
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("plan lacks %s\n%s", w, got)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("plan contains %s\n%s", w, got)
				}
			}
		})
	}
}

// TestNameMarks: with MarkNames (data-lookup), names nothing defines are
// marked once for a definition looked up on demand, never over a date,
// a link or a defined term; without it, they stay unmarked (issue 21).
func TestNameMarks(t *testing.T) {
	text := "James Nixey of Chatham House spoke in Warsaw on Monday. Nixey left. The KCNA (Korean Central News Agency) said so."
	for _, on := range []bool{false, true} {
		r := analyze.Text(text, analyze.Options{Lang: "en", MarkNames: on, NoMark: []segment.Span{{Start: 29, End: 44}}})
		var names []string
		for _, m := range Marks(r) {
			if m.El.Attr("class") == "gl-term gl-name" {
				names = append(names, text[m.Start:m.End]+"="+m.El.Attr("data-gl-name")+"/"+m.El.Attr("data-gl-kind")+"/"+m.El.Attr("lang"))
			}
		}
		want := []string{}
		if on {
			want = []string{"James Nixey=James Nixey/person/en"} // Chatham House is defined, Warsaw in a link
		}
		if strings.Join(names, "|") != strings.Join(want, "|") {
			t.Errorf("MarkNames %v: name marks %q, want %q", on, names, want)
		}
	}
}

// TestAttribution: a publisher entry taken from elsewhere shows its
// attribution, linked to its source, instead of "publisher" (issue 21).
func TestAttribution(t *testing.T) {
	site, err := siteglossary.ParseSite([]byte(`{"entries": [
	  {"id": "paula-weiss", "term": "Paula Weiss", "kind": "person", "definition": "Paula Weiss is a German diplomat.",
	   "link": "https://en.wikipedia.org/wiki/Paula_Weiss", "as_of": "2026", "attribution": "Wikipedia, CC BY-SA 4.0"},
	  {"id": "kcna", "term": "KCNA", "definition": "North Korea's state news agency.", "attribution": "Agency <b>X</b>"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	r := analyze.Text("The talks were led by Paula Weiss, the KCNA said.", analyze.Options{Lang: "en", Site: site})
	html := Panel(r).HTML()
	for _, want := range []string{
		`<small class="gl-src"><a href="https://en.wikipedia.org/wiki/Paula_Weiss" rel="noopener noreferrer">Wikipedia, CC BY-SA 4.0</a>, as of 2026</small>`,
		`<small class="gl-src">Agency &lt;b&gt;X&lt;/b&gt;</small>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("panel lacks %s:\n%s", want, html)
		}
	}
}

// TestLinkTextMarks: a term in a link's text (analyze.Options.Link) is a
// span inside the link, not a link or control of its own: it carries its
// entry for the pop-up and its definition as a title for readers without
// script; its entry is in the panel's notes. A mention outside the link in
// the same paragraph is the one marked, as an ordinary term.
func TestLinkTextMarks(t *testing.T) {
	for _, tt := range []struct {
		lang  string
		nodes []article.Node
		want  []string
		not   []string
	}{
		{"de", []article.Node{{Text: "Das berichtete die Agentur ", Flags: article.Block}, {Text: "KCNA", Flags: article.Link}, {Text: " am Mittwoch.", Flags: 0}},
			[]string{`[1,0,4,["span",{"class":"gl-term gl-in","data-gl-entry":"kcna","title":"`, `["dt",{"id":"gl-def-kcna"`}, []string{`["a",{"class":"gl-term"`}},
		{"en", []article.Node{{Text: "Officials at ", Flags: article.Block}, {Text: "NATO", Flags: article.Link}, {Text: " said NATO would meet.", Flags: 0}},
			[]string{`[2,6,10,["a",{"class":"gl-term","href":"#gl-def-nato"`}, []string{`"gl-term gl-in"`}},
	} {
		tx := article.BuildText(tt.nodes)
		var link []segment.Span
		for _, s := range tx.Spans(article.Link) {
			link = append(link, segment.Span{Start: s[0], End: s[1]})
		}
		got := NewPlan(tx, analyze.Text(tx.Text, analyze.Options{Lang: tt.lang, Link: link})).JSON()
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: plan lacks %s\n%s", tt.lang, w, got)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: plan contains %s\n%s", tt.lang, w, got)
			}
		}
	}
}
