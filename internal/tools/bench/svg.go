package main

import (
	"fmt"
	"math"
	"strings"
)

// Plots are plain SVG written here (no dependency): horizontal bars with
// their figures written beside them, so that the picture reads without the
// table.

var colors = map[string]string{
	"glossline":  "#1b6e3a",
	"chrono-en":  "#4a78b5",
	"chrono-de":  "#4a78b5",
	"compromise": "#c07a2c",
}

func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// accuracyPlot draws value F1 (bar) and relaxed F1 (thin mark) per corpus
// and system.
func accuracyPlot(scores map[string][]score) string {
	const left, barW, barH, gap, width = 250, 400, 18, 4, 860
	var b strings.Builder
	y := 56
	var body strings.Builder
	for _, c := range corpora {
		fmt.Fprintf(&body, `<text x="10" y="%d" font-weight="bold">%s</text>`+"\n", y+4, esc(c.dir))
		y += 12
		for _, s := range scores[c.dir] {
			w := s.ValueF / 100 * barW
			rel := left + s.RelaxedF/100*barW
			fmt.Fprintf(&body, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", left-8, y+barH-5, esc(peerNames[s.System]))
			fmt.Fprintf(&body, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>`+"\n", left, y, w, barH, colors[s.System])
			fmt.Fprintf(&body, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#222" stroke-width="2"/>`+"\n", rel, rel, y-2, y+barH+2)
			fmt.Fprintf(&body, `<text x="%d" y="%d">%.1f <tspan fill="#666">(relaxed %.1f)</tspan></text>`+"\n", left+barW+8, y+barH-5, s.ValueF, s.RelaxedF)
			y += barH + gap
		}
		y += 14
	}
	height := y + 30
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="13">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/>`+"\n", width, height)
	b.WriteString(`<text x="10" y="22" font-size="16" font-weight="bold">Value F1 per corpus (TempEval-3, glossline eval): bars; relaxed F1: black marks</text>` + "\n")
	for _, t := range []int{0, 25, 50, 75, 100} {
		x := left + t*barW/100
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="40" y2="%d" stroke="#ddd"/><text x="%d" y="%d" text-anchor="middle" fill="#666">%d</text>`+"\n", x, x, height-24, x, height-10, t)
	}
	b.WriteString(body.String())
	b.WriteString("</svg>\n")
	return b.String()
}

// speedPlot draws MB/s per system on a log scale.
func speedPlot(speeds []speed) string {
	const left, barW, barH, gap, width = 300, 360, 22, 8, 800
	lo, hi := 0.01, 100.0
	x := func(v float64) float64 {
		if v < lo {
			v = lo
		}
		return left + (math.Log10(v)-math.Log10(lo))/(math.Log10(hi)-math.Log10(lo))*barW
	}
	height := 70 + len(speeds)*(barH+gap) + 40
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="13">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/>`+"\n", width, height)
	b.WriteString(`<text x="10" y="22" font-size="16" font-weight="bold">Throughput on the corpus text, MB/s (median; log scale)</text>` + "\n")
	for _, t := range []float64{0.01, 0.1, 1, 10, 100} {
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="40" y2="%d" stroke="#ddd"/><text x="%.1f" y="%d" text-anchor="middle" fill="#666">%g</text>`+"\n", x(t), x(t), height-24, x(t), height-10, t)
	}
	y := 50
	for _, s := range speeds {
		c := colors["glossline"]
		switch {
		case strings.HasPrefix(s.System, "chrono"):
			c = colors["chrono-en"]
		case strings.HasPrefix(s.System, "compromise"):
			c = colors["compromise"]
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", left-8, y+barH-6, esc(s.System))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>`+"\n", left, y, x(s.mbps())-left, barH, c)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d">%s</text>`+"\n", x(s.mbps())+6, y+barH-6, mbps(s.mbps()))
		y += barH + gap
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// mbps formats a throughput with two significant digits at least.
func mbps(v float64) string {
	switch {
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	case v >= 0.1:
		return fmt.Sprintf("%.2f", v)
	default:
		return fmt.Sprintf("%.3f", v)
	}
}
