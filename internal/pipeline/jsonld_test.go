package pipeline

import (
	"strings"
	"testing"
)

func TestLDDatePublished(t *testing.T) {
	tests := []struct{ name, ld, want string }{
		{"article object", `{"@type":"NewsArticle","datePublished":"2023-09-14T08:00:00+02:00"}`, "2023-09-14T08:00:00+02:00"},
		{"graph, spaces", "{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\",\n  \"datePublished\" :\t\"2024-01-05\"}]}", "2024-01-05"},
		{"array, untyped object", `[{"headline":"x"},{"datePublished":"2022-02-24"}]`, "2022-02-24"},
		{"second script", "{\"headline\":\"datePublished\"}\x00{\"datePublished\":\"2021-06-01\"}", "2021-06-01"},
		// An article's date wins over an earlier object's, also across scripts.
		{"article over web page", `{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"Article","datePublished":"2023-09-13"}]}`, "2023-09-13"},
		{"article in a later script", "{\"@type\":\"WebSite\",\"datePublished\":\"2019-05-05\"}\x00{\"@type\":\"ReportageNewsArticle\",\"datePublished\":\" 2023-09-15 \"}", "2023-09-15"},
		{"any object when no article", `{"@type":"WebPage","datePublished":"2022-02-02"}`, "2022-02-02"},
		{"type as a URL", `{"@type":"https://schema.org/BlogPosting","datePublished":"2021-01-02"}`, "2021-01-02"},
		{"type list", `[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":["CreativeWork","Report"],"datePublished":"2021-03-04"}]`, "2021-03-04"},
		// The outer of two nested articles comes first in the document.
		{"outer first", `{"@type":"Article","@graph":[{"@type":"Article","datePublished":"2001-01-01"}],"datePublished":"2002-02-02"}`, "2002-02-02"},
		// Objects are read at the top, in arrays and in @graph only.
		{"nested elsewhere", `{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2023-01-01"}}`, ""},
		// Value forms: a list's first string, an object's @value, escapes decoded.
		{"list value", `{"datePublished":[" ","2023-05-06"]}`, "2023-05-06"},
		{"@value", `{"datePublished":{"@value":"2023-01-01"}}`, "2023-01-01"},
		{"escape", `{"datePublished":"2023\u002D01-01"}`, "2023-01-01"},
		{"surrogates", `{"datePublished":"\ud83d\udcc5 2023"}`, "\uFFFD\uFFFD 2023"},
		{"not a string", `{"name":"datePublished","datePublished":2023}`, ""},
		// Wrappers some sites put around the JSON.
		{"comment wrapper", "<!--\n{\"datePublished\":\"2020-10-10\"}\n-->", "2020-10-10"},
		{"CDATA wrapper", "//<![CDATA[\n{\"datePublished\":\"2020-11-11\"}\n//]]>", "2020-11-11"},
		// Invalid JSON: the whole text is skipped, the next one read.
		{"unterminated", `{"datePublished":"2023-01-01`, ""},
		{"trailing comma", `{"@type":"Article","datePublished":"2023-01-01",}` + "\x00" + `{"datePublished":"2024-02-02"}`, "2024-02-02"},
		{"text after the value", `{"datePublished":"2023-01-01"} x`, ""},
		{"control character", "{\"datePublished\":\"2023-01\n-01\"}", ""},
		{"bad escape", `{"datePublished":"2023\x-01"}`, ""},
		{"NUL splits", "{\"datePublished\":\"2023-01\x00-01\"}", ""},
		{"key only", `{"datePublished"`, ""},
		{"too deep", strings.Repeat("[", ldMaxDepth) + `{"datePublished":"2023-01-01"}` + strings.Repeat("]", ldMaxDepth), ""},
		{"deep enough", strings.Repeat("[", ldMaxDepth-1) + `{"datePublished":"2023-01-01"}` + strings.Repeat("]", ldMaxDepth-1), "2023-01-01"},
		{"empty", "", ""},
		{"blank", " \n\x00\t", ""},
	}
	for _, tt := range tests {
		if got := LDDatePublished(tt.ld); got != tt.want {
			t.Errorf("%s: LDDatePublished(%q) = %q, want %q", tt.name, tt.ld, got, tt.want)
		}
	}
}

func FuzzLDDatePublished(f *testing.F) {
	f.Add(`{"datePublished":"2023-09-14"}`)
	f.Add(`{"@graph":[{"@type":["Article"],"datePublished":{"@value":"2023\u002d09"}}]}`)
	f.Add("[[[[\"\\ud800\\u0041\"]]]]\x00{}")
	f.Fuzz(func(t *testing.T, ld string) {
		got := LDDatePublished(ld)
		if got != strings.TrimSpace(got) {
			t.Fatalf("result %q not trimmed", got)
		}
		// A result without escapes in the input is a piece of the input.
		if !strings.Contains(ld, `\`) && !strings.Contains(ld, got) {
			t.Fatalf("result %q not in the input", got)
		}
	})
}
