package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// plainAfter is how long a run goes before it prints plain progress
// lines (a variable for the tests).
var plainAfter = 2 * time.Second

// progress shows how far a folder bake is: a bar redrawn in place on a
// terminal, else a plain line at every tenth of the pages once the run has
// taken two seconds (a quick run prints only its summary).
type progress struct {
	w           io.Writer
	tty         bool
	total, done int
	start, last time.Time
	shown       bool // a bar is on the screen
	nextTenth   int
}

func newProgress(w io.Writer, total int) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil {
			tty = st.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb"
		}
	}
	return &progress{w: w, tty: tty, total: total, start: time.Now(), nextTenth: 1}
}

func (p *progress) step() {
	p.done++
	now := time.Now()
	switch {
	case p.total == 0:
	case p.tty:
		if now.Sub(p.last) < 100*time.Millisecond && p.done < p.total {
			return
		}
		p.last = now
		const width = 30
		fill := width * p.done / p.total
		rate := float64(p.done) / now.Sub(p.start).Seconds()
		fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d pages %3d%% %.0f/s", strings.Repeat("#", fill), strings.Repeat("-", width-fill),
			p.done, p.total, 100*p.done/p.total, rate)
		p.shown = true
	default:
		for p.nextTenth <= 10 && p.done*10 >= p.nextTenth*p.total {
			if now.Sub(p.start) >= plainAfter && p.done < p.total {
				fmt.Fprintf(p.w, "[%3d%%] %d/%d pages, %.1f s\n", 100*p.done/p.total, p.done, p.total, now.Sub(p.start).Seconds())
			}
			p.nextTenth++
		}
	}
}

// clear takes the bar off the screen, so that a line can be written.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
		p.last = time.Time{}
	}
}
