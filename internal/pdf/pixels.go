package pdf

import (
	"encoding/hex"
	"image"
	"strconv"
	"strings"
)

// bilevel packs a grey image whose pixels are all 0 or 255 at 1 bit per
// pixel (a scanned or faxed page), or returns nil when it has other greys.
func bilevel(m *image.Gray) *Image {
	b := m.Bounds()
	w, h := b.Dx(), b.Dy()
	stride := (w + 7) / 8
	packed := make([]byte, stride*h)
	for y := 0; y < h; y++ {
		row := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):][:w]
		out := packed[y*stride:]
		for x, v := range row {
			switch v {
			case 0xff:
				out[x>>3] |= 0x80 >> (x & 7)
			case 0:
			default:
				return nil
			}
		}
	}
	return &Image{width: w, height: h, data: deflate(packed), dict: map[string]string{
		"BitsPerComponent": "1", "ColorSpace": "/DeviceGray", "Filter": "/FlateDecode"}}
}

// indexed keeps an opaque paletted image (a GIF, a palette TIFF or BMP) as
// indices into its palette, at 1, 2, 4 or 8 bits per pixel, or returns nil
// when the palette has transparent entries or too many.
func indexed(m *image.Paletted) *Image {
	n := len(m.Palette)
	if n == 0 || n > 256 {
		return nil
	}
	pal := make([]byte, 0, 3*n)
	for _, c := range m.Palette {
		r, g, bl, a := c.RGBA()
		if a != 0xffff {
			return nil
		}
		pal = append(pal, byte(r>>8), byte(g>>8), byte(bl>>8))
	}
	bits := 8
	switch {
	case n <= 2:
		bits = 1
	case n <= 4:
		bits = 2
	case n <= 16:
		bits = 4
	}
	b := m.Bounds()
	w, h := b.Dx(), b.Dy()
	stride := (w*bits + 7) / 8
	packed := make([]byte, stride*h)
	per := 8 / bits
	for y := 0; y < h; y++ {
		row := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):][:w]
		out := packed[y*stride:]
		for x, v := range row {
			if int(v) >= n {
				v = 0 // an index past the palette: image/gif refuses these, others may not
			}
			out[x/per] |= v << (8 - bits*(x%per+1))
		}
	}
	cs := "[/Indexed/DeviceRGB " + strconv.Itoa(n-1) + " <" + strings.ToUpper(hex.EncodeToString(pal)) + ">]"
	return &Image{width: w, height: h, data: deflate(packed), dict: map[string]string{
		"BitsPerComponent": strconv.Itoa(bits), "ColorSpace": cs, "Filter": "/FlateDecode"}}
}
