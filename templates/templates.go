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

func mustRead(name string) []byte {
	b, err := FS.ReadFile(name)
	if err != nil {
		panic("templates: embedded file missing: " + name) // a broken build, not bad input
	}
	return b
}
