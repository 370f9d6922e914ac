package packet

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/asylumpacket/packet/exhibits"
	"github.com/asylumpacket/packet/sidecar"
)

var prefixPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9 ._-]{0,11}$`)

// series is one run of labels: sections with the same style and prefix
// continue each other's letters or numbers.
type series struct{ style, prefix string }

func (s Section) series() series {
	if s.Labels == LabelNumbers {
		return series{LabelNumbers, s.Prefix}
	}
	return series{LabelLetters, s.Prefix}
}

// label returns the i-th label (from 0) of the series: "C", "AA", "CC-3".
func (s series) label(i int) string {
	if s.style == LabelNumbers {
		return s.prefix + strconv.Itoa(i+1)
	}
	return s.prefix + exhibits.Label(i)
}

// index returns the position in the series of a label that belongs to it.
func (s series) index(label string) (int, bool) {
	rest, ok := strings.CutPrefix(label, s.prefix)
	if !ok || rest == "" {
		return 0, false
	}
	if s.style == LabelNumbers {
		n, err := strconv.Atoi(rest)
		return n - 1, err == nil && n > 0 && strconv.Itoa(n) == rest
	}
	if strings.Trim(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return 0, false
	}
	return exhibits.LabelIndex(rest), true
}

// nextLabels returns, for every series of the case, the position of the
// first label after those filed before (a supplement continues them). A
// filed label belongs to the series with the longest prefix that reads it:
// "RA" is the first of prefix R's letters, not the 469th letter.
func (c *Case) nextLabels(filed map[string]sidecar.Exhibit) map[series]int {
	next := map[series]int{}
	for _, s := range c.Sections {
		next[s.series()] = 0
	}
	for _, e := range filed {
		var owner series
		found := false
		for se := range next {
			if _, ok := se.index(e.Label); ok && (!found || len(se.prefix) > len(owner.prefix)) {
				owner, found = se, true
			}
		}
		if found {
			i, _ := owner.index(e.Label)
			next[owner] = max(next[owner], i+1)
		}
	}
	return next
}
