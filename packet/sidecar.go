package packet

import (
	"encoding/json"
	"io"
)

// Sidecar is the machine-readable index written beside a packet
// (case.pdf → case.json): what other programs and rebuilds read.
type Sidecar struct {
	Tool     string           `json:"tool"`
	Version  string           `json:"version"`
	Title    string           `json:"title"`
	Forum    Forum            `json:"forum"`
	Pages    int              `json:"pages"`
	Numbers  SidecarNumbers   `json:"numbers"`
	Exhibits []SidecarExhibit `json:"exhibits"`
}

// SidecarNumbers says how the pages are numbered.
type SidecarNumbers struct {
	Style      string `json:"style"`
	Prefix     string `json:"prefix,omitempty"`
	Digits     int    `json:"digits,omitempty"`
	CoverPages int    `json:"cover_pages"`
	First      int    `json:"first"`
	Last       int    `json:"last"`
}

// SidecarExhibit is one exhibit in the sidecar.
type SidecarExhibit struct {
	ID        string        `json:"id"`
	Label     string        `json:"label"`
	Title     string        `json:"title"`
	Section   string        `json:"section"`
	FirstPage int           `json:"first_page"`
	LastPage  int           `json:"last_page"`
	PageCount int           `json:"page_count"`
	PDFPage   int           `json:"pdf_page"`
	Files     []SidecarFile `json:"files"`
}

// SidecarFile is an evidence file, identified by content.
type SidecarFile struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

// Sidecar returns the sidecar record of a packet built from c.
func (r *Result) Sidecar(c *Case) Sidecar {
	s := Sidecar{
		Tool: "packet", Version: Version, Title: c.Filing.Title, Forum: c.Forum, Pages: r.Pages,
		Numbers: SidecarNumbers{Style: r.Numbering.Style, CoverPages: r.CoverPages, First: r.FirstNumber, Last: r.LastNumber},
	}
	if r.Numbering.Style == StyleBates {
		s.Numbers.Prefix, s.Numbers.Digits = r.Numbering.Prefix, r.Numbering.Digits
	}
	for _, e := range r.Exhibits {
		se := SidecarExhibit{ID: e.ID, Label: e.Label, Title: e.Title, Section: e.Section,
			FirstPage: e.FirstPage, LastPage: e.LastPage, PageCount: e.PageCount, PDFPage: e.PDFPage, Files: []SidecarFile{}}
		for _, f := range e.Files {
			se.Files = append(se.Files, SidecarFile(f))
		}
		s.Exhibits = append(s.Exhibits, se)
	}
	return s
}

// WriteSidecar writes the sidecar as indented JSON.
func (r *Result) WriteSidecar(w io.Writer, c *Case) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r.Sidecar(c))
}
