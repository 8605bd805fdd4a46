//go:generate go test -run ^TestKBIndexGenerated$ -update

package glossary

import (
	"sync"

	"github.com/glossline/glossline/internal/datafile"
)

// The built-in knowledge base travels in the data file (package datafile),
// one section per language ("glossary.kb.de", "glossary.kb.en") in the
// format decodeKB reads, generated from package kb's files and the lexicon
// (TestKBIndexGenerated). Native programs embed the file; the wasm is given
// it by the page at start (datafile.Load), so that the knowledge base —
// data, not code — is no part of the module V8 compiles and caches, and a
// change of its entries does not change the wasm's code.

var (
	kbBlobOnce sync.Once
	kbBlobs    [2]string
)

// kbBlob returns the blob of language index li, "" without a data file.
func kbBlob(li int) string {
	kbBlobOnce.Do(func() {
		for i, lang := range languages {
			kbBlobs[i] = datafile.Section("glossary.kb." + lang)
		}
	})
	return kbBlobs[li]
}
