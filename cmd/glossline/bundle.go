package main

import (
	"bytes"
	"io"

	"github.com/glossline/glossline/internal/manifest"
	"github.com/glossline/glossline/internal/page"
)

// runBundle writes an article page as one self-contained file: the loader,
// the CSS, wasm_exec.js and the wasm inline (page.Bundle), so that it works
// opened from disk with no network. The assets are read from a built dist/
// folder at run time, through its manifest.
func runBundle(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("bundle", "[-dist DIR] [FILE|-] > OUT.html", stderr)
	dist := c.fs.String("dist", "dist", "built dist/ folder (./build.sh) to take the assets from")
	if err := c.fs.Parse(args); err != nil {
		return 2
	}
	if c.fs.NArg() > 1 {
		return c.usage("at most one input file")
	}
	assets, err := manifest.ReadAssets(*dist)
	if err != nil {
		return c.fail(err)
	}
	data, err := readPage(c.input(), stdin, "")
	if err != nil {
		return c.fail(err)
	}
	var out bytes.Buffer
	if err := page.Bundle(&out, bytes.NewReader(data), assets); err != nil {
		return c.fail(err)
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return c.fail(err)
	}
	return 0
}
