// peers.js runs a peer date finder over the texts that `glossline eval
// -dump-texts` wrote and writes its predictions in the format `glossline eval
// -pred` scores (internal/eval, ReadPredictions). Called by the bench driver:
//
//	node peers.js chrono-de|chrono-en|compromise TEXTS.jsonl OUT.jsonl
//
// It prints one JSON line of statistics (documents, predictions, how many
// extents lost a leading preposition, paragraphs the peer threw on).
"use strict";
const fs = require("fs");
const path = require("path");
// The peers come from npm/ beside this file (pinned by its package-lock.json).
const need = (m) => require(require.resolve(m, { paths: [path.join(__dirname, "npm")] }));


// Leading words TimeML leaves outside a TIMEX3 (checked on the corpora's
// gold extents: they stand before the expression far more often than at its
// start). Articles are not stripped: TimeBank's English extents include
// "the" three times as often as not, and KRAUTS is mixed.
const LEAD = {
  de: ["am", "an", "im", "in", "um", "seit", "vom", "ab", "bis", "zum", "zur"],
  en: ["on", "in", "at", "since", "from", "by", "until", "during", "for", "of"],
};

// trim narrows a peer's [start, end) (UTF-16 indexes) to TimeML's rules:
// leading prepositions from LEAD (repeatedly: "bis zum"), and trailing
// white space, commas, semicolons and colons.
function trim(text, start, end, lng, stats) {
  const lead = new RegExp("^(?:" + LEAD[lng].join("|") + ")\\s+", "i");
  let stripped = false;
  for (;;) {
    const m = lead.exec(text.slice(start, end));
    if (!m || m[0].length >= end - start) break;
    start += m[0].length;
    stripped = true;
  }
  if (stripped) stats.stripped++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  return [start, end];
}

// byteOffsets maps every UTF-16 index of s to its UTF-8 byte offset (the
// index inside a surrogate pair maps to the pair's start).
function byteOffsets(s) {
  const off = new Uint32Array(s.length + 1);
  let b = 0;
  for (let i = 0; i < s.length; i++) {
    off[i] = b;
    const c = s.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        off[++i] = b;
        b += 4;
        continue;
      }
      b += 3;
    } else b += 3;
  }
  off[s.length] = b;
  return off;
}

const pad = (n, w) => String(n).padStart(w, "0");

// refDate is the document's reference date (YYYY-MM-DD, from -dump-texts'
// "ref") at noon UTC, or null.
function refDate(ref) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ref || "");
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12)) : null;
}

// chronoValue builds a TIMEX value from chrono's components. The
// granularity comes from what the text states (isCertain): a day (or a
// weekday) gives YYYY-MM-DD, a month YYYY-MM, a year YYYY, an hour adds
// THH:MM. With a reference date the unstated larger units are chrono's own
// resolution against it; without one (most WikiWarsDE documents) they are
// written as X, as TimeML writes an unresolved value (XXXX-06-22,
// XXXX-WXX-3), never resolved against today's date.
function chronoValue(c, haveRef) {
  const known = (k) => c.isCertain(k);
  const y = haveRef || known("year") ? pad(c.get("year"), 4) : "XXXX";
  const mo = haveRef || known("month") ? pad(c.get("month"), 2) : "XX";
  let v;
  if (known("day") || known("hour")) v = y + "-" + mo + "-" + (haveRef || known("day") ? pad(c.get("day"), 2) : "XX");
  else if (known("weekday")) v = haveRef ? y + "-" + mo + "-" + pad(c.get("day"), 2) : "XXXX-WXX-" + (((c.get("weekday") + 6) % 7) + 1);
  else if (known("month")) v = y + "-" + mo;
  else if (known("year")) v = y;
  else v = "";
  if (known("hour") && v) return [v + "T" + pad(c.get("hour"), 2) + ":" + pad(c.get("minute") || 0, 2), "TIME"];
  return [v, "DATE"];
}

function chronoFind(parser, lng) {
  return (text, ref, stats) => {
    const r = refDate(ref);
    const out = [];
    for (const res of parser.parse(text, { instant: r || new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })) {
      const [value, type] = chronoValue(res.start, !!r);
      out.push({ start: res.index, end: res.index + res.text.length, type, value });
    }
    return out;
  };
}

// compromise-dates: the extent runs from the first to the last term of the
// match (the match's own text carries trailing punctuation); the value is
// the start of the resolved range at the granularity compromise reports
// ("unit"); durations (its durations()) become P… and replace a
// value-less date match they overlap. compromise-dates throws on some inputs:
// then the document is retried paragraph by paragraph and the paragraphs it
// throws on are counted and skipped.
function compromiseFind() {
  const nlp = need("compromise");
  nlp.plugin(need("compromise-dates"));
  const span = (m) => {
    const ts = m.terms || [];
    if (ts.length === 0) return [m.offset.start, m.offset.start + m.offset.length];
    const a = ts[0].offset, b = ts[ts.length - 1].offset;
    return [a.start, b.start + b.length];
  };
  const unitValue = (iso, unit) => {
    if (!iso) return "";
    switch (unit) {
      case "year": return iso.slice(0, 4);
      case "decade": return iso.slice(0, 3);
      case "century": return iso.slice(0, 2);
      case "month": return iso.slice(0, 7);
      case "quarter": return iso.slice(0, 4) + "-Q" + (Math.floor((+iso.slice(5, 7) - 1) / 3) + 1);
      case "week": return isoWeek(iso);
      case "hour": case "minute": case "time": return iso.slice(0, 16);
      default: return iso.slice(0, 10);
    }
  };
  const durValue = (d) => {
    if (!d) return "";
    let v = "P";
    for (const [k, c] of [["year", "Y"], ["month", "M"], ["week", "W"], ["day", "D"]]) if (d[k]) v += d[k] + c;
    let t = "";
    for (const [k, c] of [["hour", "H"], ["minute", "M"], ["second", "S"]]) if (d[k]) t += d[k] + c;
    if (t) v += "T" + t;
    return v === "P" ? "" : v;
  };
  const one = (text, base, ref, out) => {
    const today = ref || undefined;
    const dates = nlp(text).dates({ today, timezone: "UTC" }).json({ offset: true });
    for (const m of dates) {
      const [s, e] = span(m);
      const d = m.dates || {};
      const unit = d.unit || "";
      const timeUnit = unit === "hour" || unit === "minute" || unit === "time";
      out.push({ start: base + s, end: base + e, type: timeUnit ? "TIME" : "DATE", value: unitValue(d.start, unit) });
    }
    // A duration replaces the value-less date match it overlaps ("after
    // three days" is a date without a value and the duration "three days").
    const at = out.length - dates.length;
    for (const m of nlp(text).durations().json({ offset: true })) {
      const [s, e] = span(m);
      for (let i = out.length - 1; i >= at; i--) {
        const o = out[i];
        if (o.type !== "DURATION" && !o.value && o.start < base + e && o.end > base + s) out.splice(i, 1);
      }
      out.push({ start: base + s, end: base + e, type: "DURATION", value: durValue(m.duration) });
    }
    out.sort((a, b) => a.start - b.start);
  };
  return (text, ref, stats) => {
    const out = [];
    try {
      one(text, 0, ref, out);
      return out;
    } catch (e) {
      out.length = 0;
    }
    let base = 0;
    for (const para of text.split("\n\n")) {
      try {
        one(para, base, ref, out);
      } catch (e) {
        stats.threw++;
      }
      base += para.length + 2;
    }
    return out;
  };
}

function isoWeek(iso) {
  const d = new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7)); // that week's Thursday
  const y = d.getUTCFullYear();
  return y + "-W" + pad(Math.floor((d - Date.UTC(y, 0, 1)) / 864e5 / 7) + 1, 2);
}

const finders = {
  "chrono-de": ["de", () => chronoFind(need("chrono-node").de, "de")],
  "chrono-en": ["en", () => chronoFind(need("chrono-node").en, "en")],
  compromise: ["en", compromiseFind],
};
function main() {
  const [peer, textsFile, outFile] = process.argv.slice(2);
  if (!finders[peer] || !textsFile || !outFile) {
    console.error("usage: node peers.js chrono-de|chrono-en|compromise TEXTS.jsonl OUT.jsonl");
    process.exit(2);
  }
  const [lng, make] = finders[peer];
  const find = make();
  const stats = { peer, docs: 0, preds: 0, stripped: 0, threw: 0, mismatched: 0 };
  const lines = [];
  for (const line of fs.readFileSync(textsFile, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const { doc, text, ref } = JSON.parse(line);
    stats.docs++;
    const off = byteOffsets(text);
    const seen = new Set();
    for (const p of find(text, ref, stats)) {
      if (!(p.start >= 0 && p.end <= text.length && p.end > p.start)) {
        stats.mismatched++;
        continue;
      }
      const [s, e] = trim(text, p.start, p.end, lng, stats);
      if (e <= s || seen.has(s + ":" + e)) continue;
      seen.add(s + ":" + e);
      lines.push(JSON.stringify({ doc, start: off[s], end: off[e], type: p.type, value: p.value }));
      stats.preds++;
    }
  }
  fs.writeFileSync(outFile, lines.length ? lines.join("\n") + "\n" : "");
  console.log(JSON.stringify(stats));
}

if (require.main === module) main();
// For peers_test.go: the parts that do not need the npm peers.
module.exports = { trim, byteOffsets, chronoValue, isoWeek };
