// Package segment splits an article's text into sentences, on the tokens of
// package text, reporting byte offsets into the original text.
package segment

import textpkg "github.com/glossline/glossline/internal/text"

// Span is a half-open byte range [Start, End) into the text it was computed
// from (text.Span).
type Span = textpkg.Span
