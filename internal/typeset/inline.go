package typeset

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a run of text in one style. A span whose text is "\n" is a hard
// line break.
type span struct {
	text string
	st   style
}

// tok is a piece of a paragraph during inline parsing: text, a hard break,
// or a run of n emphasis delimiters (* or _) of original length orig.
type tok struct {
	text        string
	st          style
	delim       byte
	n, orig     int
	open, close bool
}

// inlines parses the inline markup of s — emphasis, strong emphasis,
// backslash escapes and hard breaks ("\n") — into spans, each in base plus
// the styles of its markup. It follows CommonMark's delimiter rules, so
// that an underscore inside a word or a lone asterisk prints as itself,
// as does a line of underscores. Other markup is text.
func inlines(s string, base style) []span {
	toks := tokens(s)
	emphasis(toks)
	var out []span
	for _, t := range toks {
		text := t.text
		if t.delim != 0 {
			text = strings.Repeat(string(t.delim), t.n)
		}
		st := base | t.st
		switch {
		case text == "":
		case text != "\n" && len(out) > 0 && out[len(out)-1].st == st && out[len(out)-1].text != "\n":
			out[len(out)-1].text += text
		default:
			out = append(out, span{text, st})
		}
	}
	return out
}

// tokens splits s into text, hard breaks and delimiter runs.
func tokens(s string) []tok {
	var toks []tok
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			toks = append(toks, tok{text: text.String()})
			text.Reset()
		}
	}
	prev := '\n' // the character before the current one; start of text counts as space
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			text.WriteByte(s[i+1])
			prev = rune(s[i+1])
			i += 2
			continue
		case r == '\n':
			flush()
			toks = append(toks, tok{text: "\n"})
		case r == '*' || r == '_':
			flush()
			j := i
			for j < len(s) && s[j] == s[i] {
				j++
			}
			next, _ := utf8.DecodeRuneInString(s[j:])
			if j == len(s) {
				next = '\n'
			}
			toks = append(toks, delimiter(s[i], j-i, prev, next))
			prev = r
			i = j
			continue
		default:
			text.WriteRune(r)
		}
		prev = r
		i += n
	}
	flush()
	return toks
}

// delimiter makes the token for a run of n delimiters c between the
// characters prev and next, deciding by CommonMark's flanking rules whether
// it can open or close emphasis.
func delimiter(c byte, n int, prev, next rune) tok {
	prevSpace, nextSpace := unicode.IsSpace(prev), unicode.IsSpace(next)
	prevPunct, nextPunct := isPunct(prev), isPunct(next)
	left := !nextSpace && (!nextPunct || prevSpace || prevPunct)
	right := !prevSpace && (!prevPunct || nextSpace || nextPunct)
	t := tok{delim: c, n: n, orig: n, open: left, close: right}
	if c == '_' {
		t.open = left && (!right || prevPunct)
		t.close = right && (!left || nextPunct)
	}
	return t
}

// emphasis matches delimiter runs, innermost first, and adds the matched
// style to the tokens between each pair, as CommonMark's "process
// emphasis" does. Unmatched delimiters stay in toks with n > 0 and print
// as themselves.
func emphasis(toks []tok) {
	// bottom[c][canOpen][orig%3] bounds the search for an opener, so that
	// a paragraph of unmatched delimiters takes linear time.
	var bottom [2][2][3]int
	for c := range bottom {
		for o := range bottom[c] {
			for m := range bottom[c][o] {
				bottom[c][o][m] = -1
			}
		}
	}
	for j := 0; j < len(toks); j++ {
		closer := &toks[j]
		for closer.delim != 0 && closer.close && closer.n > 0 {
			c, o, m := delimIndex(closer.delim), boolIndex(closer.open), closer.orig%3
			i := j - 1
			for ; i > bottom[c][o][m]; i-- {
				if opens(&toks[i], closer) {
					break
				}
			}
			if i <= bottom[c][o][m] {
				bottom[c][o][m] = j - 1
				break
			}
			opener := &toks[i]
			k, st := 1, italic
			if opener.n >= 2 && closer.n >= 2 {
				k, st = 2, bold
			}
			opener.n -= k
			closer.n -= k
			for t := i + 1; t < j; t++ {
				toks[t].st |= st
				toks[t].open, toks[t].close = false, false // no longer delimiters
			}
		}
	}
}

// opens reports whether t can open the emphasis that closer closes.
func opens(t, closer *tok) bool {
	if t.delim != closer.delim || !t.open || t.n == 0 {
		return false
	}
	// CommonMark's rule of 3, which keeps "*foo**bar*" one emphasis.
	if (t.close || closer.open) && (t.orig+closer.orig)%3 == 0 && (t.orig%3 != 0 || closer.orig%3 != 0) {
		return false
	}
	return true
}

func delimIndex(c byte) int {
	if c == '_' {
		return 1
	}
	return 0
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isASCIIPunct reports whether c may be escaped with a backslash.
func isASCIIPunct(c byte) bool {
	return c < 0x80 && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// isPunct is CommonMark's Unicode punctuation: punctuation and symbols.
func isPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}
