package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"sync"
)

// Image is a picture to be placed on a page of its own.
type Image struct {
	width, height int
	dict          map[string]string // image dictionary entries, values in PDF syntax
	data          []byte            // the encoded stream
	mask          *Image            // soft mask (alpha), or nil
}

// Size returns the image's size in pixels as stored, before any orientation.
func (im *Image) Size() (w, h int) { return im.width, im.height }

// JPEG wraps JPEG data so that its image data is copied into the packet
// untouched, with no decoding and no loss; its metadata is left behind.
func JPEG(data []byte) (*Image, error) {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a readable JPEG: %w", err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, errors.New("JPEG has no pixels")
	}
	d := map[string]string{"BitsPerComponent": "8", "Filter": "/DCTDecode"}
	switch n := components(data); n {
	case 1:
		d["ColorSpace"] = "/DeviceGray"
	case 3:
		d["ColorSpace"] = "/DeviceRGB"
	case 4:
		d["ColorSpace"] = "/DeviceCMYK"
		if adobeMarker(data) {
			// Adobe's CMYK JPEGs store inverted values.
			d["Decode"] = "[1 0 1 0 1 0 1 0]"
		}
	default:
		return nil, fmt.Errorf("JPEG with %d colour components", n)
	}
	return &Image{width: cfg.Width, height: cfg.Height, dict: d, data: stripJPEG(data)}, nil
}

// components reads the number of colour components from the JPEG frame header.
func components(data []byte) int {
	for i := 2; i+9 < len(data); {
		if data[i] != 0xFF {
			i++
			continue
		}
		marker := data[i+1]
		if marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) {
			i++
			continue
		}
		length := int(data[i+2])<<8 | int(data[i+3])
		if marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC {
			return int(data[i+9])
		}
		i += 2 + length
	}
	return 0
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

var deflaters = sync.Pool{New: func() any { return new(deflater) }}

// deflate compresses b with a pooled compressor.
func deflate(b []byte) []byte {
	z := deflaters.Get().(*deflater)
	defer deflaters.Put(z)
	return z.deflate(b)
}

// deflater compresses with one reusable compressor: a new one allocates
// about a megabyte, and a packet compresses a stream for every page.
type deflater struct {
	zw  *zlib.Writer
	buf bytes.Buffer
}

// deflate returns b compressed; the result is a new slice.
func (z *deflater) deflate(b []byte) []byte {
	z.buf.Reset()
	if z.zw == nil {
		// Fast compression: generated streams are a small share of a
		// packet, and the best level costs several times the time.
		z.zw, _ = zlib.NewWriterLevel(&z.buf, zlib.BestSpeed)
	} else {
		z.zw.Reset(&z.buf)
	}
	z.zw.Write(b)
	z.zw.Close()
	return bytes.Clone(z.buf.Bytes())
}

// stripJPEG returns JPEG data without its metadata: EXIF (camera, time,
// often GPS position), XMP, IPTC, comments, and whatever follows the image's
// end (phones append a second picture with its own EXIF, or a video). The
// image data is untouched; ICC profiles (APP2) and the Adobe colour marker
// (APP14) stay because they change how colours decode. Data it cannot
// follow is returned as it is.
func stripJPEG(data []byte) []byte {
	if len(data) < 4 || data[0] != 0xFF || data[1] != 0xD8 {
		return data
	}
	out := make([]byte, 0, len(data))
	out = append(out, 0xFF, 0xD8)
	for i := 2; i+1 < len(data); {
		if data[i] != 0xFF {
			return data
		}
		marker := data[i+1]
		switch {
		case marker == 0xFF: // fill byte
			i++
			continue
		case marker == 0xD9: // end of image: drop anything after it
			return append(out, 0xFF, 0xD9)
		case marker >= 0xD0 && marker <= 0xD7 || marker == 0x01:
			out = append(out, data[i:i+2]...)
			i += 2
			continue
		}
		if i+4 > len(data) {
			return data
		}
		n := int(data[i+2])<<8 | int(data[i+3])
		if n < 2 || i+2+n > len(data) {
			return data
		}
		seg := data[i : i+2+n]
		if !isMetadata(marker, seg[4:]) {
			out = append(out, seg...)
		}
		i += 2 + n
		if marker == 0xDA { // start of scan: copy the entropy-coded data up to the next marker
			j := i
			for j+1 < len(data) && (data[j] != 0xFF || data[j+1] == 0x00 || (data[j+1] >= 0xD0 && data[j+1] <= 0xD7)) {
				j++
			}
			out = append(out, data[i:j]...)
			i = j
		}
	}
	return out
}

// isMetadata tells the segments that describe a photo rather than encode
// it: comments, and application segments other than ICC profiles and
// Adobe's colour marker (a multi-picture index in APP2 is metadata too).
func isMetadata(marker byte, payload []byte) bool {
	switch {
	case marker == 0xFE:
		return true
	case marker == 0xE2:
		return bytes.HasPrefix(payload, []byte("MPF\x00"))
	case marker == 0xEE || marker == 0xE0:
		return false
	}
	return marker >= 0xE1 && marker <= 0xEF
}

// adobeMarker reports whether a JPEG carries Adobe's APP14 segment.
func adobeMarker(data []byte) bool {
	for i := 2; i+4 <= len(data) && data[i] == 0xFF; {
		marker := data[i+1]
		n := int(data[i+2])<<8 | int(data[i+3])
		if marker == 0xDA || n < 2 {
			return false
		}
		if marker == 0xEE && bytes.HasPrefix(data[i+4:], []byte("Adobe")) {
			return true
		}
		i += 2 + n
	}
	return false
}
