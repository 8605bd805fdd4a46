//go:build js && wasm

package main

import (
	"strings"
	"testing"

	"github.com/hack-pad/safejs"
)

// encode is the loader's node encoding (web/glossline.js walk()).
func encode(nodes ...string) string {
	var b strings.Builder
	for i, n := range nodes {
		flag := byte(64)
		if i > 0 && strings.HasPrefix(n, "\n") {
			flag |= 1
			n = n[1:]
		}
		b.WriteByte(flag)
		b.WriteString(n)
		b.WriteByte(0)
	}
	return b.String()
}

// call invokes the installed entry point the way the loader does.
func call(t *testing.T, args ...any) string {
	t.Helper()
	fn, err := safejs.Global().Get(globalName)
	if err != nil {
		t.Fatal(err)
	}
	v, err := fn.Invoke(args...)
	if err != nil {
		t.Fatalf("invoke: %v", err)
	}
	s, err := v.String()
	if err != nil {
		t.Fatalf("result is not a string: %v", err)
	}
	return s
}

func TestEntryPoint(t *testing.T) {
	if err := install(); err != nil {
		t.Fatal(err)
	}
	opts, err := safejs.ValueOf(map[string]any{"lang": "de", "ref": "2023-09-14"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []any
		want    []string
		notWant []string
	}{
		{
			name: "German article with a weekday and a full date",
			args: []any{encode("Das Treffen fand am Mittwoch statt. ", "Am 12. September 2023 reiste er an.", "\nDie KCNA meldete es."), opts},
			want: []string{`"status":"ok"`, `["time",{"class":"gl-date"`, `"datetime":"2023-09-13"`, `"datetime":"2023-09-12"`, `"panel":["aside"`},
		},
		{
			name:    "malformed node encoding",
			args:    []any{"no flag and no terminator", opts},
			want:    []string{`"status":"error"`},
			notWant: []string{`"wraps"`},
		},
		{
			name: "no arguments",
			args: nil,
			want: []string{`"status":"error"`},
		},
		{
			name: "not a string",
			args: []any{42},
			want: []string{`"status":"error"`},
		},
		{
			name:    "hostile glossary is reported, not applied",
			args:    []any{encode("Am Mittwoch kam die KCNA."), mustValue(t, map[string]any{"lang": "de", "glossary": `{"terms":[{"id":"x","term":"<script>alert(1)</script>"`})},
			want:    []string{`"warning":"publisher glossary ignored`},
			notWant: []string{"<script>"},
		},
		{
			name: "a publisher glossary read by the browser's JSON.parse defines its term",
			args: []any{encode("Am Mittwoch tagte der Stadtrat von Lindau."), mustValue(t, map[string]any{"lang": "de", "ref": "2023-09-14",
				"glossary": `{"version": 1, "entries": [{"id": "stadtrat-lindau", "term": "Stadtrat", "kind": "organization", "definition": {"de": "Das gewählte Gremium der Stadt <b>Lindau</b>.", "en": "Lindau's council."}}]}`})},
			want:    []string{`"href":"#gl-def-stadtrat-lindau"`, `Das gewählte Gremium der Stadt \u003cb\u003eLindau\u003c/b\u003e.`},
			notWant: []string{`"warning"`},
		},
		{
			name:    "a glossary that breaks the schema is reported with its path",
			args:    []any{encode("Am Mittwoch tagte der Stadtrat."), mustValue(t, map[string]any{"lang": "de", "glossary": `{"entries": [{"id": "Bad Id", "term": "Stadtrat", "definition": "x"}]}`})},
			want:    []string{`"warning":"publisher glossary ignored: glossary (entries[0].id)`},
			notWant: []string{"byte"},
		},
		{
			name: "a glossary nested too deeply is refused",
			args: []any{encode("Am Mittwoch tagte der Stadtrat."), mustValue(t, map[string]any{"lang": "de",
				"glossary": `{"entries": [{"id": "x", "term": "Rat", "definition": "x", "aliases": ` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}]}`})},
			want: []string{`"warning":"publisher glossary ignored: glossary: nested more than 16 levels`},
		},
		{
			name: "a glossary that is not JSON, or not an object",
			args: []any{encode("Am Mittwoch tagte der Stadtrat."), mustValue(t, map[string]any{"lang": "de", "glossary": `[1, 2`})},
			want: []string{`"warning":"publisher glossary ignored: glossary: invalid JSON`},
		},
		{
			// A page with nothing to read has no article: the plan is
			// "skipped" (pipeline.Run, since the article finder), marks
			// nothing and says why.
			name:    "empty article",
			args:    []any{"", opts},
			want:    []string{`"status":"skipped"`, `"wraps":[]`, `"warning":"no article found on this page: nothing marked"`},
			notWant: []string{`"status":"ok"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := call(t, tt.args...)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("result lacks %s\n%s", w, got)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("result contains %s\n%s", w, got)
				}
			}
		})
	}
}

func mustValue(t *testing.T, v any) safejs.Value {
	t.Helper()
	js, err := safejs.ValueOf(v)
	if err != nil {
		t.Fatal(err)
	}
	return js
}
