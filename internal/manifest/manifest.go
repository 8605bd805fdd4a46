// Package manifest names glossline's built assets and reads a built dist/
// folder: its manifest.json maps each asset's logical name to the
// content-hashed name it is served under, and ReadAssets loads the files a
// single-file page carries inline (internal/page.Bundle).
package manifest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ManifestName is the file in a built dist/ folder that maps each asset's
// logical name ("glossline.wasm") to the name it is served under
// ("glossline.3f9a0c12de.wasm"; the loader keeps "glossline.js").
const ManifestName = "manifest.json"

// Logical names of the built assets, the keys of the manifest.
const (
	AssetLoader   = "glossline.js"
	AssetWorker   = "glossline-worker.js"
	AssetInline   = "glossline-inline.js"
	AssetUI       = "glossline-ui.js" // the reader's side: pop-ups, jumps, the off switch
	AssetWasm     = "glossline.wasm"
	AssetWasmExec = "wasm_exec.js"
	AssetCSS      = "glossline.css"
	AssetKB       = "glossline-kb.bin" // the data file (the knowledge base and the engines' vocabularies) the wasm is given at start
)

// Manifest maps logical asset names to served file names.
type Manifest map[string]string

// ReadManifest reads dir/manifest.json.
func ReadManifest(dir string) (Manifest, error) {
	path := filepath.Join(dir, ManifestName)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: no such file: %s is not a built dist/ folder (build one with ./build.sh)", path, dir)
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Assets are the built files a single-file page carries inline.
type Assets struct {
	Loader, Inline, WasmExec, CSS, UI string // minified text
	Wasm                              []byte // the WebAssembly module
	KB                                []byte // the knowledge-base file
	// WasmGzip is Wasm's gzip stream (best compression), when the caller
	// has it already (the build's cache); nil to let Bundle compress.
	WasmGzip []byte
}

// ReadAssets reads the built assets from a dist/ folder through its
// manifest, at run time (nothing is embedded, so that go vet and go test
// need no build).
func ReadAssets(dir string) (*Assets, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	read := func(logical string) ([]byte, error) {
		name, ok := m[logical]
		if !ok || name == "" || name != filepath.Base(name) {
			return nil, fmt.Errorf("%s names no file for %s", filepath.Join(dir, ManifestName), logical)
		}
		return os.ReadFile(filepath.Join(dir, name))
	}
	a := &Assets{}
	for _, f := range []struct {
		logical string
		to      *string
	}{{AssetLoader, &a.Loader}, {AssetInline, &a.Inline}, {AssetWasmExec, &a.WasmExec}, {AssetCSS, &a.CSS}, {AssetUI, &a.UI}} {
		data, err := read(f.logical)
		if err != nil {
			return nil, err
		}
		*f.to = string(data)
	}
	if a.Wasm, err = read(AssetWasm); err != nil {
		return nil, err
	}
	if a.KB, err = read(AssetKB); err != nil {
		return nil, err
	}
	return a, nil
}
