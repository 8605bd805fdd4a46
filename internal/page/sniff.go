package page

import (
	"bytes"
)

// htmlStarts are the openings that mark a document as HTML, compared
// without regard to ASCII case after an optional byte order mark and
// white space. Each must be followed by white space, ">" or "/" (or, for
// "<!--" and "<!doctype html", anything), so that "<pre" is not "<p".
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p", "<div", "<meta", "<!--"}

// sniffWindow is how far into the data IsHTML looks for closing tags.
const sniffWindow = 1024

// IsHTML reports whether data looks like an HTML document or fragment
// rather than plain text: after an optional UTF-8 byte order mark and
// white space it starts with "<!doctype html", "<html", "<head", "<body",
// "<article", "<p", "<div", "<meta" or "<!--" (any case), or its first
// KB contains a "</p>" or "</div>" close tag.
func IsHTML(data []byte) bool {
	s := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	s = bytes.TrimLeft(s, " \t\r\n\f")
	for _, start := range htmlStarts {
		if len(s) < len(start) || !bytes.EqualFold(s[:len(start)], []byte(start)) {
			continue
		}
		if start == "<!--" || start == "<!doctype html" || len(s) == len(start) {
			return true
		}
		switch s[len(start)] {
		case ' ', '\t', '\r', '\n', '\f', '>', '/':
			return true
		}
	}
	head := data[:min(len(data), sniffWindow)]
	return containsFold(head, "</p>") || containsFold(head, "</div>")
}

// containsFold reports whether s contains sub (lower-case ASCII),
// ignoring ASCII case.
func containsFold(s []byte, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i] == '<' && bytes.EqualFold(s[i:i+len(sub)], []byte(sub)) {
			return true
		}
	}
	return false
}
