package pdf

import (
	"bytes"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
	"github.com/go-pdf/fpdf"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// highlightDoc is a Letter page of text with two words highlighted, one on
// each of two lines, and a link; the quads are returned in page space.
func highlightDoc(t testing.TB, highlight bool) (*Doc, []Rect) {
	t.Helper()
	f := fpdf.New("P", "pt", "Letter", "")
	f.SetFont("Helvetica", "", 24)
	f.AddPage()
	f.Text(72, 200, "Please HIGHLIGHT this")
	f.Text(72, 240, "and MARK that")
	// Baselines at 792-200 and 792-240; Helvetica reaches about 0.72 of
	// its size above the baseline and 0.21 below.
	quads := []Rect{
		{X: 72 + f.GetStringWidth("Please "), Y: 592 - 6, W: f.GetStringWidth("HIGHLIGHT"), H: 26},
		{X: 72 + f.GetStringWidth("and "), Y: 552 - 6, W: f.GetStringWidth("MARK"), H: 26},
	}
	src := readPDF(t, pdfBytes(t, f))
	var d Doc
	d.AddSourcePage(src, 0, Margins{})
	if highlight {
		d.Highlight(0, quads)
		d.Highlight(0, nil) // adds nothing
	}
	d.Link(0, Rect{72, 100, 200, 20}, 0)
	return &d, quads
}

func TestHighlightStructure(t *testing.T) {
	d, quads := highlightDoc(t, true)
	data := write(t, d)
	if !bytes.Equal(data, write(t, d)) {
		t.Fatal("two writes differ")
	}
	qpdfCheck(t, data)

	src := readPDF(t, data)
	annots, _ := src.deref(src.pages[0].dict["Annots"]).(types.Array)
	if len(annots) != 2 {
		t.Fatalf("%d annotations, want a highlight and a link", len(annots))
	}
	hl, _ := src.deref(annots[0]).(types.Dict)
	if st := hl.NameEntry("Subtype"); st == nil || *st != "Highlight" {
		t.Fatalf("first annotation %v, want the highlight", hl)
	}
	if st := src.deref(annots[1]).(types.Dict).NameEntry("Subtype"); st == nil || *st != "Link" {
		t.Fatal("second annotation is not the link")
	}
	numbers := func(o types.Object) []float64 {
		var out []float64
		arr, _ := src.deref(o).(types.Array)
		for _, e := range arr {
			f, _ := src.number(e)
			out = append(out, f)
		}
		return out
	}
	var wantPoints []float64
	for _, q := range quads {
		b := rectBox(q)
		for _, v := range []float64{b.llx, b.ury, b.urx, b.ury, b.llx, b.lly, b.urx, b.lly} {
			wantPoints = append(wantPoints, roundNum(v))
		}
	}
	if got := numbers(hl["QuadPoints"]); !reflect.DeepEqual(got, wantPoints) {
		t.Errorf("QuadPoints %v, want %v", got, wantPoints)
	}
	u := rectBox(quads[0])
	for _, q := range quads[1:] {
		b := rectBox(q)
		u = box{min(u.llx, b.llx), min(u.lly, b.lly), max(u.urx, b.urx), max(u.ury, b.ury)}
	}
	wantRect := []float64{roundNum(u.llx), roundNum(u.lly), roundNum(u.urx), roundNum(u.ury)}
	if got := numbers(hl["Rect"]); !reflect.DeepEqual(got, wantRect) {
		t.Errorf("Rect %v, want %v", got, wantRect)
	}
	if got := numbers(hl["C"]); !reflect.DeepEqual(got, []float64{1, 1, 0}) {
		t.Errorf("C %v, want yellow", got)
	}
	ap, ok := src.normalAppearance(hl)
	if !ok {
		t.Fatal("no appearance stream")
	}
	form := src.deref(ap).(types.StreamDict)
	if got := numbers(form.Dict["BBox"]); !reflect.DeepEqual(got, wantRect) {
		t.Errorf("appearance BBox %v, want the Rect %v", got, wantRect)
	}
}

// roundNum is a number as num writes it and a reader reads it back.
func roundNum(f float64) float64 {
	v, _ := strconv.ParseFloat(num(f), 64)
	return v
}

// TestHighlightRenders checks that poppler and MuPDF paint the quads
// yellow, and only the quads, with the words still dark under them.
func TestHighlightRenders(t *testing.T) {
	d, quads := highlightDoc(t, true)
	plain, _ := highlightDoc(t, false)
	path := qpdfCheck(t, write(t, d))
	plainPath := filepath.Join(t.TempDir(), "plain.pdf")
	if err := os.WriteFile(plainPath, write(t, plain), 0o644); err != nil {
		t.Fatal(err)
	}

	const scale = 2 // -r 144
	t.Run("pdftoppm", func(t *testing.T) {
		checkHighlight(t, testtool.RenderFirstPage(t, path, "-r", "144"),
			testtool.RenderFirstPage(t, plainPath, "-r", "144"), scale, quads)
	})
	t.Run("mutool", func(t *testing.T) {
		checkHighlight(t, renderMuPDF(t, path), renderMuPDF(t, plainPath), scale, quads)
	})
}

// checkHighlight compares a page rendered at scale pixels per point with
// and without the highlight.
func checkHighlight(t *testing.T, img, plain image.Image, scale float64, quads []Rect) {
	t.Helper()
	inside := func(x, y int, pad float64) bool {
		px, py := (float64(x)+0.5)/scale, LetterHeight-(float64(y)+0.5)/scale
		for _, q := range quads {
			if px >= q.X-pad && px <= q.X+q.W+pad && py >= q.Y-pad && py <= q.Y+q.H+pad {
				return true
			}
		}
		return false
	}
	var yellow, white, dark, darkPlain, strayYellow, area int
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			r, g, b := rgb8(img, x, y)
			isYellow := r > 200 && g > 200 && b < 80
			switch {
			case inside(x, y, -1):
				area++
				if isYellow {
					yellow++
				}
				if r > 200 && g > 200 && b > 200 {
					white++
				}
				if r < 100 && g < 100 && b < 100 {
					dark++
				}
				if r, g, b := rgb8(plain, x, y); r < 100 && g < 100 && b < 100 {
					darkPlain++
				}
			case !inside(x, y, 1.5) && isYellow:
				strayYellow++
			}
		}
	}
	if yellow < area/2 || white > 0 {
		t.Errorf("inside the quads: %d of %d pixels yellow, %d white", yellow, area, white)
	}
	if darkPlain < 100 || dark < darkPlain*9/10 {
		t.Errorf("inside the quads: %d dark pixels, %d without the highlight: the text is covered", dark, darkPlain)
	}
	if strayYellow > 0 {
		t.Errorf("%d yellow pixels outside the quads", strayYellow)
	}
}

func rgb8(img image.Image, x, y int) (r, g, b uint32) {
	r, g, b, _ = img.At(x, y).RGBA()
	return r >> 8, g >> 8, b >> 8
}

// renderMuPDF renders the first page of the PDF at path at 144 dpi with
// MuPDF.
func renderMuPDF(t *testing.T, path string) image.Image {
	t.Helper()
	mutool := testtool.Need(t, "mutool")
	out := filepath.Join(t.TempDir(), "page.png")
	if msg, err := exec.Command(mutool, "draw", "-q", "-r", "144", "-o", out, path, "1").CombinedOutput(); err != nil {
		t.Fatalf("mutool draw: %v\n%s", err, msg)
	}
	return testtool.ReadPNG(t, out)
}

func TestExtractHighlights(t *testing.T) {
	d, quads := highlightDoc(t, true)
	part := d.Extract(0, 1, nil)
	if !reflect.DeepEqual(part.pages[0].highlights, [][]Rect{quads}) {
		t.Fatalf("the part's highlights %v, want %v", part.pages[0].highlights, quads)
	}
	part.Highlight(0, []Rect{{1, 1, 10, 10}})
	if len(d.pages[0].highlights) != 1 {
		t.Fatal("a highlight added to the part landed in the document")
	}
	if !bytes.Contains(write(t, part), []byte("/Subtype/Highlight")) {
		t.Fatal("the part has no highlight")
	}
}
