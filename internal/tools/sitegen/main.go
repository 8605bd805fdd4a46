// Command sitegen writes a made-up news archive for `glossline bake` on
// folders (internal/sitegen): go run ./internal/tools/sitegen -n 10000 -out /tmp/archive
package main

import (
	"flag"
	"fmt"
	"log"
	"sort"

	"github.com/glossline/glossline/internal/sitegen"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("sitegen: ")
	n := flag.Int("n", 10000, "pages")
	out := flag.String("out", "archive", "folder to write (created)")
	seed := flag.Uint64("seed", 1, "seed: the same seed and -n give the same bytes")
	flag.Parse()
	counts, err := sitegen.Generate(*out, *n, *seed)
	if err != nil {
		log.Fatal(err)
	}
	var kinds []string
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("%-8s %6d\n", k, counts[k])
	}
}
