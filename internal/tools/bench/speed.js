// speed.js times a peer over the benchmark text that the bench driver
// wrote (DIR/de.txt, DIR/en.txt), in one Node process: one untimed warm-up
// pass, then RUNS timed passes. It prints the same JSON object as the Go
// runner (speed/main.go): {"bytes":…,"exprs":…,"first_ms":…,"runs_ms":[…]}.
//
//	node speed.js chrono|compromise DIR RUNS
//
// chrono: chrono.de over de.txt and chrono.en over en.txt per pass.
// compromise: compromise-dates (dates and durations) over en.txt only (it has
// no German); bytes counts only that text.
"use strict";
const fs = require("fs");
const path = require("path");
const need = (m) => require(require.resolve(m, { paths: [path.join(__dirname, "npm")] }));

const [peer, dir, runsArg] = process.argv.slice(2);
const runs = +runsArg || 5;
const de = fs.readFileSync(path.join(dir, "de.txt"), "utf8");
const en = fs.readFileSync(path.join(dir, "en.txt"), "utf8");
const instant = new Date(Date.UTC(2023, 8, 14, 12));
let pass, bytes;
if (peer === "chrono") {
  const chrono = need("chrono-node");
  pass = () => chrono.de.parse(de, { instant, timezone: 0 }).length + chrono.en.parse(en, { instant, timezone: 0 }).length;
  bytes = Buffer.byteLength(de) + Buffer.byteLength(en);
} else if (peer === "compromise") {
  const nlp = need("compromise");
  nlp.plugin(need("compromise-dates"));
  // compromise-dates throws on a few paragraphs of the corpus (see
  // peers.js), so a pass goes paragraph by paragraph and skips those.
  const paras = en.split("\n\n");
  pass = () => {
    let n = 0;
    for (const p of paras) {
      try {
        const d = nlp(p);
        n += d.dates({ today: "2023-09-14", timezone: "UTC" }).json().length + d.durations().json().length;
      } catch (e) { /* counted by peers.js */ }
    }
    return n;
  };
  bytes = Buffer.byteLength(en);
} else {
  console.error("usage: node speed.js chrono|compromise DIR RUNS");
  process.exit(2);
}
let t = performance.now();
const exprs = pass();
const first = performance.now() - t;
const times = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  pass();
  times.push(+(performance.now() - t).toFixed(3));
}
console.log(JSON.stringify({ bytes, exprs, first_ms: +first.toFixed(3), runs_ms: times }));
