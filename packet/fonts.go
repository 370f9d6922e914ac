package packet

import (
	"sync"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"github.com/asylumpacket/packet/templates"
)

// glyphs answers whether the shipped fonts can draw a character. fpdf would
// silently draw a box for one they lack, so packet refuses such text first.
var glyphs = sync.OnceValue(func() []*sfnt.Font {
	var fonts []*sfnt.Font
	for _, b := range [][]byte{templates.Regular(), templates.Bold()} {
		f, err := sfnt.Parse(b)
		if err != nil {
			panic("packet: embedded font unreadable: " + err.Error())
		}
		fonts = append(fonts, f)
	}
	return fonts
})

// printable lists the scripts packet typesets correctly today: Latin (every
// diacritic), Greek and Cyrillic, with the common punctuation, digits and
// combining marks. The shipped font has Arabic and Hebrew letters too, but
// without shaping and right-to-left ordering they would print wrongly.
var printable = []*unicode.RangeTable{unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Common, unicode.Inherited}

// missingGlyph returns the first character of s that packet cannot print
// correctly, and false when every character can be printed.
func missingGlyph(s string) (rune, bool) {
	_, r, ok := firstMissingGlyph(s)
	return r, ok
}

// firstMissingGlyph returns the byte offset and the first character of s
// that packet cannot print correctly.
func firstMissingGlyph(s string) (int, rune, bool) {
	var buf sfnt.Buffer
	for i, r := range s {
		if r == ' ' || r == '\uFEFF' || unicode.IsControl(r) { // line ends, tabs, a byte-order mark
			continue
		}
		if !unicode.In(r, printable...) {
			return i, r, true
		}
		for _, f := range glyphs() {
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				return i, r, true
			}
		}
	}
	return 0, 0, false
}
