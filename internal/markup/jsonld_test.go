package markup

import "testing"

func TestLDDatePublished(t *testing.T) {
	tests := []struct{ ld, want string }{
		{`{"@type":"NewsArticle","datePublished":"2023-09-14T08:00:00+02:00"}`, "2023-09-14T08:00:00+02:00"},
		{"{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\",\n  \"datePublished\" :\t\"2024-01-05\"}]}", "2024-01-05"},
		{`[{"headline":"x"},{"datePublished":"2022-02-24"}]`, "2022-02-24"},
		// The first script has none; the second has one.
		{"{\"headline\":\"datePublished\"}\x00{\"datePublished\":\"2021-06-01\"}", "2021-06-01"},
		// Not a key, or not a string: skipped.
		{`{"name":"datePublished","datePublished":2023}`, ""},
		{`{"datePublished":{"@value":"2023-01-01"}}`, ""},
		// An escaped value is not read; an unterminated one neither.
		{`{"datePublished":"2023\u002D01-01"}`, ""},
		{`{"datePublished":"2023-01-01`, ""},
		{"{\"datePublished\":\"2023-01\x00-01\"}", ""},
		{`{"datePublished"`, ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := LDDatePublished(tt.ld); got != tt.want {
			t.Errorf("LDDatePublished(%q) = %q, want %q", tt.ld, got, tt.want)
		}
	}
}

func FuzzLDDatePublished(f *testing.F) {
	f.Add(`{"datePublished":"2023-09-14"}`)
	f.Fuzz(func(t *testing.T, ld string) {
		got := LDDatePublished(ld)
		if len(got) > len(ld) {
			t.Fatalf("result longer than input")
		}
	})
}
