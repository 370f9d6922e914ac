package casegen

import (
	"image"
	"image/color"
	"math/rand/v2"
)

// canvas is a raster to draw evidence images on: grayscale (a scan) or RGBA.
// It writes pixels directly because draw.Draw has no fast path for gray
// destinations, and 300-dpi scans have millions of pixels.
type canvas struct {
	w, h int
	gray *image.Gray // exactly one of gray and rgba is set
	rgba *image.RGBA
}

func newCanvas(w, h int, gray bool, bg color.RGBA) *canvas {
	c := &canvas{w: w, h: h}
	if gray {
		c.gray = image.NewGray(image.Rect(0, 0, w, h))
	} else {
		c.rgba = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	c.fill(0, 0, w, h, bg)
	return c
}

func (c *canvas) image() image.Image {
	if c.gray != nil {
		return c.gray
	}
	return c.rgba
}

func luma(col color.RGBA) uint8 {
	return uint8((299*int(col.R) + 587*int(col.G) + 114*int(col.B)) / 1000)
}

// fill paints the rectangle [x0,x1)×[y0,y1), clipped to the canvas.
func (c *canvas) fill(x0, y0, x1, y1 int, col color.RGBA) {
	x0, y0 = max(x0, 0), max(y0, 0)
	x1, y1 = min(x1, c.w), min(y1, c.h)
	if x0 >= x1 || y0 >= y1 {
		return
	}
	if c.gray != nil {
		v := luma(col)
		for y := y0; y < y1; y++ {
			row := c.gray.Pix[y*c.gray.Stride+x0 : y*c.gray.Stride+x1]
			for i := range row {
				row[i] = v
			}
		}
		return
	}
	for y := y0; y < y1; y++ {
		row := c.rgba.Pix[y*c.rgba.Stride+4*x0 : y*c.rgba.Stride+4*x1]
		for i := 0; i < len(row); i += 4 {
			row[i], row[i+1], row[i+2], row[i+3] = col.R, col.G, col.B, col.A
		}
	}
}

// textWidth is the width in pixels of s printed with dots of px pixels.
func textWidth(s string, px int) int { return len([]rune(s)) * 6 * px }

// text prints s with its top-left corner at (x, y), each font dot px pixels
// square; the line is 8*px high, plus descenders.
func (c *canvas) text(x, y, px int, s string, col color.RGBA) {
	for _, r := range s {
		g := glyph(r)
		for row, bits := range g {
			for bit := 0; bit < 5; bit++ {
				if bits&(0x10>>bit) != 0 {
					c.fill(x+bit*px, y+row*px, x+(bit+1)*px, y+(row+1)*px, col)
				}
			}
		}
		x += 6 * px
	}
}

// textCentered prints s centred on the vertical line x.
func (c *canvas) textCentered(x, y, px int, s string, col color.RGBA) {
	c.text(x-textWidth(s, px)/2, y, px, s, col)
}

// footer prints the fictional-sample line centred with its top at y, dots
// of at most px pixels, smaller if the line would not fit the width.
func (c *canvas) footer(y, px int, col color.RGBA) {
	px = max(1, min(px, c.w*9/10/textWidth(asciiFooter, 1)))
	c.textCentered(c.w/2, y, px, asciiFooter, col)
}

// wrapChars breaks s into lines of at most n characters.
func wrapChars(s string, n int) []string {
	var lines []string
	cur := ""
	for _, word := range splitWords(s) {
		switch {
		case cur == "":
			cur = word
		case len([]rune(cur))+1+len([]rune(word)) <= n:
			cur += " " + word
		default:
			lines = append(lines, cur)
			cur = word
		}
	}
	return append(lines, cur)
}

func splitWords(s string) []string {
	var words []string
	start := -1
	for i, r := range s {
		if r == ' ' || r == '\n' {
			if start >= 0 {
				words = append(words, s[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

// ring draws a circle outline of radius rad and thickness t around (cx, cy).
func (c *canvas) ring(cx, cy, rad, t int, col color.RGBA) {
	outer, inner := rad*rad, (rad-t)*(rad-t)
	for y := -rad; y <= rad; y++ {
		for x := -rad; x <= rad; x++ {
			if d := x*x + y*y; d <= outer && d >= inner {
				c.fill(cx+x, cy+y, cx+x+1, cy+y+1, col)
			}
		}
	}
}

// disc fills a circle of radius rad around (cx, cy).
func (c *canvas) disc(cx, cy, rad int, col color.RGBA) {
	for y := -rad; y <= rad; y++ {
		for x := -rad; x <= rad; x++ {
			if x*x+y*y <= rad*rad {
				c.fill(cx+x, cy+y, cx+x+1, cy+y+1, col)
			}
		}
	}
}

// arrowUp draws an arrow pointing up: a triangular head of width w and
// height hh above a stem, the whole w by h, top-left at (x, y).
func (c *canvas) arrowUp(x, y, w, h, hh int, col color.RGBA) {
	for dy := 0; dy < hh; dy++ {
		half := (dy + 1) * w / (2 * hh)
		c.fill(x+w/2-half, y+dy, x+w/2+half, y+dy+1, col)
	}
	c.fill(x+w/2-w/6, y+hh, x+w/2+w/6, y+h, col)
}

// noise adds grain of ±amp to every pixel and a few dark specks, like a
// scanner or a phone sensor. A xorshift stream keeps it fast; r seeds it.
func (c *canvas) noise(r *rand.Rand, amp, specks int) {
	if amp > 0 {
		x := r.Uint64() | 1
		var p []uint8
		step := 1
		if c.gray != nil {
			p = c.gray.Pix
		} else {
			p, step = c.rgba.Pix, 4
		}
		span := uint64(2*amp + 1)
		for i := 0; i < len(p); i += step {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			d := int(x%span) - amp
			for k := i; k < i+min(step, 3); k++ {
				p[k] = clamp8(int(p[k]) + d)
			}
		}
	}
	for range specks {
		sx, sy, s := r.IntN(c.w), r.IntN(c.h), 1+r.IntN(3)
		v := uint8(40 + r.IntN(80))
		c.fill(sx, sy, sx+s, sy+s, color.RGBA{v, v, v, 255})
	}
}

func clamp8(v int) uint8 {
	return uint8(min(max(v, 0), 255))
}
