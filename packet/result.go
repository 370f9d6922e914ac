package packet

import "github.com/asylumpacket/packet/sidecar"

// Version is the version of packet, recorded in every packet and sidecar.
const Version = "0.2.0"

// Result describes a built packet. The index, the bookmarks, the sidecar and
// the command's summary are all made from it.
type Result struct {
	Pages      int // physical pages in the PDF
	CoverPages int // unnumbered pages before the index
	// FirstNumber and LastNumber are the packet numbers stamped on the index's
	// first page and on the last page.
	FirstNumber, LastNumber int
	IndexPages              int
	ServicePage             int // packet number of the certificate of service, 0 without one
	Exhibits                []ExhibitResult
	Numbering               Numbering
	Warnings                ErrorList // problems in the evidence that did not stop the build
	// Inputs identifies what the packet was made from (see sidecar.Inputs).
	Inputs sidecar.Inputs
	// Previous are the exhibits of the filings that this one supplements,
	// as they were filed; empty for a first filing.
	Previous []sidecar.Exhibit
	// Parts are the files of a packet split for electronic filing; empty
	// when it was written whole.
	Parts []sidecar.Part
}

// ExhibitResult is where one exhibit landed.
type ExhibitResult struct {
	ID, Label, Title, Section string
	// FirstPage is the packet number of the exhibit's divider, LastPage of
	// its last page: the range the index prints.
	FirstPage, LastPage int
	// PageCount is the exhibit's own pages, the divider excluded.
	PageCount int
	// PDFPage is the 1-based physical page of the divider in the PDF.
	PDFPage int
	Files   []FileResult
	// Selection names the pages shown, file by file: "1:1-3,7 2:1".
	Selection string
	// Packet numbers of the pages that carry highlights, that were rebuilt
	// with redactions, and whose text was recognised by OCR.
	Highlighted, Redacted, Recognised []int
}

// FileResult identifies an evidence file by content.
type FileResult struct {
	Path   string
	SHA256 string // hex
	Size   int64
}

// Range returns the exhibit's page range as the index prints it.
func (r *Result) Range(e ExhibitResult) string { return r.Numbering.pageRange(e.FirstPage, e.LastPage) }

// Stamp returns how packet number n is stamped.
func (r *Result) Stamp(n int) string { return r.Numbering.stampNumber(n) }
