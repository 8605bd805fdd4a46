// Package datafile holds the data file — the engines' generated
// vocabularies and the knowledge base, in named sections checked by a sum
// (file.go: Load, Section, Err; embedded natively, given to the wasm at
// start) — says whether the language-data parsers check their files as
// they read them, and looks strings up in the tables that tests generate
// from data files ahead of time (Find; package tablegen builds them, and
// writes the data file), for the packages that parse nothing at run time.
//
// Every package parses its embedded data files (word lists, vocabulary,
// UI words) the first time a language is needed. Natively — in every test,
// fuzz target and the CLI — the parsers report every malformed line, and
// the data tests fail on any. The wasm ships the same files, already
// checked, so there the parsers skip the reporting: `if datafile.Check {…}`
// is a constant condition, and the compiler drops the messages, the error
// types and their methods from what every reader downloads. Malformed
// lines are still skipped the same way in both builds.
package datafile
