#!/usr/bin/env bash
# glossline's one build script.
#
#   ./build.sh          build dist/ (wasm, loader, CSS, demo page, single-file demo; minified,
#                       content-hashed names, .gz/.br, sizes, budgets)
#   ./build.sh serve    build, then serve dist/ on http://127.0.0.1:8080 (ADDR=host:port to change)
#   ./build.sh test     install what the tests need, build, run every test (native, wasm under Node, browser)
#   ./build.sh loadbench  browser load benchmark against a floor wasm; writes docs/PERFORMANCE.md
#   ./build.sh bench    glossline against chrono-node and compromise-dates (accuracy, speed) and its
#                       browser cost, in one run; writes docs/BENCHMARKS.md and docs/benchmarks-*.svg
set -euo pipefail
cd "$(dirname "$0")"

export GOFLAGS="${GOFLAGS:-} -mod=readonly"

# The wasm is compiled with Go 1.27 (fetched once from the Go module proxy,
# about 76 MB): for the same code its wasm backend writes ~25 KB (brotli)
# less than Go 1.26's, and every reader downloads that. Native code, tests
# and go.mod stay on the installed Go 1.26. Set WASM_GO=local to use it.
WASM_GO="${WASM_GO:-go1.27.3}"
wasm_go() {
  if [ "$WASM_GO" = local ]; then go "$@"; else GOTOOLCHAIN="$WASM_GO" go "$@"; fi
}

# WASM_GCFLAGS: -l (no inlining) everywhere: 933 -> 848 KB brotli, since
# Go's wasm code is large and every inlined copy is paid for by every reader.
# -B (no bounds checks) for glossline's own packages only: 806.6 -> 793.8 KB.
# The same code runs with bounds checks in every native test and fuzz
# target, and the loader applies a plan only if it fits the page's text, so
# an out-of-range access cannot reach the page. It is a debt: drop -B when
# the engines' code diet gives the room back (docs/ARCHITECTURE.md).
# Not taken, for want of room: inlining kept on in internal/runtime/maps
# alone (js/wasm hashes strings without AES, and without inlining its
# fallback hash calls a function per word it reads) made the analysis 5%
# faster in Chromium (demo 131 -> 109 ms, 20x article 410 -> 382 ms) for
# +2.3 KB brotli; the JSON-LD reader (markup.LDDatePublished) took that
# room. Add -gcflags=internal/runtime/maps= when the code diet gives it back.
WASM_GCFLAGS=(-gcflags=all=-l "-gcflags=github.com/glossline/glossline/...=-l -B")

build() {
  mkdir -p .cache
  echo "== wasm"
  # Reproducible: -trimpath, no VCS stamp (it holds the commit, the time and
  # a "modified" flag, so the same source gave other bytes), no build ID.
  GOOS=js GOARCH=wasm wasm_go build -trimpath -buildvcs=false -ldflags='-s -w -buildid=' "${WASM_GCFLAGS[@]}" -o .cache/glossline.wasm ./wasm
  echo "== assets"
  # Content-hashed names, manifest.json, the single file glossline-offline.html.
  # wasm_exec.js must come from the Go that built the wasm.
  go run ./internal/tools/dist build -out dist -wasm .cache/glossline.wasm -wasmexec "$(wasm_go env GOROOT)/lib/wasm/wasm_exec.js"
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "build.sh: need root to run: $*" >&2; return 1; fi
}

# apt_install installs Debian packages when a command is missing.
apt_install() {
  local updated=0
  while [ $# -gt 0 ]; do
    local cmd=$1 pkg=$2; shift 2
    command -v "$cmd" >/dev/null 2>&1 && continue
    if [ $updated = 0 ]; then as_root apt-get update -qq; updated=1; fi
    echo "== installing $pkg (for $cmd)"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$pkg" >/dev/null
  done
}

deps() {
  apt_install chromium chromium node nodejs npm npm
  # Test-side npm peers (axe-core), pinned by internal/e2e/npm/package-lock.json.
  if [ ! -f internal/e2e/npm/node_modules/axe-core/axe.min.js ]; then
    echo "== npm ci (internal/e2e/npm)"
    npm ci --prefix internal/e2e/npm --no-audit --no-fund --loglevel=error
  fi
}

run_tests() {
  deps
  build
  echo "== go vet"
  go vet ./...
  GOOS=js GOARCH=wasm wasm_go vet ./wasm/...
  echo "== native tests (race detector)"
  go test -race -count=1 ./...
  echo "== wasm tests under Node"
  # With the shipped compiler flags, then with bounds checks on.
  GOOS=js GOARCH=wasm wasm_go test -count=1 "${WASM_GCFLAGS[@]}" -exec="$(wasm_go env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm/...
  GOOS=js GOARCH=wasm wasm_go test -count=1 -exec="$(wasm_go env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm/...
  echo "== browser tests (headless Chromium)"
  GLOSSLINE_DIST="$PWD/dist" go test -tags e2e -count=1 -v ./internal/e2e/...
}

# loadbench: time to glossline:done and the longest task in headless
# Chromium, against the floor wasm; writes docs/PERFORMANCE.md.
loadbench() {
  deps
  build
  GOOS=js GOARCH=wasm wasm_go build -trimpath -ldflags='-s -w' "${WASM_GCFLAGS[@]}" -o dist/floor.wasm ./internal/tools/loadbench/floor
  go run ./internal/tools/loadbench -dist dist -floor dist/floor.wasm -runs "${RUNS:-9}" | tee docs/PERFORMANCE.md.new
  {
    echo "# Load performance in the browser"
    echo
    echo "Command: \`./build.sh loadbench\` (RUNS=${RUNS:-9}); pages served on 127.0.0.1 by the dev server, with \`data-load=\"eager\"\`."
    echo
    cat docs/PERFORMANCE.md.new
  } > docs/PERFORMANCE.md
  rm -f docs/PERFORMANCE.md.new dist/floor.wasm
}

# bench: accuracy and speed against the peers (npm, pinned by
# internal/tools/bench/npm/package-lock.json, never shipped in dist/), and the
# browser cost and memory from loadbench, all in one run; writes
# docs/BENCHMARKS.md and its plots. RUNS (speed passes, default 9),
# COMPROMISE_RUNS (default 3: ~20 s each) and BROWSER_RUNS (cold loads per
# row, default 9) keep it within about five minutes on two cores.
bench() {
  deps
  if [ ! -f internal/tools/bench/npm/node_modules/chrono-node/package.json ] ||
     [ ! -f internal/tools/bench/npm/node_modules/compromise-dates/package.json ]; then
    echo "== npm ci (internal/tools/bench/npm)"
    npm ci --prefix internal/tools/bench/npm --no-audit --no-fund --loglevel=error
  fi
  build
  local tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  echo "== floor wasm and speed runner (js/wasm)"
  GOOS=js GOARCH=wasm wasm_go build -trimpath -ldflags='-s -w' "${WASM_GCFLAGS[@]}" -o "$tmp/floor.wasm" ./internal/tools/loadbench/floor
  GOOS=js GOARCH=wasm wasm_go build -trimpath -ldflags='-s -w' "${WASM_GCFLAGS[@]}" -o "$tmp/speed.wasm" ./internal/tools/bench/speed
  echo "== bench"
  go run ./internal/tools/bench -dist dist -floor "$tmp/floor.wasm" -speed-wasm "$tmp/speed.wasm" \
    -wasm-exec "$(wasm_go env GOROOT)/lib/wasm/wasm_exec_node.js" -wasm-go "$(wasm_go env GOVERSION)" \
    -runs "${RUNS:-9}" -compromise-runs "${COMPROMISE_RUNS:-3}" -browser-runs "${BROWSER_RUNS:-9}" -out docs
}

case "${1:-build}" in
  build) build ;;
  serve)
    build
    exec go run ./internal/tools/dist serve -dir dist -addr "${ADDR:-127.0.0.1:8080}"
    ;;
  test) run_tests ;;
  loadbench) loadbench ;;
  bench) bench ;;
  *) echo "usage: ./build.sh [build|serve|test|loadbench|bench]" >&2; exit 2 ;;
esac
