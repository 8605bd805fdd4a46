package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/glossline/glossline/internal/manifest"
	"github.com/glossline/glossline/internal/page"
)

// The npm package (`./build.sh npm`): the loader as an ES module with its
// TypeScript types, the hashed assets, a README and the licences, staged
// in a folder that `npm pack` turns into the tarball.
//
// The module is made from the built loader (dist/glossline.js, minified,
// with the hashed names in it) without changing a byte of it: the loader
// is an IIFE that reads `document` and `window`, so the module runs it
// inside a function whose parameters of those names are proxies of the
// real ones (moduleTemplate). Through them the module gives the loader what
// a <script> tag would: document.currentScript as a stand-in whose src lies
// in the assets folder (assetsBase) and whose dataset holds the options,
// and a document still "loading" while the loader runs, so that it hands
// its start-up to the module (for start()) instead of annotating <body> on
// import; window.glossline, the API the loader publishes, stays the
// module's own.

// npmConfig is what the npm command needs.
type npmConfig struct {
	dist, src, out, version string
}

func npmCmd(args []string) error {
	fs := flag.NewFlagSet("npm", flag.ExitOnError)
	var c npmConfig
	fs.StringVar(&c.dist, "dist", "dist", "a built dist/ folder")
	fs.StringVar(&c.src, "src", ".", "source root (holds npm/, LICENSE and THIRD_PARTY_NOTICES.md)")
	fs.StringVar(&c.out, "out", filepath.Join("dist", "npm", "package"), "the package folder to write (emptied first)")
	fs.StringVar(&c.version, "version", "0.0.0-dev", "the package's version")
	fs.Parse(args)
	return stageNPM(c)
}

// npmAssets are the logical names of the files the package ships in
// assets/: everything the loader fetches, and the loader itself for
// pages that prefer a <script> tag.
var npmAssets = []string{manifest.AssetWasm, manifest.AssetKB, manifest.AssetWasmExec, manifest.AssetWorker, manifest.AssetUI, manifest.AssetCSS, manifest.AssetLoader}

// stageNPM writes the package folder.
func stageNPM(c npmConfig) error {
	m, err := manifest.ReadManifest(c.dist)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(c.out); err != nil {
		return err
	}
	assets := filepath.Join(c.out, "assets")
	if err := os.MkdirAll(assets, 0o755); err != nil {
		return err
	}
	files := map[string]string{} // logical -> served name, for the package's manifest
	for _, logical := range npmAssets {
		name := m[logical]
		if name == "" || name != filepath.Base(name) {
			return fmt.Errorf("%s names no file for %s", filepath.Join(c.dist, manifest.ManifestName), logical)
		}
		if err := copyFile(filepath.Join(c.dist, name), filepath.Join(assets, name)); err != nil {
			return err
		}
		files[logical] = name
	}
	// The stylesheet under its stable name too, for baked pages.
	if err := copyFile(filepath.Join(c.dist, page.StylesheetName), filepath.Join(assets, page.StylesheetName)); err != nil {
		return err
	}
	man, err := json.MarshalIndent(files, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(assets, manifest.ManifestName), append(man, '\n'), 0o644); err != nil {
		return err
	}

	loader, err := os.ReadFile(filepath.Join(c.dist, m[manifest.AssetLoader]))
	if err != nil {
		return err
	}
	mod, err := esModule(loader, m[manifest.AssetCSS])
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(c.out, "glossline.mjs"), mod, 0o644); err != nil {
		return err
	}

	pkg, err := os.ReadFile(filepath.Join(c.src, "npm", "package.json"))
	if err != nil {
		return err
	}
	const placeholder = `"version": "0.0.0-dev"`
	if bytes.Count(pkg, []byte(placeholder)) != 1 {
		return errors.New("npm/package.json: want one " + placeholder + " for the build to replace")
	}
	pkg = bytes.Replace(pkg, []byte(placeholder), []byte(`"version": "`+c.version+`"`), 1)
	if err := os.WriteFile(filepath.Join(c.out, "package.json"), pkg, 0o644); err != nil {
		return err
	}
	for from, to := range map[string]string{
		filepath.Join("npm", "glossline.d.ts"): "glossline.d.ts",
		filepath.Join("npm", "README.md"):      "README.md",
		"LICENSE":                              "LICENSE",
		"THIRD_PARTY_NOTICES.md":               "THIRD_PARTY_NOTICES.md",
	} {
		if err := copyFile(filepath.Join(c.src, from), filepath.Join(c.out, to)); err != nil {
			return err
		}
	}
	var list []string
	filepath.Walk(c.out, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			rel, _ := filepath.Rel(c.out, path)
			list = append(list, fmt.Sprintf("  %-40s %s", rel, kb(int(info.Size()))))
		}
		return nil
	})
	sort.Strings(list)
	fmt.Printf("npm package in %s:\n%s\n", c.out, strings.Join(list, "\n"))
	return nil
}

func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}

// esModule wraps the built loader into the package's ES module; css is the
// stylesheet's hashed name, which annotate() links as the loader's start-up
// does.
func esModule(loader []byte, css string) ([]byte, error) {
	if !bytes.Contains(loader, []byte("document")) || !bytes.Contains(loader, []byte("window")) {
		return nil, errors.New("the loader names neither document nor window: the module's wrapper no longer fits it")
	}
	js := strings.Replace(moduleTemplate, "/*LOADER*/", string(bytes.TrimSpace(loader)), 1)
	js = strings.Replace(js, "__CSS__", css, 1)
	return []byte(js), nil
}

// moduleTemplate is the package's ES module; /*LOADER*/ is replaced by the
// built loader and __CSS__ by the stylesheet's hashed name.
const moduleTemplate = `/*! glossline: the browser widget as an ES module (Apache-2.0; see LICENSE and
 * THIRD_PARTY_NOTICES.md). Built from web/glossline.js, which runs unchanged
 * inside run() below. */
const OPTIONS = ["target", "lang", "ref", "timeline", "mark", "load", "glossary"];
const CSS = "__CSS__";
const here = import.meta.url;
let api = null, started = null, base = null;
const dataset = {};

// folder returns the assets folder: options.assetsBase, else the folder of
// this module when it is served as it is (not bundled).
function folder(o) {
  let b = o && o.assetsBase;
  if (b == null) {
    if (!/^https?:/.test(String(here || ""))) {
      throw new TypeError("glossline: give assetsBase, the address of the folder holding the files of glossline/assets (the module cannot find them from a bundle)");
    }
    b = new URL(".", here);
  }
  b = String(b);
  return new URL(b.endsWith("/") ? b : b + "/", location.href);
}

function setOptions(o) {
  for (const k of OPTIONS) if (o && o[k] != null) dataset[k] = String(o[k]);
}

// boot runs the loader once, with the assets folder of the first call.
function boot(o) {
  if (api) return api;
  base = folder(o);
  setOptions(o);
  const realDoc = document, realWin = window;
  const script = { src: new URL("glossline.js", base).href, dataset };
  const own = {};
  let booting = true;
  const bound = new WeakMap();
  const fwd = (target, v) => {
    if (typeof v !== "function") return v;
    let f = bound.get(v);
    if (!f) bound.set(v, (f = v.bind(target)));
    return f;
  };
  const doc = new Proxy(realDoc, {
    get(t, k) {
      if (k === "currentScript") return script;
      if (booting && k === "readyState") return "loading";
      if (booting && k === "addEventListener") {
        return (type, fn, opt) => type === "DOMContentLoaded" ? (started = fn) : realDoc.addEventListener(type, fn, opt);
      }
      return fwd(t, Reflect.get(t, k));
    },
  });
  const win = new Proxy(realWin, {
    get(t, k) { return k === "glossline" ? own.glossline : fwd(t, Reflect.get(t, k)); },
    set(t, k, v) { if (k === "glossline") own.glossline = v; else t[k] = v; return true; },
    has(t, k) { return k === "glossline" ? "glossline" in own : k in t; },
  });
  run(doc, win);
  booting = false;
  if (!own.glossline || typeof own.glossline.annotate !== "function" || typeof started !== "function") {
    throw new Error("glossline: the loader did not start as the module expects");
  }
  api = own.glossline;
  return api;
}

// run is the loader, as built.
function run(document, window) {
/*LOADER*/
}

// css links the stylesheet from the assets folder, unless the page links
// one of glossline's already (the loader's own test).
function css() {
  if (document.querySelector('link[href*="glossline"][rel=stylesheet],#gl-css')) return;
  const l = document.createElement("link");
  l.rel = "stylesheet";
  l.href = new URL(CSS, base).href;
  document.head.append(l);
}

export function annotate(element, options) {
  try {
    const a = boot(options);
    css();
    return a.annotate(element, options || {});
  } catch (e) {
    return Promise.reject(e);
  }
}

export function remove(element) {
  if (api) api.remove(element);
}

export function start(options) {
  boot(options);
  setOptions(options);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => started(), { once: true });
  else started();
}

export default { annotate, remove, start };
`
