// Command screenshot takes the README's picture: the annotated demo page
// in headless Chromium with a term's pop-up open.
//
//	./build.sh serve &                       # the demo on http://127.0.0.1:8080/
//	go run ./internal/tools/screenshot -url http://127.0.0.1:8080/ -out docs/demo.png
//
// It opens the page, waits for the glossline:done event (the loader
// annotates lazily, when the article nears the viewport or the browser is
// idle), scrolls the term into view, clicks it, waits for its pop-up and
// captures the viewport. The PNG is reduced to at most 256 colours (the
// most frequent ones; a page of text has few) so that it stays small.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
	"os"
	"os/exec"
	"sort"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("screenshot: ")
	url := flag.String("url", "http://127.0.0.1:8080/", "the demo page (./build.sh serve)")
	out := flag.String("out", "docs/demo.png", "PNG file to write")
	width := flag.Int("width", 1100, "viewport width in CSS pixels")
	height := flag.Int("height", 720, "viewport height in CSS pixels")
	term := flag.String("term", "Kim Jong Un", "the marked term whose pop-up to open")
	at := flag.Float64("at", 0.42, "where the term sits in the viewport, as a fraction of its height")
	flag.Parse()
	png, err := shoot(*url, *term, *width, *height, *at)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, png, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d×%d, %.1f KB\n", *out, *width, *height, float64(len(png))/1000)
}

// chromium finds Debian's Chromium.
func chromium() (string, error) {
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "chromium"} {
		if p == "" {
			continue
		}
		if full, err := exec.LookPath(p); err == nil {
			return full, nil
		}
	}
	return "", errors.New("chromium not found (Debian: apt-get install chromium)")
}

// recordDone keeps the statuses of glossline:done events, however early
// they fire.
const recordDone = `window.__gl = {done: []};
document.addEventListener('glossline:done', e => __gl.done.push(e.detail.status));`

func shoot(url, term string, width, height int, at float64) ([]byte, error) {
	exe, err := chromium()
	if err != nil {
		return nil, err
	}
	profile, err := os.MkdirTemp("", "screenshot-profile-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(width, height),
	)
	defer cancelA()
	ctx, cancelC := chromedp.NewContext(actx)
	defer cancelC()
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	defer cancelT()

	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: int64(width), Height: int64(height), DeviceScaleFactor: 1,
	}); err != nil {
		return nil, err
	}
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument,
		cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: recordDone}); err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	status, err := chromedp.Run(ctx, chromedp.Evaluate[string](`new Promise((ok, fail) => {
	  const t0 = Date.now();
	  (function poll() {
	    if (__gl.done.length) return ok(__gl.done.join(' '));
	    if (Date.now() - t0 > 30000) return fail(new Error('no glossline:done within 30 s'));
	    setTimeout(poll, 50);
	  })();
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, err
	}
	if status != "ok" {
		return nil, fmt.Errorf("glossline:done with status %q, want ok", status)
	}
	// Put the term where the pop-up has room, then open it.
	found, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`(() => {
	  const a = [...document.querySelectorAll('a.gl-term')].find(a => a.textContent === %q);
	  if (!a) return false;
	  a.setAttribute('data-shot', '');
	  const r = a.getBoundingClientRect();
	  window.scrollTo(0, window.scrollY + r.top - innerHeight * %f);
	  return true;
	})()`, term, at)))
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("no marked term %q on the page", term)
	}
	time.Sleep(300 * time.Millisecond) // layout after the scroll
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`a.gl-term[data-shot]`))); err != nil {
		return nil, err
	}
	open, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`new Promise(ok => {
	  const t0 = Date.now();
	  (function poll() {
	    const p = document.getElementById('gl-pop');
	    if (p && p.matches(':popover-open')) return setTimeout(() => ok(true), 400); // let it settle
	    if (Date.now() - t0 > 5000) return ok(false);
	    setTimeout(poll, 50);
	  })();
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, err
	}
	if !open {
		return nil, fmt.Errorf("clicking %q opened no pop-up", term)
	}
	raw, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return nil, err
	}
	return shrink(raw)
}

// shrink re-encodes a PNG with at most 256 colours: the most frequent
// ones, every pixel mapped to the nearest. Text on a page uses a few
// colours and their anti-aliasing, so little is lost.
func shrink(raw []byte) ([]byte, error) {
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	b := img.Bounds()
	count := map[color.RGBA]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			count[rgba(img.At(x, y))]++
		}
	}
	colors := make([]color.RGBA, 0, len(count))
	for c := range count {
		colors = append(colors, c)
	}
	sort.Slice(colors, func(i, j int) bool {
		if count[colors[i]] != count[colors[j]] {
			return count[colors[i]] > count[colors[j]]
		}
		return fmt.Sprint(colors[i]) < fmt.Sprint(colors[j])
	})
	if len(colors) > 256 {
		colors = colors[:256]
	}
	pal := make(color.Palette, len(colors))
	for i, c := range colors {
		pal[i] = c
	}
	out := image.NewPaletted(b, pal)
	nearest := map[color.RGBA]uint8{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := rgba(img.At(x, y))
			i, ok := nearest[c]
			if !ok {
				i = uint8(pal.Index(c))
				nearest[c] = i
			}
			out.SetColorIndex(x, y, i)
		}
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func rgba(c color.Color) color.RGBA {
	r, g, b, a := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}
