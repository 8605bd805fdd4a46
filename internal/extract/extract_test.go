package extract_test

import (
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/extract"
	"github.com/glossline/glossline/internal/page"
)

// find parses an invented page, finds its article and returns the id of
// the chosen root ("" for none) and the text read from it (the root
// without the boxes left out).
func find(t *testing.T, title, body string) (root, read string) {
	t.Helper()
	p, err := page.Parse(strings.NewReader(`<!doctype html><html><head><title>`+title+`</title></head><body>`+body+`</body></html>`), "")
	if err != nil {
		t.Fatal(err)
	}
	w := p.Walk
	res := extract.Find(w)
	if res.Root < 0 {
		return "", ""
	}
	for _, a := range p.Boxes[res.Root].Attr {
		if a.Key == "id" {
			root = a.Val
		}
	}
	b := w.Boxes[res.Root]
	nodes := make([]article.Node, 0, b.End-b.First)
	for i := b.First; i < b.End; i++ {
		n := w.Nodes[i]
		for k := range w.Boxes {
			if res.Skip[k] && w.Boxes[k].First <= i && i < w.Boxes[k].End {
				n.Flags |= article.Skip
			}
		}
		nodes = append(nodes, n)
	}
	return root, article.BuildText(nodes).Text
}

func paras(lang string, n int) string {
	s := "The committee met until late in the evening, and the members argued about the budget for the coming year, the schools and the roads."
	if lang == "de" {
		s = "Der Ausschuss tagte bis in den späten Abend, und die Abgeordneten stritten über den Haushalt des kommenden Jahres, die Schulen und die Straßen."
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("<p>" + s + "</p>")
	}
	return b.String()
}

// TestLeftOut: blocks inside the article that are not the article, by
// their class (a negative word that a namespace word such as "article"
// does not outweigh) or by their text (a caption that ends with its
// credit, a credit in parentheses, a dateline naming its author, a
// series' description).
func TestLeftOut(t *testing.T) {
	tests := []struct {
		name, lang, inside string
		gone, kept         []string
	}{
		{"namespaced byline class", "en",
			`<p class="story-article__byline">By Jane Doe, a science writer who has covered the oceans for the paper since 2009.</p>`,
			[]string{"Jane Doe", "2009"}, nil},
		{"namespaced author box", "de",
			`<div class="artikel-autor-box">Anna Berg ist Korrespondentin in Brüssel und schreibt seit 2011 über Agrarpolitik.</div>`,
			[]string{"Anna Berg", "2011"}, nil},
		{"namespaced date and comments line", "en",
			`<div class="article--date-and-comments">Mar 3, 2022, 6:10 AM UTC | 12 Comments</div>`,
			[]string{"Mar 3"}, nil},
		{"a caption ending with its credit", "en",
			`<figure><figcaption>Wind turbines off the northern coast on a grey morning in March. Photograph: Jane Roe/Agency</figcaption></figure>`,
			[]string{"Wind turbines", "Jane Roe"}, nil},
		{"eine Bildunterschrift mit Quelle", "de",
			`<figure><p class="bild-text">Windräder vor der Nordseeküste an einem grauen Morgen im März. Bild: Max Muster</p></figure>`,
			[]string{"Windräder", "Max Muster"}, nil},
		{"a credit in parentheses", "en",
			`<p>(Credit: Jane Roe / Agency)</p>`, []string{"Jane Roe"}, nil},
		{"ein Bildnachweis in Klammern", "de",
			`<p>(Foto: Max Muster)</p>`, []string{"Max Muster"}, nil},
		{"eine Zeile mit Datum und Autorin", "de",
			`<div class="unterzeile">Radio Nord - Das Morgenmagazin - 12.04.2021 09:30 Uhr Autor/in: Anna Berg</div>`,
			[]string{"Anna Berg", "12.04.2021"}, nil},
		{"die Beschreibung einer Rubrik", "de",
			`<div class="kasten"><p>In dieser Rubrik stellen wir jeden Freitag erstaunliche, lehrreiche und komische Zahlen aus der Welt der Wissenschaft vor.</p></div>`,
			[]string{"Rubrik"}, nil},
		{"a gallery's counter", "en",
			`<div class="gallery"><img alt=""><div class="gallery-position">Image 3 of 12</div></div>`, []string{"Image 3"}, nil},
		{"der Zähler einer Bildergalerie", "de",
			`<div class="galerie"><img alt=""><div class="galerie-stand">Bild 2 von 7</div></div>`, []string{"Bild 2"}, nil},
		{"a writer's box", "en",
			`<section class="writer-container"><h3>Jane Doe</h3><p>Jane Doe on the city</p></section>`, []string{"Jane Doe"}, nil},
		{"more from the author", "en",
			`<p>More from Jane Doe</p>`, []string{"Jane Doe"}, nil},
		{"mehr von der Autorin", "de",
			`<p>Mehr von Anna Berg</p>`, []string{"Anna Berg"}, nil},
		{"a subheading whose id is an anchor of the contents", "en",
			`<h3 id="nav_the_long_road__1">The long road to a budget</h3>`,
			nil, []string{"The long road to a budget"}},
		{"eine Zwischenüberschrift mit Anker-id", "de",
			`<h3 id="nav_der_lange_weg__1">Der lange Weg zum Haushalt</h3>`,
			nil, []string{"Der lange Weg zum Haushalt"}},
		{"a widget's heading by its class", "en",
			`<h2 class="related-title">Stories you may have missed</h2>`, []string{"may have missed"}, nil},
		{"die Überschrift eines Kastens nach ihrer Klasse", "de",
			`<h2 class="teaser-titel">Das könnte Sie auch noch interessieren</h2>`, []string{"interessieren"}, nil},
		{"a caption without a credit stays", "en",
			`<figure><figcaption>Wind turbines off the northern coast on a grey morning in March.</figcaption></figure>`,
			nil, []string{"Wind turbines"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := "Budget dispute in the council"
			if tt.lang == "de" {
				title = "Streit um den Haushalt im Landtag"
			}
			body := `<article id="a"><h1>` + title + `</h1>` + paras(tt.lang, 2) + tt.inside + paras(tt.lang, 2) + `</article>`
			root, read := find(t, title, body)
			if root != "a" {
				t.Fatalf("root %q, want a", root)
			}
			for _, s := range tt.gone {
				if strings.Contains(read, s) {
					t.Errorf("%q is read:\n%s", s, read)
				}
			}
			for _, s := range tt.kept {
				if !strings.Contains(read, s) {
					t.Errorf("%q is not read:\n%s", s, read)
				}
			}
			if !strings.Contains(read, "budget") && !strings.Contains(read, "Haushalt") {
				t.Errorf("the article's text is not read:\n%s", read)
			}
		})
	}
}

// TestHeadlineNotInBreadcrumb: a breadcrumb trail that repeats the title
// in a heading does not head the article; the heading above the body does,
// and the root takes it in with its dateline.
func TestHeadlineNotInBreadcrumb(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		t.Run(lang, func(t *testing.T) {
			title, date := "Budget dispute in the council", "3/4/2021 9:15 AM BY STAFF"
			if lang == "de" {
				title, date = "Streit um den Haushalt im Landtag", "04.03.2021 09:15 Uhr"
			}
			body := `<div class="breadcrumbs"><a href="/">Home</a><h1>` + title + `</h1></div>` +
				`<div id="post"><div class="headline"><h2>` + title + `</h2></div><h5>` + date + `</h5>` +
				`<div itemprop="articleBody" id="body">` + paras(lang, 5) + `</div></div>` +
				`<div class="footer-links">` + strings.Repeat(`<a href="/x">Impressum und Datenschutz</a> `, 5) + `</div>`
			root, read := find(t, title, body)
			if root != "post" {
				t.Errorf("root %q, want post", root)
			}
			if !strings.Contains(read, title) {
				t.Errorf("the headline is not read:\n%s", read)
			}
		})
	}
}

// TestHeader: the article's own header, whatever its class says (an
// "entry-header", a "banner"), gives the root its headline and standfirst;
// its kicker, byline and share bar are left out; a related list after the
// text does not keep the root from taking in the header.
func TestHeader(t *testing.T) {
	tests := []struct {
		lang, title, standfirst, kicker, related string
	}{
		{"en", "Budget dispute in the council",
			"The council could not agree on the budget for next year, and the mayor now wants to call in a mediator before the summer.",
			"Politics", "Council passes the school law"},
		{"de", "Streit um den Haushalt im Landtag",
			"Der Landtag konnte sich nicht auf den Haushalt des nächsten Jahres einigen, und die Regierung will nun vor dem Sommer einen Vermittler holen.",
			"Politik", "Landtag beschließt das Schulgesetz"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			related := `<div class="list list--related">`
			for i := 0; i < 6; i++ {
				related += `<div class="item"><span>` + tt.kicker + `</span><h3>` + tt.related + `</h3><p>` + strings.Repeat(tt.related+" und mehr. ", 2) + `</p></div>`
			}
			related += `</div>`
			body := `<main><article id="a"><header class="entry-header"><span class="kicker">` + tt.kicker + `</span><h1>` + tt.title + `</h1>` +
				`<div class="entry-excerpt"><p>` + tt.standfirst + `</p></div><div class="share">Facebook Twitter Mail</div></header>` +
				`<div class="entry-content">` + paras(tt.lang, 6) + `</div>` + related + `</article></main>`
			root, read := find(t, tt.title, body)
			if root != "a" {
				t.Fatalf("root %q, want a", root)
			}
			for _, s := range []string{tt.title, tt.standfirst} {
				if !strings.Contains(read, s) {
					t.Errorf("%q is not read:\n%s", s, read)
				}
			}
			for _, s := range []string{"Facebook", tt.related} {
				if strings.Contains(read, s) {
					t.Errorf("%q is read:\n%s", s, read)
				}
			}
		})
	}
}

func TestDateOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"14. May 2019":                          true,
		"Jun 7, 2023, 8:54 PM UTC |":            true,
		"05/08/2019 | 15:30":                    true,
		"Dienstag, 3. März 2020":                true,
		"2019":                                  false, // one token: a table's year, a heading
		"Im Jahr 2019 stieg der Umsatz":         false,
		"The summer of 1999 was hot":            false,
		"12 Kommentare":                         false,
		"January 10, 2020 9:00AM (UTC)":         true,
		"Zahlen von 2019 bis 2021 im Überblick": false,
	} {
		if got := extract.DateOnly(s); got != want {
			t.Errorf("DateOnly(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHeaderBlock: the root is widened to take in its headline only when
// what stands between the headline and the body is the article's own
// text — headings alone, a standfirst paragraph, or a standfirst of any
// tag that runs straight into the body. A header block of a subtitle set
// apart from the body by the byline, the date, share buttons and the lead
// picture's caption is no part of the article's text: the root stays the
// body.
func TestHeaderBlock(t *testing.T) {
	tests := []struct {
		lang, title, dek, byline, date, caption string
	}{
		{"en", "Budget dispute in the council",
			"The council could not agree on the budget for next year, and the mayor now wants a mediator.",
			"By Jane Roe, a reporter who has covered the city hall for ten years.",
			"Mar 4, 2021, 9:15 AM UTC", "The council chamber. Image: Jane Roe"},
		{"de", "Streit um den Haushalt im Landtag",
			"Der Landtag konnte sich nicht auf den Haushalt einigen, und die Regierung will nun einen Vermittler holen.",
			"Von Anna Berg, die seit zehn Jahren über den Landtag berichtet.",
			"04.03.2021, 09:15 Uhr", "Der Plenarsaal. Foto: Anna Berg"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			head := `<h1>` + tt.title + `</h1>`
			dek := `<h2 class="dek">` + tt.dek + `</h2>`
			furniture := `<p class="byline">` + tt.byline + `</p><div class="date">` + tt.date + `</div>` +
				`<div class="share"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>` +
				`<figure><img src="x.jpg"><figcaption>` + tt.caption + `</figcaption></figure>`
			body := `<div id="body">` + paras(tt.lang, 6) + `</div>`
			cases := []struct {
				name, html, root string
				read             []string
			}{
				// A subtitle heading, then byline, date, share buttons and
				// a picture: a header block, the body stands alone.
				{"header block", `<article id="a"><div class="head">` + head + dek + furniture + `</div>` + body + `</article>`, "body", nil},
				// The same subtitle running straight into the body is its
				// standfirst.
				{"standfirst heading", `<article id="a">` + head + furniture + dek + body + `</article>`, "a", []string{tt.title, tt.dek}},
				// A standfirst paragraph, whatever follows it.
				{"standfirst paragraph", `<article id="a"><div class="head">` + head + `<p>` + tt.dek + `</p>` + furniture + `</div>` + body + `</article>`, "a", []string{tt.title, tt.dek}},
				// Headings alone (a headline and a dateline heading).
				{"headings", `<article id="a">` + head + `<h5>` + tt.date + `</h5>` + body + `</article>`, "a", []string{tt.title}},
			}
			for _, c := range cases {
				root, read := find(t, tt.title, c.html)
				if root != c.root {
					t.Errorf("%s: root %q, want %q", c.name, root, c.root)
				}
				for _, s := range c.read {
					if !strings.Contains(read, s) {
						t.Errorf("%s: %q is not read:\n%s", c.name, s, read)
					}
				}
			}
		})
	}
}
