package markup

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestElementHTML(t *testing.T) {
	e := El("a", "class", "gl-term", "href", `#x"><script>`).AddText("<b>KCNA</b> & co")
	want := `<a class="gl-term" href="#x&#34;&gt;&lt;script&gt;">&lt;b&gt;KCNA&lt;/b&gt; &amp; co</a>`
	if got := e.HTML(); got != want {
		t.Errorf("HTML = %s\nwant   %s", got, want)
	}
	if got := El("br").HTML(); got != "<br>" {
		t.Errorf("void element = %s", got)
	}
	if got := TextNode("a\xffb\x00").HTML(); got != "a\uFFFDb\uFFFD" {
		t.Errorf("invalid UTF-8 and NUL = %q", got)
	}
}

func TestElementJSON(t *testing.T) {
	e := El("li", "data-value", "2023").Add(El("time", "datetime", "2023").AddText("2023"), TextNode(" \"Gipfel\" </script>\u2028"))
	var b strings.Builder
	e.WriteJSON(&b)
	var got []any
	if err := json.Unmarshal([]byte(b.String()), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if got[0] != "li" || got[1].(map[string]any)["data-value"] != "2023" || got[3] != " \"Gipfel\" </script>\u2028" {
		t.Errorf("decoded %v", got)
	}
	if strings.Contains(b.String(), "</script>") || strings.Contains(b.String(), "\u2028") {
		t.Errorf("JSON not safe to embed: %s", b.String())
	}
}

func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\x00\x1f\x7f", "\xff\xfe", "</script>", "\u2028\u2029", "😀"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		JSONString(&b, s)
		var got string
		if err := json.Unmarshal([]byte(b.String()), &got); err != nil {
			t.Fatalf("JSONString(%q) = %s: %v", s, b.String(), err)
		}
		if want := strings.ToValidUTF8(s, "\uFFFD"); got != want && strings.ToValidUTF8(s, "") == s {
			t.Fatalf("round trip %q -> %q", s, got)
		}
	})
}
