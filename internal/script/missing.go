package script

import "unicode"

// Missing returns the byte offset and the first character of s that no
// family of fs prints, and false when every character can be printed.
// Spaces, controls and invisible formatting characters (joiners,
// direction marks) need no glyph. Characters beyond the Basic Multilingual
// Plane (emoji, rare ideographs) are missing: fpdf's fonts cannot carry
// them.
func (fs *Fonts) Missing(s string) (int, rune, bool) {
	for i, r := range s {
		switch {
		case r == ' ' || unicode.IsControl(r) || ignorable(r):
			continue
		case r > 0xFFFF:
			return i, r, true
		case fs.familyOf(r) == nil:
			return i, r, true
		}
	}
	return 0, 0, false
}

// ignorable reports Unicode's default-ignorable characters: they steer
// joining and direction and draw nothing.
func ignorable(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x034F, r == 0x061C, r == 0x3164, r == 0xFEFF, r == 0xFFA0,
		0x115F <= r && r <= 0x1160, 0x17B4 <= r && r <= 0x17B5, 0x180B <= r && r <= 0x180F,
		0x200B <= r && r <= 0x200F, 0x202A <= r && r <= 0x202E, 0x2060 <= r && r <= 0x206F,
		0xFE00 <= r && r <= 0xFE0F, 0xFFF0 <= r && r <= 0xFFF8:
		return true
	}
	return false
}
