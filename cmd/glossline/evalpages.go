package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"github.com/glossline/glossline/internal/pagegold"
	"github.com/glossline/glossline/internal/shared"
)

// runEvalPages implements `glossline eval-pages [-pages DIR] [-page NAME]
// [-json]`: it annotates the saved real news pages as `annotate` and `bake`
// do and scores them against the hand-made gold of internal/pagegold (the
// article root and reference date of every page; dates, timeline, glossary
// and names where the gold has them). It reports the scores and judges
// nothing: the exit status is 0 when it ran, 1 on an error.
func runEvalPages(args []string, stdout, stderr io.Writer) int {
	c := newCommand("eval-pages", "[-pages DIR] [-page NAME] [-json]", stderr)
	fs := c.fs
	dir := fs.String("pages", "", "the saved pages, DIR/NAME/page.html (default: ../shared/pages beside the module)")
	only := fs.String("page", "", "score only this page and list its mismatches")
	asJSON := fs.Bool("json", false, "write the scores as JSON")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		return c.usage("no arguments expected; use -pages DIR")
	}
	if *dir == "" {
		sh, err := shared.Find()
		if err != nil {
			return c.fail(fmt.Errorf("no pages to score (%v); give -pages DIR", err))
		}
		*dir = filepath.Join(sh, "pages")
	}
	s, err := pagegold.Evaluate(*dir, *only)
	if err != nil {
		return c.fail(err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		err = enc.Encode(s)
	} else {
		err = pagegold.WriteTable(stdout, s)
		if *only != "" && err == nil {
			pagegold.WriteDetail(stdout, s.Pages[0])
		}
	}
	if err != nil {
		return c.fail(err)
	}
	return 0
}
