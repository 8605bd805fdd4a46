package timeline_test

import (
	"fmt"

	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/temporal"
	textpkg "github.com/glossline/glossline/internal/text"
	"github.com/glossline/glossline/internal/timeline"
)

func ExampleBuild() {
	text := "Der Gipfel begann am Mittwoch in Wladiwostok. Seit 2022 testet das Land Raketen."
	exprs := []temporal.Expr{
		{Start: 21, End: 29, Type: "DATE", Value: "2023-09-13"},
		{Start: 52, End: 56, Type: "DATE", Value: "2022", Open: "after"},
	}
	doc := textpkg.New(text)
	segment.Split(doc, "de") // the sentences [0, 45) and [46, len(text))
	for _, e := range timeline.Build(timeline.Input{Doc: doc, Exprs: exprs}) {
		fmt.Printf("%s: %s\n", timeline.FormatEntryDate(e, "de"), e.Label)
	}
	// Output:
	// seit 2022: Seit 2022 testet das Land Raketen
	// Mi., 13. Sept. 2023: Der Gipfel begann am Mittwoch in Wladiwostok
}

func ExampleFormatDate() {
	for _, v := range []string{"2023-09-12", "2023-09", "1950/1953", "199", "18"} {
		fmt.Printf("%s | %s\n", timeline.FormatDate(v, "de"), timeline.FormatDate(v, "en"))
	}
	// Output:
	// Di., 12. Sept. 2023 | Tue, Sep 12, 2023
	// September 2023 | September 2023
	// 1950–1953 | 1950–1953
	// 1990er | 1990s
	// 19. Jahrhundert | 19th century
}
