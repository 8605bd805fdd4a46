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
	c := newCommand("eval", "[-tag TIMEX3|TIMEX2] [-lang auto|de|en] [-errors] [-pred FILE | -dump-texts FILE] DIR…",
		`Score the dates engine on annotated corpora as TempEval-3 does: strict and
relaxed extent precision, recall and F1, type and value accuracy, per DIR,
per subfolder and pooled. A corpus is a folder of TimeML files (.tml, .xml
or .timeml; TIMEX3, resolved against each document's <DCT>) or of inline
TIMEX2 files (-tag TIMEX2, as WikiWars; read as narrative). A folder with
no documents, or no expressions of the tag, is refused.

-dump-texts FILE writes the plain texts the engine is given (JSON Lines
{"doc","text","dct","ref"}) and scores nothing; -pred FILE scores another
tagger's predictions on those texts (JSON Lines {"doc","start","end",
"type","value"}, UTF-8 byte offsets) with the same scorer.`,
		`glossline eval testdata/timeml                  # a tiny corpus of glossline's own
glossline eval -errors -lang de testdata/timeml/de
glossline eval -dump-texts texts.jsonl testdata/timeml
glossline eval -pred predictions.jsonl testdata/timeml
glossline eval -tag TIMEX2 ../shared/corpora/de-wikiwarsde`, stdout, stderr)
	fs := c.fs
	tag := fs.String("tag", "TIMEX3", "annotation scheme: TIMEX3 (TimeML) or TIMEX2 (inline, WikiWars)")
	lng := fs.String("lang", "auto", "document language: auto, de or en")
	errs := fs.Bool("errors", false, "list misses, false alarms and wrong values with context")
	pred := fs.String("pred", "", "score this predictions file (JSON Lines) instead of the engine; one DIR")
	dump := fs.String("dump-texts", "", "write the documents' plain texts as JSON Lines to this file (- for stdout) and score nothing; one DIR")
	if code, ok := c.parse(args); !ok {
		return code
	}
	if msg := badChoice("tag", *tag, eval.TIMEX3, eval.TIMEX2); msg != "" {
		return c.usage(msg)
	}
	if msg := badChoice("lang", *lng, "auto", "de", "en"); msg != "" {
		return c.usage(msg)
	}
	switch {
	case fs.NArg() == 0:
		return c.usage("no corpus folder given")
	case (*pred != "" || *dump != "") && fs.NArg() != 1:
		return c.usage("-pred and -dump-texts take exactly one DIR, got " + quoteArgs(fs.Args()))
	case *pred != "" && *dump != "":
		return c.usage("-pred and -dump-texts exclude each other")
	}
	if *dump != "" {
		return dumpTexts(c, *dump, fs.Arg(0), *tag, *lng, stdout)
	}
	cfg := eval.Config{Dirs: fs.Args(), Tag: *tag, Tagger: eval.Engine(*lng, *tag)}
	if *pred != "" {
		f, err := os.Open(*pred)
		if err != nil {
			return c.fail(fmt.Errorf("-pred %s", describe(err)))
		}
		cfg.Preds, err = eval.ReadPredictions(f)
		f.Close()
		if err != nil {
			return c.fail(fmt.Errorf("-pred %s: %w", *pred, err))
		}
		if len(cfg.Preds) == 0 {
			// Not one prediction: a tagger that failed, or the wrong file.
			return c.fail(fmt.Errorf("-pred %s: no predictions (an empty file scores nothing)", *pred))
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
			return c.fail(fmt.Errorf("-dump-texts %s", describe(err)))
		}
		w = f
	}
	_, err := eval.WriteTexts(w, dir, tag, lng)
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path) // no half-written file behind a failure
		}
	}
	if err != nil {
		return c.fail(err)
	}
	return 0
}
