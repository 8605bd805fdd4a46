package main

import (
	"bufio"
	"bytes"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// distBinary builds this tool into a temporary folder.
func distBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dist")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestServeSignals runs `dist serve` as a process: it prints the serving
// line once it listens, answers at once, and SIGTERM (kill) or SIGINT
// (Ctrl-C) stop it with exit status 0 and the port closed.
func TestServeSignals(t *testing.T) {
	bin := distBinary(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>hi</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "serve", "-dir", dir, "-addr", "127.0.0.1:0")
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			r := bufio.NewReader(stdout)
			line, err := r.ReadString('\n')
			if err != nil {
				t.Fatalf("no serving line: %v (stderr %q)", err, stderr.String())
			}
			f := strings.Fields(line)
			if len(f) < 4 || f[0] != "serving" || !strings.HasPrefix(f[3], "http://127.0.0.1:") {
				t.Fatalf("first line %q", line)
			}
			url := f[3]
			resp, err := http.Get(url)
			if err != nil {
				t.Fatalf("GET %s right after the serving line: %v", url, err)
			}
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Errorf("GET %s: %d", url, resp.StatusCode)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() {
				rest, _ := r.ReadString(0)
				if rest != "stopped\n" {
					t.Errorf("after the signal it printed %q, want \"stopped\"", rest)
				}
				exited <- cmd.Wait()
			}()
			select {
			case err := <-exited:
				if err != nil {
					t.Errorf("after %v: %v (stderr %q), want exit status 0", sig, err, stderr.String())
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("still running 10 s after %v", sig)
			}
			host := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
			if c, err := net.DialTimeout("tcp", host, time.Second); err == nil {
				c.Close()
				t.Errorf("%s still answers after the server exited", host)
			}
		})
	}
}

// TestServeTaken: on a taken address `dist serve` exits 1 with a clear
// message and never claims to serve.
func TestServeTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>hi</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(distBinary(t), "serve", "-dir", dir, "-addr", ln.Addr().String())
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Errorf("exit: %v, want status 1", err)
	}
	want := "dist: " + ln.Addr().String() + " is taken (another server is listening there): stop it, or choose another address with -addr HOST:PORT\n"
	if stdout.Len() > 0 || stderr.String() != want {
		t.Errorf("stdout %q, stderr %q; want nothing and %q", stdout.String(), stderr.String(), want)
	}
}
