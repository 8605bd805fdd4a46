package timex_test

import (
	"fmt"

	"github.com/glossline/glossline/internal/timex"
)

func ExampleHTMLDateTime() {
	for _, v := range []string{"2023-09-13", "2023-W37", "1950/1953", "PT4H", "P18M", "199"} {
		dt, ok := timex.HTMLDateTime(v)
		fmt.Printf("%s → %q %v\n", v, dt, ok)
	}
	// Output:
	// 2023-09-13 → "2023-09-13" true
	// 2023-W37 → "2023-W37" true
	// 1950/1953 → "1950" true
	// PT4H → "PT4H" true
	// P18M → "" false
	// 199 → "" false
}
