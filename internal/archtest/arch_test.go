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

// TestLayering checks every package's imports against the "may import"
// column of the layout table in docs/ARCHITECTURE.md, so that the map stays
// true: a package may import the standard library, and only the internal
// packages and modules its row lists. Every package must have a row.
func TestLayering(t *testing.T) {
	const module = "github.com/glossline/glossline/"
	doc, err := os.ReadFile(filepath.Join(moduleRoot(t), "docs", "ARCHITECTURE.md"))
	if err != nil {
		t.Fatal(err)
	}
	allowed := layoutTable(t, string(doc))
	out := goList(t, nil, "-f", `{{.ImportPath}} {{join .Imports " "}}`, "./...")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		fields := strings.Fields(line)
		pkg := strings.TrimPrefix(fields[0], module)
		rule, ok := allowed[pkg]
		if !ok {
			t.Errorf("%s has no row in the layout table of docs/ARCHITECTURE.md", pkg)
			continue
		}
		if rule == nil {
			continue // anything
		}
		for _, imp := range fields[1:] {
			first, _, _ := strings.Cut(imp, "/")
			if !strings.Contains(first, ".") {
				continue // the standard library
			}
			name := strings.TrimPrefix(imp, module)
			ok := false
			for _, a := range rule {
				if name == a || strings.HasPrefix(name, a+"/") && strings.Contains(a, ".") {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s imports %s, which its row in docs/ARCHITECTURE.md does not allow (%q)", pkg, name, rule)
			}
		}
	}
}

// layoutTable reads the layout table: path → allowed imports as module
// paths ("internal/text", "golang.org/x/net/html"); an empty, non-nil list
// for "std", nil for "anything".
func layoutTable(t *testing.T, doc string) map[string][]string {
	rows := map[string][]string{}
	for _, line := range strings.Split(doc, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) != 5 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			continue
		}
		path := strings.Trim(strings.TrimSpace(cells[1]), "`/")
		may := strings.TrimSpace(cells[3])
		switch may {
		case "anything", "—":
			rows[path] = nil
			continue
		case "std":
			rows[path] = []string{}
			continue
		}
		list := []string{}
		for _, item := range strings.Split(may, ",") {
			item = strings.Trim(strings.TrimSpace(item), "`")
			if item == "" {
				continue
			}
			if !strings.Contains(item, ".") {
				item = "internal/" + item
			}
			list = append(list, item)
		}
		rows[path] = list
	}
	if len(rows) < 10 {
		t.Fatalf("found %d rows in the layout table of docs/ARCHITECTURE.md", len(rows))
	}
	return rows
}

// TestReadmeSize keeps the README a five-minute read: under 8 KB (of 1000
// bytes, as the size budgets count), with the picture first; details go to
// docs/.
func TestReadmeSize(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(moduleRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(b) >= 8000 {
		t.Errorf("README.md is %d bytes; keep it under 8000 (move details to docs/)", len(b))
	}
	lines := strings.SplitN(string(b), "\n", 4)
	if len(lines) < 3 || !strings.HasPrefix(lines[2], "![") {
		t.Errorf("README.md does not open with its picture (line 3: %q)", lines[min(2, len(lines)-1)])
	}
}
