package exhibits

import (
	"fmt"
	"strconv"
	"strings"
)

// Range is an inclusive range of 1-based page numbers.
type Range struct{ First, Last int }

// Selection is a parsed page selection such as "1-3,7,10-12".
type Selection []Range

// ParsePages parses a page selection: comma-separated page numbers and
// ascending ranges, 1-based. The empty string selects every page (nil).
func ParsePages(spec string) (Selection, error) {
	if strings.TrimSpace(spec) == "" {
		return nil, nil
	}
	var sel Selection
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		lo, hi, isRange := strings.Cut(part, "-")
		first, err1 := strconv.Atoi(strings.TrimSpace(lo))
		last, err2 := first, error(nil)
		if isRange {
			last, err2 = strconv.Atoi(strings.TrimSpace(hi))
		}
		switch {
		case err1 != nil || err2 != nil:
			return nil, fmt.Errorf("%q is not a page selection (allowed: page numbers and ranges such as \"1-3,7,10-12\")", spec)
		case first < 1:
			return nil, fmt.Errorf("%q: pages are counted from 1", spec)
		case last < first:
			return nil, fmt.Errorf("%q: the range %d-%d runs backwards (write %d-%d)", spec, first, last, last, first)
		}
		sel = append(sel, Range{first, last})
	}
	return sel, nil
}

// Apply returns the 0-based indices that s selects from count pages, or an
// error naming the first page beyond count.
func (s Selection) Apply(count int) ([]int, error) {
	if s == nil {
		idx := make([]int, count)
		for i := range idx {
			idx[i] = i
		}
		return idx, nil
	}
	var idx []int
	for _, r := range s {
		if r.Last > count {
			return nil, fmt.Errorf("asks for page %d, but there %s only %d", r.Last, plural(count, "is", "are"), count)
		}
		for p := r.First; p <= r.Last; p++ {
			idx = append(idx, p-1)
		}
	}
	return idx, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Label returns the exhibit label for position i (0-based): A … Z, AA, AB …
// AZ, BA … ZZ, AAA …, as spreadsheet columns run.
func Label(i int) string {
	var b []byte
	for i++; i > 0; i = (i - 1) / 26 {
		b = append([]byte{byte('A' + (i-1)%26)}, b...)
	}
	return string(b)
}

// LabelIndex is the inverse of Label: the position of label (0-based), or
// -1 when it is not a label.
func LabelIndex(label string) int {
	n := 0
	for _, r := range label {
		if r < 'A' || r > 'Z' {
			return -1
		}
		n = n*26 + int(r-'A'+1)
	}
	return n - 1
}
