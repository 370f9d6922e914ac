package casegen

import (
	"fmt"
	"strconv"
	"strings"
)

// countSelection returns how many pages a page selection such as
// "1-3,7,10-12" picks, or -1 if it is malformed.
func countSelection(sel string) int {
	n := 0
	for _, part := range strings.Split(sel, ",") {
		lo, hi, isRange := strings.Cut(strings.TrimSpace(part), "-")
		a, err := strconv.Atoi(lo)
		if err != nil {
			return -1
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(hi); err != nil || b < a {
				return -1
			}
		}
		n += b - a + 1
	}
	return n
}

// excerpt selects the first two pages of an n-page report and a stretch from
// its middle, as practitioners cite a report: the title page, the summary and
// the relevant chapter.
func excerpt(n int) string {
	if n < 6 {
		return ""
	}
	a := n/2 + 1
	b := min(n, a+n/4)
	return fmt.Sprintf("1-2,%d-%d", a, b)
}

// skipSecond selects every page but the second (say, a blank reverse side).
func skipSecond(n int) string {
	if n < 4 {
		return ""
	}
	return fmt.Sprintf("1,3-%d", n)
}
