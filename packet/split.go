package packet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/asylumpacket/packet/internal/layout"
	"github.com/asylumpacket/packet/internal/pdf"
	"github.com/asylumpacket/packet/sidecar"
)

// maxSplitTries bounds the rounds of cutting a packet: each round that
// fails to fit keeps more room for what a part adds to its pages.
const maxSplitTries = 6

// part is one file of a split packet.
type part struct {
	from, to    int // physical pages, 0-based, to excluded
	first, last int // indexes of its first and last exhibit
	path        string
	doc         *pdf.Doc
	record      sidecar.Part
}

// writeParts writes the composed packet as parts of at most limit bytes
// (whole when limit is zero)
// each, cut at exhibit boundaries, named NAME_Part1.pdf, NAME_Part2.pdf …
// beside out (out = ".../NAME.pdf"), staged in set: complete temporary
// files put in place at its commit, when an earlier packet's parts beyond
// the new count are also removed. Page numbers continue across parts (they are the
// packet's stamps, unchanged). It returns the parts for the sidecar.
//
// A packet that fits is written whole to out, and its one part returned. A
// split packet's first part holds the cover and index, its last the
// certificate of service; each part opens with a line naming its exhibits
// and pages, and the index's links lead into the other parts' files. A
// split removes an earlier packet written whole at out, and a whole packet
// an earlier split's parts, so that no stale file stands beside the new.
func writeParts(ctx context.Context, doc *pdf.Doc, res *Result, out string, limit int64, set *outputSet) ([]sidecar.Part, error) {
	if limit <= 0 {
		return writeWhole(doc, res, out, set)
	}
	w, err := doc.Weigh()
	if err != nil {
		return nil, err
	}
	if w.Total() <= limit {
		return writeWhole(doc, res, out, set)
	}
	// What a part adds to its pages (its opening line, links into other
	// files, a longer title) is measured once the cuts are known; the cuts
	// are made again with that much room kept until everything fits.
	var reserve int64
	for range maxSplitTries {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		firsts, err := cut(res, w, limit, reserve)
		if err != nil {
			return nil, err
		}
		parts, extra, err := makeParts(ctx, doc, res, firsts, out)
		if err != nil {
			return nil, err
		}
		if extra > reserve {
			reserve = extra
			continue
		}
		tmps, over, err := writeTemps(ctx, parts, limit)
		if err != nil {
			return nil, err
		}
		if over > 0 {
			removeAll(tmps)
			reserve += over
			continue
		}
		return stageParts(set, parts, tmps, out), nil
	}
	return nil, errors.New("packet: internal error: the parts did not settle under the size limit")
}

// writeWhole stages a packet that needs no splitting for out, and the
// removal of the parts of an earlier, split packet of the same name.
func writeWhole(doc *pdf.Doc, res *Result, out string, set *outputSet) ([]sidecar.Part, error) {
	var size int64
	err := stage(set, out, func(w io.Writer) (err error) {
		size, err = doc.WriteTo(w)
		return err
	})
	if err != nil {
		return nil, err
	}
	removeParts(set, out, 1)
	p := sidecar.Part{File: filepath.Base(out), Size: size, FirstPage: res.FirstNumber, LastPage: res.LastNumber}
	for _, e := range res.Exhibits {
		p.Exhibits = append(p.Exhibits, e.Label)
	}
	return []sidecar.Part{p}, nil
}

// cut chooses the parts: the index of each part's first exhibit. Each part
// takes as many whole exhibits as fit in limit less reserve, as the weights
// measure them; the first part also holds the cover and index, the last the
// certificate of service.
func cut(res *Result, w *pdf.Weights, limit, reserve int64) ([]int, error) {
	n := len(res.Exhibits)
	budget := limit - reserve
	var firsts []int
	for k := 0; k < n; {
		from := unitStart(res, k)
		fit := sort.Search(n-k, func(j int) bool { return w.Range(from, unitEnd(res, k+j)) > budget })
		if fit == 0 {
			e := res.Exhibits[k]
			what := "on its own"
			if k == 0 {
				what = "with the cover and index it opens the packet with"
			}
			return nil, fmt.Errorf("exhibit %s (%s) is %s %s, more than a part of %s may hold: reduce the scan resolution, or split the document into two exhibits",
				e.Label, e.Title, size(w.Range(from, unitEnd(res, k))+reserve), what, size(limit))
		}
		firsts = append(firsts, k)
		k += fit
	}
	return firsts, nil
}

// unitStart and unitEnd bound the pages that go with exhibit k: its divider
// and pages, with the cover and index before the first exhibit and the
// certificate of service after the last.
func unitStart(res *Result, k int) int {
	if k == 0 {
		return 0
	}
	return res.Exhibits[k].PDFPage - 1
}

func unitEnd(res *Result, k int) int {
	if k == len(res.Exhibits)-1 {
		return res.Pages
	}
	return res.Exhibits[k+1].PDFPage - 1
}

// size writes a byte count as filing systems state their limits, in
// decimal kilobytes or megabytes.
func size(n int64) string {
	if n < 1e6 {
		return fmt.Sprintf("%d KB", (n+500)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

// makeParts makes the part documents for the given cuts, with their opening
// lines, and returns the most that any part adds to its pages' weight.
func makeParts(ctx context.Context, doc *pdf.Doc, res *Result, firsts []int, out string) ([]*part, int64, error) {
	n := len(firsts)
	parts := make([]*part, n)
	lines := make([]layout.PartLine, n)
	for k, first := range firsts {
		last := len(res.Exhibits) - 1
		if k+1 < n {
			last = firsts[k+1] - 1
		}
		p := &part{from: unitStart(res, first), to: unitEnd(res, last), first: first, last: last,
			path: partName(out, k+1)}
		p.record = sidecar.Part{File: filepath.Base(p.path), FirstPage: res.FirstNumber, LastPage: res.LastNumber}
		if k > 0 {
			p.record.FirstPage = res.Exhibits[first].FirstPage
		}
		if k+1 < n {
			p.record.LastPage = res.Exhibits[last+1].FirstPage - 1
		}
		for _, e := range res.Exhibits[first : last+1] {
			p.record.Exhibits = append(p.record.Exhibits, e.Label)
		}
		w, h := doc.PageSize(p.from)
		lines[k] = layout.PartLine{W: w, H: h, Text: partLine(res, k, n, p)}
		parts[k] = p
	}
	data, err := layout.RenderPartLines(lines)
	if err != nil {
		return nil, 0, err
	}
	src, err := pdf.Read(ctx, bytes.NewReader(data), nil, "")
	if err != nil {
		return nil, 0, fmt.Errorf("packet: reading the part lines: %w", err)
	}
	// A link leads to the part that holds its page, by file name beside it.
	remote := func(page int) (string, int, bool) {
		k := sort.Search(n, func(k int) bool { return parts[k].to > page })
		if k == n {
			return "", 0, false
		}
		return parts[k].record.File, page - parts[k].from, true
	}
	var extra int64
	for k, p := range parts {
		dress := func(d *pdf.Doc) {
			d.Overlay(0, src, k)
			info := d.Info()
			info.Title += fmt.Sprintf(" (Part %d of %d)", k+1, n)
			d.SetInfo(info)
		}
		p.doc = doc.Extract(p.from, p.to, remote)
		dress(p.doc)
		// What the part adds shows on its opening pages (the index holds the
		// links): written with and without the additions.
		end := p.from + 1
		if k == 0 {
			end = res.CoverPages + res.IndexPages
		}
		head := doc.Extract(p.from, end, remote)
		dress(head)
		with, err := head.WriteTo(io.Discard)
		if err != nil {
			return nil, 0, err
		}
		without, err := doc.Extract(p.from, end, nil).WriteTo(io.Discard)
		if err != nil {
			return nil, 0, err
		}
		extra = max(extra, with-without)
	}
	return parts, extra, nil
}

// partLine is the line that opens part k of n: "Part 2 of 3 — Exhibits F–K
// — pages 120–245".
func partLine(res *Result, k, n int, p *part) string {
	exhibits := "Exhibit " + res.Exhibits[p.first].Label
	if p.last > p.first {
		exhibits = "Exhibits " + res.Exhibits[p.first].Label + "–" + res.Exhibits[p.last].Label
	}
	return fmt.Sprintf("Part %d of %d — %s — pages %s", k+1, n, exhibits, res.Numbering.pageRange(p.record.FirstPage, p.record.LastPage))
}

// writeTemps writes every part to a temporary file beside its name and
// returns their paths and by how much the largest part exceeds limit.
func writeTemps(ctx context.Context, parts []*part, limit int64) (tmps []string, over int64, err error) {
	for _, p := range parts {
		if err := ctx.Err(); err != nil {
			removeAll(tmps)
			return nil, 0, err
		}
		tmp, err := writeTemp(p.path, func(w io.Writer) (err error) {
			p.record.Size, err = p.doc.WriteTo(w)
			return err
		})
		if err != nil {
			removeAll(tmps)
			return nil, 0, err
		}
		tmps = append(tmps, tmp)
		over = max(over, p.record.Size-limit)
	}
	return tmps, over, nil
}

// stageParts stages the complete parts, and the removal of what an earlier
// build left that they do not replace: more parts, or the packet whole,
// which must not stand beside its parts.
func stageParts(set *outputSet, parts []*part, tmps []string, out string) []sidecar.Part {
	records := make([]sidecar.Part, len(parts))
	for i, p := range parts {
		set.add(tmps[i], p.path)
		records[i] = p.record
	}
	removeParts(set, out, len(parts)+1)
	set.remove(out)
	return records
}

// removeParts stages the removal of the parts of an earlier packet at out,
// from part from on.
func removeParts(set *outputSet, out string, from int) {
	for k := from; ; k++ {
		if _, err := os.Lstat(partName(out, k)); err != nil {
			return
		}
		set.remove(partName(out, k))
	}
}

func removeAll(paths []string) {
	for _, p := range paths {
		os.Remove(p)
	}
}

// partName is the file of part k (1-based) of the packet out:
// case.pdf → case_Part2.pdf.
func partName(out string, k int) string {
	ext := filepath.Ext(out)
	return strings.TrimSuffix(out, ext) + "_Part" + strconv.Itoa(k) + ext
}
