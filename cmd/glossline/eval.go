package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/glossline/glossline/internal/eval"
)

// runEval implements `glossline eval [-tag TIMEX3|TIMEX2] [-lang auto|de|en]
// [-errors] DIR…`: it runs the dates engine on the plain text of every
// annotated document under each DIR and prints TempEval-3 scores per DIR,
// per subdirectory and pooled. TimeML documents are resolved against their
// <DCT>; TIMEX2 documents (WikiWars) have no usable document date and are
// read as narrative.
func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tag := fs.String("tag", "TIMEX3", "annotation scheme: TIMEX3 (TimeML) or TIMEX2 (inline, WikiWars)")
	lng := fs.String("lang", "auto", "document language: auto, de or en")
	errs := fs.Bool("errors", false, "list misses, false alarms and wrong values with context")
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: glossline eval [-tag TIMEX3|TIMEX2] [-lang auto|de|en] [-errors] DIR…\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *tag != eval.TIMEX3 && *tag != eval.TIMEX2 {
		fmt.Fprintln(stderr, "glossline eval: -tag must be TIMEX3 or TIMEX2")
		return 2
	}
	if *lng != "auto" && *lng != "de" && *lng != "en" {
		fmt.Fprintln(stderr, "glossline eval: -lang must be auto, de or en")
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	cfg := eval.Config{Dirs: fs.Args(), Tag: *tag, Tagger: eval.Engine(*lng, *tag)}
	if *errs {
		cfg.Errors = stdout
	}
	groups, err := eval.Evaluate(cfg)
	if err != nil {
		fmt.Fprintln(stderr, "glossline eval:", err)
		return 1
	}
	eval.WriteTable(stdout, groups, *tag)
	return 0
}
