package layout

import "strings"

// Divider type sizes; the title and description shrink to their minimum
// before anything is cut.
const (
	exhibitSize  = 22
	labelSize    = 72
	dividerTitle = 16
	dividerDesc  = 12
	minTitle     = 9
	minDesc      = 8
)

// dividerCentre is where the divider's block is centred, a little above the
// middle of the page as tab pages usually are.
const dividerCentre = pageH * 0.42

// block is a run of centred lines on a divider with the space above it.
type block struct {
	cell
	gap  float64
	text string
}

// drawDivider draws an exhibit's tab page: EXHIBIT, the big label, the
// title, description, a country report's citation, the date, notes (a
// translation's) and the page count, centred.
func drawDivider(c *canvas, e *Exhibit) {
	c.f.AddPage()
	width := pageW - 2*margin

	label := &block{cell: cell{style: "B", size: labelSize}, text: e.Label}
	c.font("B", labelSize)
	for label.size > 24 && c.width(e.Label) > width {
		label.size -= 6
		c.font("B", label.size)
	}
	title := &block{cell: cell{style: "B", size: dividerTitle}, gap: 40, text: e.Title}
	desc := &block{cell: cell{size: dividerDesc, g: grey}, gap: 12, text: e.Description}
	citation := &block{cell: cell{size: 10}, gap: 16, text: strings.Join(e.Citation, "\n")}
	notes := &block{cell: cell{size: 9.5, g: grey}, gap: 14, text: strings.Join(e.Notes, "\n")}
	blocks := []*block{
		{cell: cell{style: "B", size: exhibitSize}, text: "EXHIBIT"},
		label,
		title,
		desc,
		citation,
		{cell: cell{size: 11}, gap: 12, text: dividerDate(e)},
		notes,
	}
	if e.PageCount > 0 {
		blocks = append(blocks, &block{cell: cell{size: 9.5, g: grey}, gap: 18, text: count(e.PageCount, "page")})
	}

	height := func() float64 {
		h := 0.0
		for _, b := range blocks {
			c.font(b.style, b.size)
			b.lines = nil
			if b.text != "" {
				b.lines = c.wrap(b.text, width)
				h += b.gap + b.height()
			}
		}
		return h
	}
	avail := bottom - margin
	h := height()
	for h > avail && (title.size > minTitle || desc.size > minDesc) {
		title.size = max(title.size-1, minTitle)
		desc.size = max(desc.size-1, minDesc)
		h = height()
	}
	for _, b := range []*block{notes, desc, citation, title, label} {
		if h <= avail {
			break
		}
		c.font(b.style, b.size)
		over := h - avail
		keep := len(b.lines) - int(over/(b.size*lineSpacing)+0.999)
		if b == title || b == label {
			keep = max(keep, 1)
		}
		b.lines = c.clip(b.lines, keep, width)
		h = 0
		for _, b := range blocks {
			if len(b.lines) > 0 {
				h += b.gap + b.height()
			}
		}
	}

	y := min(max(dividerCentre-h/2, margin), bottom-h)
	for _, b := range blocks {
		if len(b.lines) == 0 {
			continue
		}
		y += b.gap
		c.font(b.style, b.size)
		c.gray(b.g)
		for _, l := range b.lines {
			c.text(margin, y, width, l, 'C')
			y += c.lead()
		}
		if b == label && len(title.lines) > 0 {
			c.rule(pageW/2-60, pageW/2+60, y+title.gap/2, 0.8, black)
		}
	}
	c.gray(black)
}

// dividerDate is the document's date on its divider; a citation gives its
// own, labelled.
func dividerDate(e *Exhibit) string {
	if len(e.Citation) > 0 {
		return ""
	}
	return e.Date
}
