package typeset

// Page geometry, in points with the origin at the top left as fpdf has it.
const (
	pageW = 612.0 // US Letter
	pageH = 792.0
	// margin is the margin on every side. The bottom inch is where the
	// packet stamps page numbers: nothing is drawn below pageH-margin.
	margin = 72.0
	bottom = pageH - margin
	// textW is the width of the text column.
	textW = pageW - 2*margin
)

// Vertical rhythm, as multiples of the body text's leading, and horizontal
// indents in points.
const (
	leading     = 1.4  // body line height, in ems
	paraSpace   = 0.6  // between paragraphs
	itemSpace   = 0.25 // between items of a list written without blank lines
	headAfter   = 0.4  // below a heading
	headLeading = 1.25 // heading line height, in ems of the heading size
	quoteIndent = 36.0 // a block quote's indent on each side, per level
	markerGap   = 0.5  // between a list marker and the text, in ems
	minGutter   = 2.25 // the least indent of a list item's text, in ems
	minMeasure  = 0.4  // the narrowest text column, as a share of textW
	ruleShare   = 1.0 / 3
)

// headings gives, by level, a heading's size in ems of the body size and
// the space above it in body leadings.
var headings = [4]struct{ size, before float64 }{
	1: {1.45, 1.3},
	2: {1.2, 1.1},
	3: {1.05, 0.9},
}

// row is a line of the page: its box, the rules for breaking the page
// before it, and what is drawn in it.
type row struct {
	block  int     // index of the block it sets
	h      float64 // height of the line box
	before float64 // space above it, dropped at the top of a page
	keep   bool    // no page break just before this row
	y      float64 // top of the line box, set by paginate

	x, measure float64 // left edge and width of the text column
	size       float64
	st         style // of the marker, a heading's
	words      []word
	xs         []float64 // of each word, from x
	justified  bool      // the row spans the measure (set by place)
	marker     string    // drawn in the gutter, its right edge markerGap before x
	rule       float64   // width of a centred rule drawn across the row; 0 for none
}

// rows sets the blocks as rows of text, each with the spacing and
// keep-together rules of its place: a paragraph of two or three lines is
// kept whole, a longer one leaves at least two lines on either side of a
// page break, and a heading is kept with the two rows that follow it.
func rows(blocks []block, size float64) []row {
	lead := leading * size
	gutter := gutterWidth(blocks, size)
	var out []row
	keepNext := 0 // rows still to be kept with a heading above them
	for bi, b := range blocks {
		// Deep nesting is capped, to keep a usable column.
		right := min(float64(b.quotes)*quoteIndent, textW*(1-minMeasure)/2)
		left := min(float64(b.lists)*gutter+float64(b.quotes)*quoteIndent, textW*(1-minMeasure)-right)
		r := row{block: bi, x: margin + left, measure: textW - left - right, size: size, h: lead}
		var lines []row
		switch b.kind {
		case rule:
			r.rule = r.measure * ruleShare
			lines = []row{r}
		case heading:
			h := headings[b.level]
			r.size = size * h.size
			r.h = r.size * headLeading
			r.st = bold
			align := byte('L')
			if b.level == 1 {
				align = 'C'
			}
			lines = setLines(r, b.spans, align)
		default:
			lines = setLines(r, b.spans, 'J')
		}
		lines[0].marker = b.marker
		lines[0].before = spacing(blocks, bi) * lead
		n := len(lines)
		for i := range lines {
			switch {
			case i == 0:
				lines[i].keep = keepNext > 0
			case b.kind == heading || n <= 3 || i == 1 || i == n-1:
				lines[i].keep = true
			}
			if keepNext > 0 {
				keepNext--
			}
		}
		if b.kind == heading {
			keepNext = 2
		}
		out = append(out, lines...)
	}
	if len(out) > 0 {
		out[0].before = 0
	}
	return out
}

// setLines breaks spans into lines in the column of r, one row each.
func setLines(r row, spans []span, align byte) []row {
	var out []row
	for _, seg := range segments(spans, r.size, r.measure) {
		ends := breakLines(seg, r.measure, align != 'J')
		start := 0
		for k, end := range ends {
			l := r
			l.words = seg[start:end]
			l.xs = place(l.words, r.measure, r.size, align, k == len(ends)-1)
			l.justified = align == 'J' && len(l.words) > 0 && isJustified(l)
			out = append(out, l)
			start = end
		}
		if len(seg) == 0 {
			out = append(out, r)
		}
	}
	return out
}

// isJustified reports whether the last word of l ends at the right edge.
func isJustified(l row) bool {
	n := len(l.words) - 1
	return l.measure-(l.xs[n]+l.words[n].w) < 1e-6
}

// spacing is the space above block i, in body leadings.
func spacing(blocks []block, i int) float64 {
	if i == 0 {
		return 0
	}
	b, prev := blocks[i], blocks[i-1]
	switch {
	case prev.kind == heading && b.kind == heading:
		return max(headAfter, headings[b.level].before/2)
	case prev.kind == heading:
		return headAfter
	case b.kind == heading:
		return headings[b.level].before
	case b.item && prev.lists > 0:
		return itemSpace
	}
	return paraSpace
}

// gutterWidth is the indent of a list item's text: room for the widest
// marker and a gap, and at least minGutter ems, so that a declaration's
// numbered paragraphs share one left edge.
func gutterWidth(blocks []block, size float64) float64 {
	g := minGutter * size
	for _, b := range blocks {
		if b.marker != "" {
			g = max(g, width(b.marker, 0, size)+2*markerGap*size)
		}
	}
	return g
}

// paginate places rows on pages from the top margin down to bottom,
// breaking a page only before a row that is not kept with the one above;
// when no break is allowed on a page (a run of kept rows taller than a
// page), it breaks at the last row that fits. The space above the first
// row of a page is dropped.
func paginate(rs []row) [][]row {
	var pages [][]row
	start := 0
	for start < len(rs) {
		y, end := margin, start
		for end < len(rs) {
			before := rs[end].before
			if end == start {
				before = 0
			}
			if y+before+rs[end].h > bottom+1e-9 && end > start {
				break
			}
			y += before + rs[end].h
			rs[end].y = y - rs[end].h
			end++
		}
		if end < len(rs) {
			b := end
			for b > start && rs[b].keep {
				b--
			}
			if b > start {
				end = b
			}
		}
		pages = append(pages, rs[start:end])
		start = end
	}
	return pages
}
