package page

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/manifest"
	"github.com/glossline/glossline/internal/markup"
)

// render returns the body's HTML of p's document.
func renderBody(t *testing.T, p *Page) string {
	t.Helper()
	var b bytes.Buffer
	if err := p.Render(&b); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	start, end := strings.Index(s, "<body>"), strings.LastIndex(s, "</body>")
	if start < 0 || end < start {
		t.Fatalf("no body in %s", s)
	}
	return s[start+len("<body>") : end]
}

// testPlan wraps "Monday" in node 0 and the acronym after an emoji in node
// 1 (UTF-16 offsets: the emoji is two units), with a one-entry panel.
func testPlan() *markup.Plan {
	return &markup.Plan{
		Wraps: []markup.Wrap{
			{Piece: article.Piece{Node: 0, From: 3, To: 9}, El: markup.El("time", "class", "gl-date", "id", "gl-d1")},
			{Piece: article.Piece{Node: 1, From: 3, To: 7}, El: markup.El("a", "class", "gl-term", "href", "#gl-def-nato")},
		},
		Panel: markup.El("aside", "class", "gl-panel").AddText("notes & <more>"),
	}
}

const testPage = `<!doctype html><html><head><title>t</title></head><body><article><p>On Monday they met.</p><p>😀 NATO said</p></article><div id="side"></div></body></html>`

func TestApply(t *testing.T) {
	for _, tt := range []struct {
		timeline, want string
	}{
		{"", `<article data-glossline="done"><p>On <time class="gl-date" id="gl-d1">Monday</time> they met.</p><p>😀 <a class="gl-term" href="#gl-def-nato">NATO</a> said</p></article><aside class="gl-panel">notes &amp; &lt;more&gt;</aside><div id="side"></div>`},
		{"before", `<aside class="gl-panel">notes &amp; &lt;more&gt;</aside><article data-glossline="done">`},
		{"none", `</article><div id="side"></div>`},
		{"#side", `</article><div id="side"><aside class="gl-panel">`},
		{"#missing", `</article><aside class="gl-panel">`},
	} {
		t.Run(tt.timeline, func(t *testing.T) {
			p := mustParse(t, testPage, "")
			if err := p.Apply(testPlan(), tt.timeline); err != nil {
				t.Fatal(err)
			}
			if got := renderBody(t, p); !strings.Contains(got, tt.want) {
				t.Errorf("got  %s\nwant it to contain %s", got, tt.want)
			}
		})
	}
}

// TestApplyRefuses: a plan that does not fit the page changes nothing.
func TestApplyRefuses(t *testing.T) {
	for name, w := range map[string]markup.Wrap{
		"node out of range":  {Piece: article.Piece{Node: 9, From: 0, To: 1}, El: markup.El("time")},
		"beyond the text":    {Piece: article.Piece{Node: 0, From: 3, To: 99}, El: markup.El("time")},
		"inside a surrogate": {Piece: article.Piece{Node: 1, From: 1, To: 3}, El: markup.El("time")},
		"empty piece":        {Piece: article.Piece{Node: 0, From: 3, To: 3}, El: markup.El("time")},
		"no element":         {Piece: article.Piece{Node: 0, From: 3, To: 4}},
	} {
		t.Run(name, func(t *testing.T) {
			p := mustParse(t, testPage, "")
			before := renderBody(t, p)
			plan := testPlan()
			plan.Wraps = append(plan.Wraps, w)
			if err := p.Apply(plan, ""); err == nil {
				t.Error("no error")
			}
			if got := renderBody(t, p); got != before {
				t.Errorf("the page changed: %s", got)
			}
		})
	}
	p := mustParse(t, testPage, "")
	if err := p.Apply(testPlan(), "#bad selector!"); err == nil {
		t.Error("a bad data-timeline selector gave no error")
	}
}

func TestAnnotated(t *testing.T) {
	for src, want := range map[string]bool{
		testPage: false,
		`<article data-glossline="done"><p>x</p></article>`:                     true,
		`<article><p>On <time class="gl-date">Monday</time></p></article>`:      true,
		`<article><p><a class="x gl-term" href="#gl-def-a">A</a></p></article>`: true,
		`<article><p><time datetime="2024-01-01">1 Jan</time></p></article>`:    false, // the publisher's own <time>
	} {
		if got := mustParse(t, src, "").Annotated(); got != want {
			t.Errorf("Annotated(%s) = %v, want %v", src, got, want)
		}
	}
}

func TestLoaderData(t *testing.T) {
	p := mustParse(t, `<html lang="de-DE"><head><script src="/js/app.js" data-x="no"></script>
<script src="/gl/glossline.js?v=2" defer data-timeline="#side" data-lang="en" data-gl-back="b"></script></head>
<body><article><p>x</p></article><script type="application/json" id="terms">{"a":1}</script></body></html>`, "")
	d := LoaderData(p.Doc)
	if d["timeline"] != "#side" || d["lang"] != "en" || d["glBack"] != "b" || d["x"] != "" {
		t.Errorf("LoaderData = %v", d)
	}
	if docLang(p.Doc) != "de-DE" {
		t.Errorf("docLang = %q, want de-DE as written", docLang(p.Doc))
	}
	if g, ok := p.JSONScript("#terms"); !ok || g != `{"a":1}` {
		t.Errorf("JSONScript(#terms) = %q, %v", g, ok)
	}
	if _, ok := p.JSONScript("missing"); ok {
		t.Error("JSONScript(missing) found something")
	}
	if LoaderData(mustParse(t, `<p>no loader</p>`, "").Doc) != nil {
		t.Error("LoaderData without a loader is not nil")
	}
}

func TestBundle(t *testing.T) {
	a := &manifest.Assets{Loader: "LOADER()", Inline: "INLINE()", WasmExec: "EXEC()", CSS: ".gl{}", UI: "UI()", Wasm: []byte("\x00asm")}
	src := `<!doctype html><html><head><link rel="stylesheet" href="/x/glossline.0a1b2c3d4e.css"><script src="glossline.js" defer data-lang="de"></script></head><body><article><p>x</p></article></body></html>`
	var out bytes.Buffer
	if err := Bundle(&out, strings.NewReader(src), a); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		`<style id="gl-css">.gl{}</style><script data-lang="de">LOADER()</script></head>`,
		`<script type="application/octet-stream" id="gl-wasm">H4sI`, // gzip, base64
		`<script>INLINE()</script><script id="gl-go">EXEC()</script><script id="gl-ui">UI()</script></body>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("bundle lacks %s:\n%s", want, got)
		}
	}
	if strings.Contains(got, "<link") || strings.Contains(got, "src=") {
		t.Errorf("bundle still loads a file:\n%s", got)
	}

	// A page without loader or stylesheet gets both in <head>.
	out.Reset()
	if err := Bundle(&out, strings.NewReader(`<p>x</p>`), a); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `<head><script>LOADER()</script><style id="gl-css">`) {
		t.Errorf("bundle of a bare page: %s", out.String())
	}

	// Refusals: a script that would end early, a page bundled already.
	bad := *a
	bad.WasmExec = `x="</SCRIPT>"`
	if err := Bundle(io.Discard, strings.NewReader(src), &bad); err == nil || !strings.Contains(err.Error(), "wasm_exec.js") {
		t.Errorf("inline </script: error %v", err)
	}
	if err := Bundle(io.Discard, strings.NewReader(got), a); err == nil {
		t.Error("bundling a single-file page again gave no error")
	}
}
