package testtool

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// Tolerances of MatchGolden: how far a rendering may drift from its golden
// image before the test fails. They absorb anti-aliasing differences
// between poppler versions, not a moved or missing word.
const (
	maxMeanDiff   = 0.5    // mean absolute grey difference, of 255
	maxInkChanged = 0.0003 // share of pixels whose grey changes by more than a quarter
)

// Difference measures how two renderings differ: the mean absolute grey
// difference and the share of pixels that differ by more than 64 of 255.
// Pictures of different sizes differ entirely.
func Difference(a, b image.Image) (mean, changed float64) {
	if a.Bounds().Size() != b.Bounds().Size() {
		return 255, 1
	}
	ab, bb := a.Bounds(), b.Bounds()
	var sum, n, big float64
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			ga := color.GrayModel.Convert(a.At(ab.Min.X+x, ab.Min.Y+y)).(color.Gray).Y
			gb := color.GrayModel.Convert(b.At(bb.Min.X+x, bb.Min.Y+y)).(color.Gray).Y
			d := float64(ga) - float64(gb)
			if d < 0 {
				d = -d
			}
			sum += d
			if d > 64 {
				big++
			}
			n++
		}
	}
	return sum / n, big / n
}

// MatchGolden compares img with the golden PNG at path. With
// PACKET_UPDATE_GOLDEN=1 it writes img there instead, for a change that
// was meant; look at the new picture before committing it.
func MatchGolden(t testing.TB, img image.Image, path string) {
	t.Helper()
	if os.Getenv("PACKET_UPDATE_GOLDEN") == "1" {
		var buf bytes.Buffer
		if err := png.Encode(&buf, grey(img)); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (PACKET_UPDATE_GOLDEN=1 writes it)", err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if mean, changed := Difference(img, want); mean > maxMeanDiff || changed > maxInkChanged {
		out := filepath.Join(t.TempDir(), filepath.Base(path))
		var buf bytes.Buffer
		_ = png.Encode(&buf, grey(img))
		_ = os.WriteFile(out, buf.Bytes(), 0o644)
		t.Errorf("%s: the rendering differs (mean %.2f, %.3f%% of pixels changed; allowed %.2f and %.3f%%); it is at %s",
			path, mean, changed*100, maxMeanDiff, maxInkChanged*100, out)
	}
}

// grey converts a rendering to 8-bit grey, which is all the goldens keep.
func grey(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			g.Set(x, y, color.GrayModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)))
		}
	}
	return g
}
