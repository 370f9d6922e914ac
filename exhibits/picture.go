package exhibits

import (
	"bytes"
	"fmt"
	"image/gif"

	"github.com/asylumpacket/packet/internal/pdf"
	"golang.org/x/image/bmp"
	"golang.org/x/image/webp"
)

// MaxPixels bounds the pixels of an image in any format but JPEG (TIFF
// pages, PNG, GIF, BMP, WebP): a larger one is refused rather than decoded
// into memory. JPEG photos are copied without decoding and not bounded.
var MaxPixels = 100_000_000

// picture is an image shown on a page, upright by its orientation (EXIF
// or TIFF, 1 to 8).
type picture struct {
	img         *pdf.Image
	orientation int
}

// checkPixels refuses an image of w×h pixels above MaxPixels.
func checkPixels(w, h int) error {
	if w <= 0 || h <= 0 {
		return fmt.Errorf("the image has no pixels (%d × %d)", w, h)
	}
	if n := int64(w) * int64(h); n > int64(MaxPixels) {
		return fmt.Errorf("the image is %d × %d pixels (%.0f megapixels); packet reads images up to %.0f megapixels: scale it down or scan at 300 dpi",
			w, h, float64(n)/1e6, float64(MaxPixels)/1e6)
	}
	return nil
}

// decodeImage decodes a GIF (its first frame), BMP or WebP within
// MaxPixels and encodes it losslessly.
func decodeImage(kind Kind, data []byte) (*pdf.Image, error) {
	config, decode := gif.DecodeConfig, gif.Decode
	switch kind {
	case BMP:
		config, decode = bmp.DecodeConfig, bmp.Decode
	case WebP:
		config, decode = webp.DecodeConfig, webp.Decode
	}
	cfg, err := config(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("cannot read the %s image: %w", name(kind), err)
	}
	if err := checkPixels(cfg.Width, cfg.Height); err != nil {
		return nil, err
	}
	img, err := decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("cannot read the %s image: %w", name(kind), err)
	}
	if img.Bounds().Empty() {
		return nil, fmt.Errorf("the %s image has no pixels", name(kind))
	}
	return pdf.Raster(img), nil
}

// name is a kind as written in a sentence.
func name(k Kind) string {
	switch k {
	case WebP:
		return "WebP"
	}
	return string(bytes.ToUpper([]byte(k)))
}
