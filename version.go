package glossline

import "runtime/debug"

// modulePath is this module's path.
const modulePath = "github.com/glossline/glossline"

// Version returns the version of the glossline module in the running
// program, as the Go toolchain recorded it: a tag such as "v1.2.0", a
// pseudo-version ("v0.0.0-20261207135830-43e824be39a5") when built from a
// clone, or "(devel)" when the build recorded none (go run, go test).
// `glossline version` prints it.
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	m := &bi.Main
	if m.Path != modulePath {
		m = nil
		for _, d := range bi.Deps {
			if d.Path == modulePath {
				m = d
				if d.Replace != nil {
					m = d.Replace
				}
				break
			}
		}
	}
	if m == nil || m.Version == "" {
		return "(devel)"
	}
	return m.Version
}
