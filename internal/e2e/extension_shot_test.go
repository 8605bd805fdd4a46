//go:build e2e

package e2e

import (
	"bytes"
	"flag"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var updateExtShot = flag.Bool("update-extension-screenshot", false, "write docs/extension.png from TestExtensionScreenshot")

// TestExtensionScreenshot: the extension at work on the project's demo
// article served without glossline's script tag (a site that never heard
// of glossline): one click annotates it, a term's pop-up opens, and the
// picture shows both with the timeline. With -update-extension-screenshot
// it writes docs/extension.png, the README's picture for readers.
func TestExtensionScreenshot(t *testing.T) {
	demo, err := os.ReadFile(filepath.Join(distDir(t), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	// The same article with no glossline of its own: no loader, no stylesheet.
	bare := regexp.MustCompile(`<script src="glossline\.js"[^>]*></script>|<link rel="stylesheet" href="glossline\.[0-9a-f]+\.css">`).ReplaceAll(demo, nil)
	if bytes.Contains(bare, []byte("glossline.js")) {
		t.Fatal("the demo page still loads glossline")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(bare)
	}))
	t.Cleanup(srv.Close)

	ctx := extBrowser(t, testExtension(t), 3*time.Minute)
	wctx := extWorker(t, ctx)
	url := srv.URL + "/"
	do(t, ctx, chromedp.Navigate(url))
	clickAction(t, wctx, url)
	waitExt(t, ctx, true)
	// Open the pop-up of a name, as a reader would.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { const a = [...document.querySelectorAll('article .gl-term')].find(a => a.textContent === 'Kim Jong Un') || document.querySelector('article .gl-term'); a.scrollIntoView({block: 'center'}); a.click(); })()`))
	deadline := time.Now().Add(10 * time.Second)
	for eval[string](t, ctx, popOpen) == "" {
		if time.Now().After(deadline) {
			t.Fatal("no pop-up opened on the extension's annotation")
		}
		time.Sleep(100 * time.Millisecond)
	}
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil || img.Bounds().Dx() < 800 {
		t.Fatalf("screenshot: %v, %v", err, img)
	}
	if *updateExtShot {
		if err := os.WriteFile(filepath.Join("..", "..", "docs", "extension.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
