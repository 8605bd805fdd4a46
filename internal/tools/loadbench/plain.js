/* plain.js: the plain-JavaScript floor of loadbench. It does only what any
 * approach to marking an article must do in the page: find the article,
 * walk its text nodes (the loader's skip and block rules), build the one
 * string the loader hands to Go (of <body>, as the loader walks it), and wrap the very text pieces glossline
 * wraps on this page (node index, UTF-16 start and end, element and class,
 * captured from a real run and embedded in the page as JSON), last first,
 * with the loader's splitText/replaceWith steps. No wasm, no worker, no
 * analysis, no panel. Then it fires glossline:done like the loader. */
(() => {
  "use strict";
  const D = document;
  const SKIP = /^(script|style|noscript|template|textarea|input|select|button|code|pre|kbd|samp|svg|math|iframe|object|nav|aside|footer|form)$/;
  const BLOCK = /^(p|div|h[1-6]|li|ul|ol|dl|dt|dd|figure|figcaption|blockquote|section|article|header|main|table|tr|td|th|caption|address|details|summary|hr|br)$/;
  const mark = (s) => performance.mark("glossline:" + s);

  function walk(root) {
    const nodes = [], parts = [];
    let pending = 0;
    (function visit(el, flags) {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) {
          nodes.push(n);
          parts.push(String.fromCharCode(64 + (flags | pending)), n.data.replace(/\0/g, "\ufffd"), "\0");
          pending = 0;
        } else if (n.nodeType === 1) {
          const t = n.localName, b = BLOCK.test(t);
          if (b) pending = 1;
          if (SKIP.test(t) || n.hidden || n.getAttribute("aria-hidden") === "true") continue;
          let f = flags;
          if (t === "a") f |= 2;
          else if (/^h[1-6]$/.test(t)) f |= 4;
          else if (t === "figcaption") f |= 8;
          visit(n, f);
          if (b) pending = 1;
        }
      }
    })(root, 0);
    return { nodes, text: parts.join("") };
  }

  function start() {
    // The loader walks <body> and Go finds the article in it: the captured
    // wraps count the text nodes of the whole body.
    const root = D.querySelector("article") || D.querySelector("main") || D.body;
    mark("ready");
    const { nodes, text } = walk(D.body);
    mark("walk");
    const wraps = JSON.parse(D.getElementById("plain-wraps").textContent);
    mark("analyze");
    for (let k = wraps.length - 1; k >= 0; k--) {
      const [i, a, b, tag, cls] = wraps[k], t = nodes[i];
      if (!t || !(a >= 0 && a < b && b <= t.length)) throw Error("wrap does not fit the page");
      const el = D.createElement(tag);
      el.className = cls;
      if (b < t.length) t.splitText(b);
      const mid = a > 0 ? t.splitText(a) : t;
      el.appendChild(D.createTextNode(mid.data));
      mid.replaceWith(el);
    }
    mark("apply");
    root.setAttribute("data-glossline", "done");
    D.dispatchEvent(new CustomEvent("glossline:done", { detail: { root, status: "ok", length: text.length } }));
  }

  if (D.readyState === "loading") D.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
