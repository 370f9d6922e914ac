package pdf

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// The pixels of the two images of sharedPDF, 4×4 grey: dark, and easy to
// find in a packet's bytes, since streams this small are copied as they are.
const (
	marker1 = "IMAGE-ONE-MARKER"
	marker2 = "IMAGE-TWO-MARKER"
)

// sharedPDF is a two-page PDF whose pages share one resources dictionary
// (object 5), which lists both pages' images: page 1 (content object 8)
// draws Im1 (object 6), page 2 draws Im2 (object 7). extra are the entries
// added to the resources, content1 page 1's content stream, and objects
// follow from object 10 on.
func sharedPDF(extra, content1 string, objects ...string) []byte {
	image := func(pixels string) string {
		return stream("/Type/XObject/Subtype/Image/Width 4/Height 4/ColorSpace/DeviceGray/BitsPerComponent 8", pixels)
	}
	return rawPDF(append([]string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Resources 5 0 R/Contents 8 0 R>>",
		"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Resources 5 0 R/Contents 9 0 R>>",
		"<</ProcSet[/PDF/ImageB]/XObject<</Im1 6 0 R/Im2 7 0 R/Fm 10 0 R>>" + extra + ">>",
		image(marker1),
		image(marker2),
		content1,
		stream("", "q 200 0 0 200 0 0 cm /Im2 Do Q"),
	}, objects...)...)
}

// stream is the body of a stream object with dictionary entries dict.
func stream(dict, data string) string {
	return fmt.Sprintf("<<%s/Length %d>>\nstream\n%s\nendstream", dict, len(data), data)
}

// rawPDF writes a PDF whose objects, numbered from 1, are bodies; the
// first is the catalog.
func rawPDF(bodies ...string) []byte {
	var b strings.Builder
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(bodies))
	for k, body := range bodies {
		offsets[k] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", k+1, body)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f\r\n", len(bodies)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n\r\n", off)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(bodies)+1, xref)
	return []byte(b.String())
}

// TestSharedResourcesPruned copies page 1 of a document whose pages share
// their resources: the packet carries the images page 1 draws, itself or
// through a form that uses its resources, and not page 2's; when what
// page 1 draws is not certain, it carries all.
func TestSharedResourcesPruned(t *testing.T) {
	const drawIm1 = "q 200 0 0 200 0 0 cm /Im1 Do Q"
	form := func(dict, content string) string {
		return stream("/Type/XObject/Subtype/Form/BBox[0 0 1 1]"+dict, content)
	}
	im2Form := form("", "q 100 0 0 100 0 0 cm /Im2 Do Q")
	for _, c := range []struct {
		name      string
		extra     string // resources entries
		content1  string
		objects   []string // from object 10
		im1, im2  bool
		renderIm1 bool
		checkQPDF bool
	}{
		{"draws Im1", "", stream("", drawIm1), []string{im2Form}, true, false, true, true},
		{"escaped name", "", stream("", "q 200 0 0 200 0 0 cm /Im#31 Do Q"), []string{im2Form}, true, false, true, true},
		{"draws nothing", "", stream("", "0 0 m 10 10 l S"), []string{im2Form}, false, false, false, true},
		{"form without resources", "", stream("", drawIm1+" /Fm Do"), []string{im2Form}, true, true, true, true},
		{"form drawing itself", "", stream("", drawIm1+" /Fm Do"), []string{form("", "/Fm Do /Im2 Do")}, true, true, false, false},
		{"form with resources", "", stream("", drawIm1+" /Fm Do"), []string{form("/Resources<<>>", "/Im2 Do")}, true, false, false, false},
		{"undecodable content", "", stream("/Filter/FlateDecode", drawIm1), []string{im2Form}, true, true, false, false},
		{"unterminated string", "", stream("", drawIm1+" (open"), []string{im2Form}, true, true, false, false},
		{"unterminated inline image", "", stream("", drawIm1+" BI /W 1 /H 1 ID x"), []string{im2Form}, true, true, false, false},
		{"Type 3 font without resources", "/Font<</T3 11 0 R>>", stream("", drawIm1), []string{im2Form,
			"<</Type/Font/Subtype/Type3/FontBBox[0 0 1 1]/FontMatrix[1 0 0 1 0 0]/CharProcs<<>>/Encoding<</Differences[]>>/FirstChar 0/LastChar 0/Widths[0]>>"},
			true, true, false, false},
		{"pattern without resources", "/Pattern<</P 11 0 R>>", stream("", drawIm1), []string{im2Form,
			stream("/PatternType 1/PaintType 1/TilingType 1/BBox[0 0 1 1]/XStep 1/YStep 1", "/Im2 Do")},
			true, true, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := readPDF(t, sharedPDF(c.extra, c.content1, c.objects...))
			var d Doc
			d.AddSourcePage(src, 0, Margins{})
			data := write(t, &d)
			if got := bytes.Contains(data, []byte(marker1)); got != c.im1 {
				t.Errorf("Im1 written: %v, want %v", got, c.im1)
			}
			if got := bytes.Contains(data, []byte(marker2)); got != c.im2 {
				t.Errorf("Im2 written: %v, want %v", got, c.im2)
			}
			if !c.checkQPDF {
				return
			}
			path := qpdfCheck(t, data)
			if !c.renderIm1 {
				return
			}
			img := testtool.RenderFirstPage(t, path, "-r", "36")
			b := img.Bounds()
			if g := grey(img.At(b.Min.X+b.Dx()/2, b.Min.Y+b.Dy()/2)); g > 128 {
				t.Errorf("the middle of the page is grey %.0f, want the dark image", g)
			}
		})
	}
}

// TestSharedResourcesBothPages copies both pages: each image is written
// once, and a page that draws all its resources' XObjects keeps them as
// they are.
func TestSharedResourcesBothPages(t *testing.T) {
	src := readPDF(t, sharedPDF("", stream("", "/Im1 Do /Fm Do"), stream("/Type/XObject/Subtype/Form/BBox[0 0 1 1]", "/Im2 Do")))
	if got, want := src.pageResources(0), src.pages[0].resources; !reflect.DeepEqual(got, want) {
		t.Errorf("page 1 draws everything: resources %v, want %v", got, want)
	}
	var d Doc
	d.AddSourcePage(src, 1, Margins{})
	d.AddSourcePage(src, 0, Margins{})
	d.AddSourcePage(src, 1, Margins{})
	data := write(t, &d)
	for _, m := range []string{marker1, marker2} {
		if n := bytes.Count(data, []byte(m)); n != 1 {
			t.Errorf("%s written %d times, want once", m, n)
		}
	}
	qpdfCheck(t, data)
}

func TestScanDrawn(t *testing.T) {
	for _, c := range []struct {
		content string
		drawn   []string
		ok      bool
	}{
		{"BT (x) Tj ET /Im1 Do q /Fm0 Do Q /Im1 Do", []string{"Im1", "Fm0"}, true},
		{"(/Im1 Do) Tj % /Im2 Do\n/Im3 Do", []string{"Im3"}, true},
		{"BI /W 1 /H 1 ID /Im1 Do EI /Im2 Do", []string{"Im2"}, true},
		{"/Im1 Do (x", []string{"Im1"}, false},
		{"/Im1 Do <41", []string{"Im1"}, false},
		{"BI /W 1 /H 1 ID /Im1 Do", nil, false},
	} {
		drawn, ok := scanDrawn([]byte(c.content))
		if ok != c.ok || !reflect.DeepEqual(drawn, c.drawn) {
			t.Errorf("%q: drawn %q, ok %v; want %q, %v", c.content, drawn, ok, c.drawn, c.ok)
		}
	}
}
