package typeset

import (
	"strings"
	"unicode/utf8"
)

// piece is text in one style within a word, x points from the word's start.
type piece struct {
	text string
	st   style
	x, w float64
}

// word is what the line breaker places: text without a space, in one or
// more styles ("**bold**ly" is one word of two pieces), measured.
type word struct {
	pieces []piece
	w      float64 // width
	// space is the width of the space after the word; 0 when none follows
	// it, as between the parts of a word too long for a line.
	space float64
}

// italicCorrection is the room, in ems, left after oblique text followed
// directly by upright text, so that the slanted letters do not touch it.
const italicCorrection = 0.02 // small enough that text extraction (poppler) sees no space

// breakChars are the characters after which a word too wide for a line is
// preferably broken, as in a URL or a file path.
const breakChars = "/-–—_.,;:?&=+)|\\"

// segments splits spans into runs of words between hard line breaks,
// measured at size. A word wider than measure is broken into parts that
// fit. An empty run is an empty line.
func segments(spans []span, size, measure float64) [][]word {
	segs := [][]word{nil}
	var cur []piece
	end := func(space float64) {
		if len(cur) > 0 {
			w := setWord(cur, size, space)
			last := &segs[len(segs)-1]
			*last = append(*last, splitWord(w, size, measure)...)
			cur = nil
		}
	}
	for _, s := range spans {
		if s.text == "\n" {
			end(0)
			segs = append(segs, nil)
			continue
		}
		for _, f := range strings.SplitAfter(s.text, " ") {
			text := strings.TrimRight(f, " ")
			if text != "" {
				cur = append(cur, piece{text: text, st: s.st, w: width(text, s.st, size)})
			}
			if text != f {
				end(width(" ", s.st, size))
			}
		}
	}
	end(0)
	return segs
}

// setWord makes a word of its pieces, placing them one after the other.
// Adjacent pieces in the same style are merged.
func setWord(ps []piece, size, space float64) word {
	merged := ps[:1]
	for _, p := range ps[1:] {
		if last := &merged[len(merged)-1]; last.st == p.st {
			last.text += p.text
			last.w += p.w
		} else {
			merged = append(merged, p)
		}
	}
	w := word{pieces: merged, space: space}
	for i := range merged {
		merged[i].x = w.w
		w.w += merged[i].w
		if i+1 < len(merged) && merged[i].st&italic != 0 && merged[i+1].st&italic == 0 {
			w.w += italicCorrection * size
		}
	}
	return w
}

// splitWord breaks a word wider than measure (a URL, a file path) into
// parts glued to each other, with no space between, so that the line
// breaker may end a line after any part: after each run of break
// characters and, where a part is still too wide, after as many characters
// as fit.
func splitWord(w word, size, measure float64) []word {
	if w.w <= measure {
		return []word{w}
	}
	var parts []word
	var cur []piece
	for _, p := range w.pieces {
		for text := p.text; text != ""; {
			n := breakAfter(text)
			t := text[:n]
			cur = append(cur, piece{text: t, st: p.st, w: width(t, p.st, size)})
			text = text[n:]
			if last, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(breakChars, last) {
				parts = append(parts, chop(setWord(cur, size, 0), size, measure)...)
				cur = nil
			}
		}
	}
	if len(cur) > 0 {
		parts = append(parts, chop(setWord(cur, size, 0), size, measure)...)
	}
	parts[len(parts)-1].space = w.space
	return parts
}

// breakAfter returns the length of text up to and including its first
// run of break characters, or of all of it.
func breakAfter(text string) int {
	i := strings.IndexAny(text, breakChars)
	if i < 0 {
		return len(text)
	}
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune(breakChars, r) {
			break
		}
		i += n
	}
	return i
}

// chop breaks a glued part wider than measure into parts that fit,
// between any two characters.
func chop(w word, size, measure float64) []word {
	if w.w <= measure {
		return []word{w}
	}
	var out []word
	var cur []piece
	used := 0.0 // width of cur
	for _, p := range w.pieces {
		text := p.text
		for text != "" {
			n := fitPrefix(text, p.st, size, measure-used)
			if n == 0 && len(cur) == 0 {
				_, n = utf8.DecodeRuneInString(text) // a character wider than the line
			}
			if n > 0 {
				t := text[:n]
				tw := width(t, p.st, size)
				cur = append(cur, piece{text: t, st: p.st, w: tw})
				used += tw
				text = text[n:]
			}
			if text != "" {
				out = append(out, setWord(cur, size, 0))
				cur, used = nil, 0
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, setWord(cur, size, 0))
	}
	return out
}

// fitPrefix returns the length in bytes of the longest prefix of text that
// fits in avail.
func fitPrefix(text string, st style, size, avail float64) int {
	n, used := 0, 0.0
	for i, r := range text {
		used += width(string(r), st, size)
		if used > avail {
			break
		}
		n = i + utf8.RuneLen(r)
	}
	return n
}
