package layout

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/go-pdf/fpdf"

	"github.com/asylumpacket/packet/templates"
)

// Stamp placement in the bottom margin, in points.
const (
	stampSize     = 9.0
	stampBaseline = 22.0 // above the bottom edge
	stampInset    = 36.0 // from the side edges, for Left and Right stamps
	stampPad      = 2.5  // white backing beyond the text

	// A Top stamp (the confidentiality notice) sits in the top margin,
	// smaller, so that its backing stays inside the 18 points kept free
	// above a document's own content.
	topSize     = 8.0
	topBaseline = 13.0 // below the top edge
)

// Align places a stamp in the bottom margin.
type Align int

// Stamp alignments.
const (
	Center Align = iota
	Left
	Right
	Top // centred in the top margin
)

// Stamp is one line of text in a page's margin: a packet number or an
// exhibit page ("Ex. C, p. 2 of 5") at the bottom, a confidentiality notice
// at the top.
type Stamp struct {
	Text  string
	Align Align
}

// StampPage is the size of one packet page, in points, and its stamps.
type StampPage struct {
	W, H   float64
	Stamps []Stamp
}

// Mark is a stamp placed: its text, its baseline's left end and its width,
// in points with the origin at the page's bottom left, and its type size.
// It is drawn on a white backing reaching Pad beyond the text.
type Mark struct {
	Text      string
	X, Y, W   float64
	Size, Pad float64
	Ascent    float64 // above the baseline, as a share of Size
	Descent   float64 // below the baseline, as a share of Size
}

// LayStamps places the stamps of every page, measured with the embedded
// font, and returns with them a one-page PDF whose font holds every glyph
// they use: the assembler draws the marks with that font, so every page's
// stamps cost a few dozen bytes and the font is embedded once.
func LayStamps(pages []StampPage) (marks [][]Mark, sheet []byte, err error) {
	f := overlay(pageW, pageH, stampSize)
	used := map[rune]bool{}
	marks = make([][]Mark, len(pages))
	for i, p := range pages {
		for _, s := range p.Stamps {
			text := clean(s.Text)
			size, y := stampSize, stampBaseline
			if s.Align == Top {
				size, y = topSize, p.H-topBaseline
			}
			w := f.GetStringWidth(text) * size / stampSize
			x := (p.W - w) / 2
			switch s.Align {
			case Left:
				x = stampInset
			case Right:
				x = p.W - stampInset - w
			}
			marks[i] = append(marks[i], Mark{Text: text, X: x, Y: y, W: w, Size: size, Pad: stampPad, Ascent: 0.76, Descent: 0.24})
			for _, r := range text {
				used[r] = true
			}
		}
	}
	// The sheet shows each glyph once, so that fpdf's subset keeps it.
	var glyphs []rune
	for r := range used {
		glyphs = append(glyphs, r)
	}
	slices.Sort(glyphs)
	f.AddPage()
	f.Text(stampInset, pageH-stampBaseline, string(glyphs)+" ")
	sheet, err = output(f, "stamps")
	return marks, sheet, err
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
