package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunEvalFlags(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-tag", "TIMEX4", "x"},
		{"-lang", "fr", "x"},
		{"-nope"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := runEval(args, &out, &errb); code != 2 {
				t.Errorf("exit %d, want 2 (stderr %q)", code, errb.String())
			}
		})
	}
}

func TestRunEvalMissingDir(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runEval([]string{filepath.Join(t.TempDir(), "none")}, &out, &errb); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
}

// TestRunEval scores a tiny TimeML corpus written here: two documents in two
// subdirectories, with a miss, a false alarm and a wrong value to list.
func TestRunEval(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		doc := `<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-14">2023-09-14</TIMEX3></DCT><TEXT>` + body + `</TEXT></TimeML>`
		if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/one.tml", `Die Minister trafen sich am <TIMEX3 tid="t1" type="DATE" value="2023-09-13">Mittwoch</TIMEX3> in Berlin.`)
	write("b/two.tml", `Das Treffen dauerte <TIMEX3 tid="t1" type="DURATION" value="PT5H">vier Stunden</TIMEX3>; der <TIMEX3 tid="t2" type="DATE" value="XXXX">Sommerbeginn</TIMEX3> kam, gestern auch.`)
	var out, errb bytes.Buffer
	if code := runEval([]string{"-errors", "-lang", "de", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	s := out.String()
	for _, want := range []string{"MISS", "Sommerbeginn", "FALSE", "gestern", "VALUE", "vier Stunden", filepath.Join(dir, "a"), filepath.Join(dir, "b")} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	// 3 gold, 3 found (Mittwoch, vier Stunden, gestern), 2 relaxed matches.
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, dir+" ") {
			f := strings.Fields(line)
			if f[1] != "2" || f[2] != "3" || f[3] != "3" {
				t.Errorf("totals line %q, want 2 docs, 3 gold, 3 found", line)
			}
		}
	}
}
