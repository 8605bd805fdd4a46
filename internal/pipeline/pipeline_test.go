package pipeline_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/analyze"
	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/page"
	"github.com/glossline/glossline/internal/pipeline"
)

// TestDecisions is the one table of the language and reference-date rules:
// each case is a page as the command line parses it (the browser's loader
// collects the same facts, checked in internal/e2e) plus the caller's
// options, and what Run decides.
func TestDecisions(t *testing.T) {
	const de = `<p>Der Minister traf am Mittwoch in Berlin ein, sagte die Nachrichtenagentur.</p>`
	const en = `<p>The minister arrived in Berlin on Wednesday, the news agency said.</p>`
	tests := []struct {
		name       string
		page       string // the <head> and <body> content
		lang, ref  string // the caller's -lang/data-lang and -ref/data-ref
		wantLang   string
		wantRef    string
		wantSource string
	}{
		// The reference date.
		{"nothing: inferred or none", de, "", "", "de", "", analyze.RefNone},
		{"caller wins over JSON-LD", ld(`{"@type":"NewsArticle","datePublished":"2020-01-01T10:00:00Z"}`) + de, "", "2024-03-08", "de", "2024-03-08", analyze.RefFlag},
		{"a caller date that does not parse is ignored", meta("2024-06-14T07:30:00+02:00") + de, "", "not a date", "de", "2024-06-14", analyze.RefMetadata},
		{"json-ld object", ld(`{"@type":"NewsArticle","datePublished":"2023-09-13T08:00:00Z"}`) + de, "", "", "de", "2023-09-13", analyze.RefMetadata},
		{"json-ld array", ld(`[{"@type":"Organization"},{"@type":"Article","datePublished":"2023-09-12"}]`) + de, "", "", "de", "2023-09-12", analyze.RefMetadata},
		{"json-ld graph prefers the article", ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":["NewsArticle"],"datePublished":"2023-09-14"}]}`) + de, "", "", "de", "2023-09-14", analyze.RefMetadata},
		{"json-ld any object when no article", ld(`{"@type":"WebPage","datePublished":"2022-02-02"}`) + de, "", "", "de", "2022-02-02", analyze.RefMetadata},
		{"json-ld second script", ld(`{"@type":"BreadcrumbList"}`) + ld(`{"@type":"ReportageNewsArticle","datePublished":" 2023-09-15 "}`) + de, "", "", "de", "2023-09-15", analyze.RefMetadata},
		{"json-ld with comment wrapper and type params", `<script type="Application/LD+JSON; charset=utf-8"><!-- {"@type":"Article","datePublished":"2023-01-02"} --></script>` + de, "", "", "de", "2023-01-02", analyze.RefMetadata},
		{"json-ld broken falls through", `<script type="application/ld+json">{"datePublished": </script>` + meta("2023-03-04") + de, "", "", "de", "2023-03-04", analyze.RefMetadata},
		{"json-ld beats meta", meta("2001-01-01") + ld(`{"@type":"Article","datePublished":"2023-09-13"}`) + de, "", "", "de", "2023-09-13", analyze.RefMetadata},
		{"meta property", meta("2023-09-13T10:00:00+02:00") + de, "", "", "de", "2023-09-13", analyze.RefMetadata},
		{"meta beats itemprop", `<meta itemprop="datePublished" content="2002-02-02">` + meta("2023-09-13") + de, "", "", "de", "2023-09-13", analyze.RefMetadata},
		{"meta that does not parse falls through", meta("yesterday") + `<meta itemprop="datePublished" content="2023-09-10">` + de, "", "", "de", "2023-09-10", analyze.RefMetadata},
		{"meta itemprop", `<meta itemprop="datePublished" content="2023-09-10">` + de, "", "", "de", "2023-09-10", analyze.RefMetadata},
		{"time itemprop", `<article><time itemprop="datePublished" datetime="2023-09-11">11.9.</time>` + de + `</article>`, "", "", "de", "2023-09-11", analyze.RefMetadata},
		{"byline class", `<time datetime="1999-01-01">alt</time><div class="article-byline">Von X, <time datetime="2023-09-09">9.9.</time></div>` + de, "", "", "de", "2023-09-09", analyze.RefMetadata},
		{"rel author parent", `<p><a rel="author" href=/a>X</a> <time datetime="2023-09-08">8.9.</time></p>` + de, "", "", "de", "2023-09-08", analyze.RefMetadata},
		{"article header", `<header><time datetime="1999-09-09">site</time></header><article><header><h1>T</h1><time datetime="2023-09-07">7.9.</time></header>` + de + `</article>`, "", "", "de", "2023-09-07", analyze.RefMetadata},
		{"time outside byline ignored", `<article><p>Am <time datetime="2023-09-06">6.9.</time> kam er.</p>` + de + `</article>`, "", "", "de", "", analyze.RefNone},

		{"the itemprop of an article item, not of its video", `<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2023-09-20"></div>` +
			`<article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2023-09-14">` + de + `</article>`, "", "", "de", "2023-09-14", analyze.RefMetadata},
		{"a video's JSON-LD date is not the article's", ld(`{"@type":"VideoObject","datePublished":"2023-09-20"}`) + `<link rel="canonical" href="https://example.org/2023/09/14/gipfel/">` + de, "", "", "de", "2023-09-14", analyze.RefMetadata},
		{"a time near the article's start", `<article><h1>Gipfel in Wladiwostok vereinbart</h1><p><time datetime="2023-09-14T10:00:00Z">vor einem Tag</time></p>` + de + de + `</article>`, "", "", "de", "2023-09-14", analyze.RefMetadata},
		{"a dateline above the article", `<p class="kicker">Donnerstag, 14. September 2023, 16:26 Uhr</p><article>` + de + de + `</article>`, "", "", "de", "2023-09-14", analyze.RefMetadata},
		{"a dated line with its author, left out of the article", `<article><h1>Gipfel in Wladiwostok vereinbart</h1><div class="unterzeile">Radio Nord - Das Morgenmagazin - 14.09.2023 09:30 Uhr Autor/in: Anna Berg</div>` + de + de + `</article>`, "", "", "de", "2023-09-14", analyze.RefMetadata},
		{"a dated line with its author, in English", `<article><h1>Summit agreed in Vladivostok</h1><div class="subline">City Radio - The Morning Show - September 14, 2023 9:30 AM Author: Jane Doe</div>` + en + en + `</article>`, "", "", "en", "2023-09-14", analyze.RefMetadata},
		{"a date in the canonical address", `<link rel="canonical" href="https://example.org/politik/2023/09/14/gipfel">` + de, "", "", "de", "2023-09-14", analyze.RefMetadata},
		{"a date in og:url", `<meta property="og:url" content="https://example.org/gipfel-20230914">` + de, "", "", "de", "", analyze.RefNone},

		// The language.
		{"html lang with region", `<html lang="de-DE">` + de, "", "", "de", "", analyze.RefNone},
		{"the article's lang over the page's", `<div lang="DE-at"><article>` + de + `</article></div>`, "", "", "de", "", analyze.RefNone},
		{"page lang with region", `<div lang="de-AT">` + de + `</div>`, "", "", "de", "", analyze.RefNone},
		{"page lang wins over detection", `<div lang="en">` + de + `</div>`, "", "", "en", "", analyze.RefNone},
		{"caller auto: the page's lang", `<div lang="en">` + de + `</div>`, "auto", "", "en", "", analyze.RefNone},
		{"caller language wins over the page's", `<div lang="en">` + de + `</div>`, "de", "", "de", "", analyze.RefNone},
		{"undetermined page lang: detect", `<div lang="und">` + en + `</div>`, "", "", "en", "", analyze.RefNone},
		{"declared French: left alone", `<div lang="fr">` + de + `</div>`, "", "", "fr", "", analyze.RefNone},
		{"no lang: detect", de, "", "", "de", "", analyze.RefNone},
		{"a French article on a page that says English", `<div lang="en"><p>Le ministre est arrivé mercredi à Berlin, selon l'agence de presse, et il a rencontré les délégués de la commission pour une longue réunion.</p></div>`, "", "", "fr", "", analyze.RefNone},
		{"the caller's language is trusted", `<div lang="en"><p>Le ministre est arrivé mercredi à Berlin, selon l'agence de presse, et il a rencontré les délégués.</p></div>`, "en", "", "en", "", analyze.RefNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.page
			if !strings.HasPrefix(src, "<html") {
				src = `<html><body>` + src + `</body></html>`
			}
			p, err := page.Parse(strings.NewReader("<!doctype html>"+src), "")
			if err != nil {
				t.Fatal(err)
			}
			in := p.Input()
			in.Lang, in.Ref = tt.lang, tt.ref
			out := pipeline.Run(in)
			r := out.Result
			if r.Lang != tt.wantLang || r.Ref.String() != tt.wantRef && tt.wantSource != analyze.RefNone || r.RefSource != tt.wantSource && !(tt.wantSource == analyze.RefNone && r.RefSource == analyze.RefInferred) {
				t.Errorf("lang %q, ref %q (%s); want %q, %q (%s)", r.Lang, r.Ref, r.RefSource, tt.wantLang, tt.wantRef, tt.wantSource)
			}
			if out.Plan.Lang != r.Lang {
				t.Errorf("plan lang %q, result %q", out.Plan.Lang, r.Lang)
			}
		})
	}
}

func ld(json string) string { return `<script type="application/ld+json">` + json + `</script>` }

func meta(date string) string {
	return `<meta property="article:published_time" content="` + date + `">`
}

func TestDecodeCandidates(t *testing.T) {
	got := pipeline.DecodeCandidates("meta=2023-09-13\x00junk\x00byline= 2023-09-14 \x00")
	want := []pipeline.Candidate{{Source: "meta", Value: "2023-09-13"}, {Source: "byline", Value: " 2023-09-14 "}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %+v", got)
	}
	if pipeline.DecodeCandidates("") != nil {
		t.Error("empty input gave candidates")
	}
}

// TestWarnings: problems worth a console line reach both the Output and
// the plan, and the article is still annotated.
func TestWarnings(t *testing.T) {
	out := pipeline.Run(pipeline.Input{Plain: "Der Minister kam am 13. September 2023 nach Berlin.", Lang: "de", SiteErr: errors.New("bad JSON")})
	if len(out.Warnings) != 1 || !strings.Contains(out.Plan.Warning, "publisher glossary ignored: bad JSON") || len(out.Result.Dates) == 0 {
		t.Errorf("warnings %q, plan warning %q, %d dates", out.Warnings, out.Plan.Warning, len(out.Result.Dates))
	}
	out = pipeline.Run(pipeline.Input{Plain: "Le ministre est arrivé.", Lang: "fr"})
	if len(out.Warnings) != 1 || !strings.Contains(out.Warnings[0], `"fr" left alone`) {
		t.Errorf("warnings %q", out.Warnings)
	}
}

// TestRunNeverPanics feeds odd inputs.
func TestRunNeverPanics(t *testing.T) {
	for _, in := range []pipeline.Input{
		{},
		{Plain: "\xff\xfe"},
		{Page: nil, Plain: strings.Repeat("a ", 10)},
		{Page: &article.Page{Nodes: []article.Node{{Text: "x"}}, Boxes: []article.Box{{Tag: "p", Parent: 5, First: 3, End: 1}}}},
		{Page: &article.Page{Nodes: []article.Node{{Text: strings.Repeat("Wort ", 40)}}, Boxes: []article.Box{{Tag: "div", Parent: -1, First: 0, End: 9}}, Times: []article.Time{{Node: 99}}}},
		{LD: []string{"{", "\x00"}, Dates: []pipeline.Candidate{{Source: "meta", Value: ""}}},
	} {
		pipeline.Run(in)
	}
}

// TestFindArticle: the article on pages of our own, one class of page
// each, and what inside it is left out. Every page is read as the browser's
// loader would send it (page.Parse walks <body> the same way).
func TestFindArticle(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " Der Ausschuss des Landtags tagte am Mittwoch bis in den späten Abend, und die Abgeordneten stritten über den Haushalt des kommenden Jahres.</p>"
	}
	story := `<h1>Landtag streitet über den Haushalt</h1>` + para("Erstens.") + para("Zweitens.") + para("Drittens.") + para("Viertens.")
	teaser := `<article class="teaser"><h2><a href="/x">Wetter: Sonne am Wochenende</a></h2><p><a href="/x">Mehr lesen</a></p></article>`
	tests := []struct {
		name    string
		page    string
		root    string   // the id of the chosen root; "" for the walked <body> itself, "-" for none
		without []string // text the analysis must not read
	}{
		{"a teaser card before the article", teaser + `<article id="a">` + story + `</article>`, "a", []string{"Wetter"}},
		{"a hidden alert box first", `<article id="alert" style="display: none">` + story + `</article><article id="a">` + story + `</article>`, "a", nil},
		{"a menu of long links", `<div class="menu" id="m"><ul><li><a href="/1">` + strings.Repeat("Ein langer Menüpunkt mit vielen Wörtern ", 8) + `</a></li></ul></div><div id="a">` + story + `</div>`, "a", nil},
		{"no article element: the block of paragraphs, not the promo", `<div id="promo"><p>Abonnieren Sie jetzt unser Angebot und lesen Sie alle Artikel ohne Werbung für nur einen Euro im ersten Monat.</p></div><div id="a">` + story + `</div>`, "a", []string{"Abonnieren"}},
		{"the article among full articles is the one of the title", `<article id="other"><h2>Bahn erhöht die Preise</h2>` + para("Die Bahn.") + para("Die Preise.") + para("Die Kunden.") + para("Die Gewerkschaft.") + para("Der Verband.") + `</article><article id="a">` + story + `</article>`, "a", []string{"Bahn"}},
		{"a date-only line in a wrapper's own text, in a month name the article's language does not have", `<article id="a"><h1>Landtag streitet über den Haushalt</h1><div class="inhalt"><p class="autoren">Anna Berg</p>3. May 2021` + para("Erstens.") + para("Zweitens.") + para("Drittens.") + `</div></article>`, "a", []string{"May"}},
		{"paragraphs straight in body", para("Eins.") + para("Zwei."), "", nil},
		{"non-article blocks inside the article", `<article id="a"><h1>Landtag streitet über den Haushalt</h1>` +
			`<p class="byline">Von Anna Berg</p><div class="share">Jetzt teilen auf: Facebook Twitter</div><p>Lesezeit: 3 Min.</p>` +
			para("Erstens.") + `<figure><img alt=""><figcaption>Der Plenarsaal.</figcaption><p class="credit">Foto: dpa</p></figure>` + para("Zweitens.") +
			`<div class="newsletter">Keine Neuigkeiten mehr verpassen: Abonnieren Sie den Newsletter am Montag</div>` + para("Drittens.") +
			`<div class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/1">Landtag beschließt Schulgesetz am 3. Mai</a></li><li><a href="/2">Opposition klagt am Dienstag</a></li></ul></div>` +
			`<p>571 Kommentare</p><div class="author-bio">Anna Berg ist seit 2015 Landeskorrespondentin.</div>` + para("Viertens.") + `</article>`,
			"a", []string{"Anna Berg", "teilen", "Lesezeit", "dpa", "Newsletter", "Schulgesetz", "Kommentare", "2015"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := page.Parse(strings.NewReader(`<!doctype html><html lang="de"><head><title>Landtag streitet über den Haushalt | Zeitung</title></head><body>`+tt.page+`</body></html>`), "")
			if err != nil {
				t.Fatal(err)
			}
			out := pipeline.Run(p.Input())
			got := "-"
			if out.Plan.Status != "skipped" {
				got = ""
				if r := p.Root(out.Plan); r != nil && r.Data != "body" {
					for _, a := range r.Attr {
						if a.Key == "id" {
							got = a.Val
						}
					}
				}
			}
			if got != tt.root {
				t.Errorf("root %q, want %q", got, tt.root)
			}
			for _, w := range tt.without {
				if strings.Contains(out.Text.Text, w) {
					t.Errorf("the analysis reads %q:\n%s", w, out.Text.Text)
				}
			}
			if tt.root != "-" && !strings.Contains(out.Text.Text, "stritten über den Haushalt") {
				t.Errorf("the article's text is not read:\n%s", out.Text.Text)
			}
		})
	}
}

// TestWhereTermsAreMarked: a term in a link's text is marked as a span in
// the link (markup: no link inside a link), except a caption's link (a
// credit, a licence); the headline's terms are marked, a later heading's
// are not.
func TestWhereTermsAreMarked(t *testing.T) {
	for _, tt := range []struct {
		lang, body string
		want, not  []string // in the plan's wraps: "element:text"
	}{
		{"en", `<h1>The EU asks for more</h1><p>Ministers met in Brussels on Monday.</p><h2>NATO meets again</h2><p>The talks were hosted by <a href="/topics/nato">NATO</a> in Brussels on Tuesday, officials said after the meeting ended.</p>` +
			`<figure><img src=x.jpg alt=""><figcaption>The harbour at dawn. <a href="/licence">UNESCO</a></figcaption></figure>`,
			[]string{"a:EU", "span:NATO"}, []string{"a:NATO", "span:UNESCO", "a:UNESCO"}},
		{"de", `<h1>Die EU verlangt mehr</h1><p>Die Minister trafen sich am Montag in Brüssel.</p><h2>Die NATO tagt wieder</h2><p>Die Gespräche richtete die <a href="/themen/nato">NATO</a> am Dienstag in Brüssel aus, sagten Diplomaten nach dem Treffen.</p>` +
			`<figure><img src=x.jpg alt=""><figcaption>Der Hafen am Morgen. <a href="/lizenz">UNESCO</a></figcaption></figure>`,
			[]string{"a:EU", "span:NATO"}, []string{"a:NATO", "span:UNESCO", "a:UNESCO"}},
	} {
		p, err := page.Parse(strings.NewReader(`<!doctype html><html lang="`+tt.lang+`"><body><article>`+tt.body+`</article></body></html>`), "")
		if err != nil {
			t.Fatal(err)
		}
		out := pipeline.Run(p.Input())
		got := map[string]bool{}
		for _, w := range out.Plan.Wraps {
			if strings.HasPrefix(w.El.Attr("class"), "gl-term") {
				got[w.El.Tag+":"+out.Text.Nodes[w.Node].Text[w.From:w.To]] = true
			}
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%s: %s not marked (marked: %v)", tt.lang, w, got)
			}
		}
		for _, w := range tt.not {
			if got[w] {
				t.Errorf("%s: %s marked", tt.lang, w)
			}
		}
	}
}
