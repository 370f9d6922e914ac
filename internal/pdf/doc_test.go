package pdf

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/asylumpacket/packet/internal/testtool"
	"github.com/go-pdf/fpdf"
)

// sourcePDF makes a PDF whose pages have the given sizes (points), each
// page saying its own number.
func sourcePDF(t testing.TB, sizes ...[2]float64) *Source {
	t.Helper()
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: sizes[0][0], Ht: sizes[0][1]}})
	f.SetFont("Helvetica", "", 14)
	for i, s := range sizes {
		f.AddPageFormat("P", fpdf.SizeType{Wd: s[0], Ht: s[1]})
		f.Text(40, 60, "source page "+string(rune('1'+i)))
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	src, err := Read(context.Background(), bytes.NewReader(buf.Bytes()), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func photo(t testing.TB, w, h int) *Image {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x), uint8(y), 128, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	im, err := JPEG(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return im
}

func sampleDoc(t testing.TB) *Doc {
	src := sourcePDF(t, [2]float64{612, 792}, [2]float64{595.28, 841.89}, [2]float64{792, 612})
	var d Doc
	m := Margins{18, 18, 40, 18}
	for i := 0; i < src.PageCount(); i++ {
		d.AddSourcePage(src, i, m)
	}
	d.AddImagePage(photo(t, 160, 120), 6, m)
	overlay := sourcePDF(t, [2]float64{612, 792}, [2]float64{612, 792}, [2]float64{792, 612}, [2]float64{612, 792})
	for i := 0; i < d.PageCount(); i++ {
		d.Overlay(i, overlay, i)
	}
	d.Link(0, Rect{50, 600, 400, 20}, 3)
	d.SetOutline([]Bookmark{{Title: "Раздел", Page: 0, Kids: []Bookmark{{Title: "Exhibit A: Ivana", Page: 1}}}})
	d.SetLabels([]Label{{Start: 0, Style: LabelLowerRoman}, {Start: 1, Style: LabelDecimal, First: 1}})
	d.SetInfo(Info{Title: "Evidence of Ивана", Producer: "packet", Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Lang: "en-US"})
	return &d
}

func TestWriteDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := sampleDoc(t).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := sampleDoc(t).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two writes of the same document differ")
	}
}

func TestPageSizes(t *testing.T) {
	d := sampleDoc(t)
	want := [][2]float64{{612, 792}, {612, 792}, {792, 612}, {612, 792}}
	for i, w := range want {
		if pw, ph := d.PageSize(i); pw != w[0] || ph != w[1] {
			t.Errorf("page %d: %vx%v, want %vx%v", i, pw, ph, w[0], w[1])
		}
	}
}

func TestQPDFCheck(t *testing.T) {
	qpdf := testtool.Need(t, "qpdf")
	path := filepath.Join(t.TempDir(), "out.pdf")
	var buf bytes.Buffer
	if _, err := sampleDoc(t).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, buf.Bytes(), 0o644)
	out, err := exec.Command(qpdf, "--check", path).CombinedOutput()
	if err != nil || strings.Contains(string(out), "WARNING") {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
}

func TestRasterTransparency(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 3, 2))
	img.Set(0, 0, color.NRGBA{255, 0, 0, 128})
	if im := Raster(img); im.mask == nil || im.dict["ColorSpace"] != "/DeviceRGB" {
		t.Fatal("a translucent PNG lost its alpha")
	}
	opaque := image.NewGray(image.Rect(0, 0, 3, 2))
	if im := Raster(opaque); im.mask != nil || im.dict["ColorSpace"] != "/DeviceGray" {
		t.Fatal("a grey image got a mask or colour")
	}
}

func TestPNGPassThrough(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 5, 4))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	var b bytes.Buffer
	png.Encode(&b, img) // opaque RGBA is written as 8-bit RGB
	im, err := PNG(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.dict["DecodeParms"], "/Predictor 15/Colors 3/BitsPerComponent 8/Columns 5") || im.mask != nil {
		t.Fatalf("not passed through: %v", im.dict)
	}
	img.Pix[3] = 0x10 // one translucent pixel: decode, with a mask
	b.Reset()
	png.Encode(&b, img)
	if im, err = PNG(b.Bytes()); err != nil || im.mask == nil || im.dict["DecodeParms"] != "" {
		t.Fatalf("translucent PNG: %v %v", err, im.dict)
	}
}

func TestStripJPEG(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 16, 16))
	var b bytes.Buffer
	jpeg.Encode(&b, img, nil)
	plain := b.Bytes()
	exif := append([]byte("\xFF\xE1\x00\x10Exif\x00\x00GPS-here"), []byte("\xFF\xFE\x00\x08secret")...)
	tagged := append(append(append([]byte{}, plain[:2]...), exif...), plain[2:]...)
	got := stripJPEG(tagged)
	if bytes.Contains(got, []byte("GPS-here")) || bytes.Contains(got, []byte("secret")) {
		t.Fatal("metadata survived")
	}
	if !bytes.Equal(got, plain) {
		t.Fatal("stripping changed more than the metadata")
	}
	if _, err := jpeg.Decode(bytes.NewReader(got)); err != nil {
		t.Fatal(err)
	}
}

// TestNoConfigFolder checks that reading a PDF leaves nothing in the user's
// home: pdfcpu writes a configuration folder there unless told not to.
func TestNoConfigFolder(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	sourcePDF(t, [2]float64{612, 792})
	if entries, _ := os.ReadDir(home); len(entries) > 0 {
		t.Fatalf("reading a PDF wrote into the home folder: %v", entries)
	}
}

func TestStripJPEGTrailer(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	var b bytes.Buffer
	jpeg.Encode(&b, img, &jpeg.Options{Quality: 90})
	plain := b.Bytes()
	mpf := []byte("\xFF\xE2\x00\x0AMPF\x00hide")
	tagged := append(append(append([]byte{}, plain[:2]...), mpf...), plain[2:]...)
	tagged = append(tagged, []byte("\xFF\xD8\xFF\xE1\x00\x10Exif\x00\x00GPS-here\xFF\xD9motion-video")...)
	got := stripJPEG(tagged)
	if !bytes.Equal(got, plain) {
		t.Fatalf("want the plain JPEG back (%d bytes), got %d bytes", len(plain), len(got))
	}
}

// TestReleasedImages checks that an image whose data was released after
// parsing is read again, byte for byte, when the packet is written, and
// that a file changed meanwhile is an error, not a wrong picture.
func TestReleasedImages(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 600, 400))
	for i := range img.Pix {
		img.Pix[i] = byte(i*7 + i/3)
	}
	var jpg bytes.Buffer
	jpeg.Encode(&jpg, img, &jpeg.Options{Quality: 95})
	f := fpdf.New("P", "pt", "Letter", "")
	f.AddPage()
	opts := fpdf.ImageOptions{ImageType: "JPG"}
	f.RegisterImageOptionsReader("i", opts, bytes.NewReader(jpg.Bytes()))
	f.ImageOptions("i", 0, 0, 300, 200, false, opts, 0, "")
	path := filepath.Join(t.TempDir(), "scan.pdf")
	if err := f.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	open := func() (io.ReadSeekCloser, error) { return os.Open(path) }
	file, _ := open()
	src, err := Read(context.Background(), file, open, "")
	file.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(src.spans) != 1 {
		t.Fatalf("%d images released, want 1", len(src.spans))
	}
	var d Doc
	d.AddSourcePage(src, 0, Margins{})
	var out bytes.Buffer
	if _, err := d.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out.Bytes(), jpg.Bytes()[20:2000]) {
		t.Fatal("the image was not copied from the file")
	}
	data, _ := os.ReadFile(path)
	i := bytes.Index(data, jpg.Bytes()[20:40])
	data[i+500] ^= 0xFF
	os.WriteFile(path, data, 0o644)
	later := time.Now().Add(time.Minute)
	os.Chtimes(path, later, later)
	if _, err := d.WriteTo(io.Discard); err == nil || !strings.Contains(err.Error(), "changed while the packet was being built") {
		t.Fatalf("a changed file: %v", err)
	}
}
