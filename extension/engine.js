/* glossline extension: the engine. It runs glossline's own worker
 * (dist's glossline-worker.js, unchanged: Go's runner, the wasm and any
 * asset the wasm reads are fetched by it, beside it) in an extension page —
 * the offscreen document in Chromium, the event page in Firefox — under
 * the extension's policy ('wasm-unsafe-eval'), where no page's CSP or
 * Trusted Types reach. It speaks the loader's worker protocol
 * (web/glossline.js, inWorker): the worker says hello ({id: -1}), gets
 * {id: 0, base} once, then {id, text, opts} per article, and answers
 * {id, plan, error}.
 *
 *   glosslineEngine(text, opts) -> promise of the plan's JSON */
"use strict";
var glosslineEngine = (() => {
  const api = globalThis.browser || globalThis.chrome, calls = new Map();
  let ready = null, n = 0;

  function start() {
    return ready || (ready = new Promise((ok, fail) => {
      const base = api.runtime.getURL("glossline/"), w = new Worker(base + self.glosslineAssets["glossline-worker.js"]);
      const stop = (e) => {
        w.terminate();
        ready = null; // the next article starts a new worker
        fail(e);
        for (const c of calls.values()) c[1](e);
        calls.clear();
      };
      w.onerror = (e) => {
        e.preventDefault();
        stop(Error("worker failed: " + (e.message || "")));
      };
      w.onmessage = (e) => {
        const { id, plan, error } = e.data;
        if (id > 0) {
          const c = calls.get(id);
          calls.delete(id);
          if (c) error ? c[1](Error(error)) : c[0](plan);
        } else if (id === 0) error ? stop(Error(error)) : ok(w);
      };
      w.postMessage({ id: 0, base });
    }));
  }

  return (text, opts) => start().then((w) => new Promise((res, rej) => {
    calls.set(++n, [res, rej]);
    w.postMessage({ id: n, text, opts });
  }));
})();
