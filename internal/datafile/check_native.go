//go:build !js

package datafile

// Check is true natively: parsers report malformed data.
const Check = true
