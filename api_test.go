package glossline

import (
	"bytes"
	"flag"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var updateAPI = flag.Bool("update-api", false, "rewrite testdata/api.txt with the package's exported API")

// TestAPI guards the compatibility promise (README, "For publishers"):
// testdata/api.txt lists every exported name of the package with its
// signature, fields and struct tags, and this test fails when the code
// differs from it. Adding to the API means adding lines to the listing
// (go test -run TestAPI -update-api .), which a review sees; a line that
// goes or changes breaks the promise within a major version.
func TestAPI(t *testing.T) {
	got := exportedAPI(t, ".")
	path := filepath.Join("testdata", "api.txt")
	if *updateAPI {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got == string(want) {
		return
	}
	gotLines, wantLines := lineSet(got), lineSet(string(want))
	for l := range wantLines {
		if !gotLines[l] {
			t.Errorf("removed or changed (a break of the compatibility promise): %s", l)
		}
	}
	for l := range gotLines {
		if !wantLines[l] {
			t.Errorf("added (list it in %s: go test -run TestAPI -update-api .): %s", path, l)
		}
	}
}

func lineSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		if l != "" {
			m[l] = true
		}
	}
	return m
}

// exportedAPI lists the exported declarations of the package in dir, one
// per line, sorted: functions and methods with their signatures, types
// with their exported fields and tags (one line per field), constants and
// variables with their types and values.
func exportedAPI(t *testing.T, dir string) string {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	print := func(n any) string {
		var b bytes.Buffer
		if err := (&printer.Config{Mode: printer.RawFormat}).Fprint(&b, fset, n); err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(b.String()), " ")
	}
	var lines []string
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if !d.Name.IsExported() {
						continue
					}
					recv := ""
					if d.Recv != nil {
						typ := d.Recv.List[0].Type
						if st, ok := typ.(*ast.StarExpr); ok {
							typ = st.X
						}
						if !typ.(*ast.Ident).IsExported() {
							continue
						}
						recv = "(" + print(d.Recv.List[0].Type) + ") "
					}
					lines = append(lines, "func "+recv+d.Name.Name+strings.TrimPrefix(print(d.Type), "func"))
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							if !s.Name.IsExported() {
								continue
							}
							st, ok := s.Type.(*ast.StructType)
							if !ok {
								lines = append(lines, "type "+s.Name.Name+" "+print(s.Type))
								continue
							}
							lines = append(lines, "type "+s.Name.Name+" struct")
							for _, fld := range st.Fields.List {
								tag := ""
								if fld.Tag != nil {
									tag = " " + fld.Tag.Value
								}
								for _, n := range fld.Names {
									if n.IsExported() {
										lines = append(lines, "type "+s.Name.Name+" struct, "+n.Name+" "+print(fld.Type)+tag)
									}
								}
							}
						case *ast.ValueSpec:
							for i, n := range s.Names {
								if !n.IsExported() {
									continue
								}
								l := d.Tok.String() + " " + n.Name
								if s.Type != nil {
									l += " " + print(s.Type)
								}
								if i < len(s.Values) {
									l += " = " + print(s.Values[i])
								}
								lines = append(lines, l)
							}
						}
					}
				}
			}
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}
