// Command dist is glossline's build and serve tool, called by build.sh.
//
//	go run ./internal/tools/dist build -out dist   minify, compress, print sizes, enforce budgets
//	go run ./internal/tools/dist serve -dir dist -addr 127.0.0.1:8080
//
// build expects build.sh to have compiled dist/glossline.wasm already. It
// minifies the loader, the CSS, wasm_exec.js (from the installed Go) and the
// demo page with tdewolff/minify, writes .gz and .br (quality 11) files
// beside every artefact, prints raw, gzip and brotli sizes, and fails when
// an artefact exceeds its budget. The minifier runs here, at build time; it
// is never linked into the wasm.
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/glossline/glossline/internal/devserver"
	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
)

// budgets are the brotli size limits, in bytes. A KB is 1000 bytes here,
// the stricter reading of the "800 KB".
var budgets = map[string]int{
	"glossline.wasm":      800_000,
	"glossline.js":        4_000,
	"glossline.css":       4_000,
	"glossline-worker.js": 1_000,
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("dist: ")
	if len(os.Args) < 2 {
		log.Fatal("usage: dist build|serve [flags]")
	}
	var err error
	switch os.Args[1] {
	case "build":
		err = build(os.Args[2:])
	case "serve":
		err = serve(os.Args[2:])
	default:
		err = errors.New("unknown command " + os.Args[1])
	}
	if err != nil {
		log.Fatal(err)
	}
}

func build(args []string) error {
	fs := flag.NewFlagSet("build", flag.ExitOnError)
	out := fs.String("out", "dist", "output folder (holds glossline.wasm already)")
	src := fs.String("src", ".", "source root (holds web/ and index.html)")
	execJS := fs.String("wasmexec", "", "wasm_exec.js of the Go that built the wasm (default: the installed Go's)")
	fs.Parse(args)

	if *execJS == "" {
		goroot, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			return fmt.Errorf("go env GOROOT: %w", err)
		}
		*execJS = filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js")
	}

	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("text/javascript", js.Minify)
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})

	files := []struct{ from, to, mime string }{
		{filepath.Join(*src, "web", "glossline.js"), "glossline.js", "text/javascript"},
		{filepath.Join(*src, "web", "glossline.css"), "glossline.css", "text/css"},
		{filepath.Join(*src, "web", "glossline-worker.js"), "glossline-worker.js", "text/javascript"},
		{*execJS, "wasm_exec.js", "text/javascript"},
		{filepath.Join(*src, "index.html"), "index.html", "text/html"},
	}
	for _, f := range files {
		data, err := os.ReadFile(f.from)
		if err != nil {
			return err
		}
		min, err := m.Bytes(f.mime, data)
		if err != nil {
			return fmt.Errorf("minify %s: %w", f.from, err)
		}
		if err := os.WriteFile(filepath.Join(*out, f.to), min, 0o644); err != nil {
			return err
		}
	}

	names := []string{"glossline.wasm", "wasm_exec.js", "glossline.js", "glossline-worker.js", "glossline.css", "index.html"}
	var over []string
	fmt.Printf("%-20s %10s %10s %10s  %s\n", "artefact", "raw", "gzip", "brotli", "budget (brotli)")
	for _, name := range names {
		p := filepath.Join(*out, name)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		gz, br := gzipBytes(data), brotliBytes(data)
		if err := os.WriteFile(p+".gz", gz, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(p+".br", br, 0o644); err != nil {
			return err
		}
		budget := "-"
		if b, ok := budgets[name]; ok {
			budget = kb(b)
			if len(br) > b {
				budget += "  OVER"
				over = append(over, fmt.Sprintf("%s is %s brotli, budget %s", name, kb(len(br)), kb(b)))
			}
		}
		fmt.Printf("%-20s %10s %10s %10s  %s\n", name, kb(len(data)), kb(len(gz)), kb(len(br)), budget)
	}
	if len(over) > 0 {
		return errors.New("over budget: " + strings.Join(over, "; "))
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
