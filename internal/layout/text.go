package layout

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean makes s safe to measure and print: fpdf's UTF-8 fonts index a
// 65,536-entry width table, so a rune beyond the Basic Multilingual Plane
// (an emoji) would crash it; it becomes U+FFFD. Control characters other
// than line feeds become spaces, and CR LF becomes LF.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r > 0xFFFF:
			return utf8.RuneError
		case unicode.IsControl(r):
			return ' '
		}
		return r
	}, s)
}

// lines splits a multi-line field such as an address into its non-blank
// lines, trimmed.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(clean(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// joinLines puts a multi-line field on one line, its lines separated by
// commas, for use inside a sentence.
func joinLines(s string) string {
	return strings.Join(lines(s), ", ")
}

// wrap breaks s into lines no wider than w in the canvas's current font.
// Line feeds in s start new lines, and blank lines are kept. A word wider
// than w is broken, after a slash, hyphen or similar where one lies near
// the end of what fits (URLs), else between any two characters.
func (c *canvas) wrap(s string, w float64) []string {
	var out []string
	for _, para := range strings.Split(strings.TrimSpace(clean(s)), "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			next := word
			if line != "" {
				next = line + " " + word
			}
			if c.width(next) <= w {
				line = next
				continue
			}
			if line != "" {
				out = append(out, line)
			}
			for c.width(word) > w {
				n := c.fit(word, w)
				out = append(out, word[:n])
				word = word[n:]
			}
			line = word
		}
		out = append(out, line)
	}
	return out
}

// fit returns the length in bytes of the longest prefix of word, at least
// one rune, that fits in w, preferring to end it after a break character.
func (c *canvas) fit(word string, w float64) int {
	n := 0
	for i, r := range word {
		end := i + utf8.RuneLen(r)
		if n > 0 && c.width(word[:end]) > w {
			break
		}
		n = end
	}
	if i := strings.LastIndexAny(word[:n], "/-–—_.,;:?&=+)"); i > 0 {
		_, size := utf8.DecodeRuneInString(word[i:])
		if end := i + size; end >= n*2/3 && end < n {
			return end
		}
	}
	return n
}

// clip shortens ls to at most n lines, ending the last kept line with an
// ellipsis when some were cut. It serves content that must stay on one page
// whatever its length.
func (c *canvas) clip(ls []string, n int, w float64) []string {
	if n < 0 {
		n = 0
	}
	if len(ls) <= n {
		return ls
	}
	ls = ls[:n]
	if n == 0 {
		return ls
	}
	last := []rune(ls[n-1])
	for len(last) > 0 && c.width(string(last)+"…") > w {
		last = last[:len(last)-1]
	}
	ls[n-1] = strings.TrimRight(string(last), " ") + "…"
	return ls
}

// count formats n with its noun, singular for one: "1 page", "57 pages".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
