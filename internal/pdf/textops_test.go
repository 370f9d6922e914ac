package pdf

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	"reflect"
	"testing"

	"github.com/go-pdf/fpdf"
)

func TestScanText(t *testing.T) {
	for _, c := range []struct {
		content string
		text    bool
		drawn   []string
	}{
		{"BT /F1 12 Tf 72 700 Td (Hello) Tj ET", true, nil},
		{"BT/F1 12 Tf(Hello)Tj ET", true, nil},
		{"BT 3 Tr (ocr layer) Tj ET", true, nil},
		{"BT <48656C6C6F> Tj ET", true, nil},
		{"BT [(a) -120 (b)] TJ ET", true, nil},
		{"BT [(a)]TJ ET", true, nil},
		{"BT (next line) ' ET", true, nil},
		{`BT 1 2 (spaced) " ET`, true, nil},
		{"BT () Tj ET", false, nil},
		{"BT <> Tj < > Tj [] TJ [() 100 <>] TJ ET", false, nil},
		{"BT (\\\n) Tj ET", false, nil}, // a line continuation only
		{"BT (x) Tjx ET", false, nil},
		{"% (x) Tj\n0 0 m 10 10 l S", false, nil},
		{"/Span <</ActualText (Tj)>> BDC EMC", false, nil},
		{"((nested (x) Tj) \\) Tj) BDC EMC", false, nil},
		{"(x) BDC () Tj EMC", false, nil},
		{"<</A <414243>>> BDC () Tj EMC", false, nil},
		{"BT (never closed Tj", false, nil},
		{"BT <4142 Tj", false, nil},
		{"BI /W 4 /H 1 /BPC 8 /CS /G ID \x00(x) Tj EIx EI\x01(y)Tj\nEI Q", false, nil},
		{"BI /W 1 /H 1 /BPC 8 /CS /G /IM true ID \xffEI EI\nBT (a) Tj ET", true, nil},
		{"BI /W 1 /H 1 ID (x) Tj", false, nil},
		{"q /Fm0 Do Q q /Im1 Do /Fm0 Do Q (x) Do", false, []string{"Fm0", "Im1"}},
	} {
		text, drawn := scanText([]byte(c.content))
		if text != c.text || !reflect.DeepEqual(drawn, c.drawn) {
			t.Errorf("%q: text %v, drawn %q; want %v, %q", c.content, text, drawn, c.text, c.drawn)
		}
	}
}

// fpdfSource makes a one-page Letter PDF drawn by draw and reads it.
func fpdfSource(t testing.TB, draw func(f *fpdf.Fpdf)) *Source {
	t.Helper()
	f := fpdf.New("P", "pt", "Letter", "")
	f.SetFont("Helvetica", "", 14)
	f.AddPage()
	draw(f)
	return readPDF(t, pdfBytes(t, f))
}

func pdfBytes(t testing.TB, f *fpdf.Fpdf) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readPDF(t testing.TB, data []byte) *Source {
	t.Helper()
	src, err := Read(context.Background(), bytes.NewReader(data), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func TestHasText(t *testing.T) {
	var jpg bytes.Buffer
	jpeg.Encode(&jpg, image.NewGray(image.Rect(0, 0, 32, 32)), nil)
	for _, c := range []struct {
		name string
		draw func(f *fpdf.Fpdf)
		want bool
	}{
		{"text", func(f *fpdf.Fpdf) { f.Text(72, 72, "Hello") }, true},
		{"invisible text", func(f *fpdf.Fpdf) { f.SetTextRenderingMode(3); f.Text(72, 72, "OCR layer") }, true},
		{"image", func(f *fpdf.Fpdf) {
			opts := fpdf.ImageOptions{ImageType: "JPG"}
			f.RegisterImageOptionsReader("scan", opts, bytes.NewReader(jpg.Bytes()))
			f.ImageOptions("scan", 0, 0, 612, 792, false, opts, 0, "")
		}, false},
		{"drawings", func(f *fpdf.Fpdf) {
			f.Rect(72, 72, 200, 100, "FD")
			f.Line(72, 300, 500, 300)
			f.Circle(300, 500, 40, "D")
		}, false},
		{"empty string", func(f *fpdf.Fpdf) { f.RawWriteStr("BT /F1 12 Tf () Tj ET\n") }, false},
		{"operators quoted", func(f *fpdf.Fpdf) {
			f.RawWriteStr("% (x) Tj\n/Span <</ActualText (Tj)>> BDC ((x) Tj) BDC EMC EMC\n")
			f.RawWriteStr("q 2 0 0 1 0 0 cm BI /W 2 /H 1 /BPC 8 /CS /G ID \x00(x) Tj EIx\nEI Q\n")
		}, false},
		{"text after an inline image", func(f *fpdf.Fpdf) {
			f.RawWriteStr("q BI /W 2 /H 1 /BPC 8 /CS /G ID \x00\xff\nEI Q\n")
			f.Text(72, 72, "caption")
		}, true},
	} {
		if got := fpdfSource(t, c.draw).HasText(0); got != c.want {
			t.Errorf("%s: HasText %v, want %v", c.name, got, c.want)
		}
	}
}

// TestHasTextInForms checks text that only a form shows: the packet writer
// wraps every source page in a form, twice when a packet page is copied.
func TestHasTextInForms(t *testing.T) {
	var d Doc
	d.AddSourcePage(sourcePDF(t, [2]float64{612, 792}), 0, Margins{})
	d.AddImagePage(photo(t, 20, 20), 1, Margins{})
	once := readPDF(t, write(t, &d))
	if !once.HasText(0) || once.HasText(1) {
		t.Fatalf("written once: HasText %v %v, want true false", once.HasText(0), once.HasText(1))
	}
	var d2 Doc
	d2.AddSourcePage(once, 0, Margins{})
	if twice := readPDF(t, write(t, &d2)); !twice.HasText(0) {
		t.Fatal("text in a form inside a form not found")
	}
}

// TestHasTextForms checks forms a writer would not make: one that draws
// itself, one that uses its page's resources, one named with an escape,
// one drawn too deep (and drawn again nearer), one whose stream is broken.
func TestHasTextForms(t *testing.T) {
	form := func(resources, content string) string {
		return fmt.Sprintf("<</Type/XObject/Subtype/Form/BBox[0 0 100 100]%s/Length %d>>\nstream\n%s\nendstream", resources, len(content), content)
	}
	// chain returns a page content and n forms from object 4 on, each
	// drawing the next, and a last one that shows text.
	chain := func(n int) (string, []string) {
		var forms []string
		for k := 1; k <= n; k++ {
			forms = append(forms, form(fmt.Sprintf("/Resources<</XObject<</X%d %d 0 R>>>>", k, 4+k), fmt.Sprintf("/X%d Do", k)))
		}
		return "/X0 Do", append(forms, form("", "BT (deep) Tj ET"))
	}
	deep, deepForms := chain(maxFormDepth - 1)
	tooDeep, tooDeepForms := chain(maxFormDepth)
	for _, c := range []struct {
		name    string
		content string
		objects []string // from object 4
		want    bool
	}{
		{"draws itself", "/X Do", []string{form("/Resources<</XObject<</X 4 0 R>>>>", "/X Do")}, false},
		{"page resources", "/A Do", []string{form("", "/B Do"), form("", "BT (b) Tj ET")}, true},
		{"escaped name", "/F#6f Do", []string{form("", "BT (f) Tj ET")}, true},
		{"broken stream", "/X Do", []string{"<</Type/XObject/Subtype/Form/BBox[0 0 1 1]/Filter/FlateDecode/Length 9>>\nstream\nBT (x) Tj\nendstream"}, false},
		{"deep", deep, deepForms, true},
		{"too deep", tooDeep, tooDeepForms, false},
		// The last form of the chain, met too deep first, is drawn by the
		// page too: from there the text is near.
		{"too deep, then near", tooDeep + " /Y Do", tooDeepForms, true},
	} {
		resources := "/XObject<</X 4 0 R/A 4 0 R/B 5 0 R/Fo 4 0 R/X0 4 0 R"
		if len(c.objects) > maxFormDepth {
			resources += fmt.Sprintf("/Y %d 0 R", 3+maxFormDepth)
		}
		resources += ">>"
		src := readPDF(t, handmadePDF(resources, c.content, c.objects...))
		if got := src.HasText(0); got != c.want {
			t.Errorf("%s: HasText %v, want %v", c.name, got, c.want)
		}
	}
}

// handmadePDF writes a one-page PDF whose page has resources and content
// and whose objects from 4 on are objects.
func handmadePDF(resources, content string, objects ...string) []byte {
	bodies := append([]string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		fmt.Sprintf("<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Resources<<%s>>/Contents %d 0 R>>", resources, 4+len(objects)),
	}, objects...)
	bodies = append(bodies, fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(content), content))
	return rawPDF(bodies...)
}

func BenchmarkScanText(b *testing.B) {
	var content bytes.Buffer
	for content.Len() < 8<<20 {
		content.WriteString("q 0.5 0 0 0.5 10 10 cm 0 0 m 100 100 l S /Span <</ActualText (x)>> BDC EMC Q\n")
	}
	content.WriteString("BT (end) Tj ET")
	b.SetBytes(int64(content.Len()))
	for b.Loop() {
		if text, _ := scanText(content.Bytes()); !text {
			b.Fatal("no text")
		}
	}
}
