package packet

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode"

	"github.com/asylumpacket/packet/internal/script"
)

// fontSet is what the front matter prints with: the shipped fonts, then
// the user's.
func (c *Case) fontSet() *script.Fonts {
	if c.printFonts == nil {
		return script.Builtin()
	}
	return c.printFonts
}

// checkFonts reads the user's fonts, each entry a .ttf file or a folder
// whose .ttf files are all taken, in name order.
func (c *Case) checkFonts(add func(*Error)) {
	if len(c.Fonts) == 0 || c.FS == nil {
		return
	}
	var families []*script.Family
	for i, p := range c.Fonts {
		at := fmt.Sprintf("fonts[%d]", i)
		if e := c.checkPath(at, p, true); e != nil {
			add(e)
			continue
		}
		names := []string{p}
		if st, err := fs.Stat(c.FS, c.evidenceName(p)); err == nil && st.IsDir() {
			names = nil
			entries, err := fs.ReadDir(c.FS, c.evidenceName(p))
			if err != nil {
				add(c.errorAt(at, "%q cannot be read: %v", p, err))
				continue
			}
			for _, e := range entries {
				if !e.IsDir() && strings.EqualFold(path.Ext(e.Name()), ".ttf") {
					names = append(names, path.Join(p, e.Name()))
				}
			}
			if len(names) == 0 {
				add(c.errorAt(at, "the folder %q holds no .ttf font", p))
				continue
			}
		}
		for _, name := range names {
			data, err := fs.ReadFile(c.FS, c.evidenceName(name))
			if err != nil {
				add(c.errorAt(at, "%q cannot be read: %v", name, err))
				continue
			}
			fam, err := script.LoadFont(fmt.Sprintf("UserFont%d", len(families)+1), name, data)
			if err != nil {
				add(c.errorAt(at, "%q is %v", name, err))
				continue
			}
			c.fontFiles = append(c.fontFiles, name)
			families = append(families, fam)
		}
	}
	c.printFonts = script.Builtin().With(families...)
}

// checkGlyphs refuses text that no font can print, naming the field and
// the character: a missing glyph would otherwise print as an empty box.
func (c *Case) checkGlyphs(add func(*Error)) {
	fonts := c.fontSet()
	for _, t := range c.texts() {
		if typesetField(t.path) {
			if _, r, missing := firstUntypesettable(t.value); missing {
				add(c.errorAt(t.path, "the character %q (%U) cannot be typeset here: text that packet typesets as a document is printed in Latin (all diacritics), Greek and Cyrillic only; give a document in another script as a PDF or image", string(r), r))
			}
			continue
		}
		if _, r, missing := fonts.Missing(t.value); missing {
			add(c.errorAt(t.path, "%s is in none of the fonts packet prints with; add a TrueType (.ttf) font that has it under fonts: (a file or a folder, relative to the case file)", describeRune(r)))
		}
	}
}

// describeRune names a character for a message.
func describeRune(r rune) string {
	if r > 0xFFFF {
		return fmt.Sprintf("the character %q (%U, beyond the Basic Multilingual Plane, which PDF fonts here cannot carry)", string(r), r)
	}
	return fmt.Sprintf("the character %q (%U)", string(r), r)
}

// typesetField reports the fields that packet typesets as documents
// (Markdown), with the document typesetter rather than the front matter's.
func typesetField(path string) bool { return strings.HasSuffix(path, "translation.text") }

// typesetScripts are the scripts the document typesetter prints correctly:
// it neither shapes nor reorders, and prints with DejaVu Sans alone.
var typesetScripts = []*unicode.RangeTable{unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Common, unicode.Inherited}

// firstUntypesettable returns the byte offset and the first character of
// s that the document typesetter cannot print correctly.
func firstUntypesettable(s string) (int, rune, bool) {
	for i, r := range s {
		if r == ' ' || r == '\uFEFF' || unicode.IsControl(r) { // line ends, tabs, a byte-order mark
			continue
		}
		if !unicode.In(r, typesetScripts...) {
			return i, r, true
		}
		if !script.Builtin().PrimaryHas(r) {
			return i, r, true
		}
	}
	return 0, 0, false
}
