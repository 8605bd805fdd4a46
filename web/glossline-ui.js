/* glossline's reader side: what makes an annotated article work with
 * script — pop-ups, the timeline's jumps, the skip link, the off switch.
 * The loader (web/glossline.js) fetches it beside the wasm and keeps its
 * <script id="gl-ui"> in <head> while glossline serves the page, so that a
 * copy saved from the browser carries it too; a single-file page has it
 * inline. It leaves one function on its own <script> element (no global):
 *
 *   glossline(G) -> {wire, term, unwire, adopt, close, onButton, focusSwitch}
 *
 * G is the loader's toolkit ({el, setA, unsetA, add, guard, unmark,
 * remark, cssNode, lookup}); the records passed in are the loader's (rec in
 * web/glossline.js), and everything done here is written into them so
 * that the loader can undo it exactly.
 *
 * The pattern (WAI-ARIA Authoring Practices): a term is a button that
 * opens a non-modal dialog — aria-haspopup="dialog", aria-expanded from the
 * start — named by the term and described by the definition, with a close
 * button. The dialog follows its term in the focus order (a popover whose
 * source is the term); Escape and the close button return focus to the
 * term, and Tab out of the dialog closes it and moves on from the term.
 * Only an entry's first mention is a tab stop; the later ones open by
 * pointer, and every definition is in the panel's glossary. None of
 * glossline's links keeps an href: the page's address plays no part in
 * following them (a <base href>, a shadow root, a copy saved as MHTML —
 * which makes in-page links absolute — cannot send the reader away). */
"use strict";
document.currentScript.glossline = (G) => {
  const { el, setA, unsetA, add, guard, unmark, remark, cssNode } = G, D = document, W = window;
  const MARKS = ".gl-date,.gl-term", ACT = ".gl-term[role],a.gl-tl-link,a.gl-skip,a.gl-back";

  // one is the text node that is a mark's whole content, if it is.
  const one = (e) => e.matches && e.matches(MARKS) && e.firstChild && e.firstChild === e.lastChild && e.firstChild.nodeType === 3 ? e.firstChild : null;

  // adopt takes the marks of an article that came annotated (baked, or
  // saved after glossline ran) as if glossline had made them, so that the
  // off switch can take them out and put them back: text and marks side by
  // side under one parent were one text node.
  function adopt(R) {
    const L = [];
    for (const e of R.root.querySelectorAll(MARKS)) {
      const mid = one(e), n = e.nextSibling;
      if (!mid) continue;
      let t = e;
      for (let p = e.previousSibling; p && (p.nodeType === 3 || one(p)); p = p.previousSibling) t = p;
      L.unshift([t.nodeType === 3 ? t : t.firstChild, mid, n && n.nodeType === 3 ? n : null, e]);
    }
    R.log = L;
  }

  // unlink makes one of glossline's links work without its href (kept in
  // data-gl-href).
  // (set: setA for one record and element, or how to set without record)
  function unlink(set, a, role, tab) {
    if (a.hasAttribute("href")) {
      set("data-gl-href", a.getAttribute("href"));
      set("href", null);
    }
    set("role", role);
    set("tabindex", tab);
  }

  // wire makes an annotated article work: terms become pop-up buttons (one
  // tab stop per entry), timeline links links that glossline follows, and a
  // skip link at the top of the article leads to the panel, whose first
  // control is the off switch.
  // (fresh: the loader made the terms buttons as it built them, with term)
  function wire(R, fresh) {
    const { root, panel } = R, seen = new Set();
    for (const x of root.querySelectorAll(".gl-skip,.gl-back")) x.remove(); // a saved copy's
    setA(R, root, "data-glossline", "done");
    if (!fresh) for (const a of root.querySelectorAll("a.gl-term")) term(R, a, seen);
    // A term in a link's text (span.gl-term) is no control: it opens on
    // hover and while its link has focus, its title (what a reader
    // without script sees) put aside meanwhile. In an anchor without an
    // address, which is no link, it is a button like any term.
    for (const s of root.querySelectorAll("span.gl-term")) {
      setA(R, s, "title", null);
      if (!s.closest("a[href]")) term(R, s, seen, 1);
    }

    if (panel) {
      for (const x of panel.querySelectorAll(".gl-back")) x.remove();
      for (const a of panel.querySelectorAll("a.gl-tl-link")) unlink((k, v) => setA(R, a, k, v), a, "link", 0);
      setA(R, panel, "tabindex", -1);
      if (!panel.querySelector(".gl-switch")) panel.prepend(add(R, button(panel.getAttribute("data-gl-off"))));
      const h = panel.querySelector(".gl-h");
      root.prepend(add(R, el("a", { class: "gl-skip", role: "link", tabindex: 0, "aria-label": h ? h.textContent : panel.getAttribute("aria-label") })));
    }
    // In a shadow root, the stylesheet goes in beside the article.
    const rn = root.getRootNode(), css = cssNode();
    if (rn !== D && css) rn.prepend(add(R, css.cloneNode(true)));
    R.h = R.h || [["click", guard((e) => onClick(e, R))], ["keydown", guard(onKey)], ["mouseover", guard(onHover)], ["mouseout", guard(onHover)], ["focusin", guard(onFocus)], ["focusout", guard(onFocus)]];
    listen(R, "addEventListener");
  }

  // term makes a term (any element: others pass) a pop-up button, a tab
  // stop at its entry's first mention (seen: the entries met before). A
  // term the loader has just built (R null) is not in the page yet, and
  // goes when glossline does: nothing to write down.
  function term(R, a, seen, any) {
    if (!any && !a.matches("a.gl-term")) return a;
    const id = a.getAttribute("data-gl-entry") ?? "\0" + a.getAttribute("data-gl-name"), set = R ? (k, v) => setA(R, a, k, v) : (k, v) => v === null ? a.removeAttribute(k) : a.setAttribute(k, v);
    unlink(set, a, "button", seen.has(id) ? -1 : 0);
    set("aria-haspopup", "dialog");
    set("aria-expanded", "false");
    seen.add(id);
    return a;
  }

  function unwire(R) {
    close();
    if (R.h) listen(R, "removeEventListener");
    for (const x of R.adds) x.remove();
    R.adds = [];
    unsetA(R);
  }

  // listen (un)registers the record's listeners on the article and on its
  // panel: no document-wide listeners.
  function listen(R, how) {
    for (const n of [R.root, R.root.contains(R.panel) ? null : R.panel]) if (n) for (const [t, f] of R.h) n[how](t, f);
  }

  // ---- the timeline's jumps and the skip link -------------------------------
  // A timeline link highlights its sentence for a few seconds (CSS Custom
  // Highlight API), focuses the element that holds it (visibly) and puts a
  // way back to the entry right after the sentence; the skip link focuses
  // the panel and puts a way back at its top. One way back at a time.
  let back = null, unlight = 0;

  function backTo(R, to, words) {
    if (back) back.remove();
    back = add(R, el("a", { class: "gl-back", role: "link", tabindex: 0, "aria-label": R.panel.getAttribute(words) }));
    back.glTo = to;
    return back;
  }

  function jump(R, a) {
    const to = a.getRootNode().getElementById((a.getAttribute("data-gl-href") || "").slice(1));
    if (!to) return;
    let r = R.ranges[a.closest("li").id.slice(4) - 1], box;
    if (!r) {
      // A baked page's entry knows its date, not its sentence: the date to
      // the end of its paragraph.
      r = new Range();
      r.setStartBefore(to);
      r.setEnd(to.parentNode, to.parentNode.childNodes.length);
    }
    if (W.Highlight) {
      CSS.highlights.set("gl-s", new Highlight(r));
      clearTimeout(unlight);
      unlight = setTimeout(() => CSS.highlights.delete("gl-s"), 4000);
    }
    // Focus goes to the sentence: a span around it where it starts and
    // ends in text of one parent (kept until glossline is taken out, its
    // text nodes split for it joined again), else the element that holds
    // it. The way back follows the sentence.
    const b = backTo(R, a, "data-gl-back"), sc = r.startContainer, so = r.startOffset, c = r.commonAncestorContainer;
    let n = r.endContainer, o = r.endOffset;
    if (c.nodeType === 1 && c.matches("span[data-gl-s]")) (box = c).after(b); // jumped to before
    else if (sc.nodeType === 3 && n.nodeType === 3 && sc.parentNode === n.parentNode && !sc.parentNode.matches(MARKS)) {
      if (o < n.length) split(R, n, o);
      const first = so > 0 ? split(R, sc, so) : sc, last = sc === n && so > 0 ? first : n;
      const span = box = el("span", { tabindex: -1, "data-gl-s": "" });
      first.before(span);
      for (let x = first, y; x; x = x === last ? null : y) {
        y = x.nextSibling;
        span.append(x);
      }
      R.tmp.push(() => span.replaceWith(...span.childNodes));
      r.selectNodeContents(span);
      span.after(b);
    } else {
      box = r.commonAncestorContainer;
      if (box.nodeType !== 1 || box.matches(MARKS)) box = box.parentNode;
      if (!box.hasAttribute("tabindex")) setA(R, box, "tabindex", -1);
      setA(R, box, "data-gl-s", "");
      if (n.nodeType !== 3) n = n.childNodes[o - 1] || n;
      else if (o < n.length) split(R, n, o);
      while (n !== box && n.parentNode !== box) n = n.parentNode;
      n === box ? box.append(b) : n.after(b);
    }
    box.focus({ preventScroll: true });
    to.scrollIntoView({ block: "center" });
  }

  // split splits text node t at o, to be joined again when glossline is
  // taken out; it returns the second part.
  function split(R, t, o) {
    const x = t.splitText(o);
    R.tmp.push(() => {
      t.data += x.data;
      x.remove();
    });
    return x;
  }

  function toPanel(R, from) {
    const p = R.panel;
    p.prepend(backTo(R, from, "data-gl-top"));
    p.focus({ preventScroll: true });
    p.scrollIntoView();
  }

  function goBack() {
    const to = back.glTo;
    back.remove();
    back = null;
    to.focus({ preventScroll: true });
    to.scrollIntoView({ block: "center" });
  }

  // ---- the reader's off switch, remembered per site ----------------------
  function setOff(v) {
    try {
      v ? localStorage.setItem("glossline:off", "1") : localStorage.removeItem("glossline:off");
    } catch (e) {
      // no storage: the choice holds for this page only
    }
  }

  const button = (text) => el("button", { type: "button", class: "gl-switch" }, text);

  // onButton puts an on switch after the article (or at the end of <body>);
  // it forgets the reader's "off" and calls click.
  function onButton(at, click) {
    const b = button(/^de/.test((at.closest("[lang]") || D.documentElement).lang) ? "glossline einschalten" : "Turn glossline on");
    b.addEventListener("click", guard(() => {
      setOff(false);
      click();
    }));
    at === D.body ? at.append(b) : at.after(b);
    return b;
  }

  // off takes the marks and the panel out and puts the on switch, which
  // gets the focus, after the article; on puts them back and focuses the
  // off switch.
  function off(R) {
    setOff(true);
    unwire(R);
    unmark(R);
    R.on = false;
    add(R, onButton(R.root, () => {
      unwire(R);
      remark(R);
      wire(R);
      R.on = true;
      focusSwitch(R);
    })).focus();
  }

  const focusSwitch = (R) => R.panel && R.panel.querySelector(".gl-switch")?.focus();

  // ---- events on the article and its panel --------------------------------
  const closest = (e, sel) => e.target.closest && e.target.closest(sel);

  function onClick(e, R) {
    const t = closest(e, ACT + ",button.gl-switch");
    if (!t) return;
    e.preventDefault();
    const c = t.classList;
    c.contains("gl-term") ? toggle(t) : c.contains("gl-tl-link") ? jump(R, t) : c.contains("gl-skip") ? toPanel(R, t) : c.contains("gl-back") ? goBack() : off(R);
  }

  // Enter follows glossline's links and opens a term; Space opens a term.
  function onKey(e) {
    const t = e.target;
    if ((e.key === "Enter" || (e.key === " " && t.getAttribute("role") === "button")) && t.matches(ACT)) {
      e.preventDefault();
      t.click();
    }
  }

  // Hover opens a definition after a short delay, on devices with a fine
  // pointer only; leaving the term before then cancels it.
  let hoverTimer = 0;
  function onHover(e) {
    clearTimeout(hoverTimer);
    const t = closest(e, ".gl-term");
    if (e.type === "mouseover" && t && t !== openTerm && W.matchMedia("(hover: hover) and (pointer: fine)").matches) hoverTimer = setTimeout(guard(() => toggle(t, true)), 500);
  }

  // A link whose text holds a term opens its pop-up while it has focus
  // (without taking the focus: Enter still follows the link), and the
  // link is described by the definition meanwhile.
  function onFocus(e) {
    const a = e.target, s = a.matches("a[href]") && a.querySelector("span.gl-term:not([role])");
    if (!s) return;
    if (e.type === "focusin") s === openTerm || toggle(s, true);
    else if (s === openTerm && !(pop && pop.contains(e.relatedTarget))) pop.hidePopover();
  }

  // ---- pop-ups ---------------------------------------------------------------
  // One dialog element, in the document while it is open.
  let pop = null, openTerm = null, refocus = false;

  function card() {
    if (!pop) {
      pop = el("div", { class: "gl-pop", id: "gl-pop", popover: "", role: "dialog", "aria-labelledby": "gl-pop-t", "aria-describedby": "gl-pop-d", tabindex: -1 });
      for (const [t, f] of [
        ["keydown", (e) => {
          if (e.key === "Escape") refocus = true;
          // The dialog itself has focus after it opened: Shift+Tab goes
          // back to the term, as from its close button.
          if (e.key === "Tab" && e.shiftKey && e.target === pop) {
            e.preventDefault();
            openTerm.focus();
          }
        }],
        ["click", (e) => {
          if (!closest(e, ".gl-x")) return;
          refocus = true;
          pop.hidePopover();
        }],
        // Tab or Shift+Tab out of the dialog closes it and leaves focus where
        // it went.
        ["focusout", (e) => e.relatedTarget && !pop.contains(e.relatedTarget) && pop.hidePopover()],
        // beforetoggle fires synchronously, for hidePopover() as for Escape
        // and light dismiss, so the state below is never stale.
        ["beforetoggle", (e) => {
          if (e.newState !== "closed") return;
          const t = openTerm;
          openTerm = null;
          if (t) {
            if (t.glL) t.glL.removeAttribute("aria-describedby");
            expand(t, "false");
            if (refocus) t.focus();
          }
          refocus = false;
        }],
        ["toggle", () => pop.matches(":popover-open") || pop.remove()]
      ]) pop.addEventListener(t, guard(f));
    }
    if (!pop.isConnected) D.body.append(pop);
    return pop;
  }

  // (a term in a link's text is no control: no state)
  const expand = (t, v) => t.hasAttribute("aria-expanded") && t.setAttribute("aria-expanded", v);

  function close() {
    if (pop && pop.isConnected) {
      if (pop.matches(":popover-open")) pop.hidePopover();
      pop.remove();
    }
  }

  function toggle(term, hover) {
    if (pop && pop.matches(":popover-open")) {
      const same = openTerm === term;
      refocus = same;
      pop.hidePopover();
      if (same) return;
    }
    const rn = term.getRootNode(), name = term.getAttribute("data-gl-name"), dt = rn.getElementById("gl-def-" + term.getAttribute("data-gl-entry")), dd = dt && dt.nextElementSibling;
    if (!dd && name == null) return;
    const p = card(), panel = rn.getElementById("gl-panel") || term, lang = ((dt || term).closest("[lang]") || D.documentElement).lang;
    const cs = [el("p", { class: "gl-pop-t", id: "gl-pop-t" }, dd ? dt.textContent : name)];
    // (a source's link, which an attribution may carry, stays a link)
    if (dd) for (const c of dd.children) cs.push(el("p", c.classList.contains("gl-def") ? { class: c.className, id: "gl-pop-d" } : { class: c.className },
      ...Array.from(c.childNodes, (n) => n.nodeType === 1 ? el("a", { href: n.getAttribute("href"), target: "_blank", rel: "noopener noreferrer" }, n.textContent) : n.nodeType === 3 ? n.data : "")));
    else cs.push(el("p", { class: "gl-def", id: "gl-pop-d" }, "\u2026"));
    cs.push(el("button", { type: "button", class: "gl-x", "aria-label": panel.getAttribute("data-gl-close") || "Close" }, "\u00d7"));
    p.replaceChildren(...cs);
    p.lang = lang; // the article's, not the page's
    if (!dd) ask(name, term.getAttribute("data-gl-kind"), lang).then(([s, u]) => [s, el("small", { class: "gl-src" }, el("a", { href: u, target: "_blank", rel: "noopener noreferrer" }, "Wikipedia"), WORDS(lang)[0])],
      () => [WORDS(lang)[1]]).then(guard(([s, src]) => {
      if (openTerm !== term) return;
      p.querySelector("#gl-pop-d").textContent = s;
      if (src) p.querySelector(".gl-x").before(src);
      place(p, term);
    }));
    openTerm = term;
    const l = term.localName === "span" && term.closest("a[href]");
    if (l && !l.hasAttribute("aria-describedby")) (term.glL = l).setAttribute("aria-describedby", "gl-pop-d");
    expand(term, "true");
    p.showPopover({ source: term });
    place(p, term);
    if (!hover) p.focus();
  }

  // ---- definitions looked up on demand (data-lookup) ----------------------
  // A name nothing defines is marked (a.gl-name) only when the publisher
  // turned lookups on. When a reader opens one — never before — ask
  // requests the summary of the Wikipedia page of that title in the
  // article's language (the REST API's page/summary, as Wikimedia's
  // wikipedia-preview does): once per name and page view (the answer, or
  // the failure, is kept), without cookies or referrer, for 5 s at most,
  // and not at all offline. Only a summary of type "standard" whose
  // description fits the name's kind counts; its first sentence is shown
  // as text, with a link to the page, the source and licence, and a note
  // that it describes today, not the article's date. data-lookup="URL"
  // sets another base for the API ("{lang}" in it is replaced).
  const LK = G.lookup, asked = new Map(), WORDS = (l) => /^de/.test(l) ?
    [", CC BY-SA 4.0 \u2013 Stand heute, nicht des Artikels", "Keine Erkl\u00e4rung gefunden."] :
    [", CC BY-SA 4.0 \u2013 as of today, not of the article's date", "No explanation found."];
  const MISFIT = { person: /\b(film|album|song|band|city|town|village|river|company|Stadt|Gemeinde|Dorf|Fluss|Film|Album|Lied|Unternehmen)\b/i, place: /\b(singer|actor|actress|politician|player|S\u00e4nger|Schauspieler|Politiker|Spieler)/i };
  function ask(name, kind, lang) {
    const k = lang + "\0" + name;
    if (navigator.onLine === false && !asked.has(k)) return Promise.reject(Error("offline"));
    if (!asked.has(k)) asked.set(k, fetch((/^https?:\/\//.test(LK) ? LK : "https://{lang}.wikipedia.org/api/rest_v1").replace("{lang}", lang.slice(0, 2)) +
      "/page/summary/" + encodeURIComponent(name.replace(/ /g, "_")), { credentials: "omit", referrerPolicy: "no-referrer", signal: AbortSignal.timeout(5e3) })
      .then((r) => r.ok ? r.json() : Promise.reject(Error("HTTP " + r.status)))
      .then((j) => {
        const x = j.extract, u = j.content_urls?.desktop?.page;
        if (j.type !== "standard" || typeof x !== "string" || !/^https:\/\//.test(u) || MISFIT[kind]?.test(j.description)) throw Error("no summary");
        return [(x.match(/^[^]{20,}?[.!?](?=\s|$)/) || [x])[0].trim(), u];
      }));
    return asked.get(k);
  }

  // place puts the card under the term (above it when there is no room),
  // shifted to stay inside the viewport. Narrow screens get a bottom sheet
  // from CSS, which never covers its term: the page scrolls the term above
  // it, and where it cannot, the sheet goes to the top.
  function place(p, term) {
    const de = D.documentElement, vw = de.clientWidth, vh = de.clientHeight, gap = 6, r = term.getClientRects()[0] || term.getBoundingClientRect();
    if (W.matchMedia("(max-width: 30em)").matches) {
      p.style.top = p.style.left = "";
      p.classList.remove("gl-top");
      const d = r.bottom + gap - (vh - p.offsetHeight);
      if (d > 0) W.scrollBy({ top: d, behavior: "instant" });
      p.classList.toggle("gl-top", (term.getClientRects()[0] || r).bottom + gap > vh - p.offsetHeight);
      return;
    }
    const w = p.offsetWidth, h = p.offsetHeight;
    let top = r.bottom + gap;
    if (top + h > vh && r.top - gap - h >= 0) top = r.top - gap - h;
    const start = getComputedStyle(term).direction === "rtl" ? r.right - w : r.left;
    p.style.top = Math.max(gap, Math.min(top, vh - h - gap)) + "px";
    p.style.left = Math.max(gap, Math.min(start, vw - w - gap)) + "px";
  }

  return { wire, term, unwire, adopt, close, onButton, focusSwitch };
};
