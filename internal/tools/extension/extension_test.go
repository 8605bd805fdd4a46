package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/manifest"
)

// fakeDist is a dist/manifest.json as the build writes it, with a data
// asset the extension's code does not name (the knowledge base in a file of
// its own) and the demo pages, which are no assets.
var fakeDist = manifest.Manifest{
	"glossline.js":        "glossline.js",
	"glossline-ui.js":     "glossline-ui.1111111111.js",
	"glossline-worker.js": "glossline-worker.2222222222.js",
	"glossline-inline.js": "glossline-inline.3333333333.js",
	"wasm_exec.js":        "wasm_exec.4444444444.js",
	"glossline.css":       "glossline.5555555555.css",
	"glossline.wasm":      "glossline.6666666666.wasm",
	"glossline-kb.bin":    "glossline-kb.7777777777.bin",
	"index.html":          "index.html",
}

// manifestMap is Manifest(b) as a browser reads it: the JSON, decoded.
func manifestMap(t *testing.T, b string) map[string]any {
	t.Helper()
	data, err := ManifestJSON(Manifest(b, Version, fakeDist))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func strs(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

func TestManifest(t *testing.T) {
	for _, b := range Browsers {
		t.Run(b, func(t *testing.T) {
			m := manifestMap(t, b)
			if m["manifest_version"] != 3.0 {
				t.Errorf("manifest_version %v, want 3", m["manifest_version"])
			}
			if !regexp.MustCompile(`^\d+(\.\d+){0,3}$`).MatchString(m["version"].(string)) {
				t.Errorf("version %q is not 1 to 4 dotted integers", m["version"])
			}
			// Permissions: minimal, and no host permission but the optional ones.
			want := []string{"activeTab", "contextMenus", "scripting", "storage"}
			if b == "chromium" {
				want = append(want, "offscreen")
			}
			got := strs(m["permissions"])
			sort.Strings(got)
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Errorf("permissions %v, want %v", got, want)
			}
			for _, k := range []string{"host_permissions", "optional_permissions", "content_scripts", "externally_connectable"} {
				if _, ok := m[k]; ok {
					t.Errorf("%s is set: the extension asks no site of its own accord", k)
				}
			}
			if got := strs(m["optional_host_permissions"]); !slices.Equal(got, []string{"http://*/*", "https://*/*", "https://de.wikipedia.org/*", "https://en.wikipedia.org/*"}) {
				t.Errorf("optional_host_permissions %v", got)
			}
			// The engine's policy: wasm, nothing evaluated.
			csp := m["content_security_policy"].(map[string]any)["extension_pages"].(string)
			if !strings.Contains(csp, "'wasm-unsafe-eval'") || strings.Contains(csp, "'unsafe-eval'") || strings.Contains(csp, "http") {
				t.Errorf("content_security_policy.extension_pages %q", csp)
			}
			// The page may load the stylesheet and nothing else.
			war := m["web_accessible_resources"].([]any)
			if len(war) != 1 || !slices.Equal(strs(war[0].(map[string]any)["resources"]), []string{"glossline/" + fakeDist["glossline.css"]}) {
				t.Errorf("web_accessible_resources %v, want the stylesheet alone", war)
			}
			cmd, _ := m["commands"].(map[string]any)["_execute_action"].(map[string]any)
			if cmd == nil || cmd["suggested_key"].(map[string]any)["default"] == "" {
				t.Errorf("no keyboard shortcut for the action: %v", m["commands"])
			}
			if m["action"] == nil || m["options_ui"] == nil || m["default_locale"] != "en" {
				t.Errorf("action, options_ui or default_locale missing")
			}
			bg := m["background"].(map[string]any)
			gecko, _ := m["browser_specific_settings"].(map[string]any)
			switch b {
			case "chromium":
				if bg["service_worker"] != "background.js" || bg["scripts"] != nil {
					t.Errorf("background %v, want the service worker", bg)
				}
				if gecko != nil {
					t.Errorf("browser_specific_settings in the Chromium build")
				}
			case "firefox":
				if bg["service_worker"] != nil || !slices.Equal(strs(bg["scripts"]), []string{"assets.js", "lookup.js", "engine.js", "background.js"}) {
					t.Errorf("background %v, want the event page's scripts", bg)
				}
				g := gecko["gecko"].(map[string]any)
				if g["id"] != GeckoID || !regexp.MustCompile(`^[^@\s]+@[^@\s]+$`).MatchString(GeckoID) {
					t.Errorf("gecko id %v", g["id"])
				}
				if g["strict_min_version"] != "140.0" {
					t.Errorf("strict_min_version %v: the data-collection declaration needs Firefox 140", g["strict_min_version"])
				}
				if a := gecko["gecko_android"].(map[string]any); a["strict_min_version"] != "142.0" {
					t.Errorf("gecko_android %v: Firefox for Android reads the declaration from 142 on", a)
				}
				dc := g["data_collection_permissions"].(map[string]any)
				if !slices.Equal(strs(dc["required"]), []string{"none"}) || dc["optional"] != nil {
					t.Errorf("data_collection_permissions %v, want required [none]", dc)
				}
			}
		})
	}
}

// TestMessages: every __MSG_…__ of the manifest and every message the
// scripts ask for is in each locale; the locales have the same keys; the
// store's limits hold.
func TestMessages(t *testing.T) {
	locales, _ := filepath.Glob(filepath.Join("..", "..", "..", "extension", "_locales", "*", "messages.json"))
	if len(locales) != 2 {
		t.Fatalf("locales %v, want de and en", locales)
	}
	used := map[string]bool{}
	for _, b := range Browsers {
		data, _ := ManifestJSON(Manifest(b, Version, fakeDist))
		for _, k := range regexp.MustCompile(`__MSG_(\w+)__`).FindAllStringSubmatch(string(data), -1) {
			used[k[1]] = true
		}
	}
	srcs, _ := filepath.Glob(filepath.Join("..", "..", "..", "extension", "*.*"))
	for _, f := range srcs {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range regexp.MustCompile(`\bT\("(\w+)"\)|data-i18n="(\w+)"`).FindAllStringSubmatch(string(data), -1) {
			used[k[1]+k[2]] = true
		}
	}
	var keys []string
	for _, l := range locales {
		var msgs map[string]struct{ Message string }
		data, err := os.ReadFile(l)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &msgs); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		var ks []string
		for k, m := range msgs {
			ks = append(ks, k)
			if m.Message == "" {
				t.Errorf("%s: %s is empty", l, k)
			}
		}
		sort.Strings(ks)
		if keys == nil {
			keys = ks
		} else if !slices.Equal(keys, ks) {
			t.Errorf("%s has the keys %v, the other locale %v", l, ks, keys)
		}
		for k := range used {
			if _, ok := msgs[k]; !ok {
				t.Errorf("%s: no message %s", l, k)
			}
		}
		if n := len([]rune(msgs["extDescription"].Message)); n > 132 {
			t.Errorf("%s: the description has %d characters, the Chrome Web Store takes 132", l, n)
		}
		if n := len([]rune(msgs["extName"].Message)); n > 45 {
			t.Errorf("%s: the name has %d characters, more than 45", l, n)
		}
	}
}

// TestBuild builds the extension from the sources and a made-up dist/: every
// asset of the manifest is carried, whatever its name, the pages are not,
// and the zip holds the folder.
func TestBuild(t *testing.T) {
	dist, out := t.TempDir(), t.TempDir()
	data, _ := json.Marshal(fakeDist)
	if err := os.WriteFile(filepath.Join(dist, manifest.ManifestName), data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range fakeDist {
		if err := os.WriteFile(filepath.Join(dist, f), []byte("/* "+f+" */"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := build(filepath.Join("..", "..", "..", "extension"), dist, out, Version); err != nil {
		t.Fatal(err)
	}
	for _, b := range Browsers {
		dir := filepath.Join(out, b)
		for logical, served := range fakeDist {
			_, err := os.Stat(filepath.Join(dir, "glossline", served))
			if isPage := strings.HasSuffix(served, ".html"); isPage != os.IsNotExist(err) {
				t.Errorf("%s: %s carried: %v, want %v", b, logical, err == nil, !isPage)
			}
		}
		var m WebExtManifest
		data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		// Every file the manifest names is in the folder.
		named := append([]string{m.OptionsUI.Page, m.Background.ServiceWorker}, m.Background.Scripts...)
		named = append(named, m.WebAccessibleResources[0].Resources...)
		for size, f := range m.Icons {
			named = append(named, f, m.Action.DefaultIcon[size])
		}
		if len(m.Icons) != len(IconSizes) {
			t.Errorf("%s: icons %v", b, m.Icons)
		}
		if b == "chromium" {
			named = append(named, "background-offscreen.js", "offscreen.html", "offscreen.js")
		}
		for _, f := range named {
			if _, err := os.Stat(filepath.Join(dir, f)); f != "" && err != nil {
				t.Errorf("%s: %s is named but missing: %v", b, f, err)
			}
		}
		assets, err := os.ReadFile(filepath.Join(dir, "assets.js"))
		if err != nil || !strings.Contains(string(assets), `"glossline-kb.bin":"glossline-kb.7777777777.bin"`) {
			t.Errorf("%s: assets.js %q (%v)", b, assets, err)
		}
		zr, err := zip.OpenReader(filepath.Join(out, "glossline-"+b+".zip"))
		if err != nil {
			t.Fatal(err)
		}
		var inZip []string
		for _, f := range zr.File {
			inZip = append(inZip, f.Name)
		}
		zr.Close()
		var inDir []string
		filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
			if err == nil && !fi.IsDir() {
				rel, _ := filepath.Rel(dir, p)
				inDir = append(inDir, filepath.ToSlash(rel))
			}
			return nil
		})
		sort.Strings(inDir)
		if !slices.Equal(inZip, inDir) {
			t.Errorf("%s: the zip holds %v, the folder %v", b, inZip, inDir)
		}
	}
}

// TestScriptsNameLogicalAssets: the extension's scripts name dist/'s assets
// only by their logical names, which the manifest package knows.
func TestScriptsNameLogicalAssets(t *testing.T) {
	known := []string{manifest.AssetLoader, manifest.AssetUI, manifest.AssetWorker, manifest.AssetCSS, manifest.AssetWasm, manifest.AssetWasmExec, manifest.AssetInline}
	srcs, _ := filepath.Glob(filepath.Join("..", "..", "..", "extension", "*.js"))
	n := 0
	for _, f := range srcs {
		data, _ := os.ReadFile(f)
		if regexp.MustCompile(`\.[0-9a-f]{10}\.`).Match(data) {
			t.Errorf("%s names a hashed asset", f)
		}
		for _, k := range regexp.MustCompile(`(?:\bA|glosslineAssets)\["([^"]+)"\]`).FindAllStringSubmatch(string(data), -1) {
			n++
			if !slices.Contains(known, k[1]) {
				t.Errorf("%s names the asset %q, which internal/manifest does not know", f, k[1])
			}
		}
	}
	if n == 0 {
		t.Error("no script names an asset: the pattern is stale")
	}
}

// TestIcon: each icon is a PNG of its size, opaque in the middle and
// transparent in the corners.
func TestIcon(t *testing.T) {
	for _, n := range IconSizes {
		img, err := png.Decode(bytes.NewReader(Icon(n)))
		if err != nil {
			t.Fatalf("%d: %v", n, err)
		}
		if b := img.Bounds(); b.Dx() != n || b.Dy() != n {
			t.Errorf("%d: bounds %v", n, b)
		}
		if _, _, _, a := img.At(n/2, n/2).RGBA(); a != 0xffff {
			t.Errorf("%d: the middle is not opaque", n)
		}
		if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
			t.Errorf("%d: the corner is not transparent", n)
		}
	}
}
