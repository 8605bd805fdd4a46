/*! glossline worker: runs the Go analyser off the page's thread. The loader
 * sends {id: 0, base} once, then {id, text, opts} per article; the reply is
 * {id, plan} or {id, error}. */
"use strict";
let analyze = null;
onmessage = async (e) => {
  const { id, base, text, opts } = e.data;
  try {
    if (id === 0) {
      importScripts(new URL("wasm_exec.js", base));
      const go = new Go();
      const { instance } = await WebAssembly.instantiateStreaming(fetch(new URL("glossline.wasm", base)), go.importObject);
      go.run(instance);
      analyze = self.__glosslineGo;
      if (typeof analyze !== "function") throw Error("wasm did not start");
      return postMessage({ id });
    }
    postMessage({ id, plan: analyze(text, opts) });
  } catch (err) {
    postMessage({ id, error: String((err && err.message) || err) });
  }
};
