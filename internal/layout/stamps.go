package layout

import (
	"bytes"
	"fmt"

	"github.com/go-pdf/fpdf"

	"github.com/asylumpacket/packet/templates"
)

// Stamp placement in the bottom margin, in points.
const (
	stampSize     = 9.0
	stampBaseline = 22.0 // above the bottom edge
	stampInset    = 36.0 // from the side edges, for Left and Right stamps
	stampPad      = 2.5  // white backing beyond the text
)

// Align places a stamp in the bottom margin.
type Align int

// Stamp alignments.
const (
	Center Align = iota
	Left
	Right
)

// Stamp is one line of text in a page's bottom margin: a packet number or
// an exhibit page ("Ex. C, p. 2 of 5").
type Stamp struct {
	Text  string
	Align Align
}

// StampPage is the size of one packet page, in points, and its stamps.
type StampPage struct {
	W, H   float64
	Stamps []Stamp
}

// RenderStamps draws the stamps of every page, each page's alone on a
// transparent page of the same size, to be laid over the packet's page.
// Every stamp sits on a white backing no larger than itself, so that it
// stays readable on scans. The text uses the embedded font, so the packet
// has no font that is not embedded and any script prints.
func RenderStamps(pages []StampPage) ([]byte, error) {
	if len(pages) == 0 {
		return nil, fmt.Errorf("layout: no pages to stamp")
	}
	f := overlay(pages[0].W, pages[0].H, stampSize)
	for _, p := range pages {
		f.AddPageFormat("P", fpdf.SizeType{Wd: p.W, Ht: p.H})
		for _, s := range p.Stamps {
			text := clean(s.Text)
			w := f.GetStringWidth(text)
			x := (p.W - w) / 2
			switch s.Align {
			case Left:
				x = stampInset
			case Right:
				x = p.W - stampInset - w
			}
			base := p.H - stampBaseline
			f.Rect(x-stampPad, base-stampSize*0.76-stampPad, w+2*stampPad, stampSize+2*stampPad, "F")
			f.Text(x, base, text)
		}
	}
	return output(f, "stamps")
}

// overlay starts a document of pages that are laid over the packet's own:
// transparent but for white-backed text in the embedded font, written
// deterministically and uncompressed (the assembler compresses it once).
func overlay(w, h, size float64) *fpdf.Fpdf {
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: w, Ht: h}})
	f.SetCatalogSort(true)
	f.SetCreationDate(fixedTime)
	f.SetModificationDate(fixedTime)
	f.SetAutoPageBreak(false, 0)
	f.SetCompression(false)
	f.AddUTF8FontFromBytes(family, "", templates.Regular())
	f.SetFont(family, "", size)
	f.SetFillColor(255, 255, 255)
	f.SetTextColor(0, 0, 0)
	return f
}

// output returns the PDF an overlay document made.
func output(f *fpdf.Fpdf, what string) ([]byte, error) {
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, fmt.Errorf("layout: %s: %w", what, err)
	}
	return buf.Bytes(), nil
}
