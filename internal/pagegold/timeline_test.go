package pagegold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossline/glossline/internal/shared"
)

// TestTimelineLabelsInText checks issue 17's rule on every development page
// glossline reads (../shared/pages, those of pages.json in German or
// English, gold or not): every timeline label, without the ellipses at its
// ends, is a stretch of the analysed text (white space runs as one space,
// soft hyphens and zero-width characters left out, as the engines read
// it; the letters' case as written), and no two entries of a timeline
// share a label.
func TestTimelineLabelsInText(t *testing.T) {
	dir := shared.Path(t, "pages")
	infos, err := LoadPages()
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range infos {
		if info.Foreign() {
			continue
		}
		t.Run(info.Name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, info.Name, "page.html"))
			if err != nil {
				t.Fatal(err)
			}
			_, out, err := Run(data)
			if err != nil {
				t.Fatal(err)
			}
			text := Normalize(out.Text.Text)
			seen := map[string]bool{}
			for _, e := range out.Result.Timeline {
				l := strings.Trim(e.Label, "…")
				if l == "" || !strings.Contains(text, l) {
					t.Errorf("%s: label %q is not a stretch of the text", e.Date, e.Label)
				}
				if seen[e.Label] {
					t.Errorf("%s: label %q shared by two entries", e.Date, e.Label)
				}
				seen[e.Label] = true
			}
		})
	}
}
