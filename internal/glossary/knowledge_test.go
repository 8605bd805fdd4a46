package glossary

import (
	"errors"
	"strings"
	"testing"
)

// TestLoadKnowledge: the wasm's way in for the knowledge base takes this
// build's file and refuses anything else, leaving what it had.
func TestLoadKnowledge(t *testing.T) {
	if kbEmbedded == "" {
		t.Fatal("no embedded knowledge base")
	}
	if err := LoadKnowledge(kbEmbedded); err != nil {
		t.Fatalf("this build's file refused: %v", err)
	}
	head, body, _ := strings.Cut(kbEmbedded, "\n")
	bad := map[string]string{
		"another format":    "PK\x03\x04" + kbEmbedded,
		"an HTML 404 page":  "<!doctype html><title>Not found</title>",
		"another build":     kbMagic + "0123456789abcdef\n" + body,
		"a truncated file":  kbEmbedded[:len(kbEmbedded)/2],
		"a changed entry":   head + "\n" + strings.Replace(body, "KCNA", "KCNX", 1),
		"only the header":   head + "\n",
		"a header, no line": head,
	}
	for name, data := range bad {
		if err := LoadKnowledge(data); !errors.Is(err, ErrNoKnowledge) {
			t.Errorf("%s: err = %v, want ErrNoKnowledge", name, err)
		}
	}
	// The refusals left the good file in place.
	if ix := kbFor("en"); len(ix.names["KCNA"]) == 0 {
		t.Error("KCNA is gone after refused loads")
	}
}

// FuzzSplitKnowledge: any bytes are refused or split, never a panic.
func FuzzSplitKnowledge(f *testing.F) {
	f.Add(kbEmbedded[:200])
	f.Add(kbMagic + kbSum + "\nde 3\nabcen 0\n")
	f.Add(kbMagic + kbSum + "\nde -1\n")
	f.Fuzz(func(t *testing.T, s string) {
		blobs, err := splitKnowledge(s)
		if err != nil && blobs != [2]string{} {
			t.Errorf("refused with blobs")
		}
	})
}
