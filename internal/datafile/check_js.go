//go:build js

package datafile

// Check is false in the wasm: the data was checked by the native tests.
const Check = false
