package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"

	"github.com/glossline/glossline/internal/page"
)

// runBundle writes an article page as one self-contained file: the loader,
// the CSS, wasm_exec.js and the wasm inline (page.Bundle), so that it works
// opened from disk with no network. The assets are read from a built dist/
// folder at run time, through its manifest.
func runBundle(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bundle", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dist := fs.String("dist", "dist", "built dist/ folder (./build.sh) to take the assets from")
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: glossline bundle [-dist DIR] [FILE|-] > OUT.html\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "glossline bundle: at most one input file")
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "glossline bundle:", err)
		return 1
	}
	assets, err := page.ReadAssets(*dist)
	if err != nil {
		return fail(err)
	}
	name := "-"
	if fs.NArg() == 1 {
		name = fs.Arg(0)
	}
	data, err := readInput(name, stdin)
	if err != nil {
		return fail(err)
	}
	if !page.IsHTML(data) {
		return fail(fmt.Errorf("%s: not an HTML page", name))
	}
	var out bytes.Buffer
	if err := page.Bundle(&out, bytes.NewReader(data), assets); err != nil {
		return fail(err)
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return fail(err)
	}
	return 0
}
