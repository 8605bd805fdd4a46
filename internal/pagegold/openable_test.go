package pagegold

import (
	"testing"
)

// TestOpenable: a term counts as marked only where the plan wraps it in a
// term a reader can open (a.gl-term, or span.gl-term in a link's text).
func TestOpenable(t *testing.T) {
	_, out, err := Run([]byte(`<!doctype html><html lang="en"><body><article><p>The talks were hosted by <a href="/topics/nato">NATO</a> in Brussels on Tuesday, officials said.</p>` +
		`<p>Later the UNESCO said it would send observers to the harbour, its spokeswoman said.</p></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Result.Terms) != 2 || len(Openable(out)) != 2 {
		t.Fatalf("terms %v, openable %v; want both", out.Result.Terms, Openable(out))
	}
	// A wrap the plan does not make (or makes as something else) is no mark.
	for i := range out.Plan.Wraps {
		if out.Plan.Wraps[i].El.Tag == "span" {
			out.Plan.Wraps[i].El.Tag = "b"
		}
	}
	if got := Openable(out); len(got) != 1 || out.Text.Text[got[0].Start:got[0].End] != "UNESCO" {
		t.Errorf("openable %v; want only UNESCO", got)
	}
	out.Plan.Wraps = nil
	if got := Openable(out); len(got) != 0 {
		t.Errorf("openable %v without wraps", got)
	}
}
