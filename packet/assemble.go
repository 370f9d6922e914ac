package packet

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/asylumpacket/packet/internal/layout"
	"github.com/asylumpacket/packet/internal/pdf"
)

// assemble puts every page in its place with its stamps, links, bookmarks
// and labels.
func (c *Case) assemble(ctx context.Context, ps []*prepared, res *Result, front *layout.Rendered, opts *Options) (*pdf.Doc, error) {
	gen, err := pdf.Read(ctx, bytes.NewReader(front.PDF), nil, "")
	if err != nil {
		return nil, fmt.Errorf("packet: reading the generated pages: %w", err)
	}
	var doc pdf.Doc
	asIs := pdf.Margins{}
	for i := 0; i < front.CoverPages+front.IndexPages; i++ {
		doc.AddSourcePage(gen, i, asIs)
	}
	numberAlign, exhibitAlign := stampAligns(c.Numbering.Position)
	stamps := make([][]layout.Stamp, res.Pages)
	var layers []layout.TextPage // invisible text over recognised and redacted pages
	var layered []int            // the pages they lie over
	for k, p := range ps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc.AddSourcePage(gen, front.Dividers[k], asIs)
		for j, pr := range p.pages {
			var i int
			if pic := p.read.redacted[j]; pic != nil {
				i = doc.AddImagePage(pic, 0, asIs) // rendered at the page's size
			} else {
				i = pr.file.Place(&doc, pr.index, pr.margins())
			}
			if i < len(stamps) {
				stamps[i] = append(stamps[i], layout.Stamp{Text: exhibitStamp(p.exhibit.Label, j+1, len(p.pages)), Align: exhibitAlign})
			}
			for _, occ := range p.read.highlights[j] {
				doc.Highlight(i, occ)
			}
			if words := p.read.text[j]; len(words) > 0 {
				w, h := doc.PageSize(i)
				layers = append(layers, layout.TextPage{W: w, H: h, Words: words})
				layered = append(layered, i)
			}
		}
	}
	for _, i := range front.ServicePages {
		doc.AddSourcePage(gen, i, asIs)
	}
	if err := c.layText(ctx, &doc, layers, layered); err != nil {
		return nil, err
	}
	if doc.PageCount() != res.Pages {
		return nil, fmt.Errorf("packet: internal error: %d pages planned, %d assembled", res.Pages, doc.PageCount())
	}
	for i := res.CoverPages; i < res.Pages; i++ {
		stamps[i] = append(stamps[i], layout.Stamp{Text: c.Numbering.stampNumber(res.FirstNumber + i - res.CoverPages), Align: numberAlign})
	}
	if c.Filing.Confidential {
		for i := range stamps {
			stamps[i] = append(stamps[i], layout.Stamp{Text: Confidentiality, Align: layout.Top})
		}
	}
	if err := stampPages(ctx, &doc, stamps); err != nil {
		return nil, err
	}
	for _, l := range front.Links {
		doc.Link(l.Page, pdf.Rect{X: l.X, Y: l.Y, W: l.W, H: l.H}, res.Exhibits[l.Exhibit].PDFPage-1)
	}
	doc.SetOutline(c.bookmarks(res))
	doc.SetLabels(c.pageLabels(res))
	doc.SetInfo(pdf.Info{
		Title:    c.Filing.Title,
		Creator:  "packet",
		Producer: "packet " + Version,
		Date:     c.creationDate(opts),
		Lang:     "en-US",
	})
	return &doc, nil
}

// layText lays each page's invisible words over it, before the stamps, so
// that the recognised text never holds a stamp.
func (c *Case) layText(ctx context.Context, doc *pdf.Doc, layers []layout.TextPage, pages []int) error {
	if len(layers) == 0 {
		return nil
	}
	sheet, err := layout.TextLayers(layers, c.fontSet())
	if err != nil {
		return err
	}
	src, err := pdf.Read(ctx, bytes.NewReader(sheet), nil, "")
	if err != nil {
		return fmt.Errorf("packet: reading the text layers: %w", err)
	}
	for n, i := range pages {
		doc.Overlay(i, src, n)
	}
	return nil
}

// pageLabels makes a viewer show each page as it is stamped: the cover as
// i, ii, then the packet numbers. Labels cannot pad numbers with zeros, so
// Bates numbers get a new range wherever the number gains a digit, with the
// remaining zeros in its prefix.
func (c *Case) pageLabels(res *Result) []pdf.Label {
	labels := []pdf.Label{{Start: 0, Style: pdf.LabelLowerRoman}}
	if c.Numbering.Style != StyleBates {
		return append(labels, pdf.Label{Start: res.CoverPages, Style: pdf.LabelDecimal, First: res.FirstNumber})
	}
	for n := res.FirstNumber; n <= res.LastNumber; {
		digits := len(strconv.Itoa(n))
		labels = append(labels, pdf.Label{
			Start:  res.CoverPages + n - res.FirstNumber,
			Style:  pdf.LabelDecimal,
			Prefix: c.Numbering.Prefix + strings.Repeat("0", max(0, c.Numbering.Digits-digits)),
			First:  n,
		})
		next := 1
		for range digits {
			next *= 10
		}
		n = next
	}
	return labels
}

// stampAligns places the packet number where the case says and the exhibit
// stamp in a bottom corner clear of it.
func stampAligns(position string) (number, exhibit layout.Align) {
	switch position {
	case BottomLeft:
		return layout.Left, layout.Right
	case BottomRight:
		return layout.Right, layout.Left
	}
	return layout.Center, layout.Right
}

// stampPages places every page's stamps and draws them over the page, with
// one embedded font for all of them.
func stampPages(ctx context.Context, doc *pdf.Doc, stamps [][]layout.Stamp) error {
	pages := make([]layout.StampPage, len(stamps))
	for i, s := range stamps {
		w, h := doc.PageSize(i)
		pages[i] = layout.StampPage{W: w, H: h, Stamps: s}
	}
	marks, sheet, err := layout.LayStamps(pages)
	if err != nil {
		return err
	}
	src, err := pdf.Read(ctx, bytes.NewReader(sheet), nil, "")
	if err != nil {
		return fmt.Errorf("packet: reading the stamps' font: %w", err)
	}
	if err := doc.SetMarkFont(src, 0); err != nil {
		return err
	}
	for i, ms := range marks {
		for _, m := range ms {
			doc.Mark(i, pdf.Mark(m))
		}
	}
	return nil
}

func (c *Case) bookmarks(res *Result) []pdf.Bookmark {
	cover := "Cover letter"
	if c.Forum == ImmigrationCourt {
		cover = "Cover page"
	}
	out := []pdf.Bookmark{{Title: cover, Page: 0}, {Title: "Index of exhibits", Page: res.CoverPages}}
	k := 0
	for _, s := range c.Sections {
		var sec pdf.Bookmark
		for _, ex := range s.Exhibits {
			if ex.Filed() {
				continue // filed before, not in this packet
			}
			e := res.Exhibits[k]
			if len(sec.Kids) == 0 {
				sec = pdf.Bookmark{Title: s.Title, Page: e.PDFPage - 1}
			}
			sec.Kids = append(sec.Kids, pdf.Bookmark{Title: "Exhibit " + e.Label + ": " + e.Title, Page: e.PDFPage - 1})
			k++
		}
		if len(sec.Kids) > 0 {
			out = append(out, sec)
		}
	}
	if res.ServicePage != 0 {
		out = append(out, pdf.Bookmark{Title: "Certificate of service", Page: res.CoverPages + res.ServicePage - res.FirstNumber})
	}
	return out
}

// creationDate is the date the packet records: the option, else
// SOURCE_DATE_EPOCH, else the filing date.
func (c *Case) creationDate(opts *Options) time.Time {
	if !opts.Date.IsZero() {
		return opts.Date
	}
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return c.Filing.Date.Time()
}
