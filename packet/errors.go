package packet

import (
	"fmt"
	"sort"
	"strings"
)

// Error is a problem in a case file, placed at the value it concerns.
type Error struct {
	File      string // the case file's name
	Line, Col int    // 1-based; 0 when the problem has no place in the file
	Field     string // field path, e.g. "sections[0].exhibits[2].files[0]"
	Msg       string // what is wrong and what is allowed
	Err       error  // the cause, when there is one
}

// Error formats the problem as "case.yaml:12:7: field: message".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is every problem found, in file order.
type ErrorList []*Error

// Error reports the first problem and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	case 2:
		return l[0].Error() + " (and 1 more error)"
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Sort orders the list by file, line and column.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}

// pos is a place in the case file.
type pos struct{ line, col int }

// positions records where each field path's value stands in the case file,
// so that checks made after decoding can still point at it.
type positions map[string]pos

// at returns the position of path, or of its nearest recorded parent.
func (p positions) at(path string) pos {
	for {
		if q, ok := p[path]; ok {
			return q
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return p[""]
		}
		path = path[:i]
	}
}
