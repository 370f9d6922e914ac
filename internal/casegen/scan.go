package casegen

import (
	"cmp"
	"image/color"
	"io"
	"math"
	"math/rand/v2"
)

// Scan describes a scanned paper page, written as a JPEG whose JFIF header
// gives its resolution (a 300-dpi Letter scan is 2550×3300 pixels).
type Scan struct {
	Size     Size     // paper size; zero means Letter
	DPI      int      // default 150
	Gray     bool     // grayscale; otherwise colour on slightly warm paper
	Quality  int      // JPEG quality; default 75
	Grain    int      // noise amplitude; default 3
	Seed     uint64   // decides the filler lines and the grain
	Heading  []string // readable lines centred at the top (ASCII; others print as '?')
	Lines    []string // readable body lines, left-aligned
	Bottom   []string // readable lines across the full width below Lines and the portrait
	Filler   int      // text-like grey lines after the text; 0 fills the page, negative draws none
	Portrait bool     // an identity photograph beside the body lines (passports, ID cards)
	Stamp    bool     // a round office stamp and a signature near the bottom
}

var (
	ink      = color.RGBA{25, 25, 30, 255}
	stampInk = color.RGBA{40, 60, 150, 255}
)

// ScanJPEG draws s and writes it as a JPEG.
func ScanJPEG(w io.Writer, s Scan) error {
	size := s.Size.orDefault()
	dpi := s.DPI
	if dpi <= 0 {
		dpi = 150
	}
	quality := s.Quality
	if quality <= 0 {
		quality = 75
	}
	r := newRand(s.Seed)
	pw, ph := int(math.Round(size.W*float64(dpi)/72)), int(math.Round(size.H*float64(dpi)/72))
	paper := color.RGBA{250, 247, 238, 255}
	c := newCanvas(pw, ph, s.Gray, paper)
	c.fill(0, 0, max(2, pw/150), ph, color.RGBA{200, 198, 190, 255}) // the scanner lid's shadow

	// Sizes in pixels: one font dot of a 14-point heading, a 10-point body.
	headPx := max(1, int(math.Round(14*float64(dpi)/72/8)))
	bodyPx := max(1, int(math.Round(10*float64(dpi)/72/8)))
	margin := min(dpi, pw/8)
	lead := bodyPx * 14
	y := margin
	for _, h := range s.Heading {
		c.textCentered(pw/2, y, headPx, h, ink)
		y += headPx * 12
	}
	if len(s.Heading) > 0 {
		c.fill(margin, y, pw-margin, y+max(1, bodyPx/2), ink)
		y += lead
	}
	x, below := margin, y
	if s.Portrait {
		pwid, phgt := dpi*3/2, dpi*2 // a 1.5 × 2 inch photograph
		c.fill(margin, y, margin+pwid, y+phgt, color.RGBA{160, 170, 180, 255})
		c.disc(margin+pwid/2, y+phgt*2/5, pwid/4, color.RGBA{120, 100, 90, 255})
		c.fill(margin+pwid/6, y+phgt*7/10, margin+pwid*5/6, y+phgt, color.RGBA{60, 60, 80, 255})
		x, below = x+pwid+dpi/4, y+phgt
	}
	for _, l := range s.Lines {
		c.text(x, y, bodyPx, l, ink)
		y += lead
	}
	y = max(y, below)
	if len(s.Bottom) > 0 {
		y += lead
	}
	for _, l := range s.Bottom {
		c.text(margin, y, bodyPx, l, ink)
		y += lead
	}
	bottom := ph - margin
	if s.Stamp {
		bottom -= dpi * 3 / 2
	}
	if s.Filler >= 0 {
		fillerLines(c, r, margin, y+lead/2, pw-margin, bottom, bodyPx, s.Filler)
	}
	if s.Stamp {
		stamp(c, r, pw-margin-dpi, ph-margin-dpi*3/4, dpi)
	}
	c.footer(ph-dpi/3, max(1, int(math.Round(7*float64(dpi)/72/8))), color.RGBA{110, 110, 110, 255})
	c.noise(r, cmp.Or(s.Grain, 3), pw*ph/60000)
	return writeJPEG(w, c.image(), quality, jfif(dpi))
}

// fillerLines draws n lines (0: as many as fit) of grey bars shaped like
// words, in paragraphs, between y and bottom.
func fillerLines(c *canvas, r *rand.Rand, x0, y, x1, bottom, px, n int) {
	lead, h := px*14, px*4
	for i := 0; (n == 0 || i < n) && y+lead <= bottom; i++ {
		end := x1
		if r.IntN(6) == 0 { // a paragraph's last line
			end = x0 + (x1-x0)*(2+r.IntN(6))/10
		}
		for x := x0; ; {
			wl := (2 + r.IntN(9)) * 6 * px
			if x+wl > end {
				break
			}
			g := uint8(90 + r.IntN(50))
			c.fill(x, y+px*3, x+wl, y+px*3+h, color.RGBA{g, g, g + 5, 255})
			x += wl + 6*px
		}
		y += lead
		if end != x1 {
			y += lead / 2
		}
	}
}

// stamp draws a round office stamp centred at (cx, cy) and a signature
// scribble across its left edge.
func stamp(c *canvas, r *rand.Rand, cx, cy, dpi int) {
	rad := dpi * 3 / 5
	c.ring(cx, cy, rad, max(2, dpi/40), stampInk)
	c.ring(cx, cy, rad*3/4, max(1, dpi/80), stampInk)
	px := max(1, dpi/50)
	c.textCentered(cx, cy-4*px, px, "OFFICIAL", stampInk)
	amp, period := float64(dpi)/6, float64(dpi)/5+float64(r.IntN(dpi/10+1))
	for x := -dpi * 3 / 2; x < dpi/3; x++ {
		yy := cy + int(amp*math.Sin(float64(x)/period)*math.Cos(float64(x)/(period*2.7)))
		c.fill(cx+x, yy, cx+x+max(1, dpi/100), yy+max(2, dpi/60), ink)
	}
}
