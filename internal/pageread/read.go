package pageread

import (
	"context"
	"fmt"
	"image"
	"image/draw"
	"math"
	"sync/atomic"
	"time"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/responses"
)

// Rect is a rectangle on a page in points, origin at the bottom left.
type Rect struct{ X0, Y0, X1, Y1 float64 }

// Char is one character a page shows, with the box of its line's height
// (the font's ascent to descent) and its advance. Spaces and line breaks
// that the text has only by position are included, as whitespace.
type Char struct {
	R        rune
	Box      Rect
	Vertical bool // written up or down the page (a page shown turned)
}

// Doc is a PDF open for reading. It holds a PDFium instance until Close.
type Doc struct {
	inst pdfium.Pdfium
	doc  references.FPDF_DOCUMENT
	data []byte // PDFium reads it in place

	ctx       context.Context
	abandoned atomic.Bool // a call was left running, and the instance given up
}

// PageLimit is how long PDFium may work on opening a document, or on one
// page (reading its text, or drawing it), before it is given up: a damaged
// or hostile file must not hold a build, or a batch of them, for ever. A
// dense page takes milliseconds.
var PageLimit = time.Minute

// Open reads a PDF, given whole, starting PDFium if it is not running.
func Open(ctx context.Context, data []byte) (*Doc, error) {
	opened.Add(1)
	inst, err := instance(ctx)
	if err != nil {
		return nil, err
	}
	d := &Doc{inst: inst, data: data, ctx: ctx}
	res, err := guarded(d, "opening the document", func() (*responses.OpenDocument, error) {
		return inst.OpenDocument(&requests.OpenDocument{File: &d.data})
	})
	if err != nil {
		if d.abandoned.Load() {
			return nil, err
		}
		inst.Close()
		return nil, fmt.Errorf("pageread: %w", err)
	}
	d.doc = res.Document
	return d, nil
}

// Close gives the PDFium instance back, unless it was given up.
func (d *Doc) Close() {
	if d.abandoned.Load() {
		return
	}
	d.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: d.doc})
	d.inst.Close()
}

// guarded runs work on d (what names it: "reading page 3"), and gives it
// up when d's context ends or PageLimit passes. PDFium in WebAssembly
// cannot be stopped mid-call without slowing every call several times
// over (wazero's close-on-context-done), so the call is left to end on its
// own, its result unused, and the instance is taken out of the pool: the
// pool starts another, and later calls on d fail at once. A call that
// never ends keeps one processor busy until the process ends.
func guarded[T any](d *Doc, what string, work func() (T, error)) (T, error) {
	var none T
	if d.abandoned.Load() {
		return none, fmt.Errorf("pageread: %s: the document was given up", what)
	}
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := work()
		done <- result{v, err}
	}()
	timer := time.NewTimer(PageLimit)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.v, r.err
	case <-d.ctx.Done():
		d.abandon()
		return none, d.ctx.Err()
	case <-timer.C:
		d.abandon()
		return none, fmt.Errorf("pageread: %s took longer than %v and was given up: the file may be damaged, or made to hang readers; save it again as PDF, or leave the page out", what, PageLimit)
	}
}

// abandon takes d's instance out of the pool; its module is closed, so
// that the call left running stops at its next call into PDFium.
func (d *Doc) abandon() {
	if d.abandoned.CompareAndSwap(false, true) {
		d.inst.Kill()
	}
}

// Chars returns the characters of page i (0-based) in reading order.
func (d *Doc) Chars(i int) ([]Char, error) {
	return guarded(d, fmt.Sprintf("reading page %d", i+1), func() ([]Char, error) { return d.chars(i) })
}

func (d *Doc) chars(i int) ([]Char, error) {
	page, err := d.inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: d.doc, Index: i})
	if err != nil {
		return nil, fmt.Errorf("pageread: page %d: %w", i+1, err)
	}
	defer d.inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: page.Page})
	text, err := d.inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: requests.Page{ByReference: &page.Page}})
	if err != nil {
		return nil, fmt.Errorf("pageread: page %d: %w", i+1, err)
	}
	defer d.inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: text.TextPage})
	count, err := d.inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: text.TextPage})
	if err != nil {
		return nil, fmt.Errorf("pageread: page %d: %w", i+1, err)
	}
	chars := make([]Char, 0, count.Count)
	for k := range count.Count {
		u, err := d.inst.FPDFText_GetUnicode(&requests.FPDFText_GetUnicode{TextPage: text.TextPage, Index: k})
		if err != nil {
			return nil, fmt.Errorf("pageread: page %d: %w", i+1, err)
		}
		r := rune(u.Unicode)
		if r == 0 || r == 0xFFFE || r == 0xFFFF {
			continue // no Unicode value known
		}
		b, err := d.inst.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: text.TextPage, Index: k})
		if err != nil {
			return nil, fmt.Errorf("pageread: page %d: %w", i+1, err)
		}
		// The loose box is the font's line height; the glyph's own box is
		// joined to it, for a font whose declared height is too small.
		ink, err := d.inst.FPDFText_GetCharBox(&requests.FPDFText_GetCharBox{TextPage: text.TextPage, Index: k})
		if err != nil {
			return nil, fmt.Errorf("pageread: page %d: %w", i+1, err)
		}
		box := ordered(Rect{float64(b.Rect.Left), float64(b.Rect.Bottom), float64(b.Rect.Right), float64(b.Rect.Top)})
		if glyph := ordered(Rect{ink.Left, ink.Bottom, ink.Right, ink.Top}); glyph.X1 > glyph.X0 && glyph.Y1 > glyph.Y0 {
			box = union(box, glyph)
		}
		a, err := d.inst.FPDFText_GetCharAngle(&requests.FPDFText_GetCharAngle{TextPage: text.TextPage, Index: k})
		if err != nil {
			return nil, fmt.Errorf("pageread: page %d: %w", i+1, err)
		}
		vertical := math.Abs(math.Sin(float64(a.CharAngle))) > 0.7
		chars = append(chars, Char{R: r, Box: box, Vertical: vertical})
	}
	logicalOrder(chars)
	return chars, nil
}

// ordered puts a rectangle's corners in order, whatever way PDFium gave them.
func ordered(r Rect) Rect {
	if r.X0 > r.X1 {
		r.X0, r.X1 = r.X1, r.X0
	}
	if r.Y0 > r.Y1 {
		r.Y0, r.Y1 = r.Y1, r.Y0
	}
	return r
}

// Render draws page i (0-based) at dpi dots per inch on white, as a viewer
// shows it.
func (d *Doc) Render(i, dpi int) (*image.RGBA, error) {
	return guarded(d, fmt.Sprintf("drawing page %d", i+1), func() (*image.RGBA, error) { return d.render(i, dpi) })
}

func (d *Doc) render(i, dpi int) (*image.RGBA, error) {
	res, err := d.inst.RenderPageInDPI(&requests.RenderPageInDPI{
		DPI:  dpi,
		Page: requests.Page{ByIndex: &requests.PageByIndex{Document: d.doc, Index: i}},
	})
	if err != nil {
		return nil, fmt.Errorf("pageread: rendering page %d: %w", i+1, err)
	}
	defer res.Cleanup()
	src := res.Result.RenderedImage
	out := image.NewRGBA(src.Bounds())
	draw.Draw(out, out.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(out, out.Bounds(), src, src.Bounds().Min, draw.Over)
	return out, nil
}

// opened counts the documents read in this process: a test proves with it
// that a case asking for no reading starts nothing.
var opened atomic.Int64

// Opened returns how many documents have been opened for reading.
func Opened() int64 { return opened.Load() }
