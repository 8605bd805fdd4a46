package eval

// Counts are the TempEval-3 tallies of one or more documents; add them up to
// micro-average.
type Counts struct {
	Docs   int
	Gold   int // expressions in the gold annotation
	Sys    int // expressions found
	Strict int // found with exactly the gold extent
	Match  int // relaxed: gold and found overlap (paired 1:1)
	Type   int // relaxed matches with the right type
	Value  int // relaxed matches with the right value
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Docs += o.Docs
	c.Gold += o.Gold
	c.Sys += o.Sys
	c.Strict += o.Strict
	c.Match += o.Match
	c.Type += o.Type
	c.Value += o.Value
}

// Scores are percentages (0..100).
type Scores struct {
	StrictP, StrictR, StrictF    float64
	RelaxedP, RelaxedR, RelaxedF float64
	TypeF, ValueF                float64 // attribute accuracy on relaxed matches × relaxed F1
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Scores computes precision, recall and F1 from the tallies.
func (c Counts) Scores() Scores {
	var s Scores
	sp, sr := ratio(c.Strict, c.Sys), ratio(c.Strict, c.Gold)
	rp, rr := ratio(c.Match, c.Sys), ratio(c.Match, c.Gold)
	s.StrictP, s.StrictR, s.StrictF = 100*sp, 100*sr, 100*f1(sp, sr)
	s.RelaxedP, s.RelaxedR, s.RelaxedF = 100*rp, 100*rr, 100*f1(rp, rr)
	s.TypeF = ratio(c.Type, c.Match) * s.RelaxedF
	s.ValueF = ratio(c.Value, c.Match) * s.RelaxedF
	return s
}

// Pair is a relaxed match between a gold and a found expression.
type Pair struct{ Gold, Sys int }

// Result is the scoring of one document.
type Result struct {
	Counts
	Pairs  []Pair // relaxed matches, indexes into gold and sys
	Missed []int  // gold expressions without a match
	Extra  []int  // found expressions without a match
}

// Score compares found expressions (sys) with gold ones in one document.
// Both must be sorted by Start. Relaxed matching pairs overlapping
// expressions one to one, left to right; strict matching also needs
// identical extents.
func Score(gold, sys []Timex) Result {
	r := Result{Counts: Counts{Docs: 1, Gold: len(gold), Sys: len(sys)}}
	used := make([]bool, len(sys))
	j0 := 0
	for gi, g := range gold {
		for j0 < len(sys) && sys[j0].End <= g.Start {
			j0++
		}
		found := -1
		for j := j0; j < len(sys) && sys[j].Start < g.End; j++ {
			if !used[j] && sys[j].End > g.Start {
				found = j
				break
			}
		}
		if found < 0 {
			r.Missed = append(r.Missed, gi)
			continue
		}
		used[found] = true
		s := sys[found]
		r.Pairs = append(r.Pairs, Pair{gi, found})
		r.Match++
		if s.Start == g.Start && s.End == g.End {
			r.Strict++
		}
		if s.Type == g.Type {
			r.Type++
		}
		if s.Value == g.Value {
			r.Value++
		}
	}
	for j := range sys {
		if !used[j] {
			r.Extra = append(r.Extra, j)
		}
	}
	return r
}
