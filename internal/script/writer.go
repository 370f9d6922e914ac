package script

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/go-pdf/fpdf"
	"github.com/go-text/typesetting/bidi"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/shaping"
)

// boldStroke is the outline width that thickens a face without a bold, as
// a fraction of the type size.
const boldStroke = 0.035

// Writer measures and prints lines of text into one fpdf document. It
// registers the primary font at once, in the styles "" and "B" under
// PrimaryName, and every other face only when a line first needs it:
// fpdf parses a font file again for each document. A Writer is for one
// goroutine.
type Writer struct {
	f      *fpdf.Fpdf
	fonts  *Fonts
	added  map[*Face]bool
	para   bidi.Paragraph
	seg    shaping.Segmenter
	shaper shaping.HarfbuzzShaper
}

// NewWriter prepares f to print with fonts (nil means Builtin()).
func NewWriter(f *fpdf.Fpdf, fonts *Fonts) *Writer {
	if fonts == nil {
		fonts = Builtin()
	}
	p := fonts.primary()
	f.AddUTF8FontFromBytes(PrimaryName, "", p.Regular.data)
	f.AddUTF8FontFromBytes(PrimaryName, "B", p.Bold.data)
	return &Writer{f: f, fonts: fonts, added: map[*Face]bool{p.Regular: true, p.Bold: true}}
}

// selectFace makes face at size fpdf's current font.
func (w *Writer) selectFace(face *Face, size float64) {
	p := w.fonts.primary()
	switch face {
	case p.Regular:
		w.f.SetFont(PrimaryName, "", size)
		return
	case p.Bold:
		w.f.SetFont(PrimaryName, "B", size)
		return
	}
	if !w.added[face] {
		w.f.AddUTF8FontFromBytes(face.Name, "", face.data)
		w.added[face] = true
	}
	w.f.SetFont(face.Name, "", size)
}

// restore leaves the primary face selected, as the caller had it.
func (w *Writer) restore(bold bool, size float64) {
	face, _ := w.fonts.primary().face(bold)
	w.selectFace(face, size)
}

// plain reports whether the primary face prints s as it is: no
// right-to-left or shaped script, no character from another font.
func (w *Writer) plain(s string, bold bool) bool {
	face, _ := w.fonts.primary().face(bold)
	for _, r := range s {
		if r >= 0x0590 && !(0x1E00 <= r && r <= 0x1FFF) && !(0x2010 <= r && r <= 0x2027) &&
			!(0x2030 <= r && r <= 0x205E) && !(0x20A0 <= r && r <= 0x214F) {
			return false
		}
		if r != ' ' && !unicode.IsControl(r) && !face.has(r) {
			return false
		}
	}
	return true
}

// Width is the printed width of s, one line, in points.
func (w *Writer) Width(s string, bold bool, size float64) float64 {
	if w.plain(s, bold) {
		w.restore(bold, size)
		return w.f.GetStringWidth(s)
	}
	total := 0.0
	for _, r := range w.layout(s, bold, size) {
		total += r.width
	}
	w.restore(bold, size)
	return total
}

// Text prints s as one line starting at x with its baseline at y, in the
// current text colour.
func (w *Writer) Text(x, y float64, s string, bold bool, size float64) {
	if w.plain(s, bold) {
		w.restore(bold, size)
		w.f.Text(x, y, s)
		return
	}
	for _, r := range w.layout(s, bold, size) {
		if r.shaped {
			w.outlines(x, y, r, size)
			w.hidden(x, y, r, size)
		} else {
			w.print(x, y, r, size)
		}
		x += r.width
	}
	w.restore(bold, size)
}

// print draws a plain run as text, thickened when its bold is synthetic.
func (w *Writer) print(x, y float64, r run, size float64) {
	w.selectFace(r.face, size)
	text := string(printed(r.text))
	if !r.synthetic {
		w.f.Text(x, y, text)
		return
	}
	cr, cg, cb := w.f.GetTextColor()
	w.f.RawWriteStr(fmt.Sprintf("q 2 Tr %.3f w %.3f %.3f %.3f RG\n", size*boldStroke, float64(cr)/255, float64(cg)/255, float64(cb)/255))
	w.f.Text(x, y, text)
	w.f.RawWriteStr("Q\n")
}

// outlines fills the run's glyph outlines in the text colour.
func (w *Writer) outlines(x, y float64, r run, size float64) {
	ff, err := r.face.parsed()
	if err != nil {
		return
	}
	scale := size / r.upem
	cr, cg, cb := w.f.GetTextColor()
	fr, fg, fb := w.f.GetFillColor()
	w.f.RawWriteStr("q\n")
	w.f.SetFillColor(cr, cg, cb)
	drawn := false
	pen := x
	var cx, cy float64 // the current point, which a quadratic curve starts from
	for _, g := range r.glyphs {
		gx := pen + float64(g.XOffset)/64*scale
		gy := y - float64(g.YOffset)/64*scale
		pen += float64(g.Advance) / 64 * scale
		o, ok := ff.GlyphDataOutline(g.GlyphID)
		if !ok {
			continue
		}
		for _, s := range o.Segments {
			a := s.Args
			px := func(i int) (float64, float64) {
				return gx + float64(a[i].X)*scale, gy - float64(a[i].Y)*scale
			}
			switch s.Op {
			case ot.SegmentOpMoveTo:
				cx, cy = px(0)
				w.f.MoveTo(cx, cy)
			case ot.SegmentOpLineTo:
				cx, cy = px(0)
				w.f.LineTo(cx, cy)
			case ot.SegmentOpQuadTo:
				// PDF has only cubic curves: the same curve has its
				// control points two thirds of the way to the quadratic's.
				qx, qy := px(0)
				ex, ey := px(1)
				w.f.CurveBezierCubicTo(cx+2*(qx-cx)/3, cy+2*(qy-cy)/3, ex+2*(qx-ex)/3, ey+2*(qy-ey)/3, ex, ey)
				cx, cy = ex, ey
			case ot.SegmentOpCubeTo:
				x1, y1 := px(0)
				x2, y2 := px(1)
				cx, cy = px(2)
				w.f.CurveBezierCubicTo(x1, y1, x2, y2, cx, cy)
			}
			drawn = true
		}
	}
	if drawn {
		if r.synthetic {
			w.f.RawWriteStr(fmt.Sprintf("%.3f w %.3f %.3f %.3f RG\n", size*boldStroke, float64(cr)/255, float64(cg)/255, float64(cb)/255))
			w.f.DrawPath("B")
		} else {
			w.f.DrawPath("f")
		}
	}
	w.f.RawWriteStr("Q\n")
	w.f.SetFillColor(fr, fg, fb) // fpdf's idea of the fill colour must match the page's again
}

// hidden lays the run's characters invisibly over its outlines, scaled to
// its width, so that the text searches and copies. Right-to-left runs are
// written in visual order, as PDF readers expect of any right-to-left text.
func (w *Writer) hidden(x, y float64, r run, size float64) {
	// Characters beyond the Basic Multilingual Plane, which fpdf's fonts
	// cannot carry, are left out; their outlines are drawn all the same.
	chars := slices.DeleteFunc(printed(r.text), func(c rune) bool { return c > 0xFFFF })
	if len(chars) == 0 {
		return
	}
	if r.rtl {
		for i, j := 0, len(chars)-1; i < j; i, j = i+1, j-1 {
			chars[i], chars[j] = chars[j], chars[i]
		}
	}
	w.selectFace(r.face, size)
	text := string(chars)
	natural := w.f.GetStringWidth(text)
	if natural <= 0 {
		return
	}
	w.f.RawWriteStr(fmt.Sprintf("q 3 Tr %.3f Tz\n", 100*r.width/natural))
	w.f.Text(x, y, text)
	w.f.RawWriteStr("Q\n")
}

// Invisible lays s over a box without showing it: the text layer of a
// recognised or redacted page, which search and copy find. The box is
// width by height points, from x, with its foot at bottom (fpdf's
// coordinates, from the page's top). Each font is sized so that its
// ascent and descent span the box: a reader that selects the text marks
// the word it lies on, whatever the script's font. Characters no font has
// are left out.
func (w *Writer) Invisible(x, bottom, width, height float64, s string) {
	s = strings.Map(func(r rune) rune {
		if r > 0xFFFF || (!unicode.IsSpace(r) && !ignorable(r) && w.fonts.familyOf(r) == nil) {
			return -1
		}
		return r
	}, s)
	if width <= 0 || height <= 0 {
		return
	}
	runs := w.layout(s, false, height)
	total := 0.0
	for _, r := range runs {
		total += r.width
	}
	if total <= 0 {
		return
	}
	for _, r := range runs {
		r.width *= width / total
		w.selectFace(r.face, height)
		d := w.f.GetFontDesc("", "")
		size := height
		if span := float64(d.Ascent - d.Descent); span > 0 {
			size = height * 1000 / span
		}
		w.hidden(x, bottom+float64(d.Descent)*size/1000, r, size)
		x += r.width
	}
	w.restore(false, height)
}
