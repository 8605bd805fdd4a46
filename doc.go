// Package glossline finds the dates, names and acronyms of a German or
// English news article, resolves the dates against the publication date,
// and builds the article's timeline and glossary: the analysis of the
// glossline browser widget and of the glossline command, for Go programs.
//
// Annotate takes plain text or an HTML page (whose article is found as in
// the browser) and returns a Document, the structure that
// `glossline annotate -format json` prints. Bake takes an HTML page and
// returns it with the annotation in its markup, as `glossline bake` writes
// it, so that it reads annotated with no script.
//
// The package is pure computation: no network, no clock, no files; it is
// safe for concurrent use.
//
// # Compatibility
//
// The exported API of this package and the JSON of Document follow
// semantic versioning from the first tagged version on: within a major
// version, names, fields and JSON keys are added, never renamed or
// removed, and a field keeps its meaning. What the analysis finds in a
// given article may change in any release; that is its point.
package glossline
