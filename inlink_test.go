package glossline

import "testing"

// TestTermInLink: a term that stands inside a link of the page is listed
// with in_link, so that a tool applying the terms marks it without a
// control of its own; a term outside links has none.
func TestTermInLink(t *testing.T) {
	page := `<html lang="en"><head><title>Talks</title></head><body><article><h1>Talks resume</h1>` +
		`<p>Talks resumed on Monday in Geneva between the two delegations, officials said after the first round.</p>` +
		`<p>The <a href="/topics/who">World Health Organization</a> hosted them, a spokesman said on Tuesday evening.</p>` +
		`<p>The talks were also attended by two observers from NATO, who arrived in Geneva on Monday.</p>` +
		`</article></body></html>`
	doc, err := Annotate([]byte(page), &Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, tm := range doc.Terms {
		seen[tm.Text] = tm.InLink
	}
	if in, ok := seen["World Health Organization"]; !ok || !in {
		t.Errorf("World Health Organization: listed %v, in_link %v; want listed with in_link (terms %+v)", ok, in, doc.Terms)
	}
	if in, ok := seen["NATO"]; !ok || in {
		t.Errorf("NATO: listed %v, in_link %v; want listed without in_link (terms %+v)", ok, in, doc.Terms)
	}
}
