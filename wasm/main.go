//go:build js && wasm

// Command wasm is glossline's WebAssembly module: the only Go code that
// touches JavaScript, always through safejs.
//
// It installs one function, globalThis.__glosslineGo(nodes, options), and
// waits. The loader calls it once per article: nodes is the article's text
// in the single-string encoding of article.DecodeNodes, options a plain
// object of strings (see options). It converts them to a pipeline.Input,
// runs pipeline.Run — the same function `glossline annotate` and `glossline
// bake` call — and returns the plan as one JSON string (markup.Plan.JSON).
// Two crossings per article, no matter how long it is.
package main

import (
	"runtime/debug"
	"strings"
	"unsafe"

	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/datafile"
	"github.com/glossline/glossline/internal/markup"
	"github.com/glossline/glossline/internal/pipeline"
	"github.com/hack-pad/safejs"
)

// globalName is the property of globalThis that holds the entry point.
const globalName = "__glosslineGo"

// kbGlobal is the property of globalThis where the Go runner
// (web/glossline-go.js) leaves the bytes of the data file (served as
// glossline-kb.bin, of the same build: the engines' vocabularies and the
// knowledge base, package datafile) before Go starts; Go copies them in
// one crossing and deletes the property.
const kbGlobal = "__glosslineKB"

// kbErr is why the data file could not be loaded (missing, or refused as
// damaged or of another schema): without the vocabularies the engines would mark junk,
// so every call then answers with that error, which the loader reports
// once, leaving the page unchanged.
var kbErr error

func main() {
	// The js/wasm runtime collects garbage on the page's one thread, stopping
	// everything: at the default GOGC=100 collection took half of an
	// annotation's time (BenchmarkPlan under Node: 72 ms at 100, 30 ms at
	// 400, 29 ms with no GC). 400 trades a few MB of heap for that.
	debug.SetGCPercent(400)
	kbErr = loadKnowledge()
	if err := install(); err != nil {
		warn("glossline: " + err.Error())
		return
	}
	select {} // Serve calls until the page goes away.
}

// install puts the entry point on globalThis.
func install() error {
	fn, err := safejs.FuncOf(entry)
	if err != nil {
		return err
	}
	return safejs.Global().Set(globalName, fn.Value())
}

// loadKnowledge gives the engines the data file the runner left on
// globalThis.
func loadKnowledge() error {
	g := safejs.Global()
	v, err := g.Get(kbGlobal)
	if err != nil {
		return err
	}
	defer g.Delete(kbGlobal)
	if t := v.Type(); t != safejs.TypeObject {
		return datafile.ErrMissing
	}
	n, err := v.Length()
	if err != nil {
		return err
	}
	if n <= 0 {
		return datafile.ErrMissing
	}
	b := make([]byte, n)
	if _, err := safejs.CopyBytesToGo(b, v); err != nil {
		return err
	}
	// b is not written again: the engines read the file where it was
	// copied, without a second copy of its ~300 KB into a string
	return datafile.Load(unsafe.String(&b[0], len(b)))
}

// entry is the JavaScript-facing function. It never panics: any failure
// becomes an error plan, which the loader reports once and ignores.
func entry(_ safejs.Value, args []safejs.Value) (result any) {
	defer func() {
		if r := recover(); r != nil {
			result = markup.ErrorJSON("internal error: " + panicText(r))
		}
	}()
	if kbErr != nil {
		return markup.ErrorJSON("data file: " + kbErr.Error())
	}
	if len(args) < 1 {
		return markup.ErrorJSON("no article text")
	}
	nodes, err := args[0].String()
	if err != nil {
		return markup.ErrorJSON("article text: " + err.Error())
	}
	var opt options
	if len(args) > 1 {
		opt = readOptions(args[1])
	}
	return plan(nodes, opt)
}

// options are the loader's options and page facts, all strings ("" when
// absent): lang (data-lang), pageLang (the lang attribute of <html>, else
// of <body>), target (not empty when the walked element is the caller's
// article rather than <body>), ref
// (data-ref), ld (the JSON-LD texts, joined by NUL), dates (the other
// publication-date candidates: "source=value" joined by NUL), mark
// (data-mark), glossary (the publisher glossary's JSON text), lookup (not
// empty when data-lookup asks for definitions looked up on demand: names
// nothing defines are marked too).
type options struct {
	lang, pageLang, target, ref, ld, dates, mark, glossary, lookup string
}

func readOptions(v safejs.Value) options {
	get := func(name string) string {
		if v.IsUndefined() || v.IsNull() {
			return ""
		}
		p, err := v.Get(name)
		if err != nil || p.Type() != safejs.TypeString {
			return ""
		}
		s, _ := p.String()
		return s
	}
	return options{lang: get("lang"), pageLang: get("pageLang"), target: get("target"), ref: get("ref"), ld: get("ld"), dates: get("dates"),
		mark: get("mark"), glossary: get("glossary"), lookup: get("lookup")}
}

// plan decodes the nodes, runs the pipeline and returns the plan JSON.
func plan(encoded string, opt options) string {
	pg, err := article.DecodePage(encoded)
	if err != nil {
		return markup.ErrorJSON(err.Error())
	}
	in := pipeline.Input{Page: pg, Target: opt.target != "", PageLang: opt.pageLang, Lang: opt.lang, Ref: opt.ref, Mark: opt.mark,
		LD: splitNUL(opt.ld), Dates: pipeline.DecodeCandidates(opt.dates), Lookup: opt.lookup != ""}
	if opt.glossary != "" {
		in.Site, in.SiteErr = parseSite(opt.glossary)
	}
	out := pipeline.Run(in)
	if out.Plan.Status == "error" {
		return markup.ErrorJSON(out.Plan.Warning)
	}
	return out.Plan.JSON()
}

// splitNUL splits s at NUL; "" gives nil.
func splitNUL(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\x00")
}

func panicText(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "panic"
}

func warn(msg string) {
	console, err := safejs.Global().Get("console")
	if err == nil {
		_, _ = console.Call("warn", msg)
	}
}
