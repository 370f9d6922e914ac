package packet

import (
	"strings"

	"github.com/asylumpacket/packet/internal/layout"
)

var serviceMethods = map[string]string{
	"mail":       "first-class mail, postage prepaid",
	"hand":       "hand delivery",
	"electronic": "electronic service through ECAS",
}

// frontMatter describes the generated pages for a packet whose exhibits
// land as res says.
func (c *Case) frontMatter(res *Result) layout.Document {
	a := c.Applicant
	doc := layout.Document{
		Forum: string(c.Forum),
		Title: c.Filing.Title,
		Date:  c.Filing.Date.Long(),
		Applicant: layout.Applicant{
			Name: a.Name, NativeName: a.NativeName, ANumber: a.ANumber.String(),
			DateOfBirth: a.DateOfBirth.Long(), Nationality: a.Nationality, Address: a.Address, Detained: a.Detained,
		},
		Preparer: layout.Preparer{
			Name: c.Preparer.Name, Firm: c.Preparer.Firm, Address: c.Preparer.Address, Phone: c.Preparer.Phone,
			Email: c.Preparer.Email, EOIRID: c.Preparer.EOIRID, BarNumber: c.Preparer.BarNumber,
		},
		Letter:       paragraphs(c.Filing.Letter),
		Salutation:   c.Filing.Salutation,
		ExhibitCount: len(res.Exhibits),
		PageCount:    res.Pages,
	}
	if o := c.AsylumOffice; o != nil {
		doc.Office = layout.Office{Name: o.Name, Address: o.Address}
	}
	if ct := c.Court; ct != nil {
		doc.Court = layout.Court{City: ct.City, Address: ct.Address, Judge: ct.Judge, Hearing: ct.Hearing.Long()}
	}
	if s := c.Service; s != nil {
		doc.Service = &layout.Service{To: s.To, Address: s.Address, Method: serviceMethods[s.Method], Date: s.Date.Long()}
	}
	k := 0
	for _, s := range c.Sections {
		sec := layout.Section{Title: s.Title}
		for _, e := range s.Exhibits {
			r := res.Exhibits[k]
			k++
			sec.Exhibits = append(sec.Exhibits, layout.Exhibit{
				Label: e.Label, Title: e.Title, Description: e.Description, Date: e.Date.Long(),
				Pages: res.Range(r), PageCount: r.PageCount,
			})
		}
		doc.Sections = append(doc.Sections, sec)
	}
	return doc
}

// paragraphs splits a letter body at blank lines; lines within a paragraph
// are joined, as in Markdown.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}
