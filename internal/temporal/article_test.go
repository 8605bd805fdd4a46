package temporal_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/eval"
	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/shared"
	"github.com/glossline/glossline/internal/temporal"
	"github.com/glossline/glossline/internal/text"
)

type goldTimex struct {
	Text     string `json:"text"`
	Start    int    `json:"start"` // code points
	Type     string `json:"type"`
	Value    string `json:"value"`
	Mod      string `json:"mod"`
	Required bool   `json:"required"`
}

type gold struct {
	Ref      string      `json:"reference_date_without_metadata"`
	Timexes  []goldTimex `json:"timexes"`
	MustNots []struct {
		Text    string `json:"text"`
		Context string `json:"context"`
	} `json:"must_not_be_dates"`
}

// byteOffset converts a code-point offset into a byte offset of text.
func byteOffset(text string, cp int) int {
	n := 0
	for i := range text {
		if n == cp {
			return i
		}
		n++
	}
	return len(text)
}

// TestExampleArticle checks the example article against its hand-made gold
// annotation, with no reference date given: the reference is inferred,
// every required expression is found with its exact value, and nothing in
// must_not_be_dates is marked.
func TestExampleArticle(t *testing.T) {
	txt, err := os.ReadFile(shared.Path(t, "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		t.Fatal(err)
	}
	gb, err := os.ReadFile(shared.Path(t, "articles", "kim-putin-summit.de.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(gb, &g); err != nil {
		t.Fatal(err)
	}
	text := string(txt)
	res := temporal.AnalyzeString(text, temporal.Options{Lang: "de"})
	if res.Ref.String() != g.Ref || !res.Inferred {
		t.Errorf("reference date %v (inferred %v), want %s inferred", res.Ref, res.Inferred, g.Ref)
	}
	for _, x := range g.Timexes {
		if !x.Required {
			continue
		}
		start := byteOffset(text, x.Start)
		end := start + len(x.Text)
		if text[start:end] != x.Text {
			t.Fatalf("gold offset of %q does not match the text", x.Text)
		}
		t.Run(x.Text, func(t *testing.T) {
			for _, e := range res.Exprs {
				if e.Start < end && e.End > start {
					if e.Value != x.Value {
						t.Errorf("%q valued %s, want %s", text[e.Start:e.End], e.Value, x.Value)
					}
					if e.Type != x.Type || e.Mod != x.Mod {
						t.Errorf("%q is %s/%s, want %s/%s", text[e.Start:e.End], e.Type, e.Mod, x.Type, x.Mod)
					}
					return
				}
			}
			t.Errorf("%q at %d not found", x.Text, start)
		})
	}
	for _, m := range g.MustNots {
		t.Run("not "+m.Text, func(t *testing.T) {
			ctx := m.Context
			if ctx == "" {
				ctx = m.Text
			}
			found := 0
			for off := 0; ; {
				i := strings.Index(text[off:], ctx)
				if i < 0 {
					break
				}
				s := off + i + strings.Index(ctx, m.Text)
				found++
				for _, e := range res.Exprs {
					if e.Start < s+len(m.Text) && e.End > s {
						t.Errorf("%q marked as a date (%q %s)", m.Text, text[e.Start:e.End], e.Value)
					}
				}
				off += i + len(ctx)
			}
			if found == 0 {
				t.Fatalf("%q not in the article", ctx)
			}
		})
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// corpusText returns the plain text of every shared corpus document.
func corpusText(b *testing.B) []string {
	dir := shared.Path(b, "corpora")
	var texts []string
	for _, c := range []struct{ dir, tag string }{
		{"en-tbaq", eval.TIMEX3}, {"de-krauts-dolomiten100", eval.TIMEX3}, {"de-wikiwarsde", eval.TIMEX2},
	} {
		docs, err := eval.ReadDir(filepath.Join(dir, c.dir), c.tag)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			texts = append(texts, d.Text)
		}
	}
	return texts
}

// corpusDocs returns the shared corpora as Docs split into sentences, the
// language of each, and their total length in bytes.
func corpusDocs(b *testing.B) (docs []*text.Doc, langs []string, n int) {
	for _, s := range corpusText(b) {
		lang := "de"
		if strings.Count(s, " the ") > strings.Count(s, " der ") {
			lang = "en"
		}
		d := text.New(s)
		segment.Split(d, lang)
		docs = append(docs, d)
		langs = append(langs, lang)
		n += len(s)
	}
	return docs, langs, n
}

// BenchmarkCorpora runs recognition and resolution over the whole text of
// the shared corpora (about 1.3 MB of text in 378 documents), given as
// Docs: the engine's own cost.
func BenchmarkCorpora(b *testing.B) {
	docs, langs, n := corpusDocs(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i, d := range docs {
			temporal.Analyze(d, temporal.Options{Lang: langs[i]})
		}
	}
}

// BenchmarkCorporaWithDoc is BenchmarkCorpora with the Doc built from the
// string each time (text.New; the engine does not need the sentences): the
// cost of the dates alone, all tokenizing included.
func BenchmarkCorporaWithDoc(b *testing.B) {
	docs, langs, n := corpusDocs(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i, d := range docs {
			temporal.Analyze(text.New(d.Text), temporal.Options{Lang: langs[i]})
		}
	}
}

// BenchmarkSize analyses one long input of 1 MB and 10 MB built from the
// German corpora: time and allocations per byte should stay flat.
func BenchmarkSize(b *testing.B) {
	var sb strings.Builder
	for _, s := range corpusText(b) {
		sb.WriteString(s)
		sb.WriteString("\n\n")
	}
	all := sb.String()
	for _, size := range []int{1 << 20, 10 << 20} {
		var in strings.Builder
		for in.Len() < size {
			in.WriteString(all)
		}
		d := text.New(in.String()[:size]) // cut at text.MaxLen
		segment.Split(d, "de")
		b.Run(strconv.Itoa(size>>20)+"MB", func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			b.ReportAllocs()
			for range b.N {
				temporal.Analyze(d, temporal.Options{Lang: "de"})
			}
		})
	}
}
