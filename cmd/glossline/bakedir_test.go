package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/glossline/glossline/internal/sitegen"
)

// archive generates a made-up archive of n pages into a temporary folder
// and returns its path and the kind of every file ("article", "listing",
// …) by its path relative to the archive.
func archive(t *testing.T, n int) (string, map[string]string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := sitegen.Generate(dir, n, 7); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(dir), "site-"+sitegen.Manifest))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		kind, rel, _ := strings.Cut(l, " ")
		kinds[rel] = kind
	}
	return dir, kinds
}

// count returns the number in the summary's row, e.g. count(s, "baked").
func count(t *testing.T, summary, row string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(row) + ` +(\d+)`).FindStringSubmatch(summary)
	if m == nil {
		t.Fatalf("no row %q in the summary:\n%s", row, summary)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// tree reads every file under dir by its path relative to dir.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		data, err := os.ReadFile(path)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestBakeDirs: a generated archive bakes into OUTDIR — articles baked and
// linked to the stylesheet, every other page and file copied byte for
// byte, the pages left counted by reason — and a second run bakes nothing
// and writes nothing; a changed page, and changed flags, are baked again.
func TestBakeDirs(t *testing.T) {
	src, kinds := archive(t, 150)
	out := filepath.Join(t.TempDir(), "out")
	want := map[string]int{}
	for _, k := range kinds {
		want[k]++
	}
	code, summary, errs := runCmd(t, "", "bake", "-j", "3", "-o", out, src)
	if code != 0 || strings.Contains(errs, "glossline") { // progress lines only
		t.Fatalf("exit %d, stderr %q, summary:\n%s", code, errs, summary)
	}
	t.Logf("first run:\n%s", summary)
	for row, n := range map[string]int{"baked": want[sitegen.Article], "up to date": 0, "failed": 0,
		"left as it was": want[sitegen.Listing] + want[sitegen.Gallery] + want[sitegen.French] + want[sitegen.Baked],
		"other files":    want[sitegen.Other]} {
		if got := count(t, summary, row); got != n {
			t.Errorf("%s: %d, want %d", row, got, n)
		}
	}
	reasons := "   no article " + strconv.Itoa(want[sitegen.Gallery]) + ", listing page " + strconv.Itoa(want[sitegen.Listing]) +
		", other language " + strconv.Itoa(want[sitegen.French]) + ", baked already " + strconv.Itoa(want[sitegen.Baked]) + "\n"
	if !strings.Contains(summary, reasons) {
		t.Errorf("the summary does not give the reasons as %q:\n%s", reasons, summary)
	}
	in, baked := tree(t, src), tree(t, out)
	if _, ok := baked[bakeCacheName]; !ok {
		t.Errorf("no cache file %s in OUTDIR", bakeCacheName)
	}
	delete(baked, bakeCacheName)
	if len(baked) != len(in) {
		t.Errorf("OUTDIR has %d files, the archive %d", len(baked), len(in))
	}
	for rel, data := range in {
		got := baked[rel]
		switch {
		case kinds[rel] == sitegen.Article:
			if !bytes.Contains(got, []byte(`data-glossline="done"`)) || !bytes.Contains(got, []byte(`<link rel="stylesheet" href="/glossline/glossline.css"/>`)) ||
				!bytes.Contains(got, []byte(`class="gl-date"`)) {
				t.Errorf("%s: not baked, or no stylesheet link: %.200s", rel, got)
			}
		case !bytes.Equal(got, data):
			t.Errorf("%s (%s): not copied byte for byte", rel, kinds[rel])
		}
	}

	// Second run: nothing to do, nothing written.
	stamp := map[string]time.Time{}
	filepath.Walk(out, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			stamp[path] = info.ModTime()
		}
		return nil
	})
	code, summary, _ = runCmd(t, "", "bake", "-o", out, src)
	pages := len(in) - want[sitegen.Other]
	if code != 0 || count(t, summary, "up to date") != pages || count(t, summary, "baked") != 0 || !strings.Contains(summary, "copied 0, up to date "+strconv.Itoa(want[sitegen.Other])) {
		t.Errorf("second run: exit %d, want every page up to date:\n%s", code, summary)
	}
	filepath.Walk(out, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && filepath.Base(path) != bakeCacheName && !info.ModTime().Equal(stamp[path]) {
			t.Errorf("second run wrote %s", path)
		}
		return nil
	})

	// A changed article is baked again, alone.
	var article string
	for rel, k := range kinds {
		if k == sitegen.Article {
			article = rel
			break
		}
	}
	page := filepath.Join(src, article)
	os.WriteFile(page, bytes.Replace(in[article], []byte("</h1>"), []byte(" (updated)</h1>"), 1), 0o644)
	code, summary, _ = runCmd(t, "", "bake", "-o", out, src)
	if code != 0 || count(t, summary, "baked") != 1 || count(t, summary, "up to date") != pages-1 {
		t.Errorf("after changing %s: exit %d:\n%s", article, code, summary)
	}
	if b, _ := os.ReadFile(filepath.Join(out, article)); !bytes.Contains(b, []byte("(updated)")) {
		t.Errorf("%s was not baked again", article)
	}
	// An output removed or changed in OUTDIR is written again.
	os.Remove(filepath.Join(out, article))
	if code, summary, _ = runCmd(t, "", "bake", "-o", out, src); count(t, summary, "baked") != 1 {
		t.Errorf("after removing the output of %s: exit %d:\n%s", article, code, summary)
	}
	// Other flags: every page again.
	code, summary, _ = runCmd(t, "", "bake", "-mark", "all", "-o", out, src)
	if code != 0 || count(t, summary, "up to date") != 0 || count(t, summary, "baked") != want[sitegen.Article] {
		t.Errorf("-mark all after the default: exit %d, want every page again:\n%s", code, summary)
	}
}

// TestBakeDirsInPlace: -n changes nothing and lists what -w would bake; -w
// bakes the articles in place and leaves every other file as it was; a
// second -w has nothing to do.
func TestBakeDirsInPlace(t *testing.T) {
	src, kinds := archive(t, 60)
	before := tree(t, src)
	code, stdout, _ := runCmd(t, "", "bake", "-n", "-w", src)
	summary := stdout
	after := tree(t, src)
	if code != 0 || len(after) != len(before) {
		t.Fatalf("-n: exit %d, %d files before, %d after:\n%s", code, len(before), len(after), summary)
	}
	for rel, data := range before {
		if !bytes.Equal(after[rel], data) {
			t.Errorf("-n changed %s", rel)
		}
	}
	articles := 0
	for rel, k := range kinds {
		if k == sitegen.Article {
			articles++
			if !strings.Contains(stdout, "would bake "+filepath.Join(src, rel)+"\n") {
				t.Errorf("-n does not list %s", rel)
			}
		}
	}
	if count(t, summary, "would bake") != articles {
		t.Errorf("-n:\n%s", summary)
	}

	code, summary, _ = runCmd(t, "", "bake", "-w", src)
	after = tree(t, src)
	if code != 0 || count(t, summary, "baked") != articles {
		t.Fatalf("-w: exit %d:\n%s", code, summary)
	}
	for rel, data := range before {
		changed := !bytes.Equal(after[rel], data)
		if changed != (kinds[rel] == sitegen.Article) {
			t.Errorf("%s (%s): changed %v", rel, kinds[rel], changed)
		}
	}
	code, summary, _ = runCmd(t, "", "bake", "-w", src)
	if code != 0 || count(t, summary, "baked") != 0 || count(t, summary, "up to date") != len(before)-countKind(kinds, sitegen.Other) {
		t.Errorf("second -w: exit %d:\n%s", code, summary)
	}
}

func countKind(kinds map[string]string, kind string) int {
	n := 0
	for _, k := range kinds {
		if k == kind {
			n++
		}
	}
	return n
}

// TestBakeDirsFailures: pages that cannot be baked fail with their first
// error each in the summary and exit status 1; the others are baked, and
// a failed page is tried again on the next run.
func TestBakeDirsFailures(t *testing.T) {
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "good.html"), []byte(bakePage), 0o644)
	os.WriteFile(filepath.Join(src, "latin1.html"), []byte("<html><body><p>Gr\xfc\xdfe am Montag</p></body></html>"), 0o644)
	os.WriteFile(filepath.Join(src, "target.html"), []byte(strings.Replace(bakePage, "defer", `defer data-target="#nowhere"`, 1)), 0o644)
	os.WriteFile(filepath.Join(src, "empty.html"), nil, 0o644)
	out := filepath.Join(t.TempDir(), "out")
	for run := 1; run <= 2; run++ {
		code, summary, errs := runCmd(t, "", "bake", "-o", out, src)
		if code != 1 || count(t, summary, "failed") != 2 || errs != "glossline bake: 2 of 4 pages failed (the summary lists each with its first error)\n" {
			t.Errorf("run %d: exit %d, stderr %q; want 1 and 2 failed:\n%s", run, code, errs, summary)
		}
		for _, want := range []string{
			"failed: " + filepath.Join(src, "latin1.html") + ": not valid UTF-8 (first bad byte at offset 17)\n",
			"failed: " + filepath.Join(src, "target.html") + `: data-target: no element matches "#nowhere"` + "\n",
		} {
			if !strings.Contains(summary, want) {
				t.Errorf("run %d: the summary lacks %q:\n%s", run, want, summary)
			}
		}
		// The empty page is left as it was (then up to date), the good one
		// baked (then up to date); the failed ones are tried every time.
		if run == 1 && (count(t, summary, "baked") != 1 || !strings.Contains(summary, "left as it was       1   not HTML 1\n")) ||
			run == 2 && count(t, summary, "up to date") != 2 {
			t.Errorf("run %d:\n%s", run, summary)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "latin1.html")); err == nil {
		t.Error("a failed page was written to OUTDIR")
	}
}

func TestBakeDirsUsage(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"-o", "out", "-w", dir}, 2, "-o and -w exclude each other"},
		{[]string{"-o", "out"}, 2, "no folder given"},
		{[]string{"-w"}, 2, "no folder given"},
		{[]string{"-j", "0", "-w", dir}, 2, "-j must be 1 or more"},
		{[]string{"-n", "a.html"}, 2, "-n and -v go with -o OUTDIR or -w"},
		{[]string{dir}, 2, "is a folder: bake it with -o OUTDIR"},
		{[]string{"a.html", "b.html"}, 2, "at most one input file"},
		{[]string{"-w", filepath.Join(dir, "missing")}, 1, "missing: no such file or directory"},
		{[]string{"-o", filepath.Join(dir, "out"), dir, filepath.Join(dir, "..", filepath.Base(dir))}, 2, "would both go to"},
	} {
		code, _, errs := runCmd(t, "", append([]string{"bake"}, tt.args...)...)
		if code != tt.code || !strings.HasPrefix(errs, "glossline bake: ") || !strings.Contains(errs, tt.msg) {
			t.Errorf("bake %q: exit %d, stderr %q; want %d and %q", tt.args, code, errs, tt.code, tt.msg)
		}
	}
}

// TestBakeProgress: on a terminal a bar redrawn in place; otherwise plain
// lines at every tenth of the pages once the run has gone on long enough.
func TestBakeProgress(t *testing.T) {
	var b bytes.Buffer
	p := &progress{w: &b, tty: true, total: 4, start: time.Now().Add(-time.Second), nextTenth: 1}
	for range 4 {
		p.step()
	}
	p.clear()
	if s := b.String(); !strings.Contains(s, "\r\x1b[K[##############################] 4/4 pages 100%") || !strings.HasSuffix(s, "\r\x1b[K") {
		t.Errorf("bar: %q", s)
	}
	defer func(d time.Duration) { plainAfter = d }(plainAfter)
	plainAfter = 0
	b.Reset()
	p = newProgress(&b, 20)
	for range 20 {
		p.step()
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 9 || !strings.HasPrefix(lines[0], "[ 10%] 2/20 pages, ") || !strings.HasPrefix(lines[8], "[ 90%] 18/20 pages, ") {
		t.Errorf("plain lines: %q", lines)
	}
}
