package lang_test

import (
	"fmt"

	"github.com/glossline/glossline/internal/lang"
)

func ExampleDetect() {
	fmt.Println(lang.Detect("Die Gespräche dauerten vier Stunden und wurden später fortgesetzt."))
	fmt.Println(lang.Detect("The talks lasted four hours and were continued later."))
	fmt.Println(lang.Detect("Kim Jong Un, Wladimir Putin"))
	// Output:
	// de
	// en
	// en
}
