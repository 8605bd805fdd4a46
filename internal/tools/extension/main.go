// Command extension builds glossline's browser extension from its sources
// (extension/) and a built dist/ folder: an unpacked folder and a zip for
// Chromium-based browsers and the same for Firefox (./build.sh extension).
//
// The widget's files are taken as dist/ built them, through
// dist/manifest.json: every asset it names (the loader, the reader's side,
// the worker, the Go runner, the CSS, the wasm and any data asset beside
// them) goes into the extension's glossline/ folder under its served name,
// and assets.js tells the extension's scripts the served names. Nothing
// here knows an asset's hashed name, and only the logical names of the
// files the extension itself starts (the loader, the reader's side, the
// worker and the CSS) are named.
package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/glossline/glossline/internal/manifest"
)

func main() {
	src := flag.String("src", "extension", "the extension's sources")
	dist := flag.String("dist", "dist", "a built dist/ folder")
	out := flag.String("out", "dist-extension", "where to write chromium/, firefox/ and their zips")
	version := flag.String("version", Version, "the extension's version (dotted integers)")
	flag.Parse()
	if err := build(*src, *dist, *out, *version); err != nil {
		fmt.Fprintln(os.Stderr, "extension:", err)
		os.Exit(1)
	}
}

// Version is the extension's version when -version is not given.
const Version = "0.1.0"

// Browsers the extension is built for: the folder and zip names under -out.
var Browsers = []string{"chromium", "firefox"}

// The sources every build takes from extension/, and those only one
// browser takes.
var (
	commonFiles = []string{"background.js", "content.js", "engine.js", "lookup.js", "lookup-on.js", "options.html", "options.js"}
	onlyFiles   = map[string][]string{"chromium": {"background-offscreen.js", "offscreen.html", "offscreen.js"}}
)

func build(src, dist, out, version string) error {
	m, err := manifest.ReadManifest(dist)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	for _, b := range Browsers {
		dir := filepath.Join(out, b)
		files, err := writeFolder(dir, src, dist, b, version, m)
		if err != nil {
			return err
		}
		zipPath := filepath.Join(out, "glossline-"+b+".zip")
		if err := writeZip(zipPath, dir, files); err != nil {
			return err
		}
		st, err := os.Stat(zipPath)
		if err != nil {
			return err
		}
		fmt.Printf("%-9s %s/ and %s (%.1f KB)\n", b, dir, zipPath, float64(st.Size())/1024)
	}
	return nil
}

// Assets are the files of dist/ the extension carries: every asset of the
// manifest but the pages (the demo and the single-file demo are no part
// of the widget), by served name.
func Assets(m manifest.Manifest) ([]string, error) {
	var names []string
	for logical, served := range m {
		if served == "" || served != filepath.Base(served) || strings.HasPrefix(served, ".") {
			return nil, fmt.Errorf("dist/%s: %q names no file in dist/ for %s", manifest.ManifestName, served, logical)
		}
		if strings.HasSuffix(served, ".html") {
			continue
		}
		names = append(names, served)
	}
	sort.Strings(names)
	for _, need := range []string{manifest.AssetLoader, manifest.AssetUI, manifest.AssetWorker, manifest.AssetCSS} {
		if m[need] == "" {
			return nil, fmt.Errorf("dist/%s has no %s", manifest.ManifestName, need)
		}
	}
	return names, nil
}

// writeFolder writes the unpacked extension for browser b into dir and
// returns its files, relative and slash-separated, sorted.
func writeFolder(dir, src, dist, b, version string, m manifest.Manifest) ([]string, error) {
	assets, err := Assets(m)
	if err != nil {
		return nil, err
	}
	var files []string
	put := func(rel string, data []byte) error {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		files = append(files, rel)
		return os.WriteFile(p, data, 0o644)
	}
	copyFile := func(rel, from string) error {
		data, err := os.ReadFile(from)
		if err != nil {
			return err
		}
		return put(rel, data)
	}
	for _, f := range append(append([]string(nil), commonFiles...), onlyFiles[b]...) {
		if err := copyFile(f, filepath.Join(src, f)); err != nil {
			return nil, err
		}
	}
	locales, err := filepath.Glob(filepath.Join(src, "_locales", "*", "messages.json"))
	if err != nil || len(locales) == 0 {
		return nil, fmt.Errorf("no %s/_locales/*/messages.json", src)
	}
	for _, l := range locales {
		if err := copyFile("_locales/"+filepath.Base(filepath.Dir(l))+"/messages.json", l); err != nil {
			return nil, err
		}
	}
	for _, a := range assets {
		if err := copyFile("glossline/"+a, filepath.Join(dist, a)); err != nil {
			return nil, err
		}
	}
	for _, n := range IconSizes {
		if err := put(fmt.Sprintf("icons/%d.png", n), Icon(n)); err != nil {
			return nil, err
		}
	}
	names, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	if err := put("assets.js", []byte("// Generated by ./build.sh extension from dist/manifest.json: the served name of each asset in glossline/.\n\"use strict\";\nself.glosslineAssets = "+string(names)+";\n")); err != nil {
		return nil, err
	}
	man, err := ManifestJSON(Manifest(b, version, m))
	if err != nil {
		return nil, err
	}
	if err := put("manifest.json", man); err != nil {
		return nil, err
	}
	sort.Strings(files)
	return files, nil
}

// ManifestJSON is w as manifest.json: indented, "<all_urls>" unescaped.
func ManifestJSON(w WebExtManifest) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(w)
	return buf.Bytes(), err
}

// writeZip zips files (relative to dir) with a fixed time, so that the
// same build gives the same bytes.
func writeZip(path, dir string, files []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	when := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, rel := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: rel, Method: zip.Deflate, Modified: when})
		if err != nil {
			return err
		}
		r, err := os.Open(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			return err
		}
		_, err = io.Copy(w, r)
		r.Close()
		if err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}
