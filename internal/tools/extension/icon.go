package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
)

// IconSizes are the sizes of the extension's icons (manifest "icons" and
// the toolbar button's): what the browsers and the stores ask for.
var IconSizes = []int{16, 32, 48, 128}

// Icon draws glossline's icon at size×size pixels: a timeline (a line with
// three dots, a line of text beside each) in white on the widget's accent
// colour, in a rounded square. It is drawn here rather than kept as binary
// files, so that it is built from source like the rest.
func Icon(size int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	accent := color.NRGBA{0x0b, 0x5c, 0xad, 0xff}
	white := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	s := float64(size)
	// coverage of a pixel by a shape, from 4×4 samples: smooth edges.
	fill := func(in func(x, y float64) bool, c color.NRGBA) {
		for py := 0; py < size; py++ {
			for px := 0; px < size; px++ {
				n := 0
				for sy := 0; sy < 4; sy++ {
					for sx := 0; sx < 4; sx++ {
						if in((float64(px)+(float64(sx)+.5)/4)/s, (float64(py)+(float64(sy)+.5)/4)/s) {
							n++
						}
					}
				}
				if n == 0 {
					continue
				}
				a := float64(n) / 16
				old := img.NRGBAAt(px, py)
				mix := func(o, v uint8) uint8 {
					if old.A == 0 {
						return v
					}
					return uint8(math.Round(float64(o)*(1-a) + float64(v)*a))
				}
				img.SetNRGBA(px, py, color.NRGBA{mix(old.R, c.R), mix(old.G, c.G), mix(old.B, c.B), uint8(math.Max(float64(old.A), a*255))})
			}
		}
	}
	const r = .2 // corner radius, in units of the size
	fill(func(x, y float64) bool {
		dx, dy := math.Max(math.Max(r-x, x-(1-r)), 0), math.Max(math.Max(r-y, y-(1-r)), 0)
		return dx*dx+dy*dy <= r*r
	}, accent)
	fill(func(x, y float64) bool { return x >= .27 && x <= .33 && y >= .18 && y <= .82 }, white)
	for _, cy := range []float64{.27, .5, .73} {
		fill(func(x, y float64) bool { return (x-.3)*(x-.3)+(y-cy)*(y-cy) <= .09*.09 }, white)
		fill(func(x, y float64) bool { return x >= .46 && x <= .8 && math.Abs(y-cy) <= .045 }, white)
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	return buf.Bytes()
}
