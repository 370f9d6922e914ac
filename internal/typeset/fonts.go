package typeset

import (
	"sync"
	"unicode/utf8"

	"github.com/go-pdf/fpdf"

	"github.com/asylumpacket/packet/templates"
)

// style is a set of type styles. There is no italic font: italic is drawn
// as the upright face skewed (a synthetic oblique), so it measures as the
// upright face does.
type style uint8

const (
	bold style = 1 << iota
	italic
)

// fontStyle is the fpdf style name of the face that prints st.
func (st style) fontStyle() string {
	if st&bold != 0 {
		return "B"
	}
	return ""
}

// face indexes the width tables: 0 regular, 1 bold.
func (st style) face() int {
	if st&bold != 0 {
		return 1
	}
	return 0
}

// family names the embedded font in fpdf.
const family = "DejaVu"

// advances holds, for the regular and the bold face, the advance width of
// every rune of the Basic Multilingual Plane in thousandths of the font
// size, exactly as fpdf counts them and writes them into the PDF. It is
// built once and only read afterwards, so goroutines share it.
var advances = sync.OnceValue(func() *[2][]uint16 {
	f := fpdf.New("P", "pt", "Letter", "")
	f.AddUTF8FontFromBytes(family, "", templates.Regular())
	f.AddUTF8FontFromBytes(family, "B", templates.Bold())
	var t [2][]uint16
	var buf [utf8.UTFMax]byte
	for i, st := range []string{"", "B"} {
		f.SetFont(family, st, 1000)
		t[i] = make([]uint16, 0x10000)
		for r := range rune(0x10000) {
			n := utf8.EncodeRune(buf[:], r)
			t[i][r] = uint16(f.GetStringSymbolWidth(string(buf[:n])))
		}
	}
	if err := f.Error(); err != nil {
		panic("typeset: embedded fonts: " + err.Error()) // a broken build, not bad input
	}
	return &t
})

// width is the printed width of s in style st at size points.
func width(s string, st style, size float64) float64 {
	t := advances()[st.face()]
	n := 0
	for _, r := range s {
		if r < 0x10000 {
			n += int(t[r])
		}
	}
	return float64(n) * size / 1000
}
