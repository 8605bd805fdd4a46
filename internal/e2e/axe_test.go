//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axeSource is axe-core, installed by ./build.sh test into
// internal/e2e/npm (pinned in its package-lock.json).
func axeSource(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("npm", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core not installed (./build.sh test runs npm ci in internal/e2e/npm): %v", err)
	}
	return string(data)
}

type axeViolation struct {
	ID    string   `json:"id"`
	Help  string   `json:"help"`
	Nodes []string `json:"nodes"`
}

// TestAccessibility audits the annotated demo page with axe-core, with a
// definition open, in the light and the dark colour scheme.
func TestAccessibility(t *testing.T) {
	axe := axeSource(t)
	url := server(t)
	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			ctx := browser(t)
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
			}); err != nil {
				t.Fatal(err)
			}
			open(t, ctx, url+"/")
			eval[bool](t, ctx, axe+";true")
			// Open one definition so that the card is audited too.
			do(t, ctx, chromedp.Click(chromedp.CSS(`article a.gl-term`)))
			vs := eval[[]axeViolation](t, ctx, `axe.run(document, {resultTypes: ['violations']}).then(r =>
			  r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))`)
			for _, v := range vs {
				t.Errorf("%s: %s at %s", v.ID, v.Help, strings.Join(v.Nodes, "; "))
			}
		})
	}
}
