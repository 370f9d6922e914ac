package packet

import (
	"slices"
	"strings"

	"github.com/asylumpacket/packet/internal/layout"
)

var serviceMethods = map[string]string{
	"mail":       "first-class mail, postage prepaid",
	"hand":       "hand delivery",
	"electronic": "electronic service through ECAS",
}

// frontMatter describes the generated pages for a packet whose exhibits,
// ps, land as res says.
func (c *Case) frontMatter(ps []*prepared, res *Result) layout.Document {
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
		Letter:       paragraphs(c.letter(res)),
		Salutation:   c.Filing.Salutation,
		ListExhibits: c.Filing.ListExhibits,
		ExhibitCount: len(res.Exhibits),
		PageCount:    res.Pages,
		Fonts:        c.fontSet(),
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
		for i := range s.Exhibits {
			e := &s.Exhibits[i]
			if e.Filed() {
				continue
			}
			r := res.Exhibits[k]
			ex := layout.Exhibit{
				Label: e.Label, Title: e.Title, Description: e.Description, Date: e.Date.Long(),
				Pages: res.Range(r), PageCount: r.PageCount, Notes: c.contentsNote(e), Marks: marksNote(res, r),
			}
			if e.Report != nil {
				ex.IndexTitle = e.indexTitle()
				ex.Citation = citation(e, ps[k])
			}
			sec.Exhibits = append(sec.Exhibits, ex)
			k++
		}
		if len(sec.Exhibits) > 0 {
			doc.Sections = append(doc.Sections, sec)
		}
	}
	if sup := c.Supplement; sup != nil && sup.record != nil {
		doc.Letter = append([]string{c.supplementNote(res)}, doc.Letter...)
		if sup.ListPrevious {
			for _, e := range res.Previous {
				title := "Previously filed on " + longDate(e.Filed)
				if n := len(doc.Previous); n == 0 || doc.Previous[n-1].Title != title {
					doc.Previous = append(doc.Previous, layout.Section{Title: title})
				}
				sec := &doc.Previous[len(doc.Previous)-1]
				sec.Exhibits = append(sec.Exhibits, layout.Exhibit{
					Label: e.Label, Title: e.Title, Pages: res.Numbering.pageRange(e.FirstPage, e.LastPage), PageCount: e.PageCount,
				})
			}
		}
	}
	return doc
}

// supplementNote is the cover letter's account of what a supplement adds.
func (c *Case) supplementNote(res *Result) string {
	rec := c.Supplement.record
	note := "This supplement adds "
	switch n := len(res.Exhibits); n {
	case 0:
		note += "no new exhibits"
	case 1:
		note += "Exhibit " + res.Exhibits[0].Label
	default:
		note += "Exhibits " + res.Exhibits[0].Label + "–" + res.Exhibits[n-1].Label
	}
	if len(res.Exhibits) > 0 {
		note += " (pages " + res.Numbering.pageRange(res.Exhibits[0].FirstPage, res.LastNumber) + ")"
	}
	var dates []string
	for _, e := range res.Previous {
		if d := longDate(e.Filed); !slices.Contains(dates, d) {
			dates = append(dates, d)
		}
	}
	note += " to the evidence filed on " + andList(dates)
	if len(res.Previous) > 0 {
		first, last := res.Previous[0], res.Previous[len(res.Previous)-1]
		note += " (Exhibits " + first.Label + "–" + last.Label + ", pages " + res.Numbering.pageRange(first.FirstPage, rec.Numbers.Last) + ")"
	}
	return note + "."
}

// andList joins "a", "a and b", "a, b and c".
func andList(items []string) string {
	switch n := len(items); n {
	case 0:
		return ""
	case 1:
		return items[0]
	default:
		return strings.Join(items[:n-1], ", ") + " and " + items[n-1]
	}
}

// longDate writes a sidecar's YYYY-MM-DD date for a letter.
func longDate(s string) string {
	if d, ok := parseDate(s, false); ok {
		return d.Long()
	}
	return s
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
