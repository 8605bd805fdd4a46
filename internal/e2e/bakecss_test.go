//go:build e2e

package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBakedStylesheet bakes a page that has neither glossline's loader
// nor its stylesheet (testdata/article.html, our own article) with
// -css /glossline.css — the stable name in dist/ — and opens it with
// JavaScript disabled: the stylesheet loads and styles the markup.
func TestBakedStylesheet(t *testing.T) {
	cmd := exec.Command(glosslineBin(t), "bake", "-css", "/glossline.css", filepath.Join(repoRoot(t), "testdata", "article.html"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	baked, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("glossline bake: %v\n%s", err, stderr.String())
	}
	url := pageServer(t, map[string][]byte{"/baked.html": baked})
	ctx := browser(t)
	noScript(t, ctx)
	do(t, ctx, chromedp.Navigate(url+"/baked.html"))
	type styled struct {
		Sheets     []string
		Accent     string
		Decoration string
		Panel      string
		Dates      int
	}
	got := eval[styled](t, ctx, `(() => {
	  const a = document.querySelector('article a.gl-term'), p = document.querySelector('.gl-panel');
	  return {Sheets: [...document.styleSheets].map(s => s.href || ''),
	    Accent: getComputedStyle(document.documentElement).getPropertyValue('--gl-accent').trim(),
	    Decoration: a ? getComputedStyle(a).textDecorationStyle : '',
	    Panel: p ? getComputedStyle(p).borderTopStyle : '',
	    Dates: document.querySelectorAll('article time.gl-date').length};
	})()`)
	if len(got.Sheets) != 1 || !strings.HasSuffix(got.Sheets[0], "/glossline.css") {
		t.Errorf("stylesheets %q, want the one /glossline.css", got.Sheets)
	}
	if got.Accent == "" || got.Decoration != "dotted" || got.Panel != "solid" || got.Dates < 5 {
		t.Errorf("the baked page is not styled: %+v", got)
	}
}
