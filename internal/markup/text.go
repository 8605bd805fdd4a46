// Package markup turns an article into analysis text and an analysis result
// back into markup: the wrap-and-insert plan the browser applies, and the
// same markup rendered as HTML for the CLI and for baked pages.
//
// It is the only place where byte offsets into the analysis text become
// UTF-16 offsets into DOM text nodes.
package markup

// Flags describe where a text node sits in the article. See
// docs/ARCHITECTURE.md for the walker rules that set them.
type Flags uint8

const (
	// Block: a block boundary lies between this node and the previous one.
	Block Flags = 1 << iota
	// Link: the node is inside an <a> element.
	Link
	// Heading: the node is inside h1–h6.
	Heading
	// Caption: the node is inside a figcaption.
	Caption
	// Done: the node is inside existing glossline markup.
	Done
)

// Node is one DOM text node of the article, in document order.
type Node struct {
	Text  string
	Flags Flags
}
