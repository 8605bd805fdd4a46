/* glossline loader: finds the article, hands its text to Go in one call,
 * applies Go's plan in one pass, and turns terms into pop-ups.
 * Go (glossline.wasm) decides what to mark; this file only walks and applies.
 * Any failure leaves the page as it was, with one console warning.
 * Asset names below are logical: the build (internal/tools/dist) replaces
 * them with their content-hashed names. */
(() => {
  "use strict";
  const D = document, W = window;
  if (W.glossline) return; // loaded twice: the first one serves
  const script = D.currentScript;
  const ds = (script && script.dataset) || {};
  const base = new URL(".", (script && script.src) || location.href);
  const WASM = "glossline.wasm", EXEC = "wasm_exec.js";
  // A page opened from file:// fetches nothing (every failed fetch costs
  // console errors): it runs on the inline wasm of a single-file page, or
  // only wires the pop-ups of an annotated (saved or baked) one.
  const FILE = location.protocol === "file:";
  const SKIP = /^(script|style|noscript|template|textarea|input|select|button|code|pre|kbd|samp|svg|math|iframe|object|nav|aside|footer|form)$/;
  const BLOCK = /^(p|div|h[1-6]|li|ul|ol|dl|dt|dd|figure|figcaption|blockquote|section|article|header|main|table|tr|td|th|caption|address|details|summary|hr|br)$/;
  const TAGS = /^(time|a|aside|section|h2|ol|li|span|dl|dt|dd|small|p)$/;
  const undo = new WeakMap(); // root -> {log, panel}
  let goReady = null; // promise of the Go entry point
  let warned = false;

  // mark leaves a performance mark per stage (glossline:ready, :walk,
  // :analyze, :apply) for benchmarks and the devtools.
  const mark = (stage) => performance.mark("glossline:" + stage);

  function warn(msg, err) {
    if (warned) return;
    warned = true;
    console.warn("glossline: " + msg + (err ? " (" + (err.message || err) + ")" : ""));
  }

  // The element to walk: data-target's, else the whole <body>, where Go
  // finds the article (internal/extract) as glossline bake does.
  const findRoot = (sel) => sel ? D.querySelector(sel) : D.body;

  function skip(n) {
    const c = n.classList;
    return SKIP.test(n.localName) || n.hidden || n.getAttribute("aria-hidden") === "true" ||
      (n.hasAttribute("contenteditable") && n.getAttribute("contenteditable") !== "false") ||
      c.contains("gl-panel") || c.contains("gl-pop");
  }

  // walk lists the text nodes under root and encodes them for Go
  // (internal/article.DecodePage): the document's title; per text node a
  // flag character (64 + flags), its text, NUL; per box (a block element
  // but br and hr) \x01, its tag, id, class, itemprop, role, style and lang
  // joined by \x1f, NUL, and at its end \x02 NUL; per <time datetime>
  // \x03, "b" in a byline, \x1f, the datetime, NUL. Flags: 1 block boundary
  // before, 2 in a link, 4 in a heading, 8 in a caption, 16 in glossline
  // markup.
  function walk(root) {
    const nodes = [], boxes = [], sent = [], z = (s) => (s || "").replace(/\0/g, "\ufffd");
    const parts = [D.title ? "\x04" + z(D.title) + "\0" : ""];
    let pending = 0;
    (function visit(el, flags) {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) {
          nodes.push(n);
          sent.push(n.data);
          parts.push(String.fromCharCode(64 + (flags | pending)), z(n.data), "\0");
          pending = 0;
        } else if (n.nodeType === 1) {
          const t = n.localName, b = BLOCK.test(t), x = b && t !== "br" && t !== "hr", a = (k) => z(n.getAttribute(k));
          if (b) pending = 1;
          if (skip(n)) continue;
          let f = flags;
          if (t === "a") f |= 2;
          else if (/^h[1-6]$/.test(t)) f |= 4;
          else if (t === "figcaption") f |= 8;
          if (n.classList.contains("gl-date") || n.classList.contains("gl-term")) f |= 16;
          if (t === "time" && a("datetime")) parts.push("\x03" + byline(n) + "\x1f" + a("datetime") + "\0");
          if (x) boxes.push(n), parts.push("\x01" + [t, "id", "class", "itemprop", "role", "style", "lang"].map((k, i) => i ? a(k) : t).join("\x1f") + "\0");
          visit(n, f);
          if (x) parts.push("\x02\0");
          if (b) pending = 1;
        }
      }
    })(root, (root.closest("a") ? 2 : 0) | (root.closest("h1,h2,h3,h4,h5,h6") ? 4 : 0) | (root.closest("figcaption") ? 8 : 0));
    return { nodes, boxes, sent, text: parts.join("") };
  }

  // byline is "b" for an element inside a byline: one whose class holds
  // "byline", or the parent of a rel="author" element.
  function byline(n) {
    for (; n; n = n.parentElement) {
      if (/byline/i.test(n.getAttribute("class")) || [...n.children].some((c) => /(^|\s)author(\s|$)/i.test(c.getAttribute("rel")))) return "b";
    }
    return "";
  }

  // el creates an element with attributes and children (strings: text).
  function el(tag, attrs, ...kids) {
    const e = D.createElement(tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    e.append(...kids);
    return e;
  }

  // build creates an element of Go's plan, checking that it is one of the
  // elements and attributes glossline inserts.
  function build(s) {
    if (typeof s === "string") return D.createTextNode(s);
    if (!TAGS.test(s[0])) throw Error("unexpected element " + s[0]);
    for (const k in s[1]) {
      if (/^on/i.test(k) || (k === "href" && !/^(#|https?:)/.test(s[1][k]))) throw Error("unsafe attribute");
    }
    return el(s[0], s[1], ...s.slice(2).map(build));
  }

  // apply wraps text pieces in Go's elements, last first so that earlier
  // offsets stay valid, logging each step so that it can be undone exactly.
  function apply(nodes, sent, plan, log) {
    const w = plan.wraps;
    for (const [i, a, b] of w) {
      const n = nodes[i];
      // The text may have changed while Go was working: then apply nothing.
      if (!n || n.data !== sent[i] || !n.isConnected || !(a >= 0 && a < b && b <= n.length)) throw Error("plan does not fit the page");
    }
    for (let k = w.length - 1; k >= 0; k--) {
      const [i, a, b, spec] = w[k], t = nodes[i];
      const el = build(spec);
      const after = b < t.length ? t.splitText(b) : null;
      const mid = a > 0 ? t.splitText(a) : t;
      log.push([t, mid, after, el]);
      mid.replaceWith(el);
      el.appendChild(mid);
    }
  }

  function revert(root) {
    const u = undo.get(root);
    if (!u) return;
    for (let k = u.log.length - 1; k >= 0; k--) {
      const [t, mid, after, el] = u.log[k];
      if (el.parentNode) el.replaceWith(mid);
      if (mid !== t) { t.data += mid.data; mid.remove(); }
      if (after) { t.data += after.data; after.remove(); }
    }
    if (u.panel) u.panel.remove();
    if (back) { back.remove(); back = null; }
    listen(root, "removeEventListener");
    if (u.attr === null) root.removeAttribute("data-glossline"); else root.setAttribute("data-glossline", u.attr);
    undo.delete(root);
  }

  // The document's publication-date candidates, raw ("source=value" joined
  // by NUL), as internal/page collects them; Go decides between them, the
  // JSON-LD and the walk's <time> elements (internal/pipeline.Reference).
  function dates() {
    const c = [];
    for (const e of D.querySelectorAll('link[rel~=canonical i],meta[property="og:url"],meta[property="article:published_time"],meta[name="article:published_time"],[itemprop~=datePublished]')) {
      const p = e.getAttribute("property") || e.getAttribute("name") || "", d = (e.getAttribute(e.localName == "link" ? "href" : "content") || "").trim() || (e.getAttribute("datetime") || "").trim();
      if (d) c.push((e.localName == "link" || p == "og:url" ? "url" : /^article:/.test(p) ? "meta" : "itemprop " + ((e.parentElement?.closest("[itemscope]")?.getAttribute("itemtype") || "").trim().split(/\s/)[0])) + "=" + d);
    }
    return c.join("\0");
  }

  // siteGlossary reads the publisher's glossary: the id of an inline
  // <script type="application/json">, or a same-origin URL. Go parses and
  // checks it; a glossary that cannot be read is skipped with a warning.
  async function siteGlossary(g) {
    if (!g) return "";
    try {
      const el = D.getElementById(g.replace(/^#/, ""));
      if (el && el.type === "application/json") return el.textContent;
      const u = new URL(g, location.href);
      if (u.origin !== location.origin) throw Error("not same-origin");
      const r = await fetch(u);
      if (!r.ok) throw Error("HTTP " + r.status);
      return await r.text();
    } catch (e) {
      warn("publisher glossary " + g + " ignored", e);
      return "";
    }
  }

  // loadGo starts the Go analyser: in a Worker when the page allows one, so
  // that compiling and running the wasm never blocks the page, else on the
  // page's thread. It resolves to analyze(text, options) -> plan JSON (or a
  // promise of it).
  // A single-file page (glossline bundle) carries the wasm inline: its
  // decoder (web/glossline-inline.js) leaves a promise of the bytes in
  // __glosslineWasm, and Go then runs on the page's thread.
  function loadGo() {
    return goReady || (goReady = W.__glosslineWasm ? onPage(W.__glosslineWasm) :
      FILE ? Promise.reject(Error("no inline wasm on file://")) : inWorker().catch(() => onPage()));
  }

  function inWorker() {
    return new Promise((ok, fail) => {
      const w = new Worker(new URL("glossline-worker.js", base));
      const calls = new Map();
      let n = 0;
      const call = (text, opts) => new Promise((res, rej) => {
        calls.set(++n, [res, rej]);
        w.postMessage({ id: n, text, opts });
      });
      w.onerror = (e) => {
        e.preventDefault();
        w.terminate();
        fail(Error("worker failed"));
        for (const c of calls.values()) c[1](Error("worker failed"));
      };
      w.onmessage = (e) => {
        const d = e.data, c = calls.get(d.id);
        if (!d.id) return d.error ? (w.terminate(), fail(Error(d.error))) : ok(call);
        calls.delete(d.id);
        if (c) d.error ? c[1](Error(d.error)) : c[0](d.plan);
      };
      w.postMessage({ id: 0, base: String(base) });
    });
  }

  // onPage runs Go on the page's thread: the inline wasm (a promise of its
  // bytes) when given, else the one beside the loader.
  async function onPage(bytes) {
    if (!W.Go) {
      await new Promise((ok, fail) => {
        const s = el("script", { src: new URL(EXEC, base) });
        s.onload = ok;
        s.onerror = () => fail(Error("cannot load " + EXEC));
        D.head.appendChild(s);
      });
    }
    const go = new W.Go();
    const { instance } = await (bytes ? WebAssembly.instantiate(await bytes, go.importObject) :
      WebAssembly.instantiateStreaming(fetch(new URL(WASM, base)), go.importObject));
    go.run(instance);
    if (typeof W.__glosslineGo !== "function") throw Error("wasm did not start");
    return W.__glosslineGo;
  }

  function fire(root, status, ref) {
    D.dispatchEvent(new CustomEvent("glossline:done", { detail: { root, status, ref } }));
  }

  function done(root, status, ref) {
    root.setAttribute("data-glossline", "done");
    fire(root, status, ref);
  }

  // annotate walks the element el (the caller's target, or <body>, where
  // Go finds the article) and applies Go's plan to the article's root.
  async function annotate(el, o, target) {
    o = Object.assign({}, ds, o);
    if (!el) throw Error("no article found");
    const old = el.matches("[data-glossline=done]") ? el : el.querySelector("[data-glossline=done]");
    if (undo.has(el) || old || el.querySelector(".gl-date,.gl-term")) {
      const r = old || el;
      wire(r); // baked, saved or already annotated: pop-ups only
      return done(r, "annotated");
    }
    const analyze = await loadGo();
    mark("ready");
    const { nodes, boxes, sent, text } = walk(el);
    mark("walk");
    const h = D.documentElement;
    const plan = JSON.parse(await analyze(text, {
      lang: o.lang || "", pageLang: h.getAttribute("lang") ?? D.body?.getAttribute("lang") ?? "", target: target ? "1" : "",
      ref: o.ref || "", dates: dates(),
      ld: [...D.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent).join("\0"), mark: o.mark || "", glossary: await siteGlossary(o.glossary)
    }));
    mark("analyze");
    if (plan.status === "error") throw Error(plan.error);
    if (plan.warning) warn(plan.warning);
    const root = plan.root >= 0 ? boxes[plan.root] : el;
    if (!root) throw Error("plan does not fit the page");
    if (plan.status === "skipped") return fire(root, "skipped");
    const u = { log: [], attr: root.getAttribute("data-glossline") };
    undo.set(root, u);
    try {
      // Each timeline entry's sentence, as live ranges made before the
      // wraps split its text nodes (ranges follow the splits).
      sentences = (plan.sentences || []).map(([i, a, j, b]) => {
        const r = new Range();
        r.setStart(nodes[i], a);
        r.setEnd(nodes[j], b);
        return r;
      });
      apply(nodes, sent, plan, u.log);
      if (plan.panel && o.timeline !== "none") {
        u.panel = build(plan.panel);
        offButton(root, u.panel, el, target);
        const at = o.timeline && o.timeline[0] === "#" && D.querySelector(o.timeline);
        if (at) at.appendChild(u.panel);
        else if (root === D.body) root.append(u.panel);
        else root.insertAdjacentElement(o.timeline === "before" ? "beforebegin" : "afterend", u.panel);
      }
      wire(root);
    } catch (e) {
      revert(root);
      throw e;
    }
    mark("apply");
    done(root, plan.status, plan.ref);
  }

  // A timeline link jumps to its date in the article; its sentence is
  // highlighted for a few seconds (CSS Custom Highlight API, where the
  // browser has it), and a small link placed after the date leads back to
  // the entry (one at a time).
  let back = null, sentences = [], unlight = 0;
  function onJump(a) {
    const to = D.getElementById(a.getAttribute("href").slice(1));
    if (!to) return;
    const r = sentences[a.closest("li").id.slice(4) - 1];
    if (r && W.Highlight) {
      CSS.highlights.set("gl-s", new Highlight(r));
      clearTimeout(unlight);
      unlight = setTimeout(() => CSS.highlights.delete("gl-s"), 4000);
    }
    if (back) back.remove();
    back = el("a", { class: "gl-back", href: "#" + a.closest("li").id }, "\u21a9\ufe0e " + a.closest(".gl-panel").dataset.glBack);
    back.addEventListener("click", () => { back.remove(); back = null; });
    to.after(back);
  }

  // ---- the reader's off switch, remembered per site ----------------------
  const OFF = "glossline:off";
  function isOff() { try { return localStorage.getItem(OFF) === "1"; } catch (e) { return false; } }
  function setOff(v) { try { v ? localStorage.setItem(OFF, "1") : localStorage.removeItem(OFF); } catch (e) { /* no storage */ } }

  function button(text, click) {
    const b = el("button", { type: "button", class: "gl-switch" }, text);
    b.onclick = () => { b.remove(); click(); };
    return b;
  }

  // The off switch reverts the article's root and puts an on switch after
  // it, which walks el again (the target, or <body>).
  function offButton(root, panel, el, target) {
    panel.prepend(button(panel.dataset.glOff, () => {
      setOff(true);
      revert(root);
      onButton(root, el, target);
    }));
  }

  function onButton(at, el, target) {
    const b = button(/^de/.test(at.closest("[lang]")?.lang || "") ? "glossline einschalten" : "Turn glossline on", () => {
      setOff(false);
      run(el, {}, target);
    });
    at === D.body ? at.append(b) : at.after(b);
  }

  // ---- pop-ups -------------------------------------------------------------
  let pop = null, openTerm = null, refocus = false;

  // wire listens on an annotated article and its panel (glossline's, the
  // server's or a saved copy's): no document-wide listeners.
  function wire(root) {
    listen(root, "addEventListener");
    listen(D.getElementById("gl-panel"), "addEventListener");
  }

  function listen(n, how) {
    if (n) for (const t of ["click", "keydown", "mouseover", "mouseout"]) n[how](t, t[0] === "m" ? onHover : t[0] === "c" ? onClick : onKey);
  }

  // Hover opens a definition after a short delay, on devices with a fine
  // pointer only; leaving the term before then cancels it.
  let hoverTimer = 0;
  const HOVER = W.matchMedia("(hover: hover) and (pointer: fine)").matches;
  function onHover(e) {
    clearTimeout(hoverTimer);
    if (!HOVER) return;
    const t = closest(e, "a.gl-term");
    if (e.type === "mouseover" && t && t !== openTerm) hoverTimer = setTimeout(() => toggle(t, true), 500);
  }

  function onClick(e) {
    const t = closest(e, "a.gl-term,a.gl-tl-link");
    if (!t) return;
    if (t.matches(".gl-tl-link")) return onJump(t);
    e.preventDefault();
    toggle(t);
  }

  // closest is the event target's nearest ancestor matching sel, if any.
  const closest = (e, sel) => e.target.closest && e.target.closest(sel);

  function onKey(e) {
    if (e.key === " " && closest(e, "a.gl-term") === e.target) {
      e.preventDefault();
      toggle(e.target);
    }
  }

  function card() {
    if (pop) return pop;
    pop = el("div", { class: "gl-pop", id: "gl-pop", popover: "", role: "dialog", "aria-labelledby": "gl-pop-t", tabindex: -1 });
    pop.addEventListener("keydown", (e) => { if (e.key === "Escape") refocus = true; });
    // beforetoggle fires synchronously, for hidePopover() as for Escape and
    // light dismiss, so the state below is never stale.
    pop.addEventListener("beforetoggle", (e) => {
      if (e.newState !== "closed") return;
      const t = openTerm;
      openTerm = null;
      if (t) t.setAttribute("aria-expanded", "false");
      if (t && refocus) t.focus();
      refocus = false;
    });
    D.body.appendChild(pop);
    return pop;
  }

  function toggle(term, hover) {
    const p = card();
    const open = p.matches(":popover-open");
    if (open && openTerm === term) { refocus = true; p.hidePopover(); return; }
    if (open) p.hidePopover();
    const id = (term.getAttribute("href") || "").slice(1);
    const dt = id && D.getElementById(id);
    const dd = dt && dt.nextElementSibling;
    if (!dd) return;
    p.replaceChildren(el("p", { class: "gl-pop-t", id: "gl-pop-t" }, dt.textContent),
      ...[...dd.children].map((c) => el("p", { class: c.className }, c.textContent)));
    openTerm = term;
    term.setAttribute("aria-expanded", "true");
    term.setAttribute("aria-controls", "gl-pop");
    p.showPopover();
    place(p, term);
    if (!hover) p.focus();
  }

  // place puts the card under the term (above it when there is no room),
  // shifted to stay inside the viewport. Narrow screens get a bottom sheet
  // from CSS instead.
  function place(p, term) {
    if (W.matchMedia("(max-width: 30em)").matches) { p.style.top = p.style.left = ""; return; }
    const r = term.getClientRects()[0] || term.getBoundingClientRect();
    const vw = D.documentElement.clientWidth, vh = D.documentElement.clientHeight;
    const w = p.offsetWidth, h = p.offsetHeight, gap = 6;
    let top = r.bottom + gap;
    if (top + h > vh && r.top - gap - h >= 0) top = r.top - gap - h;
    const start = getComputedStyle(term).direction === "rtl" ? r.right - w : r.left;
    const left = Math.max(gap, Math.min(start, vw - w - gap));
    p.style.top = Math.max(gap, top) + "px";
    p.style.left = left + "px";
  }

  // ---- start-up -------------------------------------------------------------
  function run(el, o, target) {
    return annotate(el, o, target).catch((e) => {
      warn("left the page unchanged", e);
      if (el) fire(el, "failed");
    });
  }

  W.glossline = {
    annotate: (el, o) => run(el, o, 1),
    remove: (el) => { if (pop && openTerm) pop.hidePopover(); revert(el); }
  };

  // The stylesheet comes with the script: one tag is all a page needs.
  function css() {
    if (FILE || D.querySelector('link[href*="glossline"][rel=stylesheet],#gl-css')) return;
    D.head.append(el("link", { rel: "stylesheet", href: new URL("glossline.css", base) }));
  }

  function start() {
    css();
    let root;
    try {
      root = findRoot(ds.target);
    } catch (e) {
      return warn("bad data-target", e);
    }
    if (!root) return warn("no article found");
    // Where the article probably is, for the off switch and for lazy loading
    // (Go decides where it is).
    const near = ds.target ? root : D.querySelector("article,[itemprop~=articleBody],main") || root;
    if (isOff()) return onButton(near, root, ds.target);
    const go = () => { if (!started) { started = true; run(root, {}, ds.target); } };
    let started = false;
    if (ds.load === "eager" || !("IntersectionObserver" in W)) return go();
    new IntersectionObserver((es, io) => {
      if (es.some((e) => e.isIntersecting)) { io.disconnect(); go(); }
    }, { rootMargin: "600px" }).observe(near);
    (W.requestIdleCallback || setTimeout)(go, { timeout: 2000 });
  }

  if (D.readyState === "loading") D.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
