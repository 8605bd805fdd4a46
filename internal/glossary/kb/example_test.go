package kb_test

import (
	"fmt"

	"github.com/glossline/glossline/internal/glossary/kb"
)

// One entry carries the names of a thing in both languages, so an English
// "DPRK" and a German "DVRK" resolve to the same definition.
func ExampleEntries() {
	for _, e := range kb.Entries() {
		for _, name := range e.Names["en"] {
			if name == "DPRK" {
				fmt.Println(e.ID, e.Kind)
				fmt.Println(e.Names["de"][0], "/", e.Names["en"][0])
			}
		}
	}
	// Output:
	// north-korea place
	// DVRK / DPRK
}
