package layout

import (
	"github.com/asylumpacket/packet/internal/script"
	"github.com/go-pdf/fpdf"
)

// TextPage is the invisible text laid over one page of the packet: the
// words recognised on a scan, or those left on a page rebuilt as a picture
// after redaction.
type TextPage struct {
	W, H  float64 // the page's size in points
	Words []Word
}

// Word is a word and the box it covers, in points from the page's bottom
// left.
type Word struct {
	Text           string
	X0, Y0, X1, Y1 float64
}

// TextLayers draws each page's words invisibly, one PDF page for each,
// to be laid over the packet's pages: each word fills its box, its font's
// ascent and descent spanning the box's height.
func TextLayers(pages []TextPage, fonts *script.Fonts) ([]byte, error) {
	f := newPDF()
	w := script.NewWriter(f, fonts)
	for _, p := range pages {
		f.AddPageFormat("P", fpdf.SizeType{Wd: p.W, Ht: p.H})
		for _, word := range p.Words {
			w.Invisible(word.X0, p.H-word.Y0, word.X1-word.X0, word.Y1-word.Y0, word.Text)
		}
	}
	return output(f, "text layers")
}
