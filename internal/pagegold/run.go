package pagegold

import (
	"bytes"

	"github.com/glossline/glossline/internal/page"
	"github.com/glossline/glossline/internal/pipeline"
)

// Run annotates an HTML page exactly as `glossline annotate` and `bake` do
// with their default options: the article found automatically
// (page.Parse), the page's facts (Page.Input), one pipeline.Run. It is the
// only place the suite runs glossline, so that a change to how the article
// or its date is found shows in the scores.
func Run(htmlPage []byte) (*page.Page, *pipeline.Output, error) {
	p, err := page.Parse(bytes.NewReader(htmlPage), "")
	if err != nil {
		return nil, nil, err
	}
	return p, pipeline.Run(p.Input()), nil
}
