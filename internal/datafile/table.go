package datafile

// A table is a set of strings generated from a data file ahead of time
// (package tablegen builds it; each package's staleness test writes it): a
// perfect hash table ("hash and displace") held in constant strings, so
// that nothing is parsed or built at run time, and nothing runs at start-up
// either (a map literal would compile to init code in the wasm).
//
//   - disp: one displacement byte per bucket.
//   - index: per block of eight slots, ten bytes: the offset in keys of
//     the block's first key (two bytes, little-endian), then the length of
//     each slot's key (0 for an empty slot).
//   - keys: the keys, concatenated in slot order.
//
// A string's Hash picks its bucket; the bucket's displacement picks its
// slot, which the generator chose so that no two keys share one. Find then
// compares the one candidate. A package keeps the value of each key in a
// string of its own, indexed by slot.
//
// Keys in slot order with a length byte each compress better (brotli) than
// two-byte offsets; one eight-byte load and a multiplication sum the
// lengths before a slot within its block. Natively a lookup is about as
// fast as a Go map's; in the wasm, which hashes strings without AES, it is
// about twice as fast.

// Find returns the slot of s in the table (keys, index, disp), or -1 when
// s is not a key.
//
// It is Hash and Slot written out: the wasm is built without inlining, and
// a call per word would cost more than the lookup.
func Find(s, keys, index, disp string) int {
	n := len(s)
	h := uint64(n) * mul1
	var v uint64
	switch {
	case n == 0:
		return -1
	case n < 4:
		v = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	case n <= 8:
		_, _ = s[3], s[n-4]
		v = uint64(s[0])<<32 | uint64(s[1])<<40 | uint64(s[2])<<48 | uint64(s[3])<<56 |
			uint64(s[n-4]) | uint64(s[n-3])<<8 | uint64(s[n-2])<<16 | uint64(s[n-1])<<24
	default:
		h, v = hashLong(h, s)
	}
	h = (h ^ v) * mul2
	h ^= h >> 29
	d := disp[(h>>32)*uint64(len(disp))>>32]
	x := (h ^ uint64(d)) * mul2
	i := int((x >> 32) * uint64(len(index)/10*8) >> 32)
	b := (i >> 3) * 10
	blk := index[b : b+10]
	lens := uint64(blk[2]) | uint64(blk[3])<<8 | uint64(blk[4])<<16 | uint64(blk[5])<<24 |
		uint64(blk[6])<<32 | uint64(blk[7])<<40 | uint64(blk[8])<<48 | uint64(blk[9])<<56
	j := uint(i&7) * 8
	if int((lens>>j)&0xff) != n {
		return -1
	}
	// The lengths of the slots before i in its block, summed bytewise.
	lo := (int(blk[0]) | int(blk[1])<<8) + int((lens&(1<<j-1))*0x0101010101010101>>56)
	if keys[lo:lo+n] != s {
		return -1
	}
	return i
}

// Multipliers of Hash and Find: odd, with well-mixed bits.
const (
	mul1 = 0x9e3779b97f4a7c15
	mul2 = 0xc2b2ae3d27d4eb4f
)

// Hash returns the hash of s that Find and the generator use. It reads a
// short string in one or two loads (first and last bytes, first and last
// four bytes), a long one eight bytes at a time.
func Hash(s string) uint64 {
	n := len(s)
	h := uint64(n) * mul1
	var v uint64
	switch {
	case n == 0:
	case n < 4:
		v = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	case n <= 8:
		v = le32(s)<<32 | le32(s[n-4:])
	default:
		h, v = hashLong(h, s)
	}
	h = (h ^ v) * mul2
	return h ^ h>>29
}

// Bucket returns the bucket of a hash h among nb buckets.
func Bucket(h uint64, nb int) int { return int((h >> 32) * uint64(nb) >> 32) }

// Slot returns the slot of a hash h with its bucket's displacement d among
// m slots.
func Slot(h uint64, d byte, m int) int {
	x := (h ^ uint64(d)) * mul2
	return int((x >> 32) * uint64(m) >> 32)
}

// hashLong mixes the eight-byte blocks of s (more than eight bytes long)
// before its last eight bytes into h, and returns h and those last eight
// bytes. (The loads are written out, as in Find.)
func hashLong(h uint64, s string) (uint64, uint64) {
	var v uint64
	for i := 0; ; i += 8 {
		if i >= len(s)-8 {
			i = len(s) - 8
		}
		b := s[i : i+8]
		v = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if i == len(s)-8 {
			return h, v
		}
		h = (h ^ v) * mul2
		h ^= h >> 31
	}
}

func le32(s string) uint64 {
	_ = s[3]
	return uint64(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
}
