package glossary

import (
	"errors"
	"hash/fnv"
	"strconv"
	"strings"
	"sync"
)

// The built-in knowledge base travels as a data file of its own,
// data/kb.bin, generated from package kb's files and the lexicon
// (TestKBIndexGenerated). Native programs embed it (knowledge_embed.go);
// the wasm is given it by the page at start (LoadKnowledge), so that the
// knowledge base — data, not code — is no part of the module V8 compiles
// and caches, and a change of its entries does not change the wasm.
//
// The file is a header line and one section per language, in langIndex
// order:
//
//	glossline-kb 1 <sum>\n
//	de <length>\n<blob>
//	en <length>\n<blob>
//
// where <sum> is the FNV-1a 64-bit sum of everything after the header line
// in hexadecimal, and each blob is in the format decodeKB reads. kbSum
// (kbsum_gen.go) is the sum of the file this build was generated with: a
// file from another build is refused.

// kbMagic starts the knowledge-base file.
const kbMagic = "glossline-kb 1 "

var (
	kbMu    sync.Mutex
	kbFile  string // the whole file; set by embedding or LoadKnowledge
	kbBlobs [2]string
	kbRead  bool
)

// ErrNoKnowledge is returned by LoadKnowledge for a file that is not the
// knowledge base of this build.
var ErrNoKnowledge = errors.New("not glossline's knowledge base for this build")

// LoadKnowledge gives the glossary the knowledge-base file (glossline-kb.bin
// of the same build), when the program does not embed it (the wasm). It
// checks the file and keeps it; it must come before the first Find that
// is to use it. Without it, or after a refusal, Find works without the
// built-in knowledge base.
func LoadKnowledge(data string) error {
	blobs, err := splitKnowledge(data)
	if err != nil {
		return err
	}
	kbMu.Lock()
	defer kbMu.Unlock()
	kbFile, kbBlobs, kbRead = data, blobs, true
	return nil
}

// kbBlob returns the blob of language index li, "" without a knowledge base.
func kbBlob(li int) string {
	kbMu.Lock()
	defer kbMu.Unlock()
	if !kbRead {
		kbBlobs, _ = splitKnowledge(kbFile) // the embedded file; refused, no knowledge base
		kbRead = true
	}
	return kbBlobs[li]
}

// splitKnowledge checks a knowledge-base file and returns its blobs.
func splitKnowledge(data string) (blobs [2]string, err error) {
	if data == "" {
		return blobs, nil
	}
	head, rest, ok := strings.Cut(data, "\n")
	if !ok || !strings.HasPrefix(head, kbMagic) || head[len(kbMagic):] != kbSum || knowledgeSum(rest) != kbSum {
		return blobs, ErrNoKnowledge
	}
	for li, lang := range languages {
		line, r, ok := strings.Cut(rest, "\n")
		name, num, ok2 := strings.Cut(line, " ")
		n, err := strconv.Atoi(num)
		if !ok || !ok2 || name != lang || err != nil || n < 0 || n > len(r) {
			return [2]string{}, ErrNoKnowledge
		}
		blobs[li], rest = r[:n], r[n:]
	}
	if rest != "" {
		return [2]string{}, ErrNoKnowledge
	}
	return blobs, nil
}

// knowledgeSum is the FNV-1a 64-bit sum of s in hexadecimal.
func knowledgeSum(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return strconv.FormatUint(h.Sum64(), 16)
}
