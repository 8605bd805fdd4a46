/* glossline's Go runner: Go's wasm_exec.js (the build puts it where the
 * marker below stands, from the Go that built the wasm; the result is
 * served as wasm_exec.<hash>.js), run inside a function so that its
 * globals stay glossline's own.
 *
 * wasm_exec.js writes fs, process, path and Go on globalThis, and Go reads
 * and writes its globals there (syscall reads fs and process, the wasm
 * installs __glosslineGo). Here globalThis is a parameter: a Proxy over an
 * object of our own that reads anything it does not hold (Date, Uint8Array,
 * console, crypto …) from the real global, so nothing is ever written to
 * window, and a host's own process or fs is never Go's. The one bare name
 * wasm_exec.js uses for its own objects, fs (Go's print and panic output),
 * is shadowed below.
 *
 * The script leaves one function where its user finds it — on its own
 * <script> element in a page (the loader reads and removes the element; a
 * single-file page gives it id="gl-go"), on self in the worker:
 *
 *   glossline(wasm, kb) -> promise of the analyse function (Go's entry point)
 *
 * wasm is a promise of the module's Response (streamed) or of its bytes; kb
 * a promise of the knowledge base's Response or bytes (glossline-kb.bin),
 * which Go copies from __glosslineKB, on its own globals, as it starts. */
"use strict";
(self.document ? document.currentScript : self).glossline = (wasm, kb, globalThis = new Proxy({ __proto__: null, fs: 0, process: 0, path: 0 }, { get: (o, k) => (k in o ? o : self)[k] })) => {
  const fs = { writeSync: (fd, b) => globalThis.fs.writeSync(fd, b) };
  /*wasm_exec.js*/
  const go = new globalThis.Go();
  return Promise.all([Promise.resolve(wasm).then((w) => w instanceof Response ? WebAssembly.instantiateStreaming(w, go.importObject) : WebAssembly.instantiate(w, go.importObject)),
    Promise.resolve(kb).then((k) => k instanceof Response ? k.arrayBuffer() : k)]).then(([{ instance }, k]) => (globalThis.__glosslineKB = new Uint8Array(k),
    // run's promise settles only if Go stops; if it failed at once (a page
    // without Array.prototype.forEach, which wasm_exec.js uses), that is
    // the error, not an unhandled rejection.
    Promise.race([go.run(instance), 0]))).then(() => {
    const f = globalThis.__glosslineGo;
    if (typeof f != "function") throw Error("wasm did not start");
    return f;
  });
};
