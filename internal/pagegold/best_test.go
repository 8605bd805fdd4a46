package pagegold

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/page"
)

// The fixtures below are invented pages, not page text.

func bestOf(t *testing.T, src, expected string, info *PageInfo) Best {
	t.Helper()
	p, err := page.Parse(strings.NewReader(src), "")
	if err != nil {
		t.Fatal(err)
	}
	exp := ""
	if expected != "" {
		doc, err := html.Parse(strings.NewReader(expected))
		if err != nil {
			t.Fatal(err)
		}
		exp = htmlText(doc)
	}
	return BestRoot(p.Walk, -1, exp, info)
}

// An element that holds the article and nothing else meets the criterion,
// although <body> (the chosen root here) does not.
func TestBestRootSomeElementMeetsIt(t *testing.T) {
	for _, c := range []struct {
		name, src string
		info      *PageInfo
	}{
		{"en", `<html><body><nav><ul><li>Home</li><li>Weather</li></ul></nav>
<article id="story"><h1>River ferry returns after ten years</h1>
<div class="story-body"><p>The old ferry across the river carried its first passengers on Monday morning.</p>
<p>The town council had voted in 2021 to restore the service.</p></div></article>
<div class="related"><h2>Read more</h2><p>Bridge repairs delayed again</p></div></body></html>`,
			&PageInfo{With: []string{"first passengers on Monday", "voted in 2021"}, Without: []string{"Read more", "Bridge repairs delayed"}}},
		{"de", `<html><body><nav><ul><li>Startseite</li><li>Wetter</li></ul></nav>
<article id="beitrag"><h1>Die Fähre fährt wieder</h1>
<div class="beitrag-text"><p>Die alte Fähre über den Fluss brachte am Montag die ersten Fahrgäste ans andere Ufer.</p>
<p>Der Gemeinderat hatte 2021 beschlossen, den Betrieb wieder aufzunehmen.</p></div></article>
<div class="weitere"><h2>Mehr zum Thema</h2><p>Brückensanierung verzögert sich</p></div></body></html>`,
			&PageInfo{With: []string{"am Montag die ersten Fahrgäste", "hatte 2021 beschlossen"}, Without: []string{"Mehr zum Thema", "Brückensanierung"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := bestOf(t, c.src, "", c.info)
			if !b.AnyOK || !b.Best.OK || b.Best.Shortfall != 0 {
				t.Fatalf("no element meets it: %+v", b)
			}
			// The tightest element that meets it is the body of the text;
			// the article element (with its headline) meets it too.
			if !strings.HasSuffix(b.Best.Path, "> div.story-body") && !strings.HasSuffix(b.Best.Path, "> div.beitrag-text") {
				t.Errorf("best = %s", b.Best.Path)
			}
			if !strings.HasPrefix(b.Best.Path, "body > article#") {
				t.Errorf("path = %s", b.Best.Path)
			}
			if b.Chosen.Box != -1 || b.Chosen.OK || len(b.Chosen.WithoutFound) != 2 {
				t.Errorf("chosen (the whole page) = %+v", b.Chosen)
			}
			if b.Full == nil || b.Clean == nil || !b.Full.OK || !b.Clean.OK {
				t.Errorf("full %+v clean %+v", b.Full, b.Clean)
			}
			if b.Elements < 8 {
				t.Errorf("elements judged = %d", b.Elements)
			}
		})
	}
}

// A without phrase between two paragraphs of the article, inside the
// element that holds them both: no element can meet the criterion.
func TestBestRootNoneCan(t *testing.T) {
	for _, c := range []struct {
		name, src string
		info      *PageInfo
	}{
		{"en", `<html><body><article><div class="text">
<p>Volunteers counted 340 swallows at the lake in May.</p>
<div class="promo"><p>Subscribe to our weekly newsletter</p></div>
<p>The count is repeated every spring since 1998.</p>
</div></article></body></html>`,
			&PageInfo{With: []string{"340 swallows", "every spring since 1998"}, Without: []string{"Subscribe to our weekly newsletter"}}},
		{"de", `<html><body><article><div class="text">
<p>Freiwillige zählten im Mai 340 Schwalben am See.</p>
<div class="promo"><p>Jetzt den Newsletter abonnieren</p></div>
<p>Gezählt wird seit 1998 in jedem Frühjahr.</p>
</div></article></body></html>`,
			&PageInfo{With: []string{"340 Schwalben", "seit 1998 in jedem Frühjahr"}, Without: []string{"Newsletter abonnieren"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := bestOf(t, c.src, "", c.info)
			if b.AnyOK || b.Best.OK {
				t.Fatalf("an element meets it: %+v", b.Best)
			}
			// Holding both paragraphs costs the promo; leaving out the
			// promo costs a paragraph.
			if b.Full == nil || !strings.HasSuffix(b.Full.Path, "div.text") || len(b.Full.WithoutFound) != 1 {
				t.Fatalf("full = %+v", b.Full)
			}
			if want := c.info.Without[0] + ": between"; len(b.Full.WithoutWhere) != 1 || b.Full.WithoutWhere[0] != want {
				t.Errorf("without where = %q, want %q", b.Full.WithoutWhere, want)
			}
			if b.Clean == nil || b.Clean.WithFound != 1 || len(b.Clean.WithMissing) != 1 {
				t.Errorf("clean = %+v", b.Clean)
			}
			if b.Best.Shortfall != 1 || len(b.Best.WithMissing) != 0 {
				t.Errorf("best = %+v (the least shortfall, then the fewest with phrases missing)", b.Best)
			}
		})
	}
}

// With expected.html: the text block meets it, the article element (its
// headline and byline are not in expected.html) does not; the headline's
// with phrase cannot be had with it (AnyWithPhrases), and the outside runs
// name the byline.
func TestBestRootExpected(t *testing.T) {
	src := `<html><body><header><p>Menu Search Login</p></header>
<article><h1>Orchard harvest ends early</h1><p class="byline">By Jane Doe and Tom Roe, staff writers</p>
<div class="body"><p>Apple growers in the valley finished picking three weeks early this year.</p>
<p>A warm spring and a dry summer ripened the fruit sooner than usual, they said.</p></div></article>
<div class="foot"><p>Contact Imprint Privacy</p></div></body></html>`
	expected := `<div><p>Apple growers in the valley finished picking three weeks early this year.</p>
<p>A warm spring and a dry summer ripened the fruit sooner than usual, they said.</p></div>`
	info := &PageInfo{With: []string{"Orchard harvest ends early", "three weeks early"}}
	b := bestOf(t, src, expected, info)
	if !b.AnyOK || !strings.HasSuffix(b.Best.Path, "div.body") || b.Best.Coverage != 100 || b.Best.Outside != 0 {
		t.Fatalf("best = %+v", b.Best)
	}
	if b.AnyWithPhrases {
		t.Errorf("an element meets it and holds the headline")
	}
	if len(b.Best.WithMissing) != 1 || b.Best.WithMissing[0] != "Orchard harvest ends early" {
		t.Errorf("with missing = %v", b.Best.WithMissing)
	}
	if b.Chosen.OK || b.Chosen.Coverage != 100 || b.Chosen.Outside <= 5 {
		t.Errorf("chosen (the whole page) = %+v", b.Chosen)
	}
	runs := strings.Join(b.Chosen.OutsideRuns, " | ")
	for _, want := range []string{"menu search login orchard harvest ends early by jane doe", "[start]", "contact imprint privacy [end]"} {
		if !strings.Contains(runs, want) {
			t.Errorf("outside runs = %q, want %q among them", runs, want)
		}
	}
	// A promo between the two paragraphs: no element can leave it out.
	src = `<html><body><article><div class="text">
<p>Apple growers in the valley finished picking three weeks early this year.</p>
<div class="promo"><p>Get our daily digest by email</p></div>
<p>A warm spring and a dry summer ripened the fruit sooner than usual, they said.</p>
</div></article></body></html>`
	b = bestOf(t, src, expected, &PageInfo{})
	if b.AnyOK || b.Full == nil || !strings.HasSuffix(b.Full.Path, "div.text") {
		t.Fatalf("promo inside: %+v", b)
	}
	if runs := strings.Join(b.Full.OutsideRuns, " | "); runs != "get our daily digest by email [inside]" {
		t.Errorf("outside runs = %q", runs)
	}
	// Nothing walked, nothing to judge but the empty page.
	if b := BestRoot(&article.Page{}, -1, "", info); b.AnyOK || b.Elements != 1 {
		t.Errorf("empty page: %+v", b)
	}
}
