package segment

import (
	"os"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/shared"
)

// TestExampleArticle segments the shared example article and checks that
// its dates, initials and quotes stay inside their sentences.
func TestExampleArticle(t *testing.T) {
	src, err := os.ReadFile(shared.Path(t, "articles", "kim-putin-summit.de.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	spans := Sentences(text, "de")
	checkSentences(t, text, spans)
	if len(spans) < 50 {
		t.Errorf("%d sentences, want at least 50", len(spans))
	}
	for _, keep := range []string{"12. September 2023", "Edith M. Lederer", "am Dienstag, dem 12. September 2023,"} {
		found := false
		for _, s := range spans {
			found = found || strings.Contains(text[s.Start:s.End], keep)
		}
		if strings.Contains(text, keep) && !found {
			t.Errorf("%q is split across sentences", keep)
		}
	}
	r := rulesFor("de")
	for _, s := range spans {
		sent := text[s.Start:s.End]
		if !strings.HasSuffix(sent, ".") {
			continue
		}
		after := strings.TrimLeft(text[s.End:], " \t\r\n")
		word, _, _ := nextWord(after, 0, len(after))
		tok := sent[tokenStart(sent, 0, len(sent)-1) : len(sent)-1]
		if allDigits(tok) && r.classesOf(strings.ToLower(word))&month != 0 {
			t.Errorf("sentence ends before a month: %q", sent)
		}
	}
}
