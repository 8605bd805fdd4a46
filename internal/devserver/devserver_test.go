package devserver

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("index.html", "<p>hi</p>")
	write("glossline.wasm", "\x00asm")
	write("glossline.wasm.br", "BR")
	write("app.js", "js")
	write("app.js.gz", "GZ")
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()

	tests := []struct {
		path, accept, wantBody, wantType, wantEnc string
		wantStatus                                int
	}{
		{"/", "", "<p>hi</p>", "text/html; charset=utf-8", "", 200},
		{"/glossline.wasm", "", "\x00asm", "application/wasm", "", 200},
		{"/glossline.wasm", "gzip, deflate, br", "BR", "application/wasm", "br", 200},
		{"/glossline.wasm", "br;q=0, gzip", "\x00asm", "application/wasm", "", 200},
		{"/app.js", "gzip, br", "GZ", "text/javascript; charset=utf-8", "gzip", 200},
		{"/missing.js", "", "", "", "", 404},
		{"/../../etc/passwd", "", "", "", "", 404},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.accept, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
			req.Header.Set("Accept-Encoding", tt.accept)
			resp, err := http.DefaultTransport.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if tt.wantStatus != 200 {
				return
			}
			if string(body) != tt.wantBody {
				t.Errorf("body %q, want %q", body, tt.wantBody)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type %q, want %q", got, tt.wantType)
			}
			if got := resp.Header.Get("Content-Encoding"); got != tt.wantEnc {
				t.Errorf("Content-Encoding %q, want %q", got, tt.wantEnc)
			}
		})
	}
}

func TestAcceptsEncoding(t *testing.T) {
	tests := []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip", "br", false},
		{"br;q=0", "br", false},
		{"br;q=0.5", "br", true},
		{"BR", "br", true},
		{"", "gzip", false},
	}
	for _, tt := range tests {
		if got := acceptsEncoding(tt.header, tt.coding); got != tt.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v, want %v", tt.header, tt.coding, got, tt.want)
		}
	}
}

// TestCacheControl: hashed names are cached for a year, immutable (also when
// a precompressed sibling is served); the stable loader and the pages are
// revalidated on every use.
func TestCacheControl(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"index.html":                   "<p>hi</p>",
		"glossline.js":                 "loader",
		"glossline.0a1b2c3d4e.wasm":    "\x00asm",
		"glossline.0a1b2c3d4e.wasm.br": "BR",
		"wasm_exec.99aabbccdd.js":      "exec",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	const year, short = "public, max-age=31536000, immutable", "no-cache"
	for _, tt := range []struct{ path, accept, want string }{
		{"/", "", short},
		{"/glossline.js", "br", short},
		{"/glossline.0a1b2c3d4e.wasm", "", year},
		{"/glossline.0a1b2c3d4e.wasm", "br", year},
		{"/wasm_exec.99aabbccdd.js", "", year},
	} {
		req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
		req.Header.Set("Accept-Encoding", tt.accept)
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", tt.path, resp.StatusCode)
		}
		if got := resp.Header.Get("Cache-Control"); got != tt.want {
			t.Errorf("%s (Accept-Encoding %q): Cache-Control %q, want %q", tt.path, tt.accept, got, tt.want)
		}
	}
}

func TestHashed(t *testing.T) {
	for name, want := range map[string]bool{
		"glossline.3f9a0c12de.wasm":           true,
		"/sub/glossline-worker.0123456789.js": true,
		"glossline.js":                        false,
		"glossline.wasm":                      false,
		"index.html":                          false,
		"glossline.3F9A0C12DE.wasm":           false, // upper case: not ours
		"glossline.3f9a0c12d.wasm":            false, // 9 digits
		"0123456789.js":                       false, // the hash is never the first part
	} {
		if got := Hashed(name); got != want {
			t.Errorf("Hashed(%q) = %v, want %v", name, got, want)
		}
	}
}

// lineWriter hands each line written to it to a channel.
type lineWriter chan string

func (w lineWriter) Write(p []byte) (int, error) {
	for _, l := range strings.SplitAfter(string(p), "\n") {
		if l != "" {
			w <- l
		}
	}
	return len(p), nil
}

// TestServe: Serve says where it serves only once it listens (a request
// right after the line is answered), serves the folder, and returns nil
// after its context ends, with the port closed.
func TestServe(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>hi</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	lines := make(lineWriter, 10)
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, "127.0.0.1:0", dir, lines) }()
	var line string
	select {
	case line = <-lines:
	case err := <-done:
		t.Fatalf("Serve returned %v before serving", err)
	case <-time.After(10 * time.Second):
		t.Fatal("no serving line within 10 s")
	}
	prefix := "serving " + dir + " on http://"
	if !strings.HasPrefix(line, prefix) || !strings.HasSuffix(line, "/ (Ctrl-C stops)\n") {
		t.Fatalf("first line %q, want %q…", line, prefix)
	}
	url := strings.TrimSuffix(strings.TrimPrefix(line, "serving "+dir+" on "), " (Ctrl-C stops)\n")
	host := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
	// No retry: the listener must be up when the line is written.
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s right after the serving line: %v", url, err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(body) != "<p>hi</p>" {
		t.Errorf("GET %s: %d %q", url, resp.StatusCode, body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve returned %v after its context ended, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return within 10 s of its context ending")
	}
	if l := <-lines; l != "stopped\n" {
		t.Errorf("last line %q, want \"stopped\"", l)
	}
	if c, err := net.DialTimeout("tcp", host, time.Second); err == nil {
		c.Close()
		t.Errorf("%s still accepts connections after Serve returned", host)
	}
}

// TestServeAddressTaken: a taken address is an error that says so and
// what to do, and nothing claims to serve.
func TestServeAddressTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	lines := make(lineWriter, 10)
	err = Serve(context.Background(), ln.Addr().String(), t.TempDir(), lines)
	want := ln.Addr().String() + " is taken (another server is listening there): stop it, or choose another address with -addr HOST:PORT"
	if err == nil || err.Error() != want {
		t.Errorf("Serve on a taken address: %v, want %q", err, want)
	}
	if len(lines) > 0 {
		t.Errorf("Serve wrote %q although it could not listen", <-lines)
	}
	if err := Serve(context.Background(), "127.0.0.1:99999", t.TempDir(), lines); err == nil || !strings.HasPrefix(err.Error(), "cannot listen on 127.0.0.1:99999: ") {
		t.Errorf("Serve on a bad port: %v", err)
	}
}
