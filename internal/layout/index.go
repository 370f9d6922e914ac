package layout

import (
	"cmp"
	"slices"
	"strings"
)

// Index geometry: 0.75 inch side margins and four columns.
const (
	indexLeft  = 54.0
	indexRight = pageW - 54.0
	labelW     = 46.0
	dateW      = 98.0  // "September 30, 2026" on one line
	pagesW     = 94.0  // "PETROVA-000024 –" on one line; wider for longer numbers
	maxPagesW  = 200.0 // the widest the Pages column grows, at the Document column's cost

	padX      = 5.0 // cell padding, left and right
	padY      = 5.0 // cell padding, top and bottom
	descGap   = 2.0 // between a title and its description
	rowSize   = 10  // labels and titles
	descSize  = 8.5 // descriptions
	smallCell = 8.5 // dates, page ranges and column heads
)

// cell is the text of one table cell, wrapped, with its font and colour.
type cell struct {
	style string
	size  float64
	g     int
	lines []string
}

func (cl *cell) height() float64 { return float64(len(cl.lines)) * cl.size * lineSpacing }

// row is one exhibit's line of the index.
type row struct {
	label, title, desc, date, pages cell
}

// height is the row's height, padding included.
func (r *row) height() float64 {
	return 2*padY + max(r.label.height(), r.docHeight(), r.date.height(), r.pages.height())
}

// docHeight is the height of the Document column: title and description.
func (r *row) docHeight() float64 {
	h := r.title.height()
	if len(r.desc.lines) > 0 {
		h += descGap + r.desc.height()
	}
	return h
}

// index lays the table out over as many pages as it takes.
type index struct {
	*canvas
	docW, pagesW float64 // the widths of the columns that share what is left
	y            float64
	rows         int // rows drawn on the current page
}

// drawIndex draws the index of exhibits and returns the area of each
// exhibit's row, in document order. A row never splits across pages; one
// taller than a whole page loses its last lines, marked with an ellipsis.
func drawIndex(c *canvas, d *Document) []Link {
	t := &index{canvas: c}
	t.columns(d)
	t.firstPage(d)

	var links []Link
	n := 0
	for _, s := range d.Sections {
		for _, l := range t.sectionRows(s) {
			l.Exhibit = n
			links = append(links, l)
			n++
		}
	}
	for _, s := range d.Previous {
		t.sectionRows(s) // listed for reference, without links
	}
	if n == 0 {
		t.font("", rowSize)
		t.gray(grey)
		t.text(indexLeft+padX, t.y+padY, t.docW, "No exhibits.", 'L')
	}
	t.gray(black)
	return links
}

// sectionRows draws a section's head and rows and returns the area of each
// row, Exhibit left zero for the caller to number.
func (t *index) sectionRows(s Section) []Link {
	var links []Link
	var first *row
	if len(s.Exhibits) > 0 {
		first = t.measure(&s.Exhibits[0])
	}
	head := strings.TrimSpace(s.Title) != ""
	if head {
		sec := t.sectionCell(s.Title)
		h := sec.height() + 2*padY
		if first != nil {
			h += first.height() // keep the section's head with its first row
		}
		if t.y+h > bottom && t.rows > 0 {
			t.nextPage()
		}
		t.section(sec)
	}
	for i := range s.Exhibits {
		r := first
		if i > 0 {
			r = t.measure(&s.Exhibits[i])
		}
		// The section's head made room for its first row, or sits at the
		// top of a page that the row must share, shortened.
		if t.y+r.height() > bottom && t.rows > 0 && !(i == 0 && head) {
			t.nextPage()
		}
		t.shorten(r, bottom-t.y)
		h := r.height()
		t.draw(r)
		links = append(links, Link{Page: t.f.PageNo() - 1, X: indexLeft, Y: pageH - t.y - h, W: indexRight - indexLeft, H: h})
		t.y += h
		t.rows++
	}
	return links
}

// firstPage starts the index with its heading: the title, the applicant and
// A-number, and the filing's title.
func (t *index) firstPage(d *Document) {
	t.f.AddPage()
	w := &flow{canvas: t.canvas, left: indexLeft, right: indexRight, y: margin}
	t.gray(black)
	t.font("B", 16)
	w.para(w.left, "INDEX OF EXHIBITS", 'C')
	w.skip(4)

	a := d.Applicant
	who := a.Name
	if a.NativeName != "" {
		who += " (" + a.NativeName + ")"
	}
	if a.ANumber != "" {
		if who != "" {
			who += "  ·  "
		}
		who += a.ANumber
	}
	t.font("", 11)
	for _, l := range t.clip(t.wrap(who, w.right-w.left), 3, w.right-w.left) {
		t.text(w.left, w.y, w.right-w.left, l, 'C')
		w.y += t.lead()
	}
	if d.Title != "" {
		t.font("", 10)
		t.gray(grey)
		for _, l := range t.clip(t.wrap(d.Title, w.right-w.left), 3, w.right-w.left) {
			t.text(w.left, w.y, w.right-w.left, l, 'C')
			w.y += t.lead()
		}
		t.gray(black)
	}
	t.y = w.y + 16
	t.header()
}

// nextPage continues the index on a new page under a short heading and the
// repeated column heads.
func (t *index) nextPage() {
	t.f.AddPage()
	t.gray(black)
	t.font("B", 12)
	t.text(indexLeft, margin, indexRight-indexLeft, "INDEX OF EXHIBITS (continued)", 'C')
	t.y = margin + t.lead() + 10
	t.rows = 0
	t.header()
}

// header draws the shaded row of column heads.
func (t *index) header() {
	t.font("B", smallCell)
	h := t.lead() + 2*4
	t.f.SetFillColor(headShade, headShade, headShade)
	t.f.Rect(indexLeft, t.y, indexRight-indexLeft, h, "F")
	x := indexLeft
	t.text(x+padX, t.y+4, labelW-2*padX, "Exhibit", 'L')
	x += labelW
	t.text(x+padX, t.y+4, t.docW-2*padX, "Document", 'L')
	x += t.docW
	t.text(x+padX, t.y+4, dateW-2*padX, "Date", 'L')
	x += dateW
	t.text(x+padX, t.y+4, t.pagesW-2*padX, "Pages", 'R')
	t.y += h
	t.rule(indexLeft, indexRight, t.y, 0.8, black)
}

// sectionCell wraps a section's title for its full-width row.
func (t *index) sectionCell(title string) *cell {
	t.font("B", rowSize)
	return &cell{style: "B", size: rowSize, lines: t.wrap(title, indexRight-indexLeft-2*padX)}
}

// section draws a shaded full-width row naming a section.
func (t *index) section(sec *cell) {
	h := sec.height() + 2*padY
	if t.y+h > bottom { // a section title longer than a page
		t.shortenCell(sec, bottom-t.y-2*padY, indexRight-indexLeft-2*padX)
		h = sec.height() + 2*padY
	}
	t.f.SetFillColor(shade, shade, shade)
	t.f.Rect(indexLeft, t.y, indexRight-indexLeft, h, "F")
	t.cell(sec, indexLeft+padX, t.y+padY, indexRight-indexLeft-2*padX, 'L')
	t.y += h
	t.rule(indexLeft, indexRight, t.y, 0.5, ruleGrey)
	t.rows++
}

// measure wraps an exhibit's values into their columns.
func (t *index) measure(e *Exhibit) *row {
	r := &row{
		label: cell{style: "B", size: rowSize},
		title: cell{style: "B", size: rowSize},
		desc:  cell{size: descSize, g: grey},
		date:  cell{size: smallCell},
		pages: cell{size: smallCell},
	}
	for _, v := range []struct {
		c *cell
		s string
		w float64
	}{
		{&r.label, e.Label, labelW},
		{&r.title, cmp.Or(e.IndexTitle, e.Title), t.docW},
		{&r.desc, e.Description, t.docW},
		{&r.date, e.Date, dateW},
		{&r.pages, e.Pages, t.pagesW},
	} {
		if strings.TrimSpace(v.s) == "" {
			continue
		}
		if v.c == &r.pages {
			v.c.size = t.fitWords(v.s, v.c.size, v.w-2*padX)
		}
		t.font(v.c.style, v.c.size)
		v.c.lines = t.wrap(v.s, v.w-2*padX)
	}
	if e.Marks != "" {
		t.font("", descSize)
		r.desc.lines = append(r.desc.lines, t.wrap(e.Marks, t.docW-2*padX)...)
	}
	return r
}

// columns sizes the Pages column so that the longest page number (a Bates
// number with a long prefix) stands on one line, and gives the rest to the
// Document column.
func (t *index) columns(d *Document) {
	t.font("", smallCell)
	t.pagesW = pagesW
	for _, s := range slices.Concat(d.Sections, d.Previous) {
		for _, e := range s.Exhibits {
			for _, word := range strings.Fields(e.Pages) {
				t.pagesW = max(t.pagesW, t.width(word)+2*padX+1)
			}
		}
	}
	t.pagesW = min(t.pagesW, maxPagesW)
	t.docW = indexRight - indexLeft - labelW - dateW - t.pagesW
}

// minPagesSize is the smallest type a page range shrinks to; below it a
// number breaks, which a long Bates prefix may force.
const minPagesSize = 5.5

// fitWords returns the largest size, at most size, at which every word of
// s fits in w, so that a page number is never broken across lines.
func (t *index) fitWords(s string, size, w float64) float64 {
	t.font("", size)
	widest := 0.0
	for _, word := range strings.Fields(s) {
		widest = max(widest, t.width(word))
	}
	if widest <= w {
		return size
	}
	return max(minPagesSize, size*w/widest)
}

// shorten drops the last lines of the row's tallest cells, description
// first, until the row fits in h points.
func (t *index) shorten(r *row, h float64) {
	inner := h - 2*padY
	for r.height() > h {
		var cl *cell
		var w float64
		switch {
		case r.docHeight() > inner && len(r.desc.lines) > 0:
			cl, w = &r.desc, t.docW
		case r.docHeight() > inner && len(r.title.lines) > 1:
			cl, w = &r.title, t.docW
		case r.label.height() > inner && len(r.label.lines) > 1:
			cl, w = &r.label, labelW
		case r.date.height() > inner && len(r.date.lines) > 1:
			cl, w = &r.date, dateW
		case r.pages.height() > inner && len(r.pages.lines) > 1:
			cl, w = &r.pages, t.pagesW
		default:
			return // one line a cell: nothing left to cut
		}
		t.font(cl.style, cl.size)
		cl.lines = t.clip(cl.lines, len(cl.lines)-1, w-2*padX)
	}
}

// shortenCell keeps as many of cl's lines as fit in h points, at least one.
func (t *index) shortenCell(cl *cell, h float64, w float64) {
	t.font(cl.style, cl.size)
	n := max(int(h/(cl.size*lineSpacing)), 1)
	cl.lines = t.clip(cl.lines, n, w)
}

// draw draws an exhibit's row at t.y with a rule under it.
func (t *index) draw(r *row) {
	y := t.y + padY
	x := indexLeft
	t.cell(&r.label, x+padX, y, labelW-2*padX, 'L')
	x += labelW
	t.cell(&r.title, x+padX, y, t.docW-2*padX, 'L')
	if len(r.desc.lines) > 0 {
		t.cell(&r.desc, x+padX, y+r.title.height()+descGap, t.docW-2*padX, 'L')
	}
	x += t.docW
	t.cell(&r.date, x+padX, y, dateW-2*padX, 'L')
	x += dateW
	t.cell(&r.pages, x+padX, y, t.pagesW-2*padX, 'R')
	t.rule(indexLeft, indexRight, t.y+r.height(), 0.5, ruleGrey)
	t.gray(black)
}

// cell draws cl's lines from top y in the column from x, w wide.
func (t *index) cell(cl *cell, x, y, w float64, align byte) {
	t.font(cl.style, cl.size)
	t.gray(cl.g)
	for _, l := range cl.lines {
		t.text(x, y, w, l, align)
		y += t.lead()
	}
}
