//go:build js && wasm

// Command floor is the benchmark floor for glossline's wasm: the same
// entry point, through safejs, answering every article with an empty plan.
// Loading it measures everything glossline pays before any analysis.
package main

import "github.com/hack-pad/safejs"

func main() {
	fn, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		return `{"v":1,"status":"ok","wraps":[]}`
	})
	if err != nil {
		return
	}
	if err := safejs.Global().Set("__glosslineGo", fn.Value()); err != nil {
		return
	}
	select {}
}
