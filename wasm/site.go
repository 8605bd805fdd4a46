//go:build js && wasm

package main

import (
	"errors"
	"strconv"

	"github.com/glossline/glossline/internal/siteglossary"
	"github.com/hack-pad/safejs"
)

// parseSite reads a publisher glossary with the browser's JSON.parse and
// hands the result to siteglossary.ParseSiteJSON, which checks it against the
// schema: the wasm carries no JSON reader of its own. The size and depth
// limits are glossary's.
func parseSite(text string) (*siteglossary.Site, error) {
	if len(text) > siteglossary.MaxJSONBytes {
		return nil, errors.New("glossary: larger than " + strconv.Itoa(siteglossary.MaxJSONBytes) + " bytes")
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
	return siteglossary.ParseSiteJSON(root)
}

// errUnreadable is a value JSON.parse cannot have returned.
var errUnreadable = errors.New("glossary: unreadable value")

// fromJS converts a value JSON.parse returned (object, array, string,
// number, boolean or null) into a siteglossary.JSON, depth containers deep.
func fromJS(v, object, array safejs.Value, depth int) (siteglossary.JSON, error) {
	switch v.Type() {
	case safejs.TypeNull:
		return siteglossary.JSONNull(), nil
	case safejs.TypeBoolean:
		b, err := v.Bool()
		return siteglossary.JSONBool(b), err
	case safejs.TypeNumber:
		f, err := v.Float()
		return siteglossary.JSONNumber(strconv.FormatFloat(f, 'g', -1, 64)), err
	case safejs.TypeString:
		s, err := v.String()
		return siteglossary.JSONString(s), err
	case safejs.TypeObject:
	default:
		return siteglossary.JSON{}, errUnreadable
	}
	if depth >= siteglossary.MaxJSONDepth {
		return siteglossary.JSON{}, errors.New("glossary: nested more than " + strconv.Itoa(siteglossary.MaxJSONDepth) + " levels")
	}
	list := v
	isArray, err := array.Call("isArray", v)
	if err != nil {
		return siteglossary.JSON{}, err
	}
	arr, _ := isArray.Bool()
	if !arr {
		if list, err = object.Call("keys", v); err != nil {
			return siteglossary.JSON{}, err
		}
	}
	n, err := list.Length()
	if err != nil {
		return siteglossary.JSON{}, err
	}
	var keys []string
	vals := make([]siteglossary.JSON, n)
	for i := range n {
		item, err := list.Index(i)
		if err != nil {
			return siteglossary.JSON{}, err
		}
		if !arr {
			k, err := item.String()
			if err != nil {
				return siteglossary.JSON{}, err
			}
			keys = append(keys, k)
			if item, err = v.Get(k); err != nil {
				return siteglossary.JSON{}, err
			}
		}
		if vals[i], err = fromJS(item, object, array, depth+1); err != nil {
			return siteglossary.JSON{}, err
		}
	}
	if arr {
		return siteglossary.JSONArray(vals), nil
	}
	return siteglossary.JSONObject(keys, vals), nil
}
