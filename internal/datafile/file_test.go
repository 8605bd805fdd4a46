package datafile

import (
	"errors"
	"strings"
	"testing"
)

// TestEmbedded: the embedded file is this build's, and every generator
// wrote its sections.
func TestEmbedded(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatalf("the embedded data file: %v", err)
	}
	for _, name := range []string{"glossary.kb.de", "glossary.kb.en", "glossary.lex.blob.de", "glossary.lex.blob.en",
		"temporal.blob.de", "temporal.buckets.en", "timeline.words.de", "timeline.cells.en", "timeline.valueend.de"} {
		if Section(name) == "" {
			t.Errorf("section %s is missing or empty", name)
		}
	}
	if Section("no.such.section") != "" {
		t.Error("an unknown section is not empty")
	}
}

// TestLoad: the wasm's way in takes this build's file and refuses anything
// else, leaving what it had.
func TestLoad(t *testing.T) {
	if err := Load(embedded); err != nil {
		t.Fatalf("this build's file refused: %v", err)
	}
	head, body, _ := strings.Cut(embedded, "\n")
	bad := map[string]string{
		"another format":    "PK\x03\x04" + embedded,
		"an HTML 404 page":  "<!doctype html><title>Not found</title>",
		"another schema":    Magic + "0123456789abcdef " + FileSum(body) + "\n" + body,
		"no sum":            Magic + Schema + "\n" + body,
		"a truncated file":  embedded[:len(embedded)/2],
		"a changed word":    head + "\n" + strings.Replace(body, "KCNA", "KCNX", 1),
		"only the header":   head + "\n",
		"a header, no line": head,
	}
	for name, data := range bad {
		if err := Load(data); !errors.Is(err, ErrRefused) {
			t.Errorf("%s: err = %v, want ErrRefused", name, err)
		}
	}
	if err := Load(""); !errors.Is(err, ErrMissing) {
		t.Errorf("an empty file: err = %v, want ErrMissing", err)
	}
	// The refusals left the good file in place.
	if Err() != nil || !strings.Contains(Section("glossary.kb.en"), "KCNA") {
		t.Error("the data file is gone after refused loads")
	}
}

// FuzzCheck: any bytes are refused or taken, never a panic, and a section
// of a taken file lies within it.
func FuzzCheck(f *testing.F) {
	f.Add(embedded[:200])
	f.Add(Magic + Schema + " " + FileSum("a 3\nabcb 0\n") + "\na 3\nabcb 0\n")
	f.Add(Magic + Schema + " " + FileSum("a -1\n") + "\na -1\n")
	f.Fuzz(func(t *testing.T, s string) {
		if check(s) == nil {
			if sec, ok := find(s, "a"); ok && !strings.Contains(s, sec) {
				t.Errorf("section outside the file")
			}
		}
		find(s, "a")
	})
}
