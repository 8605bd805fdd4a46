// Command speed times glossline's dates engine (temporal.Analyze) over the
// benchmark text: DIR/de.txt with the German rules and DIR/en.txt with the
// English ones, one pass each per run. It is built twice by the bench driver
// (internal/tools/bench): natively, and for js/wasm with the shipped wasm's
// toolchain and flags, to run under Node through wasm_exec_node.js, whose
// file system os.ReadFile uses. It does not touch syscall/js.
//
//	speed [-runs N] [-data FILE] DIR
//
// After one untimed warm-up pass (which also parses the language data) it
// runs N timed passes and prints one JSON object:
// {"bytes":…,"exprs":…,"first_ms":…,"runs_ms":[…]}.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/glossline/glossline/internal/datafile"
)

func main() {
	runs := flag.Int("runs", 5, "timed passes after the warm-up")
	data := flag.String("data", "internal/datafile/data/glossline.bin", "the data file (the vocabularies), which the wasm is given as the browser's is (natively it is embedded)")
	flag.Parse()
	if flag.NArg() != 1 || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: speed [-runs N] DIR (with de.txt and en.txt)")
		os.Exit(2)
	}
	de, en, err := readTexts(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "speed:", err)
		os.Exit(1)
	}
	if runtime.GOOS == "js" {
		debug.SetGCPercent(400) // as the shipped wasm's main does
		b, err := os.ReadFile(*data)
		if err == nil {
			err = datafile.Load(string(b))
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "speed: data file:", err)
			os.Exit(1)
		}
	}
	t0 := time.Now()
	exprs := pass(de, en)
	first := ms(time.Since(t0))
	var times []string
	for range *runs {
		t := time.Now()
		pass(de, en)
		times = append(times, strconv.FormatFloat(ms(time.Since(t)), 'f', 3, 64))
	}
	fmt.Printf(`{"bytes":%d,"exprs":%d,"first_ms":%.3f,"runs_ms":[%s]}`+"\n", len(de)+len(en), exprs, first, strings.Join(times, ","))
}

func ms(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }

// readTexts reads DIR/de.txt and DIR/en.txt.
func readTexts(dir string) (de, en string, err error) {
	b, err := os.ReadFile(filepath.Join(dir, "de.txt"))
	if err != nil {
		return "", "", err
	}
	c, err := os.ReadFile(filepath.Join(dir, "en.txt"))
	if err != nil {
		return "", "", err
	}
	return string(b), string(c), nil
}
