//go:build e2e

package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// ldHead is JSON-LD as news pages carry it, with dates that must not be
// taken for the article's: a list of related articles first (their dates
// are nested, not the page's), then a @graph whose web page comes before
// the article. The article's date is the one the demo's text implies.
const ldHead = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList",
 "itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"NewsArticle","datePublished":"2019-03-01T10:00:00Z"}}]}</script>
<script type="application/ld+json">
//<![CDATA[
{"@context":"https:\/\/schema.org","@graph":[
 {"@type":"WebPage","datePublished":"2019-03-02T10:00:00Z"},
 {"@type":["NewsArticle"],"headline":"Gipfel in Wostotschny","datePublished":"2023-09-14T09:30:00+02:00"}]}
//]]>
</script>
`

// TestJSONLDReference: on a page whose JSON-LD has misleading dates before
// the article's, the browser takes the article's date as the reference
// (its dates come out as on the demo page, where the text implies the
// same day), and `glossline bake` takes the same one.
func TestJSONLDReference(t *testing.T) {
	demo, err := os.ReadFile(filepath.Join(distDir(t), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := strings.Replace(string(demo), "</head>", ldHead+"</head>", 1)
	if page == string(demo) {
		t.Fatal("index.html: no </head>")
	}
	url := pageServer(t, map[string][]byte{"/ld.html": []byte(page)})
	ctx := browser(t)
	const dates = `[...document.querySelectorAll('article time[datetime]')].map(t => t.getAttribute('datetime')).join(' ')`

	openWant(t, ctx, url+"/", "ok")
	want := eval[string](t, ctx, dates)
	if !strings.Contains(want, "2023-09-13") {
		t.Fatalf("demo page: no 2023-09-13 among its dates: %s", want)
	}
	ctx = browser(t)
	openWant(t, ctx, url+"/ld.html", "ok")
	if got := eval[string](t, ctx, dates); got != want {
		t.Errorf("with JSON-LD the browser's dates are\n%s\nwant (as on the demo page)\n%s", got, want)
	}

	// The command line reads the same rule: bake the page from a file
	// beside the built assets.
	file := filepath.Join(t.TempDir(), "ld.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(bakeFile(t, file)))
	if err != nil {
		t.Fatal(err)
	}
	var baked []string
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		inArticle = inArticle || n.Type == html.ElementNode && n.Data == "article"
		if inArticle && n.Type == html.ElementNode && n.Data == "time" {
			for _, a := range n.Attr {
				if a.Key == "datetime" {
					baked = append(baked, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(doc, false)
	if got := strings.Join(baked, " "); got != want {
		t.Errorf("glossline bake's dates are\n%s\nwant (the browser's)\n%s", got, want)
	}
}
