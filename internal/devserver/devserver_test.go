package devserver

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
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
