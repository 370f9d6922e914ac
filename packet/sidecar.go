package packet

import (
	"io"

	"github.com/asylumpacket/packet/sidecar"
)

// Sidecar returns the record of a packet built from c: the machine-readable
// index that other programs, rebuilds and supplements read.
func (r *Result) Sidecar(c *Case) *sidecar.Sidecar {
	s := &sidecar.Sidecar{
		Tool: "packet", Version: Version, Title: c.Filing.Title, Forum: string(c.Forum), Date: c.Filing.Date.String(),
		Pages:    r.Pages,
		Numbers:  sidecar.Numbers{Style: r.Numbering.Style, CoverPages: r.CoverPages, First: r.FirstNumber, Last: r.LastNumber},
		Inputs:   r.Inputs,
		Exhibits: []sidecar.Exhibit{},
		Parts:    r.Parts,
		Previous: r.Previous,
	}
	if r.Numbering.Style == StyleBates {
		s.Numbers.Prefix, s.Numbers.Digits = r.Numbering.Prefix, r.Numbering.Digits
	}
	for _, e := range r.Exhibits {
		s.Exhibits = append(s.Exhibits, e.record())
	}
	return s
}

func (e ExhibitResult) record() sidecar.Exhibit {
	se := sidecar.Exhibit{ID: e.ID, Label: e.Label, Title: e.Title, Section: e.Section,
		FirstPage: e.FirstPage, LastPage: e.LastPage, PageCount: e.PageCount, PDFPage: e.PDFPage, Files: []sidecar.File{},
		Selection: e.Selection, Highlighted: e.Highlighted, Redacted: e.Redacted, Recognised: e.Recognised}
	for _, f := range e.Files {
		se.Files = append(se.Files, sidecar.File{Path: f.Path, SHA256: f.SHA256, Size: f.Size})
	}
	return se
}

// WriteSidecar writes the sidecar as indented JSON.
func (r *Result) WriteSidecar(w io.Writer, c *Case) error { return r.Sidecar(c).Write(w) }
