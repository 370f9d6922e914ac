package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"image"
	"image/color"
	"io"
	"strings"
	"testing"
)

// TestRasterKeepsDepth checks that a black-and-white page stays at 1 bit
// per pixel, a small palette as indices, and that other greys stay 8-bit.
func TestRasterKeepsDepth(t *testing.T) {
	fax := image.NewGray(image.Rect(0, 0, 13, 3))
	for i := range fax.Pix {
		fax.Pix[i] = 0xff
	}
	fax.SetGray(12, 2, color.Gray{0})
	im := Raster(fax)
	if im.dict["BitsPerComponent"] != "1" || im.dict["ColorSpace"] != "/DeviceGray" || im.mask != nil {
		t.Fatalf("a fax page: %v", im.dict)
	}
	want := []byte{0xff, 0xf8, 0xff, 0xf8, 0xff, 0xf0} // rows padded to bytes; the last pixel black
	if got := inflate(t, im.data); !bytes.Equal(got, want) {
		t.Errorf("packed % x, want % x", got, want)
	}
	fax.SetGray(0, 0, color.Gray{0x80})
	if im := Raster(fax); im.dict["BitsPerComponent"] != "8" {
		t.Errorf("a grey page became %s bits", im.dict["BitsPerComponent"])
	}
	pal := image.NewPaletted(image.Rect(0, 0, 5, 2), color.Palette{color.White, color.RGBA{200, 0, 0, 255}, color.Black})
	pal.SetColorIndex(4, 1, 2)
	im = Raster(pal)
	if im.dict["BitsPerComponent"] != "2" || im.dict["ColorSpace"] != "[/Indexed/DeviceRGB 2 <FFFFFFC80000000000>]" {
		t.Errorf("a palette image: %v", im.dict)
	}
	if got := inflate(t, im.data); !bytes.Equal(got, []byte{0, 0, 0, 0x80}) {
		t.Errorf("indices % x", got)
	}
	pal.Palette[0] = color.RGBA{}
	if im := Raster(pal); im.mask == nil || im.dict["BitsPerComponent"] != "8" {
		t.Error("a palette with a transparent colour lost its transparency")
	}
}

func inflate(t *testing.T, data []byte) []byte {
	t.Helper()
	r, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(r)
	return out
}

// TestImageSize checks that an image with a physical size of Letter is
// placed as it is, and one of another size fitted.
func TestImageSize(t *testing.T) {
	im := Raster(image.NewGray(image.Rect(0, 0, 2550, 3300)))
	im.SetSize(612, 792)
	var d Doc
	d.AddImagePage(im, 1, Margins{Top: 36, Bottom: 36, Left: 36, Right: 36})
	if p := d.pages[0]; p.place != (matrix{612, 0, 0, 792, 0, 0}) {
		t.Errorf("a Letter scan is placed by %v", p.place)
	}
	if w, h := im.Size(); w != 612 || h != 792 {
		t.Errorf("size %v × %v", w, h)
	}
	im.SetSize(0, 5) // ignored
	if w, _ := im.Size(); w != 612 {
		t.Error("a size of zero was taken")
	}
}

// TestReleasedRaster checks that a released image is made again when
// written, and that different data is an error.
func TestReleasedRaster(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = byte(i) | 3
		if i%4 == 3 {
			img.Pix[i] = 0xff
		}
	}
	im := Raster(img)
	data := bytes.Clone(im.data)
	loads := 0
	im.Release(func() (*Image, error) { loads++; return Raster(img), nil })
	if im.Held() != 0 {
		t.Fatalf("holds %d bytes after release", im.Held())
	}
	var d Doc
	d.AddImagePage(im, 1, Margins{})
	var out bytes.Buffer
	if _, err := d.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	if loads != 1 || !bytes.Contains(out.Bytes(), data) {
		t.Fatalf("%d loads; data written: %v", loads, bytes.Contains(out.Bytes(), data))
	}
	img.Pix[0] ^= 0xff
	if _, err := d.WriteTo(io.Discard); err == nil || !strings.Contains(err.Error(), "changed while the packet was being built") {
		t.Errorf("changed data: %v", err)
	}
	im.load = func() (*Image, error) { return nil, errors.New("gone") }
	if _, err := d.WriteTo(io.Discard); err == nil || !strings.Contains(err.Error(), "gone") {
		t.Errorf("a failed load: %v", err)
	}
}
