package main

import (
	"io"
	"runtime/debug"
	"strconv"
	"strings"
)

// runVersion implements `glossline version`: the module version and the
// VCS revision the binary was built from, as the Go toolchain recorded them
// (runtime/debug.ReadBuildInfo).
func runVersion(args []string, stdout, stderr io.Writer) int {
	c := newCommand("version", "",
		`Print the version glossline was built from: the module version (a tag,
a pseudo-version such as v0.0.0-20260101120000-abcdef123456 when built in a
clone, or "(devel)" when the build recorded none), the VCS revision and
commit time when the build stamped them (go build -buildvcs=true, the
default in a clone), whether the tree had uncommitted changes, and the Go
version and platform.`,
		`glossline version
go run ./cmd/glossline version`, stdout, stderr)
	if code, ok := c.parse(args); !ok {
		return code
	}
	if c.fs.NArg() > 0 {
		return c.usage("no arguments expected, got " + quoteArgs(c.fs.Args()))
	}
	bi, ok := debug.ReadBuildInfo()
	io.WriteString(stdout, versionText(bi, ok))
	return 0
}

// versionText formats what the build recorded:
//
//	glossline v0.0.0-20260101120000-abcdef123456
//	revision abcdef1234567890… (2026-01-01T12:00:00Z, modified)
//	go1.26.8 linux/amd64
//
// The revision line is left out when the build stamped none; the version
// is "(devel)" when it recorded none.
func versionText(bi *debug.BuildInfo, ok bool) string {
	version, goVersion := "", ""
	settings := map[string]string{}
	if ok && bi != nil {
		version, goVersion = bi.Main.Version, bi.GoVersion
		for _, s := range bi.Settings {
			settings[s.Key] = s.Value
		}
	}
	if version == "" {
		version = "(devel)"
	}
	var b strings.Builder
	b.WriteString("glossline " + version + "\n")
	if rev := settings["vcs.revision"]; rev != "" {
		b.WriteString("revision " + rev)
		var notes []string
		if t := settings["vcs.time"]; t != "" {
			notes = append(notes, t)
		}
		if settings["vcs.modified"] == "true" {
			notes = append(notes, "modified")
		}
		if len(notes) > 0 {
			b.WriteString(" (" + strings.Join(notes, ", ") + ")")
		}
		b.WriteString("\n")
	}
	if goVersion != "" {
		b.WriteString(goVersion)
		if goos, goarch := settings["GOOS"], settings["GOARCH"]; goos != "" && goarch != "" {
			b.WriteString(" " + goos + "/" + goarch)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// quoteArgs lists arguments for a message: "a" "b".
func quoteArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = strconv.Quote(a)
	}
	return strings.Join(q, " ")
}
