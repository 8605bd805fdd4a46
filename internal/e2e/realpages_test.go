//go:build e2e

package e2e

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/glossline/glossline/internal/devserver"
	"github.com/glossline/glossline/internal/pagegold"
	"github.com/glossline/glossline/internal/shared"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// realPagesServer serves a folder for the pages under /p/ and dist/ at /
// on 127.0.0.1; nothing leaves it: the saved pages' remaining images and
// styles from other hosts are refused at once by its policy. It returns
// the folder and the server's URL.
func realPagesServer(t *testing.T) (site, url string) {
	t.Helper()
	site = t.TempDir()
	mux := http.NewServeMux()
	mux.Handle("/p/", http.StripPrefix("/p", http.FileServer(http.Dir(site))))
	mux.Handle("/", devserver.Handler(distDir(t)))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return site, srv.URL
}

// TestRealPages runs the widget on every saved news page of
// ../shared/pages (scripts and external resources stripped: the network is
// off) and checks, against the gold of internal/pagegold and against
// `glossline bake` and `glossline annotate` on the same page:
//
//   - the widget finishes (ok, or skipped for the two foreign pages, which
//     keep no mark and no data-glossline claim);
//   - the browser and bake choose the same root and mark the same words,
//     and the browser's reference date is annotate's and the gold's;
//   - the page's text is unchanged (what glossline adds aside), and
//     glossline.remove() restores the body byte for byte.
func TestRealPages(t *testing.T) {
	dir := shared.Path(t, "pages")
	pages, err := pagegold.LoadPages()
	if err != nil {
		t.Fatal(err)
	}
	site, srvURL := realPagesServer(t)
	bin := glosslineBin(t)
	// One browser, a new tab per page.
	bctx := browserFor(t, 15*time.Minute)
	do(t, bctx)

	for _, info := range pages {
		t.Run(info.Name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, info.Name, "page.html"))
			if err != nil {
				t.Fatal(err)
			}
			stripped := stripPage(t, src)
			file := filepath.Join(site, info.Name+".html")
			if err := os.WriteFile(file, stripped, 0o644); err != nil {
				t.Fatal(err)
			}

			ctx, cancel := chromedp.NewContext(bctx)
			defer cancel()
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
				Source: `document.addEventListener('DOMContentLoaded', () => { window.__body = document.body.innerHTML; window.__text = document.body.textContent; });
document.addEventListener('glossline:done', e => { window.__done = {status: e.detail.status, ref: e.detail.ref || ''}; });`,
			}); err != nil {
				t.Fatal(err)
			}
			do(t, ctx, chromedp.Navigate(srvURL+"/p/"+info.Name+".html"))
			type result struct {
				Status, Ref, Root, Marks string
				TextSame, Claimed        bool
			}
			got := eval[result](t, ctx, `new Promise((ok, fail) => {
			  const t0 = Date.now();
			  (function poll() {
			    if (window.__done) {
			      const r = document.querySelector('[data-glossline=done]');
			      const p = document.querySelector('.gl-panel');
			      const text = document.body.textContent.replace(p ? p.textContent : '', '');
			      return ok({Status: __done.status, Ref: __done.ref, Claimed: !!r,
			        Root: r ? r.localName + '#' + r.id + '.' + (r.getAttribute('class') || '') : '',
			        Marks: [...document.querySelectorAll('.gl-date,.gl-term')].map(e => e.className.split(' ')[0] + ':' + e.textContent).join('|'),
			        TextSame: text.replace(/\s+/g, ' ') === __text.replace(/\s+/g, ' ')});
			    }
			    if (Date.now() - t0 > 60000) return fail(new Error('no glossline:done within 60 s'));
			    setTimeout(poll, 50);
			  })();
			})`)

			if info.Foreign() {
				if got.Status != "skipped" || got.Claimed || got.Marks != "" {
					t.Errorf("foreign page: status %s, claimed %v, marks %q; want skipped and untouched", got.Status, got.Claimed, got.Marks)
				}
				return
			}
			if got.Status != "ok" {
				t.Fatalf("status %s, want ok", got.Status)
			}
			if !got.TextSame {
				t.Error("the page's text changed")
			}
			if info.Published != nil && got.Ref != *info.Published {
				t.Errorf("browser reference date %q, gold %q", got.Ref, *info.Published)
			}

			// bake: the same root and the same marks.
			baked, errs := run(t, bin, "bake", file)
			if errs != "" && !strings.Contains(errs, "publisher glossary") {
				t.Logf("bake: %s", errs)
			}
			root, marks := bakedFacts(t, baked)
			if root != got.Root {
				t.Errorf("root: browser %s, bake %s", got.Root, root)
			}
			if marks != got.Marks {
				t.Errorf("marks differ:\nbrowser %.300s\nbake    %.300s", got.Marks, marks)
			}
			// annotate: the same reference date.
			out, _ := run(t, bin, "annotate", file)
			var doc struct {
				Ref struct {
					Value *string `json:"value"`
				} `json:"reference_date"`
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatalf("annotate: %v", err)
			}
			if doc.Ref.Value == nil || *doc.Ref.Value != got.Ref {
				t.Errorf("annotate's reference date %v, the browser's %q", doc.Ref.Value, got.Ref)
			}

			// remove() restores the body exactly.
			restored := eval[bool](t, ctx, `(() => { glossline.remove(document.querySelector('[data-glossline=done]'));
			  return document.body.innerHTML === __body; })()`)
			if !restored {
				t.Error("remove() did not restore the body exactly")
			}
		})
	}
}

// run runs the glossline binary and returns its standard output and error.
func run(t *testing.T, bin string, args ...string) (string, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("glossline %s: %v\n%s", args[0], err, stderr.String())
	}
	return stdout.String(), stderr.String()
}

// stripPage removes what a saved page would fetch or run: scripts (JSON-LD
// data stays), stylesheets and other links (the canonical address stays),
// frames, <base>, and media sources; and adds the glossline loader.
func stripPage(t *testing.T, src []byte) []byte {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var drop []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if !strings.Contains(strings.ToLower(attrOf(n, "type")), "ld+json") {
					drop = append(drop, n)
				}
			case atom.Link:
				if !strings.Contains(attrOf(n, "rel"), "canonical") {
					drop = append(drop, n)
				}
			case atom.Iframe, atom.Base, atom.Object, atom.Embed, atom.Video, atom.Audio, atom.Source:
				drop = append(drop, n)
			case atom.Img:
				kept := n.Attr[:0]
				for _, a := range n.Attr {
					if a.Key != "src" && a.Key != "srcset" {
						kept = append(kept, a)
					}
				}
				n.Attr = kept
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
	var head *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if head == nil && n.Type == html.ElementNode && n.DataAtom == atom.Head {
			head = n
		}
		for c := n.FirstChild; c != nil && head == nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	head.AppendChild(&html.Node{Type: html.ElementNode, Data: "script", DataAtom: atom.Script, Attr: []html.Attribute{
		{Key: "src", Val: "/glossline.js"}, {Key: "defer"}, {Key: "data-load", Val: "eager"}}})
	var out bytes.Buffer
	if err := html.Render(&out, doc); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// bakedFacts returns the baked page's root (as the browser test writes it)
// and its marks.
func bakedFacts(t *testing.T, baked string) (root, marks string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(baked))
	if err != nil {
		t.Fatal(err)
	}
	var ms []string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if attrOf(n, "data-glossline") == "done" && root == "" {
				root = n.Data + "#" + attrOf(n, "id") + "." + attrOf(n, "class")
			}
			cls := strings.Fields(attrOf(n, "class"))
			if len(cls) > 0 && (cls[0] == "gl-date" || cls[0] == "gl-term") && !inPanel(n) {
				ms = append(ms, cls[0]+":"+textContent(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return root, strings.Join(ms, "|")
}

func inPanel(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if strings.Contains(" "+attrOf(a, "class")+" ", " gl-panel ") {
			return true
		}
	}
	return false
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textContent(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}
