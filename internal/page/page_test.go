package page

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/article"
)

// flagNames renders flags for readable failures: "B", "BL", "H", …
func flagNames(f article.Flags) string {
	var b strings.Builder
	for _, x := range []struct {
		f article.Flags
		s string
	}{{article.Block, "B"}, {article.Link, "L"}, {article.Heading, "H"}, {article.Caption, "C"}, {article.Done, "D"}} {
		if f&x.f != 0 {
			b.WriteString(x.s)
		}
	}
	return b.String()
}

// show renders the text nodes as "flags:text" items joined by " | ".
func show(nodes []article.Node) string {
	items := make([]string, len(nodes))
	for i, n := range nodes {
		items[i] = flagNames(n.Flags) + ":" + strconv.Quote(n.Text)
	}
	return strings.Join(items, " | ")
}

func mustParse(t testing.TB, src, target string) *Page {
	t.Helper()
	p, err := Parse(strings.NewReader(src), target)
	if err != nil {
		t.Fatalf("Parse(%.200q, %q): %v", src, target, err)
	}
	if len(p.Nodes) != len(p.Text) {
		t.Fatalf("len(Nodes) = %d, len(Text) = %d", len(p.Nodes), len(p.Text))
	}
	for i, n := range p.Nodes {
		if n.Data != p.Text[i].Text {
			t.Fatalf("Nodes[%d] = %q, Text[%d] = %q", i, n.Data, i, p.Text[i].Text)
		}
	}
	return p
}

// TestParagraphsText is the plain case: a body of several paragraphs.
func TestParagraphsText(t *testing.T) {
	src := `<!doctype html><html lang="de"><head><title>T</title></head><body>
<p>Erster Absatz.</p>
<p>Zweiter <b>fetter</b> Absatz.</p>
<p>Dritter Absatz mit <a href="/x">Link</a>.</p>
</body></html>`
	p := mustParse(t, src, "")
	// The white space between the paragraphs is kept, as the browser
	// walker keeps it.
	want := []article.Node{
		{Text: "\n", Flags: 0},
		{Text: "Erster Absatz.", Flags: article.Block},
		{Text: "\n", Flags: article.Block},
		{Text: "Zweiter ", Flags: article.Block},
		{Text: "fetter", Flags: 0},
		{Text: " Absatz.", Flags: 0},
		{Text: "\n", Flags: article.Block},
		{Text: "Dritter Absatz mit ", Flags: article.Block},
		{Text: "Link", Flags: article.Link},
		{Text: ".", Flags: 0},
		{Text: "\n", Flags: article.Block},
	}
	if got := show(p.Text); got != show(want) {
		t.Errorf("Text\n got %s\nwant %s", got, show(want))
	}
	if p.Target != nil || len(p.Boxes) != 3 || p.Walk.Title != "T" {
		t.Errorf("Target %v, %d boxes, title %q: want the body walked, its three paragraphs, title T", p.Target, len(p.Boxes), p.Walk.Title)
	}
	if got := docLang(p.Doc); got != "de" {
		t.Errorf("docLang = %q, want de", got)
	}
}

func TestWalker(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"nested inline", `<article><p>Am <em>12.</em> <span>Sep<b>tember</b></span> 2023</p></article>`,
			`B:"Am " | :"12." | :" " | :"Sep" | :"tember" | :" 2023"`},
		{"link and heading", `<article><h1>Titel <a href="#">mit Link</a></h1><p><a href="#">ganz</a> verlinkt</p></article>`,
			`BH:"Titel " | LH:"mit Link" | BL:"ganz" | :" verlinkt"`},
		{"caption", `<article><figure><img src=x><figcaption>Foto: <i>AP</i></figcaption></figure><p>Text</p></article>`,
			`BC:"Foto: " | C:"AP" | B:"Text"`},
		{"done markup", `<article><p>Am <time class="gl-date">Mittwoch</time> sprach <a class="gl-term" href="#k">KCNA</a>.</p></article>`,
			`B:"Am " | D:"Mittwoch" | :" sprach " | LD:"KCNA" | :"."`},
		{"skipped tags", `<article><p>a<script>x()</script>b<style>p{}</style>c<code>d</code>e<button>f</button>g</p>` +
			`<nav>menu</nav><aside>ad</aside><form><label>l</label></form><pre>p</pre><footer>f</footer>` +
			`<noscript>n</noscript><svg><text>s</text></svg><math><mi>m</mi></math><iframe>i</iframe><kbd>k</kbd><samp>s</samp>` +
			`<select><option>o</option></select><textarea>t</textarea><object>o</object><template>t</template></article>`,
			`B:"a" | :"b" | :"c" | :"e" | :"g"`},
		{"skipped attributes", `<article><p>a<span contenteditable>b</span><span contenteditable="false">c</span>` +
			`<span hidden>d</span><span aria-hidden="true">e</span><span aria-hidden="false">f</span>` +
			`<div class="x gl-panel">g</div><span class="gl-pop">h</span><span contenteditable="plaintext-only">i</span>j</p></article>`,
			`B:"a" | :"c" | :"f" | B:"j"`},
		{"br and hr are boundaries", `<article><p>eins<br>zwei<hr>drei</p></article>`,
			`B:"eins" | B:"zwei" | B:"drei"`},
		{"inline white space kept", `<article><p><b>a</b> <i>b</i></p></article>`,
			`B:"a" | :" " | :"b"`},
		{"white space between blocks kept", "<article>\n  <p>a</p>\n  <!-- c -->\n  <p>b</p>\n</article>",
			`:"\n  " | B:"a" | B:"\n  " | :"\n  " | B:"b" | B:"\n"`},
		{"white space between inline and block kept", "<article><p>a</p> <b>b</b></article>",
			`B:"a" | B:" " | :"b"`},
		{"skipped block is still a boundary", `<article><div>a<div hidden>x</div>b<p class="gl-panel">y</p>c</div></article>`,
			`B:"a" | B:"b" | B:"c"`},
		{"white space in inline parent kept", `<article><p>a<span> </span>b</p></article>`,
			`B:"a" | :" " | :"b"`},
		{"block boundary from a div inside text", `<article>vor<div>in</div>nach</article>`,
			`:"vor" | B:"in" | B:"nach"`},
		{"skipped subtree is no boundary", `<article><div>a<nav>x</nav>b</div></article>`,
			`B:"a" | :"b"`},
		{"list and table", `<article><ul><li>eins</li><li>zwei</li></ul><table><tr><td>c1</td><td>c2</td></tr></table></article>`,
			`B:"eins" | B:"zwei" | B:"c1" | B:"c2"`},
		{"entities and nbsp", `<article><p>12.&nbsp;September &amp; mehr</p></article>`,
			`B:"12.\u00a0September & mehr"`},
		{"empty article", `<article></article>`, ``},
		{"broken html", `<article><p>offen<p>noch <b>fett<i>kursiv</p></b>rest`,
			`B:"offen" | B:"noch " | :"fett" | :"kursiv" | B:"rest"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.src, "article")
			if got := show(p.Text); got != tt.want {
				t.Errorf("Parse(%.200q)\n got %s\nwant %s", tt.src, got, tt.want)
			}
		})
	}
}

func TestTarget(t *testing.T) {
	tests := []struct {
		name, src, target string
		wantID            string
	}{
		{"target id", `<body><article id=x></article><div id=t><p>x</p></div></body>`, "#t", "t"},
		{"target class", `<body><div id=a class="story main"></div><div id=b class=story></div></body>`, ".story", "a"},
		{"target tag.class", `<body><div id=a class=story></div><section id=b class=story></section></body>`, "section.story", "b"},
		{"target tag", `<body><section id=s></section></body>`, "section", "s"},
		{"target attribute", `<body><div id=a itemprop=other></div><div id=b itemprop=articleBody></div></body>`, "[itemprop=articleBody]", "b"},
		{"target quoted attribute", `<body><div id=a data-x="a b"></div></body>`, `[data-x="a b"]`, "a"},
		{"target bare attribute", `<body><div id=a></div><div id=b data-story></div></body>`, `div[data-story]`, "b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.src, tt.target)
			if got := attr(p.Target, "id"); got != tt.wantID {
				t.Errorf("Target id = %q, want %q", got, tt.wantID)
			}
		})
	}
}

func TestTargetErrors(t *testing.T) {
	for _, target := range []string{"#missing", "div p", "a > b", "p:first-child", "[x", ".", "#", "[=v]", "[a=b c]", "~"} {
		t.Run(target, func(t *testing.T) {
			if p, err := Parse(strings.NewReader(`<body><p id=x>t</p></body>`), target); err == nil {
				t.Errorf("Parse(target %q) = target <%s>, want an error", target, p.Target.Data)
			}
		})
	}
}

func TestTargetFlagsFromAncestors(t *testing.T) {
	p := mustParse(t, `<body><h2 id=h>Kopf <a href=#>zeile</a></h2></body>`, "#h")
	if got, want := show(p.Text), `H:"Kopf " | LH:"zeile"`; got != want {
		t.Errorf("Text = %s, want %s", got, want)
	}
}

func TestIsHTML(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{"<!DOCTYPE html><html></html>", true},
		{"\xef\xbb\xbf  \n<!doctype HTML>", true},
		{"<html lang=de>", true},
		{"<HEAD>", true},
		{"<body>", true},
		{"<article class=x>", true},
		{"<p>Text</p>", true},
		{"<p>", true},
		{"<div>", true},
		{"<meta charset=utf-8>", true},
		{"<!-- comment -->", true},
		{"Plain text with a </p> close tag", true},
		{"Text " + strings.Repeat("x", 2000) + "</div>", false},
		{"Some text </DIV> here", true},
		{"<pre>code</pre>", false},
		{"<param>", false},
		{"Kim Jong Un verspricht Putin Unterstützung.", false},
		{"", false},
		{"   ", false},
		{"a < b and c > d", false},
	}
	for _, tt := range tests {
		t.Run(tt.data, func(t *testing.T) {
			if got := IsHTML([]byte(tt.data)); got != tt.want {
				t.Errorf("IsHTML(%q) = %v, want %v", tt.data, got, tt.want)
			}
		})
	}
}

func TestEmptyInput(t *testing.T) {
	for _, src := range []string{"", "   ", "\xff\xfe", "<", "<html>", "<!doctype html>"} {
		t.Run(src, func(t *testing.T) {
			p := mustParse(t, src, "")
			if p.Doc == nil || p.Walk == nil || p.Target != nil {
				t.Fatalf("Doc %v, Walk %v, Target %v: want the body walked", p.Doc, p.Walk, p.Target)
			}
		})
	}
}

// bigPage returns an article page of about size bytes.
func bigPage(size int) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="de"><body><nav><a href=/>Start</a></nav><article><h1>Titel</h1>`)
	para := `<p>Am <b>Dienstag</b>, dem 12. September 2023, traf <a href="/p">Kim</a> in Wladiwostok ein.</p>` + "\n"
	for b.Len() < size {
		b.WriteString(para)
	}
	b.WriteString(`</article></body></html>`)
	return b.String()
}

func TestLargePage(t *testing.T) {
	src := bigPage(5 << 20)
	p := mustParse(t, src, "")
	paras := strings.Count(src, "<p>")
	// The title, then per paragraph: "Am ", "Dienstag", ", dem … traf ",
	// "Kim", " in … ein.", "\n".
	if want := 1 + 6*paras; len(p.Text) != want {
		t.Fatalf("len(Text) = %d, want %d", len(p.Text), want)
	}
	blocks := 0
	for _, n := range p.Text {
		if n.Flags&article.Block != 0 {
			blocks++
		}
	}
	if want := 1 + 2*paras; blocks != want {
		t.Errorf("%d nodes with Block, want %d", blocks, want)
	}
}

func TestDeepNesting(t *testing.T) {
	nest := func(depth int) string {
		return "<article>" + strings.Repeat("<div><span>", depth) + "tief" + strings.Repeat("</span></div>", depth) + "</article>"
	}
	p := mustParse(t, nest(200), "")
	if got := show(p.Text); got != `B:"tief"` {
		t.Errorf("Text = %s", got)
	}
	// Deeper than the HTML parser's limit of 512 open elements: an error,
	// not a panic or a hang.
	if _, err := Parse(strings.NewReader(nest(20000)), ""); err == nil || !strings.HasPrefix(err.Error(), "not readable as HTML: ") {
		t.Errorf("Parse(20000 levels) error = %v, want a \"not readable as HTML\" error", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "<p>a</p>", bigPage(2000),
		`<script type="application/ld+json">[{"@graph":[{"datePublished":["x"]}]}]</script><article><header><time datetime=x>`,
		"<article><p>a<b>b<i>c</p>d</b>e<br>f<table><td>g",
	} {
		f.Add(s, "")
		f.Add(s, "#x")
		f.Add(s, "p.c[a=b]")
	}
	f.Fuzz(func(t *testing.T, src, target string) {
		p, err := Parse(strings.NewReader(src), target)
		if err != nil {
			return // bad targets and documents nested too deeply
		}
		if p.Doc == nil || p.Walk == nil || len(p.Nodes) != len(p.Text) || len(p.Boxes) != len(p.Walk.Boxes) {
			t.Fatalf("bad page: Doc %v Walk %v %d nodes %d texts", p.Doc, p.Walk, len(p.Nodes), len(p.Text))
		}
		for i, n := range p.Text {
			if n.Text == "" || n.Text != p.Nodes[i].Data {
				t.Fatalf("Text[%d] = %q, node %q", i, n.Text, p.Nodes[i].Data)
			}
		}
		IsHTML([]byte(src))
	})
}

func BenchmarkParse(b *testing.B) {
	src := bigPage(1 << 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader([]byte(src)), ""); err != nil {
			b.Fatal(err)
		}
	}
}
