// Package tablegen builds the tables that datafile.Find reads from the keys
// of a data file, and writes them as Go constants. Only tests import it:
// each package's staleness test builds its tables from its data files,
// compares them with the generated file and rewrites it with -update. No
// binary links it.
package tablegen

import (
	"errors"
	"go/format"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/datafile"
)

// Table is a perfect hash table in the form datafile.Find reads, with one
// value byte per slot.
type Table struct {
	Keys, Index, Disp string
	// Vals holds the value of each slot's key (0 for an empty slot), if
	// the table has values.
	Vals string
	// MaxLen is the length of the longest key: a longer string is none.
	MaxLen int
}

// MaxKeyLen is the length of the longest key a table can hold: the
// lengths of seven keys must sum to less than 256.
const MaxKeyLen = 255 / 7

// Build returns a small table for the keys, each with the value at the
// same index (no values, and no Vals, when vals is nil). The table depends
// only on the pairs, not on their order.
// Keys must be distinct, not empty, at most MaxKeyLen bytes long, and
// together shorter than 64 KB.
func Build(keys []string, vals []byte) (*Table, error) {
	if vals != nil && len(keys) != len(vals) {
		return nil, errors.New("tablegen: " + strconv.Itoa(len(keys)) + " keys but " + strconv.Itoa(len(vals)) + " values")
	}
	total, maxLen := 0, 0
	hashes := make([]uint64, len(keys))
	seen := make(map[uint64]string, len(keys))
	for i, k := range keys {
		if k == "" {
			return nil, errors.New("tablegen: empty key")
		}
		if len(k) > MaxKeyLen {
			return nil, errors.New("tablegen: key " + strconv.Quote(k) + " longer than " + strconv.Itoa(MaxKeyLen) + " bytes")
		}
		h := datafile.Hash(k)
		if other, dup := seen[h]; dup {
			if other == k {
				return nil, errors.New("tablegen: duplicate key " + strconv.Quote(k))
			}
			return nil, errors.New("tablegen: keys " + strconv.Quote(other) + " and " + strconv.Quote(k) + " have the same hash")
		}
		seen[h] = k
		hashes[i] = h
		total += len(k)
		maxLen = max(maxLen, len(k))
	}
	if total >= 1<<16 {
		return nil, errors.New("tablegen: keys too long for two-byte offsets")
	}
	// Slots come in blocks of eight. Each costs about 2.25 bytes (its
	// length, its value and its share of the block's offset), a bucket
	// one: try tables of up to a quarter more slots than keys, each with
	// the fewest buckets that work, and keep the cheapest.
	n := len(keys)
	var best *placement
	bestCost := 0
	for m := (n + 7) &^ 7; m <= (n*5/4+7)&^7; m += 8 {
		cost := func(nb int) int { return 9*m/4 + nb }
		if best != nil && cost(1) >= bestCost {
			break
		}
		for nb := max(1, n/8); nb <= m && (best == nil || cost(nb) < bestCost); nb += max(1, n/64) {
			if p := place(hashes, nb, m); p != nil {
				best, bestCost = p, cost(nb)
				break
			}
		}
	}
	if best == nil {
		return nil, errors.New("tablegen: no table found")
	}
	return encode(keys, vals, best, maxLen), nil
}

// placement is where place put each key (of[slot] is a key's index, or
// -1), and the displacement of each bucket.
type placement struct {
	of   []int
	disp []byte
}

// place assigns every key one of m slots: the nb buckets with more keys
// first (ties in bucket order), each with the first displacement that puts
// all its keys in free slots. It returns nil when a bucket has none.
func place(hashes []uint64, nb, m int) *placement {
	buckets := make([][]int, nb)
	for k, h := range hashes {
		b := datafile.Bucket(h, nb)
		buckets[b] = append(buckets[b], k)
	}
	order := make([]int, len(buckets))
	for b := range order {
		order[b] = b
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(buckets[b]) - len(buckets[a]) })
	p := &placement{of: make([]int, m), disp: make([]byte, nb)}
	for i := range p.of {
		p.of[i] = -1
	}
	var taken []int
	for _, b := range order {
		if len(buckets[b]) == 0 {
			break
		}
		placed := false
		for d := 0; d < 256 && !placed; d++ {
			taken = taken[:0]
			placed = true
			for _, k := range buckets[b] {
				s := datafile.Slot(hashes[k], byte(d), m)
				if p.of[s] >= 0 || slices.Contains(taken, s) {
					placed = false
					break
				}
				taken = append(taken, s)
			}
			if placed {
				p.disp[b] = byte(d)
				for j, k := range buckets[b] {
					p.of[taken[j]] = k
				}
			}
		}
		if !placed {
			return nil
		}
	}
	return p
}

func encode(keys []string, vals []byte, p *placement, maxLen int) *Table {
	var kb strings.Builder
	index := make([]byte, 0, len(p.of)/8*10)
	var vb []byte
	if vals != nil {
		vb = make([]byte, len(p.of))
	}
	for s, k := range p.of {
		if s%8 == 0 {
			index = append(index, byte(kb.Len()), byte(kb.Len()>>8))
		}
		if k < 0 {
			index = append(index, 0)
			continue
		}
		index = append(index, byte(len(keys[k])))
		kb.WriteString(keys[k])
		if vals != nil {
			vb[s] = vals[k]
		}
	}
	return &Table{Keys: kb.String(), Index: string(index), Disp: string(p.disp), Vals: string(vb), MaxLen: maxLen}
}

// Find looks s up as datafile.Find does.
func (t *Table) Find(s string) int { return datafile.Find(s, t.Keys, t.Index, t.Disp) }

// Decl returns the Go declarations of the table: constants named prefix
// followed by Keys, Index, Disp, Vals (if it has values) and MaxLen, after
// the comment doc (a line of text, or lines joined with "\n"), if any.
func (t *Table) Decl(prefix, doc string) string {
	var b strings.Builder
	Comment(&b, doc)
	b.WriteString("const (\n")
	for _, c := range [...]struct{ name, s string }{{"Keys", t.Keys}, {"Index", t.Index}, {"Disp", t.Disp}, {"Vals", t.Vals}} {
		if c.name != "Vals" || t.Vals != "" {
			b.WriteString(prefix + c.name + " = " + Quote(c.s) + "\n")
		}
	}
	b.WriteString(prefix + "MaxLen = " + strconv.Itoa(t.MaxLen) + "\n")
	b.WriteString(")\n\n")
	return b.String()
}

// Comment writes doc as a Go comment, one line per line of doc ("//\t"
// for a line that starts with a tab, as gofmt writes code in comments).
func Comment(b *strings.Builder, doc string) {
	if doc == "" {
		return
	}
	for _, line := range strings.Split(doc, "\n") {
		if !strings.HasPrefix(line, "\t") {
			line = " " + line
		}
		b.WriteString(strings.TrimRight("//"+line, " ") + "\n")
	}
}

// Quote returns s as a Go string literal, in pieces of about 72 quoted
// characters joined with + across lines, never splitting a UTF-8 sequence.
func Quote(s string) string {
	const width = 72
	var pieces []string
	start, n := 0, 0
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		q := len(strconv.Quote(s[i:i+size])) - 2
		if n+q > width && i > start {
			pieces = append(pieces, strconv.Quote(s[start:i]))
			start, n = i, 0
		}
		n += q
		i += size
	}
	pieces = append(pieces, strconv.Quote(s[start:]))
	return strings.Join(pieces, " +\n\t")
}

// File returns a gofmt-formatted Go file of package pkg: the header
// "// Code generated by <by>; DO NOT EDIT.", the comment doc, and the
// declarations decls.
func File(by, doc, pkg string, decls ...string) ([]byte, error) {
	var b strings.Builder
	b.WriteString("// Code generated by " + by + "; DO NOT EDIT.\n")
	if doc != "" {
		b.WriteString("//\n")
		Comment(&b, doc)
	}
	b.WriteString("\npackage " + pkg + "\n\n")
	for _, d := range decls {
		b.WriteString(d)
	}
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return nil, err
	}
	return src, nil
}
