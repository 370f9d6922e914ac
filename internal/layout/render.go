package layout

import (
	"bytes"
	"fmt"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/asylumpacket/packet/internal/script"
)

// Page geometry, in points with the origin at the top left as fpdf has it.
const (
	pageW = 612.0 // US Letter
	pageH = 792.0

	// margin is the top and side margin of letter-style pages.
	margin = 72.0
	// stampBand is the strip at the foot of every page that the assembler
	// stamps page numbers into; nothing here may draw in it.
	stampBand = 54.0
	// bottom is the lowest y any generated page draws to. It leaves a full
	// inch, comfortably clear of stampBand.
	bottom = pageH - margin
)

// family names the primary embedded UTF-8 font in fpdf.
const family = script.PrimaryName

// fixedTime stamps the PDF's creation and modification dates so that the
// same Document always yields the same bytes.
var fixedTime = time.Unix(0, 0).UTC()

// Render draws every generated page of the packet into one PDF: the cover,
// the index, one divider per exhibit in document order and, when
// doc.Service is set, the certificate of service. The same Document always
// gives the same bytes.
//
// The index rows carry no link annotations: the assembler places them from
// Rendered.Links once it knows where the dividers land.
func Render(doc Document) (*Rendered, error) {
	return draw(&doc, true)
}

// Measure lays the pages out as Render does and returns the same page map,
// without the PDF: the cheap way to learn how long the index will be.
func Measure(doc Document) (*Rendered, error) {
	return draw(&doc, false)
}

// draw lays the document out, and writes the PDF when output is set.
func draw(doc *Document, output bool) (*Rendered, error) {
	if doc.Forum != AsylumOffice && doc.Forum != ImmigrationCourt {
		return nil, fmt.Errorf("layout: forum %q: want %q or %q", doc.Forum, AsylumOffice, ImmigrationCourt)
	}
	r, err := render(doc, false, output)
	if err == nil && doc.Forum == ImmigrationCourt && r.CoverPages > 1 {
		// The court wants a one-page cover: try again with less space
		// between its parts.
		return render(doc, true, output)
	}
	return r, err
}

// newPDF starts a Letter document laid out by this package alone, and
// deterministic; newCanvas gives it its fonts.
func newPDF() *fpdf.Fpdf {
	f := fpdf.New("P", "pt", "Letter", "")
	f.SetCatalogSort(true)
	// The assembler compresses every stream once, with one reusable
	// compressor; fpdf would make a new one for every page.
	f.SetCompression(false)
	f.SetCreationDate(fixedTime)
	f.SetModificationDate(fixedTime)
	f.SetAutoPageBreak(false, 0) // every page break is placed by this package
	f.SetMargins(margin, margin, margin)
	f.SetCellMargin(0)
	return f
}

// newCanvas starts a document drawn with fonts (nil: the shipped ones).
func newCanvas(fonts *script.Fonts) *canvas {
	f := newPDF()
	c := &canvas{f: f, w: script.NewWriter(f, fonts)}
	c.font("", 11)
	return c
}

// render draws the packet's pages; tight closes up the court cover, and
// output writes the PDF.
func render(doc *Document, tight, output bool) (*Rendered, error) {
	c := newCanvas(doc.Fonts)
	f := c.f
	r := new(Rendered)

	switch doc.Forum {
	case AsylumOffice:
		drawLetter(c, doc)
	case ImmigrationCourt:
		drawCourtCover(c, doc, tight)
	}
	r.CoverPages = f.PageNo()

	first := f.PageNo()
	r.Links = drawIndex(c, doc)
	r.IndexPages = f.PageNo() - first

	for _, s := range doc.Sections {
		for _, e := range s.Exhibits {
			drawDivider(c, &e)
			r.Dividers = append(r.Dividers, f.PageNo()-1)
		}
	}

	if doc.Service != nil {
		from := f.PageNo()
		drawService(c, doc)
		for p := from; p < f.PageNo(); p++ {
			r.ServicePages = append(r.ServicePages, p)
		}
	}

	if !output {
		return r, f.Error()
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	r.PDF = buf.Bytes()
	return r, nil
}
