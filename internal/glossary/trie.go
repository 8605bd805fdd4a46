package glossary

// suffixTrie holds the noun lists as reversed strings, so that one walk
// from the end of a word finds every listed noun the word ends in (its
// compound heads) without hashing each tail.
type suffixTrie struct {
	nodes []trieNode
}

type trieNode struct {
	kids []trieKid
	bits uint8  // lists the word ending here is in (nCommon, …)
	kind string // classifier kind, when bits has nClassifier
}

type trieKid struct {
	b    byte
	next int32
}

func (t *suffixTrie) insert(w string, bits uint8, kind string) {
	if len(t.nodes) == 0 {
		t.nodes = append(t.nodes, trieNode{})
	}
	n := int32(0)
	for i := len(w) - 1; i >= 0; i-- {
		n = t.child(n, w[i], true)
	}
	t.nodes[n].bits |= bits
	if kind != "" {
		t.nodes[n].kind = kind
	}
}

func (t *suffixTrie) child(n int32, b byte, create bool) int32 {
	for _, k := range t.nodes[n].kids {
		if k.b == b {
			return k.next
		}
	}
	if !create {
		return -1
	}
	t.nodes = append(t.nodes, trieNode{})
	next := int32(len(t.nodes) - 1)
	t.nodes[n].kids = append(t.nodes[n].kids, trieKid{b, next})
	return next
}

// heads walks f from its end and calls fn for every listed noun that f
// ends in, shortest first, where the tail is a compound head: the whole
// word, the part after a hyphen, or (when tails is set) any tail of at
// least 3 bytes starting on a rune boundary.
func (t *suffixTrie) heads(f string, tails bool, fn func(n *trieNode)) {
	if len(t.nodes) == 0 {
		return
	}
	n := int32(0)
	for i := len(f) - 1; i >= 0; i-- {
		n = t.child(n, f[i], false)
		if n < 0 {
			return
		}
		node := &t.nodes[n]
		if node.bits == 0 {
			continue
		}
		if i == 0 || f[i-1] == '-' || tails && len(f)-i >= 3 && isRuneStart(f[i]) {
			fn(node)
		}
	}
}
