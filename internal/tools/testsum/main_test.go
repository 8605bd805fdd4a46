package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// goTestJSON runs `go test -json` on the fixture packages under testdata
// (never run by ./...) and returns its output.
func goTestJSON(t *testing.T, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", append([]string{"test", "-json", "-count=1"}, args...)...)
	out, _ := cmd.Output() // fails by design: a test fails, a package does not build
	if len(out) == 0 {
		t.Fatal("go test -json printed nothing")
	}
	return out
}

// TestSummarize reads real `go test -json` output: a passing, a failing
// and two skipped tests, subtests, and a package that does not build.
func TestSummarize(t *testing.T) {
	events := goTestJSON(t, "./testdata/fixture", "./testdata/broken")
	var out bytes.Buffer
	s := summarize(bytes.NewReader(events), &out, false)
	if s.Passed != 2 || s.Failed != 1 || s.Skipped != 2 || s.SubPassed != 2 || s.SubFailed != 0 || s.SubSkipped != 1 || s.BuildFailed != 1 {
		t.Errorf("counts %+v; want 2 passed, 1 failed, 2 skipped, subtests 2 passed and 1 skipped, 1 build failure", *s)
	}
	want := []Skip{
		{"github.com/glossline/glossline/internal/tools/testsum/testdata/fixture", "TestSkipBare", "(no reason given)"},
		{"github.com/glossline/glossline/internal/tools/testsum/testdata/fixture", "TestSkipShared", "no ../shared: set GLOSSLINE_SHARED"},
		{"github.com/glossline/glossline/internal/tools/testsum/testdata/fixture", "TestSubtests/b", "not on this machine"},
	}
	if len(s.Skips) != len(want) {
		t.Fatalf("skips %+v, want %+v", s.Skips, want)
	}
	for i := range want {
		if s.Skips[i] != want[i] {
			t.Errorf("skip %d: %+v, want %+v", i, s.Skips[i], want[i])
		}
	}
	got := out.String()
	for _, want := range []string{
		"fixture_test.go:11: some context", // a failing test's whole output
		"fixture_test.go:12: the fixture fails here",
		"--- FAIL: TestFail",
		"undefined: undefinedName", // build errors
		"FAIL\tgithub.com/glossline/glossline/internal/tools/testsum/testdata/fixture\t",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	for _, quiet := range []string{"=== RUN   TestPass", "--- PASS", "not on this machine"} {
		if strings.Contains(got, quiet) {
			t.Errorf("output without -v shows %q:\n%s", quiet, got)
		}
	}
	s.Label = "fixture"
	if line := s.Line(); line != "== fixture: 5 tests run: 2 passed, 1 failed, 2 skipped (subtests: 3 run, 0 failed, 1 skipped); 1 packages did not build" {
		t.Errorf("line %q", line)
	}

	// -v prints every line.
	out.Reset()
	summarize(bytes.NewReader(events), &out, true)
	if !strings.Contains(out.String(), "=== RUN   TestPass") {
		t.Error("-v: the passing test's lines are missing")
	}
}

// TestCommand runs the tool: it passes go test's exit status on, records
// each run in the tally and totals them with the reasons for the skips.
func TestCommand(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "testsum")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tally := filepath.Join(t.TempDir(), "tally")
	run := func(args ...string) (int, string) {
		cmd := exec.Command(bin, args...)
		out, err := cmd.Output()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		} else if err != nil {
			t.Fatal(err)
		}
		return 0, string(out)
	}
	code, out := run("-label", "good", "-tally", tally, "--", "go", "test", "-json", "-count=1", "-run", "TestPass|TestSkipShared", "./testdata/fixture")
	if code != 0 || !strings.HasSuffix(out, "== good: 2 tests run: 1 passed, 0 failed, 1 skipped\n") {
		t.Errorf("passing run: exit %d\n%s", code, out)
	}
	// Without -tally, the run's own skips follow its line.
	code, out = run("-label", "alone", "--", "go", "test", "-json", "-count=1", "-run", "TestPass|TestSkipShared", "./testdata/fixture")
	if code != 0 || !strings.HasSuffix(out, "== alone: 2 tests run: 1 passed, 0 failed, 1 skipped\n   1 skipped: no ../shared: set GLOSSLINE_SHARED (fixture.TestSkipShared)\n") {
		t.Errorf("run without -tally: exit %d\n%s", code, out)
	}
	code, out = run("-label", "bad", "-tally", tally, "--", "go", "test", "-json", "-count=1", "./testdata/fixture")
	if code != 1 || !strings.Contains(out, "the fixture fails here") {
		t.Errorf("failing run: exit %d, want 1\n%s", code, out)
	}
	code, out = run("-total", "-tally", tally)
	want := "== all tests: 7 tests run: 3 passed, 1 failed, 3 skipped (subtests: 3 run, 0 failed, 1 skipped) (good, bad)\n" +
		"   1 skipped: (no reason given) (fixture.TestSkipBare)\n" +
		"   2 skipped: no ../shared: set GLOSSLINE_SHARED (fixture.TestSkipShared, fixture.TestSkipShared)\n" +
		"   1 skipped: not on this machine (fixture.TestSubtests/b)\n"
	if code != 0 || out != want {
		t.Errorf("-total: exit %d\n%s\nwant\n%s", code, out, want)
	}
	if _, err := os.Stat(tally); err != nil {
		t.Error(err)
	}
}
