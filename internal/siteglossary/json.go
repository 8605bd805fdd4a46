package siteglossary

import "strconv"

// A small, strict JSON reader for publisher glossaries. The wasm build may
// not link encoding/json, and a glossary needs only a value tree.
//
// Strict means: RFC 8259 syntax only (no comments, no trailing commas, no
// leading zeros, no NaN), valid UTF-8, no lone surrogates in escapes, no
// duplicate object keys, at most maxDepth nested containers and maxInput
// bytes. Every error carries the byte offset where it was found.

const (
	maxInput = 1 << 20 // bytes
	maxDepth = 16
)

// MaxJSONBytes and MaxJSONDepth are the limits of a publisher glossary's
// JSON: its size in bytes and how deeply its containers nest. A caller
// that decodes the JSON itself (see JSON) must enforce them.
const (
	MaxJSONBytes = maxInput
	MaxJSONDepth = maxDepth
)

type jsonKind uint8

const (
	jNull jsonKind = iota
	jBool
	jNumber
	jString
	jArray
	jObject
)

var jsonKindName = [...]string{"null", "boolean", "number", "string", "array", "object"}

func (k jsonKind) String() string { return jsonKindName[k] }

// jsonValue is one decoded JSON value. off is the byte offset where it
// starts in the input.
type jsonValue struct {
	kind jsonKind
	off  int
	b    bool
	s    string // string value, or the number's literal text
	arr  []jsonValue
	obj  []jsonField // in input order
}

type jsonField struct {
	key    string
	keyOff int
	val    jsonValue
}

// SyntaxError is a malformed publisher glossary: invalid JSON, or JSON that
// does not follow the schema (see SCHEMA.md). Offset is the byte offset in
// the input where the problem was found, or -1 for a glossary that came
// parsed (ParseSiteJSON); Path names the value in the schema
// ("entries[3].definition.de"), or is empty for a syntax error.
type SyntaxError struct {
	Offset int
	Path   string
	Msg    string
}

func (e *SyntaxError) Error() string {
	s := "glossary"
	if e.Offset >= 0 {
		s += ": byte " + strconv.Itoa(e.Offset)
	}
	if e.Path != "" {
		s += " (" + e.Path + ")"
	}
	return s + ": " + e.Msg
}

// JSON is a JSON value decoded by the caller, for ParseSiteJSON: the wasm
// lets the browser's JSON.parse read a publisher glossary and hands the
// result over, so that it need not carry a JSON reader of its own. Build
// it with JSONNull, JSONBool, JSONNumber, JSONString, JSONArray and
// JSONObject; its values have no byte offsets.
type JSON struct{ v jsonValue }

// JSONNull is null.
func JSONNull() JSON { return JSON{jsonValue{kind: jNull, off: -1}} }

// JSONBool is true or false.
func JSONBool(b bool) JSON { return JSON{jsonValue{kind: jBool, b: b, off: -1}} }

// JSONNumber is a number written as lit ("1", "2.5").
func JSONNumber(lit string) JSON { return JSON{jsonValue{kind: jNumber, s: lit, off: -1}} }

// JSONString is a string.
func JSONString(s string) JSON { return JSON{jsonValue{kind: jString, s: s, off: -1}} }

// JSONArray is an array of items.
func JSONArray(items []JSON) JSON {
	v := jsonValue{kind: jArray, off: -1, arr: make([]jsonValue, len(items))}
	for i := range items {
		v.arr[i] = items[i].v
	}
	return JSON{v}
}

// JSONObject is an object; keys[i] names vals[i] (the lists must have the
// same length; extra values are ignored).
func JSONObject(keys []string, vals []JSON) JSON {
	v := jsonValue{kind: jObject, off: -1, obj: make([]jsonField, 0, len(keys))}
	for i, k := range keys {
		if i < len(vals) {
			v.obj = append(v.obj, jsonField{key: k, keyOff: -1, val: vals[i].v})
		}
	}
	return JSON{v}
}
