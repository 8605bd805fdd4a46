package article

import "unicode/utf8"

// ByteOffset returns the byte offset in s of the UTF-16 offset u (what the
// DOM's splitText takes), for applying a Plan to a parsed document instead
// of a live DOM. It reports false when u is negative, beyond s, or falls
// between the two halves of a surrogate pair. An invalid byte counts as one
// unit, as in UTF16Len.
func ByteOffset(s string, u int) (int, bool) {
	if u < 0 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); {
		if n == u {
			return i, true
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n++
		if r >= 0x10000 {
			n++
		}
		if n > u {
			return 0, false // inside a surrogate pair
		}
		i += size
	}
	if n == u {
		return len(s), true
	}
	return 0, false
}
