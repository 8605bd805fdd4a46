//go:build e2e

package e2e

import (
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/glossline/glossline/internal/devserver"
)

// The npm package as a publisher's front end uses it: packed, installed
// from the tarball into a project of its own, type-checked, bundled with
// esbuild, its assets copied as the package's README says, and run in
// Chromium.

// npmTools returns the test-side tools (npm/test, pinned by its
// package-lock.json): tsc's script and esbuild's binary.
func npmTools(t *testing.T) (tsc, esbuild string) {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "npm", "test", "node_modules")
	tsc, esbuild = filepath.Join(dir, "typescript", "bin", "tsc"), filepath.Join(dir, ".bin", "esbuild")
	for _, f := range []string{tsc, esbuild} {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("%s not installed (./build.sh test runs npm ci in npm/test): %v", f, err)
		}
	}
	return tsc, esbuild
}

// sh runs a command in dir and fails the test when it fails.
func sh(t *testing.T, dir string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// npmArticle is the test's own article.
const npmArticle = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Storm season starts early</title>
<meta property="article:published_time" content="2024-03-05T08:00:00Z"><link rel="icon" href="data:,"></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Storm season starts early</h1>
<p>The WMO said on Monday, 4 March 2024, that the storm season had begun, earlier than in any year since 1990.</p>
<p>Forecasters expect more storms on Tuesday, and a calmer week after the first of April, when the winds turn.</p>
<p>Insurers said the damage of the first storms was lower than in 2023, when a single storm in October cost more than the whole season before.</p>
</article>
<script type="module" src="/%s"></script>
</body></html>`

func TestNPMPackage(t *testing.T) {
	tsc, esbuild := npmTools(t)
	root := repoRoot(t)
	dist, err := filepath.Abs(distDir(t))
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()

	// Stage and pack, as ./build.sh npm does.
	sh(t, root, "go", "run", "./internal/tools/dist", "npm", "-dist", dist, "-src", root, "-out", filepath.Join(work, "package"), "-version", "0.0.0-test")
	sh(t, work, "npm", "pack", "./package", "--pack-destination", work, "--loglevel=error")
	tarball := filepath.Join(work, "glossline-0.0.0-test.tgz")
	if st, err := os.Stat(tarball); err != nil {
		t.Fatal(err)
	} else {
		t.Logf("tarball: %.1f KB", float64(st.Size())/1000)
	}

	// A tiny project of its own: install, check the types, bundle, copy
	// the assets.
	app := filepath.Join(work, "app")
	files := map[string]string{
		"package.json": `{"name": "tiny-app", "private": true, "type": "module"}`,
		"tsconfig.json": `{"compilerOptions": {"strict": true, "noEmit": true, "target": "es2022", "module": "esnext",
		  "moduleResolution": "bundler", "lib": ["es2022", "dom"], "types": []}, "files": ["check.ts"]}`,
		"annotate.js": `import glossline from "glossline";
window.__events = [];
document.addEventListener("glossline:done", (e) => __events.push({status: e.detail.status, ref: e.detail.ref || "", root: e.detail.root.localName}));
window.__gl = glossline;
window.__result = glossline.annotate(document.querySelector("article"), { assetsBase: "/glossline/", timeline: "after" }).then(() => "resolved", (e) => "rejected: " + e);
`,
		"start.js": `import { start } from "glossline";
window.__events = [];
document.addEventListener("glossline:done", (e) => __events.push({status: e.detail.status, ref: e.detail.ref || "", root: e.detail.root.localName}));
start({ assetsBase: "/glossline/", load: "eager" });
`,
	}
	check, err := os.ReadFile(filepath.Join(root, "npm", "test", "check.ts"))
	if err != nil {
		t.Fatal(err)
	}
	files["check.ts"] = string(check)
	os.MkdirAll(filepath.Join(app, "public"), 0o755)
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(app, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sh(t, app, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error", tarball)
	sh(t, app, "node", tsc, "-p", "tsconfig.json")
	for _, name := range []string{"annotate", "start"} {
		sh(t, app, esbuild, name+".js", "--bundle", "--format=esm", "--log-level=warning", "--outfile=public/"+name+".js")
		os.WriteFile(filepath.Join(app, "public", name+".html"), []byte(strings.Replace(npmArticle, "%s", name+".js", 1)), 0o644)
	}
	// The copy step of the package's README.
	sh(t, app, "sh", "-c", "mkdir -p public/glossline && cp node_modules/glossline/assets/* public/glossline/")

	srv := httptest.NewServer(devserver.Handler(filepath.Join(app, "public")))
	t.Cleanup(srv.Close)
	type state struct {
		Events []struct {
			Status, Ref, Root string
		} `json:"events"`
		Dates, Terms, Panel int
		CSS                 string `json:"css"`
		Global              bool   `json:"global"`
		Result              string `json:"result"`
	}
	wait := `new Promise((ok, fail) => { const t0 = Date.now(); (function poll() {
	  if (window.__events && __events.length) return Promise.resolve(window.__result).then((r) => ok({events: __events,
	    Dates: document.querySelectorAll("article time.gl-date").length, Terms: document.querySelectorAll("article a.gl-term").length,
	    Panel: document.querySelectorAll("aside.gl-panel").length,
	    css: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname).join(" "),
	    global: "glossline" in window, result: r || ""}));
	  if (Date.now() - t0 > 30000) return fail(new Error("no glossline:done within 30 s"));
	  setTimeout(poll, 20); })(); })`
	for _, name := range []string{"annotate", "start"} {
		t.Run(name, func(t *testing.T) {
			ctx := browser(t)
			console := collectConsole(t, ctx)
			start := time.Now()
			do(t, ctx, chromedp.Navigate(srv.URL+"/"+name+".html"))
			st := eval[state](t, ctx, wait)
			t.Logf("%s: done in %v: %+v", name, time.Since(start).Round(time.Millisecond), st)
			if len(st.Events) != 1 || st.Events[0].Status != "ok" || st.Events[0].Ref != "2024-03-05" || st.Events[0].Root != "article" {
				t.Errorf("glossline:done events %+v, want one: ok, 2024-03-05, article", st.Events)
			}
			if st.Dates < 4 || st.Terms < 1 || st.Panel != 1 {
				t.Errorf("%d date marks, %d terms, %d panels in the article; want ≥ 4, ≥ 1, 1", st.Dates, st.Terms, st.Panel)
			}
			if !strings.HasPrefix(st.CSS, "/glossline/glossline.") || strings.Contains(st.CSS, " ") {
				t.Errorf("stylesheets %q, want the package's one from /glossline/", st.CSS)
			}
			if st.Global {
				t.Error("the module left window.glossline behind")
			}
			if name == "annotate" {
				if st.Result != "resolved" {
					t.Errorf("annotate's promise: %q", st.Result)
				}
				// remove restores the article.
				if n := eval[int](t, ctx, `__gl.remove(document.querySelector("article")), document.querySelectorAll(".gl-date,.gl-term,.gl-panel").length`); n != 0 {
					t.Errorf("after remove, %d glossline elements are left", n)
				}
			}
			for _, m := range console() {
				if m.Type == "error" || m.Type == "warning" {
					t.Errorf("console %s: %s", m.Type, m.Text)
				}
			}
		})
	}
}
