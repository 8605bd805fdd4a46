package main

import (
	"strconv"

	"github.com/glossline/glossline/internal/manifest"
)

// GeckoID is the Firefox add-on's id (browser_specific_settings.gecko.id):
// fixed for good once the add-on is published.
const GeckoID = "glossline@glossline.github.io"

// WebExtManifest is the part of a WebExtension manifest.json that glossline
// writes, in the order the fields are written.
type WebExtManifest struct {
	ManifestVersion         int                `json:"manifest_version"`
	Name                    string             `json:"name"`
	Description             string             `json:"description"`
	Version                 string             `json:"version"`
	DefaultLocale           string             `json:"default_locale"`
	Icons                   map[string]string  `json:"icons"`
	Action                  Action             `json:"action"`
	Background              Background         `json:"background"`
	Permissions             []string           `json:"permissions"`
	OptionalHostPermissions []string           `json:"optional_host_permissions"`
	Commands                map[string]Command `json:"commands"`
	OptionsUI               OptionsUI          `json:"options_ui"`
	WebAccessibleResources  []WebAccessible    `json:"web_accessible_resources"`
	ContentSecurityPolicy   CSP                `json:"content_security_policy"`
	Specific                *Specific          `json:"browser_specific_settings,omitempty"`
}

type Action struct {
	DefaultTitle string            `json:"default_title"`
	DefaultIcon  map[string]string `json:"default_icon"`
}

// Background is a service worker in Chromium and an event page (scripts)
// in Firefox, which runs no MV3 service worker.
type Background struct {
	ServiceWorker string   `json:"service_worker,omitempty"`
	Scripts       []string `json:"scripts,omitempty"`
}

type Command struct {
	SuggestedKey map[string]string `json:"suggested_key"`
	Description  string            `json:"description"`
}

type OptionsUI struct {
	Page string `json:"page"`
}

// WebAccessible: the files a page may load from the extension. Only the
// stylesheet, which the loader links into the page; the scripts and the
// wasm run in the extension's own worlds and are never the page's.
type WebAccessible struct {
	Resources []string `json:"resources"`
	Matches   []string `json:"matches"`
}

type CSP struct {
	ExtensionPages string `json:"extension_pages"`
}

type Specific struct {
	Gecko        Gecko        `json:"gecko"`
	GeckoAndroid GeckoAndroid `json:"gecko_android"`
}

// GeckoAndroid: Firefox for Android reads the data-collection declaration
// from version 142 on.
type GeckoAndroid struct {
	StrictMinVersion string `json:"strict_min_version"`
}

type Gecko struct {
	ID               string         `json:"id"`
	StrictMinVersion string         `json:"strict_min_version"`
	DataCollection   DataCollection `json:"data_collection_permissions"`
}

// DataCollection is Firefox's data-collection declaration: glossline
// collects nothing ("none").
type DataCollection struct {
	Required []string `json:"required"`
}

// LookupOrigins are the sites the reader's lookups ask (extension/lookup.js
// says the same), declared optional: the options page's switch requests
// them, and turning it off gives them back. "https://*/*" covers them
// already; they are named so that the manifest says what the switch asks.
var LookupOrigins = []string{"https://de.wikipedia.org/*", "https://en.wikipedia.org/*"}

// ExtensionCSP lets the extension's own pages and workers compile
// WebAssembly and nothing else beyond the default.
const ExtensionCSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"

// Manifest is the extension's manifest.json for browser b ("chromium" or
// "firefox"), with the served names of dist/'s assets from m.
//
// Permissions, each for one reason (docs/EXTENSION.md): activeTab (the tab
// the reader clicks in, for that click only), scripting (to run the content
// script there), contextMenus (the "always on this site" entry on the
// button), storage (the options page's lookups switch), and in Chromium
// offscreen (the engine's document: a service worker cannot start a
// Worker). Host permissions are optional: asked per site when the reader
// chooses "always", and for Wikipedia's two sites (LookupOrigins) when the
// reader turns lookups on in the options page.
func Manifest(b, version string, m manifest.Manifest) WebExtManifest {
	w := WebExtManifest{
		ManifestVersion:         3,
		Name:                    "__MSG_extName__",
		Description:             "__MSG_extDescription__",
		Version:                 version,
		DefaultLocale:           "en",
		Icons:                   icons(),
		Action:                  Action{DefaultTitle: "__MSG_actionTitle__", DefaultIcon: icons()},
		Permissions:             []string{"activeTab", "scripting", "contextMenus", "storage"},
		OptionalHostPermissions: append([]string{"http://*/*", "https://*/*"}, LookupOrigins...),
		Commands: map[string]Command{
			// _execute_action clicks the button (and grants activeTab).
			"_execute_action": {SuggestedKey: map[string]string{"default": "Alt+Shift+G"}, Description: "__MSG_commandToggle__"},
		},
		OptionsUI:              OptionsUI{Page: "options.html"},
		WebAccessibleResources: []WebAccessible{{Resources: []string{"glossline/" + m[manifest.AssetCSS]}, Matches: []string{"<all_urls>"}}},
		ContentSecurityPolicy:  CSP{ExtensionPages: ExtensionCSP},
	}
	switch b {
	case "firefox":
		w.Background = Background{Scripts: []string{"assets.js", "lookup.js", "engine.js", "background.js"}}
		// 140: the first Firefox with the data-collection declaration.
		w.Specific = &Specific{Gecko: Gecko{ID: GeckoID, StrictMinVersion: "140.0", DataCollection: DataCollection{Required: []string{"none"}}},
			GeckoAndroid: GeckoAndroid{StrictMinVersion: "142.0"}}
	default:
		w.Background = Background{ServiceWorker: "background.js"}
		w.Permissions = append(w.Permissions, "offscreen")
	}
	return w
}

// icons maps each of IconSizes to its file.
func icons() map[string]string {
	m := map[string]string{}
	for _, n := range IconSizes {
		m[strconv.Itoa(n)] = "icons/" + strconv.Itoa(n) + ".png"
	}
	return m
}
