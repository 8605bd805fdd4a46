//go:build js && wasm

package main

import (
	"errors"
	"strconv"

	"github.com/glossline/glossline/internal/glossary"
	"github.com/hack-pad/safejs"
)

// parseSite reads a publisher glossary with the browser's JSON.parse and
// hands the result to glossary.ParseSiteJSON, which checks it against the
// schema: the wasm carries no JSON reader of its own. The size and depth
// limits are glossary's.
func parseSite(text string) (*glossary.Site, error) {
	if len(text) > glossary.MaxJSONBytes {
		return nil, errors.New("glossary: larger than " + strconv.Itoa(glossary.MaxJSONBytes) + " bytes")
	}
	js, err := safejs.Global().Get("JSON")
	if err != nil {
		return nil, err
	}
	v, err := js.Call("parse", text)
	if err != nil {
		return nil, errors.New("glossary: invalid JSON")
	}
	keys, err := safejs.Global().Get("Object")
	if err != nil {
		return nil, err
	}
	isArray, err := safejs.Global().Get("Array")
	if err != nil {
		return nil, err
	}
	root, err := fromJS(v, keys, isArray, 0)
	if err != nil {
		return nil, err
	}
	return glossary.ParseSiteJSON(root)
}

// errUnreadable is a value JSON.parse cannot have returned.
var errUnreadable = errors.New("glossary: unreadable value")

// fromJS converts a value JSON.parse returned (object, array, string,
// number, boolean or null) into a glossary.JSON, depth containers deep.
func fromJS(v, object, array safejs.Value, depth int) (glossary.JSON, error) {
	switch v.Type() {
	case safejs.TypeNull:
		return glossary.JSONNull(), nil
	case safejs.TypeBoolean:
		b, err := v.Bool()
		return glossary.JSONBool(b), err
	case safejs.TypeNumber:
		f, err := v.Float()
		return glossary.JSONNumber(strconv.FormatFloat(f, 'g', -1, 64)), err
	case safejs.TypeString:
		s, err := v.String()
		return glossary.JSONString(s), err
	case safejs.TypeObject:
	default:
		return glossary.JSON{}, errUnreadable
	}
	if depth >= glossary.MaxJSONDepth {
		return glossary.JSON{}, errors.New("glossary: nested more than " + strconv.Itoa(glossary.MaxJSONDepth) + " levels")
	}
	list := v
	isArray, err := array.Call("isArray", v)
	if err != nil {
		return glossary.JSON{}, err
	}
	arr, _ := isArray.Bool()
	if !arr {
		if list, err = object.Call("keys", v); err != nil {
			return glossary.JSON{}, err
		}
	}
	n, err := list.Length()
	if err != nil {
		return glossary.JSON{}, err
	}
	var keys []string
	vals := make([]glossary.JSON, n)
	for i := range n {
		item, err := list.Index(i)
		if err != nil {
			return glossary.JSON{}, err
		}
		if !arr {
			k, err := item.String()
			if err != nil {
				return glossary.JSON{}, err
			}
			keys = append(keys, k)
			if item, err = v.Get(k); err != nil {
				return glossary.JSON{}, err
			}
		}
		if vals[i], err = fromJS(item, object, array, depth+1); err != nil {
			return glossary.JSON{}, err
		}
	}
	if arr {
		return glossary.JSONArray(vals), nil
	}
	return glossary.JSONObject(keys, vals), nil
}
