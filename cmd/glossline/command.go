package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/glossline/glossline/internal/timex"

	"github.com/glossline/glossline"
	"github.com/glossline/glossline/internal/page"
)

// command is one subcommand's flag set and how it talks to the user:
//
//   - "glossline NAME -h" (or -help, --help) prints the whole help — the
//     usage line, what the command does, its flags and examples — on
//     standard output and exits 0, as "glossline -h" does;
//   - a usage error prints "glossline NAME: <what is wrong>" and the usage
//     line on standard error and exits 2; every bad value is echoed;
//   - a failure prints "glossline NAME: <what failed>" on standard error
//     and exits 1. Messages name the file or flag concerned once, and never
//     an internal package.
type command struct {
	name, synopsis  string
	about, examples string
	fs              *flag.FlagSet
	stdout, stderr  io.Writer
}

// newCommand makes the flag set of "glossline name". synopsis is the usage
// line after the command's name, about a paragraph on what it does and
// examples the lines of its examples section (shell commands, with
// comments).
func newCommand(name, synopsis, about, examples string, stdout, stderr io.Writer) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	// The flag package's own messages are written by parse, prefixed like
	// every other message; its usage output is replaced by help.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &command{name: name, synopsis: synopsis, about: about, examples: examples, fs: fs, stdout: stdout, stderr: stderr}
}

// usageLine is "usage: glossline NAME SYNOPSIS".
func (c *command) usageLine() string {
	return strings.TrimSpace("usage: glossline " + c.name + " " + c.synopsis)
}

// help writes the command's whole help to w.
func (c *command) help(w io.Writer) {
	var b strings.Builder
	b.WriteString(c.usageLine() + "\n\n" + strings.TrimSpace(c.about) + "\n")
	n := 0
	c.fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		b.WriteString("\nflags:\n")
		c.fs.SetOutput(&b)
		c.fs.PrintDefaults()
		c.fs.SetOutput(io.Discard)
	}
	if c.examples != "" {
		b.WriteString("\nexamples:\n")
		for _, line := range strings.Split(strings.Trim(c.examples, "\n"), "\n") {
			b.WriteString("  " + line + "\n")
		}
	}
	io.WriteString(w, b.String())
}

// parse parses the command's arguments. ok is false when the command must
// stop and exit with code: 0 after -h, 2 after a usage error (reported).
func (c *command) parse(args []string) (code int, ok bool) {
	err := c.fs.Parse(args)
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		c.help(c.stdout)
		return 0, false
	}
	return c.usage(err.Error()), false
}

// usage reports a usage error (exit status 2): the message, the usage line
// and where the help is.
func (c *command) usage(msg string) int {
	fmt.Fprintf(c.stderr, "glossline %s: %s\n%s\nRun 'glossline %s -h' for help.\n", c.name, msg, c.usageLine(), c.name)
	return 2
}

// fail reports a failure (exit status 1).
func (c *command) fail(err error) int {
	fmt.Fprintln(c.stderr, "glossline "+c.name+":", describe(err))
	return 1
}

// warn writes a note that does not stop the command.
func (c *command) warn(msg string) {
	fmt.Fprintln(c.stderr, "glossline "+c.name+":", msg)
}

// describe is an error's message for the user: a file error names the
// file and what went wrong ("dist/manifest.json: no such file or
// directory"), without the system call ("open", "lstat") that found it.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && err == error(pe) {
		return pe.Path + ": " + pe.Err.Error()
	}
	return err.Error()
}

// badChoice returns the usage error of a flag whose value is not one of
// choices ("" when it is), echoing the value.
func badChoice(flagName, value string, choices ...string) string {
	for _, c := range choices {
		if value == c {
			return ""
		}
	}
	list := strings.Join(choices[:len(choices)-1], ", ") + " or " + choices[len(choices)-1]
	return "-" + flagName + " must be " + list + ", got " + strconv.Quote(value)
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
	if msg := badChoice("lang", lang, "auto", "de", "en"); msg != "" && !empty("lang", lang) {
		return msg
	}
	if msg := badChoice("mark", mark, "first-per-paragraph", "all"); msg != "" && !empty("mark", mark) {
		return msg
	}
	return ""
}

// refError returns the usage error of a -ref value that is given and is
// not a date, "" otherwise.
func refError(ref string) string {
	if _, ok := timex.ParseDate(ref); ref != "" && !ok {
		return "-ref must be a date YYYY-MM-DD, got " + strconv.Quote(ref)
	}
	return ""
}

// inputName is how messages name an input: the file, or "standard input".
func inputName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// readPage reads an HTML page (see readInput); hint ends the error for
// input that is not HTML.
func readPage(name string, stdin io.Reader, hint string) ([]byte, error) {
	data, err := readInput(name, stdin)
	if err == nil && !page.IsHTML(data) {
		err = fmt.Errorf("%s: not an HTML page%s", inputName(name), hint)
	}
	return data, err
}

// readSite reads a publisher glossary file (-glossary), strictly; no file
// (path "") is no glossary. Errors name the flag, the file and the byte
// offset once: "-glossary g.json: byte 24: invalid UTF-8".
func readSite(path string) (*glossline.Glossary, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errors.New("-glossary " + describe(err))
	}
	g, err := glossline.ParseGlossary(data)
	if err != nil {
		return nil, fmt.Errorf("-glossary %s: %w", path, err)
	}
	return g, nil
}
