/* glossline extension, Chromium: the offscreen document hosts the engine
 * (engine.js) for the service worker, which has no Worker of its own. */
"use strict";
chrome.runtime.onMessage.addListener((m, sender, reply) => {
  if (!m || m.gl !== "engine") return false;
  glosslineEngine(m.text, m.opts).then((plan) => reply({ plan }), (e) => reply({ error: String((e && e.message) || e) }));
  return true;
});
