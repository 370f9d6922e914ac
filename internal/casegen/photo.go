package casegen

import (
	"cmp"
	"fmt"
	"image"
	"image/color"
	"io"
	"time"
)

// Photo describes a phone photograph: a door with a note pinned to it, a big
// arrow pointing up and a dark band along the top, so that anyone can tell
// whether it is shown upright. Its pixels are stored turned, with an Exif
// Orientation tag telling viewers how to turn them back, as phones do.
type Photo struct {
	Width, Height int       // stored pixels; default 1600×1200
	Orientation   int       // Exif orientation 1-8; default 6 (phone held upright)
	Quality       int       // JPEG quality; default 80
	Grain         int       // noise amplitude; default 4
	Seed          uint64    // decides the grain
	Note          []string  // lines written on the note (ASCII)
	Taken         time.Time // Exif DateTime; zero leaves it out
}

// PhotoJPEG draws p and writes it as a JPEG with an Exif segment.
func PhotoJPEG(w io.Writer, p Photo) error {
	sw, sh := p.Width, p.Height
	if sw <= 0 || sh <= 0 {
		sw, sh = 1600, 1200
	}
	o := p.Orientation
	if o == 0 {
		o = 6
	}
	if o < 1 || o > 8 {
		return fmt.Errorf("casegen: Exif orientation %d is not 1-8", o)
	}
	dw, dh := sw, sh
	if o >= 5 {
		dw, dh = sh, sw
	}
	upright := photoScene(dw, dh, p)
	stored := image.NewRGBA(image.Rect(0, 0, sw, sh))
	for sy := range sh {
		for sx := range sw {
			dx, dy := DisplayPoint(o, sw, sh, sx, sy)
			i, j := stored.PixOffset(sx, sy), upright.PixOffset(dx, dy)
			copy(stored.Pix[i:i+4], upright.Pix[j:j+4])
		}
	}

	entries := []exifEntry{
		{tag: 0x010F, text: "Casegen"},           // Make
		{tag: 0x0110, text: "Fictional Phone 7"}, // Model
		{tag: 0x0112, short: uint16(o)},          // Orientation
		{tag: 0x0131, text: "casegen sample"},    // Software
	}
	if !p.Taken.IsZero() {
		entries = append(entries, exifEntry{tag: 0x0132, text: p.Taken.Format("2006:01:02 15:04:05")}) // DateTime
	}
	quality := p.Quality
	if quality <= 0 {
		quality = 80
	}
	return writeJPEG(w, stored, quality, exif(entries))
}

// DisplayPoint maps a stored pixel (sx, sy) of an sw×sh image with Exif
// orientation o to where a viewer shows it, as the Exif standard defines.
func DisplayPoint(o, sw, sh, sx, sy int) (dx, dy int) {
	switch o {
	case 2:
		return sw - 1 - sx, sy
	case 3:
		return sw - 1 - sx, sh - 1 - sy
	case 4:
		return sx, sh - 1 - sy
	case 5:
		return sy, sx
	case 6:
		return sh - 1 - sy, sx
	case 7:
		return sh - 1 - sy, sw - 1 - sx
	case 8:
		return sy, sw - 1 - sx
	}
	return sx, sy
}

// photoScene draws the picture upright, w×h.
func photoScene(w, h int, p Photo) *image.RGBA {
	c := newCanvas(w, h, false, color.RGBA{0, 0, 0, 255})
	band, floor := h/10, h*84/100
	for y := band; y < floor; y++ { // a wall, lit from above
		v := 232 - 50*(y-band)/(floor-band)
		c.fill(0, y, w, y+1, color.RGBA{uint8(v), uint8(v - 12), uint8(v - 34), 255})
	}
	c.fill(0, 0, w, band, color.RGBA{22, 24, 34, 255})    // the dark ceiling band: "top"
	c.fill(0, floor, w, h, color.RGBA{150, 118, 84, 255}) // floor tiles

	// The door, its handle and the note pinned to it.
	dx0, dx1, dy0 := w*45/100, w*88/100, h*22/100
	c.fill(dx0, dy0, dx1, floor, color.RGBA{104, 66, 38, 255})
	c.fill(dx0+w/40, dy0+h/40, dx1-w/40, floor, color.RGBA{120, 78, 46, 255})
	c.disc(dx0+(dx1-dx0)/8, h*68/100, max(4, w/70), color.RGBA{200, 190, 120, 255})
	px := max(2, w/170)
	nw := (dx1 - dx0) * 8 / 10
	lines := []string(nil)
	for _, l := range p.Note {
		lines = append(lines, wrapChars(l, max(4, nw/(6*px)-2))...)
	}
	nx, ny := dx0+(dx1-dx0)/10, dy0+h/12
	nh := (len(lines)+1)*px*11 + px*4
	c.fill(nx, ny, nx+nw, ny+nh, color.RGBA{246, 244, 236, 255})
	c.disc(nx+nw/2, ny+px*3, px*2, color.RGBA{200, 30, 30, 255}) // the pin
	for i, l := range lines {
		c.text(nx+px*6, ny+px*8+i*px*11, px, l, color.RGBA{20, 30, 90, 255})
	}

	// A big arrow on the wall, pointing up.
	aw := w / 4
	c.arrowUp(w/10, h*25/100, aw, h*45/100, aw*4/5, color.RGBA{205, 40, 35, 255})
	c.textCentered(w/10+aw/2, h*73/100, px*2, "UP", color.RGBA{205, 40, 35, 255})

	c.footer(h-px*14, px, color.RGBA{250, 250, 250, 255})
	c.noise(newRand(p.Seed), cmp.Or(p.Grain, 4), 0)
	return c.rgba
}
