package eval

import (
	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/temporal"
	textpkg "github.com/glossline/glossline/internal/text"
	"github.com/glossline/glossline/internal/timex"
)

// analyze runs the dates engine on text as glossline does: one Doc, split
// into sentences.
func analyze(text string, opt temporal.Options) temporal.Result {
	d := textpkg.New(text)
	segment.Split(d, opt.Lang)
	return temporal.Analyze(d, opt)
}

// Engine returns glossline's dates engine as a Tagger: language lng ("auto"
// detects it per document), the reference date from the DCT for TimeML
// (TIMEX3), none for TIMEX2, whose documents are narrative.
func Engine(lng, tag string) Tagger {
	return func(text, dct string) []Timex {
		l := lng
		if l == "auto" {
			l = lang.Detect(text)
		}
		opt := temporal.Options{Lang: l}
		if tag == TIMEX3 {
			opt.Ref, _ = timex.ParseDate(dct)
		}
		res := analyze(text, opt)
		out := make([]Timex, len(res.Exprs))
		for i, e := range res.Exprs {
			out[i] = Timex{Start: e.Start, End: e.End, Type: e.Type, Value: e.Value, Mod: e.Mod}
		}
		return out
	}
}
