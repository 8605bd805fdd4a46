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
		for _, x := range nounEndings {
			words = append(words, l+x, "x"+l+x)
		}
		if u := umlautOf(l); u != l {
			for _, x := range nounEndings {
				words = append(words, u+x)
			}
		}
	}
	for _, w := range words {
		if got, want := inNouns(w), has(w); got != want {
			t.Errorf("inNouns(%q) = %v, want %v", w, got, want)
		}
		// the filter never refuses a form nounForm finds without it
		if !nounForm(w) {
			noNounFilter = true
			if nounForm(w) {
				t.Errorf("nounForm(%q) is false with the filter, true without", w)
			}
			noNounFilter = false
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

// umlautOf puts an umlaut on the last a, o or u of w ("baum" → "bäum"),
// or returns w.
func umlautOf(w string) string {
	for i := len(w) - 1; i >= 0; i-- {
		switch w[i] {
		case 'a':
			return w[:i] + "ä" + w[i+1:]
		case 'o':
			return w[:i] + "ö" + w[i+1:]
		case 'u':
			return w[:i] + "ü" + w[i+1:]
		}
	}
	return w
}
