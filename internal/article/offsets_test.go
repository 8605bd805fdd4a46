package article

import "testing"

func TestByteOffset(t *testing.T) {
	for _, tt := range []struct {
		s      string
		u      int
		want   int
		wantOK bool
	}{
		{"abc", 0, 0, true},
		{"abc", 3, 3, true},
		{"abc", 4, 0, false},
		{"abc", -1, 0, false},
		{"", 0, 0, true},
		{"Grüße", 3, 4, true},  // ü is 2 bytes, 1 unit
		{"a😀b", 1, 1, true},    // before the pair
		{"a😀b", 2, 0, false},   // between its halves
		{"a😀b", 3, 5, true},    // after the pair (4 bytes, 2 units)
		{"a😀b", 4, 6, true},    // end
		{"a\xffb", 2, 2, true}, // an invalid byte is one unit
		{"–1950", 1, 3, true},  // en dash: 3 bytes, 1 unit
	} {
		got, ok := ByteOffset(tt.s, tt.u)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("ByteOffset(%q, %d) = %d, %v; want %d, %v", tt.s, tt.u, got, ok, tt.want, tt.wantOK)
		}
	}
}

// FuzzByteOffset: ByteOffset inverts UTF16Len at every rune boundary.
func FuzzByteOffset(f *testing.F) {
	f.Add("Grüße 😀 aus Köln")
	f.Add("a\xff\xfeb")
	f.Fuzz(func(t *testing.T, s string) {
		for i := range s {
			if b, ok := ByteOffset(s, UTF16Len(s[:i])); !ok || b != i {
				t.Fatalf("ByteOffset(%q, UTF16Len(s[:%d])) = %d, %v", s, i, b, ok)
			}
		}
		if b, ok := ByteOffset(s, UTF16Len(s)); !ok || b != len(s) {
			t.Fatalf("end of %q: %d, %v", s, b, ok)
		}
	})
}
