package packet

import (
	"bytes"
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/asylumpacket/packet/internal/layout"
	"github.com/asylumpacket/packet/internal/pageread"
	"github.com/asylumpacket/packet/internal/pdf"
)

// reading is what reading an exhibit's pages found, by page of the
// exhibit (an index into prepared.pages).
type reading struct {
	scans      []int                 // pages that carry no text
	recognised map[int]bool          // scans given text by OCR
	highlights map[int][][]pdf.Rect  // each occurrence of a highlighted phrase, a rectangle per line
	redacted   map[int]*pdf.Image    // pages rebuilt as pictures with the redactions painted in
	text       map[int][]layout.Word // invisible words: recognised, or left on a redacted page
	size       map[int][2]float64    // page sizes in points, of the pages above
	warnings   ErrorList             // phrases to highlight that are not there
}

// Resolutions: OCR reads at 300 dpi, as tesseract is trained; a redacted
// page is kept at 200 dpi, sharp enough to read small print and a few
// hundred kilobytes a page.
const (
	ocrDPI    = 300
	redactDPI = 200
)

// redactPad widens each redaction box, in points, so that no edge of a
// glyph, which may overhang its box, shows beside it.
const redactPad = 1.5

// needsOCR reports whether e's scanned pages are to be recognised.
func (c *Case) needsOCR(e *Exhibit) bool { return e.OCR || c.Filing.OCR }

// read finds p's scanned pages, and reads its pages when the exhibit asks
// for highlights, redactions or OCR and goes into this packet (one filed
// before is not repeated); an exhibit that asks for none of them costs no
// more than looking for text operators in its pages.
func (c *Case) read(ctx context.Context, p *prepared) ErrorList {
	e := p.exhibit
	r := &reading{recognised: map[int]bool{}, highlights: map[int][][]pdf.Rect{}, redacted: map[int]*pdf.Image{},
		text: map[int][]layout.Word{}, size: map[int][2]float64{}}
	p.read = r
	for j, pr := range p.pages {
		if !pr.generated && !pr.file.HasText(pr.index) {
			r.scans = append(r.scans, j)
		}
	}
	ocrWanted := c.needsOCR(e) && len(r.scans) > 0
	if e.Filed() && len(e.Redact) > 0 {
		r.warnings = append(r.warnings, c.errorAt(e.path+".redact", "Exhibit %s was filed before, as it was then: its redactions change nothing in that filing and the exhibit is not filed again", e.Label))
	}
	if e.Filed() || len(e.Highlight) == 0 && len(e.Redact) == 0 && !ocrWanted {
		return nil
	}
	var langs [][]string // by page, for the scans OCR reads
	if ocrWanted {
		var errs ErrorList
		if langs, errs = c.ocrLanguages(ctx, p); len(errs) > 0 {
			return errs
		}
	}
	var doc pdf.Doc
	for _, pr := range p.pages {
		pr.file.Place(&doc, pr.index, pr.margins())
	}
	var buf bytes.Buffer
	if _, err := doc.WriteTo(&buf); err != nil {
		return ErrorList{c.errorAt(e.path, "Exhibit %s: reading its pages: %v", e.Label, err)}
	}
	pages, err := pageread.Open(ctx, buf.Bytes())
	if err != nil {
		return ErrorList{c.errorAt(e.path, "Exhibit %s: reading its pages: %v", e.Label, err)}
	}
	defer pages.Close()
	searched := len(e.Highlight) > 0 || len(e.Redact) > 0 // else only scans are read, by OCR
	chars := make([][]pageread.Char, len(p.pages))
	for j := range p.pages {
		w, h := doc.PageSize(j)
		r.size[j] = [2]float64{w, h}
		if langs != nil && langs[j] != nil { // a scan to recognise
			words, err := c.recognise(ctx, pages, j, h, langs[j])
			if err != nil {
				return ErrorList{c.errorAt(e.path, "Exhibit %s, page %d: %v", e.Label, j+1, err)}
			}
			r.recognised[j] = true
			r.text[j] = words
			chars[j] = wordChars(words)
			continue
		}
		if !searched {
			continue
		}
		if chars[j], err = pages.Chars(j); err != nil {
			return ErrorList{c.errorAt(e.path, "Exhibit %s: %v", e.Label, err)}
		}
	}
	boxes, errs := c.redactionBoxes(p, chars)
	c.highlight(p, chars, boxes)
	if len(errs) > 0 {
		return errs
	}
	for _, j := range slices.Sorted(maps.Keys(boxes)) {
		if err := r.redact(pages, j, boxes[j], chars[j]); err != nil {
			return ErrorList{c.errorAt(e.path, "Exhibit %s, page %d: %v", e.Label, j+1, err)}
		}
	}
	return nil
}

// readWarnings are what reading the exhibits found that does not stop a
// build, as last read, and the redacted phrases printed elsewhere.
func (c *Case) readWarnings(ps []*prepared) ErrorList {
	out := c.redactionLeaks(ps)
	for _, p := range ps {
		if p.read != nil {
			out = append(out, p.read.warnings...)
		}
	}
	return out
}

// margins are the margins page pr is fitted inside.
func (pr pageRef) margins() pdf.Margins {
	switch {
	case pr.generated:
		return pdf.Margins{} // drawn by packet for Letter, clear of the stamps
	case pr.file.Kind.Image(): // a photo or scan: each page a picture
		return imageMargins
	}
	return pageMargins
}

// marked returns the packet numbers of the pages with highlights, those
// redacted and those recognised, given the number of the exhibit's first
// page.
func (r *reading) marked(first int) (highlighted, redacted, recognised []int) {
	for j := range r.size {
		if len(r.highlights[j]) > 0 {
			highlighted = append(highlighted, first+j)
		}
		if r.redacted[j] != nil {
			redacted = append(redacted, first+j)
		}
		if r.recognised[j] {
			recognised = append(recognised, first+j)
		}
	}
	slices.Sort(highlighted)
	slices.Sort(redacted)
	slices.Sort(recognised)
	return highlighted, redacted, recognised
}

// marksNote is the line the index prints under an exhibit with highlights
// or redactions.
func marksNote(res *Result, e ExhibitResult) string {
	var parts []string
	if len(e.Highlighted) > 0 {
		parts = append(parts, "Highlighted: "+packetPages(res, e.Highlighted))
	}
	if len(e.Redacted) > 0 {
		parts = append(parts, "Redacted: "+packetPages(res, e.Redacted))
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ". ") + "."
}

// packetPages formats packet pages as stamped, with runs as ranges:
// "p. 12", "pp. 12, 14–15".
func packetPages(res *Result, pages []int) string {
	prefix := "pp. "
	if len(pages) == 1 {
		prefix = "p. "
	}
	var parts []string
	for _, r := range runs(pages) {
		if r[1] > r[0] {
			parts = append(parts, res.Numbering.pageRange(r[0], r[1]))
		} else {
			parts = append(parts, res.Stamp(r[0]))
		}
	}
	return prefix + strings.Join(parts, ", ")
}
