package casegen

import (
	"math"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"
)

// Type sizes and leading, in points.
const (
	bodySize    = 11
	bodyLead    = 14.5
	headSize    = 12
	titleSize   = 14
	tableSize   = 9
	tableLead   = 11.5
	footerSize  = 7
	paraSpacing = 7
)

// layout flows one part of a TextDoc onto pages, never past its page budget.
type layout struct {
	pdf    *fpdf.Fpdf
	family string
	tr     func(string) string // text to the font's encoding

	size   Size
	margin float64
	y      float64
	pages  int  // pages used by the current part
	max    int  // page budget of the part; 0 is unlimited
	full   bool // the budget is spent: drop whatever does not fit
}

func (l *layout) part(d TextDoc) {
	l.size = d.Size.orDefault()
	l.margin = marginFor(l.size.W, l.size.H)
	l.pages, l.max, l.full = 0, d.Pages, false
	l.newPage()

	l.font("B", 10)
	for _, s := range d.Letterhead {
		l.line(s, 13, "C")
	}
	if len(d.Letterhead) > 0 {
		l.rule(6)
	}
	if d.Title != "" {
		l.font("B", titleSize)
		l.y += 4
		for _, s := range l.wrap(d.Title, l.width()) {
			l.line(s, titleSize+4, "C")
		}
		l.y += 10
	}
	for _, p := range d.Paragraphs {
		l.paragraph(p)
	}
	if d.Table != nil {
		l.table(*d.Table)
	}

	sigHeight := 0.0
	if len(d.Signature) > 0 {
		sigHeight = 40 + float64(len(d.Signature))*bodyLead
	}
	if l.max > 0 && d.Filler != TopicNone {
		l.pad(newProse(d.Seed, d.Filler), sigHeight)
	}
	if len(d.Signature) > 0 && l.room(sigHeight) {
		l.y += 34
		l.pdf.SetLineWidth(0.6)
		l.pdf.Line(l.margin, l.y, l.margin+math.Min(200, l.width()), l.y)
		l.y += 4
		l.font("", bodySize)
		for _, s := range d.Signature {
			l.line(s, bodyLead, "L")
		}
	}
	for l.max > 0 && l.pages < l.max { // with TopicNone, blank pages make up the count
		l.newPage()
	}
}

// marginFor gives an inch of margin, less on small pages.
func marginFor(w, h float64) float64 { return math.Min(72, math.Min(w, h)*0.12) }

func (l *layout) newPage() {
	l.pdf.AddPageFormat("P", fpdf.SizeType{Wd: l.size.W, Ht: l.size.H})
	l.pages++
	l.y = l.margin
}

func (l *layout) width() float64  { return l.size.W - 2*l.margin }
func (l *layout) bottom() float64 { return l.size.H - l.margin }

// room makes space for h more points, on a new page if the budget allows.
func (l *layout) room(h float64) bool {
	if l.full {
		return false
	}
	if l.y+h <= l.bottom() {
		return true
	}
	if l.max > 0 && l.pages >= l.max {
		l.full = true
		return false
	}
	l.newPage()
	return true
}

func (l *layout) font(style string, size float64) { l.pdf.SetFont(l.family, style, size) }

// line prints one line of text at the cursor and moves down by lead.
func (l *layout) line(s string, lead float64, align string) {
	if !l.room(lead) {
		return
	}
	l.pdf.SetXY(l.margin, l.y)
	l.pdf.CellFormat(l.width(), lead, l.tr(s), "", 0, align, false, 0, "")
	l.y += lead
}

func (l *layout) rule(gap float64) {
	l.pdf.SetLineWidth(0.8)
	l.pdf.Line(l.margin, l.y+gap/2, l.size.W-l.margin, l.y+gap/2)
	l.y += gap + 6
}

func (l *layout) paragraph(p string) {
	if h, ok := strings.CutPrefix(p, "## "); ok {
		l.y += 4
		l.font("B", headSize)
		for _, s := range l.wrap(h, l.width()) {
			l.line(s, headSize+4, "L")
		}
		l.y += 2
		return
	}
	l.font("", bodySize)
	for _, s := range l.wrap(p, l.width()) {
		l.line(s, bodyLead, "L")
	}
	l.y += paraSpacing
}

// pad adds filler paragraphs until the part fills its budget, keeping
// reserve points free on the last page for the signature.
func (l *layout) pad(p *prose, reserve float64) {
	l.font("", bodySize)
	for !l.full {
		for _, s := range l.wrap(p.paragraph(), l.width()) {
			if l.pages >= l.max && l.y+bodyLead > l.bottom()-reserve {
				return
			}
			l.line(s, bodyLead, "L")
		}
		l.y += paraSpacing
	}
}

func (l *layout) table(t Table) {
	cols := len(t.Header)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	widths := make([]float64, cols)
	total := 0.0
	for i := range widths {
		widths[i] = 1
		if i < len(t.Widths) && t.Widths[i] > 0 {
			widths[i] = t.Widths[i]
		}
		total += widths[i]
	}
	for i := range widths {
		widths[i] *= l.width() / total
	}
	if t.Caption != "" {
		l.font("B", bodySize)
		for _, s := range l.wrap(t.Caption, l.width()) {
			l.line(s, bodyLead, "L")
		}
		l.y += 4
	}
	if len(t.Header) > 0 && !l.row(t.Header, widths, true) {
		return
	}
	for _, r := range t.Rows {
		h := l.rowHeight(r, widths, false)
		if l.y+h > l.bottom() && len(t.Header) > 0 { // the row goes to a new page: repeat the header there
			if !l.room(l.rowHeight(t.Header, widths, true) + h) {
				return
			}
			l.row(t.Header, widths, true)
		}
		if !l.row(r, widths, false) {
			return
		}
	}
	l.y += paraSpacing
}

func (l *layout) rowHeight(cells []string, widths []float64, header bool) float64 {
	l.font(cellStyle(header), tableSize)
	n := 1
	for i, c := range cells {
		if i < len(widths) {
			n = max(n, len(l.wrap(c, widths[i]-6)))
		}
	}
	return float64(n)*tableLead + 6
}

// row draws one table row, moving to a new page first if it does not fit.
func (l *layout) row(cells []string, widths []float64, header bool) bool {
	h := l.rowHeight(cells, widths, header)
	if !l.room(h) {
		return false
	}
	x := l.margin
	for i, w := range widths {
		if header {
			l.pdf.SetFillColor(225, 225, 225)
			l.pdf.Rect(x, l.y, w, h, "FD")
		} else {
			l.pdf.Rect(x, l.y, w, h, "D")
		}
		if i < len(cells) {
			for j, s := range l.wrap(cells[i], w-6) {
				l.pdf.SetXY(x+3, l.y+3+float64(j)*tableLead)
				l.pdf.CellFormat(w-6, tableLead, l.tr(s), "", 0, "L", false, 0, "")
			}
		}
		x += w
	}
	l.y += h
	return true
}

func cellStyle(header bool) string {
	if header {
		return "B"
	}
	return ""
}

// wrap breaks s into lines no wider than w in the current font. It measures
// translated text, so it works for the core font and DejaVu alike.
func (l *layout) wrap(s string, w float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		cur := ""
		for _, word := range strings.Fields(para) {
			next := word
			if cur != "" {
				next = cur + " " + word
			}
			if cur != "" && l.pdf.GetStringWidth(l.tr(next)) > w {
				lines = append(lines, cur)
				next = word
			}
			cur = next
		}
		lines = append(lines, cur)
	}
	return lines
}

// footer marks the page as a fictional sample, and numbers it if asked.
func (l *layout) footer(numbered bool) {
	pdf := l.pdf
	w, h := pdf.GetPageSize()
	size := float64(footerSize)
	pdf.SetFont(l.family, "", size)
	text := l.tr(Footer)
	if tw := pdf.GetStringWidth(text); tw > w-8 {
		size *= (w - 8) / tw
		pdf.SetFontSize(size)
	}
	pdf.SetTextColor(110, 110, 110)
	pdf.SetXY(0, h-marginFor(w, h)*0.35-size)
	pdf.CellFormat(w, size+2, text, "", 0, "C", false, 0, "")
	if numbered {
		n := "Page " + strconv.Itoa(pdf.PageNo()) + " of {nb}"
		pdf.SetFontSize(9)
		m := marginFor(w, h) // not l.margin: the footer may run after the next part began
		pdf.SetXY(m, h-m+4)
		pdf.CellFormat(w-2*m, 10, n, "", 0, "R", false, 0, "")
	}
	pdf.SetTextColor(0, 0, 0)
}
