package glossary

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/shared"
	"github.com/glossline/glossline/internal/text"
)

// stripTags removes markup crudely: everything from '<' to the next '>'.
// Enough for benchmark input; not a parser.
func stripTags(s string) string {
	if i := strings.Index(s, "<TEXT>"); i >= 0 {
		s = s[i:]
	}
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			in = true
		case c == '>':
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}

type benchDoc struct {
	lang, text string
}

// corpusDocs reads the shared corpora's documents as plain text.
func corpusDocs(b *testing.B) []benchDoc {
	var docs []benchDoc
	for _, c := range []struct{ lang, glob string }{
		{"de", "corpora/de-krauts-dolomiten100/*.tml"},
		{"de", "corpora/de-wikiwarsde/keyinline/*.xml"},
		{"en", "corpora/en-tbaq/*/*.tml"},
	} {
		files, err := filepath.Glob(filepath.Join(shared.Dir(b), c.glob))
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, benchDoc{c.lang, stripTags(string(raw))})
		}
	}
	if len(docs) == 0 {
		b.Skip("no corpus documents found")
	}
	return docs
}

// BenchmarkFind measures term finding and definition mining together over
// the shared corpora (German and English news and Wikipedia text), on
// documents tokenized and split into sentences outside the timing: the
// engine's own cost, as package analyze pays it for a Doc the engines
// share.
func BenchmarkFind(b *testing.B) {
	benchFind(b, false)
}

// BenchmarkFindText is BenchmarkFind from the string: text.New and
// segment.Split included in the timing.
func BenchmarkFindText(b *testing.B) {
	benchFind(b, true)
}

func benchFind(b *testing.B, fromText bool) {
	docs := corpusDocs(b)
	total := 0
	ds := make([]*text.Doc, len(docs))
	for i, d := range docs {
		total += len(d.text)
		ds[i] = doc(d.text, d.lang)
	}
	// load the knowledge base outside the timing
	findText("Der UN-Sicherheitsrat tagte.", Options{Lang: "de"})
	findText("The UN Security Council met.", Options{Lang: "en"})
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0, ok := cpuTime()
	n := 0
	for b.Loop() {
		for i, d := range docs {
			if fromText {
				findText(d.text, Options{Lang: d.lang})
			} else {
				Find(ds[i], Options{Lang: d.lang})
			}
		}
		n++
	}
	// Throughput per CPU-second: the machine may be shared, which slows
	// the wall clock but not the work done.
	if cpu1, ok2 := cpuTime(); ok && ok2 && cpu1 > cpu0 {
		b.ReportMetric(float64(total)*float64(n)/1e6/(cpu1-cpu0).Seconds(), "MB/cpu-s")
	}
}

// BenchmarkFindExample measures the example article alone, tokenized and
// split into sentences outside the timing.
func BenchmarkFindExample(b *testing.B) {
	raw, err := os.ReadFile(shared.Path(b, "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		b.Fatal(err)
	}
	d := doc(string(raw), "de")
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(d, Options{Lang: "de"})
	}
}

// BenchmarkFindExampleText is BenchmarkFindExample from the string.
func BenchmarkFindExampleText(b *testing.B) {
	raw, err := os.ReadFile(shared.Path(b, "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		b.Fatal(err)
	}
	s := string(raw)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		findText(s, Options{Lang: "de"})
	}
}

// manyNames is a made-up German text of n sentences, each naming new
// people and things coordinated with one another: a long article whose
// names list grows with it.
func manyNames(n int) string {
	var b strings.Builder
	given := [...]string{"Anna", "Peter", "Jonas", "Lena", "Paul"}
	for i := range n {
		k := strconv.Itoa(i)
		b.WriteString("Die Ministerin " + given[i%len(given)] + " Quast" + k + " traf Herrn Berendt" + k + " und sprach über Sojourner" + k + " oder Curiosity" + k + ". ")
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkFindManyNames: the time per sentence stays flat as the article
// grows (4,000 against 16,000 sentences; each lists new names). Finding
// whether a word lies inside a listed name once took a pass over every
// name: 2.5 MB of this took 8.7 s, now 0.7 s.
func BenchmarkFindManyNames(b *testing.B) {
	for _, n := range []int{4000, 16000} {
		src := manyNames(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Find(doc(src, "de"), Options{Lang: "de"})
			}
		})
	}
}
