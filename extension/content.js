/* glossline extension: the content script's prelude. It runs in the
 * extension's isolated world, before glossline's reader side
 * (glossline-ui.js) and loader (glossline.js), which the extension injects
 * unchanged from dist/. Nothing here or there enters the page's JavaScript
 * world: the isolated world has its own window, globals and wrappers of the
 * page's DOM nodes, so the properties set below are seen by glossline alone.
 *
 * The loader and the reader's side find their host the way they do on a
 * single-file page (docs/EMBEDDING.md): document.currentScript names the
 * loader's own script (its URL, the base of the assets, and its data-*
 * options), #gl-ui carries the reader's side, #gl-go the engine (with
 * #gl-wasm and #gl-kb, which the loader asks for beside it: the engine
 * fetches the wasm and the knowledge base itself). Here none of these is an element of the page: currentScript and
 * getElementById answer them in this world only, and the engine is the
 * extension's (an offscreen document in Chromium, the event page in
 * Firefox, where no page policy reaches it): the article's text crosses
 * to it in one message and the plan comes back in its answer. */
(() => {
  "use strict";
  const api = globalThis.browser || globalThis.chrome, D = document;
  const X = self.glosslineExt || (self.glosslineExt = {});

  // The loader's script: never in the page, so its <script> is only
  // the bearer of the URL and the options (lazy loading unless the
  // reader clicked), and of the reader's side once it has run.
  const host = D.createElement("script");
  host.src = api.runtime.getURL("glossline/glossline.js");
  host.dataset.load = X.eager ? "eager" : "lazy";
  X.eager = false;
  // Lookups on demand, when the reader turned them on in the options page
  // (the background says so when it injects this script, or registers
  // lookup-on.js before it): names nothing defines are marked, and a tap
  // on one asks the background, which alone makes the request (lookup
  // below). The address is the widget's default; only its language and
  // title cross to the background, which builds the request itself.
  if (X.lookup) host.dataset.lookup = "https://{lang}.wikipedia.org/api/rest_v1";
  X.status = ""; // glossline:done's, once it came
  X.started = Date.now();
  Object.defineProperty(D, "currentScript", { configurable: true, get: () => host });

  // A page that embeds glossline serves its readers itself (a site chosen
  // for "always" may): the extension's loader stands down — it returns at
  // once when window.glossline is taken, as when a page loads it twice —
  // and the button toggles the page's own annotation.
  if (D.querySelector('script[src*="glossline"],script#gl-go')) {
    self.glossline = { annotate: async () => null, remove() {} };
    return;
  }

  // The engine: one message each way.
  const analyze = (text, opts) => api.runtime.sendMessage({ gl: "analyze", text, opts }).then((r) => {
    if (!r || r.error) throw Error((r && r.error) || "the extension's engine did not answer");
    return r.plan;
  });
  // The reader's side asks with fetch (web/glossline-ui.js, ask): in this
  // world, a summary request goes to the background instead, which answers
  // with the response's status and text, or refuses when lookups are off
  // or the permission was withdrawn. Nothing else here uses fetch.
  if (!X.fetch) X.fetch = self.fetch; // the isolated world's own, once
  const SUMMARY = /^https:\/\/(de|en)\.wikipedia\.org\/api\/rest_v1\/page\/summary\/([^/?#]+)$/;
  self.fetch = function (url, init) {
    const m = typeof url === "string" && SUMMARY.exec(url);
    if (!m) return X.fetch.apply(this, arguments);
    const signal = init && init.signal;
    return new Promise((ok, fail) => {
      if (signal) {
        if (signal.aborted) return fail(signal.reason);
        signal.addEventListener("abort", () => fail(signal.reason), { once: true });
      }
      api.runtime.sendMessage({ gl: "lookup", lang: m[1], title: decodeURIComponent(m[2]) }).then((r) => {
        if (!r || r.error) throw Error((r && r.error) || "no answer");
        ok(new Response(r.body, { status: r.status, headers: { "Content-Type": "application/json" } }));
      }).catch(fail);
    });
  };

  const stand = new Map([["gl-ui", host], ["gl-go", { glossline: () => Promise.resolve(analyze) }], ["gl-wasm", {}], ["gl-kb", {}]]);
  const byId = Document.prototype.getElementById;
  D.getElementById = function (id) {
    return (this === D && stand.get(id)) || byId.call(this, id);
  };

  // The action's badge follows the outcome.
  if (!X.listening) {
    X.listening = true;
    D.addEventListener("glossline:done", (e) => {
      const status = X.status = String((e.detail && e.detail.status) || "failed");
      api.runtime.sendMessage({ gl: "status", status }).catch(() => {});
    });
  }
})();
