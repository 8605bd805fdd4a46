/* glossline loader: finds the article, hands its text to Go in one call
 * and applies Go's plan (in slices, on a long article); the reader's side (pop-ups, timeline
 * jumps, the skip link, the off switch) comes beside the wasm from
 * web/glossline-ui.js. Go (glossline.wasm) decides what to mark; this file
 * only walks and applies.
 * On any page it leaves no trace but window.glossline: a failure leaves the
 * page as it was with one console line, it reads only own properties of
 * objects it did not make, the script URLs it makes pass its own Trusted
 * Types policy "glossline", and it listens on the article and its panel
 * only. Asset names below are logical: the build (internal/tools/dist)
 * replaces them with their content-hashed names. */
(() => {
  "use strict";
  const D = document, W = window;
  let warned = false;

  // warn logs glossline's one console line.
  function warn(msg, err) {
    if (warned) return;
    warned = true;
    console.warn("glossline: " + msg + (err ? " (" + (err.message || err) + ")" : ""));
  }

  // guard wraps a callback: nothing of glossline's ends in an uncaught
  // exception.
  const guard = (f) => (...a) => {
    try {
      return f(...a);
    } catch (e) {
      warn("stopped", e);
    }
  };

  function fire(root, status, ref) {
    D.dispatchEvent(new CustomEvent("glossline:done", { detail: { root, status, ref } }));
  }

  // Loaded twice: the first one serves. Only a property some script set
  // counts; an element with the id or name "glossline" does not.
  if (Object.hasOwn(W, "glossline")) return W.glossline && W.glossline.annotate ? 0 : (warn("window.glossline is taken"), fire(null, "failed"));

  const script = D.currentScript;
  const ds = Object.assign(Object.create(null), script && script.dataset);
  const base = new URL(".", (script && script.src) || location.href);
  // A page opened from file:// fetches nothing (every failed fetch costs
  // console errors): it runs on the inline wasm of a single-file page, or
  // only wires an annotated (saved or baked) one.
  const FILE = location.protocol === "file:";
  const SKIP = /^(script|style|noscript|template|textarea|input|select|button|code|pre|kbd|samp|svg|math|iframe|object|nav|aside|footer|form)$/;
  const BLOCK = /^(p|div|h[1-6]|li|ul|ol|dl|dt|dd|figure|figcaption|blockquote|section|article|header|main|table|tr|td|th|caption|address|details|summary|hr|br)$/;
  const TAGS = /^(time|a|aside|section|h2|ol|li|span|dl|dt|dd|small|p)$/;
  const ATTRS = ["id", "class", "itemprop", "role", "style", "lang"];
  const MARKS = ".gl-date,.gl-term";
  const recs = new Map(); // article root -> its record (rec)
  let goReady = null; // promise of the Go entry point

  // mark leaves a performance mark per stage (glossline:ready, :walk,
  // :analyze, :apply) for benchmarks and the devtools.
  const mark = (stage) => performance.mark("glossline:" + stage);

  // scriptURL is the URL of a file beside the loader that runs as script
  // (the worker, the Go runner), made by glossline's own Trusted Types
  // policy where the browser has them: a page that requires Trusted Types
  // lists "glossline" in its trusted-types directive. The policy never
  // leaves this closure and sees only these two URLs; where it cannot be
  // made, the plain URL works or fails as the page's policy says.
  let policy;
  function scriptURL(name) {
    const u = String(new URL(name, base));
    if (policy === undefined) {
      try {
        policy = trustedTypes.createPolicy("glossline", { createScriptURL: (s) => s });
      } catch (e) {
        policy = null;
      }
    }
    return policy ? policy.createScriptURL(u) : u;
  }

  function skip(n) {
    const c = n.classList;
    return SKIP.test(n.localName) || n.hidden || n.getAttribute("aria-hidden") === "true" ||
      (n.hasAttribute("contenteditable") && n.getAttribute("contenteditable") !== "false") ||
      c.contains("gl-panel") || c.contains("gl-pop");
  }

  // kids are the nodes under n as the page shows them: an open shadow
  // root's rather than its host's, a slot's assigned nodes rather than its
  // fallback.
  const kids = (n) => n.shadowRoot ? n.shadowRoot.childNodes : n.localName === "slot" && n.assignedNodes().length ? n.assignedNodes() : n.childNodes;

  // walk lists the text nodes under root and encodes them for Go
  // (internal/article.DecodePage): the document's title; per text node a
  // flag character (64 + flags), its text, NUL; per box (a block element
  // but br and hr) \x01, its tag, id, class, itemprop, role, style and lang
  // joined by \x1f, NUL, and at its end \x02 NUL; per <time datetime>
  // \x03, "b" in a byline, \x1f, the datetime, NUL. Flags: 1 block boundary
  // before, 2 in a link, 4 in a heading, 8 in a caption, 16 in glossline
  // markup. It goes into open shadow roots.
  function walk(root) {
    const nodes = [], boxes = [], sent = [], z = (s) => (s || "").replace(/\0/g, "\ufffd");
    const parts = [D.title ? "\x04" + z(D.title) + "\0" : ""];
    let pending = 0;
    (function visit(el, flags) {
      for (const n of kids(el)) {
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
          if (n.matches(MARKS)) f |= 16;
          if (t === "time" && a("datetime")) parts.push("\x03" + byline(n) + "\x1f" + a("datetime") + "\0");
          if (x) {
            let s = "\x01" + t;
            for (const k of ATTRS) s += "\x1f" + a(k);
            boxes.push(n);
            parts.push(s + "\0");
          }
          visit(n, f);
          if (x) parts.push("\x02\0");
          if (b) pending = 1;
        }
      }
    })(root, (root.closest("a") ? 2 : 0) | (root.closest("h1,h2,h3,h4,h5,h6") ? 4 : 0) | (root.closest("figcaption") ? 8 : 0));
    return { nodes, boxes, sent, text: parts.join("") };
  }

  // text is the text glossline reads under root (its own marks included,
  // its panel and pop-up left out), to tell whether an article changed.
  // (A walk of its own: walk's encoding, bylines above all, costs too much
  // on an annotated article.)
  function text(root) {
    let s = "";
    (function visit(el) {
      for (const n of kids(el)) n.nodeType === 3 ? s += n.data : n.nodeType === 1 && !skip(n) && visit(n);
    })(root);
    return s;
  }

  // byline is "b" for an element inside a byline: one whose class holds
  // "byline", or the parent of a rel="author" element.
  function byline(n) {
    for (; n; n = n.parentElement) {
      if (/byline/i.test(n.getAttribute("class"))) return "b";
      for (const c of n.children) if (/(^|\s)author(\s|$)/i.test(c.getAttribute("rel"))) return "b";
    }
    return "";
  }

  // el creates an element with attributes (own properties only) and
  // children (strings: text).
  function el(tag, attrs, ...cs) {
    const e = D.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...cs);
    return e;
  }

  // build creates an element of Go's plan, checking that it is one of the
  // elements and attributes glossline inserts.
  function build(s) {
    if (typeof s === "string") return D.createTextNode(s);
    if (!TAGS.test(s[0])) throw Error("unexpected element " + s[0]);
    for (const [k, v] of Object.entries(s[1])) {
      if (/^on/i.test(k) || (k === "href" && !/^(#|https?:)/.test(v))) throw Error("unsafe attribute");
    }
    return el(s[0], s[1], ...Array.from(s.slice(2), build));
  }

  // pause gives the page its turn between two slices of work: its input,
  // its tasks, and its next frame, which lays out what the slice changed
  // (a frame that laid out two slices' changes took their sum: up to
  // 260 ms on the demo page). The work goes on in a task of normal
  // priority after the frame (scheduler.postTask, else a message: not the
  // 4 ms of nested timers), or in 200 ms at the latest (a page that
  // renders no frames). Not scheduler.yield(): its continuation goes
  // before the page's frames, which Chromium then draws about every
  // 110 ms, each laying out the changes of several slices at once.
  const pause = () => new Promise((ok) => {
    const t = setTimeout(ok, 200), done = () => ok(clearTimeout(t));
    requestAnimationFrame(() => {
      try {
        scheduler.postTask(done);
      } catch (e) {
        const c = new MessageChannel();
        c.port1.onmessage = done;
        c.port2.postMessage(0);
      }
    });
  });

  // A record is glossline's state for one article root, everything it
  // changed written down so that it can be undone exactly:
  //   own    glossline annotated the article (else it came annotated:
  //          baked, or saved from a page glossline ran on);
  //   on     its marks and panel are in the page (the off switch takes
  //          them out);
  //   log    the wraps as they stand, [text node, piece, rest, element],
  //          in the order made (last piece first), undone backwards;
  //   marks  the same wraps as [text node, from, to, element], to redo;
  //   tmp    undo steps of later text splits (the way back after a
  //          sentence), undone first;
  //   attrs  [element, name, old value] of every attribute set, restored
  //          backwards; adds: the elements glossline put in;
  //   panel, put   the panel, and how to put it (back) in its place;
  //   nodes, sents, ranges   the walked text nodes, the plan's sentences
  //          of the timeline entries and their live ranges;
  //   text   the article's text when annotated; h: its listeners (UI's).
  function rec(root, own) {
    const R = { root, own, on: true, log: [], marks: [], tmp: [], attrs: [], adds: [], panel: null, put: null, nodes: [], sents: [], ranges: [], text: "", h: null };
    recs.set(root, R);
    return R;
  }

  // wrap wraps the piece [a, b) of text node t in element e.
  function wrap(R, t, a, b, e) {
    const after = b < t.length ? t.splitText(b) : null, mid = a > 0 ? t.splitText(a) : t;
    mid.replaceWith(e);
    e.append(mid);
    R.log.push([t, mid, after, e]);
  }

  // unmark takes the marks and the panel out, restoring the text nodes
  // exactly, and keeps what remark needs to put them back.
  function unmark(R) {
    for (let k = R.tmp.length; k--;) R.tmp[k]();
    const m = [], p = R.panel;
    for (let k = R.log.length; k--;) {
      const [t, mid, after, e] = R.log[k], a = mid === t ? 0 : t.length;
      m[k] = [t, a, a + mid.length, e];
      if (e.parentNode) e.replaceWith(mid);
      if (mid !== t) {
        t.data += mid.data;
        mid.remove();
      }
      if (after) {
        t.data += after.data;
        after.remove();
      }
    }
    R.marks = m;
    R.log = [];
    R.tmp = [];
    if (p && p.parentNode) {
      const at = p.parentNode, next = p.nextSibling;
      R.put = () => at.insertBefore(p, next && next.parentNode === at ? next : null);
      p.remove();
    }
  }

  // remark makes the timeline's sentence ranges (live: the wraps move
  // them), then the marks (last first, so that earlier offsets stay
  // valid), and puts the panel in.
  function remark(R) {
    R.ranges = Array.from(R.sents, ([i, a, j, b]) => {
      const r = new Range();
      r.setStart(R.nodes[i], a);
      r.setEnd(R.nodes[j], b);
      return r;
    });
    for (const [t, a, b, e] of R.marks) wrap(R, t, a, b, e);
    if (R.put) R.put();
  }

  // setA sets (null: removes) an attribute and writes down how to undo it:
  // its old value, and where one is removed, all the element's attributes
  // in their order, so that unsetA gives back the same markup.
  function setA(R, e, k, v) {
    R.attrs.push([e, k, e.getAttribute(k), v === null && Array.from(e.attributes, (a) => [a.name, a.value])]);
    v === null ? e.removeAttribute(k) : e.setAttribute(k, v);
  }

  function unsetA(R) {
    for (let k = R.attrs.length; k--;) {
      const [e, n, v, all] = R.attrs[k];
      if (all) {
        for (const a of Array.from(e.attributes)) e.removeAttribute(a.name);
        for (const [m, w] of all) e.setAttribute(m, w);
      } else v === null ? e.removeAttribute(n) : e.setAttribute(n, v);
    }
    R.attrs = [];
  }

  function add(R, e) {
    R.adds.push(e);
    return e;
  }

  // drop gives the page back as it came, from any state.
  function drop(R) {
    U.unwire(R);
    if (R.own === R.on) (R.on ? unmark : remark)(R);
    recs.delete(R.root);
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
  // promise of it). A single-file page (glossline bundle) carries the wasm
  // and the Go runner inline: the decoder (web/glossline-inline.js) leaves
  // promises of the bytes on #gl-wasm and #gl-kb (the knowledge base), the
  // runner its function on #gl-go,
  // and Go runs on the page's thread.
  function loadGo() {
    const b = D.getElementById("gl-wasm"), k = D.getElementById("gl-kb"), g = D.getElementById("gl-go");
    return goReady || (goReady = b && k && g ? g.glossline(b.glossline, k.glossline) :
      FILE ? Promise.reject(Error("no inline wasm on file://")) : inWorker().catch(() => onPage()));
  }

  function inWorker() {
    return new Promise((ok, fail) => {
      const w = new Worker(scriptURL("glossline-worker.js")), calls = new Map();
      let n = 0;
      const stop = (e) => {
        w.terminate();
        fail(e);
        for (const c of calls.values()) c[1](e);
      };
      // A worker that never says hello (a page's stand-in for Worker) is
      // given up: Go then runs on the page's thread.
      const dog = setTimeout(() => stop(Error("no worker")), 1e4);
      w.onerror = (e) => {
        e.preventDefault();
        stop(Error("worker failed"));
      };
      w.onmessage = (e) => {
        const { id, plan, error } = e.data, c = calls.get(id);
        clearTimeout(dog);
        if (id > 0) {
          calls.delete(id);
          if (c) error ? c[1](Error(error)) : c[0](plan);
        } else if (!id) {
          error ? stop(Error(error)) : ok((text, opts) => new Promise((res, rej) => {
            calls.set(++n, [res, rej]);
            w.postMessage({ id: n, text, opts });
          }));
        }
      };
      w.postMessage({ id: 0, base: String(base) });
    });
  }

  // onPage runs Go on the page's thread through the Go runner
  // (web/glossline-go.js around wasm_exec.js), which keeps Go's globals to
  // itself; its <script> goes once it has run.
  async function onPage() {
    const s = el("script", { src: scriptURL("wasm_exec.js") });
    try {
      await new Promise((ok, fail) => {
        s.onload = ok;
        s.onerror = () => fail(Error("cannot load the Go runner"));
        D.head.append(s);
      });
    } finally {
      s.remove();
    }
    return s.glossline(fetch(new URL("glossline.wasm", base)), fetch(new URL("glossline-kb.bin", base)));
  }

  // loadUI fetches the reader's side (web/glossline-ui.js) and gives it the
  // loader's toolkit. Its <script id="gl-ui"> stays in <head> while
  // glossline serves the page, so that a copy saved from the browser keeps
  // it; a saved or single-file page has it already.
  let U = null, uiReady = null, uiEl = null;
  function loadUI() {
    return uiReady || (uiReady = new Promise((ok, fail) => {
      let s = D.getElementById("gl-ui");
      if (s && s.glossline) return ok(s);
      if (FILE) return fail(Error("nothing to fetch on file://"));
      s = el("script", { id: "gl-ui", src: scriptURL("glossline-ui.js") });
      s.onload = () => ok(s);
      s.onerror = () => fail(Error("cannot load the reader's side"));
      D.head.append(uiEl = s);
    }).then((s) => U = s.glossline({ el, setA, unsetA, add, guard, unmark, remark, cssNode, lookup: ds.lookup })));
  }

  // annotate walks the element el (the caller's target, or <body>, where
  // Go finds the article) and applies Go's plan to the article's root,
  // which it returns. An article glossline serves already is left as it
  // is, unless its text changed (a single-page site replaced it): then it
  // is given back and annotated again.
  async function annotate(el, o, target) {
    o = Object.assign(Object.create(null), ds, o);
    if (!el) throw Error("no article found");
    css();
    for (const [r, R] of recs) {
      if (el !== r && !el.contains(r)) continue;
      if (R.on && text(r) === R.text) return fire(r, "annotated"), r;
      drop(R);
    }
    const old = el.matches("[data-glossline=done]") ? el : el.querySelector("[data-glossline=done]");
    if (old || el.querySelector(MARKS)) {
      // Baked or saved: glossline only serves it.
      await loadUI();
      const R = rec(old || el, false);
      R.panel = R.root.getRootNode().getElementById("gl-panel");
      U.adopt(R);
      U.wire(R);
      R.text = text(R.root);
      return fire(R.root, "annotated"), R.root;
    }
    const [analyze] = await Promise.all([loadGo(), loadUI()]);
    mark("ready");
    const { nodes, boxes, sent, text: t } = walk(el), h = D.documentElement, ld = [];
    mark("walk");
    for (const s of D.querySelectorAll('script[type="application/ld+json"]')) ld.push(s.textContent);
    const plan = Object.assign(Object.create(null), JSON.parse(await analyze(t, {
      lang: o.lang || "", pageLang: h.getAttribute("lang") ?? D.body?.getAttribute("lang") ?? "", target: target ? "1" : "",
      ref: o.ref || "", dates: dates(), ld: ld.join("\0"), mark: o.mark || "", glossary: await siteGlossary(o.glossary), lookup: o.lookup != null ? "1" : ""
    })));
    let t0 = performance.now(), b = 6;
    mark("analyze");
    if (plan.status === "error") throw Error(plan.error);
    if (plan.warning) warn(plan.warning);
    const root = plan.root >= 0 ? boxes[plan.root] : el, w = plan.wraps || [];
    if (!root) throw Error("plan does not fit the page");
    if (plan.status === "skipped") return tidy(), fire(root, "skipped");
    // The text may have changed while Go was working: then apply nothing.
    for (const [i, a, b] of w) {
      const n = nodes[i];
      if (!n || n.data !== sent[i] || !n.isConnected || !(a >= 0 && a < b && b <= n.length)) throw Error("plan does not fit the page");
    }
    const R = rec(root, true), seen = new Set();
    try {
      R.nodes = nodes;
      R.sents = plan.sentences || [];
      remark(R);
      if (plan.panel && o.timeline !== "none") {
        const p = R.panel = build(plan.panel), at = o.timeline && o.timeline[0] === "#" && D.querySelector(o.timeline);
        R.put = () => at ? at.append(p) : root === D.body ? root.append(p) : root.insertAdjacentElement(o.timeline === "before" ? "beforebegin" : "afterend", p);
      }
      // The wraps, text node by text node in the page's order (each node's
      // last piece first), their terms made buttons before they go in; in
      // slices with a frame between two, from the plan's parse on (t0)
      // (no task of glossline's, nor the layout after it, blocks the page
      // for long): b ms of work a slice, 2 to 8, so that the page's
      // rendering of a slice (from its frame's start, g, to the next
      // slice) takes about 30 ms at most: it costs 3 to 10 times the
      // slice's own work on the 20× article. Meanwhile the page may change
      // (each node is checked again before it is split) or glossline be
      // taken out (then this stops).
      for (let j = 0, k = 0; ; j = k) {
        const r = performance.now() - t0;
        if (r > b && !D.hidden) {
          let g = 0;
          requestAnimationFrame(() => g = performance.now());
          await pause();
          if (recs.get(root) !== R) return root;
          t0 = performance.now();
          if (g) b = Math.max(2, Math.min(8, 30 * r / Math.max(t0 - g, 1)));
        }
        if (j === w.length) break;
        const i = w[j][0], n = nodes[i], es = [];
        if (n.data !== sent[i] || !n.isConnected) throw Error("plan does not fit the page");
        while (k < w.length && w[k][0] === i) es.push(U.term(null, build(w[k++][3]), seen));
        for (let q = k; q-- > j;) wrap(R, n, w[q][1], w[q][2], es[q - j]);
      }
      if (R.put) R.put();
      U.wire(R, 1);
      R.text = text(root);
    } catch (e) {
      if (recs.get(root) === R) drop(R);
      throw e;
    }
    mark("apply");
    fire(root, plan.status, plan.ref);
    return root;
  }

  // ---- start-up -------------------------------------------------------------
  let onBtn = null; // the on switch of a page loaded with glossline off
  function isOff() {
    try {
      return localStorage.getItem("glossline:off") === "1";
    } catch (e) {
      return false;
    }
  }

  function run(el, o, target) {
    return annotate(el, o, target).catch((e) => {
      warn("left the page unchanged", e);
      tidy();
      if (el) fire(el, "failed");
    });
  }

  W.glossline = {
    annotate: (el, o) => run(el, o, 1),
    remove: guard((el) => {
      if (U) U.close();
      for (const [r, R] of recs) if (el === r || el.contains(r)) drop(R);
      tidy();
    })
  };

  // The stylesheet comes with the script: one tag is all a page needs. It
  // goes again, as does the reader's side, when glossline serves nothing on
  // the page (tidy).
  let cssLink = null;
  const cssNode = () => D.querySelector('link[href*="glossline"][rel=stylesheet],#gl-css');
  function css() {
    if (!FILE && !cssNode()) D.head.append(cssLink = el("link", { rel: "stylesheet", href: new URL("glossline.css", base) }));
  }
  function tidy() {
    if (recs.size || onBtn) return;
    for (const x of [cssLink, uiEl]) if (x) x.remove();
    cssLink = uiEl = uiReady = null;
  }

  const start = guard(() => {
    // What a copy saved after use may hold of glossline's own: a pop-up, an
    // on switch.
    for (const x of D.querySelectorAll("#gl-pop,button.gl-switch")) if (!x.closest(".gl-panel")) x.remove();
    let root;
    try {
      root = ds.target ? D.querySelector(ds.target) : D.body;
    } catch (e) {
      return warn("bad data-target", e);
    }
    if (!root) return warn("no article found");
    // Where the article probably is, for the off switch and for lazy loading
    // (Go decides where it is).
    const near = ds.target ? root : D.querySelector("article,[itemprop~=articleBody],main") || root;
    css();
    if (isOff()) {
      // The reader turned glossline off on this site: an on switch only.
      return loadUI().then(() => {
        const b = onBtn = U.onButton(near, async () => {
          const R = recs.get(await run(root, {}, ds.target));
          if (!R) return;
          b.remove();
          onBtn = null;
          U.focusSwitch(R);
        });
      }, (e) => {
        warn("left the page unchanged", e);
        tidy();
      });
    }
    let started = false;
    const go = () => { if (!started) { started = true; run(root, {}, ds.target); } };
    if (ds.load === "eager") return go();
    // Idle time before the article nears the viewport loads Go and warms
    // it up: one call on the start of the article's text, so that V8 has
    // compiled the engine's code when the article's own call comes.
    const warm = guard(() => started || loadGo().then((a) => started || a("A" + near.textContent.slice(0, 600).replace(/\0/g, "") + "\0",
      { target: "1", lang: ds.lang || "", pageLang: D.documentElement.getAttribute("lang") || "" })).then(() => mark("warm"), () => 0));
    try {
      new IntersectionObserver(guard((es, io) => {
        for (const e of es) if (e.isIntersecting) { io.disconnect(); go(); }
      }), { rootMargin: "600px" }).observe(near);
      requestIdleCallback(warm, { timeout: 2000 });
    } catch (e) {
      go(); // no observer or no idle callback: now
    }
    setTimeout(go, 1e4); // a page's stand-ins that never call back
  });

  if (D.readyState === "loading") D.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
