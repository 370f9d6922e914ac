package layout

import "strings"

// drawService draws the certificate of service in the wording of the EOIR
// Policy Manual's model, signed by the preparer.
func drawService(c *canvas, d *Document) {
	s := d.Service
	w := &flow{canvas: c, left: margin, right: pageW - margin}
	c.f.AddPage()
	w.y = margin

	c.gray(black)
	c.font("B", 14)
	w.para(w.left, "CERTIFICATE OF SERVICE", 'C')
	w.skip(28)

	c.font("", letterSize)
	w.para(w.left, serviceText(d), 'L')
	w.skip(2 * w.lead())

	// The signature block, kept on one page: a line to sign on, the name
	// under it and the date.
	var ls []string
	if d.Preparer.Name != "" {
		ls = append(ls, d.Preparer.Name)
	}
	if d.Preparer.Firm != "" {
		ls = append(ls, d.Preparer.Firm)
	}
	date := s.Date
	if date == "" {
		date = d.Date
	}
	if date != "" {
		ls = append(ls, "Date: "+date)
	}
	h := float64(signSpace + 4)
	for _, l := range ls {
		h += w.height(w.left, l)
	}
	w.need(h)
	w.skip(signSpace)
	w.rule(w.left, w.left+signWidth, w.y, 0.6, black)
	w.skip(4)
	for _, l := range ls {
		w.para(w.left, l, 'L')
	}
}

// serviceText is the certificate's statement: "On DATE, I, NAME, served a
// copy of this TITLE and any attached pages to WHOM at the following
// address: ADDRESS by METHOD." Missing values are left out of the sentence.
func serviceText(d *Document) string {
	s := d.Service
	var b strings.Builder
	date := s.Date
	if date == "" {
		date = d.Date
	}
	if date != "" {
		b.WriteString("On " + date + ", ")
	}
	if d.Preparer.Name != "" {
		b.WriteString("I, " + d.Preparer.Name + ", served")
	} else {
		b.WriteString("I served")
	}
	title := d.Title
	if title == "" {
		title = "filing"
	}
	b.WriteString(" a copy of this " + title + " and any attached pages")
	if s.To != "" {
		b.WriteString(" to " + s.To)
	}
	if addr := joinLines(s.Address); addr != "" {
		b.WriteString(" at the following address: " + addr)
	}
	if s.Method != "" {
		b.WriteString(" by " + s.Method)
	}
	b.WriteString(".")
	return b.String()
}
