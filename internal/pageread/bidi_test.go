package pageread

import (
	"slices"
	"testing"
)

// pdfiumChars lays out a line of words, given in reading order, as a PDF
// draws it in a left-to-right line, and returns its characters in the
// order PDFium gives them: words as drawn, left to right, so that a
// stretch of right-to-left words comes last word first; letters of each
// right-to-left word turned to reading order, each where it stands (the
// first letter rightmost).
func pdfiumChars(words ...string) []Char {
	isRTL := func(w string) bool { return rtlLetter(Char{R: []rune(w)[0]}) }
	// Drawing order: each stretch of right-to-left words, with the
	// numbers inside it, turned around.
	var drawn []string
	for i := 0; i < len(words); {
		if !isRTL(words[i]) {
			drawn = append(drawn, words[i])
			i++
			continue
		}
		j, last := i, i
		for j < len(words) && (isRTL(words[j]) || digit([]rune(words[j])[0])) {
			if isRTL(words[j]) {
				last = j
			}
			j++
		}
		stretch := slices.Clone(words[i : last+1])
		slices.Reverse(stretch)
		drawn = append(drawn, stretch...)
		i = last + 1
	}
	var out []Char
	x := 0.0
	for i, w := range drawn {
		if i > 0 {
			out = append(out, Char{R: ' ', Box: Rect{x, 0, x + 3, 10}})
			x += 3
		}
		rs := []rune(w)
		for k, r := range rs {
			pos := k
			if isRTL(w) {
				pos = len(rs) - 1 - k
			}
			out = append(out, Char{R: r, Box: Rect{x + float64(pos)*5, 0, x + float64(pos+1)*5, 10}})
		}
		x += float64(len(rs)) * 5
	}
	return out
}

func text(chars []Char) string {
	var s []rune
	for _, c := range chars {
		s = append(s, c.R)
	}
	return string(s)
}

func TestLogicalOrder(t *testing.T) {
	for _, words := range [][]string{
		{"the", "court", "دادگاه", "انقلاب", "said"},       // a Persian phrase in an English line
		{"hearing", "دادگاه", "1405/09/19", "انقلاب", "."}, // a date among the words reads left to right
		{"حسین", "رضایی", "پدر"},                           // a whole line
		{"تاریخ", "1405", "در"},                            // words of other lengths around a number
		{"Stoyan", "Kolev"},
	} {
		chars := pdfiumChars(words...)
		logicalOrder(chars)
		want := ""
		for i, w := range words {
			if i > 0 {
				want += " "
			}
			want += w
		}
		if got := text(chars); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// TestLogicalOrderKeepsMarks keeps a vowel sign or shadda after its
// letter, wherever its box stands.
func TestLogicalOrderKeepsMarks(t *testing.T) {
	var chars []Char
	x := 100.0
	for _, r := range "حسین رضایی" {
		chars = append(chars, Char{R: r, Box: Rect{x - 5, 0, x, 10}})
		x -= 5
	}
	chars = slices.Insert(chars, 1, Char{R: 'ّ', Box: Rect{80, 8, 82, 10}})
	want := text(chars)
	logicalOrder(chars)
	if got := text(chars); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
