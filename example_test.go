package glossline_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/glossline/glossline"
)

func ExampleAnnotate() {
	text := "The WMO said on Monday, 4 March 2024, that the storm season had begun.\n\n" +
		"Forecasters expect more storms on Tuesday."
	doc, err := glossline.Annotate([]byte(text), &glossline.Options{Ref: "2024-03-05"})
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.Lang, *doc.ReferenceDate.Value, doc.ReferenceDate.Source)
	for _, d := range doc.Dates {
		fmt.Printf("%s %q %s %s\n", d.ID, d.Text, d.Type, d.Value)
	}
	for _, t := range doc.Terms {
		fmt.Printf("term %q → %s\n", text[t.Start:t.End], t.Entry)
	}
	for _, e := range doc.Timeline {
		fmt.Println(e.Date, e.Label)
	}
	// Output:
	// en 2024-03-05 flag
	// d1 "Monday, 4 March 2024" DATE 2024-03-04
	// d2 "Tuesday" DATE 2024-03-05
	// term "WMO" → wmo
	// 2024-03-04 The WMO said on Monday, 4 March 2024, that the storm season had begun
	// 2024-03-05 Forecasters expect more storms
}

// The Document is the JSON of `glossline annotate -format json`.
func ExampleAnnotate_json() {
	page := `<html lang="de"><head><title>Gipfel</title>
<meta property="article:published_time" content="2023-09-13T08:00:00Z"></head>
<body><article><h1>Die Sturmsaison beginnt früh</h1>
<p>Am Mittwoch begann die Sturmsaison. So früh hatte sie zuletzt im April 2019 begonnen.</p></article></body></html>`
	doc, err := glossline.Annotate([]byte(page), nil)
	if err != nil {
		panic(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(doc)
	// Output:
	// {
	//  "lang": "de",
	//  "reference_date": {
	//   "value": "2023-09-13",
	//   "source": "metadata"
	//  },
	//  "dates": [
	//   {
	//    "id": "d1",
	//    "start": 34,
	//    "end": 42,
	//    "text": "Mittwoch",
	//    "type": "DATE",
	//    "value": "2023-09-13"
	//   },
	//   {
	//    "id": "d2",
	//    "start": 97,
	//    "end": 107,
	//    "text": "April 2019",
	//    "type": "DATE",
	//    "value": "2019-04"
	//   }
	//  ],
	//  "terms": [],
	//  "glossary": [],
	//  "names": [],
	//  "timeline": [
	//   {
	//    "date": "2019-04",
	//    "label": "So früh hatte sie zuletzt im April 2019 begonnen",
	//    "dates": [
	//     "d2"
	//    ],
	//    "sentences": [
	//     {
	//      "start": 67,
	//      "end": 117
	//     }
	//    ]
	//   },
	//   {
	//    "date": "2023-09-13",
	//    "label": "Am Mittwoch begann die Sturmsaison",
	//    "dates": [
	//     "d1"
	//    ],
	//    "sentences": [
	//     {
	//      "start": 31,
	//      "end": 66
	//     }
	//    ]
	//   }
	//  ]
	// }
}

func ExampleBake() {
	page := `<!doctype html><html lang="en"><head><title>Storm</title>
<script src="/glossline/glossline.js" defer></script></head>
<body><article><h1>Storm season starts early</h1>
<p>The WMO said on Monday, 4 March 2024, that the storm season had begun, earlier than in any year since 1990.</p>
<p>Forecasters expect more storms on Tuesday, and a calmer week after the first of April, when the winds turn.</p>
<p>Insurers said the damage of the first storms was lower than in 2023.</p>
</article></body></html>`
	res, err := glossline.Bake([]byte(page), &glossline.BakeOptions{Ref: "2024-03-05"})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Status)
	html := string(res.HTML)
	for _, want := range []string{`<link rel="stylesheet" href="/glossline/glossline.css"/>`, `<article data-glossline="done">`, `<aside class="gl-panel"`} {
		fmt.Println(strings.Contains(html, want), want)
	}
	start := strings.Index(html, "<time")
	fmt.Println(html[start : strings.Index(html[start:], "</time>")+start+7])
	// Output:
	// baked
	// true <link rel="stylesheet" href="/glossline/glossline.css"/>
	// true <article data-glossline="done">
	// true <aside class="gl-panel"
	// <time class="gl-date" id="gl-d1" datetime="2024-03-04" data-value="2024-03-04">Monday, 4 March 2024</time>
}

// A listing page (here: four teasers) is left as it was, byte for byte.
func ExampleBake_listing() {
	var b strings.Builder
	b.WriteString(`<html lang="en"><head><title>Weather</title></head><body><main><h1>Weather</h1>`)
	for _, h := range []string{"Storm season starts early", "Floods in the north", "A dry spring ahead", "Snow in April"} {
		fmt.Fprintf(&b, `<div class="item"><h2><a href="/a">%s</a></h2><p>What the forecasters expect for the coming days, and why the season began so early this year.</p></div>`, h)
	}
	b.WriteString(`</main></body></html>`)
	res, err := glossline.Bake([]byte(b.String()), nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Status, string(res.HTML) == b.String())
	// Output:
	// listing true
}

func ExampleParseGlossary() {
	g, err := glossline.ParseGlossary([]byte(`{"version": 1, "entries": [
	  {"id": "wmo", "term": "WMO", "aliases": ["World Meteorological Organization"], "kind": "organization",
	   "definition": {"en": "The UN agency for weather, climate and water."}}]}`))
	if err != nil {
		panic(err)
	}
	doc, err := glossline.Annotate([]byte("The WMO said on Monday that the season had begun."), &glossline.Options{Glossary: g})
	if err != nil {
		panic(err)
	}
	for _, e := range doc.Glossary {
		fmt.Println(e.Term, e.Source, e.Definition)
	}

	_, err = glossline.ParseGlossary([]byte(`{"entries": [{"id": "Not An Id"}]}`))
	fmt.Println(err)
	// Output:
	// WMO site The UN agency for weather, climate and water.
	// byte 20 (entries[0].id): id must be 1 to 64 characters a-z, 0-9 and '-'
}
