/* glossline extension, Chromium: the service worker's engine. A service
 * worker cannot start a Worker, so the engine (engine.js) runs in an
 * offscreen document (offscreen.html), made on the first article and kept;
 * each article crosses to it in one message and the plan comes back in the
 * answer.
 *
 *   glosslineEngine(text, opts) -> promise of the plan's JSON */
"use strict";
var glosslineEngine = (() => {
  // One promise for every caller, so that no article is sent before the
  // document is there (getContexts lists it while it still loads).
  let doc = null;
  const offscreen = () => doc || (doc = chrome.runtime.getContexts({ contextTypes: ["OFFSCREEN_DOCUMENT"] }).then((have) => have.length ||
    chrome.offscreen.createDocument({
      url: "offscreen.html", reasons: ["WORKERS"], justification: "runs glossline's WebAssembly engine in a worker, on the reader's machine"
    })).catch((e) => {
    doc = null;
    throw e;
  }));
  return async (text, opts) => {
    await offscreen();
    const r = await chrome.runtime.sendMessage({ gl: "engine", text, opts });
    if (!r || r.error) throw Error((r && r.error) || "the engine did not answer");
    return r.plan;
  };
})();
