// Package e2e holds glossline's browser tests: they drive the built dist/
// in real headless Chromium through chromedp. They carry the build tag e2e
// and run from ./build.sh test after the build:
//
//	GLOSSLINE_DIST=$PWD/dist go test -tags e2e ./internal/e2e
package e2e
