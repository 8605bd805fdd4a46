package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/glossline/glossline/internal/timex"

	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/page"
)

// command is one subcommand's flag set and how it reports problems: a line
// "glossline NAME: …" on standard error, exit status 2 for a usage error and
// 1 for a failure.
type command struct {
	name   string
	fs     *flag.FlagSet
	stderr io.Writer
}

// newCommand makes the flag set of "glossline name"; synopsis is the usage
// line after the command's name.
func newCommand(name, synopsis string, stderr io.Writer) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: glossline "+name+" "+synopsis+"\n\n")
		fs.PrintDefaults()
	}
	return &command{name: name, fs: fs, stderr: stderr}
}

// usage reports a usage error (exit status 2).
func (c *command) usage(msg string) int {
	fmt.Fprintln(c.stderr, "glossline "+c.name+":", msg)
	return 2
}

// fail reports a failure (exit status 1).
func (c *command) fail(err error) int {
	fmt.Fprintln(c.stderr, "glossline "+c.name+":", err)
	return 1
}

// input is the command's one input file, "-" (standard input) when none is
// given.
func (c *command) input() string {
	if c.fs.NArg() == 1 {
		return c.fs.Arg(0)
	}
	return "-"
}

// choiceError returns the usage error of a bad -lang or -mark value, ""
// when both are good. An empty value is good only where it is the flag's
// default (bake: the page's own data-* attributes decide).
func (c *command) choiceError(lang, mark string) string {
	empty := func(name, v string) bool { return v == "" && c.fs.Lookup(name).DefValue == "" }
	switch {
	case lang != "auto" && lang != "de" && lang != "en" && !empty("lang", lang):
		return "-lang must be auto, de or en"
	case mark != "first-per-paragraph" && mark != "all" && !empty("mark", mark):
		return "-mark must be first-per-paragraph or all"
	}
	return ""
}

// badRef reports whether a -ref value is given and is not a date.
func badRef(ref string) bool {
	_, ok := timex.ParseDate(ref)
	return ref != "" && !ok
}

// readPage reads an HTML page (see readInput); hint ends the error for
// input that is not HTML.
func readPage(name string, stdin io.Reader, hint string) ([]byte, error) {
	data, err := readInput(name, stdin)
	if err == nil && !page.IsHTML(data) {
		err = fmt.Errorf("%s: not an HTML page%s", name, hint)
	}
	return data, err
}

// readSite reads a publisher glossary file (-glossary), strictly; no file
// (path "") is no glossary.
func readSite(path string) (*glossary.Site, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	site, err := glossary.ParseSite(data)
	if err != nil {
		return nil, fmt.Errorf("glossary %s: %w", path, err)
	}
	return site, nil
}
