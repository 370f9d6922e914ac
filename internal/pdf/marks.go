package pdf

import (
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf16"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Mark is a line of text drawn over a page, on a white backing no larger
// than itself: a page stamp. X and Y place the baseline's left end, W is
// the text's width, in points from the page's bottom left; the backing
// reaches Pad beyond the text, Ascent·Size above the baseline and
// Descent·Size below it.
type Mark struct {
	Text            string
	X, Y, W         float64
	Size, Pad       float64
	Ascent, Descent float64
}

// markFont is the font marks are drawn with: a Type 0 font with Identity-H
// encoding, taken from a page that used it, so text is written as UTF-16.
type markFont struct {
	src  *Source
	font types.Object
}

// SetMarkFont takes the font for marks from page n of src: the first font
// that page's resources name. It must be a font addressed by UTF-16 codes
// (fpdf's UTF-8 fonts are).
func (d *Doc) SetMarkFont(src *Source, n int) error {
	res, _ := src.deref(src.pages[n].resources).(types.Dict)
	fonts, _ := src.deref(res["Font"]).(types.Dict)
	names := slices.Sorted(maps.Keys(fonts))
	if len(names) == 0 {
		return fmt.Errorf("pdf: page %d names no font", n+1)
	}
	d.markFont = &markFont{src: src, font: fonts[names[0]]}
	return nil
}

// Mark draws m over page i, above everything else on it.
func (d *Doc) Mark(i int, m Mark) { d.pages[i].marks = append(d.pages[i].marks, m) }

// drawMarks writes a page's marks, and its font resource when it has any.
func (w *writer) drawMarks(res, draw *strings.Builder, marks []Mark) {
	if len(marks) == 0 || w.doc.markFont == nil {
		return
	}
	res.WriteString("/Font<</PkMark ")
	w.value(res, w.doc.markFont.src, w.doc.markFont.font)
	res.WriteString(">>")
	for _, m := range slices.Clip(marks) {
		fmt.Fprintf(draw, "q 1 g %s %s %s %s re f Q\n", num(m.X-m.Pad), num(m.Y-m.Descent*m.Size-m.Pad),
			num(m.W+2*m.Pad), num(m.Size+2*m.Pad))
		fmt.Fprintf(draw, "BT /PkMark %s Tf 0 g %s %s Td <%s> Tj ET\n", num(m.Size), num(m.X), num(m.Y), utf16Hex(m.Text))
	}
}

// utf16Hex writes text as the UTF-16BE codes an Identity-H font with a
// Unicode CID map expects.
func utf16Hex(s string) string {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 0, 2*len(u))
	for _, c := range u {
		b = append(b, byte(c>>8), byte(c))
	}
	return strings.ToUpper(hex.EncodeToString(b))
}
