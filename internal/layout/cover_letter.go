package layout

import (
	"cmp"
	"strconv"
	"strings"
)

// Letter type sizes.
const (
	letterSize = 11
	headSize   = 15  // firm name in the letterhead
	smallSize  = 9.5 // letterhead lines, continuation heads
	reIndent   = 36  // the "Re:" block's text column
	signSpace  = 34  // room to sign above the signature line
	signWidth  = 216 // signature line, 3 inches
)

// drawLetter draws the cover letter to an Asylum Office, on as many pages as
// it takes.
func drawLetter(c *canvas, d *Document) {
	w := &flow{canvas: c, left: margin, right: pageW - margin}
	c.f.AddPage()
	w.y = margin
	w.cont = func() float64 { return letterCont(c, d) }

	letterhead(w, &d.Preparer)

	c.font("", letterSize)
	c.gray(black)
	gap := w.lead()
	if d.Date != "" {
		w.para(w.left, d.Date, 'L')
		w.skip(gap)
	}
	if o := d.Office; o.Name != "" || o.Address != "" {
		w.para(w.left, o.Name, 'L')
		for _, l := range lines(o.Address) {
			w.para(w.left, l, 'L')
		}
		w.skip(gap)
	}

	reBlock(w, d)
	w.skip(gap)

	sal := d.Salutation
	if strings.TrimSpace(sal) == "" {
		sal = "Dear Asylum Officer:"
	}
	w.para(w.left, sal, 'L')
	w.skip(gap / 2)

	for _, p := range LetterBody(d) {
		w.para(w.left, p, 'L')
		w.skip(gap / 2)
	}
	if d.ListExhibits {
		enclosures(w, d)
	}
	w.skip(gap / 2)

	signature(w, &d.Preparer, "Respectfully submitted,")
}

// letterhead draws the preparer's firm (or name), address and contact line,
// centred, over a rule.
func letterhead(w *flow, p *Preparer) {
	head := p.Firm
	if head == "" {
		head = p.Name
	}
	var sub []string
	if p.Firm != "" && p.Name != "" {
		sub = append(sub, p.Name)
	}
	sub = append(sub, lines(p.Address)...)
	var contact []string
	if p.Phone != "" {
		contact = append(contact, "Tel. "+p.Phone)
	}
	if p.Email != "" {
		contact = append(contact, p.Email)
	}
	if len(contact) > 0 {
		sub = append(sub, strings.Join(contact, "  ·  "))
	}
	if head == "" && len(sub) == 0 {
		return
	}

	w.gray(black)
	if head != "" {
		w.font("B", headSize)
		w.para(w.left, head, 'C')
		w.skip(2)
	}
	w.font("", smallSize)
	w.gray(grey)
	for _, l := range sub {
		w.para(w.left, l, 'C')
	}
	w.gray(black)
	w.skip(6)
	w.rule(w.left, w.right, w.y, 0.75, black)
	w.skip(24)
}

// reBlock draws the bold "Re:" with the applicant's particulars and the
// filing's title beside it, kept on one page.
func reBlock(w *flow, d *Document) {
	a := d.Applicant
	var ls []string
	name := a.Name
	if a.NativeName != "" {
		name += " (" + a.NativeName + ")"
	}
	if name = strings.TrimSpace(name); name != "" {
		ls = append(ls, name)
	}
	for _, f := range [][2]string{
		{"A-Number: ", a.ANumber},
		{"Date of Birth: ", a.DateOfBirth},
		{"Nationality: ", a.Nationality},
	} {
		if f[1] != "" {
			ls = append(ls, f[0]+f[1])
		}
	}

	x := w.left + reIndent
	w.font("", letterSize)
	h := 0.0
	for _, l := range ls {
		h += w.height(x, l)
	}
	w.font("B", letterSize)
	if d.Title != "" {
		h += w.height(x, d.Title)
	}
	w.need(h)

	w.text(w.left, w.y, reIndent, "Re:", 'L')
	w.font("", letterSize)
	for _, l := range ls {
		w.para(x, l, 'L')
	}
	if d.Title != "" {
		w.font("B", letterSize)
		w.para(x, d.Title, 'L')
		w.font("", letterSize)
	}
	if len(ls) == 0 && d.Title == "" {
		w.skip(w.lead())
	}
}

// LetterBody returns the paragraphs of the letter: the caller's, ended by a
// pointer to the index, or a standard paragraph naming the filing.
func LetterBody(d *Document) []string {
	var ps []string
	for _, p := range d.Letter {
		if strings.TrimSpace(p) != "" {
			ps = append(ps, p)
		}
	}
	enclosed := count(d.ExhibitCount, "exhibit")
	if d.PageCount > 0 {
		enclosed += ", " + count(d.PageCount, "page") + " in all"
	}
	if len(ps) > 0 {
		return append(ps, "The index that follows lists the enclosed exhibits: "+enclosed+".")
	}

	var b strings.Builder
	b.WriteString("Please find enclosed the ")
	if d.Title != "" {
		b.WriteString(d.Title)
	} else {
		b.WriteString("evidence")
	}
	a := d.Applicant
	if a.Name != "" {
		b.WriteString(" for " + a.Name)
		if a.ANumber != "" {
			b.WriteString(" (" + a.ANumber + ")")
		}
	}
	b.WriteString(": " + enclosed + ", listed in the index that follows.")
	return []string{b.String()}
}

// signature draws the closing, a line to sign on and the preparer's name,
// firm and bar number, kept on one page.
func signature(w *flow, p *Preparer, closing string) {
	var ls []string
	for _, l := range []string{p.Name, p.Firm} {
		if l != "" {
			ls = append(ls, l)
		}
	}
	if p.BarNumber != "" {
		ls = append(ls, "Bar No. "+p.BarNumber)
	}

	w.font("", letterSize)
	h := w.height(w.left, closing) + signSpace + 4
	for _, l := range ls {
		h += w.height(w.left, l)
	}
	w.need(h)

	w.para(w.left, closing, 'L')
	w.skip(signSpace)
	w.rule(w.left, w.left+signWidth, w.y, 0.6, black)
	w.skip(4)
	for _, l := range ls {
		w.para(w.left, l, 'L')
	}
}

// letterCont draws the head of a continuation page of the letter (applicant,
// A-number, date and page) and returns where the text resumes.
func letterCont(c *canvas, d *Document) float64 {
	c.font("", smallSize)
	c.gray(grey)
	right := "Page " + strconv.Itoa(c.f.PageNo())
	if d.Date != "" {
		right = d.Date + "  ·  " + right
	}
	rw := c.width(right)
	left := d.Applicant.Name
	if d.Applicant.ANumber != "" {
		left += ", " + d.Applicant.ANumber
	}
	y := float64(margin)
	c.text(margin, y, pageW-2*margin, right, 'R')
	ls := c.clip(c.wrap(left, pageW-2*margin-rw-18), 2, pageW-2*margin-rw-18)
	for _, l := range ls {
		c.text(margin, y, pageW-2*margin-rw-18, l, 'L')
		y += c.lead()
	}
	if len(ls) == 0 {
		y += c.lead()
	}
	c.rule(margin, pageW-margin, y+3, 0.5, ruleGrey)
	c.gray(black)
	c.font("", letterSize)
	return y + 3 + 18
}

// enclosures lists the enclosed exhibits in the letter, by section: the
// label in a column of its own, the title and pages beside it.
func enclosures(w *flow, d *Document) {
	col := 0.0
	w.font("B", letterSize)
	for _, s := range d.Sections {
		for _, e := range s.Exhibits {
			col = max(col, w.width(e.Label))
		}
	}
	col = min(col+14, 96)
	for _, s := range d.Sections {
		w.skip(w.lead() / 4)
		w.font("B", letterSize)
		w.need(2 * w.lead())
		w.para(w.left, s.Title, 'L')
		for _, e := range s.Exhibits {
			text := cmp.Or(e.IndexTitle, e.Title)
			if e.Pages != "" {
				text += " (" + pagesWord(e.Pages) + e.Pages + ")"
			}
			w.font("", letterSize)
			h := w.height(w.left+col, text)
			w.need(min(h, 2*w.lead()))
			w.font("B", letterSize)
			w.text(w.left, w.y, col, e.Label, 'L')
			w.font("", letterSize)
			w.para(w.left+col, text, 'L')
		}
	}
	w.skip(w.lead() / 2)
}

// pagesWord is "p. " or "pp. " before a page range, none before Bates
// numbers, which name themselves.
func pagesWord(r string) string {
	switch {
	case strings.IndexFunc(r, func(c rune) bool { return c < '0' || c > '9' }) < 0:
		return "p. "
	case strings.Trim(r, "0123456789–- ") == "":
		return "pp. "
	}
	return ""
}
