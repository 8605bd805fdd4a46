package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/glossline/glossline/internal/manifest"
	"github.com/glossline/glossline/internal/page"
)

// runBundle writes an article page as one self-contained file: the loader,
// the CSS, wasm_exec.js and the wasm inline (page.Bundle), so that it works
// opened from disk with no network. The assets are read from a built dist/
// folder at run time, through its manifest.
func runBundle(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("bundle", "[-dist DIR] [FILE|-] > OUT.html",
		`Write an article page as one HTML file that carries glossline whole — the
loader, the stylesheet, wasm_exec.js and the wasm (gzip, base64) inline —
so that it annotates itself opened from disk with the network off. The
assets come from a built dist/ folder (./build.sh); the page's own
glossline.js script tag keeps its data-* options.`,
		`./build.sh && glossline bundle index.html > offline.html
glossline bundle -dist /srv/glossline article.html > article-offline.html`, stdout, stderr)
	dist := c.fs.String("dist", "dist", "built dist/ folder (./build.sh) to take the assets from")
	if code, ok := c.parse(args); !ok {
		return code
	}
	if c.fs.NArg() > 1 {
		return c.usage("at most one input file, got " + quoteArgs(c.fs.Args()))
	}
	assets, err := manifest.ReadAssets(*dist)
	if err != nil {
		return c.fail(err)
	}
	name := c.input()
	data, err := readPage(name, stdin, "")
	if err != nil {
		return c.fail(err)
	}
	var out bytes.Buffer
	if err := page.Bundle(&out, bytes.NewReader(data), assets); err != nil {
		return c.fail(fmt.Errorf("%s: %w", inputName(name), err))
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return c.fail(err)
	}
	return 0
}
