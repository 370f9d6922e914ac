package ocr

import (
	"image"
	"image/draw"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/asylumpacket/packet/templates"
)

// drawn is a word drawn on a test page and the box of its ink.
type drawn struct {
	text string
	box  image.Rectangle
}

// testLines are drawn one per line: body text at 300 dpi.
var testLines = []string{
	"The applicant fled her home",
	"in March after threats from",
	"the militia near Kabul.",
}

// drawPage draws lines in black on white, 40 px DejaVu Sans (10 pt at
// 300 dpi), and returns the grey page with the ink box of every word.
func drawPage(t testing.TB, lines []string) (*image.Gray, []drawn) {
	t.Helper()
	f, err := opentype.Parse(templates.Font(templates.FontRegular))
	if err != nil {
		t.Fatal(err)
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: 40, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		t.Fatal(err)
	}
	defer face.Close()

	const margin, lineHeight = 60, 64
	img := image.NewGray(image.Rect(0, 0, 900, 2*margin+lineHeight*len(lines)))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	d := &font.Drawer{Dst: img, Src: image.Black, Face: face}
	space := d.MeasureString(" ")
	var words []drawn
	for i, line := range lines {
		d.Dot = fixed.P(margin, margin+lineHeight*(i+1)-16)
		for _, w := range strings.Fields(line) {
			b, _ := d.BoundString(w)
			words = append(words, drawn{w, image.Rect(b.Min.X.Floor(), b.Min.Y.Floor(), b.Max.X.Ceil(), b.Max.Y.Ceil())})
			d.DrawString(w)
			d.Dot.X += space
		}
	}
	return img, words
}
