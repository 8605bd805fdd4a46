package timeline

import (
	"strconv"
	"testing"
)

// TestStemTable checks the stem counts against a map, past the table's
// growth, and that an uncounted stem has none.
func TestStemTable(t *testing.T) {
	var tb stemTable
	tb.slots = make([]int32, 1024)
	want := map[string]int32{}
	for i := 0; i < 5000; i++ {
		st := "stamm" + strconv.Itoa(i%1700)
		c := tb.count(st)
		c.n++
		want[st]++
	}
	if len(tb.ents) != len(want) {
		t.Fatalf("%d stems, want %d", len(tb.ents), len(want))
	}
	for st, n := range want {
		if got := tb.get(st).n; got != n {
			t.Errorf("%s: %d, want %d", st, got, n)
		}
	}
	if c := tb.get("wurzel"); c.n != 0 || c.last != 0 {
		t.Errorf("uncounted stem has %+v", c)
	}
	var empty stemTable
	if c := empty.get("wurzel"); c.n != 0 {
		t.Errorf("empty table has %+v", c)
	}
}
