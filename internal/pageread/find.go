package pageread

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Find returns every occurrence of phrase among a page's characters, left
// to right, overlapping ones included: for each, one rectangle per line it
// spans. Matching ignores case, accents, whitespace and line breaks (a
// phrase may wrap, and justified text is spaced unevenly), compatibility
// forms (the ligature ﬁ is "fi") and the difference between typographic
// and typed quotes and dashes, the Arabic and Persian forms of yeh and kaf
// and of digits, and the tatweel that stretches justified Arabic. A phrase that begins or ends with a letter
// or digit matches whole words only: "Ivan" is not found in "Ivana" (in
// scripts written without spaces, such as Chinese, anywhere).
func Find(chars []Char, phrase string) [][]Rect {
	want := fold(phrase)
	if len(want) == 0 {
		return nil
	}
	var have []rune
	var owner []int // index in chars of each rune of have
	for i, c := range chars {
		for _, r := range fold(string(c.R)) {
			have = append(have, r)
			owner = append(owner, i)
		}
	}
	var out [][]Rect
	for at := 0; at+len(want) <= len(have); at++ {
		if !slices.Equal(have[at:at+len(want)], want) {
			continue
		}
		first, last := owner[at], owner[at+len(want)-1]
		if !edge(chars, first, -1, want[0]) || !edge(chars, last, +1, want[len(want)-1]) {
			continue
		}
		out = append(out, lines(chars[first:last+1]))
	}
	return out
}

// edge reports whether a match may end at chars[i] on the side step (-1
// before, +1 after): the phrase's edge is not part of a word, or the
// character beside it is not a letter or digit that continues the word.
func edge(chars []Char, i, step int, r rune) bool {
	if !wordRune(r) || unspaced(r) {
		return true
	}
	for k := i + step; k >= 0 && k < len(chars); k += step {
		next := chars[k].R
		if unicode.Is(unicode.Mn, next) || unicode.Is(unicode.Cf, next) {
			continue // an accent or a mark belongs to the letter before it
		}
		return !wordRune(next)
	}
	return true
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// unspaced reports letters of scripts written without spaces between words.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// Key is what Find compares of a phrase: two phrases with the same key
// find the same occurrences.
func Key(phrase string) string { return string(fold(phrase)) }

// fold reduces text to what matching compares.
func fold(s string) []rune {
	var out []rune
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.IsSpace(r), unicode.IsControl(r), r == '\u00AD', unicode.Is(unicode.Cf, r), unicode.Is(unicode.Mn, r):
			continue // spacing, line breaks, soft hyphens, direction marks, accents
		case strings.ContainsRune("‘’‚‛′", r):
			r = '\''
		case strings.ContainsRune("“”„‟″", r):
			r = '"'
		case strings.ContainsRune("‐‑‒–—−", r):
			r = '-'
		case r == '\u0640':
			continue // the tatweel that stretches Arabic letters to justify a line
		case r == 'ي' || r == 'ى':
			r = 'ی' // Arabic and Persian keyboards type yeh as different letters
		case r == 'ك':
			r = 'ک' // and kaf
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠') // Arabic-Indic digits
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰') // Persian digits
		}
		out = append(out, unicode.ToLower(r))
	}
	return out
}

// lines joins the boxes of visible characters into one rectangle per line.
// A character starts a new line when its middle is outside the current
// line's height (its width, for text written up or down the page).
func lines(chars []Char) []Rect {
	var out []Rect
	for _, c := range chars {
		if unicode.IsSpace(c.R) || c.Box.X1 <= c.Box.X0 || c.Box.Y1 <= c.Box.Y0 {
			continue
		}
		if n := len(out); n > 0 && sameLine(out[n-1], c) {
			out[n-1] = union(out[n-1], c.Box)
			continue
		}
		out = append(out, c.Box)
	}
	return out
}

// sameLine reports whether c continues the line whose box is line.
func sameLine(line Rect, c Char) bool {
	if c.Vertical {
		mid := (c.Box.X0 + c.Box.X1) / 2
		return mid > line.X0 && mid < line.X1
	}
	mid := (c.Box.Y0 + c.Box.Y1) / 2
	return mid > line.Y0 && mid < line.Y1
}

func union(a, b Rect) Rect {
	return Rect{min(a.X0, b.X0), min(a.Y0, b.Y0), max(a.X1, b.X1), max(a.Y1, b.Y1)}
}

// Contains reports whether text holds phrase, compared as Find compares.
func Contains(text, phrase string) bool {
	have, want := fold(text), fold(phrase)
	if len(want) == 0 {
		return false
	}
	for at := 0; at+len(want) <= len(have); at++ {
		if slices.Equal(have[at:at+len(want)], want) {
			return true
		}
	}
	return false
}
