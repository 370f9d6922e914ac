// Package layout draws the pages that packet writes itself: the cover (a
// cover letter to an Asylum Office, or an Immigration Court cover page), the
// index of exhibits, one divider per exhibit and the certificate of service.
//
// It knows nothing of case files or of the exhibits' own pages: the caller
// hands it a Document of ready-to-print strings and receives one PDF holding
// every generated page, plus where each part landed and where the index rows
// are, so that the assembler can link them.
package layout

import "github.com/asylumpacket/packet/internal/script"

// Forum values.
const (
	AsylumOffice     = "asylum-office"
	ImmigrationCourt = "immigration-court"
)

// Document is everything the generated pages print. Every string is final
// text, already formatted (dates, A-number); empty optional fields are left
// out of the page rather than printed blank.
type Document struct {
	Forum string // AsylumOffice or ImmigrationCourt
	Title string // the filing's title, e.g. "Applicant's Evidence in Support of Form I-589"
	Date  string // the filing date, formatted ("December 1, 2026")

	Applicant Applicant
	Office    Office // with AsylumOffice
	Court     Court  // with ImmigrationCourt
	Preparer  Preparer

	// Letter holds the cover letter's body paragraphs (AsylumOffice). Empty
	// means a standard body naming the filing, the exhibit count and the index.
	Letter []string
	// Salutation opens the letter; empty means "Dear Asylum Officer:".
	Salutation string
	// ListExhibits lists the enclosed exhibits in the letter, by section.
	ListExhibits bool

	Sections []Section
	// Previous lists, after the sections and without links, the exhibits
	// of earlier filings that this one supplements, a section per filing
	// whose Title says so ("Previously filed on December 1, 2026"). Empty
	// for a first filing.
	Previous []Section

	// ExhibitCount and PageCount describe the whole packet for the letter
	// ("12 exhibits, 57 pages").
	ExhibitCount int
	PageCount    int

	Service *Service // certificate of service; nil means none

	// Fonts print the text; nil means the shipped fonts.
	Fonts *script.Fonts
}

// Applicant is the person the filing is for.
type Applicant struct {
	Name        string
	NativeName  string // the name in the applicant's own script, optional
	ANumber     string // formatted, "A-212-345-678"
	DateOfBirth string // formatted, optional
	Nationality string // optional
	Address     string // may hold several lines, optional
	Detained    bool
}

// Office is the Asylum Office the letter is addressed to.
type Office struct {
	Name    string
	Address string // may hold several lines
}

// Court is the Immigration Court of a defensive case.
type Court struct {
	City    string // "New York, NY"
	Address string // optional, may hold several lines
	Judge   string // optional
	Hearing string // formatted next hearing, optional ("January 20, 2027, 9:00 AM")
}

// Preparer is the attorney or representative who files.
type Preparer struct {
	Name      string
	Firm      string
	Address   string // may hold several lines
	Phone     string
	Email     string
	EOIRID    string
	BarNumber string
}

// Section groups exhibits in the index ("Identity", "Country conditions").
type Section struct {
	Title    string
	Exhibits []Exhibit
}

// Exhibit is one row of the index and one divider page.
type Exhibit struct {
	Label       string // "C", "AA"
	Title       string
	IndexTitle  string // the title in the index when it differs (a citation); empty means Title
	Description string // one line in the index, optional
	Date        string // formatted document date, optional
	Pages       string // packet page range as printed in the index, "14–22"
	PageCount   int    // the exhibit's own pages, divider excluded
	// Marks says, small under the description, which pages carry
	// highlights and which were redacted: "Highlighted: 14, 16".
	Marks string
	// Citation is a country report's full citation, a line each (source,
	// title, author, date, address, date accessed, pages excerpted),
	// printed on the divider.
	Citation []string
	// Notes are printed small on the divider: what the exhibit holds (a
	// translation and its certificate).
	Notes []string
}

// Service is the certificate of service at the end of a court filing.
type Service struct {
	To      string // "DHS Office of the Principal Legal Advisor"
	Address string // may hold several lines
	Method  string // "first-class mail", "hand delivery", "electronic service through ECAS"
	Date    string // formatted
}

// Rendered is the PDF that Render made and a map of its pages. Page indices
// are 0-based positions in PDF.
type Rendered struct {
	PDF []byte

	CoverPages   int   // pages 0 .. CoverPages-1
	IndexPages   int   // the next IndexPages pages
	Dividers     []int // page index of each exhibit's divider, exhibits in document order
	ServicePages []int // page indices of the certificate of service, empty without one

	// Links are the clickable areas of the index: each covers one exhibit's row.
	Links []Link
}

// Link is a rectangle on a page, in PDF points with the origin at the bottom
// left, that should lead to the divider of exhibit Exhibit (document order,
// counting across sections from 0).
type Link struct {
	Page       int
	X, Y, W, H float64
	Exhibit    int
}
