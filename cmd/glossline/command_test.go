package main

import (
	"bytes"
	"strings"
	"testing"
)

// runCmd runs "glossline args…" with stdin as standard input and returns
// the exit status and what was written to standard output and error.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}
