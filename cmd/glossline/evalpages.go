package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	iofs "io/fs"
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
	c := newCommand("eval-pages", "[-pages DIR] [-page NAME] [-json]",
		`Annotate the saved real news pages as annotate and bake do, and score
the result against the hand-made gold in internal/pagegold: the article
root, the reference date, the dates, the timeline, the glossary and the
names (docs/REALPAGES.md). The pages are DIR/NAME/page.html for every page
the gold lists; they live in the shared test material (../shared/pages),
not in the repository. It reports and judges nothing: the exit status is
0 when it ran, 1 on an error.`,
		`glossline eval-pages -pages ../shared/pages
glossline eval-pages -pages ../shared/pages -page heise.de.marsmenschen
glossline eval-pages -json > scores.json`, stdout, stderr)
	fs := c.fs
	dir := fs.String("pages", "", "the saved pages, DIR/NAME/page.html (default: ../shared/pages beside the module, or $GLOSSLINE_SHARED/pages)")
	only := fs.String("page", "", "score only this page and list its mismatches")
	asJSON := fs.Bool("json", false, "write the scores as JSON")
	if code, ok := c.parse(args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return c.usage("no arguments expected, got " + quoteArgs(fs.Args()) + "; give the folder as -pages DIR")
	}
	if *dir == "" {
		sh, err := shared.Find()
		if err != nil {
			return c.fail(fmt.Errorf("no pages to score (%v); give -pages DIR", err))
		}
		*dir = filepath.Join(sh, "pages")
	}
	s, err := pagegold.Evaluate(*dir, *only)
	var pe *iofs.PathError
	if errors.As(err, &pe) && errors.Is(err, iofs.ErrNotExist) {
		// A page the gold lists is missing from the folder.
		return c.fail(fmt.Errorf("-pages %s: %s is missing (the folder must hold NAME/page.html for every page of the gold)", *dir, pe.Path))
	}
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
