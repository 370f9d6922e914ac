package layout

import (
	"github.com/go-pdf/fpdf"

	"github.com/asylumpacket/packet/internal/script"
)

// lineSpacing is the height of a line of text as a multiple of its size.
const lineSpacing = 1.25

// Greys used for text and rules (0 black, 255 white).
const (
	black     = 0
	grey      = 85  // secondary text: descriptions, notes
	ruleGrey  = 170 // thin rules between rows
	shade     = 232 // section rows
	headShade = 210 // column headers
)

// canvas is the fpdf document with the current font remembered, so that
// lines can be measured and placed by their top edge. Text goes through
// w, which prints every script the fonts cover.
type canvas struct {
	f     *fpdf.Fpdf
	w     *script.Writer
	style string
	size  float64
	g     int
}

// font selects the embedded font in style "" (regular) or "B" at size points.
func (c *canvas) font(style string, size float64) {
	c.f.SetFont(family, style, size)
	c.style, c.size = style, size
}

// gray sets the text colour.
func (c *canvas) gray(g int) {
	c.f.SetTextColor(g, g, g)
	c.g = g
}

// lead is the height of one line in the current font.
func (c *canvas) lead() float64 { return c.size * lineSpacing }

// width is the printed width of s in the current font.
func (c *canvas) width(s string) float64 { return c.w.Width(clean(s), c.style == "B", c.size) }

// text draws s as one line whose box of height lead has its top at y and
// spans x to x+w, aligned 'L', 'C' or 'R' within it. It does not wrap.
func (c *canvas) text(x, y, w float64, s string, align byte) {
	s = clean(s)
	switch align {
	case 'C':
		x += (w - c.width(s)) / 2
	case 'R':
		x += w - c.width(s)
	}
	// The baseline sits 0.92 of the size down the 1.25 line box: DejaVu's
	// capitals and descenders are centred, with room for accents over capitals.
	c.w.Text(x, y+c.size*0.92, s, c.style == "B", c.size)
}

// rule draws a horizontal line of the given width in points.
func (c *canvas) rule(x1, x2, y, width float64, g int) {
	c.f.SetDrawColor(g, g, g)
	c.f.SetLineWidth(width)
	c.f.Line(x1, y, x2, y)
}

// flow places text down the page, starting a new page whenever the next line
// would pass bottom. It keeps paragraphs within [left, right].
type flow struct {
	*canvas
	left, right float64
	y           float64
	// cont draws the head of a continuation page and returns where text
	// resumes; nil means the top margin.
	cont func() float64
}

// newPage adds a page and moves to its top, keeping the font and colour
// of the text in progress.
func (w *flow) newPage() {
	w.f.AddPage()
	w.y = margin
	if w.cont != nil {
		style, size, g := w.style, w.size, w.g
		w.y = w.cont()
		w.font(style, size)
		w.gray(g)
	}
}

// need starts a new page unless h more points fit on this one. A block
// taller than a page starts a page and overflows into the next ones line by
// line as it is drawn.
func (w *flow) need(h float64) {
	if w.y+h > bottom {
		w.newPage()
	}
}

// skip moves down by h, never below the foot of the page.
func (w *flow) skip(h float64) {
	w.y += h
	if w.y > bottom {
		w.y = bottom
	}
}

// para draws s wrapped to the width from x to w.right, aligned 'L' or 'C'
// (centred on the whole width), in the current font. It leaves no single
// first line of a longer paragraph at the foot of a page.
func (w *flow) para(x float64, s string, align byte) {
	ls := w.wrap(s, w.right-x)
	if len(ls) > 1 {
		w.need(2 * w.lead())
	}
	for _, l := range ls {
		w.need(w.lead())
		w.text(x, w.y, w.right-x, l, align)
		w.y += w.lead()
	}
}

// height is how tall para(x, s) would be, ignoring page breaks.
func (w *flow) height(x float64, s string) float64 {
	return float64(len(w.wrap(s, w.right-x))) * w.lead()
}
