package typeset

import "strings"

// listItem is the marker at the start of a list item's first line.
type listItem struct {
	number string // "12." or "3)" as written; "" for a bullet item
	empty  bool   // nothing follows the marker on its line
	// content is the column where the item's text starts: lines indented
	// this far continue the item.
	content int
}

// listMarker recognises a list item's first line: up to 3 spaces, then a
// bullet (-, * or +) or a number of up to 9 digits followed by "." or ")",
// then a space or the end of the line.
func listMarker(l string) (listItem, bool) {
	ind, rest := indentOf(l)
	if ind >= 4 || rest == "" {
		return listItem{}, false
	}
	var m listItem
	n := 1 // length of the marker
	switch c := rest[0]; {
	case c == '-' || c == '*' || c == '+':
	case c >= '0' && c <= '9':
		n = len(rest) - len(strings.TrimLeft(rest, "0123456789"))
		if n > 9 || n == len(rest) || rest[n] != '.' && rest[n] != ')' {
			return listItem{}, false
		}
		n++
		m.number = rest[:n]
	default:
		return listItem{}, false
	}
	after := l[ind+n:]
	spaces := len(after) - len(strings.TrimLeft(after, " "))
	switch {
	case after == "" || spaces == len(after):
		m.empty = true
		m.content = ind + n + 1
	case spaces == 0:
		return listItem{}, false
	case spaces > 4: // the text is indented code in CommonMark; here, text
		m.content = ind + n + 1
	default:
		m.content = ind + n + spaces
	}
	return m, true
}

// interrupts reports whether the item may start in the middle of a
// paragraph: as in CommonMark, a numbered item only when it is number 1,
// so that a line of prose that happens to begin "2019. " stays prose, and
// an item with no text never.
func (m listItem) interrupts() bool {
	if m.empty {
		return false
	}
	return m.number == "" || strings.TrimLeft(m.number, "0") == "1." || strings.TrimLeft(m.number, "0") == "1)"
}

// bullet is 1 for a bullet item, 0 for a numbered one: how much deeper
// its bullet items nest.
func (m listItem) bullet() int {
	if m.number == "" {
		return 1
	}
	return 0
}

// marker is the text printed in the gutter for an item inside depth
// bullet items.
func (m listItem) marker(depth int) string {
	if m.number != "" {
		return m.number
	}
	return bullets[min(depth, len(bullets)-1)]
}

// itemLines collects the lines of the list item starting at lines[i]:
// its first line's text, then lines indented to its content column (with
// that indent removed), blank lines followed by such lines, and lazy
// continuation lines of its last paragraph. It returns the index of the
// first line after the item and the item's lines. Blank lines at the end
// are left to the parent.
func itemLines(lines []string, i int, m listItem) (int, []string) {
	text := ""
	if first := lines[i]; len(first) > m.content {
		text = first[m.content:]
	}
	out := []string{text}
	j := i + 1
	end := j // the first line after the last non-blank line taken
	for ; j < len(lines); j++ {
		l := lines[j]
		ind, _ := indentOf(l)
		switch {
		case blank(l):
			out = append(out, "")
			continue
		case ind >= m.content:
			out = append(out, l[m.content:])
		case !blank(lines[j-1]) && !startsBlock(l) && lazy(out):
			out = append(out, strings.TrimLeft(l, " "))
		default:
			return end, out[:len(out)-(j-end)]
		}
		end = j + 1
	}
	return end, out[:len(out)-(j-end)]
}

// lazy reports whether the last line of an item's lines is paragraph text
// that a following unindented line may continue.
func lazy(lines []string) bool {
	last := lines[len(lines)-1]
	_, rest := indentOf(last)
	return rest != "" && atx(rest) == 0 && !thematic(rest)
}
