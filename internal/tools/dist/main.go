// Command dist is glossline's build and serve tool, called by build.sh.
//
//	go run ./internal/tools/dist build -out dist -wasm .cache/glossline.wasm   assets, sizes, budgets
//	go run ./internal/tools/dist serve -dir dist -addr 127.0.0.1:8080
//
// build takes the wasm that build.sh compiled and writes dist/: it minifies
// the loader, the worker, the inline decoder, the CSS, wasm_exec.js (from
// the Go that built the wasm, inside web/glossline-go.js, which keeps its
// globals private) and the demo page with tdewolff/minify; gives
// every asset but the loader a content-hashed name (glossline.<hash>.wasm,
// …) and writes those names into the loader, the worker and the demo page;
// writes manifest.json (logical name → served name) for tools; writes the
// single-file demo glossline-offline.html (page.Bundle, the code behind
// `glossline bundle`); writes .gz and .br (quality 11) files beside the
// served artefacts, prints raw, gzip and brotli sizes, and fails when an
// artefact exceeds its budget. The same inputs give the same bytes. The
// minifier runs here, at build time; it is never linked into the wasm.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/glossline/glossline/internal/devserver"
	"github.com/glossline/glossline/internal/manifest"
	"github.com/glossline/glossline/internal/page"
	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
)

// budgets are the brotli size limits by logical name, in bytes. A KB is
// 1000 bytes here, the stricter reading of a budget in KB. The wasm's gate
// is 900 KB and the loader's 5.0 KB (the room above the old 800 KB and
// 4.0 KB is for speed, bounds checks and quality, not drift:
// docs/ARCHITECTURE.md keeps the account). The reader's side of the widget
// (glossline-ui.js: pop-ups, jumps, the off switch), which the loader
// fetches beside the wasm, has its own 4.0 KB.
var budgets = map[string]int{
	manifest.AssetWasm:   900_000,
	manifest.AssetLoader: 5_000,
	manifest.AssetCSS:    4_000,
	manifest.AssetWorker: 1_000,
	manifest.AssetInline: 1_000,
	manifest.AssetUI:     4_000,
}

// offlineName is the single-file demo page.
const offlineName = "glossline-offline.html"

func main() {
	log.SetFlags(0)
	log.SetPrefix("dist: ")
	if len(os.Args) < 2 {
		log.Fatal("usage: dist build|serve [flags]")
	}
	var err error
	switch os.Args[1] {
	case "build":
		err = buildCmd(os.Args[2:])
	case "serve":
		err = serve(os.Args[2:])
	default:
		err = errors.New("unknown command " + os.Args[1])
	}
	if err != nil {
		log.Fatal(err)
	}
}

func buildCmd(args []string) error {
	fs := flag.NewFlagSet("build", flag.ExitOnError)
	c := config{stdout: os.Stdout}
	fs.StringVar(&c.out, "out", "dist", "output folder; its earlier build outputs are removed")
	fs.StringVar(&c.src, "src", ".", "source root (holds web/ and index.html)")
	fs.StringVar(&c.wasm, "wasm", filepath.Join(".cache", "glossline.wasm"), "the compiled wasm")
	fs.StringVar(&c.execJS, "wasmexec", "", "wasm_exec.js of the Go that built the wasm (default: the installed Go's)")
	fs.Parse(args)
	if c.execJS == "" {
		goroot, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			return fmt.Errorf("go env GOROOT: %w", err)
		}
		c.execJS = filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js")
	}
	return build(c)
}

// config is one build's inputs and output folder.
type config struct {
	out, src, wasm, execJS string
	stdout                 io.Writer // the size table
}

// build writes the output folder from the sources; see the package comment.
func build(c config) error {
	if err := clean(c.out); err != nil {
		return err
	}
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("text/javascript", js.Minify)
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})

	names := manifest.Manifest{}
	data := map[string][]byte{} // logical name -> served bytes
	// In dependency order: a file's hash covers the hashed names written
	// into it, so a changed wasm renames the worker too.
	steps := []struct {
		logical, from, mime string
		refs                []string // logical names whose served names it holds
		hashed              bool
		embed               string // a file put in place of the comment /*<its base name>*/ before minifying
	}{
		{manifest.AssetWasm, c.wasm, "", nil, true, ""},
		// wasm_exec.js runs inside web/glossline-go.js, which keeps its
		// globals private; it is served under wasm_exec's name.
		{manifest.AssetWasmExec, filepath.Join(c.src, "web", "glossline-go.js"), "text/javascript", nil, true, c.execJS},
		{manifest.AssetCSS, filepath.Join(c.src, "web", "glossline.css"), "text/css", nil, true, ""},
		{manifest.AssetInline, filepath.Join(c.src, "web", "glossline-inline.js"), "text/javascript", nil, true, ""},
		{manifest.AssetUI, filepath.Join(c.src, "web", "glossline-ui.js"), "text/javascript", nil, true, ""},
		{manifest.AssetWorker, filepath.Join(c.src, "web", "glossline-worker.js"), "text/javascript", []string{manifest.AssetWasm, manifest.AssetWasmExec}, true, ""},
		{manifest.AssetLoader, filepath.Join(c.src, "web", "glossline.js"), "text/javascript",
			[]string{manifest.AssetWasm, manifest.AssetWasmExec, manifest.AssetCSS, manifest.AssetWorker, manifest.AssetUI}, false, ""},
		{"index.html", filepath.Join(c.src, "index.html"), "text/html", []string{manifest.AssetCSS}, false, ""},
	}
	for _, s := range steps {
		b, err := os.ReadFile(s.from)
		if err != nil {
			return err
		}
		if s.embed != "" {
			if b, err = embed(b, s.embed); err != nil {
				return fmt.Errorf("%s: %w", s.from, err)
			}
		}
		if s.mime != "" {
			if b, err = m.Bytes(s.mime, b); err != nil {
				return fmt.Errorf("minify %s: %w", s.from, err)
			}
		}
		for _, ref := range s.refs {
			if b, err = rename(b, ref, names[ref]); err != nil {
				return fmt.Errorf("%s: %w", s.from, err)
			}
		}
		name := s.logical
		if s.hashed {
			name = hashedName(s.logical, b)
		}
		if err := os.WriteFile(filepath.Join(c.out, name), b, 0o644); err != nil {
			return err
		}
		names[s.logical], data[s.logical] = name, b
	}
	man, err := json.MarshalIndent(names, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(c.out, manifest.ManifestName), append(man, '\n'), 0o644); err != nil {
		return err
	}

	// The single-file demo, through the same code as `glossline bundle`.
	assets, err := manifest.ReadAssets(c.out)
	if err != nil {
		return err
	}
	var offline bytes.Buffer
	if err := page.Bundle(&offline, bytes.NewReader(data["index.html"]), assets); err != nil {
		return fmt.Errorf("%s: %w", offlineName, err)
	}
	if err := os.WriteFile(filepath.Join(c.out, offlineName), offline.Bytes(), 0o644); err != nil {
		return err
	}

	var over []string
	fmt.Fprintf(c.stdout, "%-32s %10s %10s %10s  %s\n", "artefact", "raw", "gzip", "brotli", "budget (brotli)")
	for _, logical := range []string{manifest.AssetWasm, manifest.AssetWasmExec, manifest.AssetLoader, manifest.AssetUI, manifest.AssetWorker, manifest.AssetInline, manifest.AssetCSS, "index.html", offlineName} {
		name := names[logical]
		b := data[logical]
		if logical == offlineName {
			name, b = offlineName, offline.Bytes()
		}
		gz, br := gzipBytes(b), brotliBytes(b)
		if logical != offlineName && logical != manifest.AssetInline {
			// Served files get precompressed siblings; the single file is
			// for opening from disk, the decoder only ever inline.
			for ext, z := range map[string][]byte{".gz": gz, ".br": br} {
				if err := os.WriteFile(filepath.Join(c.out, name+ext), z, 0o644); err != nil {
					return err
				}
			}
		}
		budget := "-"
		if lim, ok := budgets[logical]; ok {
			budget = kb(lim)
			if len(br) > lim {
				budget += "  OVER"
				over = append(over, fmt.Sprintf("%s is %s brotli, budget %s", logical, kb(len(br)), kb(lim)))
			}
		}
		fmt.Fprintf(c.stdout, "%-32s %10s %10s %10s  %s\n", name, kb(len(b)), kb(len(gz)), kb(len(br)), budget)
	}
	if len(over) > 0 {
		return errors.New("over budget: " + strings.Join(over, "; "))
	}
	return nil
}

// hashedName puts a short content hash before the extension:
// "glossline.wasm" → "glossline.3f9a0c12de.wasm" (the first 10 hex digits of
// SHA-256; a new name whenever the content changes, so that the file can be
// cached for ever).
func hashedName(logical string, content []byte) string {
	sum := sha256.Sum256(content)
	ext := filepath.Ext(logical)
	return strings.TrimSuffix(logical, ext) + "." + hex.EncodeToString(sum[:5]) + ext
}

// rename replaces the quoted logical name in code with the served name. The
// name must appear exactly once: a missing or repeated one means the source
// changed under the build, and a silent half-rename would ship a page that
// fetches a file that does not exist.
func rename(code []byte, logical, served string) ([]byte, error) {
	found := 0
	for _, q := range []string{`"`, `'`, "`"} {
		old := []byte(q + logical + q)
		found += bytes.Count(code, old)
		code = bytes.ReplaceAll(code, old, []byte(q+served+q))
	}
	if found != 1 {
		return nil, fmt.Errorf("%d quoted occurrences of %q, want exactly 1", found, logical)
	}
	return code, nil
}

// embed puts the file at path in place of the comment that names its base
// name (/*wasm_exec.js*/), which must appear exactly once.
func embed(code []byte, path string) ([]byte, error) {
	marker := []byte("/*" + filepath.Base(path) + "*/")
	if n := bytes.Count(code, marker); n != 1 {
		return nil, fmt.Errorf("%d occurrences of %s, want exactly 1", n, marker)
	}
	inner, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return bytes.Replace(code, marker, inner, 1), nil
}

// clean creates out, or removes from it what an earlier build wrote
// (glossline*, wasm_exec*, index.html*, manifest.json) and nothing else.
func clean(out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	for _, e := range entries {
		n := e.Name()
		if e.Type().IsRegular() && (strings.HasPrefix(n, "glossline") || strings.HasPrefix(n, "wasm_exec") ||
			strings.HasPrefix(n, "index.html") || n == manifest.ManifestName) {
			if err := os.Remove(filepath.Join(out, n)); err != nil {
				return err
			}
		}
	}
	return nil
}

// kb formats a size in KB of 1000 bytes, the unit of the budgets.
func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1000) }

func gzipBytes(data []byte) []byte {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func brotliBytes(data []byte) []byte {
	var b bytes.Buffer
	w := brotli.NewWriterLevel(&b, brotli.BestCompression)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	dir := fs.String("dir", "dist", "folder to serve")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	fs.Parse(args)
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		return fmt.Errorf("%s has no index.html: run ./build.sh first", *dir)
	}
	fmt.Printf("serving %s on http://%s/\n", *dir, *addr)
	return http.ListenAndServe(*addr, devserver.Handler(*dir))
}
