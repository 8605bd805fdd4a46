//go:build !js

package siteglossary

// ParseSite reads a publisher glossary: JSON following the schema in
// SCHEMA.md. It is strict: invalid JSON, unknown keys, wrong types, bad ids,
// links that are not http(s) URLs, control characters, and values over the
// size limits are rejected with a *SyntaxError that names the byte offset and
// the value. Terms and definitions are plain text: markup in them is kept as
// literal characters and never interpreted. ParseSite never panics.
func ParseSite(data []byte) (*Site, error) {
	root, err := parseJSON(data)
	if err != nil {
		return nil, err
	}
	return parseSiteValue(&root)
}
