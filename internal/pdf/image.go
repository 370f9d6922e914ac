package pdf

import (
	"image"
	"image/color"
)

// Image is a picture to be placed on a page of its own.
type Image struct {
	width, height int
	dict          map[string]string // image dictionary entries, values in PDF syntax
	data          []byte            // the encoded stream, nil when released
	mask          *Image            // soft mask (alpha), or nil

	size [2]float64 // physical size in points; zero: a point per pixel

	load func() (*Image, error) // makes data again when released
	sum  [32]byte               // SHA-256 of the released data
}

// Raster encodes a decoded image losslessly (Flate), with its alpha channel
// as a soft mask when it has transparency. A grey image whose pixels are
// all black or white is kept at 1 bit per pixel, and an opaque paletted one
// with its palette, so that a scanned page does not grow eightfold.
// Deeper colour (16 bits) is reduced to 8 bits per component.
func Raster(img image.Image) *Image {
	switch m := img.(type) {
	case *image.Gray:
		if im := bilevel(m); im != nil {
			return im
		}
	case *image.Paletted:
		if im := indexed(m); im != nil {
			return im
		}
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	gray := isGray(img)
	ch := 3
	if gray {
		ch = 1
	}
	pix := make([]byte, 0, w*h*ch)
	var alpha []byte // made at the first translucent pixel
	n := 0           // pixels so far
	translucent := func(a byte) {
		if alpha == nil {
			alpha = make([]byte, n, w*h)
			for i := range alpha {
				alpha[i] = 0xff
			}
		}
		alpha = append(alpha, a)
	}
	add := func(r, g, bl, a uint32) {
		if a != 0xffff || alpha != nil {
			// Colours come premultiplied; undo it so the mask does the blending.
			if a != 0 && a != 0xffff {
				r, g, bl = r*0xffff/a, g*0xffff/a, bl*0xffff/a
			}
			translucent(byte(a >> 8))
		}
		if gray {
			pix = append(pix, byte(r>>8))
		} else {
			pix = append(pix, byte(r>>8), byte(g>>8), byte(bl>>8))
		}
		n++
	}
	switch m := img.(type) {
	case *image.NRGBA: // the common PNG: read the bytes, not colour values
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := m.Pix[m.PixOffset(b.Min.X, y):][:4*w]
			for x := 0; x < len(row); x += 4 {
				pix = append(pix, row[x], row[x+1], row[x+2])
				if row[x+3] != 0xff || alpha != nil {
					translucent(row[x+3])
				}
				n++
			}
		}
	case *image.RGBA:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := m.Pix[m.PixOffset(b.Min.X, y):][:4*w]
			for x := 0; x < len(row); x += 4 {
				if row[x+3] == 0xff && alpha == nil {
					pix = append(pix, row[x], row[x+1], row[x+2])
					n++
					continue
				}
				add(uint32(row[x])*0x101, uint32(row[x+1])*0x101, uint32(row[x+2])*0x101, uint32(row[x+3])*0x101)
			}
		}
	case *image.Gray:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			pix = append(pix, m.Pix[m.PixOffset(b.Min.X, y):][:w]...)
		}
	case *image.YCbCr: // lossy WebP, and JPEG decoded
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				c := m.YCbCrAt(x, y)
				r, g, bl := color.YCbCrToRGB(c.Y, c.Cb, c.Cr)
				pix = append(pix, r, g, bl)
			}
		}
	default:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				add(img.At(x, y).RGBA())
			}
		}
	}
	cs := "/DeviceRGB"
	if gray {
		cs = "/DeviceGray"
	}
	im := &Image{width: w, height: h, data: deflate(pix), dict: map[string]string{
		"BitsPerComponent": "8", "ColorSpace": cs, "Filter": "/FlateDecode"}}
	if alpha != nil {
		im.mask = &Image{width: w, height: h, data: deflate(alpha), dict: map[string]string{
			"BitsPerComponent": "8", "ColorSpace": "/DeviceGray", "Filter": "/FlateDecode"}}
	}
	return im
}

func isGray(img image.Image) bool {
	switch img.(type) {
	case *image.Gray, *image.Gray16:
		return true
	}
	return false
}
