// Command glossline is the native command-line tool of glossline: the same
// analysis as the browser, for servers, pipelines and evaluation.
//
//	glossline annotate [flags] [FILE|-]   dates, terms, glossary and timeline as JSON or HTML
//	glossline bake [flags] [FILE|-]       the page with the annotation in its HTML (no script needed)
//	glossline bundle [-dist DIR] [FILE|-] the page as one file with everything inline (works offline)
//	glossline eval [flags] DIR…           TempEval-3 scores on TimeML / TIMEX2 corpora
//	glossline eval-pages [flags]          scores on the saved real news pages and their gold
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `usage: glossline <command> [flags] [args]

commands:
  annotate   find dates, terms and events in an article (text or HTML)
  bake       write an HTML page with the annotation already in its markup
  bundle     write an HTML page as one file with glossline inline (offline)
  eval       score the dates engine on TimeML / TIMEX2 corpora
  eval-pages score glossline on the saved real news pages (../shared/pages)

Run 'glossline <command> -h' for a command's flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "annotate":
		return runAnnotate(args[1:], stdin, stdout, stderr)
	case "bake":
		return runBake(args[1:], stdin, stdout, stderr)
	case "bundle":
		return runBundle(args[1:], stdin, stdout, stderr)
	case "eval":
		return runEval(args[1:], stdout, stderr)
	case "eval-pages":
		return runEvalPages(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "glossline: unknown command %q\n\n%s", args[0], usage)
	return 2
}
