package layout

import "strings"

// Court cover type sizes and the caption box.
const (
	filerSize    = 10.5
	courtSize    = 12
	captionSize  = 11
	titleSize    = 16
	captionPad   = 9
	captionSplit = 0.6 // share of the width taken by the caption's left cell
	captionLines = 6   // most lines a name may take in the caption
)

// drawCourtCover draws the Immigration Court cover page in the layout of the
// EOIR Policy Manual: filer top left, DETAINED top right, the court's
// heading, the caption box, judge and hearing, then the title. A cover too
// long for one page (a very long address) continues on the next instead of
// overlapping; tight closes up the space between the parts to avoid that.
func drawCourtCover(c *canvas, d *Document, tight bool) {
	w := &flow{canvas: c, left: margin, right: pageW - margin}
	c.f.AddPage()
	w.y = margin

	gaps := [...]float64{30, 24, 14, 54}
	if tight {
		gaps = [...]float64{12, 10, 8, 16}
	}

	filerBlock(w, d)
	w.skip(gaps[0])

	courtHeading(w, &d.Court)
	w.skip(gaps[1])

	caption(w, d)
	w.skip(gaps[2])

	c.font("", captionSize)
	c.gray(black)
	if d.Court.Judge != "" {
		w.para(w.left, "Immigration Judge: "+d.Court.Judge, 'L')
	}
	if d.Court.Hearing != "" {
		w.para(w.left, "Next Hearing: "+d.Court.Hearing, 'L')
	}

	w.skip(gaps[3])
	if d.Title != "" {
		c.font("B", titleSize)
		w.need(w.height(w.left, strings.ToUpper(d.Title)) + 2*captionSize*lineSpacing)
		w.para(w.left, strings.ToUpper(d.Title), 'C')
		w.skip(14)
	}
	if d.Date != "" {
		c.font("", captionSize)
		w.para(w.left, d.Date, 'C')
	}
}

// filerBlock draws the filer's name, firm, address, phone, email and EOIR
// ID at the top left and, for a detained respondent, a boxed DETAINED at the
// top right.
func filerBlock(w *flow, d *Document) {
	p := d.Preparer
	right, boxBottom, page := w.right, w.y, w.f.PageNo()
	if d.Applicant.Detained {
		w.font("B", 13)
		dw := w.width("DETAINED") + 16
		top := w.y
		w.f.SetDrawColor(black, black, black)
		w.f.SetLineWidth(1.2)
		w.f.Rect(w.right-dw, top, dw, w.lead()+8, "D")
		w.text(w.right-dw, top+4, dw, "DETAINED", 'C')
		right = w.right - dw - 18
		boxBottom = top + w.lead() + 8
	}

	var ls []string
	ls = append(ls, p.Name, p.Firm)
	ls = append(ls, lines(p.Address)...)
	ls = append(ls, p.Phone, p.Email)
	if p.EOIRID != "" {
		ls = append(ls, "EOIR ID: "+p.EOIRID)
	}
	col := &flow{canvas: w.canvas, left: w.left, right: right, y: w.y}
	w.font("", filerSize)
	w.gray(black)
	for _, l := range ls {
		if l == "" {
			continue
		}
		if col.y+w.lead() > bottom {
			// Below the DETAINED box the full width is free again.
			col.newPage()
			col.right = w.right
		}
		col.para(col.left, l, 'L')
	}
	w.y = col.y
	if w.f.PageNo() == page {
		w.y = max(w.y, boxBottom)
	}
}

// courtHeading draws the centred heading naming the court.
func courtHeading(w *flow, ct *Court) {
	w.font("B", courtSize)
	w.gray(black)
	heading := []string{
		"UNITED STATES DEPARTMENT OF JUSTICE",
		"EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
		"IMMIGRATION COURT",
	}
	if ct.City != "" {
		heading = append(heading, strings.ToUpper(ct.City))
	}
	w.need(float64(len(heading)) * w.lead())
	for _, l := range heading {
		w.para(w.left, l, 'C')
	}
	w.font("", filerSize)
	for _, l := range lines(ct.Address) {
		w.para(w.left, l, 'C')
	}
}

// caption draws the box "In the Matter of: NAME, Respondent. In Removal
// Proceedings" with the file number in its right cell, kept on one page.
func caption(w *flow, d *Document) {
	a := d.Applicant
	lw := (w.right - w.left) * captionSplit
	inner := lw - 2*captionPad
	rw := w.right - w.left - lw

	w.font("B", captionSize)
	name := w.clip(w.wrap(a.Name, inner), captionLines, inner)
	w.font("", captionSize)
	native := w.clip(w.wrap(a.NativeName, inner), captionLines, inner)
	if a.NativeName == "" {
		native = nil
	}
	if a.Name == "" {
		name = nil
	}
	lead := w.lead()
	rows := 1 + 0.5 + float64(len(name)+len(native)) + 0.5 + 1 + 0.5 + 1
	h := rows*lead + 2*captionPad
	w.need(h)

	top := w.y
	w.f.SetDrawColor(black, black, black)
	w.f.SetLineWidth(0.8)
	w.f.Rect(w.left, top, w.right-w.left, h, "D")
	w.f.Line(w.left+lw, top, w.left+lw, top+h)

	x, y := w.left+captionPad, top+captionPad
	w.text(x, y, inner, "In the Matter of:", 'L')
	y += 1.5 * lead
	w.font("B", captionSize)
	for _, l := range name {
		w.text(x, y, inner, l, 'L')
		y += lead
	}
	w.font("", captionSize)
	for _, l := range native {
		w.text(x, y, inner, l, 'L')
		y += lead
	}
	y += 0.5 * lead
	w.text(x+reIndent, y, inner-reIndent, "Respondent.", 'L')
	y += 1.5 * lead
	w.text(x, y, inner, "In Removal Proceedings", 'L')

	if a.ANumber != "" {
		rx, rin := w.left+lw+captionPad, rw-2*captionPad
		fl := w.clip(w.wrap("File No.: "+a.ANumber, rin), int(rows), rin)
		ry := top + (h-float64(len(fl))*lead)/2
		for _, l := range fl {
			w.text(rx, ry, rin, l, 'L')
			ry += lead
		}
	}
	w.y = top + h
}
