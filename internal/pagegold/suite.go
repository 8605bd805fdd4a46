package pagegold

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/glossline/glossline/internal/article"
	"github.com/glossline/glossline/internal/glossary"
	"github.com/glossline/glossline/internal/markup"
	"github.com/glossline/glossline/internal/page"
	"github.com/glossline/glossline/internal/pipeline"
	"golang.org/x/net/html"
)

// PageReport is the scoring of one page.
type PageReport struct {
	Name    string `json:"name"`
	Lang    string `json:"lang"`
	Foreign bool   `json:"foreign"` // a language glossline does not read
	Root    Root   `json:"root"`
	Ref     Ref    `json:"ref"`
	// Marks are the elements the plan wraps, Panel whether it inserts the
	// panel: a foreign page must get neither.
	Marks    int      `json:"marks"`
	Panel    bool     `json:"panel"`
	Warnings []string `json:"warnings,omitempty"` // the pipeline's
	// The scores against NAME.json, for pages that have one.
	Dates    *Dates    `json:"dates,omitempty"`
	Timeline *Timeline `json:"timeline,omitempty"`
	Glossary *Glossary `json:"glossary,omitempty"`
	Names    *Names    `json:"names,omitempty"`
	// GoldErrors are gold contexts that are nowhere on the page (errors in
	// the gold, not in glossline).
	GoldErrors []string `json:"gold_errors,omitempty"`
}

// Ref is the reference date decided against the one the page carries.
type Ref struct {
	Published string `json:"published"` // pages.json, "" when the page carries none
	Decided   string `json:"decided"`   // Result.Ref, "" when none
	Source    string `json:"source"`    // Result.RefSource
	// Checked: the page carries a date and is not foreign; OK: it was
	// decided.
	Checked bool `json:"checked"`
	OK      bool `json:"ok"`
}

// Pooled adds up the pages of one language ("de", "en", or "other" for the
// foreign pages).
type Pooled struct {
	Lang       string   `json:"lang"`
	Pages      int      `json:"pages"`
	RootOK     int      `json:"root_ok"`
	RootAnyOK  int      `json:"root_any_ok"` // pages where some element meets the root criterion
	RefChecked int      `json:"ref_checked"`
	RefOK      int      `json:"ref_ok"`
	LeftAlone  int      `json:"left_alone"` // foreign pages without marks or panel
	GoldPages  int      `json:"gold_pages"` // pages with NAME.json
	Dates      Dates    `json:"dates"`
	Timeline   Timeline `json:"timeline"`
	Glossary   Glossary `json:"glossary"`
	Names      Names    `json:"names"`
}

// Suite is the scoring of the pages, one by one and pooled by language.
type Suite struct {
	Pages  []*PageReport `json:"pages"`
	Pooled []*Pooled     `json:"pooled"`
}

// Evaluate scores glossline on the pages under dir (dir/NAME/page.html and,
// where present, dir/NAME/expected.html), every page of pages.json, or only
// the one named when only is not "".
func Evaluate(dir, only string) (*Suite, error) {
	infos, err := LoadPages()
	if err != nil {
		return nil, err
	}
	golds, err := LoadGold()
	if err != nil {
		return nil, err
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("no pages folder at %s", dir)
	}
	s := &Suite{}
	for i := range infos {
		info := &infos[i]
		if only != "" && info.Name != only {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, info.Name, "page.html"))
		if err != nil {
			return nil, err
		}
		expected, err := os.ReadFile(filepath.Join(dir, info.Name, "expected.html"))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		r, err := ScorePage(info, golds[info.Name], data, expected)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", info.Name, err)
		}
		s.Pages = append(s.Pages, r)
	}
	if only != "" && len(s.Pages) == 0 {
		return nil, fmt.Errorf("no page %q in pages.json", only)
	}
	s.pool()
	return s, nil
}

// ScorePage runs glossline on one page (Run) and scores it; gold is nil for
// a page without NAME.json, expected nil for one without expected.html.
func ScorePage(info *PageInfo, gold *Gold, htmlPage, expected []byte) (*PageReport, error) {
	p, out, err := Run(htmlPage)
	if err != nil {
		return nil, err
	}
	text, res := out.Text.Text, out.Result
	r := &PageReport{Name: info.Name, Lang: info.Lang, Foreign: info.Foreign(),
		Marks: len(out.Plan.Wraps), Panel: out.Plan.Panel != nil, Warnings: out.Warnings}

	expText := ""
	if expected != nil {
		doc, err := html.Parse(bytes.NewReader(expected))
		if err != nil {
			return nil, fmt.Errorf("expected.html: %w", err)
		}
		expText = htmlText(doc)
	}
	var marks [][2]int
	for _, d := range res.Dates {
		marks = append(marks, [2]int{d.Start, d.End})
	}
	for _, t := range res.Terms {
		marks = append(marks, [2]int{t.Start, t.End})
	}
	r.Root = ScoreRoot(rootText(p, out), text, expText, info, marks)
	if p.Walk != nil {
		chosen := out.Root
		if out.Plan.Status == "skipped" && out.Root < 0 {
			chosen = -2 // no root: rootText is ""
		}
		b := BestRoot(p.Walk, chosen, expText, info)
		r.Root.Best = &b
	}

	r.Ref = Ref{Source: res.RefSource, Checked: !r.Foreign && info.Published != nil}
	if info.Published != nil {
		r.Ref.Published = *info.Published
	}
	if !res.Ref.IsZero() {
		r.Ref.Decided = res.Ref.String()
	}
	r.Ref.OK = r.Ref.Checked && r.Ref.Decided == r.Ref.Published

	if gold == nil {
		return r, nil
	}
	onPage := normalize(htmlText(p.Doc)).s
	for _, t := range gold.Timexes {
		if !strings.Contains(onPage, Normalize(t.Context)) {
			r.GoldErrors = append(r.GoldErrors, "timex context not on the page: "+t.Context)
		}
	}
	d := ScoreDates(text, res.Dates, gold.Timexes)
	t := ScoreTimeline(text, res.Timeline, gold.Timeline)
	g := ScoreGlossary(text, Openable(out), res.Glossary, gold)
	n := ScoreNames(res.Names, res.Glossary, gold.Names, gold.MustNot)
	r.Dates, r.Timeline, r.Glossary, r.Names = &d, &t, &g, &n
	return r, nil
}

// pool adds the pages up by language.
func (s *Suite) pool() {
	by := map[string]*Pooled{}
	for _, r := range s.Pages {
		l := r.Lang
		if r.Foreign {
			l = "other"
		}
		p := by[l]
		if p == nil {
			p = &Pooled{Lang: l}
			by[l] = p
		}
		p.Pages++
		if r.Root.OK {
			p.RootOK++
		}
		if r.Root.Best != nil && r.Root.Best.AnyOK {
			p.RootAnyOK++
		}
		if r.Ref.Checked {
			p.RefChecked++
		}
		if r.Ref.OK {
			p.RefOK++
		}
		if r.Foreign && r.Marks == 0 && !r.Panel {
			p.LeftAlone++
		}
		if r.Dates != nil {
			p.GoldPages++
			p.Dates.add(*r.Dates)
			p.Timeline.add(*r.Timeline)
			p.Glossary.add(*r.Glossary)
			p.Names.add(*r.Names)
		}
	}
	for _, l := range sortedNames(by) {
		s.Pooled = append(s.Pooled, by[l])
	}
}

// rootText is the analysis text of the article's root before the blocks
// inside it that are not the article are left out: every node of the
// root's box (of the whole walk for a page whose article is the walked
// element), joined by article.BuildText's rules.
func rootText(p *page.Page, out *pipeline.Output) string {
	if p.Walk == nil || out.Plan.Status == "skipped" && out.Root < 0 {
		return ""
	}
	first, end := 0, len(p.Walk.Nodes)
	if out.Root >= 0 {
		first, end = p.Walk.Boxes[out.Root].First, p.Walk.Boxes[out.Root].End
	}
	return article.BuildText(p.Walk.Nodes[first:end]).Text
}

// Openable returns the terms of the analysis that the plan marks as a
// reader can open them: a mention counts only when the plan wraps its
// first piece in a term of its entry — a.gl-term (a button with script, a
// link to the notes without), or span.gl-term in a link's text (opened
// on hover and when the link has focus; a button where the link has no
// address). A mention the plan leaves out (it overlaps a date, or an
// element would nest) is no mark.
func Openable(out *pipeline.Output) []glossary.Mention {
	at := map[article.Piece]string{}
	for _, w := range out.Plan.Wraps {
		if e := w.El; (e.Tag == "a" || e.Tag == "span") && strings.HasPrefix(e.Attr("class"), "gl-term") && e.Attr("data-gl-part") == "" {
			at[w.Piece] = e.Attr("data-gl-entry")
		}
	}
	var ms []glossary.Mention
	for _, m := range out.Result.Terms {
		if pcs := out.Text.Pieces(m.Start, m.End); len(pcs) > 0 && at[pcs[0]] == markup.SafeID(m.Entry) && at[pcs[0]] != "" {
			ms = append(ms, m)
		}
	}
	return ms
}
