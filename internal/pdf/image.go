package pdf

import "image"

// Image is a picture to be placed on a page of its own.
type Image struct {
	width, height int
	dict          map[string]string // image dictionary entries, values in PDF syntax
	data          []byte            // the encoded stream
	mask          *Image            // soft mask (alpha), or nil
}

// Raster encodes a decoded image losslessly (Flate), with its alpha channel
// as a soft mask when it has transparency.
func Raster(img image.Image) *Image {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	gray := isGray(img)
	ch := 3
	if gray {
		ch = 1
	}
	pix := make([]byte, 0, w*h*ch)
	alpha := make([]byte, 0, w*h)
	opaque := true
	add := func(r, g, bl, a uint32) {
		if a != 0xffff {
			opaque = false
			// Colours come premultiplied; undo it so the mask does the blending.
			if a != 0 {
				r, g, bl = r*0xffff/a, g*0xffff/a, bl*0xffff/a
			}
		}
		if gray {
			pix = append(pix, byte(r>>8))
		} else {
			pix = append(pix, byte(r>>8), byte(g>>8), byte(bl>>8))
		}
		alpha = append(alpha, byte(a>>8))
	}
	switch m := img.(type) {
	case *image.NRGBA: // the common PNG: read the bytes, not colour values
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := m.Pix[m.PixOffset(b.Min.X, y):][:4*w]
			for x := 0; x < len(row); x += 4 {
				pix = append(pix, row[x], row[x+1], row[x+2])
				alpha = append(alpha, row[x+3])
				opaque = opaque && row[x+3] == 0xff
			}
		}
	case *image.RGBA:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := m.Pix[m.PixOffset(b.Min.X, y):][:4*w]
			for x := 0; x < len(row); x += 4 {
				add(uint32(row[x])*0x101, uint32(row[x+1])*0x101, uint32(row[x+2])*0x101, uint32(row[x+3])*0x101)
			}
		}
	case *image.Gray:
		for y := b.Min.Y; y < b.Max.Y; y++ {
			pix = append(pix, m.Pix[m.PixOffset(b.Min.X, y):][:w]...)
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
	if !opaque {
		im.mask = &Image{width: w, height: h, data: deflate(alpha), dict: map[string]string{
			"BitsPerComponent": "8", "ColorSpace": "/DeviceGray", "Filter": "/FlateDecode"}}
	}
	return im
}

func isGray(img image.Image) bool {
	switch img.(type) {
	case *image.Gray, *image.Gray16:
		return true
	case *image.Paletted:
		// A grey palette still needs RGB unless every entry is grey; keep RGB.
		return false
	}
	return false
}
