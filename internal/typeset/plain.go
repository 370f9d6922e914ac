package typeset

import (
	"strings"
	"unicode/utf8"
)

// minWrap is the shortest longest line, in characters, of a paragraph that
// parseText takes for hard-wrapped prose.
const minWrap = 40

// parseText parses cleaned plain text into paragraphs: blank lines separate
// them, and nothing else is interpreted.
func parseText(src string) []block {
	var out []block
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, block{kind: paragraph, spans: plainSpans(para)})
			para = nil
		}
	}
	for _, l := range strings.Split(src, "\n") {
		if l = strings.Trim(l, " "); l == "" {
			flush()
		} else {
			para = append(para, l)
		}
	}
	flush()
	return out
}

// plainSpans makes the spans of a paragraph of plain text. The lines are
// joined when they look hard-wrapped — every line but the last is long
// enough that the next line's first word would not have fitted after it
// within the longest line, and that longest line has at least minWrap
// characters. Otherwise every line break is kept.
func plainSpans(lines []string) []span {
	if wrapped(lines) {
		return []span{{text: strings.Join(lines, " ")}}
	}
	out := make([]span, 0, 2*len(lines)-1)
	for i, l := range lines {
		if i > 0 {
			out = append(out, span{text: "\n"})
		}
		out = append(out, span{text: l})
	}
	return out
}

// wrapped reports whether lines look like a paragraph hard-wrapped by an
// editor at some column (see plainSpans).
func wrapped(lines []string) bool {
	longest := 0
	for _, l := range lines {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	if longest < minWrap {
		return len(lines) == 1
	}
	for i, l := range lines[:len(lines)-1] {
		next, _, _ := strings.Cut(lines[i+1], " ")
		if utf8.RuneCountInString(l)+1+utf8.RuneCountInString(next) <= longest {
			return false
		}
	}
	return true
}
