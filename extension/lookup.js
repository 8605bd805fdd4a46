/* glossline extension: where a name is looked up when the reader taps it —
 * only after the reader turned lookups on in the options page (off by
 * default), which asks the browser for these two sites. The background
 * alone makes the request (background.js, lookup), never the page or the
 * content script: the page's policies cannot block it, and it carries no
 * cookie and no referrer. The manifest's optional_host_permissions name
 * the same sites (internal/tools/extension, LookupOrigins). */
"use strict";
self.glosslineLookup = {
  api: "https://{lang}.wikipedia.org/api/rest_v1",
  origins: ["https://de.wikipedia.org/*", "https://en.wikipedia.org/*"]
};
