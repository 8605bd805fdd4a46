//go:build !(js && wasm)

package datafile

import _ "embed" // for //go:embed

// Native programs (the command line, bake, the public package, every test)
// carry the data file inside; the wasm is given it by the page (Load).
//
//go:embed data/glossline.bin
var embedded string

func init() { file = embedded }
