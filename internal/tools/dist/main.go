// Command dist is glossline's build and serve tool, called by build.sh.
//
//	go run ./internal/tools/dist build -out dist -wasm .cache/glossline.wasm   assets, sizes, budgets
//	go run ./internal/tools/dist serve -dir dist -addr 127.0.0.1:8080
//	go run ./internal/tools/dist npm -dist dist -out dist/npm/package -version 1.2.3   the npm package (npm.go)
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
//
// The stylesheet is also written under the stable name glossline.css (the
// same bytes as its hashed copy), for pages baked by `glossline bake`,
// which link it by a name that survives rebuilds. LICENSE and
// THIRD_PARTY_NOTICES.md are copied beside the files.
//
// Compression is the slow part (brotli quality 11 of the 4 MB wasm takes
// about 20 s), so its results are cached by content in -cache DIR: a
// build whose files did not change compresses nothing. The cache keeps
// the entries of the last builds up to about 200 MB.
//
// serve binds the address first and only then says where it serves; it
// stops on SIGINT (Ctrl-C) or SIGTERM with exit status 0.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

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
// fetches beside the wasm, has its own 4.0 KB. The data file
// (glossline-kb.bin: the knowledge base and the engines' vocabularies),
// fetched beside the wasm, has the knowledge base's old 60 KB plus what
// moved into it from the wasm (the glossary's word tables, 16.5 KB; the
// dates engine's records, 10.8 KB; the timeline's words and entries,
// 4.3 KB), and 9.4 KB for the German noun list the name finder asks
// whether a capitalised word is an ordinary noun (new data, issue 21): it
// grows with entries and words, not with code, and is measured on its own.
var budgets = map[string]int{
	manifest.AssetWasm:   900_000,
	manifest.AssetKB:     101_000,
	manifest.AssetLoader: 5_000,
	manifest.AssetCSS:    4_000,
	manifest.AssetWorker: 1_000,
	manifest.AssetInline: 1_000,
	manifest.AssetUI:     4_000,
}

// licenceFiles are copied from the source root into the output folder.
var licenceFiles = []string{"LICENSE", "THIRD_PARTY_NOTICES.md"}

// offlineName is the single-file demo page.
const offlineName = "glossline-offline.html"

func main() {
	log.SetFlags(0)
	log.SetPrefix("dist: ")
	if len(os.Args) < 2 {
		log.Fatal("usage: dist build|serve|npm [flags]")
	}
	var err error
	switch os.Args[1] {
	case "build":
		err = buildCmd(os.Args[2:])
	case "serve":
		err = serve(os.Args[2:])
	case "npm":
		err = npmCmd(os.Args[2:])
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
	fs.StringVar(&c.cache, "cache", "", "folder for compressed files cached by content (default: none, compress everything)")
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
	cache                  string    // compression cache folder; "" for none
	stdout                 io.Writer // progress and the size table
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
		// The data file — the engines' vocabularies and the knowledge
		// base — that the wasm is given at start (see
		// internal/datafile/file.go): no part of the module V8 compiles
		// and caches, so an edit of a word list or an entry renames only
		// it (the wasm checks its schema, not its words).
		{manifest.AssetKB, filepath.Join(c.src, "internal", "datafile", "data", "glossline.bin"), "", nil, true, ""},
		// wasm_exec.js runs inside web/glossline-go.js, which keeps its
		// globals private; it is served under wasm_exec's name.
		{manifest.AssetWasmExec, filepath.Join(c.src, "web", "glossline-go.js"), "text/javascript", nil, true, c.execJS},
		{manifest.AssetCSS, filepath.Join(c.src, "web", "glossline.css"), "text/css", nil, true, ""},
		{manifest.AssetInline, filepath.Join(c.src, "web", "glossline-inline.js"), "text/javascript", nil, true, ""},
		{manifest.AssetUI, filepath.Join(c.src, "web", "glossline-ui.js"), "text/javascript", nil, true, ""},
		{manifest.AssetWorker, filepath.Join(c.src, "web", "glossline-worker.js"), "text/javascript", []string{manifest.AssetWasm, manifest.AssetKB, manifest.AssetWasmExec}, true, ""},
		{manifest.AssetLoader, filepath.Join(c.src, "web", "glossline.js"), "text/javascript",
			[]string{manifest.AssetWasm, manifest.AssetKB, manifest.AssetWasmExec, manifest.AssetCSS, manifest.AssetWorker, manifest.AssetUI}, false, ""},
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
	// The licence and the third-party notices travel with the files.
	for _, name := range licenceFiles {
		if err := copyFile(filepath.Join(c.src, name), filepath.Join(c.out, name)); err != nil {
			return err
		}
	}
	// The stylesheet under its stable name, for baked pages.
	if err := os.WriteFile(filepath.Join(c.out, page.StylesheetName), data[manifest.AssetCSS], 0o644); err != nil {
		return err
	}
	z := &compressor{dir: c.cache, progress: c.stdout}

	// The single-file demo, through the same code as `glossline bundle`.
	assets, err := manifest.ReadAssets(c.out)
	if err != nil {
		return err
	}
	// The bundle carries the wasm's gzip stream: the same bytes as the
	// served .gz, so take them from the cache too.
	if assets.WasmGzip, err = z.gzip(names[manifest.AssetWasm], assets.Wasm); err != nil {
		return err
	}
	var offline bytes.Buffer
	if err := page.Bundle(&offline, bytes.NewReader(data["index.html"]), assets); err != nil {
		return fmt.Errorf("%s: %w", offlineName, err)
	}
	if err := os.WriteFile(filepath.Join(c.out, offlineName), offline.Bytes(), 0o644); err != nil {
		return err
	}

	// The rows of the size table: every served file, and the single file.
	type row struct {
		name, budgetKey string
		b               []byte
		siblings        bool // served: gets .gz and .br files
		gz, br          []byte
	}
	var rows []*row
	for _, logical := range []string{manifest.AssetWasm, manifest.AssetKB, manifest.AssetWasmExec, manifest.AssetLoader, manifest.AssetUI, manifest.AssetWorker, manifest.AssetInline, manifest.AssetCSS} {
		// The decoder is only ever inline, never served.
		rows = append(rows, &row{name: names[logical], budgetKey: logical, b: data[logical], siblings: logical != manifest.AssetInline})
	}
	rows = append(rows,
		&row{name: page.StylesheetName, b: data[manifest.AssetCSS], siblings: true},
		&row{name: "index.html", b: data["index.html"], siblings: true},
		// For opening from disk: no siblings.
		&row{name: offlineName, b: offline.Bytes()})
	// Compress first (with progress on long runs), then print the table.
	for _, r := range rows {
		if r.gz, err = z.gzip(r.name, r.b); err != nil {
			return err
		}
		if r.br, err = z.brotli(r.name, r.b); err != nil {
			return err
		}
		if r.siblings {
			for ext, zb := range map[string][]byte{".gz": r.gz, ".br": r.br} {
				if err := os.WriteFile(filepath.Join(c.out, r.name+ext), zb, 0o644); err != nil {
					return err
				}
			}
		}
	}
	var over []string
	fmt.Fprintf(c.stdout, "%-32s %10s %10s %10s  %s\n", "artefact", "raw", "gzip", "brotli", "budget (brotli)")
	for _, r := range rows {
		budget := "-"
		if lim, ok := budgets[r.budgetKey]; ok {
			budget = kb(lim)
			if len(r.br) > lim {
				budget += "  OVER"
				over = append(over, fmt.Sprintf("%s is %s brotli, budget %s", r.budgetKey, kb(len(r.br)), kb(lim)))
			}
		}
		fmt.Fprintf(c.stdout, "%-32s %10s %10s %10s  %s\n", r.name, kb(len(r.b)), kb(len(r.gz)), kb(len(r.br)), budget)
	}
	if len(over) > 0 {
		return errors.New("over budget: " + strings.Join(over, "; "))
	}
	return z.prune(cacheLimit)
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
// (glossline*, wasm_exec*, index.html*, manifest.json, the licence files)
// and nothing else.
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
			strings.HasPrefix(n, "index.html") || n == manifest.ManifestName || slices.Contains(licenceFiles, n)) {
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

// cacheLimit bounds the compression cache: about 40 builds' worth of a
// changed wasm and single-file page.
const cacheLimit = 200 << 20

// compressor compresses files, through a cache keyed by content when dir
// is set: an entry's name is the SHA-256 of the coding, the compressor's
// versions and the bytes, so an unchanged file is read back instead of
// compressed again (the same bytes, since both codings are deterministic),
// and a new Go or brotli library starts afresh.
type compressor struct {
	dir      string
	progress io.Writer
	used     map[string]bool // entries read or written by this build
}

// gzip returns data's gzip stream (best compression); name is for the
// progress message.
func (z *compressor) gzip(name string, data []byte) ([]byte, error) {
	return z.cached(name, "gzip -9", data, gzipBytes)
}

// brotli returns data's brotli stream (quality 11).
func (z *compressor) brotli(name string, data []byte) ([]byte, error) {
	return z.cached(name, "brotli 11", data, brotliBytes)
}

// salt is what, besides the coding and the content, decides the output:
// the Go release (compress/gzip) and the brotli module's version.
var salt = func() string {
	s := runtime.Version()
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/andybalholm/brotli" {
				s += " " + d.Version
			}
		}
	}
	return s
}()

func (z *compressor) cached(name, coding string, data []byte, compress func([]byte) []byte) ([]byte, error) {
	if z.dir == "" {
		return z.run(name, coding, data, compress), nil
	}
	h := sha256.New()
	io.WriteString(h, coding+"\x00"+salt+"\x00")
	h.Write(data)
	key := hex.EncodeToString(h.Sum(nil)) + "." + strings.Fields(coding)[0]
	path := filepath.Join(z.dir, key)
	if z.used == nil {
		z.used = map[string]bool{}
	}
	z.used[key] = true
	if b, err := os.ReadFile(path); err == nil {
		now := time.Now()
		os.Chtimes(path, now, now) // recently used: kept by prune
		return b, nil
	}
	b := z.run(name, coding, data, compress)
	if err := os.MkdirAll(z.dir, 0o755); err != nil {
		return nil, err
	}
	// Write then rename, so that a concurrent or interrupted build never
	// reads half an entry.
	tmp, err := os.CreateTemp(z.dir, "tmp-*")
	if err != nil {
		return nil, err
	}
	_, err = tmp.Write(b)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return nil, err
	}
	return b, nil
}

// run compresses, saying so first when it takes long (more than 100 KB).
func (z *compressor) run(name, coding string, data []byte, compress func([]byte) []byte) []byte {
	if len(data) < 100_000 {
		return compress(data)
	}
	fmt.Fprintf(z.progress, "compressing %s (%s, %s)…", name, kb(len(data)), coding)
	start := time.Now()
	b := compress(data)
	fmt.Fprintf(z.progress, " %.1f s\n", time.Since(start).Seconds())
	return b
}

// prune removes the least recently used entries that this build did not
// use until the cache holds at most limit bytes, and leftovers of
// interrupted writes.
func (z *compressor) prune(limit int64) error {
	if z.dir == "" {
		return nil
	}
	entries, err := os.ReadDir(z.dir)
	if err != nil {
		return err
	}
	type entry struct {
		name string
		size int64
		mod  time.Time
	}
	var old []entry
	var total int64
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if strings.HasPrefix(e.Name(), "tmp-") {
			if time.Since(info.ModTime()) > time.Hour {
				os.Remove(filepath.Join(z.dir, e.Name()))
			}
			continue
		}
		total += info.Size()
		if !z.used[e.Name()] {
			old = append(old, entry{e.Name(), info.Size(), info.ModTime()})
		}
	}
	sort.Slice(old, func(i, j int) bool { return old[i].mod.Before(old[j].mod) })
	for _, e := range old {
		if total <= limit {
			break
		}
		if err := os.Remove(filepath.Join(z.dir, e.name)); err != nil {
			return err
		}
		total -= e.size
	}
	return nil
}

func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	dir := fs.String("dir", "dist", "folder to serve")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on, HOST:PORT (port 0: any free port)")
	fs.Parse(args)
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		return fmt.Errorf("%s has no index.html: run ./build.sh first", *dir)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return devserver.Serve(ctx, *addr, *dir, os.Stdout)
}
