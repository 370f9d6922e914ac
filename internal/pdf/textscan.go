package pdf

import (
	"bytes"
	"slices"
)

// scanText reads a content stream in one pass and reports whether it shows
// text: Tj, TJ, ' or " with a non-empty string among its operands. When it
// does not, drawn lists the names (as written, without the slash) that Do
// draws, each once. Strings, comments and inline image data are skipped
// whole, so operators quoted inside them do not count.
func scanText(data []byte) (text bool, drawn []string) {
	text, drawn, _ = scan(data, true)
	return text, drawn
}

// scanDrawn reads a content stream to its end and returns the names (as
// written, without the slash) that Do draws, each once. It is not sure of
// them (ok false) when a string or an inline image runs unterminated to the
// end: what follows its start may hold operators a viewer reads otherwise.
func scanDrawn(data []byte) (drawn []string, ok bool) {
	_, drawn, ok = scan(data, false)
	return drawn, ok
}

// scan is scanText when stopAtText is set; otherwise it reads to the end
// and never reports text. clean is false when a string or an inline image
// is unterminated.
func scan(data []byte, stopAtText bool) (text bool, drawn []string, clean bool) {
	clean = true
	var (
		hasString bool   // a non-empty string since the last operator
		name      []byte // the last name since the last operator
	)
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case white(c):
			i++
		case c == '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case c == '(':
			var n int
			i, n = skipLiteral(data, i)
			hasString, clean = hasString || n > 0, clean && n >= 0
		case c == '<' && i+1 < len(data) && data[i+1] == '<', c == '>' && i+1 < len(data) && data[i+1] == '>':
			i += 2
		case c == '<':
			var n int
			i, n = skipHex(data, i)
			hasString, clean = hasString || n > 0, clean && n >= 0
		case c == '/':
			j := i + 1
			for j < len(data) && regular(data[j]) {
				j++
			}
			name, i = data[i+1:j], j
		case !regular(c): // ) > [ ] { } outside a string or dictionary
			i++
		default:
			j := i
			for j < len(data) && regular(data[j]) {
				j++
			}
			op := data[i:j]
			i = j
			if isNumberStart(c) || string(op) == "true" || string(op) == "false" || string(op) == "null" {
				continue // an operand
			}
			switch string(op) {
			case "Tj", "TJ", "'", `"`:
				if hasString && stopAtText {
					return true, nil, clean
				}
			case "Do":
				if name != nil && !slices.Contains(drawn, string(name)) {
					drawn = append(drawn, string(name))
				}
			case "ID":
				var ended bool
				i, ended = skipInlineImage(data, i)
				clean = clean && ended
			}
			hasString, name = false, nil
		}
	}
	return false, drawn, clean
}

// skipLiteral skips the literal string that opens at data[i] with its
// balanced parentheses and escapes, and returns where it ends and how many
// bytes it holds (a backslash before a line end holds none); n is -1 for a
// string that runs unterminated to the end.
func skipLiteral(data []byte, i int) (end, n int) {
	depth := 0
	for i < len(data) {
		c := data[i]
		i++
		switch c {
		case '\\':
			if i < len(data) && (data[i] == '\r' || data[i] == '\n') {
				i++ // a line continuation
				if data[i-1] == '\r' && i < len(data) && data[i] == '\n' {
					i++
				}
				continue
			}
			i++
			n++
			continue
		case '(':
			depth++
			if depth == 1 {
				continue
			}
		case ')':
			depth--
			if depth == 0 {
				return i, n
			}
		}
		n++
	}
	return len(data), -1 // unterminated: nothing is shown
}

// skipHex skips the hexadecimal string that opens at data[i] and returns
// where it ends and how many hex digits it holds, or -1 when it runs
// unterminated to the end.
func skipHex(data []byte, i int) (end, n int) {
	for i++; i < len(data); i++ {
		switch c := data[i]; {
		case c == '>':
			return i + 1, n
		case '0' <= c && c <= '9', 'a' <= c && c <= 'f', 'A' <= c && c <= 'F':
			n++
		}
	}
	return len(data), -1
}

// skipInlineImage skips an inline image's data, which starts after the ID
// operator ending at data[i], and returns where the data ends: at an EI
// with white space before it and white space or the end after it (the data
// has no length of its own before PDF 2.0). Unterminated data runs to the
// end, and ended is false.
func skipInlineImage(data []byte, i int) (end int, ended bool) {
	for {
		k := bytes.Index(data[i:], []byte("EI"))
		if k < 0 {
			return len(data), false
		}
		k += i
		if white(data[k-1]) && (k+2 == len(data) || white(data[k+2])) {
			return k + 2, true
		}
		i = k + 1
	}
}

func isNumberStart(c byte) bool {
	return '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'
}
