package typeset

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tabStop is the width in columns of a tab stop in the source.
const tabStop = 4

// clean makes src safe to parse, measure and print. It follows the clean
// of internal/layout (duplicated here to keep the packages independent):
// fpdf's UTF-8 fonts index a 65,536-entry width table, so a rune beyond the
// Basic Multilingual Plane (an emoji) would crash it and becomes U+FFFD, as
// does invalid UTF-8; control characters become spaces. In addition, CR LF
// and a lone CR become LF, as do the Unicode line and paragraph separators;
// tabs expand to spaces at stops of four columns, so that indentation keeps
// its meaning; a leading byte order mark is dropped; and the text is put in
// Unicode normal form C, since fpdf does not position combining accents:
// "e" + U+0301 prints as the single glyph "é".
func clean(src string) string {
	src = strings.ToValidUTF8(src, "\uFFFD")
	src = strings.TrimPrefix(src, "\uFEFF")
	src = strings.ReplaceAll(src, "\r\n", "\n")
	src = norm.NFC.String(src)
	var b strings.Builder
	b.Grow(len(src))
	col := 0
	for _, r := range src {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
			col = 0
			continue
		case r == '\t':
			for n := tabStop - col%tabStop; n > 0; n-- {
				b.WriteByte(' ')
				col++
			}
			continue
		case r > 0xFFFF:
			r = utf8.RuneError
		case unicode.IsControl(r):
			r = ' '
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}
