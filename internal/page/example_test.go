package page_test

import (
	"fmt"
	"strings"

	"github.com/glossline/glossline/internal/page"
)

func ExampleParse() {
	src := `<html lang="de-DE"><head>
<meta property="article:published_time" content="2023-09-13T08:00:00Z">
</head><body><nav>Menü</nav><article><h1>Gipfel</h1><p>Am <a href="/mi">Mittwoch</a> trafen sie sich.</p></article></body></html>`
	p, err := page.Parse(strings.NewReader(src), "")
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Root.Data, p.Lang, p.Dates)
	for _, n := range p.Text {
		fmt.Printf("%02b %q\n", n.Flags, n.Text)
	}
	// Output:
	// article de [{meta 2023-09-13T08:00:00Z}]
	// 101 "Gipfel"
	// 01 "Am "
	// 10 "Mittwoch"
	// 00 " trafen sie sich."
}
