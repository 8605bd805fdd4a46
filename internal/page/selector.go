package page

import (
	"errors"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// selector is a compound selector: an optional tag, ids, classes and
// attribute tests, all of which must hold.
type selector struct {
	tag     string // lower case; "" for any
	ids     []string
	classes []string
	attrs   []attrTest
}

// attrTest is [key] (hasValue false) or [key=value].
type attrTest struct {
	key, value string
	hasValue   bool
}

// parseSelector parses target (see Parse). Combinators, pseudo-classes and
// attribute operators other than "=" are not supported.
func parseSelector(target string) (*selector, error) {
	bad := func(why string) (*selector, error) {
		return nil, errors.New("bad selector " + strconv.Quote(target) + ": " + why)
	}
	s := strings.TrimSpace(target)
	sel := &selector{}
	i := identEnd(s, 0)
	sel.tag = strings.ToLower(s[:i])
	if sel.tag == "*" {
		sel.tag = ""
	}
	if i == 0 && strings.HasPrefix(s, "*") {
		i = 1
	}
	for i < len(s) {
		switch s[i] {
		case '#', '.':
			j := identEnd(s, i+1)
			if j == i+1 {
				return bad("empty name after " + s[i:i+1])
			}
			if s[i] == '#' {
				sel.ids = append(sel.ids, s[i+1:j])
			} else {
				sel.classes = append(sel.classes, s[i+1:j])
			}
			i = j
		case '[':
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return bad("missing ]")
			}
			body := strings.TrimSpace(s[i+1 : i+j])
			i += j + 1
			key, value, hasValue := strings.Cut(body, "=")
			key = strings.ToLower(strings.TrimSpace(key))
			if key == "" || identEnd(key, 0) != len(key) {
				return bad("bad attribute name")
			}
			if hasValue {
				value = strings.TrimSpace(value)
				if n := len(value); n >= 2 && (value[0] == '"' || value[0] == '\'') && value[n-1] == value[0] {
					value = value[1 : n-1]
				} else if strings.ContainsAny(value, "\"' ") {
					return bad("bad attribute value")
				}
			}
			sel.attrs = append(sel.attrs, attrTest{key, value, hasValue})
		default:
			return bad("unsupported " + strings.TrimSpace(s[i:]))
		}
	}
	if sel.tag == "" && len(sel.ids) == 0 && len(sel.classes) == 0 && len(sel.attrs) == 0 && s != "*" {
		return bad("empty")
	}
	return sel, nil
}

// identEnd returns the end of the CSS identifier (letters, digits, "-",
// "_", non-ASCII) starting at i in s.
func identEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c >= 0x80) {
			break
		}
		i++
	}
	return i
}

// matches reports whether the element n matches the selector.
func (s *selector) matches(n *html.Node) bool {
	if n.Type != html.ElementNode || s.tag != "" && n.Data != s.tag {
		return false
	}
	for _, id := range s.ids {
		if attr(n, "id") != id {
			return false
		}
	}
	for _, c := range s.classes {
		if !hasClass(n, c) {
			return false
		}
	}
	for _, a := range s.attrs {
		if !hasAttr(n, a.key) || a.hasValue && attr(n, a.key) != a.value {
			return false
		}
	}
	return true
}
