//go:build !(js && wasm)

package glossary

import _ "embed" // for //go:embed

// Native programs (the command line, bake, the public package) carry the
// knowledge base inside; the wasm is given it by the page (LoadKnowledge).
//
//go:embed data/kb.bin
var kbEmbedded string

func init() { kbFile = kbEmbedded }
