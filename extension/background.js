/* glossline extension: the background — a service worker in Chromium, an
 * event page in Firefox. It answers the toolbar button, its keyboard
 * shortcut and the "always on this site" menu entry, and hands articles to
 * the engine (engine.js). Nothing it does reaches the network, but the
 * lookups the reader turned on in the options page, one per tap (lookup). */
"use strict";
// The service worker (Chromium) imports what Firefox's event page lists.
if (typeof importScripts === "function") importScripts("assets.js", "lookup.js", "background-offscreen.js");
const api = globalThis.browser || globalThis.chrome, A = self.glosslineAssets, L = self.glosslineLookup, T = (k) => api.i18n.getMessage(k);

// The files that make a tab's content script, in order: the prelude, then
// glossline's reader side and loader as dist/ built them.
const FILES = ["content.js", "glossline/" + A["glossline-ui.js"], "glossline/" + A["glossline.js"]];

// toggle runs in the tab's isolated world: it says whether the page embeds
// glossline itself ("page"), else takes the extension's annotation out if
// it is there ("off"), else says that the content script should run,
// annotating at once ("inject"), with names marked for lookups if lookup.
function toggle(lookup) {
  if (document.querySelector('script[src*="glossline"],script#gl-go')) return "page";
  const on = !!document.querySelector("[data-glossline=done]"), X = self.glosslineExt || (self.glosslineExt = {});
  X.lookup = lookup;
  // Still at work (lazy, or the engine is starting): the click waits for it.
  if (self.glossline && !on && !X.status && Date.now() - X.started < 15000) return "busy";
  if (self.glossline) {
    self.glossline.remove(document.body);
    delete self.glossline; // a later click loads a fresh loader
    // The loader's performance marks (glossline:ready …) are in the page's
    // timeline too: they go with the rest.
    for (const m of performance.getEntriesByType("mark")) if (m.name.startsWith("glossline:")) performance.clearMarks(m.name);
    if (on) return "off";
  }
  X.eager = true;
  return "inject";
}

// pageToggle runs in the page's own world, on a page that embeds
// glossline: it switches the page's annotation through the page's API
// (docs/EMBEDDING.md) and adds nothing of the extension's.
function pageToggle() {
  const g = window.glossline, done = document.querySelector("[data-glossline=done]");
  if (!g) return "none";
  if (done) return g.remove(document.body), "off";
  const s = document.querySelector('script[src*="glossline"][data-target]'), t = s && document.querySelector(s.dataset.target);
  g.annotate(t || document.querySelector("article,[itemprop~=articleBody],main") || document.body);
  return "on";
}

async function click(tab) {
  const target = { tabId: tab.id };
  try {
    const [{ result }] = await api.scripting.executeScript({ target, func: toggle, args: [await lookupsOn()] });
    if (result === "off") return badge(tab.id, "");
    if (result === "page") return void await api.scripting.executeScript({ target, world: "MAIN", func: pageToggle });
    badge(tab.id, "…");
    await api.scripting.executeScript({ target, files: FILES });
  } catch (e) {
    // A page no extension may script (the browser's own, a store): say so
    // on the button.
    badge(tab.id, "×", T("cannotRun"));
  }
}

function badge(tabId, text, title) {
  api.action.setBadgeText({ tabId, text });
  api.action.setTitle({ tabId, title: title || T(text === "✓" ? "actionTitleOn" : text === "–" ? "noArticle" : "actionTitle") });
}

// ---- the engine -------------------------------------------------------------
// glosslineEngine is engine.js's in Firefox's event page; in Chromium's
// service worker, which has no Worker, it is background-offscreen.js's, which
// hands the article to an offscreen document.
api.runtime.onMessage.addListener((m, sender, reply) => {
  if (!m || !sender.tab) return false; // the offscreen document's own traffic
  if (m.gl === "analyze") {
    glosslineEngine(m.text, m.opts).then((plan) => reply({ plan }), (e) => reply({ error: String((e && e.message) || e) }));
    return true;
  }
  if (m.gl === "lookup") {
    lookup(m.lang, m.title).then(reply, (e) => reply({ error: String((e && e.message) || e) }));
    return true;
  }
  if (m.gl === "status") badge(sender.tab.id, m.status === "ok" || m.status === "annotated" ? "✓" : "–");
  return false;
});

// ---- lookups on demand --------------------------------------------------------
// Off by default. The options page turns them on: it asks the browser for
// Wikipedia's two sites (lookup.js) and stores {lookup: true}. Both are
// checked on every tap, so that turning the switch off, or withdrawing the
// permission in the browser's settings, stops every request at once.
const lookupOrigin = (lang) => {
  const u = new URL(L.api.replace("{lang}", lang));
  return u.protocol + "//" + u.hostname + "/*";
};

async function lookupsOn(lang) {
  const { lookup } = await api.storage.local.get("lookup");
  if (lookup !== true) return false;
  const origins = lang ? [lookupOrigin(lang)] : L.origins;
  return api.permissions.contains({ origins }).catch(() => false);
}

// lookup asks the summary of one title: as the widget asks (no cookie, no
// referrer, 5 s), from here, where the page's policies do not reach. It
// answers the status and the text; the reader's side reads them as it
// reads the widget's answer.
async function lookup(lang, title) {
  if ((lang !== "de" && lang !== "en") || typeof title !== "string" || !title || title.length > 300) throw Error("not a lookup");
  if (!await lookupsOn(lang)) throw Error("lookups are off");
  const r = await fetch(L.api.replace("{lang}", lang) + "/page/summary/" + encodeURIComponent(title), {
    credentials: "omit", referrerPolicy: "no-referrer", cache: "default", redirect: "follow",
    headers: { "Api-User-Agent": "glossline-extension/" + api.runtime.getManifest().version }, signal: AbortSignal.timeout(5e3)
  });
  const body = await r.text();
  return { status: r.status, body: body.length > 1 << 20 ? "" : body };
}

// The switch changed, or its permission went: the "always" sites' scripts
// follow.
api.storage.onChanged.addListener((c) => {
  if (c.lookup) sync();
});
api.permissions.onRemoved.addListener(({ origins = [] }) => {
  if (origins.some((o) => L.origins.includes(o))) api.storage.local.set({ lookup: false });
});

// ---- always on this site -------------------------------------------------------
// The sites are the host permissions the reader granted: each gets the
// content script registered (lazy, as the widget loads), again at every
// start, so that the files follow the installed version.
const site = (url) => {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.origin + "/*" : "";
  } catch (e) {
    return "";
  }
};

// sync is serialised: the permission events and the menu may start it
// together, and two at once would register the same ids twice.
let syncing = Promise.resolve();
const sync = () => (syncing = syncing.then(resync, resync));

async function resync() {
  const { origins = [] } = await api.permissions.getAll();
  const old = await api.scripting.getRegisteredContentScripts();
  if (old.length) await api.scripting.unregisterContentScripts({ ids: old.map((s) => s.id) });
  // Wikipedia's sites are the lookups' when they are on, not sites chosen
  // for "always".
  const lk = await lookupsOn(), want = origins.filter((o) => /^https?:\/\/[^*/]+\/\*$/.test(o) && !(lk && L.origins.includes(o)));
  const js = lk ? ["lookup-on.js", ...FILES] : FILES;
  if (want.length) await api.scripting.registerContentScripts(want.map((o) => ({ id: "gl " + o, matches: [o], js, runAt: "document_idle", persistAcrossSessions: false })));
}

async function menu(tab) {
  const o = tab && site(tab.url);
  // Without a grant the tab's address is unknown (no "tabs" permission):
  // then it is not a site the reader chose.
  const on = !!o && await api.permissions.contains({ origins: [o] });
  api.contextMenus.update("always", { checked: on });
}

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: "always", type: "checkbox", title: T("always"), contexts: ["action"] }, () => void api.runtime.lastError);
  sync();
});
api.runtime.onStartup.addListener(sync);
api.permissions.onAdded.addListener(sync);
api.permissions.onRemoved.addListener(sync);

api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== "always") return;
  const o = site((tab && tab.url) || info.pageUrl);
  if (!o) return void menu(tab);
  // The request must be the first thing the click does (a user gesture).
  (info.checked ? api.permissions.request({ origins: [o] }) : api.permissions.remove({ origins: [o] }))
    .then(sync).then(() => menu(tab), () => menu(tab));
});
api.tabs.onActivated.addListener(({ tabId }) => api.tabs.get(tabId).then(menu, () => {}));
api.tabs.onUpdated.addListener((id, change, tab) => { if (change.url && tab.active) menu(tab); });

api.action.onClicked.addListener(click);
