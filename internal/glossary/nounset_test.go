package glossary

import (
	"sort"
	"strings"
	"testing"
)

// TestNounSet checks the hash set of the German noun list against a plain
// search of its lines: every line, every line without its last byte or
// with one more, and words of our own that are in no list.
func TestNounSet(t *testing.T) {
	list := lexiconFor("de").nounList
	if list == "" {
		t.Skip("no German noun list")
	}
	lines := strings.Split(strings.TrimSuffix(list, "\n"), "\n")
	if !sort.StringsAreSorted(lines) {
		t.Fatal("noun list not sorted")
	}
	has := func(s string) bool {
		i := sort.SearchStrings(lines, s)
		return s != "" && i < len(lines) && lines[i] == s
	}
	words := []string{"", "x", "ab", "äpfel", "über", "ölfass", "bäume", "quastenflosser-", "zzzzzz", strings.Repeat("a", 300), "mäuse", "ö"}
	for _, l := range lines {
		words = append(words, l, l[:len(l)-1], l+"e", l+"-")
	}
	for _, w := range words {
		if got, want := inNouns(w), has(w); got != want {
			t.Errorf("inNouns(%q) = %v, want %v", w, got, want)
		}
		// mayBeNounForm never refuses a form nounForm would find
		if nounFormSlow(w, has) && !mayBeNounForm(list, w) {
			t.Errorf("mayBeNounForm(%q) = false, but it is a noun form", w)
		}
	}
	// a small list of our own: every line found, nothing else
	small := "baum\nhaupt-\nhaus\nzug"
	set := buildNounSet(small).slots
	if len(set) < 8 || len(set)&(len(set)-1) != 0 {
		t.Fatalf("set of 4 lines has %d slots", len(set))
	}
	n := 0
	for _, v := range set {
		if v != 0 {
			n++
		}
	}
	if n != 4 {
		t.Errorf("set of 4 lines holds %d", n)
	}
}

// nounFormSlow is nounForm without the filter, on a plain search.
func nounFormSlow(f string, has func(string) bool) bool {
	for _, x := range nounEndings {
		st, ok := strings.CutSuffix(f, x)
		if !ok || len(st) < 3 {
			continue
		}
		if x != "er" && x != "ern" && has(st) {
			return true
		}
		if u := unUmlaut(st); u != st && has(u) {
			return true
		}
	}
	return false
}
