//go:build js && wasm

package main

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/datafile"

	"github.com/hack-pad/safejs"
)

// kbPath is the data file the build serves as glossline-kb.bin.
const kbPath = "../internal/datafile/data/glossline.bin"

// TestMain gives the engines the data file as main does, through the
// global the Go runner sets.
func TestMain(m *testing.M) {
	if err := setKB(mustRead(kbPath)); err != nil {
		panic(err)
	}
	if kbErr = loadKnowledge(); kbErr != nil {
		panic(kbErr)
	}
	os.Exit(m.Run())
}

func mustRead(name string) []byte {
	b, err := os.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return b
}

// setKB leaves b on globalThis as a Uint8Array, as web/glossline-go.js does.
func setKB(b []byte) error {
	ctor, err := safejs.Global().Get("Uint8Array")
	if err != nil {
		return err
	}
	u, err := ctor.New(len(b))
	if err != nil {
		return err
	}
	if _, err := safejs.CopyBytesToJS(u, b); err != nil {
		return err
	}
	return safejs.Global().Set(kbGlobal, u)
}

// TestKnowledgeGlobal: the runner's global is read once and deleted; a
// missing or foreign file is an error every call reports, never a panic.
func TestKnowledgeGlobal(t *testing.T) {
	defer func() { kbErr = nil }()
	if v, _ := safejs.Global().Get(kbGlobal); v.Type() != safejs.TypeUndefined {
		t.Errorf("the global stayed after loading: %v", v.Type())
	}
	if err := loadKnowledge(); err == nil || !errors.Is(err, datafile.ErrMissing) {
		t.Errorf("without the global: %v", err)
	}
	if err := setKB([]byte("<!doctype html><p>404")); err != nil {
		t.Fatal(err)
	}
	if kbErr = loadKnowledge(); kbErr == nil {
		t.Fatal("a 404 page was taken for the data file")
	}
	// another build's file: this one with one word of a section changed
	other := strings.Replace(string(mustRead(kbPath)), "gestern", "gestren", 1)
	if err := setKB([]byte(other)); err != nil {
		t.Fatal(err)
	}
	if kbErr = loadKnowledge(); !errors.Is(kbErr, datafile.ErrRefused) {
		t.Fatalf("another build's data file: %v", kbErr)
	}
	if err := install(); err != nil {
		t.Fatal(err)
	}
	if out := call(t, encode("Am Mittwoch sprach KCNA."), map[string]any{}); !strings.Contains(out, "data file") {
		t.Errorf("a call without the data file gave %s", out)
	}
}
