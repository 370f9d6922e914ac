package casegen

import (
	"fmt"
	"strconv"
	"strings"
)

// caseYAML writes the case file for a planned case, in the layout of
// spec/CASEFILE.md. Strings are double-quoted (strconv.Quote's escapes are
// all valid YAML) so that no title can change the document's structure.
func caseYAML(p *planner, exhibits []*plannedExhibit) string {
	q := strconv.Quote
	var b strings.Builder
	line := func(indent int, format string, args ...any) {
		b.WriteString(strings.Repeat("  ", indent))
		fmt.Fprintf(&b, format, args...)
		b.WriteByte('\n')
	}
	a, l := p.applicant, lawyers[p.lawyer]
	court := p.s.Forum == "immigration-court"

	line(0, "# Synthetic case written by casegen (seed %d): every person and document in it is fictional.", p.s.Seed)
	line(0, "version: 1")
	line(0, "forum: %s", p.s.Forum)
	line(0, "applicant:")
	line(1, "name: %s", q(a.name))
	if a.native != "" {
		line(1, "native_name: %s", q(a.native))
	}
	line(1, "a_number: %s", p.aNumber)
	line(1, "date_of_birth: 19%02d-%02d-%02d", 70+int(p.s.Seed%30), 1+int(p.s.Seed%12), 1+int(p.s.Seed%28))
	line(1, "nationality: %s", q(a.nationality))
	line(1, "address: %s", q("48 Example Court, Apt 3\nNewark, NJ 07104"))
	if court {
		line(1, "detained: %t", p.detained)
		c := courts[p.court]
		line(0, "court:")
		line(1, "city: %s", q(c.city))
		line(1, "address: %s", q(c.address))
		line(1, "judge: %s", q(c.judge))
		line(1, "hearing: 2027-02-17T09:00")
	} else {
		o := asylumOffices[p.office]
		line(0, "asylum_office:")
		line(1, "name: %s", q(o.name))
		line(1, "address: %s", q(o.address))
	}
	line(0, "preparer:")
	line(1, "name: %s", q(l.name))
	line(1, "firm: %s", q(l.firm))
	line(1, "address: %s", q(l.address))
	line(1, "phone: %s", q(l.phone))
	line(1, "email: %s", l.email)
	line(1, "bar_number: %s", q(l.bar))
	if court {
		line(1, "eoir_id: %s", l.eoir)
	}
	line(0, "filing:")
	if court {
		line(1, "title: %s", q("Respondent's Evidence in Support of Applications for Relief"))
	} else {
		line(1, "title: %s", q("Applicant's Evidence in Support of Form I-589"))
	}
	line(1, "date: 2026-12-01")
	if !court {
		line(1, "letter: |")
		line(2, "Please find enclosed the evidence in support of the asylum application of %s, in %d exhibits.", a.name, len(exhibits))
		b.WriteByte('\n')
		line(2, "The exhibits are listed in the index that follows this letter. Documents not in English are accompanied by certified translations.")
	}
	if court {
		line(0, "numbering:")
		line(1, "style: bates")
		line(1, "prefix: %s", a.bates)
		line(1, "digits: 6")
		line(0, "service:")
		line(1, "to: DHS Office of the Principal Legal Advisor")
		line(1, "address: %s", q(courts[p.court].opla))
		line(1, "method: mail")
		line(1, "date: 2026-12-01")
	}
	line(0, "sections:")
	for i, e := range exhibits {
		if i == 0 || e.section != exhibits[i-1].section {
			line(1, "- title: %s", q(e.section))
			line(2, "exhibits:")
		}
		line(3, "- id: %s", e.id)
		line(4, "title: %s", q(e.title))
		if e.description != "" {
			line(4, "description: %s", q(e.description))
		}
		if e.date != "" {
			line(4, "date: %s", e.date)
		}
		line(4, "files:")
		total := 0
		for _, f := range e.files {
			total += f.selected()
			sel := ""
			if f.sel != nil {
				sel = f.sel(f.total())
			}
			if sel == "" {
				line(5, "- %s", f.name)
				continue
			}
			line(5, "- path: %s", f.name)
			line(6, "pages: %s", q(sel))
		}
		if e.sel != nil {
			if sel := e.sel(total); sel != "" {
				line(4, "pages: %s", q(sel))
			}
		}
	}
	return b.String()
}
