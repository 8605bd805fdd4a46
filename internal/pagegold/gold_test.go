package pagegold

import (
	"strings"
	"testing"
)

// TestGold loads every gold file strictly and checks each one's internal
// consistency against its entry in pages.json.
func TestGold(t *testing.T) {
	pages, err := LoadPages()
	if err != nil {
		t.Fatal(err)
	}
	golds, err := LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*PageInfo{}
	for i := range pages {
		p := &pages[i]
		if p.Name == "" || byName[p.Name] != nil {
			t.Errorf("pages.json: name %q empty or repeated", p.Name)
		}
		byName[p.Name] = p
		if d := p.Published; d != nil && (len(*d) != len("2006-01-02") || !ValidValue(*d)) {
			t.Errorf("pages.json %s: published %q is not YYYY-MM-DD", p.Name, *d)
		}
		if !p.Foreign() && len(p.With) == 0 {
			t.Errorf("pages.json %s: no with phrases", p.Name)
		}
	}
	if len(pages) != 26 || len(golds) < 12 {
		t.Errorf("%d pages and %d gold files; want 26 and at least 12", len(pages), len(golds))
	}
	langs := map[string]int{}
	for _, name := range sortedNames(golds) {
		g := golds[name]
		info := byName[name]
		if info == nil {
			t.Errorf("%s.json: no such page in pages.json", name)
			continue
		}
		langs[g.Lang]++
		for _, e := range Check(g, info) {
			t.Errorf("%s.json: %s", name, e)
		}
	}
	if langs["de"] < 6 || langs["en"] < 6 {
		t.Errorf("gold pages per language %v; want at least 6 German and 6 English", langs)
	}
}

func TestDecodeStrict(t *testing.T) {
	var g Gold
	for _, bad := range []string{
		`{"page": "x", "timexes": [{"text": "1877", "valeu": "1877"}]}`,
		`{"page": "x"} {}`,
		`{"page": 1}`,
	} {
		if err := decodeStrict([]byte(bad), &g); err == nil {
			t.Errorf("decodeStrict(%s) accepted it", bad)
		}
	}
	if err := decodeStrict([]byte(`{"page": "x", "timexes": [{"text": "1877", "value": null}]}`+"\n"), &g); err != nil {
		t.Errorf("a good file: %v", err)
	}
}

func TestValidValue(t *testing.T) {
	good := []string{"2020-02-12", "2020-02", "2020", "2020-W07", "201", "19", "2020-SU", "2020-Q1",
		"2020-H1", "2020-02-12TEV", "2020-02-12T15:33", "1950/1953", "XXXX-02-12", "PRESENT_REF",
		"PAST_REF", "FUTURE_REF", "P3D", "PT4H", "P18M", "PXY", "P365.24D", "PT24H37M22S", "PXDE", "P1Y6M"}
	bad := []string{"", "2020-13", "2020-02-30", "20200212", "P", "PT", "P3", "P3X", "P.5D", "P5.D",
		"PRESENT", "12.02.2020", "2020-02-12T25:00", "PTXHY"}
	for _, v := range good {
		if !ValidValue(v) {
			t.Errorf("ValidValue(%q) = false", v)
		}
	}
	for _, v := range bad {
		if ValidValue(v) {
			t.Errorf("ValidValue(%q) = true", v)
		}
	}
}

func TestCheck(t *testing.T) {
	pub := "2020-01-01"
	info := &PageInfo{Name: "p", Lang: "en", Published: &pub}
	v := func(s string) *string { return &s }
	g := &Gold{Page: "p", Lang: "en", ReferenceDate: pub,
		Timexes: []Timex{
			{Text: "May 2019", Context: "in  May\u00AD 2019 it", Type: "DATE", Value: v("2019-05")},
			{Text: "June", Context: "in July it", Type: "DATE", Value: v("2019-06")},
			{Text: "two years", Context: "for two years", Type: "DATE", Value: v("P2Y")},
			{Text: "1917", Context: "the film 1917", Type: "DATE", Value: nil},
		},
		Timeline: []Event{{Date: "2019-05", LabelAny: []string{"x"}}, {Date: "2019-07", LabelAny: []string{"y"}}},
		Glossary: []Term{{Term: "EU", Kind: "acronym", Required: true}},
		MustNot:  []string{"EU"},
	}
	want := []string{"June", "P2Y", "1917", "2019-07", "EU", "must_not"}
	errs := Check(g, info)
	if len(errs) != len(want) {
		t.Errorf("Check: %d errors, want %d:\n%s", len(errs), len(want), strings.Join(errs, "\n"))
	}
	for i, w := range want {
		if i < len(errs) && !strings.Contains(errs[i], w) {
			t.Errorf("error %d = %q, want it about %q", i, errs[i], w)
		}
	}
}
