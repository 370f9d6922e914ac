package pageread

import (
	"cmp"
	"slices"
	"unicode"

	"golang.org/x/text/unicode/bidi"
)

// logicalOrder puts the words of right-to-left text back in the order
// they are read. PDF writes text in the order it is drawn, left to right;
// PDFium turns the letters of a right-to-left word around, but leaves the
// words of a right-to-left phrase inside a left-to-right line, such as a
// Persian title in an English sentence, last word first. Within each
// stretch of right-to-left words on a line, words are ordered from right
// to left, and so are the letters of each word; a number among them keeps
// its digits left to right, as it is read in any script.
func logicalOrder(chars []Char) {
	for i := 0; i < len(chars); {
		if !rtlLetter(chars[i]) {
			i++
			continue
		}
		end, last := i+1, i // last: the stretch's last right-to-left letter
		line := chars[i].Box
		for end < len(chars) && !chars[end].Vertical && (rtlLetter(chars[end]) || neutral(chars[end].R) || digit(chars[end].R)) {
			c := chars[end]
			if !unicode.IsSpace(c.R) && c.Box.X1 > c.Box.X0 {
				if !sameLine(line, c) {
					break
				}
				line = union(line, c.Box)
			}
			if rtlLetter(c) {
				last = end
			}
			end++
		}
		reorder(chars[i : last+1])
		i = last + 1
	}
}

// reorder orders the words of one stretch, and the letters in each, from
// right to left, keeping the spaces between words where they were.
func reorder(stretch []Char) {
	var words [][]Char
	var gaps [][]Char
	for k := 0; k < len(stretch); {
		start := k
		for k < len(stretch) && !unicode.IsSpace(stretch[k].R) {
			k++
		}
		if k > start {
			words = append(words, stretch[start:k])
		}
		start = k
		for k < len(stretch) && unicode.IsSpace(stretch[k].R) {
			k++
		}
		if k > start {
			gaps = append(gaps, stretch[start:k])
		}
	}
	for i, w := range words {
		words[i] = rightToLeft(w)
	}
	slices.SortStableFunc(words, func(a, b []Char) int { return rightFirst(a[0], b[0]) })
	// Built apart: words and gaps still point into stretch.
	out := make([]Char, 0, len(stretch))
	for k, w := range words {
		out = append(out, w...)
		if k < len(gaps) {
			out = append(out, gaps[k]...)
		}
	}
	copy(stretch, out)
}

// rightToLeft orders the letters of a word from right to left, each with
// the marks (vowel signs, shadda) that follow it. A number is left as it
// is.
func rightToLeft(word []Char) []Char {
	if !slices.ContainsFunc(word, rtlLetter) {
		return word
	}
	var clusters [][]Char
	for k, c := range word {
		if k > 0 && unicode.In(c.R, unicode.Mn, unicode.Cf) {
			clusters[len(clusters)-1] = append(clusters[len(clusters)-1], c)
			continue
		}
		clusters = append(clusters, []Char{c})
	}
	slices.SortStableFunc(clusters, func(a, b []Char) int { return rightFirst(a[0], b[0]) })
	return slices.Concat(clusters...)
}

// rightFirst orders characters by where their middle stands, rightmost
// first.
func rightFirst(a, b Char) int {
	return cmp.Compare(b.Box.X0+b.Box.X1, a.Box.X0+a.Box.X1)
}

// RightToLeft reports whether text's first letter is of a script written
// from right to left.
func RightToLeft(text string) bool {
	for _, r := range text {
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.R, bidi.AL:
			return true
		case bidi.L:
			return false
		}
	}
	return false
}

// rtlLetter reports a horizontal character of a script written from right
// to left.
func rtlLetter(c Char) bool {
	if c.Vertical {
		return false
	}
	p, _ := bidi.LookupRune(c.R)
	return p.Class() == bidi.R || p.Class() == bidi.AL
}

// digit reports a digit, of any script.
func digit(r rune) bool {
	p, _ := bidi.LookupRune(r)
	return p.Class() == bidi.EN || p.Class() == bidi.AN
}

// neutral reports what may stand inside a right-to-left stretch: spaces,
// punctuation, marks and format characters, but not digits or letters.
func neutral(r rune) bool {
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.WS, bidi.ON, bidi.NSM, bidi.BN, bidi.CS, bidi.ET, bidi.ES:
		return true
	}
	return false
}
