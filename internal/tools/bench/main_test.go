package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

func TestParseEvalRow(t *testing.T) {
	out := `corpus                                        docs  gold   sys |  str-P  str-R str-F1 |  rel-P  rel-R rel-F1 |   type  value
/c/en-tbaq                                     256  1822  1395 |  70.61  54.06  61.24 |  86.24  66.03  74.79 |  63.66  48.55
/c/en-tbaq/AQUAINT                              73   579   421 |  70.00  50.00  58.00 |  80.00  60.00  70.00 |  60.00  45.00
/c/ww                                           22  2217  1145 |  68.73  35.50  46.82 |  81.22  41.95  55.32 |      -  14.10
`
	s, err := parseEvalRow([]byte(out), "/c/en-tbaq")
	if err != nil {
		t.Fatal(err)
	}
	if s.Docs != 256 || s.Gold != 1822 || s.Sys != 1395 || s.StrictF != 61.24 || s.RelaxedF != 74.79 || s.TypeF != 63.66 || s.ValueF != 48.55 {
		t.Errorf("row = %+v", s)
	}
	w, err := parseEvalRow([]byte(out), "/c/ww")
	if err != nil {
		t.Fatal(err)
	}
	if w.TypeF != -1 || w.ValueF != 14.10 {
		t.Errorf("TIMEX2 row = %+v, want type -1 (none) and value 14.10", w)
	}
	if _, err := parseEvalRow([]byte(out), "/c/none"); err == nil {
		t.Error("missing row: no error")
	}
}

func TestParseGoBench(t *testing.T) {
	out := `goos: linux
BenchmarkPass-2   	      24	  80000000 ns/op	  16.00 MB/s
BenchmarkPass-2   	      25	  40000000 ns/op	  32.00 MB/s
BenchmarkPass-2   	      25	  50000000 ns/op	  25.60 MB/s
PASS
`
	s, err := parseGoBench([]byte(out), "native")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.RunsMS) != 3 || s.median() != 50 || s.Bytes != 1280000 {
		t.Errorf("speed = %+v (median %v), want 3 runs, median 50 ms, 1.28 MB", s, s.median())
	}
	if got := s.mbps(); got < 25.59 || got > 25.61 {
		t.Errorf("MB/s = %v, want 25.6", got)
	}
	if _, err := parseGoBench([]byte("PASS\n"), "native"); err == nil {
		t.Error("no benchmark lines: no error")
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestPlotsAreXML: both plots parse as XML and carry every system's name,
// also one that needs escaping.
func TestPlotsAreXML(t *testing.T) {
	scores := map[string][]score{
		"en-tbaq":                {{System: "glossline", ValueF: 81.1, RelaxedF: 90}, {System: "compromise", ValueF: 40, RelaxedF: 80}},
		"de-krauts-dolomiten100": {{System: "glossline", ValueF: 79.4, RelaxedF: 88}, {System: "chrono-de", ValueF: 22, RelaxedF: 47}},
	}
	speeds := []speed{{System: "glossline <native>", Bytes: 1e6, RunsMS: []float64{50}}, {System: "chrono-node", Bytes: 1e6, RunsMS: []float64{1000}}}
	for name, svg := range map[string]string{"accuracy": accuracyPlot(scores), "speed": speedPlot(speeds)} {
		dec := xml.NewDecoder(strings.NewReader(svg))
		var text bytes.Buffer
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s plot: %v", name, err)
			}
			if cd, ok := tok.(xml.CharData); ok {
				text.Write(cd)
			}
		}
		want := []string{"glossline", "compromise-dates", "chrono-node (chrono.de)"}
		if name == "speed" {
			want = []string{"glossline <native>", "chrono-node", "20.0"}
		}
		for _, w := range want {
			if !strings.Contains(text.String(), w) {
				t.Errorf("%s plot lacks %q", name, w)
			}
		}
	}
}
