package pdf

import (
	"fmt"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/font"
)

// Align places a stamp in the bottom margin.
type Align int

const (
	Center Align = iota
	Left
	Right
)

// Stamp is a short line of text (ASCII) in the bottom margin of a page,
// drawn on a white backing no larger than itself so it stays readable on
// scans.
type Stamp struct {
	Text  string
	Align Align
}

const (
	stampFont     = "Helvetica"
	stampSize     = 9.0
	stampBaseline = 22.0 // points above the bottom edge
	stampInset    = 36.0 // from the side edges for Left and Right
	stampPad      = 2.5  // white backing beyond the text
)

// StampWidth returns the width of s in points.
func StampWidth(s string) float64 {
	w, err := font.TextWidthFloat(s, stampFont, stampSize)
	if err != nil {
		return float64(len(s)) * stampSize * 0.6
	}
	return w
}

// stampContent draws the stamps of a page of width w.
func stampContent(b *strings.Builder, stamps []Stamp, w float64) {
	for _, s := range stamps {
		tw := StampWidth(s.Text)
		x := (w - tw) / 2
		switch s.Align {
		case Left:
			x = stampInset
		case Right:
			x = w - stampInset - tw
		}
		fmt.Fprintf(b, "q 1 g %s %s %s %s re f Q\n", num(x-stampPad), num(stampBaseline-stampPad-2),
			num(tw+2*stampPad), num(stampSize+2*stampPad))
		fmt.Fprintf(b, "BT /PkStamp %s Tf 0 g %s %s Td (%s) Tj ET\n", num(stampSize), num(x), num(stampBaseline), escapeText(s.Text))
	}
}

// escapeText makes an ASCII string safe inside a PDF literal string.
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 32 || r > 126:
			b.WriteByte('?')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
