package packet

import (
	"image"
	"image/draw"
	"math/rand/v2"
	"testing"
)

// TestGrey converts as image/draw does, pixel for pixel, so that OCR's
// cache, keyed by the grey picture, keeps its entries.
func TestGrey(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	img := image.NewRGBA(image.Rect(3, 5, 260, 90))
	for i := range img.Pix {
		img.Pix[i] = uint8(r.IntN(256))
	}
	for i := 3; i < len(img.Pix); i += 4 {
		img.Pix[i] = 255 // opaque, as a page drawn on white is
	}
	want := image.NewGray(img.Bounds())
	draw.Draw(want, want.Bounds(), img, img.Bounds().Min, draw.Src)
	if got := grey(img); string(got.Pix) != string(want.Pix) {
		t.Error("grey differs from image/draw's conversion")
	}
}
