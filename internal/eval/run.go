package eval

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
)

// Tagger finds the temporal expressions of a document's plain text. dct is
// the document creation time as written in the corpus ("" when unknown).
type Tagger func(text, dct string) []Timex

// Group is a named set of documents and their tallies.
type Group struct {
	Name string
	Counts
}

// Config says what to evaluate.
type Config struct {
	Dirs   []string
	Tag    string // TIMEX3 or TIMEX2
	Tagger Tagger // the tagger under test, unless Preds is set
	// Preds, when not nil, are scored instead of Tagger's output: one
	// directory's predictions, keyed by document path relative to it.
	Preds  Predictions
	Errors io.Writer // when not nil, every miss, false alarm and wrong value is listed here
}

// Evaluate scores the tagger on every document under each directory and
// returns the groups: each directory, each of its subdirectories that hold
// documents (when there is more than one), and, for several directories,
// all of them pooled. Counts are micro-averaged (summed over documents).
func Evaluate(cfg Config) ([]Group, error) {
	var groups []Group
	var pooled Counts
	if cfg.Preds != nil && len(cfg.Dirs) != 1 {
		return nil, errors.New("predictions are scored against exactly one corpus directory")
	}
	used := map[string]bool{}
	for _, dir := range cfg.Dirs {
		docs, err := ReadDir(dir, cfg.Tag)
		if err != nil {
			return nil, err
		}
		if err := hasGold(dir, cfg.Tag, docs); err != nil {
			return nil, err
		}
		var total Counts
		sub := map[string]*Counts{}
		for _, d := range docs {
			var sys []Timex
			if cfg.Preds != nil {
				if sys, err = cfg.Preds.tagger(dir, d.Path, d.Text, used); err != nil {
					return nil, err
				}
			} else {
				sys = cfg.Tagger(d.Text, d.DCT)
			}
			r := Score(d.Gold, sys)
			if cfg.Errors != nil {
				listErrors(cfg.Errors, d, sys, r)
			}
			total.Add(r.Counts)
			rel, err := filepath.Rel(dir, filepath.Dir(d.Path))
			if err != nil {
				rel = "."
			}
			if sub[rel] == nil {
				sub[rel] = &Counts{}
			}
			sub[rel].Add(r.Counts)
		}
		groups = append(groups, Group{filepath.Clean(dir), total})
		if len(sub) > 1 {
			names := make([]string, 0, len(sub))
			for k := range sub {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, k := range names {
				groups = append(groups, Group{filepath.Join(filepath.Clean(dir), k), *sub[k]})
			}
		}
		pooled.Add(total)
	}
	if len(cfg.Dirs) > 1 {
		groups = append(groups, Group{"pooled", pooled})
	}
	if cfg.Preds != nil {
		if err := cfg.Preds.unused(used); err != nil {
			return nil, err
		}
	}
	return groups, nil
}

// hasGold returns an error when no document holds an expression of the
// tag: scores over an empty gold say nothing, and the likely cause is the
// other scheme.
func hasGold(dir, tag string, docs []*Doc) error {
	for _, d := range docs {
		if len(d.Gold) > 0 {
			return nil
		}
	}
	other := TIMEX2
	if tag == TIMEX2 {
		other = TIMEX3
	}
	return fmt.Errorf("%s: no %s expressions in its %d documents, nothing to score (a %s corpus? try -tag %s)", dir, tag, len(docs), other, other)
}

// WriteTable prints the groups' scores, one line each. Type F1 is left out
// for TIMEX2, which has no type.
func WriteTable(w io.Writer, groups []Group, tag string) {
	fmt.Fprintf(w, "%-44s %5s %5s %5s | %6s %6s %6s | %6s %6s %6s | %6s %6s\n",
		"corpus", "docs", "gold", "sys", "str-P", "str-R", "str-F1", "rel-P", "rel-R", "rel-F1", "type", "value")
	for _, g := range groups {
		s := g.Scores()
		typ := fmt.Sprintf("%6.2f", s.TypeF)
		if tag == TIMEX2 {
			typ = "     -"
		}
		fmt.Fprintf(w, "%-44s %5d %5d %5d | %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f | %s %6.2f\n",
			g.Name, g.Docs, g.Gold, g.Sys, s.StrictP, s.StrictR, s.StrictF, s.RelaxedP, s.RelaxedR, s.RelaxedF, typ, s.ValueF)
	}
}

// listErrors prints a document's misses, false alarms, wrong extents and
// wrong values with some context.
func listErrors(w io.Writer, d *Doc, sys []Timex, r Result) {
	name := filepath.Base(d.Path)
	for _, gi := range r.Missed {
		g := d.Gold[gi]
		fmt.Fprintf(w, "MISS   %s %s %q %s=%s  | %s\n", name, g.Type, d.Text[g.Start:g.End], "value", g.Value, context(d.Text, g.Start, g.End))
	}
	for _, si := range r.Extra {
		s := sys[si]
		fmt.Fprintf(w, "FALSE  %s %s %q %s=%s  | %s\n", name, s.Type, d.Text[s.Start:s.End], "value", s.Value, context(d.Text, s.Start, s.End))
	}
	for _, p := range r.Pairs {
		g, s := d.Gold[p.Gold], sys[p.Sys]
		if g.Value != s.Value || g.Type != "" && g.Type != s.Type {
			fmt.Fprintf(w, "VALUE  %s %q gold %s %s, got %q %s %s (dct %s) | %s\n", name, d.Text[g.Start:g.End], g.Type, g.Value, d.Text[s.Start:s.End], s.Type, s.Value, d.DCT, context(d.Text, g.Start, g.End))
		} else if g.Start != s.Start || g.End != s.End {
			fmt.Fprintf(w, "EXTENT %s gold %q got %q | %s\n", name, d.Text[g.Start:g.End], d.Text[s.Start:s.End], context(d.Text, g.Start, g.End))
		}
	}
}

// context returns up to 50 bytes either side of [start, end), on one line,
// with the expression in brackets.
func context(text string, start, end int) string {
	a, b := start-50, end+50
	if a < 0 {
		a = 0
	}
	if b > len(text) {
		b = len(text)
	}
	for a > 0 && a < len(text) && text[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(text) && text[b]&0xC0 == 0x80 {
		b++
	}
	s := text[a:start] + "[" + text[start:end] + "]" + text[end:b]
	return strings.Join(strings.Fields(s), " ")
}
