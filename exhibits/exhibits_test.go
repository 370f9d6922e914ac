package exhibits

import (
	"bytes"
	"context"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"path/filepath"
	"testing"

	"github.com/go-pdf/fpdf"
)

func TestParsePages(t *testing.T) {
	sel, err := ParsePages(" 1-3, 7 ,10-12")
	if err != nil {
		t.Fatal(err)
	}
	idx, err := sel.Apply(12)
	if err != nil {
		t.Fatal(err)
	}
	want := []int{0, 1, 2, 6, 9, 10, 11}
	if len(idx) != len(want) {
		t.Fatalf("got %v", idx)
	}
	for i := range want {
		if idx[i] != want[i] {
			t.Fatalf("got %v, want %v", idx, want)
		}
	}
	if _, err := sel.Apply(11); err == nil || err.Error() != "asks for page 12, but there are only 11" {
		t.Errorf("out of range: %v", err)
	}
	for _, bad := range []string{"0", "3-1", "a", "1,,2", "1-", "-3", "1-2-3"} {
		if _, err := ParsePages(bad); err == nil {
			t.Errorf("ParsePages(%q) accepted", bad)
		}
	}
	if all, _ := ParsePages(""); all != nil {
		t.Error("empty selection is not all pages")
	}
}

func TestLabel(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA"} {
		if got := Label(i); got != want {
			t.Errorf("Label(%d) = %q, want %q", i, got, want)
		}
		if got := LabelIndex(want); got != i {
			t.Errorf("LabelIndex(%q) = %d, want %d", want, got, i)
		}
	}
}

func samplePDF(t testing.TB) []byte {
	f := fpdf.New("P", "pt", "A4", "")
	f.AddPage()
	f.AddPage()
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func sampleImages(t testing.TB) (jpg, pngData []byte) {
	img := image.NewRGBA(image.Rect(0, 0, 8, 6))
	img.Set(1, 1, color.RGBA{200, 0, 0, 255})
	var a, b bytes.Buffer
	jpeg.Encode(&a, img, nil)
	png.Encode(&b, img)
	return a.Bytes(), b.Bytes()
}

func TestRead(t *testing.T) {
	jpg, pngData := sampleImages(t)
	for _, tt := range []struct {
		data  []byte
		kind  Kind
		pages int
	}{{samplePDF(t), PDF, 2}, {jpg, JPEG, 1}, {pngData, PNG, 1}} {
		f, err := Read(context.Background(), tt.data)
		if err != nil {
			t.Fatal(err)
		}
		if f.Kind != tt.kind || f.PageCount() != tt.pages {
			t.Errorf("%s: kind %s, %d pages", tt.kind, f.Kind, f.PageCount())
		}
	}
	for _, bad := range [][]byte{nil, []byte("<html>"), []byte("%PDF-1.4 truncated"), []byte("\xFF\xD8\xFFnot a jpeg")} {
		if _, err := Read(context.Background(), bad); err == nil {
			t.Errorf("Read(%q) accepted", bad)
		}
	}
}

func TestOrientation(t *testing.T) {
	jpg, _ := sampleImages(t)
	if o := Orientation(jpg); o != 1 {
		t.Errorf("no EXIF: %d", o)
	}
	for _, order := range []string{"MM", "II"} {
		tiff := []byte(order + "\x00\x2a\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00\x00\x00\x00\x00")
		if order == "II" {
			tiff = []byte("II\x2a\x00\x08\x00\x00\x00\x01\x00\x12\x01\x03\x00\x01\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00")
		}
		payload := append([]byte("Exif\x00\x00"), tiff...)
		seg := append([]byte{0xFF, 0xE1, 0, byte(len(payload) + 2)}, payload...)
		data := append(append(append([]byte{}, jpg[:2]...), seg...), jpg[2:]...)
		if o := Orientation(data); o != 6 {
			t.Errorf("%s: orientation %d, want 6", order, o)
		}
	}
}

// FuzzRead feeds the readers malformed files: they may refuse them, never
// crash or hang.
func FuzzRead(f *testing.F) {
	jpg, pngData := sampleImages(f)
	f.Add(samplePDF(f))
	f.Add(jpg)
	f.Add(pngData)
	fax := tiffPageSpec{w: 64, h: 20, bits: []int{1}, photometric: 0, compression: 4, xres: 204, yres: 98, unit: 2, rows: wedge(64, 20)}
	grey := tiffPageSpec{w: 30, h: 20, bits: []int{8}, photometric: 1, compression: 5, orientation: 6, rows: ramp(30, 20, 1)}
	colour := tiffPageSpec{w: 12, h: 10, bits: []int{8, 8, 8}, photometric: 2, compression: 32773, rows: ramp(12, 10, 3)}
	f.Add(buildTIFF(binary.LittleEndian, fax, grey, colour))
	f.Add(buildTIFF(binary.BigEndian, colour, fax))
	f.Add([]byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"))
	f.Add(docx(f))
	// Documents are not converted: a stand-in that does not exist fails
	// at once.
	defer func(c string) { Converter = c }(Converter)
	Converter = filepath.Join(f.TempDir(), "no-converter")
	f.Fuzz(func(t *testing.T, data []byte) {
		if file, err := Read(context.Background(), data); err == nil && file.PageCount() < 1 {
			t.Fatal("a file without pages was accepted")
		}
		Orientation(data)
	})
}

func FuzzParsePages(f *testing.F) {
	for _, s := range []string{"1-3,7", "", "0", "2-1", " 4 , 5-6 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sel, err := ParsePages(s)
		if err != nil {
			return
		}
		idx, err := sel.Apply(50)
		for _, i := range idx {
			if err == nil && (i < 0 || i >= 50) {
				t.Fatalf("%q selects page index %d", s, i)
			}
		}
	})
}
