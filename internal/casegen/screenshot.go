package casegen

import (
	"image/color"
	"image/png"
	"io"
)

// Screenshot describes a phone screenshot of a chat, written as a PNG.
type Screenshot struct {
	Width, Height int    // pixels; default 720×1480
	Contact       string // the chat's title: a name or a number (ASCII)
	Clock         string // time in the status bar, e.g. "21:47"
	Messages      []Message
	Alpha         bool // transparent rounded corners, so the PNG carries an alpha channel
}

// Message is one chat bubble.
type Message struct {
	Text string // ASCII; other characters print as '?'
	Time string // e.g. "21:40"
	Sent bool   // sent by the phone's owner (right, green) rather than received
}

// ScreenshotPNG draws s and writes it as a PNG.
func ScreenshotPNG(w io.Writer, s Screenshot) error {
	wd, ht := s.Width, s.Height
	if wd <= 0 || ht <= 0 {
		wd, ht = 720, 1480
	}
	c := newCanvas(wd, ht, false, color.RGBA{236, 229, 221, 255})
	px := max(1, wd/240)
	white := color.RGBA{255, 255, 255, 255}
	grey := color.RGBA{120, 120, 120, 255}

	bar := px * 14
	c.fill(0, 0, wd, bar, color.RGBA{7, 80, 70, 255})
	c.text(px*4, px*3, px, s.Clock, white)
	c.fill(wd-px*16, px*4, wd-px*5, px*10, white) // battery
	head := px * 26
	c.fill(0, bar, wd, bar+head, color.RGBA{7, 94, 84, 255})
	c.disc(px*14, bar+head/2, px*8, color.RGBA{190, 200, 205, 255})
	c.text(px*26, bar+head/2-px*5, px+px/2, s.Contact, white)

	y := bar + head + px*8
	maxChars := (wd*7/10)/(6*px) - 2
	for _, m := range s.Messages {
		lines := wrapChars(m.Text, maxChars)
		longest := len([]rune(m.Time)) + 2
		for _, l := range lines {
			longest = max(longest, len([]rune(l)))
		}
		bw, bh := (longest+2)*6*px, (len(lines)*11+14)*px
		x := px * 8
		bg := white
		if m.Sent {
			x, bg = wd-px*8-bw, color.RGBA{220, 248, 198, 255}
		}
		c.fill(x, y, x+bw, y+bh, bg)
		for i, l := range lines {
			c.text(x+px*6, y+px*5+i*px*11, px, l, color.RGBA{20, 20, 20, 255})
		}
		c.text(x+bw-px*6-textWidth(m.Time, px), y+bh-px*10, px, m.Time, grey)
		y += bh + px*6
	}

	foot := px * 24
	c.fill(0, ht-foot, wd, ht, color.RGBA{246, 246, 246, 255})
	c.footer(ht-foot/2-px*4, px, grey)
	if s.Alpha {
		roundCorners(c, wd/20)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	return enc.Encode(w, c.image())
}

// roundCorners makes the pixels outside rounded corners of radius r fully
// transparent.
func roundCorners(c *canvas, r int) {
	for y := range r {
		for x := range r {
			dx, dy := r-x, r-y
			if dx*dx+dy*dy <= r*r {
				continue
			}
			for _, p := range [][2]int{{x, y}, {c.w - 1 - x, y}, {x, c.h - 1 - y}, {c.w - 1 - x, c.h - 1 - y}} {
				i := c.rgba.PixOffset(p[0], p[1])
				copy(c.rgba.Pix[i:i+4], []byte{0, 0, 0, 0})
			}
		}
	}
}
