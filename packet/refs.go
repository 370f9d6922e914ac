package packet

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A text that packet typesets (the cover letter, a translation, a Markdown
// declaration) may cite exhibits by id:
//
//	{{ref "police-report"}}    Exhibit C (pp. 23–25)
//	{{pages "police-report"}}  23–25
//	{{label "police-report"}}  C
//
// The page numbers are the packet's, exact for the built packet.

// ref is one reference in a text.
type ref struct {
	start, end int    // byte offsets of "{{" and just after "}}"
	fn         string // "ref", "pages" or "label"
	id         string
	line, col  int // 1-based place of "{{" in the text
}

// refProblem is a malformed or unknown reference, placed in its text.
type refProblem struct {
	line, col int
	msg       string
}

var refFuncs = []string{"ref", "pages", "label"}

// scanRefs finds the references in s. Anything between "{{" and "}}" that
// is not a reference is a problem, so that a typo never prints braces into
// a filing. Typographic quotes (as word processors type them) are taken
// for straight ones.
func scanRefs(s string) ([]ref, []refProblem) {
	var refs []ref
	var problems []refProblem
	for i := 0; ; {
		k := strings.Index(s[i:], "{{")
		if k < 0 {
			return refs, problems
		}
		start := i + k
		line, col := placeIn(s, start)
		end := strings.Index(s[start:], "}}")
		if end < 0 {
			problems = append(problems, refProblem{line, col, `"{{" is not closed by "}}" (write {{ref "exhibit-id"}})`})
			return refs, problems
		}
		end += start + 2
		inner := s[start+2 : end-2]
		fn, id, ok := parseRef(inner)
		if ok {
			refs = append(refs, ref{start: start, end: end, fn: fn, id: id, line: line, col: col})
		} else {
			problems = append(problems, refProblem{line, col, fmt.Sprintf("{{%s}} is not a reference (allowed: {{ref \"id\"}}, {{pages \"id\"}}, {{label \"id\"}})", inner)})
		}
		i = end
	}
}

// parseRef reads `ref "id"` from the inside of a reference.
func parseRef(inner string) (fn, id string, ok bool) {
	f := strings.Fields(strings.NewReplacer("“", `"`, "”", `"`, "„", `"`).Replace(inner))
	if len(f) != 2 || !strings.HasPrefix(f[1], `"`) || !strings.HasSuffix(f[1], `"`) || len(f[1]) < 3 {
		return "", "", false
	}
	for _, name := range refFuncs {
		if f[0] == name {
			return name, f[1][1 : len(f[1])-1], true
		}
	}
	return "", "", false
}

// placeIn returns the 1-based line and column (in characters) of byte
// offset at in s.
func placeIn(s string, at int) (line, col int) {
	before := s[:at]
	line = strings.Count(before, "\n") + 1
	return line, utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
}

// cited is what a reference prints of one exhibit.
type cited struct {
	label string
	pages string // "23–25", or a Bates range
	count int    // packet pages in the range, for "p." or "pp."
	bates bool
}

// text returns what reference fn prints. A full reference already in
// parentheses, "({{ref "x"}})", prints "Exhibit C, pp. 23–25" rather than
// nest them.
func (c cited) text(fn string, inParens bool) string {
	switch fn {
	case "label":
		return c.label
	case "pages":
		return c.pages
	}
	pages := c.pages
	switch {
	case c.bates:
	case c.count == 1:
		pages = "p. " + pages
	default:
		pages = "pp. " + pages
	}
	if inParens {
		return "Exhibit " + c.label + ", " + pages
	}
	return "Exhibit " + c.label + " (" + pages + ")"
}

// expandRefs replaces the references in s with what they print; look
// finds an exhibit by id.
func expandRefs(s string, refs []ref, look func(id string) (cited, bool)) string {
	if len(refs) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, r := range refs {
		b.WriteString(s[last:r.start])
		if c, ok := look(r.id); ok {
			b.WriteString(c.text(r.fn, inParens(s, r.start)))
		} else {
			b.WriteString(s[r.start:r.end]) // reported by check
		}
		last = r.end
	}
	b.WriteString(s[last:])
	return b.String()
}

// citations finds exhibits by id in a planned packet: those in it, and
// those filed before that a supplement cites.
func (c *Case) citations(res *Result) func(id string) (cited, bool) {
	bates := c.Numbering.Style == StyleBates
	return func(id string) (cited, bool) {
		for _, e := range res.Exhibits {
			if e.ID == id {
				return cited{e.Label, res.Range(e), e.LastPage - e.FirstPage + 1, bates}, true
			}
		}
		for _, e := range res.Previous {
			if e.ID == id {
				return cited{e.Label, res.Numbering.pageRange(e.FirstPage, e.LastPage), e.LastPage - e.FirstPage + 1, bates}, true
			}
		}
		return cited{}, false
	}
}

// inParens reports whether offset at of s lies inside parentheses opened
// earlier in its paragraph: "(see {{ref "x"}})", "(Exhibits 2 and 3; see
// also {{ref "y"}})".
func inParens(s string, at int) bool {
	start := strings.LastIndex(s[:at], "\n\n") + 1
	depth := 0
	for _, r := range s[start:at] {
		switch r {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		}
	}
	return depth > 0
}
