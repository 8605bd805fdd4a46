/* glossline extension: the options page — the privacy statement and the
 * sites the reader chose for "always", each with a way to take it back. */
"use strict";
const api = globalThis.browser || globalThis.chrome, T = (k) => api.i18n.getMessage(k);
document.documentElement.lang = api.i18n.getUILanguage();
for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = T(e.dataset.i18n);

async function list() {
  const ul = document.getElementById("sites"), { origins = [] } = await api.permissions.getAll();
  const sites = origins.filter((o) => /^https?:\/\/[^*/]+\/\*$/.test(o));
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
