package eval

import (
	"github.com/glossline/glossline/internal/lang"
	"github.com/glossline/glossline/internal/temporal"
	"github.com/glossline/glossline/internal/timex"
)

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
		res := temporal.Analyze(text, opt)
		out := make([]Timex, len(res.Exprs))
		for i, e := range res.Exprs {
			out[i] = Timex{Start: e.Start, End: e.End, Type: e.Type, Value: e.Value, Mod: e.Mod}
		}
		return out
	}
}
