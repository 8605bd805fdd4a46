// Command testsum runs `go test -json …` for build.sh and says what ran:
//
//	testsum [-v] [-label NAME] [-tally FILE] -- go test -json [flags] [packages]
//	testsum -total -tally FILE
//
// The first form runs the command after "--" (which must ask go test for
// -json) and prints what `go test` would print without -json: a line per
// package, the whole output of every failing test, build errors; with -v,
// every line, as `go test -v` does. It ends with one line of counts for
// the run — tests passed, failed and skipped, subtests beside — and, unless
// -tally is given, the skipped tests grouped by reason (the message each
// gave t.Skip). It exits with the command's exit status, and 1 if a test
// failed although the command said nothing. With -tally FILE it appends
// the run's counts and skips to FILE.
//
// The second form prints the totals of every run recorded in FILE and the
// skips by reason: what `./build.sh test` ends with.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strings"
)

func main() {
	verbose := flag.Bool("v", false, "print every line of output, as go test -v does")
	label := flag.String("label", "tests", "what the run is called in its summary line")
	tally := flag.String("tally", "", "append the run's counts to this file (JSON Lines); with -total, read them")
	total := flag.Bool("total", false, "print the totals of the runs recorded in -tally FILE")
	flag.Parse()
	if *total {
		if *tally == "" {
			fatal(errors.New("-total needs -tally FILE"))
		}
		if err := printTotal(os.Stdout, *tally); err != nil {
			fatal(err)
		}
		return
	}
	args := flag.Args()
	if len(args) == 0 {
		fatal(errors.New("usage: testsum [-v] [-label NAME] [-tally FILE] -- go test -json …"))
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stderr = os.Stdin, os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		fatal(err)
	}
	if err := cmd.Start(); err != nil {
		fatal(err)
	}
	s := summarize(out, os.Stdout, *verbose)
	s.Label = *label
	werr := cmd.Wait()
	fmt.Println(s.Line())
	if *tally == "" {
		printSkips(os.Stdout, s.Skips)
	}
	if *tally != "" {
		if err := appendTally(*tally, s); err != nil {
			fatal(err)
		}
	}
	var ee *exec.ExitError
	switch {
	case errors.As(werr, &ee):
		os.Exit(ee.ExitCode())
	case werr != nil:
		fatal(werr)
	case s.Failed > 0 || s.SubFailed > 0 || s.BuildFailed > 0:
		os.Exit(1)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "testsum:", err)
	os.Exit(2)
}

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action     string
	Package    string
	ImportPath string // build-output, build-fail
	Test       string
	Output     string
}

// Skip is a skipped test and the reason it gave.
type Skip struct {
	Package, Test, Reason string
}

// Name is the test's name with its package's last element: "e2e.TestX".
func (s Skip) Name() string {
	pkg := s.Package[strings.LastIndexByte(s.Package, '/')+1:]
	return pkg + "." + s.Test
}

// Summary counts one run. Tests are top-level tests (and examples and
// fuzz targets' seed runs); subtests are counted apart.
type Summary struct {
	Label                            string
	Passed, Failed, Skipped          int
	SubPassed, SubFailed, SubSkipped int
	BuildFailed                      int // packages that did not build
	Skips                            []Skip
}

// Line is the run's one line of counts.
func (s *Summary) Line() string {
	line := fmt.Sprintf("== %s: %d tests run: %d passed, %d failed, %d skipped", s.Label,
		s.Passed+s.Failed+s.Skipped, s.Passed, s.Failed, s.Skipped)
	if n := s.SubPassed + s.SubFailed + s.SubSkipped; n > 0 {
		line += fmt.Sprintf(" (subtests: %d run, %d failed, %d skipped)", n, s.SubFailed, s.SubSkipped)
	}
	if s.BuildFailed > 0 {
		line += fmt.Sprintf("; %d packages did not build", s.BuildFailed)
	}
	return line
}

// summarize reads go test's JSON events from r, writes the readable output
// to w as it comes, and counts.
func summarize(r io.Reader, w io.Writer, verbose bool) *Summary {
	s := &Summary{}
	// Output held back per test ("pkg\x00Test") until we know whether it
	// failed (printed) or was skipped (its reason kept).
	held := map[string][]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			// Not an event (go test prints some lines as they are).
			fmt.Fprintf(w, "%s\n", line)
			continue
		}
		key := e.Package + "\x00" + e.Test
		switch e.Action {
		case "build-output":
			io.WriteString(w, e.Output)
		case "build-fail":
			s.BuildFailed++
		case "output":
			// A package's bare "PASS" line is -v's; go test without -v
			// prints only "ok".
			if verbose || e.Test == "" && e.Output != "PASS\n" {
				io.WriteString(w, e.Output)
			}
			if e.Test != "" {
				held[key] = append(held[key], e.Output)
			}
		case "pass", "fail", "skip":
			if e.Test == "" {
				continue // the package's result; its line came as output
			}
			sub := strings.Contains(e.Test, "/")
			switch e.Action {
			case "pass":
				s.count(sub, &s.Passed, &s.SubPassed)
			case "fail":
				s.count(sub, &s.Failed, &s.SubFailed)
				if !verbose {
					for _, o := range held[key] {
						io.WriteString(w, o)
					}
				}
			case "skip":
				s.count(sub, &s.Skipped, &s.SubSkipped)
				s.Skips = append(s.Skips, Skip{e.Package, e.Test, skipReason(held[key])})
			}
			delete(held, key)
		}
	}
	sort.Slice(s.Skips, func(i, j int) bool { return s.Skips[i].Name() < s.Skips[j].Name() })
	return s
}

func (s *Summary) count(sub bool, top, subs *int) {
	if sub {
		*subs++
	} else {
		*top++
	}
}

// skipReason is what a skipped test said: its output without go test's
// own lines (=== RUN, --- SKIP) and without the file:line prefix.
func skipReason(lines []string) string {
	var parts []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- ") {
			continue
		}
		// "shared_test.go:12: message" → "message"
		if i := strings.Index(t, ": "); i > 0 && strings.Contains(t[:i], ".go:") && !strings.Contains(t[:i], " ") {
			t = t[i+2:]
		}
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return "(no reason given)"
	}
	return strings.Join(parts, " ")
}

// appendTally adds the run's counts to the tally file.
func appendTally(path string, s *Summary) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	err = json.NewEncoder(f).Encode(s)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// printTotal prints the totals of the runs in the tally file: one line,
// then the skips grouped by reason.
func printTotal(w io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	t := &Summary{Label: "all tests"}
	var labels []string
	dec := json.NewDecoder(f)
	for {
		var s Summary
		if err := dec.Decode(&s); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		labels = append(labels, s.Label)
		t.Passed, t.Failed, t.Skipped = t.Passed+s.Passed, t.Failed+s.Failed, t.Skipped+s.Skipped
		t.SubPassed, t.SubFailed, t.SubSkipped = t.SubPassed+s.SubPassed, t.SubFailed+s.SubFailed, t.SubSkipped+s.SubSkipped
		t.BuildFailed += s.BuildFailed
		t.Skips = append(t.Skips, s.Skips...)
	}
	fmt.Fprintf(w, "%s (%s)\n", t.Line(), strings.Join(labels, ", "))
	printSkips(w, t.Skips)
	return nil
}

// printSkips lists the skipped tests grouped by their reason.
func printSkips(w io.Writer, skips []Skip) {
	byReason := map[string][]string{}
	var reasons []string
	for _, sk := range skips {
		if byReason[sk.Reason] == nil {
			reasons = append(reasons, sk.Reason)
		}
		byReason[sk.Reason] = append(byReason[sk.Reason], sk.Name())
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(w, "   %d skipped: %s (%s)\n", len(byReason[r]), r, strings.Join(byReason[r], ", "))
	}
}
