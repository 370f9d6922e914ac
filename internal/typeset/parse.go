package typeset

import (
	"strings"
)

// kind is the kind of a block.
type kind uint8

const (
	paragraph kind = iota
	heading
	rule // a thematic break
)

// block is a paragraph, heading or rule of the document, with what it
// sits in.
type block struct {
	kind  kind
	level int // of a heading: 1 to 3
	spans []span
	// marker is the list marker printed in the gutter before the first
	// line: a number as the author wrote it ("7.", "2)") or a bullet.
	marker string
	lists  int  // how many list items enclose the block: its indent in gutters
	quotes int  // how many block quotes enclose it: its indent on both sides
	item   bool // the block starts a list item right after another block, with no blank line between
}

// bullets are the markers of bullet items by depth, the last repeating.
var bullets = []string{"•", "◦", "▪"}

// parseMarkdown parses a cleaned Markdown source into blocks.
func parseMarkdown(src string) []block {
	return parseBlocks(strings.Split(src, "\n"), 0)
}

// parseBlocks parses lines that sit inside depth bullet items.
func parseBlocks(lines []string, depth int) []block {
	var out []block
	var para []string
	blankBefore := false // the line before was blank
	flush := func() {
		if len(para) > 0 {
			out = append(out, block{kind: paragraph, spans: inlines(joinLines(para), 0)})
			para = nil
		}
	}
	for i := 0; i < len(lines); {
		ind, rest := indentOf(lines[i])
		short := ind < 4
		switch {
		case rest == "":
			flush()
			blankBefore = true
			i++
			continue
		case short && len(para) > 0 && setext(rest) > 0:
			out = append(out, block{kind: heading, level: setext(rest), spans: inlines(joinLines(para), bold)})
			para = nil
		case short && atx(rest) > 0:
			flush()
			level, text := atxHeading(rest)
			out = append(out, block{kind: heading, level: level, spans: inlines(text, bold)})
		case short && thematic(rest):
			flush()
			out = append(out, block{kind: rule})
		case short && rest[0] == '>':
			flush()
			n := quoteEnd(lines, i)
			inner := make([]string, 0, n-i)
			for _, l := range lines[i:n] {
				inner = append(inner, unquote(l))
			}
			for _, b := range parseBlocks(inner, depth) {
				b.quotes++
				out = append(out, b)
			}
			i = n
			blankBefore = false
			continue
		default:
			m, ok := listMarker(lines[i])
			if !ok || len(para) > 0 && !m.interrupts() {
				para = append(para, strings.TrimLeft(lines[i], " ")) // trailing spaces may be a hard break
				break
			}
			flush()
			n, inner := itemLines(lines, i, m)
			children := parseBlocks(inner, depth+m.bullet())
			if len(children) == 0 || children[0].marker != "" || children[0].kind == rule {
				children = append([]block{{kind: paragraph}}, children...)
			}
			children[0].marker = m.marker(depth)
			children[0].item = !blankBefore && len(out) > 0
			for _, b := range children {
				b.lists++
				out = append(out, b)
			}
			i = n
			blankBefore = false
			continue
		}
		blankBefore = false
		i++
	}
	flush()
	return out
}

// joinLines joins the lines of a paragraph: a line ending in two spaces or
// a backslash ends in a hard break ("\n"), other lines are joined by a space.
func joinLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		t := strings.TrimRight(l, " ")
		last := i == len(lines)-1
		switch {
		case last:
			b.WriteString(t)
		case strings.HasSuffix(t, `\`) && (len(t)-len(strings.TrimRight(t, `\`)))%2 == 1:
			b.WriteString(t[:len(t)-1])
			b.WriteByte('\n')
		case len(l)-len(t) >= 2:
			b.WriteString(t)
			b.WriteByte('\n')
		default:
			b.WriteString(t)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// indentOf returns the number of leading spaces of l and the rest of l.
func indentOf(l string) (int, string) {
	rest := strings.TrimLeft(l, " ")
	return len(l) - len(rest), strings.TrimRight(rest, " ")
}

func blank(l string) bool { return strings.TrimSpace(l) == "" }

// atx returns the level of an ATX heading line (a run of 1 to 6 "#"
// followed by a space or nothing), or 0.
func atx(rest string) int {
	n := len(rest) - len(strings.TrimLeft(rest, "#"))
	if n < 1 || n > 6 || n < len(rest) && rest[n] != ' ' {
		return 0
	}
	return n
}

// atxHeading returns the level, capped at 3, and the text of an ATX
// heading, without its optional closing run of "#".
func atxHeading(rest string) (int, string) {
	level := atx(rest)
	text := strings.TrimSpace(rest[level:])
	if t := strings.TrimRight(text, "#"); t == "" || strings.HasSuffix(t, " ") {
		text = strings.TrimSpace(t)
	}
	return min(level, 3), text
}

// setext returns 1 for a line of "=", 2 for a line of "-", else 0.
func setext(rest string) int {
	switch {
	case strings.Trim(rest, "=") == "":
		return 1
	case strings.Trim(rest, "-") == "":
		return 2
	}
	return 0
}

// thematic reports whether rest is a thematic break: three or more "-" or
// "*", alone, maybe with spaces between. A line of underscores is not one:
// it prints as it is, as a line to sign on.
func thematic(rest string) bool {
	c := rest[0]
	if c != '-' && c != '*' {
		return false
	}
	s := strings.ReplaceAll(rest, " ", "")
	return len(s) >= 3 && strings.Trim(s, string(c)) == ""
}

// quoteEnd returns the index of the first line after the block quote that
// starts at lines[i]: the quote takes lines starting with ">" and, lazily,
// text lines continuing a paragraph in it.
func quoteEnd(lines []string, i int) int {
	for i++; i < len(lines); i++ {
		ind, rest := indentOf(lines[i])
		switch {
		case ind < 4 && strings.HasPrefix(rest, ">"):
		case rest == "" || blank(unquote(lines[i-1])) || startsBlock(lines[i]):
			return i
		}
	}
	return i
}

// unquote removes the ">" and one following space from a quote line.
func unquote(l string) string {
	ind, rest := indentOf(l)
	if ind >= 4 || !strings.HasPrefix(rest, ">") {
		return l
	}
	l = strings.TrimLeft(l, " ")[1:]
	return strings.TrimPrefix(l, " ")
}

// startsBlock reports whether l begins a block other than a paragraph, so
// that it cannot continue a paragraph lazily.
func startsBlock(l string) bool {
	ind, rest := indentOf(l)
	if rest == "" || ind >= 4 {
		return false
	}
	_, list := listMarker(l)
	return list || atx(rest) > 0 || thematic(rest) || rest[0] == '>'
}
