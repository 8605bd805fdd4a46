// Package shared locates the project's read-only shared material (the
// example article, its gold annotation and the evaluation corpora) for tests
// and evaluation tools.
//
// The material lives in a folder named "shared" beside the module root
// (../shared from the directory that holds go.mod), or wherever the
// GLOSSLINE_SHARED environment variable points. It is never copied into the
// repository.
package shared

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Find returns the shared folder, or an error saying where it looked.
func Find() (string, error) {
	if dir := os.Getenv("GLOSSLINE_SHARED"); dir != "" {
		if isDir(dir) {
			return filepath.Abs(dir)
		}
		return "", errors.New("GLOSSLINE_SHARED=" + dir + " is not a directory")
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			cand := filepath.Join(filepath.Dir(dir), "shared")
			if isDir(cand) {
				return cand, nil
			}
			return "", errors.New("no shared folder at " + cand + " (set GLOSSLINE_SHARED)")
		}
		if parent := filepath.Dir(dir); parent == dir {
			return "", errors.New("no go.mod above " + wd)
		}
	}
}

// Dir returns the shared folder for a test. When it is absent the test is
// skipped with a message, except under CI=true, where it fails: CI always has
// the material, so its absence there is a set-up error, not a reason to skip.
func Dir(t testing.TB) string {
	t.Helper()
	dir, err := Find()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared material missing under CI: %v", err)
		}
		t.Skipf("shared material not found, skipping: %v", err)
	}
	return dir
}

// Path returns a file or folder inside the shared folder for a test, with the
// same skip-or-fail rule as Dir.
func Path(t testing.TB, elem ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{Dir(t)}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared material missing under CI: %v", err)
		}
		t.Skipf("shared material not found, skipping: %v", err)
	}
	return p
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
