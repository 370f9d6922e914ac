package pageread

import "unicode"

// Word is a run of characters between spaces, on one line, with the box
// that holds them.
type Word struct {
	Text string
	Box  Rect
}

// Words groups a page's characters into words, leaving out those keep
// refuses (a redacted character).
func Words(chars []Char, keep func(Char) bool) []Word {
	var out []Word
	var cur []rune
	var box Rect
	flush := func() {
		if len(cur) > 0 {
			out = append(out, Word{Text: string(cur), Box: box})
			cur = cur[:0]
		}
	}
	for _, c := range chars {
		if unicode.IsSpace(c.R) || unicode.IsControl(c.R) || !keep(c) {
			flush()
			continue
		}
		if len(cur) > 0 && !sameLine(box, c) {
			flush() // a new line without a break character
		}
		if len(cur) == 0 {
			box = c.Box
		} else {
			box = union(box, c.Box)
		}
		cur = append(cur, c.R)
	}
	flush()
	return out
}
