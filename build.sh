#!/usr/bin/env bash
# glossline's one build script: ./build.sh help lists its verbs and variables.
set -euo pipefail
cd "$(dirname "$0")"

export GOFLAGS="${GOFLAGS:-} -mod=readonly"

usage() {
  cat <<'USAGE'
usage: ./build.sh [VERB] [FLAGS]

verbs:
  build (default)     build dist/: the wasm, loader, worker, CSS, demo page and single-file
                      demo; minified, content-hashed names, .gz/.br, sizes, budgets. Only what
                      changed is redone: Go caches the compiled wasm, and compressed files are
                      cached by content (COMPRESS_CACHE)
  serve [-addr HOST:PORT]
                      build, then serve dist/ on http://127.0.0.1:8080 (or HOST:PORT; port 0
                      picks a free one). It says where once it listens; Ctrl-C or SIGTERM
                      (kill) stop it with exit status 0
  extension           build, then the browser extension from extension/ and dist/ into
                      dist-extension/: chromium/ and firefox/ (unpacked, loadable) and
                      glossline-chromium.zip, glossline-firefox.zip (docs/EXTENSION.md)
  test                install what the tests need (chromium, node, npm with apt-get; npm ci),
                      build, then go vet, the native tests with the race detector, the wasm
                      tests under Node and the browser tests; ends with one line of totals
                      (run, passed, failed, skipped) and the reasons for the skips
  npm                 build, then the npm package: dist/npm/package/ (the loader as an ES module
                      with TypeScript types, checked with tsc --noEmit; the hashed assets; README,
                      licence and notices) and its tarball dist/npm/glossline-VERSION.tgz
  loadbench           browser load benchmark against a floor wasm; writes docs/PERFORMANCE.md
  bench               glossline against chrono-node and compromise-dates (accuracy, speed,
                      browser cost); writes docs/BENCHMARKS.md and docs/benchmarks-*.svg
  help, -h, --help    this text

variables:
  ADDR=HOST:PORT        serve: the address, as -addr (default 127.0.0.1:8080)
  WASM_GO=VERSION       the Go that compiles the wasm (default go1.27.3, fetched once by the
                        go command, about 76 MB); WASM_GO=local uses the installed Go
  COMPRESS_CACHE=DIR    compressed files cached by content (default .cache/compress)
  NPM_VERSION=X.Y.Z     npm: the package's version (default: the latest v* tag, else 0.0.0-dev)
  GLOSSLINE_SHARED=DIR  test: the shared test material (default ../shared beside the
                        repository); tests that need it skip without it
  CI=true               test: a missing ../shared fails the run instead of skipping
  RUNS=N                loadbench, bench: timed runs per row (default 9)
  COMPROMISE_RUNS=N     bench: compromise-dates passes (default 3)
  BROWSER_RUNS=N        bench: cold browser loads per row (default 9)
  LOADBENCH_JS_FLAGS=…  loadbench: V8 flags for Chromium (experiments)
  GOFLAGS=…             passed to go, with -mod=readonly added
USAGE
}

# The wasm is compiled with Go 1.27 (fetched once from the Go module proxy,
# about 76 MB): for the same code its wasm backend writes ~25 KB (brotli)
# less than Go 1.26's, and every reader downloads that. Native code, tests
# and go.mod stay on the installed Go 1.26. Set WASM_GO=local to use it.
WASM_GO="${WASM_GO:-go1.27.3}"
wasm_go() {
  if [ "$WASM_GO" = local ]; then go "$@"; else GOTOOLCHAIN="$WASM_GO" go "$@"; fi
}

# WASM_GCFLAGS: bounds checks everywhere (an out-of-range bug is a recovered
# panic, not a silent wrong read). Inlining only where it was measured to
# pay (docs/ARCHITECTURE.md, "Size and speed of the wasm"): off by default
# (-l: Go's wasm code is large and every inlined copy is paid for by every
# reader: all packages inlined is +101 KB brotli), on in
# internal/runtime/maps (js/wasm hashes strings without AES, and without
# inlining its fallback hash calls a function per word: +3.7 KB) and in the
# small hot packages text and datafile (the tokenizer and the table lookups:
# their many small helpers inline to less code than the calls, -2 KB).
WASM_GCFLAGS=(-gcflags=all=-l -gcflags=internal/runtime/maps= -gcflags=github.com/glossline/glossline/internal/text= -gcflags=github.com/glossline/glossline/internal/datafile=)

# step prints a step's heading; step_done the time it took.
step() { echo "== $*"; step_start=$(date +%s%N); }
step_done() {
  local ms=$((($(date +%s%N) - step_start) / 1000000))
  printf '   %d.%d s\n' $((ms / 1000)) $((ms % 1000 / 100))
}

# tool builds internal/tools/NAME into .cache/bin/NAME (Go caches it): a
# binary rather than go run, so that the dev server is the process that
# gets the signals.
tool() {
  go build -o ".cache/bin/$1" "./internal/tools/$1"
}

build() {
  mkdir -p .cache
  if [ "$WASM_GO" != local ] &&
     [ ! -d "$(go env GOMODCACHE)/golang.org/toolchain@v0.0.1-$WASM_GO.$(go env GOHOSTOS)-$(go env GOHOSTARCH)" ]; then
    echo "== fetching $WASM_GO for the wasm (once, about 76 MB)"
  fi
  step "wasm ($WASM_GO; cached by Go when no Go code changed, a minute or more when some did)"
  # Reproducible: -trimpath, no VCS stamp (it holds the commit, the time and
  # a "modified" flag, so the same source gave other bytes), no build ID.
  GOOS=js GOARCH=wasm wasm_go build -trimpath -buildvcs=false -ldflags='-s -w -buildid=' "${WASM_GCFLAGS[@]}" -o .cache/glossline.wasm ./wasm
  step_done
  step "assets (minify, hash, single file; brotli and gzip cached by content in ${COMPRESS_CACHE:-.cache/compress})"
  # Content-hashed names, manifest.json, the single file glossline-offline.html.
  # wasm_exec.js must come from the Go that built the wasm.
  tool dist
  .cache/bin/dist build -out dist -wasm .cache/glossline.wasm -wasmexec "$(wasm_go env GOROOT)/lib/wasm/wasm_exec.js" \
    -cache "${COMPRESS_CACHE:-.cache/compress}"
  step_done
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
  # web-ext (lint of the extension's Firefox build), pinned by
  # internal/e2e/testdata/webext/package-lock.json.
  if [ ! -x internal/e2e/testdata/webext/node_modules/.bin/web-ext ]; then
    echo "== npm ci (internal/e2e/testdata/webext)"
    npm ci --prefix internal/e2e/testdata/webext --no-audit --no-fund --loglevel=error
  fi
}

# extension: the browser extension from extension/ and the built dist/
# (every asset dist/manifest.json names), for Chromium and Firefox.
extension() {
  step "extension (dist-extension/: chromium/, firefox/ and their zips)"
  tool extension
  .cache/bin/extension -src extension -dist dist -out dist-extension
  step_done
}

# npm_deps installs the npm package's test-side tools (typescript, esbuild),
# pinned by npm/test/package-lock.json.
npm_deps() {
  if [ ! -f npm/test/node_modules/typescript/bin/tsc ] || [ ! -f npm/test/node_modules/esbuild/package.json ]; then
    echo "== npm ci (npm/test)"
    npm ci --prefix npm/test --no-audit --no-fund --loglevel=error
  fi
}

# npm_package builds the npm package from dist/ (internal/tools/dist npm),
# checks its types and packs it.
npm_package() {
  local version="${NPM_VERSION:-}"
  if [ -z "$version" ]; then
    version=$(git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null | sed 's/^v//') || true
  fi
  [ -n "$version" ] || version=0.0.0-dev
  step "npm package $version (dist/npm)"
  .cache/bin/dist npm -dist dist -src . -out dist/npm/package -version "$version"
  node npm/test/node_modules/typescript/bin/tsc -p npm/test/tsconfig.json
  echo "   types: tsc --noEmit passed (npm/test/check.ts)"
  rm -f dist/npm/*.tgz
  (cd dist/npm && npm pack ./package --pack-destination . --loglevel=error >/dev/null)
  ls -l dist/npm/*.tgz | awk '{printf "   %s %.1f KB\n", $NF, $5/1000}'
  step_done
}

run_tests() {
  deps
  npm_deps
  build
  npm_package
  extension
  echo "== go vet"
  go vet ./...
  GOOS=js GOARCH=wasm wasm_go vet ./wasm/...
  # Every go test runs through testsum (go test -json underneath): the
  # usual output, a line of counts per run, and at the end — also when a
  # run fails and stops the script — the totals with the reasons for skips.
  tool testsum
  local tally wasm_tc=$WASM_GO
  tally=$(mktemp)
  trap '.cache/bin/testsum -total -tally "'"$tally"'"; rm -f "'"$tally"'"' EXIT
  [ "$WASM_GO" = local ] && wasm_tc=local
  echo "== native tests (race detector)"
  .cache/bin/testsum -label native -tally "$tally" -- go test -race -count=1 -json ./...
  echo "== wasm tests under Node"
  # With the shipped compiler flags, then with the compiler's defaults
  # (inlining everywhere).
  GOOS=js GOARCH=wasm GOTOOLCHAIN=$wasm_tc .cache/bin/testsum -label "wasm (shipped flags)" -tally "$tally" -- \
    go test -count=1 -json "${WASM_GCFLAGS[@]}" -exec="$(wasm_go env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm/...
  GOOS=js GOARCH=wasm GOTOOLCHAIN=$wasm_tc .cache/bin/testsum -label "wasm (default flags)" -tally "$tally" -- \
    go test -count=1 -json -exec="$(wasm_go env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm/...
  echo "== browser tests (headless Chromium)"
  GLOSSLINE_DIST="$PWD/dist" GLOSSLINE_EXTENSION="$PWD/dist-extension/chromium" .cache/bin/testsum -v -label browser -tally "$tally" -- go test -tags e2e -count=1 -timeout 40m -json ./internal/e2e/...
}

# loadbench: time to glossline:done and the longest task in headless
# Chromium, against the floor wasm; writes docs/PERFORMANCE.md.
loadbench() {
  deps
  build
  GOOS=js GOARCH=wasm wasm_go build -trimpath -ldflags='-s -w' "${WASM_GCFLAGS[@]}" -o dist/floor.wasm ./internal/tools/loadbench/floor
  go run ./internal/tools/loadbench -dist dist -floor dist/floor.wasm -runs "${RUNS:-9}" | tee docs/PERFORMANCE.md.new
  # The sections after the load tables (baking folders) are measured by
  # hand, with the commands they give: kept as they are.
  local keep
  keep=$(sed -n '/^## Baking folders/,$p' docs/PERFORMANCE.md 2>/dev/null || true)
  {
    echo "# Load performance in the browser"
    echo
    echo "Command: \`./build.sh loadbench\` (RUNS=${RUNS:-9}); pages served on 127.0.0.1 by the dev server; eager pages with \`data-load=\"eager\"\`, lazy pages with the default."
    echo
    cat docs/PERFORMANCE.md.new
    if [ -n "$keep" ]; then echo; echo "$keep"; fi
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

# no_args fails (exit status 2, the usage on stderr) when a verb that takes
# no arguments got some.
no_args() {
  if [ $# -gt 0 ]; then
    echo "build.sh $verb: unexpected argument: $1" >&2
    usage >&2
    exit 2
  fi
}

verb="${1:-build}"
[ $# -gt 0 ] && shift
case "$verb" in
  build) no_args "$@"; build ;;
  serve)
    addr="${ADDR:-127.0.0.1:8080}"
    while [ $# -gt 0 ]; do
      case "$1" in
        -addr|--addr)
          if [ $# -lt 2 ]; then echo "build.sh serve: $1 needs HOST:PORT" >&2; usage >&2; exit 2; fi
          addr=$2; shift 2 ;;
        -addr=*|--addr=*) addr=${1#*=}; shift ;;
        *) echo "build.sh serve: unexpected argument: $1" >&2; usage >&2; exit 2 ;;
      esac
    done
    build
    # exec: the server replaces this shell, so that kill (SIGTERM) and
    # Ctrl-C (SIGINT) reach it and no process is left behind.
    exec .cache/bin/dist serve -dir dist -addr "$addr"
    ;;
  extension) no_args "$@"; build; extension ;;
  test) no_args "$@"; run_tests ;;
  npm) no_args "$@"; deps; npm_deps; build; npm_package ;;
  loadbench) no_args "$@"; loadbench ;;
  bench) no_args "$@"; bench ;;
  help|-h|--help) no_args "$@"; usage ;;
  *)
    echo "build.sh: unknown verb: $verb" >&2
    usage >&2
    exit 2
    ;;
esac
