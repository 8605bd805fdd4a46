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
// hashed names and to no logical name; the single file inlines everything.
func TestHashedNames(t *testing.T) {
	out := t.TempDir()
	if err := build(testConfig(t, out)); err != nil {
		t.Fatal(err)
	}
	m, err := manifest.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	hashed := regexp.MustCompile(`^[a-z_-]+\.[0-9a-f]{10}\.(wasm|js|css)$`)
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
		manifest.AssetLoader: {manifest.AssetWasm, manifest.AssetWasmExec, manifest.AssetWorker, manifest.AssetCSS, manifest.AssetUI},
		manifest.AssetWorker: {manifest.AssetWasm, manifest.AssetWasmExec},
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
	for _, want := range []string{`id="gl-wasm"`, `<style id="gl-css">`, `<script id="gl-go">`, `<script id="gl-ui">`} {
		if !bytes.Contains(single, []byte(want)) {
			t.Errorf("%s lacks %s", offlineName, want)
		}
	}
	if bytes.Contains(single, []byte(`src="glossline.js"`)) || bytes.Contains(single, []byte(`rel="stylesheet"`)) {
		t.Errorf("%s still loads the loader or the stylesheet from a file", offlineName)
	}
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
