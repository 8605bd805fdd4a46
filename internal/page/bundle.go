package page

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/glossline/glossline/internal/manifest"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bundle writes the page with everything glossline needs inline, so that
// it works opened from file:// with no network:
//
//   - the loader's <script src=".../glossline.js"> becomes an inline script
//     with the same data-* options (one is added to <head> if the page has
//     none);
//   - a <link rel="stylesheet"> to glossline's CSS becomes <style
//     id="gl-css"> (added to <head> if there is none; the loader does not
//     add its stylesheet when #gl-css exists);
//   - at the end of <body>: <script type="application/octet-stream"
//     id="gl-wasm"> holding the wasm's gzip stream in base64 (about a third
//     of the wasm's size), id="gl-kb" holding the knowledge base's the same
//     way, the inline decoder, wasm_exec.js (glossline's
//     Go runner, as <script id="gl-go">) and the reader's UI (<script
//     id="gl-ui">), where the loader finds them.
//
// The loader runs Go on the page's thread then: no fetch, no Worker. An
// inline script may not contain "</script" or "<!--" (either could end or
// upset the element early); Bundle fails rather than write a broken page.
// A page that already carries the inline wasm is an error too.
func Bundle(w io.Writer, r io.Reader, a *manifest.Assets) error {
	for name, code := range map[string]string{"loader": a.Loader, "inline decoder": a.Inline, "wasm_exec.js": a.WasmExec, "CSS": a.CSS, "reader UI": a.UI} {
		low := strings.ToLower(code)
		for _, bad := range []string{"</script", "<!--", "</style"} {
			if strings.Contains(low, bad) {
				return fmt.Errorf("the built %s contains %q and cannot be inlined", name, bad)
			}
		}
	}
	doc, err := html.Parse(r)
	if err != nil {
		return errors.New("not readable as HTML: " + strings.TrimPrefix(err.Error(), "html: "))
	}
	if find(doc, func(n *html.Node) bool { return attr(n, "id") == "gl-wasm" }) != nil {
		return errors.New("already a single-file page (it holds #gl-wasm)")
	}
	head := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Head })
	body := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if head == nil || body == nil {
		// html.Parse always creates both.
		return errors.New("document without head or body")
	}

	loader := find(doc, isLoader)
	if loader == nil {
		loader = &html.Node{Type: html.ElementNode, Data: "script", DataAtom: atom.Script}
		head.AppendChild(loader)
	}
	keep := loader.Attr[:0]
	for _, at := range loader.Attr {
		if at.Namespace == "" && (at.Key == "src" || at.Key == "defer" || at.Key == "async" || at.Key == "type" || at.Key == "integrity" || at.Key == "crossorigin") {
			continue
		}
		keep = append(keep, at)
	}
	loader.Attr = keep
	setText(loader, a.Loader)

	style := &html.Node{Type: html.ElementNode, Data: "style", DataAtom: atom.Style, Attr: []html.Attribute{{Key: "id", Val: "gl-css"}}}
	setText(style, a.CSS)
	if link := find(doc, isGlosslineCSS); link != nil {
		link.Parent.InsertBefore(style, link)
		link.Parent.RemoveChild(link)
	} else {
		head.AppendChild(style)
	}

	for _, f := range []struct {
		id     string
		raw, z []byte
	}{{"gl-wasm", a.Wasm, a.WasmGzip}, {"gl-kb", a.KB, nil}} {
		gz := f.z
		if gz == nil {
			var z bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
			zw.Write(f.raw)
			if err := zw.Close(); err != nil {
				return err
			}
			gz = z.Bytes()
		}
		data := script(base64.StdEncoding.EncodeToString(gz))
		data.Attr = []html.Attribute{{Key: "type", Val: "application/octet-stream"}, {Key: "id", Val: f.id}}
		body.AppendChild(data)
	}
	body.AppendChild(script(a.Inline))
	for _, s := range [][2]string{{"gl-go", a.WasmExec}, {"gl-ui", a.UI}} {
		n := script(s[1])
		n.Attr = []html.Attribute{{Key: "id", Val: s[0]}}
		body.AppendChild(n)
	}
	return html.Render(w, doc)
}

// isGlosslineCSS reports whether n links glossline's stylesheet.
func isGlosslineCSS(n *html.Node) bool {
	if n.DataAtom != atom.Link || !hasToken(strings.ToLower(attr(n, "rel")), "stylesheet") {
		return false
	}
	href := attr(n, "href")
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	base := href[strings.LastIndexByte(href, '/')+1:]
	return strings.HasPrefix(base, "glossline.") && strings.HasSuffix(base, ".css")
}

func script(code string) *html.Node {
	s := &html.Node{Type: html.ElementNode, Data: "script", DataAtom: atom.Script}
	setText(s, code)
	return s
}

// setText replaces n's children with one text node.
func setText(n *html.Node, s string) {
	for n.FirstChild != nil {
		n.RemoveChild(n.FirstChild)
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: s})
}
