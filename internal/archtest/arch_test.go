// Package archtest checks the project's structural rules: the JavaScript
// boundary is wasm/ alone, internal/ is pure Go, and the wasm links nothing
// whose size the readers would pay for without need.
package archtest

import (
	"go/build/constraint"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// moduleRoot is two levels up from this package.
func moduleRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("no go.mod at %s", root)
	}
	return root
}

func goList(t *testing.T, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), append([]string{"list"}, args...)...)
	cmd.Dir = moduleRoot(t)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// TestWasmFilesHaveBuildTag: every Go file in wasm/ builds only for js/wasm,
// so the JavaScript boundary cannot leak into a native build.
func TestWasmFilesHaveBuildTag(t *testing.T) {
	dir := filepath.Join(moduleRoot(t), "wasm")
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in %s (%v)", dir, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var expr constraint.Expr
		for _, line := range strings.Split(string(data), "\n") {
			if constraint.IsGoBuild(line) {
				expr, err = constraint.Parse(line)
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				break
			}
			if strings.HasPrefix(line, "package ") {
				break
			}
		}
		if expr == nil {
			t.Errorf("%s: missing //go:build js && wasm", filepath.Base(f))
			continue
		}
		// It must be false whenever GOOS is not js or GOARCH is not wasm.
		for _, tags := range [][2]string{{"linux", "amd64"}, {"js", "amd64"}, {"linux", "wasm"}, {"wasip1", "wasm"}} {
			if expr.Eval(func(tag string) bool { return tag == tags[0] || tag == tags[1] }) {
				t.Errorf("%s: build constraint %q is satisfied by %s/%s", filepath.Base(f), expr, tags[0], tags[1])
			}
		}
	}
}

// TestInternalIsPureGo: no internal package depends on syscall/js or safejs.
func TestInternalIsPureGo(t *testing.T) {
	out := goList(t, nil, "-deps=false", "-f", `{{.ImportPath}}: {{join .Deps " "}}`, "./internal/...")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		pkg, deps, _ := strings.Cut(line, ": ")
		for _, d := range strings.Fields(deps) {
			if d == "syscall/js" || strings.HasPrefix(d, "github.com/hack-pad/safejs") {
				t.Errorf("%s depends on %s: internal/ must stay pure Go", pkg, d)
			}
		}
	}
}

// TestWasmDependencies: the wasm links none of the packages measured as too
// big for what they give (brotli: regexp +102 KB, encoding/json +74 KB,
// x/net/html +100 KB, minify +880 KB).
func TestWasmDependencies(t *testing.T) {
	out := goList(t, []string{"GOOS=js", "GOARCH=wasm"}, "-deps", "./wasm")
	deps := strings.Fields(out)
	if len(deps) == 0 {
		t.Fatal("go list returned no dependencies for ./wasm")
	}
	forbidden := []string{"regexp", "encoding/json", "encoding/xml", "golang.org/x/net/html", "github.com/tdewolff/minify"}
	found := false
	for _, d := range deps {
		if d == "github.com/hack-pad/safejs" {
			found = true
		}
		for _, f := range forbidden {
			if d == f || strings.HasPrefix(d, f+"/") {
				t.Errorf("the wasm depends on %s", d)
			}
		}
	}
	if !found {
		t.Error("the wasm does not use github.com/hack-pad/safejs")
	}
}
