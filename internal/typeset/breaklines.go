package typeset

import "math"

// A paragraph's lines are chosen by total fit, as in Knuth and Plass's
// algorithm without hyphenation: of all ways to break the words into lines
// no wider than the measure, the one whose justified lines stretch their
// spaces least, over the whole paragraph, rather than the greedy filling of
// one line after another, which leaves loose lines after tight ones.
//
// The cost of a justified line is the sum, over its spaces, of the square
// of each space's stretch: slack²/gaps for a slack shared among gaps
// spaces. That is the sum of squared slack, measured where the eye sees it
// — a line of two words stretched 20 pt looks far worse than a line of
// twelve words stretched 20 pt. A line of one word, which cannot be
// justified, costs slack² as if it had one space; the last line costs
// nothing, as it is set at its natural width.

// natural returns the width of words set with natural spaces, and the
// number of spaces between them that stretch.
func natural(ws []word) (w float64, gaps int) {
	for i, x := range ws {
		w += x.w
		if i < len(ws)-1 {
			w += x.space
			if x.space > 0 {
				gaps++
			}
		}
	}
	return w, gaps
}

// lineCost is the cost of justifying a line of natural width w with gaps
// stretchable spaces to measure.
func lineCost(w float64, gaps int, measure float64) float64 {
	slack := measure - w
	return slack * slack / float64(max(gaps, 1))
}

// totalFit breaks ws into lines no wider than measure (a word wider than
// measure gets a line of its own) at the least total cost. It returns the
// end of each line: line k holds ws[ends[k-1]:ends[k]].
func totalFit(ws []word, measure float64) []int {
	return breakLines(ws, measure, false)
}

// breakLines is totalFit for justified text, and for ragged text (a
// heading) with every line, the last too, costing its slack squared, which
// gives lines of even length.
func breakLines(ws []word, measure float64, ragged bool) []int {
	n := len(ws)
	best := make([]float64, n+1) // best[j]: least cost of setting ws[:j]
	from := make([]int, n+1)     // from[j]: where the last line of that setting starts
	for j := 1; j <= n; j++ {
		best[j] = math.Inf(1)
		w, gaps := 0.0, 0
		for i := j - 1; i >= 0; i-- {
			w += ws[i].w
			if i < j-1 {
				w += ws[i].space
				if ws[i].space > 0 {
					gaps++
				}
			}
			if w > measure && i < j-1 {
				break
			}
			c := best[i]
			switch {
			case ragged:
				c += (measure - w) * (measure - w)
			case j < n:
				c += lineCost(w, gaps, measure)
			}
			if c < best[j] {
				best[j], from[j] = c, i
			}
		}
	}
	var ends []int
	for j := n; j > 0; j = from[j] {
		ends = append(ends, j)
	}
	for a, b := 0, len(ends)-1; a < b; a, b = a+1, b-1 {
		ends[a], ends[b] = ends[b], ends[a]
	}
	return ends
}

// greedy breaks ws into lines as a word processor does, filling each line
// before starting the next. It serves to compare with totalFit.
func greedy(ws []word, measure float64) []int {
	var ends []int
	start := 0
	for j := 1; j <= len(ws); j++ {
		if w, _ := natural(ws[start:j]); w > measure && j-1 > start {
			ends = append(ends, j-1)
			start = j - 1
		}
	}
	return append(ends, len(ws))
}

// cost is the total cost of the lines that ends gives, the last free.
func cost(ws []word, ends []int, measure float64) float64 {
	sum, start := 0.0, 0
	for _, end := range ends[:len(ends)-1] {
		w, gaps := natural(ws[start:end])
		sum += lineCost(w, gaps, measure)
		start = end
	}
	return sum
}

// maxStretch is the most, in ems, that a space of a justified line is
// stretched; a line that would need more is set at its natural width
// rather than shown with gaping holes.
const maxStretch = 2.0

// place returns the x of each word of a line relative to its left edge.
// align is 'J' (justified), 'L' or 'C' (centred); a justified line is set
// at its natural width, left-aligned, when it is the last of its paragraph
// or before a hard break (last), has a single word, or would stretch its
// spaces more than maxStretch ems.
func place(ws []word, measure, size float64, align byte, last bool) []float64 {
	w, gaps := natural(ws)
	extra, x := 0.0, 0.0
	switch {
	case align == 'C':
		x = (measure - w) / 2
	case align == 'J' && !last && gaps > 0 && w < measure:
		if e := (measure - w) / float64(gaps); e <= maxStretch*size {
			extra = e
		}
	}
	xs := make([]float64, len(ws))
	for i, wd := range ws {
		xs[i] = x
		x += wd.w + wd.space
		if wd.space > 0 {
			x += extra
		}
	}
	return xs
}
