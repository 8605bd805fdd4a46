/*! glossline worker: runs the Go analyser off the page's thread. It says
 * hello first ({id: -1}), so that the loader knows it started; the loader
 * sends {id: 0, base} once, then {id, text, opts} per article; every reply
 * is {id, plan, error} with all three fields (one of them empty), so that
 * the page never reads an inherited one. Under Trusted Types the runner's
 * URL goes through glossline's own policy "glossline", as in the page. */
"use strict";
let analyze = null;
const reply = (id, plan, error) => postMessage({ id, plan, error });
reply(-1, "", "");
onmessage = async (e) => {
  const { id, base, text, opts } = e.data;
  try {
    if (id === 0) {
      let u = String(new URL("wasm_exec.js", base));
      try {
        u = trustedTypes.createPolicy("glossline", { createScriptURL: (s) => s }).createScriptURL(u);
      } catch (err) {
        // No Trusted Types here, or they allow no policy of that name: the
        // plain URL then works or fails as the worker's policy says.
      }
      importScripts(u);
      analyze = await self.glossline(fetch(new URL("glossline.wasm", base)), fetch(new URL("glossline-kb.bin", base)));
      return reply(id, "", "");
    }
    reply(id, analyze(text, opts), "");
  } catch (err) {
    reply(id, "", String((err && err.message) || err) || "error");
  }
};
