package pdf

import (
	"fmt"
	"time"
)

// Doc is the packet under construction: its pages in order, with what is
// drawn and linked on them. Nothing is written until WriteTo.
type Doc struct {
	markFont *markFont
	pages    []*page
	outline  []Bookmark
	labels   []Label
	info     Info
}

// page is one output page: one piece of content placed on a Letter page.
type page struct {
	w, h  float64
	src   *Source // a source page, or
	index int
	img   *Image // an image
	place matrix // content space (the source box, or the unit square of the image) to page space
	links []link
	marks []Mark // stamps drawn over everything

	highlights [][]Rect // each the quads of one highlight annotation

	overlays []overlay // pages drawn over the content as it is (stamps), in order
}

// overlay is page index of src, drawn unscaled over a page.
type overlay struct {
	src   *Source
	index int
}

// link is a link to the top of page target of this document or, when file
// is set, to page target (0-based) of the document file, whose height is top.
type link struct {
	rect   Rect
	target int
	file   string
	top    float64
}

// Rect is a rectangle on a page in points, origin at the bottom left.
type Rect struct{ X, Y, W, H float64 }

// Bookmark is an entry of the document outline.
type Bookmark struct {
	Title string
	Page  int // 0-based page index it opens
	Kids  []Bookmark
}

// Label style names of the page-label dictionary.
const (
	LabelDecimal    = "D"
	LabelLowerRoman = "r"
)

// Label numbers the pages from Start (0-based) to the next label the way a
// viewer shows them: Style is LabelDecimal or LabelLowerRoman, First the
// number of the first page, Prefix text before the number.
type Label struct {
	Start  int
	Style  string
	Prefix string
	First  int
}

// Info is the document information that the packet carries.
type Info struct {
	Title    string
	Creator  string // the application that made the content
	Producer string
	Date     time.Time // creation and modification date
	Lang     string    // natural language of the text, e.g. "en-US"
}

// AddSourcePage appends page i (0-based) of src, upright, fitted to Letter
// inside m (a page that already is Letter size is kept at its size), and
// returns its page index.
func (d *Doc) AddSourcePage(src *Source, i int, m Margins) int {
	sp := src.pages[i]
	w, h := src.PageSize(i)
	pw, ph, place := fit(w, h, m)
	d.pages = append(d.pages, &page{w: pw, h: ph, src: src, index: i, place: upright(sp.box, sp.rotate).then(place)})
	return len(d.pages) - 1
}

// AddImagePage appends a page showing img upright according to its EXIF
// orientation (1 to 8; 0 means 1), fitted to Letter inside m (an image whose
// physical size is Letter is kept at its size).
func (d *Doc) AddImagePage(img *Image, orientation int, m Margins) int {
	w, h := img.Size()
	if orientation >= 5 && orientation <= 8 {
		w, h = h, w
	}
	pw, ph, place := fit(w, h, m)
	d.pages = append(d.pages, &page{w: pw, h: ph, img: img, place: orient(orientation, w, h).then(place)})
	return len(d.pages) - 1
}

// orient maps an image's unit square to an upright w×h rectangle (w and h
// already swapped for orientations 5–8).
func orient(o int, w, h float64) matrix {
	switch o {
	case 2:
		return matrix{-w, 0, 0, h, w, 0}
	case 3:
		return matrix{-w, 0, 0, -h, w, h}
	case 4:
		return matrix{w, 0, 0, -h, 0, h}
	case 5:
		return matrix{0, -h, -w, 0, w, h}
	case 6:
		return matrix{0, -h, w, 0, 0, h}
	case 7:
		return matrix{0, h, w, 0, 0, 0}
	case 8:
		return matrix{0, h, -w, 0, w, 0}
	}
	return matrix{w, 0, 0, h, 0, 0}
}

// PageCount returns the number of pages added so far.
func (d *Doc) PageCount() int { return len(d.pages) }

// PageSize returns the size of page i in points.
func (d *Doc) PageSize(i int) (w, h float64) { return d.pages[i].w, d.pages[i].h }

// Overlay draws page n of src over page i, unscaled: a page of the same
// size whose marks (stamps) go on top of everything the page shows. A page
// may have several overlays; each is drawn over the ones added before it.
func (d *Doc) Overlay(i int, src *Source, n int) {
	d.pages[i].overlays = append(d.pages[i].overlays, overlay{src, n})
}

// Link makes r on page i a link to the top of page target.
func (d *Doc) Link(i int, r Rect, target int) {
	d.pages[i].links = append(d.pages[i].links, link{rect: r, target: target})
}

// SetOutline sets the bookmarks.
func (d *Doc) SetOutline(b []Bookmark) { d.outline = b }

// SetLabels sets the page labels; they must ascend by Start from 0.
func (d *Doc) SetLabels(l []Label) { d.labels = l }

// SetInfo sets the document information.
func (d *Doc) SetInfo(i Info) { d.info = i }

// Info returns the document information.
func (d *Doc) Info() Info { return d.info }

func (d *Doc) check() error {
	n := len(d.pages)
	if n == 0 {
		return fmt.Errorf("pdf: no pages")
	}
	for i, p := range d.pages {
		for _, l := range p.links {
			if l.file != "" && l.target < 0 {
				return fmt.Errorf("pdf: link on page %d to page %d of %s", i, l.target, l.file)
			}
			if l.file == "" && (l.target < 0 || l.target >= n) {
				return fmt.Errorf("pdf: link on page %d to page %d of %d", i, l.target, n)
			}
		}
	}
	var walk func([]Bookmark) error
	walk = func(bs []Bookmark) error {
		for _, b := range bs {
			if b.Page < 0 || b.Page >= n {
				return fmt.Errorf("pdf: bookmark %q to page %d of %d", b.Title, b.Page, n)
			}
			if err := walk(b.Kids); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(d.outline)
}
