package packet

import (
	"cmp"
	"context"
	"slices"

	"errors"
	"github.com/asylumpacket/packet/exhibits"
	"io"
	"time"

	"github.com/asylumpacket/packet/internal/layout"
	"github.com/asylumpacket/packet/internal/pdf"
)

// Options adjust a build. The zero value is the default.
type Options struct {
	// Date is the packet's creation date. Zero means SOURCE_DATE_EPOCH when
	// that is set, else the filing date, so that a rebuild is byte-identical.
	Date time.Time
	// Cache, when set, keeps parsed evidence files between builds, so that
	// rebuilding after one exhibit changed parses only that exhibit again.
	Cache *exhibits.Cache
}

// Margins kept free when a page is scaled to fit Letter: the bottom one
// keeps the stamps off the document's own content.
var (
	pageMargins  = pdf.Margins{Top: 18, Right: 18, Bottom: 40, Left: 18}
	imageMargins = pdf.Margins{Top: 36, Right: 36, Bottom: 48, Left: 36}
)

// Build writes the packet for c to w: it opens every evidence file, lays out
// the cover, index and dividers with exact page numbers, and writes one PDF.
// It checks ctx between exhibits.
func Build(ctx context.Context, c *Case, w io.Writer, opts *Options) (*Result, error) {
	doc, res, _, release, err := c.compose(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer release()
	if _, err := doc.WriteTo(w); err != nil {
		return nil, err
	}
	return res, nil
}

// compose does all of a build but the writing: the packet's pages in
// order, with their stamps, links, bookmarks and labels, and its exhibits
// as prepared. Once the packet is written, release gives its evidence
// files back to the cache.
func (c *Case) compose(ctx context.Context, opts *Options) (doc *pdf.Doc, res *Result, ps []*prepared, release func(), err error) {
	if opts == nil {
		opts = &Options{}
	}
	all, warnings, err := c.prepare(ctx, opts.Cache)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	release = func() {
		for _, p := range all {
			opts.Cache.Release(p.cached...)
		}
	}
	ps = fresh(all)
	if c.Supplement != nil && len(ps) == 0 {
		warnings = append(warnings, c.errorAt("supplement", "the supplement adds no exhibit: every exhibit of the case was filed before"))
	}
	res, front, err := c.layout(ps)
	// Documents that cite exhibits are typeset again with the planned page
	// numbers; should that change their length, the plan is made again.
	for pass := 0; err == nil; pass++ {
		var changed bool
		if changed, err = c.retypeset(ctx, ps, res); err != nil || !changed {
			break
		}
		if pass == 4 {
			err = errors.New("packet: the page numbers cited in typeset documents did not settle")
			break
		}
		res, front, err = c.layout(ps)
	}
	if err == nil {
		warnings = append(warnings, c.readWarnings(all)...) // as read last, after any retypesetting
		warnings.Sort()
		res.Warnings = warnings
		res.Inputs = c.inputs(all, opts)
		doc, err = c.assemble(ctx, ps, res, front, opts)
	}
	if err != nil {
		release()
		return nil, nil, nil, nil, err
	}
	return doc, res, ps, release, nil
}

// plan numbers the packet given the page counts of its generated parts.
func (c *Case) plan(ps []*prepared, cover, index, service int) *Result {
	res := &Result{CoverPages: cover, IndexPages: index, Numbering: c.Numbering, FirstNumber: c.Numbering.Start}
	if s := c.Supplement; s != nil && s.record != nil {
		res.Previous = slices.Clone(s.record.Previous)
		for _, e := range s.record.Exhibits {
			e.Filed = s.record.Date
			res.Previous = append(res.Previous, e)
		}
		for i := range res.Previous {
			res.Previous[i].Filed = cmp.Or(res.Previous[i].Filed, s.record.Date)
		}
	}
	num := c.Numbering.Start + index
	phys := cover + index + 1
	for _, p := range ps {
		e := p.exhibit
		r := ExhibitResult{ID: e.ID, Label: e.Label, Title: e.Title, Section: p.section,
			FirstPage: num, LastPage: num + len(p.pages), PageCount: len(p.pages), PDFPage: phys, Selection: p.selection()}
		r.Files = c.fileResults(p)
		r.Highlighted, r.Redacted, r.Recognised = p.read.marked(num + 1)
		res.Exhibits = append(res.Exhibits, r)
		num += 1 + len(p.pages)
		phys += 1 + len(p.pages)
	}
	if service > 0 {
		res.ServicePage = num
	}
	res.Pages = phys - 1 + service
	res.LastNumber = num + service - 1
	return res
}

// layout draws the generated pages so that their page counts agree with
// the numbers printed in them: the index is as long as it needs to be, and
// its page ranges are exact.
func (c *Case) layout(ps []*prepared) (*Result, *layout.Rendered, error) {
	cover, index, service := 1, 1, 0
	if c.Service != nil {
		service = 1
	}
	// A first measure gives the real page counts; rendering with the numbers
	// they imply normally confirms them, and a render that disagrees (a
	// letter grown by a digit) is drawn again with its own counts.
	m, err := layout.Measure(c.frontMatter(ps, c.plan(ps, cover, index, service)))
	if err != nil {
		return nil, nil, err
	}
	for range 8 {
		cover, index, service = m.CoverPages, m.IndexPages, len(m.ServicePages)
		res := c.plan(ps, cover, index, service)
		r, err := layout.Render(c.frontMatter(ps, res))
		if err != nil {
			return nil, nil, err
		}
		if r.CoverPages == cover && r.IndexPages == index && len(r.ServicePages) == service {
			return res, r, nil
		}
		m = r
	}
	return nil, nil, errors.New("packet: the index's length did not settle")
}
