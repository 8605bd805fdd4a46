package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/glossline/glossline"
)

// Baking folders: `glossline bake -o OUTDIR DIR…` and `-w DIR…`.
//
// The tree is walked first (so that progress has a total), then a pool of
// -j workers bakes the pages; one goroutine (the collector) counts, draws
// the progress and keeps the cache. Every page ends in one category: baked,
// up to date (the cache says nothing changed), left as it was for a
// reason, or failed.

// bakeCacheName is the cache file's name, in OUTDIR (or the first DIR with
// -w).
const bakeCacheName = ".glossline-bake.json"

// dirOptions are the folder flags.
type dirOptions struct {
	out                     string // -o
	inPlace, dryRun         bool   // -w, -n
	verbose                 bool   // -v
	jobs                    int    // -j
	glossFile               string // -glossary, for the cache key
	args                    []string
	progressOut, summaryOut io.Writer // stderr and stdout, unless set
}

// bakeJob is one file of the walk.
type bakeJob struct {
	src, dst string // dst == src with -w
	key      string // the cache's key: dst relative to the cache's folder, with slashes
	page     bool   // an .html or .htm file; else copied (-o only)
	link     bool   // a symbolic link, recreated (-o only)
}

// jobResult is what became of one job.
type jobResult struct {
	job      *bakeJob
	category string // "baked", "up to date", "left", "failed", "copied", "copy up to date"
	reason   string // for "left": the status, for "failed": the error
	size     int64  // the input's bytes (pages)
	entry    *cacheEntry
}

// cacheEntry is what the cache keeps of one page: the hashes of what it
// was and what it gave, what was done, and the output file's size and
// modification time (-o), so that a file changed or removed in OUTDIR is
// written again.
type cacheEntry struct {
	In     string `json:"in"`
	Out    string `json:"out"`
	Status string `json:"status"`
	Size   int64  `json:"size,omitempty"`
	MTime  int64  `json:"mtime,omitempty"`
}

// bakeCache is the cache file.
type bakeCache struct {
	// Key is the hash of glossline's build and version, the flags and the
	// glossary file: entries made under another key are not used.
	Key   string                 `json:"key"`
	Pages map[string]*cacheEntry `json:"pages"`
}

// The reasons a page is left as it was, in the summary's order.
var leftReasons = []struct{ status, label string }{
	{string(glossline.StatusNoArticle), "no article"},
	{string(glossline.StatusListing), "listing page"},
	{string(glossline.StatusLanguage), "other language"},
	{string(glossline.StatusAnnotated), "baked already"},
	{"not-html", "not HTML"},
}

func bakeDirs(c *command, opts *glossline.BakeOptions, d *dirOptions) int {
	if d.progressOut == nil {
		d.progressOut = c.stderr
	}
	if d.summaryOut == nil {
		d.summaryOut = c.stdout
	}
	jobs, cachePath, code := d.walk(c)
	if code != 0 {
		return code
	}
	key, err := cacheKey(opts, d.glossFile)
	if err != nil {
		return c.fail(err)
	}
	cache := readCache(cachePath, key)
	start := time.Now()

	todo := make(chan *bakeJob)
	done := make(chan jobResult)
	var wg sync.WaitGroup
	for range d.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				done <- d.do(j, opts, cache.Pages[j.key])
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			todo <- j
		}
		close(todo)
		wg.Wait()
		close(done)
	}()

	pages := 0
	for _, j := range jobs {
		if j.page {
			pages++
		}
	}
	s := summary{left: map[string]int{}}
	bar := newProgress(d.progressOut, pages)
	fresh := map[string]*cacheEntry{}
	for r := range done {
		s.add(r)
		if r.entry != nil {
			fresh[r.job.key] = r.entry
		}
		if r.job.page {
			bar.step()
			if d.verbose || d.dryRun && r.category == "baked" {
				bar.clear()
				fmt.Fprintln(c.stdout, d.line(r))
			}
		}
	}
	bar.clear()
	s.elapsed = time.Since(start)
	if !d.dryRun {
		// Entries of pages not seen in this run (removed, or under another
		// DIR) are kept: a run over part of a site keeps the rest's.
		for k, e := range fresh {
			cache.Pages[k] = e
		}
		cache.Key = key
		if err := writeCache(cachePath, cache); err != nil {
			s.failed = append(s.failed, cachePath+": "+describe(err))
		}
	}
	s.print(d.summaryOut, d.dryRun)
	if len(s.failed) > 0 {
		return c.fail(fmt.Errorf("%d of %d pages failed (the summary lists each with its first error)", len(s.failed), s.pages))
	}
	return 0
}

// walk lists the jobs of every argument and the cache file's path; code
// is not 0 after a reported error.
func (d *dirOptions) walk(c *command) (jobs []*bakeJob, cachePath string, code int) {
	cacheDir := d.out
	var outAbs string
	if d.out != "" {
		outAbs, _ = filepath.Abs(d.out)
	}
	names := map[string]string{}
	for _, arg := range d.args {
		st, err := os.Stat(arg)
		if err != nil {
			return nil, "", c.fail(errors.New(describe(err)))
		}
		if cacheDir == "" { // -w: the first DIR, or the first FILE's folder
			cacheDir = arg
			if !st.IsDir() {
				cacheDir = filepath.Dir(arg)
			}
		}
		base := filepath.Base(arg)
		if len(d.args) > 1 && d.out != "" && st.IsDir() {
			if other, ok := names[base]; ok {
				return nil, "", c.usage(fmt.Sprintf("%s and %s would both go to %s", other, arg, filepath.Join(d.out, base)))
			}
			names[base] = arg
		}
		if !st.IsDir() {
			dst := arg
			if d.out != "" {
				dst = filepath.Join(d.out, base)
			}
			jobs = append(jobs, &bakeJob{src: arg, dst: dst, page: isPage(arg)})
			continue
		}
		err = filepath.WalkDir(arg, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if abs, _ := filepath.Abs(path); e.IsDir() && outAbs != "" && abs == outAbs {
				return filepath.SkipDir // OUTDIR inside DIR
			}
			if e.IsDir() || e.Name() == bakeCacheName {
				return nil
			}
			rel, _ := filepath.Rel(arg, path)
			j := &bakeJob{src: path, dst: path, page: isPage(path), link: e.Type()&fs.ModeSymlink != 0}
			if d.out != "" {
				j.dst = filepath.Join(d.out, rel)
				if len(d.args) > 1 {
					j.dst = filepath.Join(d.out, base, rel)
				}
			}
			switch {
			case j.link && d.inPlace:
				return nil // baked where it points, if that is in the tree
			case j.link:
				j.page = false
			case !e.Type().IsRegular():
				return nil // devices, sockets, pipes
			case !j.page && d.inPlace:
				return nil
			}
			jobs = append(jobs, j)
			return nil
		})
		if err != nil {
			return nil, "", c.fail(errors.New(describe(err)))
		}
	}
	cachePath = filepath.Join(cacheDir, bakeCacheName)
	for _, j := range jobs {
		rel, err := filepath.Rel(cacheDir, j.dst)
		if err != nil {
			rel = j.dst
		}
		j.key = filepath.ToSlash(rel)
	}
	return jobs, cachePath, 0
}

// isPage reports whether a file is an HTML page by its name.
func isPage(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".html" || ext == ".htm"
}

// isDir reports whether name is a folder.
func isDir(name string) bool {
	st, err := os.Stat(name)
	return err == nil && st.IsDir()
}

// do carries out one job.
func (d *dirOptions) do(j *bakeJob, opts *glossline.BakeOptions, old *cacheEntry) jobResult {
	r := jobResult{job: j}
	fail := func(err error) jobResult {
		r.category, r.reason = "failed", describe(err)
		return r
	}
	if !j.page {
		return d.copyFile(j)
	}
	data, err := os.ReadFile(j.src)
	if err != nil {
		return fail(err)
	}
	if len(data) > maxInput {
		return fail(fmt.Errorf("%s: larger than %d MB", j.src, maxInput>>20))
	}
	r.size = int64(len(data))
	sum := hash(data)
	if old != nil && d.upToDate(j, old, sum) {
		r.category, r.reason, r.entry = "up to date", old.Status, old
		return r
	}
	out, status := data, "not-html"
	var ie *glossline.InputError
	res, err := glossline.Bake(data, opts)
	switch {
	case errors.As(err, &ie) && ie.Offset < 0: // empty, or not an HTML page
	case err != nil:
		return fail(fmt.Errorf("%s: %w", j.src, err))
	default:
		out, status = res.HTML, string(res.Status)
	}
	r.category, r.reason = "left", status
	if status == string(glossline.StatusBaked) {
		r.category = "baked"
	}
	r.entry = &cacheEntry{In: sum, Out: hash(out), Status: status}
	if d.dryRun {
		return r
	}
	switch {
	case d.inPlace && r.category == "baked":
		if err := writeAtomic(j.dst, out, time.Time{}); err != nil {
			return fail(err)
		}
	case d.inPlace: // left as it was
	default:
		var mtime time.Time
		if r.category != "baked" { // a copy: it keeps its time
			if st, err := os.Stat(j.src); err == nil {
				mtime = st.ModTime()
			}
		}
		if err := writeAtomic(j.dst, out, mtime); err != nil {
			return fail(err)
		}
		st, err := os.Stat(j.dst)
		if err != nil {
			return fail(err)
		}
		r.entry.Size, r.entry.MTime = st.Size(), st.ModTime().UnixNano()
	}
	return r
}

// upToDate reports whether a page whose content hashes to sum needs no
// work: in place, it is what the last run wrote or left (old.Out); into
// OUTDIR, it is what the last run read (old.In) and the output is still
// the file it wrote.
func (d *dirOptions) upToDate(j *bakeJob, old *cacheEntry, sum string) bool {
	if d.inPlace {
		return sum == old.Out
	}
	st, err := os.Stat(j.dst)
	return sum == old.In && err == nil && st.Size() == old.Size && st.ModTime().UnixNano() == old.MTime
}

// copyFile copies a file that is not a page into OUTDIR, byte for byte,
// with its permissions and modification time (a symbolic link as a link);
// a copy of the same size and time is up to date.
func (d *dirOptions) copyFile(j *bakeJob) jobResult {
	r := jobResult{job: j, category: "copied"}
	fail := func(err error) jobResult {
		r.category, r.reason = "failed", describe(err)
		return r
	}
	if j.link {
		target, err := os.Readlink(j.src)
		if err != nil {
			return fail(err)
		}
		if cur, err := os.Readlink(j.dst); err == nil && cur == target {
			r.category = "copy up to date"
			return r
		}
		if d.dryRun {
			return r
		}
		if err := os.MkdirAll(filepath.Dir(j.dst), 0o755); err != nil {
			return fail(err)
		}
		os.Remove(j.dst)
		if err := os.Symlink(target, j.dst); err != nil {
			return fail(err)
		}
		return r
	}
	src, err := os.Stat(j.src)
	if err != nil {
		return fail(err)
	}
	if dst, err := os.Stat(j.dst); err == nil && dst.Size() == src.Size() && dst.ModTime().Equal(src.ModTime()) {
		r.category = "copy up to date"
		return r
	}
	if d.dryRun {
		return r
	}
	data, err := os.ReadFile(j.src)
	if err != nil {
		return fail(err)
	}
	if err := writeAtomic(j.dst, data, src.ModTime(), src.Mode().Perm()); err != nil {
		return fail(err)
	}
	return r
}

// writeAtomic writes data to name through a temporary file in the same
// folder, so that a reader (or a second run after an interruption) never
// sees half a file. It keeps the mode of the file it replaces (else mode,
// or 0644), and sets the modification time when mtime is not zero.
func writeAtomic(name string, data []byte, mtime time.Time, mode ...fs.FileMode) error {
	perm := fs.FileMode(0o644)
	if len(mode) > 0 {
		perm = mode[0]
	} else if st, err := os.Stat(name); err == nil {
		perm = st.Mode().Perm()
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(name), ".glossline-*.tmp")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err2 := f.Close(); err == nil {
		err = err2
	}
	if err == nil {
		err = os.Chmod(f.Name(), perm)
	}
	if err == nil && !mtime.IsZero() {
		err = os.Chtimes(f.Name(), mtime, mtime)
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
		return &fs.PathError{Op: "write", Path: name, Err: unwrapPath(err)}
	}
	return nil
}

// unwrapPath is the error under a *fs.PathError, so that messages name the
// file written, not the temporary one.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func hash(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:16])
}

// cacheKey is the hash of what the output depends on besides the page:
// glossline's version and build (the executable's own bytes: a rebuilt
// glossline bakes again), the flags and the glossary file's content.
func cacheKey(opts *glossline.BakeOptions, glossFile string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "glossline bake cache 1\x00%s\x00", glossline.Version())
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			io.Copy(h, f)
			f.Close()
		}
	}
	fmt.Fprintf(h, "\x00lang=%s\x00ref=%s\x00mark=%s\x00css=%s\x00", opts.Lang, opts.Ref, opts.Mark, opts.Stylesheet)
	if glossFile != "" {
		data, err := os.ReadFile(glossFile)
		if err != nil {
			return "", errors.New("-glossary " + describe(err))
		}
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}

// readCache reads the cache file; a missing, unreadable or stale one (made
// under another key) is an empty cache.
func readCache(path, key string) *bakeCache {
	c := &bakeCache{}
	if data, err := os.ReadFile(path); err == nil && json.Unmarshal(data, c) == nil && c.Key == key && c.Pages != nil {
		return c
	}
	return &bakeCache{Key: key, Pages: map[string]*cacheEntry{}}
}

func writeCache(path string, c *bakeCache) error {
	data, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return writeAtomic(path, append(data, '\n'), time.Time{})
}

// summary counts the results.
type summary struct {
	baked, upToDate, copied, copiesUpToDate int
	left                                    map[string]int
	failed                                  []string // "path: first error"
	bytes                                   int64    // of the pages read
	pages                                   int
	elapsed                                 time.Duration
}

func (s *summary) add(r jobResult) {
	if r.job.page {
		s.pages++
		s.bytes += r.size
	}
	switch r.category {
	case "baked":
		s.baked++
	case "up to date":
		s.upToDate++
	case "left":
		s.left[r.reason]++
	case "copied":
		s.copied++
	case "copy up to date":
		s.copiesUpToDate++
	case "failed":
		s.failed = append(s.failed, r.reason)
	}
}

// print writes the summary:
//
//	glossline bake: 10000 pages in 12.3 s (813 pages/s, 24.1 MB/s)
//	  baked           9000
//	  up to date       800   unchanged since the last run
//	  left as it was   198   no article 120, listing page 60, other language 18
//	  failed             2
//	  other files      310   copied 10, up to date 300
//	failed: site/a.html: not valid UTF-8 (first bad byte at offset 12)
func (s *summary) print(w io.Writer, dryRun bool) {
	secs := s.elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	verb := "baked"
	if dryRun {
		verb = "would bake"
	}
	pages := "pages"
	if s.pages == 1 {
		pages = "page"
	}
	fmt.Fprintf(w, "glossline bake: %d %s in %.1f s (%.0f pages/s, %.1f MB/s)\n", s.pages, pages, secs, float64(s.pages)/secs, float64(s.bytes)/1e6/secs)
	fmt.Fprintf(w, "  %-15s %6d\n", verb, s.baked)
	fmt.Fprintf(w, "  %-15s %6d   unchanged since the last run\n", "up to date", s.upToDate)
	var reasons []string
	n := 0
	for _, lr := range leftReasons {
		if k := s.left[lr.status]; k > 0 {
			reasons = append(reasons, fmt.Sprintf("%s %d", lr.label, k))
			n += k
		}
	}
	fmt.Fprintf(w, "  %-15s %6d%s\n", "left as it was", n, strings.TrimRight("   "+strings.Join(reasons, ", "), " "))
	fmt.Fprintf(w, "  %-15s %6d\n", "failed", len(s.failed))
	if s.copied+s.copiesUpToDate > 0 {
		copied := "copied"
		if dryRun {
			copied = "would copy"
		}
		fmt.Fprintf(w, "  %-15s %6d   %s %d, up to date %d\n", "other files", s.copied+s.copiesUpToDate, copied, s.copied, s.copiesUpToDate)
	}
	sort.Strings(s.failed)
	for _, f := range s.failed {
		fmt.Fprintln(w, "failed: "+f)
	}
}

// line is a page's line for -v and -n: "baked PATH", "left PATH (listing
// page)", "failed PATH: error".
func (d *dirOptions) line(r jobResult) string {
	label := r.reason
	for _, lr := range leftReasons {
		if lr.status == r.reason {
			label = lr.label
		}
	}
	switch r.category {
	case "baked":
		if d.dryRun {
			return "would bake " + r.job.src
		}
		return "baked " + r.job.src
	case "failed":
		return "failed " + r.reason
	case "up to date":
		return "up to date " + r.job.src
	}
	return "left " + r.job.src + " (" + label + ")"
}
