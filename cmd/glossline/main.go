// Command glossline is the native command-line tool of glossline: the same
// analysis as the browser, for servers, pipelines and evaluation.
//
//	glossline annotate [flags] [FILE|-]   dates, terms, glossary and timeline as JSON or HTML
//	glossline bake [flags] [FILE|-]       the page with the annotation in its HTML (no script needed)
//	glossline bundle [-dist DIR] [FILE|-] the page as one file with everything inline (works offline)
//	glossline learn [flags] FILE…         a publisher glossary of the names nothing defines, looked up in Wikipedia
//	glossline eval [flags] DIR…           TempEval-3 scores on TimeML / TIMEX2 corpora
//	glossline eval-pages [flags]          scores on the saved real news pages and their gold
//	glossline version                     the module version and VCS revision it was built from
//
// Every command takes -h for its flags and examples.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `usage: glossline <command> [flags] [args]

glossline finds the dates, names and acronyms of a German or English news
article and builds its timeline and glossary, as the browser widget does.

commands:
  annotate   find dates, terms and events in an article (text or HTML)
  bake       write an HTML page with the annotation already in its markup
  bundle     write an HTML page as one file with glossline inline (offline)
  learn      look up the names nothing defines and write them as a publisher glossary
  eval       score the dates engine on TimeML / TIMEX2 corpora
  eval-pages score glossline on saved real news pages against their gold
  version    print the version and VCS revision glossline was built from

Run 'glossline <command> -h' for a command's flags and examples.
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
	case "learn":
		return runLearn(args[1:], stdin, stdout, stderr)
	case "eval":
		return runEval(args[1:], stdout, stderr)
	case "eval-pages":
		return runEvalPages(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		return runVersion(args[1:], stdout, stderr)
	case "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case "help":
		// "glossline help CMD" is "glossline CMD -h".
		if len(args) == 2 && args[1] != "help" {
			return run([]string{args[1], "-h"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "glossline: unknown command %q\n\n%s", args[0], usage)
	return 2
}
