/* glossline extension: the options page — the privacy statement, the
 * lookups switch (off by default), and the sites the reader chose for
 * "always", each with a way to take it back. */
"use strict";
const api = globalThis.browser || globalThis.chrome, T = (k) => api.i18n.getMessage(k), L = self.glosslineLookup;
document.documentElement.lang = api.i18n.getUILanguage();
for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = T(e.dataset.i18n);

async function list() {
  const ul = document.getElementById("sites"), { origins = [] } = await api.permissions.getAll();
  // Wikipedia's sites are the lookups', while they are on.
  const lk = await lookupsOn(), sites = origins.filter((o) => /^https?:\/\/[^*/]+\/\*$/.test(o) && !(lk && L.origins.includes(o)));
  ul.replaceChildren(...sites.map((o) => {
    const li = document.createElement("li"), b = document.createElement("button");
    b.textContent = T("siteRemove");
    b.onclick = () => api.permissions.remove({ origins: [o] }).then(list);
    li.append(o.slice(0, -2), b);
    return li;
  }));
  if (!sites.length) ul.append(Object.assign(document.createElement("li"), { textContent: T("sitesNone") }));
}
list();

// ---- lookups on demand ---------------------------------------------------------
// On: the browser is asked for Wikipedia's two sites (the request must be
// the first thing the click does), then the choice is stored. Off: the
// choice is stored and the sites given back. The background checks both on
// every tap.
async function lookupsOn() {
  const { lookup } = await api.storage.local.get("lookup");
  return lookup === true && api.permissions.contains({ origins: L.origins }).catch(() => false);
}

const box = document.getElementById("lookup"), note = document.getElementById("lookup-note");
async function show() {
  box.checked = await lookupsOn();
}
box.onchange = () => {
  note.textContent = "";
  if (box.checked) {
    api.permissions.request({ origins: L.origins }).then((granted) => {
      if (!granted) throw Error("refused");
      return api.storage.local.set({ lookup: true });
    }).catch(() => {
      note.textContent = T("lookupRefused");
    }).then(show).then(list);
  } else {
    api.storage.local.set({ lookup: false })
      .then(() => api.permissions.remove({ origins: L.origins }).catch(() => {}))
      .then(show).then(list);
  }
};
api.storage.onChanged.addListener(() => show().then(list));
show();
