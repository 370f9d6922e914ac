package layout

import (
	"fmt"

	"github.com/go-pdf/fpdf"
)

// The part line sits in the top margin, clear of the generated pages' text
// (72 pt down) and over at most the edge of a fitted page's (18 pt down).
const (
	partLineSize     = 8.0
	partLineBaseline = 26.0 // below the top edge
)

// PartLine is the line that opens one part of a packet split into files
// ("Part 2 of 3 — Exhibits F–K — pages 120–245"), for the part's first
// page, W×H points.
type PartLine struct {
	W, H float64
	Text string
}

// RenderPartLines draws each line alone on a transparent page of its size,
// centred in the top margin on a white backing no larger than itself, to
// be laid over its part's first page. Like the stamps it uses the embedded
// font, and the same lines always give the same bytes.
func RenderPartLines(lines []PartLine) ([]byte, error) {
	if len(lines) == 0 {
		return nil, fmt.Errorf("layout: no part lines")
	}
	f := overlay(lines[0].W, lines[0].H, partLineSize)
	for _, l := range lines {
		f.AddPageFormat("P", fpdf.SizeType{Wd: l.W, Ht: l.H})
		text := clean(l.Text)
		w := f.GetStringWidth(text)
		x := (l.W - w) / 2
		f.Rect(x-stampPad, partLineBaseline-partLineSize*0.76-stampPad, w+2*stampPad, partLineSize+2*stampPad, "F")
		f.Text(x, partLineBaseline, text)
	}
	return output(f, "part lines")
}
