package datafile

import (
	"errors"
	"hash/fnv"
	"strconv"
	"strings"
	"sync"
)

// The language tables and the knowledge base travel as one data file,
// data/glossline.bin, written by the generators in the packages' tests
// (package tablegen's UpdateFile). Native programs embed it (embed.go); the
// wasm is given it by the page at start (Load), so that the vocabularies —
// data, not code — are no part of the module V8 compiles and caches. The
// build serves it as glossline-kb.bin.
//
// The file is a header line and named sections, in the order of their
// names:
//
//	glossline-data 1 <schema> <sum>\n
//	<name> <length>\n<bytes>
//	…
//
// where <sum> is the FNV-1a 64-bit sum of everything after the header line
// in hexadecimal, and <schema> the sum of the sections named "schema.*":
// what each generator says its sections must agree with in the program —
// a format version and the sum of the Go it generated beside them (the
// distinct values, the short lists). Schema (sum_gen.go) is the schema of
// this build: a file of another schema is refused, and so is one whose sum
// does not match its bytes. An edit of the words alone changes the file,
// not the schema, so it does not change the wasm either: V8's cached code
// and the wasm's name stay. A package reads its sections (Section) once,
// at its first use; a section is a slice of the file, nothing is parsed or
// copied.

// Magic starts the data file.
const Magic = "glossline-data 1 "

// ErrRefused is returned by Load, and by Err, for a file that is not a
// data file of this build's schema, or is damaged.
var ErrRefused = errors.New("not glossline's data file for this build")

// ErrMissing is returned by Err when no data file was given.
var ErrMissing = errors.New("no data file given")

var (
	mu      sync.Mutex
	file    string // the whole file, set by embedding or Load
	checked bool
	fileErr error
)

// Load gives the program the data file (glossline-kb.bin of the same
// build), when it does not embed it (the wasm). It checks the file and
// keeps it; it must come before the first use of any engine. After a
// refusal the earlier file, if any, stays.
func Load(data string) error {
	if err := check(data); err != nil {
		return err
	}
	mu.Lock()
	defer mu.Unlock()
	file, checked, fileErr = data, true, nil
	return nil
}

// Err reports whether the program has a data file of this build: nil, or
// ErrMissing or ErrRefused. Without one every Section is "".
func Err() error {
	mu.Lock()
	defer mu.Unlock()
	return checkLocked()
}

func checkLocked() error {
	if !checked {
		fileErr, checked = check(file), true
	}
	return fileErr
}

// Section returns the section of the data file with that name ("" when the
// file lacks it, or has not been given or was refused).
func Section(name string) string {
	mu.Lock()
	defer mu.Unlock()
	if checkLocked() != nil {
		return ""
	}
	s, _ := find(file, name)
	return s
}

// check checks a data file: its header, its sum and its sections' frame.
func check(data string) error {
	if data == "" {
		return ErrMissing
	}
	head, rest, ok := strings.Cut(data, "\n")
	if !ok || !strings.HasPrefix(head, Magic) {
		return ErrRefused
	}
	schema, sum, ok := strings.Cut(head[len(Magic):], " ")
	if !ok || schema != Schema || FileSum(rest) != sum {
		return ErrRefused
	}
	if _, ok := find(data, ""); !ok {
		return ErrRefused
	}
	return nil
}

// find returns the section name of a data file, walking its frame; with
// name "" it reports whether the whole frame is sound.
func find(data, name string) (string, bool) {
	_, rest, _ := strings.Cut(data, "\n")
	for rest != "" {
		line, r, ok := strings.Cut(rest, "\n")
		n0, num, ok2 := strings.Cut(line, " ")
		n, err := strconv.Atoi(num)
		if !ok || !ok2 || err != nil || n < 0 || n > len(r) {
			return "", false
		}
		if name != "" && n0 == name {
			return r[:n], true
		}
		rest = r[n:]
	}
	return "", name == ""
}

// FileSum is the FNV-1a 64-bit sum of s in hexadecimal (the data file's
// sum of everything after its header line, and of its schema sections).
func FileSum(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return strconv.FormatUint(h.Sum64(), 16)
}
