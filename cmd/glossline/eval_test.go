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
		{"-pred", "p.jsonl", "a", "b"},
		{"-dump-texts", "t.jsonl", "a", "b"},
		{"-pred", "p.jsonl", "-dump-texts", "t.jsonl", "a"},
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

// TestRunEvalPredRoundTrip dumps a tiny corpus' texts with -dump-texts,
// writes a predictions file with offsets into them and scores it with -pred:
// one strict match with the right value, one false alarm.
func TestRunEvalPredRoundTrip(t *testing.T) {
	dir := t.TempDir()
	doc := `<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-14">2023-09-14</TIMEX3></DCT><TEXT>Über Köln: am <TIMEX3 tid="t1" type="DATE" value="2023-09-13">Mittwoch</TIMEX3>.</TEXT></TimeML>`
	if err := os.WriteFile(filepath.Join(dir, "one.tml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	texts := filepath.Join(t.TempDir(), "texts.jsonl")
	var out, errb bytes.Buffer
	if code := runEval([]string{"-dump-texts", texts, dir}, &out, &errb); code != 0 {
		t.Fatalf("dump: exit %d: %s", code, errb.String())
	}
	b, err := os.ReadFile(texts)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"doc":"one.tml","text":"Über Köln: am Mittwoch.","dct":"2023-09-14","ref":"2023-09-14"}` + "\n"
	if string(b) != want {
		t.Fatalf("dumped %q, want %q", b, want)
	}
	// "Mittwoch" is bytes 16–24 (Ü and ö take two bytes each); "Köln" 6–11.
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	lines := `{"doc":"one.tml","start":16,"end":24,"type":"DATE","value":"2023-09-13"}
{"doc":"one.tml","start":6,"end":11,"type":"DATE","value":"XXXX"}
`
	if err := os.WriteFile(pred, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if code := runEval([]string{"-pred", pred, dir}, &out, &errb); code != 0 {
		t.Fatalf("pred: exit %d: %s", code, errb.String())
	}
	var row []string
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, dir+" ") {
			row = strings.Fields(line)
		}
	}
	// corpus docs gold sys | str-P str-R str-F1 | rel-P rel-R rel-F1 | type value
	if len(row) != 15 || row[1] != "1" || row[2] != "1" || row[3] != "2" || row[7] != "66.67" || row[14] != "66.67" {
		t.Errorf("scores row %q, want 1 doc, 1 gold, 2 found, strict and value F1 66.67:\n%s", row, out.String())
	}
	out.Reset()
	errb.Reset()
	if err := os.WriteFile(pred, []byte(`{"doc":"one.tml","start":1,"end":3}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if code := runEval([]string{"-pred", pred, dir}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "rune boundaries") {
		t.Errorf("offset inside \"Ü\": exit %d, stderr %q", code, errb.String())
	}
}
