package layout

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// asylumDoc is a fictional affirmative filing.
func asylumDoc() Document {
	return Document{
		Forum: AsylumOffice,
		Title: "Applicant's Evidence in Support of Form I-589",
		Date:  "December 1, 2026",
		Applicant: Applicant{
			Name:        "Ivana Petrova",
			NativeName:  "Ивана Петрова",
			ANumber:     "A-212-345-678",
			DateOfBirth: "March 3, 1991",
			Nationality: "Bulgaria",
		},
		Office: Office{
			Name:    "U.S. Citizenship and Immigration Services\nNewark Asylum Office",
			Address: "1200 Wall Street West, 4th Floor\nLyndhurst, NJ 07071",
		},
		Preparer: Preparer{
			Name:      "Maria Okafor, Esq.",
			Firm:      "Okafor & Nguyễn Immigration Law PLLC",
			Address:   "115 Broad Street, Suite 900\nNew York, NY 10004",
			Phone:     "(212) 555-0142",
			Email:     "mokafor@okafor-nguyen.example",
			EOIRID:    "ZX123456",
			BarNumber: "NY 5551234",
		},
		Sections: []Section{
			{Title: "Identity", Exhibits: []Exhibit{
				{Label: "A", Title: "Passport of Ivana Petrova", Description: "Biographic page, Republic of Bulgaria", Date: "May 4, 2019", Pages: "1–3", PageCount: 3},
				{Label: "B", Title: "Birth certificate (Удостоверение за раждане) with English translation", Description: "Original, translation and translator's certificate", Date: "March 10, 1991", Pages: "4–9", PageCount: 6},
			}},
			{Title: "Harm suffered", Exhibits: []Exhibit{
				{Label: "C", Title: "Declaration of Ivana Petrova", Description: "Account of the attacks of 2023 and 2024", Date: "November 20, 2026", Pages: "10–22", PageCount: 13},
				{Label: "D", Title: "Medical report, Alexandrovska University Hospital", Description: "Injuries treated on June 12, 2024", Date: "June 12, 2024", Pages: "23", PageCount: 1},
			}},
			{Title: "Country conditions", Exhibits: []Exhibit{
				{Label: "E", Title: "U.S. Department of State, 2025 Country Reports on Human Rights Practices: Bulgaria", Description: "Excerpt, sections 1 and 6; https://www.state.gov/reports/2025-country-reports-on-human-rights-practices/bulgaria", Date: "U.S. Dept. of State, April 2026", Pages: "PETROVA-000024 – PETROVA-000031", PageCount: 8},
				{Label: "F", Title: "Human Rights Watch, World Report 2026: Bulgaria", Date: "January 2026", Pages: "32–36", PageCount: 5},
			}},
		},
		ExhibitCount: 6,
		PageCount:    36,
	}
}

// courtDoc is a fictional defensive filing with a certificate of service.
func courtDoc() Document {
	d := asylumDoc()
	d.Forum = ImmigrationCourt
	d.Title = "Respondent's Evidence in Support of Application for Asylum"
	d.Applicant.Detained = true
	d.Court = Court{
		City:    "New York, NY",
		Address: "26 Federal Plaza, 12th Floor\nNew York, NY 10278",
		Judge:   "Hon. Elena Marsh",
		Hearing: "January 20, 2027, 9:00 AM",
	}
	d.Service = &Service{
		To:      "DHS Office of the Principal Legal Advisor",
		Address: "26 Federal Plaza, Room 1130\nNew York, NY 10278",
		Method:  "electronic service through ECAS",
		Date:    "December 1, 2026",
	}
	return d
}

// manyDoc has n exhibits with long titles in sections of ten.
func manyDoc(n int) Document {
	d := asylumDoc()
	d.Sections = nil
	for i := 0; i < n; i++ {
		if i%10 == 0 {
			d.Sections = append(d.Sections, Section{Title: fmt.Sprintf("Section %d", i/10+1)})
		}
		s := &d.Sections[len(d.Sections)-1]
		s.Exhibits = append(s.Exhibits, Exhibit{
			Label:       label(i),
			Title:       fmt.Sprintf("Exhibit number %d: ", i) + strings.Repeat("a long title word ", 2+i%17),
			Description: "Description of the document",
			Date:        "June 12, 2024",
			Pages:       fmt.Sprintf("%d–%d", 10*i+1, 10*i+10),
			PageCount:   10,
		})
	}
	d.ExhibitCount = n
	d.PageCount = 10 * n
	return d
}

// label is the i'th exhibit label: A … Z, AA, AB …
func label(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

func mustRender(t *testing.T, d Document) *Rendered {
	t.Helper()
	r, err := Render(d)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	if !bytes.HasPrefix(r.PDF, []byte("%PDF-")) {
		t.Fatalf("output is not a PDF")
	}
	return r
}

// checkMap checks that the page map is consistent with d and that every
// link lies on an index page, inside the page, above the stamp band, one
// per exhibit in order, and that rows on a page do not overlap.
func checkMap(t *testing.T, d Document, r *Rendered) {
	t.Helper()
	n := 0
	for _, s := range d.Sections {
		n += len(s.Exhibits)
	}
	if r.CoverPages < 1 || r.IndexPages < 1 {
		t.Fatalf("CoverPages %d, IndexPages %d: want at least 1 each", r.CoverPages, r.IndexPages)
	}
	if len(r.Dividers) != n {
		t.Fatalf("%d dividers, want %d", len(r.Dividers), n)
	}
	next := r.CoverPages + r.IndexPages
	for i, p := range r.Dividers {
		if p != next+i {
			t.Errorf("divider %d on page %d, want %d", i, p, next+i)
		}
	}
	next += n
	if d.Service == nil {
		if len(r.ServicePages) != 0 {
			t.Errorf("ServicePages %v without a service", r.ServicePages)
		}
	} else if len(r.ServicePages) == 0 || r.ServicePages[0] != next {
		t.Errorf("ServicePages %v, want from %d", r.ServicePages, next)
	}
	if got := pageCount(r.PDF); got != next+len(r.ServicePages) {
		t.Errorf("PDF has %d pages, page map says %d", got, next+len(r.ServicePages))
	}

	if len(r.Links) != n {
		t.Fatalf("%d links, want %d", len(r.Links), n)
	}
	for i, l := range r.Links {
		if l.Exhibit != i {
			t.Errorf("link %d leads to exhibit %d", i, l.Exhibit)
		}
		if l.Page < r.CoverPages || l.Page >= r.CoverPages+r.IndexPages {
			t.Errorf("link %d on page %d, not an index page", i, l.Page)
		}
		if l.W <= 0 || l.H <= 0 || l.X < 0 || l.X+l.W > pageW || l.Y+l.H > pageH {
			t.Errorf("link %d %+v outside the page", i, l)
		}
		if l.Y < stampBand {
			t.Errorf("link %d %+v reaches into the bottom %v pt", i, l, stampBand)
		}
		if i > 0 {
			p := r.Links[i-1]
			if l.Page < p.Page || l.Page == p.Page && l.Y+l.H > p.Y+0.01 {
				t.Errorf("link %d %+v not below link %d %+v", i, l, i-1, p)
			}
		}
	}
}

// pageCount counts the page objects of a PDF written by fpdf.
func pageCount(pdf []byte) int {
	return bytes.Count(pdf, []byte("<</Type /Page\n"))
}

func TestRenderAsylumOffice(t *testing.T) {
	d := asylumDoc()
	r := mustRender(t, d)
	checkMap(t, d, r)
	if r.CoverPages != 1 || r.IndexPages != 1 {
		t.Errorf("CoverPages %d, IndexPages %d: want 1 and 1", r.CoverPages, r.IndexPages)
	}
}

func TestRenderImmigrationCourt(t *testing.T) {
	d := courtDoc()
	r := mustRender(t, d)
	checkMap(t, d, r)
	if r.CoverPages != 1 || len(r.ServicePages) != 1 {
		t.Errorf("CoverPages %d, ServicePages %v: want one page each", r.CoverPages, r.ServicePages)
	}
}

func TestRenderUnknownForum(t *testing.T) {
	d := asylumDoc()
	d.Forum = "circuit-court"
	if _, err := Render(d); err == nil {
		t.Fatal("Render accepted an unknown forum")
	}
}

func TestIndexManyPages(t *testing.T) {
	d := manyDoc(120)
	r := mustRender(t, d)
	checkMap(t, d, r)
	if r.IndexPages < 3 {
		t.Errorf("IndexPages %d for 120 long rows, want several", r.IndexPages)
	}
	for _, l := range r.Links {
		if l.Y < bottomPDF()-0.01 || l.Y+l.H > pageH-margin+0.01 {
			t.Errorf("link %+v crosses the page's text area", l)
		}
	}
}

// bottomPDF is the lowest y, from the bottom, that drawing reaches.
func bottomPDF() float64 { return pageH - bottom }

func TestLongValues(t *testing.T) {
	long := strings.Repeat("Very long title of a country report with many words ", 6)[:300]
	addr := strings.Repeat("Line of an address\n", 20)
	word := strings.Repeat("x", 400)
	for _, forum := range []string{AsylumOffice, ImmigrationCourt} {
		t.Run(forum, func(t *testing.T) {
			d := courtDoc()
			d.Forum = forum
			d.Title = long
			d.Applicant.Name = long
			d.Applicant.Address = addr
			d.Office.Address = addr
			d.Court.Address = addr
			d.Preparer.Address = addr
			d.Service.Address = addr
			d.Letter = []string{long, word, "Emoji 🙂 and a tab\there.", long + long + long}
			d.Sections[0].Title = long
			e := &d.Sections[0].Exhibits[0]
			e.Title = long
			e.Description = long + " " + word
			e.Pages = word
			e.Label = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
			d.Sections[1].Exhibits[0].Description = strings.Repeat(long, 40)
			r := mustRender(t, d)
			checkMap(t, d, r)
		})
	}
}

func TestDeterministic(t *testing.T) {
	for _, d := range []Document{asylumDoc(), courtDoc(), manyDoc(40)} {
		a, b := mustRender(t, d), mustRender(t, d)
		if !bytes.Equal(a.PDF, b.PDF) {
			t.Errorf("%s: two renders differ", d.Forum)
		}
	}
}

func TestEmpty(t *testing.T) {
	for _, forum := range []string{AsylumOffice, ImmigrationCourt} {
		d := Document{Forum: forum}
		r := mustRender(t, d)
		checkMap(t, d, r)
	}
}

// TestMeasureAgrees checks that measuring predicts the rendered page map.
func TestMeasureAgrees(t *testing.T) {
	for _, doc := range []Document{asylumDoc(), courtDoc()} {
		m, err := Measure(doc)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Render(doc)
		if err != nil {
			t.Fatal(err)
		}
		if m.PDF != nil || m.CoverPages != r.CoverPages || m.IndexPages != r.IndexPages ||
			!slices.Equal(m.Dividers, r.Dividers) || !slices.Equal(m.ServicePages, r.ServicePages) || !slices.Equal(m.Links, r.Links) {
			t.Errorf("%s: measured %+v, rendered %+v", doc.Forum, *m, *r)
		}
	}
}
