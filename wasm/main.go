//go:build js && wasm

// Command wasm is glossline's WebAssembly module: the only Go code that
// touches JavaScript, always through safejs.
//
// It installs one function, globalThis.__glosslineGo(nodes, options), and
// waits. The loader calls it once per article: nodes is the article's text
// in the single-string encoding of article.DecodeNodes, options a plain
// object of strings ({lang, ref, ld, published, mark, glossary}; ld is the
// page's JSON-LD texts joined by NUL, published its other metadata date). It returns the
// plan as one JSON string (markup.Plan.JSON). Two crossings per article, no
// matter how long it is.
package main

import (
	"runtime/debug"

	"github.com/glossline/glossline/internal/analyze"
	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/markup"
	"github.com/hack-pad/safejs"
)

// globalName is the property of globalThis that holds the entry point.
const globalName = "__glosslineGo"

func main() {
	// The js/wasm runtime collects garbage on the page's one thread, stopping
	// everything: at the default GOGC=100 collection took half of an
	// annotation's time (BenchmarkPlan under Node: 72 ms at 100, 30 ms at
	// 400, 29 ms with no GC). 400 trades a few MB of heap for that.
	debug.SetGCPercent(400)
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

// entry is the JavaScript-facing function. It never panics: any failure
// becomes an error plan, which the loader reports once and ignores.
func entry(_ safejs.Value, args []safejs.Value) (result any) {
	defer func() {
		if r := recover(); r != nil {
			result = markup.ErrorJSON("internal error: " + panicText(r))
		}
	}()
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

// options are the loader's options, all strings ("" when absent).
type options struct {
	lang, ref, ld, published, mark, glossary string
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
	return options{lang: get("lang"), ref: get("ref"), ld: get("ld"), published: get("published"), mark: get("mark"), glossary: get("glossary")}
}

// plan decodes the nodes, analyses the article and returns the plan JSON.
func plan(encoded string, opt options) string {
	nodes, err := article.DecodeNodes(encoded)
	if err != nil {
		return markup.ErrorJSON(err.Error())
	}
	text := article.BuildText(nodes)
	ao := analyze.Options{Lang: opt.lang, Mark: opt.mark, NoMark: article.NoMark(text)}
	// The page's metadata date: JSON-LD first, then the meta tags and the
	// byline the loader read.
	pub := markup.LDDatePublished(opt.ld)
	if pub == "" {
		pub = opt.published
	}
	ao.SetReference(opt.ref, pub)
	var warning string
	if opt.glossary != "" {
		site, err := parseSite(opt.glossary)
		if err != nil {
			warning = "publisher glossary ignored: " + err.Error()
		} else {
			ao.Site = site
		}
	}
	r := analyze.Text(text.Text, ao)
	if !lang.Supported(r.Lang) {
		warning = lang.Unsupported(r.Lang)
	}
	p := markup.NewPlan(text, r)
	p.Warning = warning
	return p.JSON()
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
