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
	var buf sfnt.Buffer
	for _, r := range s {
		if r == '\n' || r == '\t' || r == ' ' {
			continue
		}
		if !unicode.In(r, printable...) {
			return r, true
		}
		for _, f := range glyphs() {
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				return r, true
			}
		}
	}
	return 0, false
}
