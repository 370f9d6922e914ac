package casegen

import (
	"io"

	"github.com/go-pdf/fpdf"

	"github.com/asylumpacket/packet/templates"
)

// TextDoc describes a text PDF. Its fields describe the first part of the
// document; Next holds further parts, each beginning on a new page (the
// translation after an original, a translator's certificate, a landscape
// table). A part with Pages set has exactly that many pages: text that does
// not fit is dropped, and filler text makes up any shortfall.
type TextDoc struct {
	Size       Size     // page size; zero means Letter; wider than high is landscape
	Pages      int      // exact page count of this part (see Filler); 0 means as many as the text needs
	Letterhead []string // centred lines above the title: issuer, address
	Title      string
	Paragraphs []string // body text; a paragraph starting with "## " is a heading
	Table      *Table   // printed after the paragraphs
	Signature  []string // lines under a signature rule, at the end of the part
	Filler     string   // topic of the text that pads the part to Pages (TopicNone: blank pages); default TopicReport
	Seed       uint64   // decides the padding text
	Next       []TextDoc

	// Whole-document settings, read from the first part only.
	Numbered bool   // print "Page n of N" on every page
	Author   string // PDF Info author: stray metadata that packet must not pass on
}

// Table is a simple grid; cells wrap.
type Table struct {
	Caption string
	Header  []string
	Rows    [][]string
	Widths  []float64 // relative column widths; nil means equal
}

// TextPDF writes d as a PDF and returns its page count. Text outside
// Windows-1252 switches the whole document to the embedded DejaVu font.
func TextPDF(w io.Writer, d TextDoc) (pages int, err error) {
	first := d.Size.orDefault()
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: first.W, Ht: first.H}})
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(fixedDate)
	pdf.SetModificationDate(fixedDate)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCreator("packet casegen", false)
	if d.Author != "" {
		pdf.SetAuthor(d.Author, true)
	}
	if d.Title != "" {
		pdf.SetTitle(d.Title, true)
	}

	l := &layout{pdf: pdf, family: "Helvetica", tr: func(s string) string { return s }}
	if needsUnicode(d) {
		pdf.AddUTF8FontFromBytes("DejaVu", "", templates.Regular())
		pdf.AddUTF8FontFromBytes("DejaVu", "B", templates.Bold())
		l.family = "DejaVu"
	} else {
		l.tr = pdf.UnicodeTranslatorFromDescriptor("") // cp1252, built into fpdf
	}
	if d.Numbered {
		pdf.AliasNbPages("{nb}")
	}
	pdf.SetFooterFunc(func() { l.footer(d.Numbered) })

	l.part(d)
	for _, p := range d.Next {
		l.part(p)
	}
	if err := pdf.Output(w); err != nil {
		return 0, err
	}
	return pdf.PageCount(), nil
}

// needsUnicode reports whether any text of d falls outside Windows-1252.
func needsUnicode(d TextDoc) bool {
	texts := append([]string{d.Title, d.Author}, d.Letterhead...)
	texts = append(texts, d.Paragraphs...)
	texts = append(texts, d.Signature...)
	if t := d.Table; t != nil {
		texts = append(texts, t.Caption)
		texts = append(texts, t.Header...)
		for _, row := range t.Rows {
			texts = append(texts, row...)
		}
	}
	for _, s := range texts {
		for _, r := range s {
			if !inCP1252(r) {
				return true
			}
		}
	}
	for _, p := range d.Next {
		if needsUnicode(p) {
			return true
		}
	}
	return false
}

// cp1252Extra holds the printable characters Windows-1252 puts at 0x80-0x9F.
const cp1252Extra = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

func inCP1252(r rune) bool {
	if r < 0x80 || (r >= 0xA0 && r <= 0xFF) {
		return true
	}
	for _, e := range cp1252Extra {
		if r == e {
			return true
		}
	}
	return false
}
