package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/glossline/glossline/internal/manifest"
)

// testConfig builds from this repository's web/ and index.html, with a
// stand-in wasm (what build.sh compiles is not needed to test the asset
// pipeline) and the installed Go's wasm_exec.js.
func testConfig(t *testing.T, out string) config {
	t.Helper()
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	wasm := filepath.Join(t.TempDir(), "glossline.wasm")
	// A valid, empty module header, then bytes that compress like code.
	body := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("glossline wasm stand-in "), 4000)...)
	if err := os.WriteFile(wasm, body, 0o644); err != nil {
		t.Fatal(err)
	}
	return config{
		out:    out,
		src:    filepath.Join("..", "..", ".."),
		wasm:   wasm,
		execJS: filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"),
		stdout: io.Discard,
	}
}

// TestReproducible builds twice and compares every byte of every file.
//
// It covers the asset pipeline — minification, hashing, name substitution,
// the manifest, the single file, gzip and brotli — over a stand-in wasm.
// The wasm itself is reproducible by Go's own guarantees for the flags in
// build.sh (-trimpath, -buildvcs=false, an empty build ID); checking that
// here would mean compiling it twice from scratch (-a), minutes on the
// test machines, and its hash is in the file names this test compares
// anyway whenever build.sh runs it.
func TestReproducible(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := build(testConfig(t, a)); err != nil {
		t.Fatal(err)
	}
	// A second build into a folder that holds an earlier build's leftovers.
	stale := filepath.Join(b, "glossline.0000000000.wasm")
	if err := os.WriteFile(stale, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t, b)
	cfg.wasm = testConfig(t, a).wasm // same content, another path
	if err := build(cfg); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("an earlier build's hashed file was left in the output folder")
	}
	filesA, filesB := list(t, a), list(t, b)
	if strings.Join(filesA, " ") != strings.Join(filesB, " ") {
		t.Fatalf("different files:\n%v\n%v", filesA, filesB)
	}
	for _, name := range filesA {
		da, _ := os.ReadFile(filepath.Join(a, name))
		db, _ := os.ReadFile(filepath.Join(b, name))
		if !bytes.Equal(da, db) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

func list(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestHashedNames: every asset but the loader and the pages carries its
// content hash; the loader, the worker and the demo page refer to the
// hashed names and to no logical name; the single file inlines everything;
// the stylesheet is there under its stable name too.
func TestHashedNames(t *testing.T) {
	out := t.TempDir()
	if err := build(testConfig(t, out)); err != nil {
		t.Fatal(err)
	}
	m, err := manifest.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	hashed := regexp.MustCompile(`^[a-z_-]+\.[0-9a-f]{10}\.(wasm|js|css|bin)$`)
	for logical, served := range m {
		data, err := os.ReadFile(filepath.Join(out, served))
		if err != nil {
			t.Errorf("manifest names %s for %s: %v", served, logical, err)
			continue
		}
		switch logical {
		case manifest.AssetLoader, "index.html":
			if served != logical {
				t.Errorf("%s is served as %s, want its stable name", logical, served)
			}
		default:
			if !hashed.MatchString(served) || hashedName(logical, data) != served {
				t.Errorf("%s is served as %s, want its content hash in the name", logical, served)
			}
		}
	}
	refs := map[string][]string{
		manifest.AssetLoader: {manifest.AssetWasm, manifest.AssetKB, manifest.AssetWasmExec, manifest.AssetWorker, manifest.AssetCSS, manifest.AssetUI},
		manifest.AssetWorker: {manifest.AssetWasm, manifest.AssetKB, manifest.AssetWasmExec},
		"index.html":         {manifest.AssetCSS},
	}
	for file, names := range refs {
		data, err := os.ReadFile(filepath.Join(out, m[file]))
		if err != nil {
			t.Fatal(err)
		}
		for _, logical := range names {
			if !bytes.Contains(data, []byte(`"`+m[logical]+`"`)) {
				t.Errorf("%s does not refer to %s", file, m[logical])
			}
			if bytes.Contains(data, []byte(`"`+logical+`"`)) {
				t.Errorf("%s still refers to the logical name %s", file, logical)
			}
		}
	}
	single, err := os.ReadFile(filepath.Join(out, offlineName))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`id="gl-wasm"`, `id="gl-kb"`, `<style id="gl-css">`, `<script id="gl-go">`, `<script id="gl-ui">`} {
		if !bytes.Contains(single, []byte(want)) {
			t.Errorf("%s lacks %s", offlineName, want)
		}
	}
	if bytes.Contains(single, []byte(`src="glossline.js"`)) || bytes.Contains(single, []byte(`rel="stylesheet"`)) {
		t.Errorf("%s still loads the loader or the stylesheet from a file", offlineName)
	}
	stableStylesheet(t, out)
}

func TestRename(t *testing.T) {
	for _, tt := range []struct {
		code, want string
		ok         bool
	}{
		{`new URL("glossline.wasm",b)`, `new URL("glossline.0123456789.wasm",b)`, true},
		{`x='glossline.wasm'`, `x='glossline.0123456789.wasm'`, true},
		{`x="glossline.wasm.br"`, "", false}, // not the quoted name
		{`a="glossline.wasm",b="glossline.wasm"`, "", false},
		{`nothing here`, "", false},
	} {
		got, err := rename([]byte(tt.code), "glossline.wasm", "glossline.0123456789.wasm")
		if (err == nil) != tt.ok || (tt.ok && string(got) != tt.want) {
			t.Errorf("rename(%s) = %s, %v; want %s, ok %v", tt.code, got, err, tt.want, tt.ok)
		}
	}
}

// stableStylesheet checks that a built folder holds the stylesheet under
// the stable name glossline.css too — the bytes of its hashed copy, with
// .gz and .br — for baked pages to link.
func stableStylesheet(t *testing.T, out string) {
	t.Helper()
	m, err := manifest.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	hashed, err := os.ReadFile(filepath.Join(out, m[manifest.AssetCSS]))
	if err != nil {
		t.Fatal(err)
	}
	stable, err := os.ReadFile(filepath.Join(out, "glossline.css"))
	if err != nil || !bytes.Equal(stable, hashed) || len(stable) == 0 {
		t.Fatalf("glossline.css: %v, equal to %s: %v", err, m[manifest.AssetCSS], bytes.Equal(stable, hashed))
	}
	for _, ext := range []string{".gz", ".br"} {
		if _, err := os.Stat(filepath.Join(out, "glossline.css"+ext)); err != nil {
			t.Error(err)
		}
	}
}

// TestCompressionCache: a second build of unchanged files with the same
// cache compresses nothing and writes the same bytes as a build without
// a cache; a changed file is compressed again.
func TestCompressionCache(t *testing.T) {
	cache := t.TempDir()
	var log1, log2, log3 bytes.Buffer
	cfg := testConfig(t, t.TempDir())
	// Large enough (over 100 KB) for the progress line that tells a
	// compression from a cache hit.
	body := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("a larger glossline wasm stand-in "), 6000)...)
	if err := os.WriteFile(cfg.wasm, body, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg.cache, cfg.stdout = cache, &log1
	if err := build(cfg); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log1.String(), "compressing glossline.") {
		t.Fatalf("first build: no compression reported:\n%s", log1.String())
	}
	cfg.stdout = &log2
	if err := build(cfg); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(log2.String(), "compressing") {
		t.Errorf("second build of the same files compressed again:\n%s", log2.String())
	}
	fresh := testConfig(t, t.TempDir())
	fresh.wasm = cfg.wasm
	if err := build(fresh); err != nil {
		t.Fatal(err)
	}
	for _, name := range list(t, cfg.out) {
		a, _ := os.ReadFile(filepath.Join(cfg.out, name))
		b, err := os.ReadFile(filepath.Join(fresh.out, name))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between a cached and an uncached build", name)
		}
	}
	// A changed wasm is compressed again.
	if err := os.WriteFile(cfg.wasm, append(body, "changed"...), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg.stdout = &log3
	if err := build(cfg); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log3.String(), "compressing glossline.") {
		t.Errorf("a changed wasm was not compressed:\n%s", log3.String())
	}
}

// TestPrune: the cache drops the least recently used entries that the
// build did not use until it fits its limit.
func TestPrune(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	for _, name := range []string{"old.br", "older.gz", "used.br", "new.gz"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, bytes.Repeat([]byte{'x'}, 100), 0o644); err != nil {
			t.Fatal(err)
		}
		age := map[string]time.Duration{"old.br": 2 * time.Hour, "older.gz": 3 * time.Hour, "used.br": 4 * time.Hour, "new.gz": time.Minute}[name]
		os.Chtimes(p, now.Add(-age), now.Add(-age))
	}
	z := &compressor{dir: dir, used: map[string]bool{"used.br": true}}
	if err := z.prune(250); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(list(t, dir), " ")
	if got != "new.gz used.br" {
		t.Errorf("after prune: %s, want new.gz used.br", got)
	}
}

// TestLicences: the licence and the third-party notices are in the
// output, as in the source; the npm package carries them too.
func TestLicences(t *testing.T) {
	out := t.TempDir()
	cfg := testConfig(t, out)
	if err := build(cfg); err != nil {
		t.Fatal(err)
	}
	pkg := filepath.Join(t.TempDir(), "package")
	if err := stageNPM(npmConfig{dist: out, src: cfg.src, out: pkg, version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	for _, name := range licenceFiles {
		want, err := os.ReadFile(filepath.Join(cfg.src, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, dir := range []string{out, pkg} {
			if got, err := os.ReadFile(filepath.Join(dir, name)); err != nil || !bytes.Equal(got, want) {
				t.Errorf("%s in %s: %v, same as the source: %v", name, dir, err, bytes.Equal(got, want))
			}
		}
	}
	notices, _ := os.ReadFile(filepath.Join(cfg.src, "THIRD_PARTY_NOTICES.md"))
	for _, want := range []string{"BSD-3-Clause", "hack-pad/safejs", "tdewolff/minify", "build time only", "Copyright 2009 The Go Authors"} {
		if !bytes.Contains(notices, []byte(want)) {
			t.Errorf("THIRD_PARTY_NOTICES.md does not mention %q", want)
		}
	}
}

// TestNPMPackage: the package folder holds the module, its types, the
// hashed assets the loader names and the stylesheet under its stable name,
// and a package.json with the version given; the module wraps the built
// loader unchanged.
func TestNPMPackage(t *testing.T) {
	out := t.TempDir()
	cfg := testConfig(t, out)
	if err := build(cfg); err != nil {
		t.Fatal(err)
	}
	pkg := filepath.Join(t.TempDir(), "package")
	if err := stageNPM(npmConfig{dist: out, src: cfg.src, out: pkg, version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	m, err := manifest.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, logical := range npmAssets {
		if _, err := os.Stat(filepath.Join(pkg, "assets", m[logical])); err != nil {
			t.Errorf("assets/%s (%s): %v", m[logical], logical, err)
		}
	}
	for _, name := range []string{"glossline.mjs", "glossline.d.ts", "README.md", "package.json", "assets/glossline.css", "assets/manifest.json"} {
		if _, err := os.Stat(filepath.Join(pkg, name)); err != nil {
			t.Error(err)
		}
	}
	pj, _ := os.ReadFile(filepath.Join(pkg, "package.json"))
	if !bytes.Contains(pj, []byte(`"version": "1.2.3"`)) {
		t.Errorf("package.json: %s", pj)
	}
	mod, _ := os.ReadFile(filepath.Join(pkg, "glossline.mjs"))
	loader, _ := os.ReadFile(filepath.Join(out, m[manifest.AssetLoader]))
	if !bytes.Contains(mod, bytes.TrimSpace(loader)) || !bytes.Contains(mod, []byte(`const CSS = "`+m[manifest.AssetCSS]+`"`)) ||
		!bytes.Contains(mod, []byte("export default { annotate, remove, start }")) {
		t.Errorf("glossline.mjs does not wrap the built loader as expected:\n%.600s", mod)
	}
}
