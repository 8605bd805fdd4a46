// Command bench compares glossline with the date finders people use today
// (chrono-node, compromise-dates) on the same texts in one run, and writes
// docs/BENCHMARKS.md with two SVG plots. Run it through ./build.sh bench,
// which installs the peers (internal/tools/bench/npm, pinned by its
// package-lock.json), builds dist/, the floor wasm and the speed runner for
// js/wasm, and then calls
//
//	go run ./internal/tools/bench -dist dist -floor F.wasm -speed-wasm S.wasm -wasm-exec wasm_exec_node.js …
//
// Accuracy: every system is scored by `glossline eval` itself: glossline
// directly, a peer through -dump-texts (the plain texts the engine is
// given), peers.js (the peer's expressions as byte offsets, TimeML extent
// rules) and -pred. Speed: the same concatenated corpus text for every
// system (speed/, speed.js). Browser cost and memory: internal/tools/loadbench.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/glossline/glossline/internal/shared"
)

// corpus is one evaluation corpus and the peers run on it.
type corpus struct {
	dir, tag, lang string
	peers          []string // peers.js names
}

var corpora = []corpus{
	{"en-tbaq", "TIMEX3", "en", []string{"chrono-en", "compromise"}},
	{"de-krauts-dolomiten100", "TIMEX3", "de", []string{"chrono-de"}},
	{"de-wikiwarsde", "TIMEX2", "de", []string{"chrono-de"}},
}

// peerNames are the names the report uses.
var peerNames = map[string]string{
	"glossline":  "glossline",
	"chrono-en":  "chrono-node (chrono.en)",
	"chrono-de":  "chrono-node (chrono.de)",
	"compromise": "compromise-dates",
}

// score is one system's scores on one corpus, as `glossline eval` prints them.
type score struct {
	System                              string
	Docs, Gold, Sys                     int
	StrictP, StrictR, StrictF           float64
	RelaxedP, RelaxedR, RelaxedF, TypeF float64
	ValueF                              float64
	Stats                               map[string]any // peers.js statistics
}

// speed is one system's timing over the benchmark text.
type speed struct {
	System string
	Bytes  int
	RunsMS []float64
	Note   string
}

func (s speed) median() float64 { return median(s.RunsMS) }
func (s speed) mbps() float64   { return float64(s.Bytes) / 1e6 / (s.median() / 1000) }

type driver struct {
	root, tmp, cli string
	node, chromium string
	commands       []string    // as run, for the report
	shorten        [][2]string // long paths and how the report shows them
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	dist := flag.String("dist", "dist", "built dist/ folder")
	floor := flag.String("floor", "", "floor wasm (internal/tools/loadbench/floor, built for js/wasm)")
	speedWasm := flag.String("speed-wasm", "", "internal/tools/bench/speed built for js/wasm with the shipped wasm's toolchain and flags")
	wasmExec := flag.String("wasm-exec", "", "wasm_exec_node.js of the Go that built -speed-wasm")
	wasmGo := flag.String("wasm-go", "", "version of the Go that built the wasm files (for the report)")
	runs := flag.Int("runs", 9, "timed passes per system in the speed test (native: go test -count)")
	compromiseRuns := flag.Int("compromise-runs", 3, "timed passes for compromise-dates (about 20 s each here)")
	browserRuns := flag.Int("browser-runs", 9, "cold loads per configuration in the browser test")
	out := flag.String("out", "docs", "folder for BENCHMARKS.md and the plots")
	flag.Parse()
	if *floor == "" || *speedWasm == "" || *wasmExec == "" {
		log.Fatal("-floor, -speed-wasm and -wasm-exec are required (run ./build.sh bench)")
	}
	start := time.Now()
	loadStart := loadavg()
	sh, err := shared.Find()
	if err != nil {
		log.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "glossline-bench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	d := &driver{tmp: tmp, node: "node", chromium: "/usr/bin/chromium"}
	if d.root, err = os.Getwd(); err != nil {
		log.Fatal(err)
	}
	d.shorten = [][2]string{{tmp, "$T"}, {filepath.Dir(abs(*speedWasm)), "$W"}, {filepath.Dir(abs(*floor)), "$W"},
		{abs(*wasmExec), `"$(GOTOOLCHAIN=` + *wasmGo + ` go env GOROOT)/lib/wasm/wasm_exec_node.js"`}}
	if sh == filepath.Join(filepath.Dir(d.root), "shared") {
		d.shorten = append(d.shorten, [2]string{sh, "../shared"})
	} else {
		d.shorten = append(d.shorten, [2]string{sh, "$GLOSSLINE_SHARED"})
	}
	d.cli = filepath.Join(tmp, "glossline")
	if _, err := d.run("go", "build", "-o", d.cli, "./cmd/glossline"); err != nil {
		log.Fatal(err)
	}

	// Accuracy.
	scores := map[string][]score{}
	noRefs := map[string][2]int{} // documents without a reference date, of all
	var de, en []string           // the benchmark text, document by document
	for _, c := range corpora {
		dir := filepath.Join(sh, "corpora", c.dir)
		log.Printf("accuracy: %s", c.dir)
		g, err := d.eval(dir, c.tag, "")
		if err != nil {
			log.Fatal(err)
		}
		g.System = "glossline"
		scores[c.dir] = append(scores[c.dir], g)
		texts := filepath.Join(tmp, c.dir+".texts.jsonl")
		if _, err := d.run(d.cli, "eval", "-tag", c.tag, "-dump-texts", texts, dir); err != nil {
			log.Fatal(err)
		}
		docs, noRef, err := readTexts(texts)
		if err != nil {
			log.Fatal(err)
		}
		noRefs[c.dir] = [2]int{noRef, len(docs)}
		if c.lang == "de" {
			de = append(de, docs...)
		} else {
			en = append(en, docs...)
		}
		for _, p := range c.peers {
			pred := filepath.Join(tmp, c.dir+"."+p+".jsonl")
			o, err := d.run(d.node, "internal/tools/bench/peers.js", p, texts, pred)
			if err != nil {
				log.Fatal(err)
			}
			s, err := d.eval(dir, c.tag, pred)
			if err != nil {
				log.Fatal(err)
			}
			s.System = p
			if err := json.Unmarshal(o, &s.Stats); err != nil {
				log.Fatalf("peers.js %s: %v (%s)", p, err, o)
			}
			scores[c.dir] = append(scores[c.dir], s)
		}
	}

	// Speed.
	textDir := filepath.Join(tmp, "text")
	if err := os.MkdirAll(textDir, 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(textDir, "de.txt"), []byte(strings.Join(de, "\n\n")), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(textDir, "en.txt"), []byte(strings.Join(en, "\n\n")), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Print("speed: glossline native")
	var speeds []speed
	nat, err := d.native(textDir, *runs)
	if err != nil {
		log.Fatal(err)
	}
	speeds = append(speeds, nat)
	log.Print("speed: glossline wasm under Node")
	w, err := d.jsonSpeed("glossline, wasm under Node", d.node, "--stack-size=8192", *wasmExec, abs(*speedWasm), "-runs", strconv.Itoa(*runs), textDir)
	if err != nil {
		log.Fatal(err)
	}
	speeds = append(speeds, w)
	log.Print("speed: chrono-node")
	ch, err := d.jsonSpeed("chrono-node", d.node, "internal/tools/bench/speed.js", "chrono", textDir, strconv.Itoa(*runs))
	if err != nil {
		log.Fatal(err)
	}
	speeds = append(speeds, ch)
	log.Print("speed: compromise-dates")
	cp, err := d.jsonSpeed("compromise-dates (English part only)", d.node, "internal/tools/bench/speed.js", "compromise", textDir, strconv.Itoa(*compromiseRuns))
	if err != nil {
		log.Fatal(err)
	}
	speeds = append(speeds, cp)

	// Browser cost and memory.
	log.Print("browser: loadbench")
	lbJSON := filepath.Join(tmp, "loadbench.json")
	lbMD, err := d.run("go", "run", "./internal/tools/loadbench", "-dist", *dist, "-floor", abs(*floor), "-runs", strconv.Itoa(*browserRuns), "-json", lbJSON)
	if err != nil {
		log.Fatal(err)
	}
	var lb loadbenchReport
	if b, err := os.ReadFile(lbJSON); err != nil {
		log.Fatal(err)
	} else if err := json.Unmarshal(b, &lb); err != nil {
		log.Fatal(err)
	}
	sizes, err := distSizes(*dist)
	if err != nil {
		log.Fatal(err)
	}

	env := d.environment(*wasmGo, lb.Chromium)
	env.LoadStart, env.LoadEnd = loadStart, loadavg()
	r := report{
		env: env, scores: scores, speeds: speeds, browserMD: string(lbMD), lb: lb, sizes: sizes,
		commands: d.commands, runs: *runs, compromiseRuns: *compromiseRuns, browserRuns: *browserRuns,
		noRefs: noRefs, took: time.Since(start), deBytes: len(strings.Join(de, "\n\n")), enBytes: len(strings.Join(en, "\n\n")),
	}
	if err := os.WriteFile(filepath.Join(*out, "benchmarks-accuracy.svg"), []byte(accuracyPlot(scores)), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*out, "benchmarks-speed.svg"), []byte(speedPlot(speeds)), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*out, "BENCHMARKS.md"), []byte(r.markdown()), 0o644); err != nil {
		log.Fatal(err)
	}
	for _, v := range r.verdicts() {
		log.Print(v)
	}
	log.Printf("wrote %s/BENCHMARKS.md and two plots in %s", *out, time.Since(start).Round(time.Second))
}

// run runs a command from the module root, records it for the report and
// returns its standard output; standard error goes to ours.
func (d *driver) run(name string, args ...string) ([]byte, error) {
	d.commands = append(d.commands, d.shown(name, args))
	cmd := exec.Command(name, args...)
	cmd.Dir = d.root
	cmd.Stderr = os.Stderr
	o, err := cmd.Output()
	if err != nil {
		return o, fmt.Errorf("%s: %w", d.shown(name, args), err)
	}
	return o, nil
}

// shown writes a command the way a reader would type it: the built CLI as
// `go run ./cmd/glossline`, the temporary folder as $T.
func (d *driver) shown(name string, args []string) string {
	parts := []string{name}
	if name == d.cli {
		parts = []string{"go", "run", "./cmd/glossline"}
	}
	for _, a := range args {
		short := false
		for _, r := range d.shorten {
			if strings.HasPrefix(a, r[0]) {
				a, short = r[1]+a[len(r[0]):], true
				break
			}
		}
		if !short && strings.ContainsAny(a, " '\"$^()") {
			a = "'" + a + "'"
		}
		parts = append(parts, a)
	}
	return strings.Join(parts, " ")
}

// eval scores glossline (pred "") or a predictions file on dir with
// `glossline eval` and returns the directory's row.
func (d *driver) eval(dir, tag, pred string) (score, error) {
	args := []string{"eval", "-tag", tag}
	if pred != "" {
		args = append(args, "-pred", pred)
	}
	o, err := d.run(d.cli, append(args, dir)...)
	if err != nil {
		return score{}, err
	}
	return parseEvalRow(o, filepath.Clean(dir))
}

// parseEvalRow finds the row of dir in eval.WriteTable's output.
func parseEvalRow(out []byte, dir string) (score, error) {
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) != 15 || f[0] != dir {
			continue
		}
		var s score
		ints := []*int{&s.Docs, &s.Gold, &s.Sys}
		for i, p := range ints {
			n, err := strconv.Atoi(f[1+i])
			if err != nil {
				return s, fmt.Errorf("eval row %q: %v", line, err)
			}
			*p = n
		}
		floats := []*float64{&s.StrictP, &s.StrictR, &s.StrictF, &s.RelaxedP, &s.RelaxedR, &s.RelaxedF, &s.TypeF, &s.ValueF}
		cols := []int{5, 6, 7, 9, 10, 11, 13, 14}
		for i, p := range floats {
			if f[cols[i]] == "-" {
				*p = -1 // TIMEX2 has no type
				continue
			}
			x, err := strconv.ParseFloat(f[cols[i]], 64)
			if err != nil {
				return s, fmt.Errorf("eval row %q: %v", line, err)
			}
			*p = x
		}
		return s, nil
	}
	return score{}, fmt.Errorf("no row for %s in:\n%s", dir, out)
}

// readTexts returns the texts of a -dump-texts file, in its order, and how
// many documents have no reference date.
func readTexts(path string) ([]string, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	var texts []string
	noRef := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		var l struct{ Text, Ref string }
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, 0, fmt.Errorf("%s: %v", path, err)
		}
		texts = append(texts, l.Text)
		if l.Ref == "" {
			noRef++
		}
	}
	return texts, noRef, sc.Err()
}

// native runs the Go benchmark BenchmarkPass -count runs times in one
// process and returns the per-run times (ns/op of each count).
func (d *driver) native(textDir string, runs int) (speed, error) {
	cmd := []string{"test", "-run", "^$", "-bench", "^BenchmarkPass$", "-count", strconv.Itoa(runs), "./internal/tools/bench/speed"}
	d.commands = append(d.commands, "GLOSSLINE_BENCH_TEXTS=$T/text "+d.shown("go", cmd))
	c := exec.Command("go", cmd...)
	c.Dir = d.root
	c.Env = append(os.Environ(), "GLOSSLINE_BENCH_TEXTS="+textDir)
	c.Stderr = os.Stderr
	o, err := c.Output()
	if err != nil {
		return speed{}, fmt.Errorf("go test -bench: %w\n%s", err, o)
	}
	return parseGoBench(o, "glossline, native (Go benchmark)")
}

// parseGoBench reads the ns/op and MB/s of every BenchmarkPass line.
func parseGoBench(out []byte, name string) (speed, error) {
	s := speed{System: name}
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) < 6 || !strings.HasPrefix(f[0], "BenchmarkPass") || f[3] != "ns/op" || f[5] != "MB/s" {
			continue
		}
		ns, err1 := strconv.ParseFloat(f[2], 64)
		mbps, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil || ns <= 0 {
			return s, fmt.Errorf("benchmark line %q", line)
		}
		s.RunsMS = append(s.RunsMS, ns/1e6)
		s.Bytes = int(mbps*ns/1e3 + 0.5) // MB/s × s = MB
	}
	if len(s.RunsMS) == 0 {
		return s, fmt.Errorf("no BenchmarkPass lines in:\n%s", out)
	}
	return s, nil
}

// jsonSpeed runs a timer that prints {"bytes","exprs","first_ms","runs_ms"}.
func (d *driver) jsonSpeed(name, cmd string, args ...string) (speed, error) {
	o, err := d.run(cmd, args...)
	if err != nil {
		return speed{}, err
	}
	var r struct {
		Bytes   int
		Exprs   int
		FirstMS float64   `json:"first_ms"`
		RunsMS  []float64 `json:"runs_ms"`
	}
	if err := json.Unmarshal(bytes.TrimSpace(o), &r); err != nil || len(r.RunsMS) == 0 {
		return speed{}, fmt.Errorf("%s: bad output %q: %v", name, o, err)
	}
	return speed{System: name, Bytes: r.Bytes, RunsMS: r.RunsMS, Note: fmt.Sprintf("%d expressions; first pass %.0f ms", r.Exprs, r.FirstMS)}, nil
}

func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

// loadbenchReport mirrors loadbench's -json output.
type loadbenchReport struct {
	Date, Chromium string
	Runs, CPUs     int
	Rows           []struct {
		Name                   string
		MedianMS, MinMS, MaxMS float64
		LongTaskMS             float64
	}
	Memory []struct {
		Name                             string
		PageHeap, WorkerHeap, WasmMemory float64
		Worker                           bool
	}
	Wraps map[string]int
}

// size is one dist/ artefact's sizes in bytes.
type size struct {
	Name             string
	Raw, Gzip, Brotl int
}

// distSizes reads the sizes ./build.sh's dist tool wrote (the artefact,
// its .gz and its .br, quality 11), under the content-hashed names that
// dist/manifest.json gives.
func distSizes(dist string) ([]size, error) {
	names := map[string]string{}
	if m, err := os.ReadFile(filepath.Join(dist, "manifest.json")); err == nil {
		if err := json.Unmarshal(m, &names); err != nil {
			return nil, fmt.Errorf("%s/manifest.json: %v", dist, err)
		}
	}
	var out []size
	for _, n := range []string{"glossline.wasm", "glossline.js", "glossline-worker.js", "wasm_exec.js", "glossline.css"} {
		file := n
		if h := names[n]; h != "" {
			file = h
		}
		var s [3]int
		for i, ext := range []string{"", ".gz", ".br"} {
			st, err := os.Stat(filepath.Join(dist, file+ext))
			if err != nil {
				return nil, err
			}
			s[i] = int(st.Size())
		}
		out = append(out, size{n, s[0], s[1], s[2]})
	}
	return out, nil
}

// env describes the machine and the versions.
type env struct {
	Date, CPU                        string
	Cores                            int
	Go, WasmGo, Node, Chromium, Peer string
	LoadStart, LoadEnd               string // /proc/loadavg (1, 5, 15 minutes)
}

func (d *driver) environment(wasmGo, chromium string) env {
	e := env{Date: time.Now().UTC().Format("2006-01-02 15:04 UTC"), Cores: runtime.NumCPU(), Go: runtime.Version(), WasmGo: wasmGo, Chromium: chromium}
	if o, err := exec.Command(d.chromium, "--version").Output(); err == nil {
		e.Chromium = strings.TrimSpace(string(o))
	}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		n := 0
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				if e.CPU == "" {
					e.CPU = strings.TrimSpace(v)
				}
				n++
			}
		}
		if n > 0 {
			e.Cores = n
		}
	}
	if o, err := exec.Command(d.node, "--version").Output(); err == nil {
		e.Node = strings.TrimSpace(string(o))
	}
	var peers []string
	for _, p := range []string{"chrono-node", "compromise", "compromise-dates"} {
		b, err := os.ReadFile(filepath.Join(d.root, "internal/tools/bench/npm/node_modules", p, "package.json"))
		if err != nil {
			peers = append(peers, p+" (version unknown)")
			continue
		}
		var pj struct{ Version string }
		json.Unmarshal(b, &pj)
		peers = append(peers, p+" "+pj.Version)
	}
	e.Peer = strings.Join(peers, ", ")
	return e
}

// loadavg returns the first three fields of /proc/loadavg, or "unknown".
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
