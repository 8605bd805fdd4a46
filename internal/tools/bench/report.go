package main

import (
	"fmt"
	"strings"
	"time"
)

type report struct {
	env                               env
	scores                            map[string][]score
	speeds                            []speed
	browserMD                         string
	lb                                loadbenchReport
	sizes                             []size
	commands                          []string
	runs, compromiseRuns, browserRuns int
	noRefs                            map[string][2]int
	took                              time.Duration
	deBytes, enBytes                  int
}

func f2(x float64) string {
	if x < 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", x)
}

// verdicts states, for the document and the closing log, whether glossline's
// value F1 is above every peer's on every corpus and whether its native
// throughput is above chrono-node's, measured in this run.
func (r report) verdicts() []string {
	var out []string
	for _, c := range corpora {
		ss := r.scores[c.dir]
		if len(ss) == 0 {
			continue
		}
		g := ss[0]
		for _, p := range ss[1:] {
			if g.ValueF > p.ValueF {
				out = append(out, fmt.Sprintf("%s: glossline's value F1 %.2f is above %s's %.2f (+%.2f).", c.dir, g.ValueF, peerNames[p.System], p.ValueF, g.ValueF-p.ValueF))
			} else {
				out = append(out, fmt.Sprintf("%s: glossline's value F1 %.2f is NOT above %s's %.2f.", c.dir, g.ValueF, peerNames[p.System], p.ValueF))
			}
		}
	}
	nat, wasm, chrono := r.speed("glossline, native"), r.speed("glossline, wasm"), r.speed("chrono-node")
	if nat != nil && chrono != nil {
		if nat.mbps() > chrono.mbps() {
			out = append(out, fmt.Sprintf("Native throughput %s MB/s is above chrono-node's %s MB/s (%.1f×).", mbps(nat.mbps()), mbps(chrono.mbps()), nat.mbps()/chrono.mbps()))
		} else {
			out = append(out, fmt.Sprintf("Native throughput %s MB/s is NOT above chrono-node's %s MB/s.", mbps(nat.mbps()), mbps(chrono.mbps())))
		}
	}
	if row := r.browserRow; row("demo page") > 0 && row("20× article") > 0 {
		fd, fl := row("demo page")/row("demo page, floor wasm"), row("20× article")/row("20× article, floor wasm")
		met := "met"
		if fd > 1.3 || fl > 1.3 {
			met = "not met"
		}
		out = append(out, fmt.Sprintf("In the browser (no peer runs there): glossline:done after %.0f ms on the demo page and %.0f ms on the 20× article, "+
			"%.1f× and %.1f× the floor wasm, %.1f× and %.1f× plain JavaScript (the widget's target, ≤ 1.3× the floor wasm: %s).",
			row("demo page"), row("20× article"), fd, fl,
			row("demo page")/row("demo page, plain JS"), row("20× article")/row("20× article, plain JS"), met))
	}
	if wasm != nil && chrono != nil {
		rel := "above"
		if wasm.mbps() <= chrono.mbps() {
			rel = "NOT above"
		}
		out = append(out, fmt.Sprintf("Under Node, glossline's wasm (%s MB/s) is %s chrono-node (%s MB/s): %.1f×.", mbps(wasm.mbps()), rel, mbps(chrono.mbps()), wasm.mbps()/chrono.mbps()))
	}
	return out
}

// browserRow is the median ms to glossline:done of a loadbench row, 0 when absent.
func (r report) browserRow(name string) float64 {
	for _, row := range r.lb.Rows {
		if row.Name == name {
			return row.MedianMS
		}
	}
	return 0
}

func (r report) speed(prefix string) *speed {
	for i := range r.speeds {
		if strings.HasPrefix(r.speeds[i].System, prefix) {
			return &r.speeds[i]
		}
	}
	return nil
}

func (r report) markdown() string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	e := r.env
	p("# Benchmarks: glossline and the date finders people use today\n\n")
	p("Written by `./build.sh bench` (do not edit by hand; run it again). One run compares glossline with\n")
	p("[chrono-node](https://github.com/wanasit/chrono) (JavaScript; German and English parsers) and\n")
	p("[compromise-dates](https://github.com/spencermountain/compromise) (English) on the same texts:\n")
	p("accuracy on the shared corpora, speed on their text, and glossline's own cost in the browser.\n\n")

	p("## Machine and versions\n\n")
	p("| | |\n|---|---|\n")
	p("| date | %s |\n", e.Date)
	p("| CPU | %s, %d cores (/proc/cpuinfo), shared with other work |\n", e.CPU, e.Cores)
	p("| Go (native, tests, driver) | %s |\n", e.Go)
	p("| Go (wasm: glossline.wasm, floor, speed runner) | %s |\n", e.WasmGo)
	p("| Node.js | %s |\n", e.Node)
	p("| Chromium | %s (headless) |\n", e.Chromium)
	p("| peers (npm, pinned in `internal/tools/bench/npm/package-lock.json`) | %s |\n", e.Peer)
	p("| runs | speed: %d timed passes per system after a warm-up (compromise-dates: %d, capped because one pass takes ~20 s); browser: %d cold loads per row |\n", r.runs, r.compromiseRuns, r.browserRuns)
	p("| load average (1, 5, 15 min) | %s at the start, %s at the end: the 2 cores were shared with other work, so timings carry that noise; every comparison here is between rows of the same run |\n", e.LoadStart, e.LoadEnd)
	p("| whole run | %s |\n\n", r.took.Round(time.Second))

	p("## Verdict\n\n")
	for _, v := range r.verdicts() {
		p("- %s\n", v)
	}
	p("\n")

	p("## Accuracy\n\n")
	p("TempEval-3 scores computed by `glossline eval` for every system (the peers' predictions are read with\n")
	p("`-pred`, see below), micro-averaged over each corpus in `../shared/corpora`. Strict: same extent;\n")
	p("relaxed: overlapping extents, paired one to one; type and value F1: correct attribute on a relaxed\n")
	p("match × relaxed F1. WikiWarsDE is TIMEX2 and has no types.\n\n")
	p("![Value F1 per corpus and system](benchmarks-accuracy.svg)\n\n")
	for _, c := range corpora {
		ss := r.scores[c.dir]
		if len(ss) == 0 {
			continue
		}
		p("**%s** (%s, %d documents, %d gold expressions)\n\n", c.dir, c.tag, ss[0].Docs, ss[0].Gold)
		p("| system | found | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value F1 |\n")
		p("|---|---|---|---|---|---|---|---|---|---|\n")
		for _, s := range ss {
			name := peerNames[s.System]
			if s.System == "glossline" {
				name = "**glossline**"
			}
			p("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", name, s.Sys, f2(s.StrictP), f2(s.StrictR), f2(s.StrictF), f2(s.RelaxedP), f2(s.RelaxedR), f2(s.RelaxedF), f2(s.TypeF), f2(s.ValueF))
		}
		p("\n")
	}

	p("### How the peers are scored\n\n")
	p("1. `glossline eval -dump-texts FILE DIR` writes the plain text of every document exactly as the\n")
	p("   engine is given it, as JSON Lines `{\"doc\",\"text\",\"dct\",\"ref\"}`: `doc` is the path relative to\n")
	p("   DIR, `dct` the document creation time from the corpus, `ref` the reference date glossline\n")
	p("   resolves against (the DCT for TimeML; for TIMEX2 the date the engine infers from the text, which\n")
	p("   for %d of WikiWarsDE's %d narrative documents is none).\n", r.noRefs["de-wikiwarsde"][0], r.noRefs["de-wikiwarsde"][1])
	p("2. `internal/tools/bench/peers.js` runs the peer on each text and writes its predictions as JSON\n")
	p("   Lines, one object per expression: `{\"doc\",\"start\",\"end\",\"type\",\"value\"}`, `start`/`end`\n")
	p("   UTF-8 byte offsets into that text (converted from the JavaScript string's UTF-16 indexes),\n")
	p("   `type` DATE, TIME, DURATION, SET or empty, `value` a TIMEX value or empty. The format is\n")
	p("   documented in `internal/eval` (`ReadPredictions`); any tool can produce it.\n")
	p("3. `glossline eval -pred FILE DIR` scores the file with the same reader and scorer as the engine.\n")
	p("   Offsets outside the text or inside a character, and documents not in the corpus, are errors.\n\n")
	p("Extent rules (TimeML leaves a governing preposition outside the expression; glossline follows\n")
	p("that, the peers often include it). A peer's extent loses, repeatedly, a leading word from these\n")
	p("lists, case-insensitively, and trailing white space, commas, semicolons and colons:\n\n")
	p("- German: `am an im in um seit vom ab bis zum zur`\n")
	p("- English: `on in at since from by until during for of`\n\n")
	p("The words were chosen by counting, once, in the gold files, how often each stands right before an\n")
	p("expression versus at its start. Articles are not stripped: in TimeBank/AQUAINT \"the\" starts a gold\n")
	p("expression 234 times and stands right before one 84 times; German articles are mixed.\n\n")
	p("chrono-node: `chrono.de` on the German corpora, `chrono.en` on the English one, reference instant\n")
	p("= `ref` at 12:00 UTC with timezone offset 0. Its value is built from the components chrono knows\n")
	p("(`isCertain`): a day or weekday gives `YYYY-MM-DD`, a month `YYYY-MM`, a year `YYYY`, an hour adds\n")
	p("`THH:MM` (type TIME, else DATE); larger units the text leaves out are chrono's own resolution\n")
	p("against the reference date. Where there is no `ref` (WikiWarsDE), they are written as X, as TimeML\n")
	p("writes an unresolved value (`XXXX-06-22`, `XXXX-WXX-3`), rather than resolved against today's date;\n")
	p("glossline there resolves against the previous mention, which chrono cannot do. A range result\n")
	p("(\"12. bis 14. September\") counts once, with its start's value. chrono finds no durations or sets.\n\n")
	p("compromise-dates (English only): `nlp(text).dates({today: ref, timezone: \"UTC\"})` and\n")
	p("`.durations()`. The extent runs from the first to the last term of a match (its own text carries\n")
	p("trailing punctuation); the value is the start of the resolved range at the unit compromise reports\n")
	p("(day → `YYYY-MM-DD`, week → `YYYY-Www`, month → `YYYY-MM`, quarter, year, decade, time →\n")
	p("`YYYY-MM-DDTHH:MM`); a duration gives `P…` and replaces a value-less date match it overlaps.\n")
	p("compromise-dates throws on some inputs (a `TypeError` inside its bundled spacetime); such a\n")
	p("document is retried paragraph by paragraph and the paragraphs it throws on are skipped.\n\n")
	p("| corpus | peer | predictions | extents that lost a leading word | paragraphs the peer threw on |\n|---|---|---|---|---|\n")
	for _, c := range corpora {
		for _, s := range r.scores[c.dir][1:] {
			p("| %s | %s | %v | %v | %v |\n", c.dir, peerNames[s.System], s.Stats["preds"], s.Stats["stripped"], s.Stats["threw"])
		}
	}
	p("\n")

	p("## Speed\n\n")
	p("Every system reads the same text: the plain texts of the three corpora (as `-dump-texts` writes\n")
	p("them), the German ones (KRAUTS, WikiWarsDE) joined into one string of %.2f MB and the English\n", float64(r.deBytes)/1e6)
	p("one (TimeBank/AQUAINT) into one of %.2f MB, blank lines between documents. A pass runs the German\n", float64(r.enBytes)/1e6)
	p("rules or parser on the German string and the English ones on the English string. MB/s counts UTF-8\n")
	p("bytes (10⁶) for every system, also for the JavaScript peers, which work on UTF-16 strings. Each\n")
	p("system runs in one process: one untimed warm-up pass (glossline parses its language data there;\n")
	p("V8 compiles the hot code), then the timed passes; the table gives the median.\n\n")
	p("- glossline native: the Go benchmark `BenchmarkPass` in `internal/tools/bench/speed`\n")
	p("  (`temporal.Analyze`, recognition and resolution), `go test -bench -count %d`: each count is one\n", r.runs)
	p("  sample (ns/op over as many passes as fit in a second).\n")
	p("- glossline wasm under Node: the same `pass` function in a tiny Go main (`internal/tools/bench/speed`,\n")
	p("  no `syscall/js`; it reads the text with `os.ReadFile` through `wasm_exec_node.js`), built with the\n")
	p("  shipped wasm's toolchain and flags (`GOTOOLCHAIN`, `WASM_GCFLAGS`) and GOGC 400 as `wasm/` sets.\n")
	p("- chrono-node: `chrono.de.parse` and `chrono.en.parse` with a fixed reference date (`speed.js`).\n")
	p("- compromise-dates: `dates()` and `durations()` on the English string only, paragraph by paragraph\n")
	p("  (it throws on whole documents of this corpus); MB/s counts only that string.\n\n")
	p("![Throughput per system](benchmarks-speed.svg)\n\n")
	nat, chrono := r.speed("glossline, native"), r.speed("chrono-node")
	p("| system | MB/s (median) | ms per pass (median) | min–max ms | passes | glossline native ÷ this | glossline wasm ÷ this | note |\n|---|---|---|---|---|---|---|---|\n")
	wasm := r.speed("glossline, wasm")
	for _, s := range r.speeds {
		lo, hi := minMax(s.RunsMS)
		ratio := func(g *speed) string {
			if g == nil {
				return "–"
			}
			return fmt.Sprintf("%.2f×", g.mbps()/s.mbps())
		}
		p("| %s | %s | %.0f | %.0f–%.0f | %d | %s | %s | %s |\n", s.System, mbps(s.mbps()), s.median(), lo, hi, len(s.RunsMS), ratio(nat), ratio(wasm), s.Note)
	}
	p("\n")
	if nat != nil && chrono != nil {
		p("In this run glossline's native engine is %.1f× as fast as chrono-node and its wasm under Node\n", nat.mbps()/chrono.mbps())
		p("%.1f× as fast; the wasm runs at %.0f%% of native speed.\n\n", wasm.mbps()/chrono.mbps(), 100*wasm.mbps()/nat.mbps())
	}

	p("## Cost in the browser\n\n")
	p("From `internal/tools/loadbench` (also `./build.sh loadbench`), in the same run: Chromium loads each page\n")
	p("cold (HTTP cache disabled) from the dev server on 127.0.0.1, with `data-load=\"eager\"`, the rows\n")
	p("taking turns; the time is from navigation start to the `glossline:done` event. Rows:\n\n")
	p("- *demo page*, *20× article*: glossline as shipped (`dist/`; the article of `index.html`, and twenty\n")
	p("  copies of it in one `<article>`).\n")
	p("- *floor wasm*: the same loader, worker and page with a Go wasm that only links safejs and answers\n")
	p("  with an empty plan: the cost of shipping Go as WebAssembly at all.\n")
	p("- *plain JS*: no loader, no wasm, no worker: `plain.js` walks the article's text nodes with the\n")
	p("  loader's rules, builds the same string, and wraps exactly the pieces glossline wraps on that page\n")
	p("  (captured from a real load) with the same DOM steps: the physical floor for any approach.\n\n")
	p("Memory is read from outside (no shipped file changes), one extra load per row, over the DevTools\n")
	p("protocol: `HeapProfiler.collectGarbage` then `Runtime.getHeapUsage` in the page and in the worker\n")
	p("target (reached through chromedp's auto-attach), and the byte length of every `WebAssembly.Memory`\n")
	p("in the worker's heap (`Runtime.queryObjects` on `WebAssembly.Memory.prototype`). Go's linear memory\n")
	p("only grows, so it is the peak the annotation needed.\n\n")
	p("%s\n\n", strings.TrimSpace(r.browserMD))
	p("Sizes of what a reader downloads (`dist/`, as `./build.sh` writes it; KB of 1000 bytes; brotli\n")
	p("quality 11, gzip level 9):\n\n")
	p("| file | raw | gzip | brotli |\n|---|---|---|---|\n")
	for _, s := range r.sizes {
		p("| `%s` | %.1f KB | %.1f KB | %.1f KB |\n", s.Name, float64(s.Raw)/1000, float64(s.Gzip)/1000, float64(s.Brotl)/1000)
	}
	p("\n")

	p("## Commands\n\n")
	p("`./build.sh bench` (after the README's set-up) installs the peers with `npm ci --prefix\n")
	p("internal/tools/bench/npm`, builds `dist/`, the floor wasm and the speed runner for js/wasm, and runs\n")
	p("`go run ./internal/tools/bench`, which ran these commands from the module root. `$T` is the driver's\n")
	p("temporary folder, `$W` build.sh's (the floor wasm and the speed runner); the CLI is built once as\n")
	p("`$T/glossline` and shown as `go run ./cmd/glossline`. `RUNS`, `COMPROMISE_RUNS` and `BROWSER_RUNS`\n")
	p("set the number of passes and loads.\n\n")
	p("```sh\n")
	for _, c := range r.commands {
		p("%s\n", c)
	}
	p("```\n")
	return b.String()
}

func minMax(xs []float64) (float64, float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}
