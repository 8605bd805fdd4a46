// Package segment splits text into paragraphs and sentences, reporting byte
// offsets into the original text.
package segment

// Span is a half-open byte range [Start, End) into the text it was computed
// from. Start and End always lie on UTF-8 rune boundaries of that text.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset i lies inside the span.
func (s Span) Contains(i int) bool { return s.Start <= i && i < s.End }
