package layout

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/asylumpacket/packet/internal/script"
)

// Certificate is a signed statement that packet adds to an exhibit: a
// translator's certificate or a certificate of interpretation.
type Certificate struct {
	Heading string // "CERTIFICATE OF TRANSLATION"
	Matter  string // who the filing is for, printed small above the heading
	// Body holds the statement: paragraphs, and items (the documents it
	// covers) listed indented.
	Body   []Block
	Signer Signer
}

// Block is a paragraph of a certificate, or one item of a list in it.
type Block struct {
	Text string
	Item bool
}

// Signer is the person who signs a certificate. An empty Date leaves a
// line to date it by hand.
type Signer struct {
	Name, Address, Phone, Date string
}

// Certificates draws each certificate from a new page, all in one PDF, and
// returns the PDF and the 0-based first page and page count of each.
func Certificates(cs []Certificate, fonts *script.Fonts) (pdf []byte, first, count []int, err error) {
	c := newCanvas(fonts)
	f := c.f
	for _, cert := range cs {
		from := f.PageNo()
		drawCertificate(c, &cert)
		first = append(first, from)
		count = append(count, f.PageNo()-from)
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, nil, nil, fmt.Errorf("layout: %w", err)
	}
	return buf.Bytes(), first, count, nil
}

// drawCertificate draws one certificate: heading, statement, and a
// signature block kept on one page.
func drawCertificate(c *canvas, cert *Certificate) {
	w := &flow{canvas: c, left: margin, right: pageW - margin}
	c.f.AddPage()
	w.y = margin
	c.gray(grey)
	c.font("", smallSize)
	if cert.Matter != "" {
		w.para(w.left, cert.Matter, 'C')
		w.skip(18)
	}
	c.gray(black)
	c.font("B", 14)
	w.para(w.left, cert.Heading, 'C')
	w.skip(24)

	c.font("", letterSize)
	for i, b := range cert.Body {
		if b.Item {
			w.text(w.left+18, w.y, 12, "•", 'L')
			w.para(w.left+32, b.Text, 'L')
			if i+1 < len(cert.Body) && !cert.Body[i+1].Item {
				w.skip(w.lead() / 2)
			}
			continue
		}
		w.para(w.left, b.Text, 'L')
		w.skip(w.lead() / 2)
	}
	w.skip(w.lead())
	signBlock(w, cert.Signer)
}

// signBlock draws lines to sign and date on, and the signer's name,
// address and telephone under them.
func signBlock(w *flow, s Signer) {
	var ls []string
	if s.Name != "" {
		ls = append(ls, "Name: "+s.Name)
	}
	if a := joinLines(s.Address); a != "" {
		ls = append(ls, "Address: "+a)
	}
	if s.Phone != "" {
		ls = append(ls, "Telephone: "+s.Phone)
	}
	w.font("", letterSize)
	h := 2*(signSpace+w.lead()) + 8
	for _, l := range ls {
		h += w.height(w.left, l)
	}
	w.need(h)

	w.skip(signSpace)
	signLine(w, signWidth, "Signature")
	if strings.TrimSpace(s.Date) != "" {
		w.skip(w.lead())
		w.para(w.left, "Date: "+s.Date, 'L')
	} else {
		w.skip(signSpace - w.lead())
		signLine(w, signWidth/2, "Date")
	}
	w.skip(w.lead())
	for _, l := range ls {
		w.para(w.left, l, 'L')
	}
}

// signLine draws a line to write on, width long, with its caption small
// under it, and leaves the letter's font.
func signLine(w *flow, width float64, caption string) {
	w.rule(w.left, w.left+width, w.y, 0.6, black)
	w.skip(3)
	w.gray(grey)
	w.font("", smallSize)
	w.para(w.left, caption, 'L')
	w.gray(black)
	w.font("", letterSize)
}
