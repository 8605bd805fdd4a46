package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestPeersHelpers runs peers.js's extent, offset and value helpers under
// Node (they need no npm package) and checks them against hand-made cases.
// Node is installed by ./build.sh test for the wasm tests.
func TestPeersHelpers(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node not found under CI")
		}
		t.Skip("node not found (./build.sh test installs it)")
	}
	script := filepath.Join(t.TempDir(), "t.js")
	abs, err := filepath.Abs("peers.js")
	if err != nil {
		t.Fatal(err)
	}
	js := `const p = require(` + jsString(abs) + `);
const stats = () => ({stripped: 0});
// A component as chrono-node reports it: known (certain) and implied values.
const comp = (known, values) => ({isCertain: k => known.includes(k), get: k => values[k]});
const v = {year: 2023, month: 9, day: 13, weekday: 3, hour: 10, minute: 5};
const text = "Über Köln am 13. September 😀 bis zum Mittwoch, on Monday;";
const off = p.byteOffsets(text);
const find = (s) => text.indexOf(s);
const span = (s, lng) => { const st = stats(); const [a, b] = p.trim(text, find(s), find(s) + s.length, lng, st); return [text.slice(a, b), st.stripped]; };
console.log(JSON.stringify({
  offsets: [off[0], off[1], off[6], off[text.indexOf("😀")], off[text.indexOf("😀") + 2], off[text.length]],
  bytes: Buffer.byteLength(text),
  spans: [span("am 13. September", "de"), span("bis zum Mittwoch,", "de"), span("on Monday;", "en"), span("am", "de")],
  values: [
    p.chronoValue(comp(["year", "month", "day"], v), true),
    p.chronoValue(comp(["weekday"], v), true),
    p.chronoValue(comp(["weekday"], v), false),
    p.chronoValue(comp(["month", "day"], v), false),
    p.chronoValue(comp(["year", "month"], v), true),
    p.chronoValue(comp(["year"], v), false),
    p.chronoValue(comp(["day", "month", "hour", "minute"], v), true),
  ],
  weeks: [p.isoWeek("2023-09-13"), p.isoWeek("2021-01-03"), p.isoWeek("2020-12-31")],
}));`
	if err := os.WriteFile(script, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, script).Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got struct {
		Offsets []int
		Bytes   int
		Spans   [][2]any
		Values  [][2]string
		Weeks   []string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	// "Ü" and "ö" take two UTF-8 bytes, the emoji two UTF-16 units and four bytes.
	text := "Über Köln am 13. September 😀 bis zum Mittwoch, on Monday;"
	emoji := len("Über Köln am 13. September ")
	wantOff := []int{0, 2, 7, emoji, emoji + 4, len(text)}
	for i, w := range wantOff {
		if got.Offsets[i] != w {
			t.Errorf("byte offset %d = %d, want %d", i, got.Offsets[i], w)
		}
	}
	if got.Bytes != len(text) {
		t.Errorf("text is %d bytes in Node, %d in Go", got.Bytes, len(text))
	}
	wantSpans := [][2]any{{"13. September", 1.0}, {"Mittwoch", 1.0}, {"Monday", 1.0}, {"am", 0.0}}
	for i, w := range wantSpans {
		if got.Spans[i] != w {
			t.Errorf("span %d = %v, want %v (text, stripped)", i, got.Spans[i], w)
		}
	}
	wantValues := [][2]string{
		{"2023-09-13", "DATE"},
		{"2023-09-13", "DATE"},
		{"XXXX-WXX-3", "DATE"},
		{"XXXX-09-13", "DATE"},
		{"2023-09", "DATE"},
		{"2023", "DATE"},
		{"2023-09-13T10:05", "TIME"},
	}
	for i, w := range wantValues {
		if got.Values[i] != w {
			t.Errorf("value %d = %v, want %v", i, got.Values[i], w)
		}
	}
	wantWeeks := []string{"2023-W37", "2020-W53", "2020-W53"}
	for i, w := range wantWeeks {
		if got.Weeks[i] != w {
			t.Errorf("ISO week %d = %s, want %s", i, got.Weeks[i], w)
		}
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
