// Package broken does not compile: testsum must pass its build errors on.
package broken

import "testing"

func TestBroken(t *testing.T) { undefinedName() }
