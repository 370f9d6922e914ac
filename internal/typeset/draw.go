package typeset

import (
	"bytes"
	"fmt"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/asylumpacket/packet/templates"
)

// oblique is the slant of synthetic italics, in degrees.
const oblique = 12

// Vertical metrics of DejaVu Sans, in ems: the glyphs' extent above and
// below the baseline. The baseline is placed so that this extent is centred
// in the line box, which keeps every glyph inside its box.
const (
	ascent  = 0.928
	descent = 0.236
)

// fixedTime stamps the PDF's creation and modification dates so that the
// same source always yields the same bytes.
var fixedTime = time.Unix(0, 0).UTC()

// draw writes the pages as a PDF and returns it with its page count. It
// embeds only the faces the pages use: registering a face in fpdf parses
// the whole TrueType file again, for every document.
func draw(pages [][]row) ([]byte, int, error) {
	f := fpdf.New("P", "pt", "Letter", "")
	f.SetCatalogSort(true)
	// The assembler compresses every stream once; fpdf would compress each
	// page here first.
	f.SetCompression(false)
	f.SetCreationDate(fixedTime)
	f.SetModificationDate(fixedTime)
	f.SetAutoPageBreak(false, 0) // every page break is placed by paginate
	f.SetMargins(margin, margin, margin)
	f.SetCellMargin(0)
	regular, boldUsed := faces(pages)
	if regular {
		f.AddUTF8FontFromBytes(family, "", templates.Regular())
	}
	if boldUsed {
		f.AddUTF8FontFromBytes(family, "B", templates.Bold())
	}
	p := pen{f: f}
	for _, page := range pages {
		f.AddPage()
		for i := range page {
			p.row(&page[i])
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, 0, fmt.Errorf("typeset: %w", err)
	}
	return buf.Bytes(), len(pages), nil
}

// faces reports which of the regular and bold faces the pages print with.
func faces(pages [][]row) (regular, boldUsed bool) {
	for _, page := range pages {
		for _, r := range page {
			if r.marker != "" {
				regular = regular || r.st&bold == 0
				boldUsed = boldUsed || r.st&bold != 0
			}
			for _, w := range r.words {
				for _, p := range w.pieces {
					regular = regular || p.st&bold == 0
					boldUsed = boldUsed || p.st&bold != 0
				}
			}
		}
	}
	return regular, boldUsed
}

// pen draws rows into an fpdf document, remembering the font it last set.
type pen struct {
	f    *fpdf.Fpdf
	st   style
	size float64
}

// font selects the face for st at size.
func (p *pen) font(st style, size float64) {
	if p.size != size || p.st.face() != st.face() {
		p.f.SetFont(family, st.fontStyle(), size)
		p.st, p.size = st, size
	}
}

// row draws r: its words at their places, each followed by a space glyph
// when a space follows it on the line, so that the text copies and
// searches with its spaces; italic words slanted about their baseline.
func (p *pen) row(r *row) {
	base := r.y + r.h/2 + (ascent-descent)/2*r.size
	if r.marker != "" {
		p.font(r.st, r.size)
		w := width(r.marker, r.st, r.size)
		p.f.Text(r.x-markerGap*r.size-w, base, r.marker)
	}
	if r.rule > 0 {
		p.f.SetLineWidth(0.6)
		p.f.SetDrawColor(0, 0, 0)
		mid, cx := r.y+r.h/2, r.x+r.measure/2
		p.f.Line(cx-r.rule/2, mid, cx+r.rule/2, mid)
	}
	for i, w := range r.words {
		for k, pc := range w.pieces {
			text := pc.text
			if k == len(w.pieces)-1 && i < len(r.words)-1 && w.space > 0 {
				text += " "
			}
			x := r.x + r.xs[i] + pc.x
			p.font(pc.st, r.size)
			if pc.st&italic == 0 {
				p.f.Text(x, base, text)
				continue
			}
			p.f.TransformBegin()
			p.f.TransformSkewX(oblique, x, base)
			p.f.Text(x, base, text)
			p.f.TransformEnd()
		}
	}
}
