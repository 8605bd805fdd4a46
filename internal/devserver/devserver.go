// Package devserver serves a built dist/ folder the way glossline expects a
// production server to: application/wasm for the module, precompressed .br
// and .gz files when the browser accepts them, cache lifetimes by name, and
// nothing outside the folder.
//
// A file whose name carries a content hash (glossline.3f9a0c12de.wasm: 10
// lower-case hex digits before the extension) never changes, so it is
// cached for a year and marked immutable; everything else — the loader
// glossline.js, the one name a publisher links to, and the pages — must be
// revalidated on every use (no-cache), so that a new build reaches readers
// at once.
package devserver

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Handler serves the files under dir.
func Handler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(name, "/") || name == "/" {
			name = path.Join(name, "index.html")
		}
		full := filepath.Join(dir, filepath.FromSlash(name))
		st, err := os.Stat(full)
		if err == nil && st.IsDir() {
			full = filepath.Join(full, "index.html")
			name = path.Join(name, "index.html")
		}
		ctype := mime.TypeByExtension(path.Ext(name))
		if path.Ext(name) == ".wasm" {
			ctype = "application/wasm"
		}
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		h := w.Header()
		h.Set("Content-Type", ctype)
		h.Set("Vary", "Accept-Encoding")
		h.Set("X-Content-Type-Options", "nosniff")
		if Hashed(name) {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		accept := r.Header.Get("Accept-Encoding")
		for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !acceptsEncoding(accept, enc.token) {
				continue
			}
			f, err := os.Open(full + enc.ext)
			if err != nil {
				continue
			}
			defer f.Close()
			fst, err := f.Stat()
			if err != nil {
				continue
			}
			h.Set("Content-Encoding", enc.token)
			http.ServeContent(w, r, name, fst.ModTime(), f)
			return
		}
		f, err := os.Open(full)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		fst, err := f.Stat()
		if err != nil || fst.IsDir() {
			http.NotFound(w, r)
			return
		}
		http.ServeContent(w, r, name, fst.ModTime(), f)
	})
}

// acceptsEncoding reports whether an Accept-Encoding header value allows
// the given content coding (a coding listed with q=0 is refused).
func acceptsEncoding(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		params = strings.ReplaceAll(params, " ", "")
		return !strings.HasPrefix(params, "q=0") || strings.HasPrefix(params, "q=0.") && strings.Trim(params[4:], "0") != ""
	}
	return false
}

// Hashed reports whether the file name (or path) carries a content hash:
// a dot-separated part of exactly 10 lower-case hex digits after the first
// part, as in glossline.3f9a0c12de.wasm or wasm_exec.0123456789.js.
func Hashed(name string) bool {
	parts := strings.Split(path.Base(name), ".")
	for _, p := range parts[1:] {
		if len(p) == 10 && strings.Trim(p, "0123456789abcdef") == "" {
			return true
		}
	}
	return false
}

// Serve listens on addr (HOST:PORT; port 0 picks a free one) and only
// then writes "serving DIR on http://ADDR/" to w, with the address it got;
// it serves dir with Handler until ctx is done, then shuts down — requests
// in flight get up to five seconds — and returns nil. An address that is
// taken is an error that says so, before anything is written to w.
func Serve(ctx context.Context, addr, dir string, w io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("%s is taken (another server is listening there): stop it, or choose another address with -addr HOST:PORT", addr)
	}
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: Handler(dir), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(w, "serving %s on http://%s/ (Ctrl-C stops)\n", dir, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err // the listener failed
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
	}
	<-done
	fmt.Fprintln(w, "stopped")
	return nil
}
