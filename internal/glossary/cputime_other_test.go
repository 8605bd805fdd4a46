//go:build !unix

package glossary

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
