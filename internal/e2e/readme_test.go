//go:build e2e

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// A newcomer's first hour: the README's examples and the build script, run
// in a fresh copy of the repository with no ../shared beside it.

// repoRoot is the repository this test runs in.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

var (
	cloneOnce sync.Once
	cloneDir  string
	cloneErr  error
)

// TestMain removes the copy freshClone made, after every test.
func TestMain(m *testing.M) {
	code := m.Run()
	if cloneDir != "" {
		os.RemoveAll(filepath.Dir(cloneDir))
	}
	os.Exit(code)
}

// freshClone copies the repository's tracked files (as they are in the
// working tree) into a temporary folder with no "shared" beside it — what
// a clone gives a newcomer — once per test binary.
func freshClone(t *testing.T) string {
	t.Helper()
	cloneOnce.Do(func() {
		root := repoRoot(t)
		out, err := exec.Command("git", "-C", root, "ls-files", "-z").Output()
		if err != nil {
			cloneErr = err
			return
		}
		parent, err := os.MkdirTemp("", "glossline-readme-")
		if err != nil {
			cloneErr = err
			return
		}
		cloneDir = filepath.Join(parent, "glossline")
		for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
			src := filepath.Join(root, name)
			st, err := os.Lstat(src)
			if err != nil || !st.Mode().IsRegular() {
				continue // deleted in the working tree, or not a file
			}
			data, err := os.ReadFile(src)
			if err == nil {
				err = os.MkdirAll(filepath.Dir(filepath.Join(cloneDir, name)), 0o755)
			}
			if err == nil {
				err = os.WriteFile(filepath.Join(cloneDir, name), data, st.Mode().Perm())
			}
			if err != nil {
				cloneErr = err
				return
			}
		}
	})
	if cloneErr != nil {
		t.Fatalf("copying the repository: %v", cloneErr)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(cloneDir), "shared")); err == nil {
		t.Fatal("the copy has a shared folder beside it")
	}
	return cloneDir
}

// cloneEnv is the environment of commands in the copy: no shared material,
// no dist from outside, GOBIN in a temporary folder, and the compressed
// files of this checkout's builds (a cache keyed by content, as Go's build
// cache is shared too) so that the copy's build takes seconds.
func cloneEnv(t *testing.T) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "GLOSSLINE_SHARED", "GLOSSLINE_DIST", "CI", "ADDR", "COMPRESS_CACHE", "GOBIN":
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"COMPRESS_CACHE="+filepath.Join(repoRoot(t), ".cache", "compress"),
		"GOBIN="+filepath.Join(filepath.Dir(freshClone(t)), "bin"))
}

// readmeCommands returns the lines of the README's ```sh blocks.
func readmeCommands(t *testing.T) []string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(repoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	in := false
	for _, l := range strings.Split(string(readme), "\n") {
		switch {
		case strings.HasPrefix(l, "```"):
			in = !in && strings.TrimSpace(l) == "```sh"
		case in && strings.TrimSpace(l) != "" && !strings.HasPrefix(strings.TrimSpace(l), "#"):
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	return lines
}

// notRun are the README's command lines this test does not run, and why;
// every other line runs.
var notRun = map[string]string{
	"./build.sh serve   # build dist/ and serve the demo at http://127.0.0.1:8080":                             "serves until stopped: TestBuildScriptServe runs it",
	"./build.sh test    # install what the tests need, build, and run every test":                              "the suite this test is part of",
	"go install github.com/glossline/glossline/cmd/glossline@latest":                                           "fetches the published module over the network; `go install ./cmd/glossline` runs instead",
	"go run ./cmd/glossline learn -lookup wikipedia -lookup-contact you@example.org index.html > learned.json": "asks Wikipedia over the network; TestLearn (cmd/glossline) runs it against a local fake API",
}

// TestReadmeExamples runs every command line example of the README, as
// written, in a fresh copy of the repository without ../shared, and checks
// what each one produced.
func TestReadmeExamples(t *testing.T) {
	dir := freshClone(t)
	env := cloneEnv(t)
	lines := readmeCommands(t)
	ran := map[string]string{} // line -> stdout
	for _, line := range lines {
		if why, ok := notRun[line]; ok {
			t.Logf("not run: %s (%s)", line, why)
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		cmd := exec.CommandContext(ctx, "bash", "-c", line)
		cmd.Dir, cmd.Env = dir, env
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		start := time.Now()
		err := cmd.Run()
		cancel()
		t.Logf("%s: %.1f s", line, time.Since(start).Seconds())
		if err != nil {
			t.Errorf("%s: %v\nstdout:\n%s\nstderr:\n%s", line, err, stdout.String(), stderr.String())
			continue
		}
		for _, l := range strings.Split(stderr.String(), "\n") {
			if strings.HasPrefix(l, "glossline") {
				t.Errorf("%s: message on stderr: %s", line, l)
			}
		}
		ran[line] = stdout.String()
	}
	for line := range notRun {
		found := false
		for _, l := range lines {
			found = found || l == line
		}
		if !found {
			t.Errorf("notRun lists %q, which the README no longer has", line)
		}
	}

	// What the examples produced.
	file := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		return string(b)
	}
	output := func(prefix string) (string, bool) {
		for line, out := range ran {
			if strings.HasPrefix(line, prefix) {
				return out, true
			}
		}
		t.Errorf("no README example starts with %q", prefix)
		return "", false
	}
	if out, ok := output("go run ./cmd/glossline annotate index.html"); ok {
		var doc struct {
			Lang     string            `json:"lang"`
			Dates    []json.RawMessage `json:"dates"`
			Timeline []json.RawMessage `json:"timeline"`
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.Lang != "de" || len(doc.Dates) < 10 || len(doc.Timeline) < 3 {
			t.Errorf("annotate index.html: lang %q, %d dates, %d timeline entries, %v", doc.Lang, len(doc.Dates), len(doc.Timeline), err)
		}
	}
	if html := file("annotated.html"); !strings.Contains(html, ">Kim Jong Un</a> verspricht") || !strings.Contains(html, `<time class="gl-date"`) {
		t.Errorf("annotated.html: %.300s", html)
	}
	if html := file("baked.html"); !strings.Contains(html, `<link rel="stylesheet" href="/glossline/glossline.css"/>`) ||
		!strings.Contains(html, `data-glossline="done"`) || !strings.Contains(html, `<a class="gl-term" href="#gl-def-eib"`) {
		t.Errorf("baked.html lacks the stylesheet link, the done mark or the EIB term: %.300s", html)
	}
	if out, ok := output("go run ./cmd/glossline eval testdata/timeml"); ok && !strings.Contains(out, "\ntestdata/timeml ") {
		t.Errorf("eval: %s", out)
	}
	if out, ok := output("go run ./cmd/glossline annotate -h"); ok && !strings.Contains(out, "\nexamples:\n") {
		t.Errorf("annotate -h: %s", out)
	}
	if out, ok := output("go run ./cmd/glossline version"); ok && !strings.HasPrefix(out, "glossline ") {
		t.Errorf("version: %q", out)
	}
	if m := file("dist-extension/chromium/manifest.json"); !strings.Contains(m, `"manifest_version": 3`) {
		t.Errorf("./build.sh extension: dist-extension/chromium/manifest.json %.300s", m)
	}
	if _, err := os.Stat(filepath.Join(dir, "dist-extension", "glossline-firefox.zip")); err != nil {
		t.Errorf("./build.sh extension: %v", err)
	}
	// For publishers: a made-up archive baked into site-baked (its
	// summary on stdout), and the npm tarball.
	if out, ok := output("go run ./cmd/glossline bake -css /glossline/glossline.css -o site-baked site"); ok &&
		(!strings.Contains(out, "glossline bake: 200 pages in ") || !strings.Contains(out, "  failed               0\n")) {
		t.Errorf("bake -o site-baked site: %s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "site-baked", ".glossline-bake.json")); err != nil {
		t.Errorf("site-baked has no cache file: %v", err)
	}
	if tgz, _ := filepath.Glob(filepath.Join(dir, "dist", "npm", "glossline-*.tgz")); len(tgz) != 1 {
		t.Errorf("./build.sh npm: tarballs %v, want one", tgz)
	}
	if html := file("offline.html"); !strings.Contains(html, `id="gl-wasm"`) {
		t.Errorf("offline.html is not a single-file page: %.300s", html)
	}

	// In place of the go install line: install from the copy.
	cmd := exec.Command("go", "install", "./cmd/glossline")
	cmd.Dir, cmd.Env = dir, env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install ./cmd/glossline: %v\n%s", err, out)
	}
	out, err := exec.Command(filepath.Join(filepath.Dir(dir), "bin", "glossline"), "version").Output()
	if err != nil || !strings.HasPrefix(string(out), "glossline ") {
		t.Errorf("installed glossline version: %q, %v", out, err)
	}
}

// startServe runs ./build.sh serve in the copy with args and env and
// returns the process, the address it serves and its standard error.
func startServe(t *testing.T, env []string, args ...string) (*exec.Cmd, string, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command("./build.sh", append([]string{"serve"}, args...)...)
	cmd.Dir, cmd.Env = freshClone(t), env
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	lines := make(chan string)
	go func() {
		r := bufio.NewReader(stdout)
		for {
			l, err := r.ReadString('\n')
			if l != "" {
				lines <- l
			}
			if err != nil {
				close(lines)
				return
			}
		}
	}()
	timeout := time.After(5 * time.Minute) // the build comes first
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("./build.sh serve ended without serving; stderr:\n%s", stderr.String())
			}
			if strings.HasPrefix(l, "serving dist on http://") {
				go func() {
					for range lines { // "stopped", later
					}
				}()
				return cmd, strings.Fields(l)[3], &stderr
			}
		case <-timeout:
			t.Fatal("./build.sh serve: no serving line within 5 minutes")
		}
	}
}

// TestBuildScriptServe: ./build.sh serve says where it serves once it
// listens, takes the address as -addr or ADDR=, and stops on SIGTERM (kill)
// and SIGINT (Ctrl-C) with exit status 0 and nothing left listening; a
// taken address is an error.
func TestBuildScriptServe(t *testing.T) {
	env := cloneEnv(t)
	for _, tt := range []struct {
		name string
		args []string
		env  []string
		sig  syscall.Signal
	}{
		{"-addr, SIGTERM", []string{"-addr", "127.0.0.1:0"}, env, syscall.SIGTERM},
		{"ADDR=, SIGINT", nil, append(env, "ADDR=127.0.0.1:0"), syscall.SIGINT},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cmd, url, stderr := startServe(t, tt.env, tt.args...)
			resp, err := http.Get(url)
			if err != nil {
				t.Fatalf("GET %s right after the serving line: %v", url, err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !bytes.Contains(body, []byte("glossline.js")) {
				t.Errorf("GET %s: %d, %.100s", url, resp.StatusCode, body)
			}
			if err := cmd.Process.Signal(tt.sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("after %v: %v, want exit status 0 (stderr %q)", tt.sig, err, stderr.String())
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("./build.sh serve still running 10 s after %v", tt.sig)
			}
			host := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
			if c, err := net.DialTimeout("tcp", host, time.Second); err == nil {
				c.Close()
				t.Errorf("%s still answers after ./build.sh serve ended: a server was left behind", host)
			}
		})
	}

	t.Run("address taken", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		cmd := exec.Command("./build.sh", "serve", "-addr", ln.Addr().String())
		cmd.Dir, cmd.Env = freshClone(t), env
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err = cmd.Run()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Errorf("exit: %v, want status 1", err)
		}
		if strings.Contains(stdout.String(), "serving") || !strings.Contains(stderr.String(), ln.Addr().String()+" is taken") {
			t.Errorf("stdout %q\nstderr %q", stdout.String(), stderr.String())
		}
	})

	t.Run("help and usage errors", func(t *testing.T) {
		run := func(args ...string) (int, string, string) {
			cmd := exec.Command("./build.sh", args...)
			cmd.Dir, cmd.Env = freshClone(t), env
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			return code, stdout.String(), stderr.String()
		}
		for _, h := range []string{"help", "-h", "--help"} {
			code, out, errs := run(h)
			if code != 0 || errs != "" {
				t.Errorf("./build.sh %s: exit %d, stderr %q", h, code, errs)
			}
			for _, want := range []string{"build (default)", "serve [-addr HOST:PORT]", "test ", "loadbench", "bench ",
				"ADDR=", "WASM_GO=", "COMPRESS_CACHE=", "GLOSSLINE_SHARED=", "CI=true", "RUNS=", "COMPROMISE_RUNS=", "BROWSER_RUNS=", "LOADBENCH_JS_FLAGS="} {
				if !strings.Contains(out, want) {
					t.Errorf("./build.sh %s does not mention %q", h, want)
				}
			}
		}
		for _, args := range [][]string{{"nope"}, {"serve", "-port", "1"}, {"serve", "-addr"}, {"build", "extra"}} {
			code, out, errs := run(args...)
			if code != 2 || out != "" || !strings.Contains(errs, "usage: ./build.sh") {
				t.Errorf("./build.sh %s: exit %d, stdout %q, stderr %q; want 2 and the usage on stderr", strings.Join(args, " "), code, out, errs)
			}
		}
	})
}
