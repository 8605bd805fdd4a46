package main

import (
	"fmt"
	"io"
	"os"

	"github.com/glossline/glossline/internal/eval"
)

// runEval implements `glossline eval [-tag TIMEX3|TIMEX2] [-lang auto|de|en]
// [-errors] [-pred FILE | -dump-texts FILE] DIR…`: it runs the dates engine
// on the plain text of every annotated document under each DIR and prints
// TempEval-3 scores per DIR, per subdirectory and pooled. TimeML documents
// are resolved against their <DCT>; TIMEX2 documents (WikiWars) have no
// usable document date and are read as narrative.
//
// -dump-texts FILE writes those plain texts as JSON Lines (one DIR) and
// scores nothing; -pred FILE scores another tagger's predictions on them
// instead of the engine (one DIR; format in internal/eval's
// ReadPredictions). Peers in the benchmarks are scored this way, so that
// one scorer serves all.
func runEval(args []string, stdout, stderr io.Writer) int {
	c := newCommand("eval", "[-tag TIMEX3|TIMEX2] [-lang auto|de|en] [-errors] [-pred FILE | -dump-texts FILE] DIR…", stderr)
	fs := c.fs
	tag := fs.String("tag", "TIMEX3", "annotation scheme: TIMEX3 (TimeML) or TIMEX2 (inline, WikiWars)")
	lng := fs.String("lang", "auto", "document language: auto, de or en")
	errs := fs.Bool("errors", false, "list misses, false alarms and wrong values with context")
	pred := fs.String("pred", "", "score this predictions file (JSON Lines) instead of the engine; one DIR")
	dump := fs.String("dump-texts", "", "write the documents' plain texts as JSON Lines to this file (- for stdout) and score nothing; one DIR")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *tag != eval.TIMEX3 && *tag != eval.TIMEX2 {
		return c.usage("-tag must be TIMEX3 or TIMEX2")
	}
	if *lng != "auto" && *lng != "de" && *lng != "en" {
		return c.usage("-lang must be auto, de or en")
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if (*pred != "" || *dump != "") && fs.NArg() != 1 {
		return c.usage("-pred and -dump-texts take exactly one DIR")
	}
	if *pred != "" && *dump != "" {
		return c.usage("-pred and -dump-texts exclude each other")
	}
	if *dump != "" {
		return dumpTexts(c, *dump, fs.Arg(0), *tag, *lng, stdout)
	}
	cfg := eval.Config{Dirs: fs.Args(), Tag: *tag, Tagger: eval.Engine(*lng, *tag)}
	if *pred != "" {
		f, err := os.Open(*pred)
		if err != nil {
			return c.fail(err)
		}
		cfg.Preds, err = eval.ReadPredictions(f)
		f.Close()
		if err != nil {
			return c.fail(fmt.Errorf("%s: %w", *pred, err))
		}
	}
	if *errs {
		cfg.Errors = stdout
	}
	groups, err := eval.Evaluate(cfg)
	if err != nil {
		return c.fail(err)
	}
	eval.WriteTable(stdout, groups, *tag)
	return 0
}

// dumpTexts writes the plain texts of the documents under dir to path ("-":
// stdout) for `eval -dump-texts`.
func dumpTexts(c *command, path, dir, tag, lng string, stdout io.Writer) int {
	w := stdout
	var f *os.File
	if path != "-" {
		var err error
		if f, err = os.Create(path); err != nil {
			return c.fail(err)
		}
		w = f
	}
	_, err := eval.WriteTexts(w, dir, tag, lng)
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return c.fail(err)
	}
	return 0
}
