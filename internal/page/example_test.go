package page_test

import (
	"fmt"
	"strings"

	"github.com/glossline/glossline/internal/page"
)

func ExampleParse() {
	src := `<html lang="de-DE"><head><title>Gipfel | Zeitung</title>
<meta property="article:published_time" content="2023-09-13T08:00:00Z">
</head><body><nav>Menü</nav><article><h1>Gipfel</h1><p>Am <a href="/mi">Mittwoch</a> trafen sie sich.</p></article></body></html>`
	p, err := page.Parse(strings.NewReader(src), "")
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Walk.Title, p.Dates)
	for _, b := range p.Walk.Boxes {
		fmt.Printf("<%s> nodes %d–%d\n", b.Tag, b.First, b.End)
	}
	for _, n := range p.Text {
		fmt.Printf("%02b %q\n", n.Flags, n.Text)
	}
	// Output:
	// Gipfel | Zeitung [{meta 2023-09-13T08:00:00Z }]
	// <article> nodes 0–4
	// <h1> nodes 0–1
	// <p> nodes 1–4
	// 101 "Gipfel"
	// 01 "Am "
	// 10 "Mittwoch"
	// 00 " trafen sie sich."
}
