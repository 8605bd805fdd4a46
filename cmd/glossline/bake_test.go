package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bakePage is our own test article; its loader asks for the timeline
// before the article.
const bakePage = `<!doctype html>
<html lang="en"><head><title>Storm</title>
<script src="/assets/glossline.js" defer data-timeline="before"></script></head>
<body><article>
<h1>Storm season starts early</h1>
<p>The WMO said on Monday, 4 March 2024, that the season had begun.</p>
<p>Forecasters expect more storms on Tuesday.</p>
</article><footer>Contact</footer></body></html>`

func TestBake(t *testing.T) {
	code, out, errs := runCmd(t, bakePage, "bake", "-ref", "2024-03-05")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if errs != "" {
		t.Errorf("stderr: %s", errs)
	}
	for _, want := range []string{
		`<time class="gl-date" id="gl-d1" datetime="2024-03-04" data-value="2024-03-04">Monday, 4 March 2024</time>`,
		`<time class="gl-date" id="gl-d2" datetime="2024-03-05"`,            // Tuesday after the -ref date
		`<a class="gl-term" href="#gl-def-wmo" data-gl-entry="wmo">WMO</a>`, // the term leads to its note
		`<dt id="gl-def-wmo"`,
		`<article data-glossline="done">`,
		`<script src="/assets/glossline.js" defer="" data-timeline="before"></script>`, // the loader stays
	} {
		if !strings.Contains(out, want) {
			t.Errorf("baked page lacks %s", want)
		}
	}
	// data-timeline="before": the panel precedes the article.
	if p, a := strings.Index(out, `<aside class="gl-panel"`), strings.Index(out, "<article"); p < 0 || p > a {
		t.Errorf("panel at %d, article at %d; want the panel before the article", p, a)
	}
	if strings.Contains(out, "gl-switch") || strings.Contains(out, "<button") {
		t.Error("a baked page has the off switch, which needs script")
	}

	// Baking a baked page changes nothing and says so.
	code, again, errs := runCmd(t, out, "bake")
	if code != 0 || again != out || !strings.Contains(errs, "already carries glossline's markup") {
		t.Errorf("second bake: exit %d, unchanged %v, stderr %q", code, again == out, errs)
	}
}

// TestBakeOptions: the flags override the loader's data-* attributes.
func TestBakeOptions(t *testing.T) {
	page := strings.Replace(bakePage, `data-timeline="before"`, `data-timeline="none" data-mark="all"`, 1)
	_, out, _ := runCmd(t, page, "bake", "-ref", "2024-03-05")
	if strings.Contains(out, "gl-panel") {
		t.Error(`data-timeline="none" still inserted the panel`)
	}
	_, out, _ = runCmd(t, bakePage, "bake", "-ref", "2024-03-12")
	if !strings.Contains(out, `datetime="2024-03-12"`) {
		t.Error("-ref 2024-03-12 did not resolve Tuesday to 2024-03-12")
	}
}

func TestBakeErrors(t *testing.T) {
	dir := t.TempDir()
	badGloss := filepath.Join(dir, "g.json")
	os.WriteFile(badGloss, []byte(`{"entries": [`), 0o644)
	for _, tt := range []struct {
		name, stdin string
		args        []string
		code        int
		msg         string
	}{
		{"bad -lang", bakePage, []string{"-lang", "fr"}, 2, "-lang"},
		{"bad -mark", bakePage, []string{"-mark", "some"}, 2, "-mark"},
		{"bad -ref", bakePage, []string{"-ref", "yesterday"}, 2, "-ref"},
		{"plain text", "Just text on Monday.", nil, 1, "not an HTML page"},
		{"bad glossary", bakePage, []string{"-glossary", badGloss}, 1, "glossary"},
		{"bad data-target", strings.Replace(bakePage, "defer", `defer data-target="#nowhere"`, 1), nil, 1, "#nowhere"},
		{"two files", bakePage, []string{"a", "b"}, 2, "at most one"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.stdin, append([]string{"bake"}, tt.args...)...)
			if code != tt.code || !strings.Contains(errs, tt.msg) || out != "" {
				t.Errorf("exit %d (want %d), stderr %q (want %q), stdout %d bytes", code, tt.code, errs, tt.msg, len(out))
			}
		})
	}
}

func TestBundle(t *testing.T) {
	dist := t.TempDir()
	files := map[string]string{
		"manifest.json": `{"glossline.js": "glossline.js", "glossline-inline.js": "glossline-inline.0000000001.js",
		  "wasm_exec.js": "wasm_exec.0000000002.js", "glossline.css": "glossline.0000000003.css", "glossline.wasm": "glossline.0000000004.wasm",
		  "glossline-ui.js": "glossline-ui.0000000005.js", "glossline-kb.bin": "glossline-kb.0000000006.bin"}`,
		"glossline.js":                   "LOADER()",
		"glossline-inline.0000000001.js": "INLINE()",
		"wasm_exec.0000000002.js":        "EXEC()",
		"glossline.0000000003.css":       ".gl-x{}",
		"glossline.0000000004.wasm":      "\x00asm",
		"glossline-ui.0000000005.js":     "UI()",
		"glossline-kb.0000000006.bin":    "KB",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dist, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runCmd(t, bakePage, "bundle", "-dist", dist)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`<script data-timeline="before">LOADER()</script>`, `<style id="gl-css">.gl-x{}</style>`, `id="gl-wasm"`, `id="gl-kb"`, "INLINE()", "EXEC()", "UI()"} {
		if !strings.Contains(out, want) {
			t.Errorf("bundle lacks %s", want)
		}
	}

	os.Remove(filepath.Join(dist, "glossline.0000000004.wasm"))
	if code, _, errs := runCmd(t, bakePage, "bundle", "-dist", dist); code != 1 || !strings.Contains(errs, "glossline.0000000004.wasm") {
		t.Errorf("missing wasm: exit %d, %q", code, errs)
	}
	if code, _, errs := runCmd(t, bakePage, "bundle", "-dist", t.TempDir()); code != 1 || !strings.Contains(errs, "./build.sh") {
		t.Errorf("no manifest: exit %d, %q", code, errs)
	}
}

// TestBakeCSS: a baked page links glossline's stylesheet under its stable
// name — beside the page's loader by default, or where -css says — once,
// and never a second time; without a loader or -css it says how to link one.
func TestBakeCSS(t *testing.T) {
	noLoader := strings.Replace(bakePage, `<script src="/assets/glossline.js" defer data-timeline="before"></script>`, "", 1)
	linked := strings.Replace(bakePage, "<title>Storm</title>", `<title>Storm</title><link rel="stylesheet" href="/assets/glossline.0123456789.css">`, 1)
	absolute := strings.Replace(bakePage, `src="/assets/glossline.js"`, `src="https://static.example/gl/glossline.js?v=3"`, 1)
	for _, tt := range []struct {
		name, page string
		args       []string
		link       string // the stylesheet link wanted, "" for none
		stderr     string
	}{
		{"beside the loader", bakePage, nil, `<link rel="stylesheet" href="/assets/glossline.css"/></head>`, ""},
		{"loader on another origin", absolute, nil, `<link rel="stylesheet" href="https://static.example/gl/glossline.css"/></head>`, ""},
		{"-css", bakePage, []string{"-css", "/static/glossline.css"}, `<link rel="stylesheet" href="/static/glossline.css"/></head>`, ""},
		{"-css without a loader", noLoader, []string{"-css", "https://cdn.example/glossline.css"}, `<link rel="stylesheet" href="https://cdn.example/glossline.css"/></head>`, ""},
		{"-css none", bakePage, []string{"-css", "none"}, "", ""},
		{"linked already", linked, []string{"-css", "/static/glossline.css"}, `<link rel="stylesheet" href="/assets/glossline.0123456789.css"/>`, ""},
		{"no loader, no -css", noLoader, nil, "", "glossline bake: standard input: the baked page links no stylesheet for glossline's markup (it has no glossline.js script to put it beside): give the address of dist/glossline.css (-css URL; BakeOptions.Stylesheet in Go), or none\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.page, append(append([]string{"bake", "-ref", "2024-03-05"}, tt.args...), "-")...)
			if code != 0 || errs != tt.stderr {
				t.Fatalf("exit %d, stderr %q; want 0 and %q", code, errs, tt.stderr)
			}
			links := strings.Count(out, `rel="stylesheet"`)
			switch {
			case tt.link == "" && links != 0:
				t.Errorf("%d stylesheet links, want none:\n%s", links, out)
			case tt.link != "" && (links != 1 || !strings.Contains(out, tt.link)):
				t.Errorf("%d stylesheet links, want exactly %s:\n%.600s", links, tt.link, out)
			}
			if !strings.Contains(out, `class="gl-date"`) {
				t.Error("the page was not annotated")
			}
		})
	}
}
