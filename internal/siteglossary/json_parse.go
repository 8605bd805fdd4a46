//go:build !js

package siteglossary

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The JSON reader itself is native only: the wasm hands ParseSiteJSON the
// browser's JSON.parse result instead (see JSON), which keeps ~20 KB of
// code out of what every reader downloads.

type jsonParser struct {
	s     []byte
	i     int
	depth int
}

// parseJSON decodes exactly one JSON value (surrounded by optional white
// space) from data.
func parseJSON(data []byte) (jsonValue, error) {
	if len(data) > maxInput {
		return jsonValue{}, &SyntaxError{Offset: maxInput, Msg: "input larger than " + strconv.Itoa(maxInput) + " bytes"}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		return jsonValue{}, &SyntaxError{Offset: off, Msg: "invalid UTF-8"}
	}
	p := &jsonParser{s: data}
	p.skipSpace()
	var v jsonValue
	err := p.value(&v)
	if err == nil {
		p.skipSpace()
		if p.i != len(p.s) {
			err = p.errf("unexpected data after the top-level value")
		}
	}
	if err != nil {
		return jsonValue{}, err
	}
	return v, nil
}

func (p *jsonParser) errf(msg string) error {
	return &SyntaxError{Offset: p.i, Msg: msg}
}

func (p *jsonParser) skipSpace() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// value reads the value at p.i into v.
func (p *jsonParser) value(v *jsonValue) error {
	if p.i >= len(p.s) {
		return p.errf("unexpected end of input, expected a value")
	}
	v.off = p.i
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object(v)
	case c == '[':
		return p.array(v)
	case c == '"':
		v.kind = jString
		var err error
		v.s, err = p.str()
		return err
	case c == 't':
		v.kind, v.b = jBool, true
		return p.literal("true")
	case c == 'f':
		v.kind = jBool
		return p.literal("false")
	case c == 'n':
		v.kind = jNull
		return p.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		return p.number(v)
	default:
		return p.errf("unexpected character " + strconv.QuoteRune(rune(c)) + ", expected a value")
	}
}

func (p *jsonParser) literal(word string) error {
	if len(p.s)-p.i < len(word) || string(p.s[p.i:p.i+len(word)]) != word {
		return p.errf("invalid literal, expected " + word)
	}
	p.i += len(word)
	return nil
}

func (p *jsonParser) number(v *jsonValue) error {
	off := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	if p.i < len(p.s) && p.s[p.i] == '0' {
		p.i++
		if p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			return p.errf("leading zero in number")
		}
	} else if p.digits() == 0 {
		return p.errf("invalid number")
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if p.digits() == 0 {
			return p.errf("invalid number: digit expected after '.'")
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if p.digits() == 0 {
			return p.errf("invalid number: digit expected in exponent")
		}
	}
	v.kind, v.s = jNumber, string(p.s[off:p.i])
	return nil
}

// digits skips the decimal digits at p.i and returns how many there were.
func (p *jsonParser) digits() int {
	n := 0
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
		n++
	}
	return n
}

func (p *jsonParser) str() (string, error) {
	p.i++ // opening quote
	var buf []byte
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return string(buf), nil
		case c < 0x20:
			return "", p.errf("control character in string")
		case c != '\\':
			buf = append(buf, c)
			p.i++
			continue
		}
		// escape
		if p.i+1 >= len(p.s) {
			break
		}
		e := p.s[p.i+1]
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := p.hex4(p.i + 2)
			if !ok {
				return "", p.errf("invalid \\u escape")
			}
			n := 6
			if utf16.IsSurrogate(r) {
				r2, ok := rune(0), false
				if p.i+7 < len(p.s) && p.s[p.i+6] == '\\' && p.s[p.i+7] == 'u' {
					r2, ok = p.hex4(p.i + 8)
				}
				dec := utf16.DecodeRune(r, r2)
				if !ok || dec == utf8.RuneError {
					return "", p.errf("lone surrogate in \\u escape")
				}
				r, n = dec, 12
			}
			buf = utf8.AppendRune(buf, r)
			p.i += n
			continue
		default:
			return "", p.errf("invalid escape \\" + string(rune(e)))
		}
		p.i += 2
	}
	return "", p.errf("unterminated string")
}

func (p *jsonParser) hex4(i int) (rune, bool) {
	if i+4 > len(p.s) {
		return 0, false
	}
	var r rune
	for _, c := range p.s[i : i+4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

func (p *jsonParser) enter() error {
	p.depth++
	if p.depth > maxDepth {
		return p.errf("nesting deeper than " + strconv.Itoa(maxDepth))
	}
	return nil
}

func (p *jsonParser) array(v *jsonValue) error {
	v.kind = jArray
	if err := p.enter(); err != nil {
		return err
	}
	p.i++
	p.skipSpace()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		p.depth--
		return nil
	}
	for {
		p.skipSpace()
		v.arr = append(v.arr, jsonValue{})
		if err := p.value(&v.arr[len(v.arr)-1]); err != nil {
			return err
		}
		p.skipSpace()
		if p.i >= len(p.s) {
			return p.errf("unexpected end of input in array")
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			p.depth--
			return nil
		default:
			return p.errf("expected ',' or ']' in array")
		}
	}
}

func (p *jsonParser) object(v *jsonValue) error {
	v.kind = jObject
	if err := p.enter(); err != nil {
		return err
	}
	p.i++
	p.skipSpace()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		p.depth--
		return nil
	}
	seen := map[string]bool{}
	for {
		p.skipSpace()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return p.errf("expected a string key in object")
		}
		keyOff := p.i
		key, err := p.str()
		if err != nil {
			return err
		}
		if seen[key] {
			return &SyntaxError{Offset: keyOff, Msg: "duplicate key " + strconv.Quote(key)}
		}
		seen[key] = true
		p.skipSpace()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return p.errf("expected ':' after object key")
		}
		p.i++
		p.skipSpace()
		v.obj = append(v.obj, jsonField{key: key, keyOff: keyOff})
		if err := p.value(&v.obj[len(v.obj)-1].val); err != nil {
			return err
		}
		p.skipSpace()
		if p.i >= len(p.s) {
			return p.errf("unexpected end of input in object")
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			p.depth--
			return nil
		default:
			return p.errf("expected ',' or '}' in object")
		}
	}
}
