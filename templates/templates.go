// Package templates holds what packet prints with and from: the fonts it
// embeds in every packet, the standard wording of its letters and
// certificates, and the JSON Schema of the case file.
package templates

import "embed"

// FS holds the fonts (fonts/*.ttf with their licence) and the text templates.
//
//go:embed fonts/*.ttf fonts/LICENSE-*.txt
var FS embed.FS

// Font file names inside FS.
const (
	FontRegular = "fonts/DejaVuSans.ttf"
	FontBold    = "fonts/DejaVuSans-Bold.ttf"
)

// Regular returns the regular text font (TrueType).
func Regular() []byte { return mustRead(FontRegular) }

// Bold returns the bold text font (TrueType).
func Bold() []byte { return mustRead(FontBold) }

// FontFamily is one shipped fallback family: the regular face and, where
// one is shipped, the bold face ("" means bold is drawn by thickening the
// regular face).
type FontFamily struct{ Name, Regular, Bold string }

// Fallbacks are the families that print what DejaVu Sans cannot, tried in
// this order for each character: Arabic script (Arabic, Persian, Pashto,
// Urdu), Hebrew, Devanagari, Ethiopic, Chinese and Japanese, Korean. All
// are TrueType (glyf) fonts, because fpdf embeds no other kind.
var Fallbacks = []FontFamily{
	{"NotoSansArabic", "fonts/NotoSansArabic-Regular.ttf", "fonts/NotoSansArabic-Bold.ttf"},
	{"NotoSansHebrew", "fonts/NotoSansHebrew-Regular.ttf", "fonts/NotoSansHebrew-Bold.ttf"},
	{"NotoSansDevanagari", "fonts/NotoSansDevanagari-Regular.ttf", "fonts/NotoSansDevanagari-Bold.ttf"},
	{"NotoSansEthiopic", "fonts/NotoSansEthiopic-Regular.ttf", "fonts/NotoSansEthiopic-Bold.ttf"},
	{"DroidSansFallback", "fonts/DroidSansFallbackFull.ttf", ""},
	{"NanumSquare", "fonts/NanumSquareR.ttf", ""},
}

// Font returns an embedded font file by its name inside FS.
func Font(name string) []byte { return mustRead(name) }

func mustRead(name string) []byte {
	b, err := FS.ReadFile(name)
	if err != nil {
		panic("templates: embedded file missing: " + name) // a broken build, not bad input
	}
	return b
}
