package exhibits

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/pdf"
	"github.com/asylumpacket/packet/internal/testtool"
)

// halves makes a 64×48 image whose left half is colour a and right half b.
func halves(img interface {
	image.Image
	Set(x, y int, c color.Color)
}, a, b color.Color) image.Image {
	for y := range 48 {
		for x := range 64 {
			if x < 32 {
				img.Set(x, y, a)
			} else {
				img.Set(x, y, b)
			}
		}
	}
	return img
}

func encodePNG(t *testing.T, img image.Image) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// rawPNG writes a 64×48 PNG of the colour type and bit depth given, its
// pixels left on the left half and right on the right, with optional PLTE
// and tRNS chunks: Go's encoder cannot write every kind (16-bit grey with
// alpha).
func rawPNG(colourType, depth byte, left, right, plte, trns []byte) []byte {
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		binary.Write(&out, binary.BigEndian, uint32(len(data)))
		crc := crc32.NewIEEE()
		crc.Write([]byte(typ))
		crc.Write(data)
		out.WriteString(typ)
		out.Write(data)
		binary.Write(&out, binary.BigEndian, crc.Sum32())
	}
	ihdr := []byte{0, 0, 0, 64, 0, 0, 0, 48, depth, colourType, 0, 0, 0}
	chunk("IHDR", ihdr)
	if plte != nil {
		chunk("PLTE", plte)
	}
	if trns != nil {
		chunk("tRNS", trns)
	}
	var rows bytes.Buffer
	for range 48 {
		rows.WriteByte(0) // no filter
		for range 32 {
			rows.Write(left)
		}
		for range 32 {
			rows.Write(right)
		}
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(rows.Bytes())
	zw.Close()
	chunk("IDAT", z.Bytes())
	chunk("IEND", nil)
	return out.Bytes()
}

// rgb is an expected colour: each channel within tol of what is rendered,
// or, where tol is negative, only low or high (see matches).
type rgb struct {
	r, g, b int
	tol     int
}

// TestImageKinds reads images of every colour model and depth a phone,
// scanner or editor writes, places each on a page and checks, in poppler's
// rendering, that each half has its colour: nothing inverted, swapped,
// lost to transparency or darkened by it.
func TestImageKinds(t *testing.T) {
	cmyk, err := os.ReadFile("testdata/cmyk.jpg")
	if err != nil {
		t.Fatal(err)
	}
	progressive, err := os.ReadFile("testdata/progressive.jpg")
	if err != nil {
		t.Fatal(err)
	}
	pal := image.NewPaletted(image.Rect(0, 0, 64, 48), color.Palette{color.NRGBA{0, 160, 0, 255}, color.NRGBA{0, 0, 0, 0}})
	for _, tt := range []struct {
		name        string
		data        []byte
		left, right rgb
	}{
		// Cyan and yellow; Adobe's inverted values read as they are would be dark.
		{"CMYK JPEG", cmyk, rgb{0, 255, 255, -1}, rgb{255, 255, 0, -1}},
		{"progressive JPEG", progressive, rgb{220, 30, 30, 24}, rgb{30, 30, 220, 24}},
		{"16-bit grey PNG", encodePNG(t, halves(image.NewGray16(image.Rect(0, 0, 64, 48)), color.Gray16{0x2000}, color.Gray16{0xE000})), rgb{32, 32, 32, 3}, rgb{224, 224, 224, 3}},
		{"16-bit RGB PNG", encodePNG(t, halves(image.NewRGBA64(image.Rect(0, 0, 64, 48)), color.RGBA64{0xFFFF, 0x8000, 0, 0xFFFF}, color.RGBA64{0, 0x4000, 0xFFFF, 0xFFFF})), rgb{255, 128, 0, 3}, rgb{0, 64, 255, 3}},
		{"16-bit RGBA PNG", encodePNG(t, halves(image.NewNRGBA64(image.Rect(0, 0, 64, 48)), color.NRGBA64{0xFFFF, 0, 0, 0xFFFF}, color.NRGBA64{0, 0, 0xFFFF, 0x8000})), rgb{255, 0, 0, 3}, rgb{127, 127, 255, 3}},
		// Colour type 4 at 16 bits: black, opaque and half transparent.
		{"16-bit grey-alpha PNG", rawPNG(4, 16, []byte{0, 0, 0xFF, 0xFF}, []byte{0, 0, 0x80, 0}, nil, nil), rgb{0, 0, 0, 3}, rgb{127, 127, 127, 3}},
		{"palette PNG with tRNS", encodePNG(t, halves(pal, pal.Palette[0], pal.Palette[1])), rgb{0, 160, 0, 3}, rgb{255, 255, 255, 3}},
		// A palette entry half transparent, given by a tRNS chunk.
		{"palette PNG, translucent entry", rawPNG(3, 8, []byte{0}, []byte{1}, []byte{0, 0, 200, 200, 0, 0}, []byte{255, 128}), rgb{0, 0, 200, 3}, rgb{227, 127, 127, 3}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Read(context.Background(), tt.data)
			if err != nil {
				t.Fatal(err)
			}
			left, right := renderHalves(t, f)
			for _, c := range []struct {
				got  [3]int
				want rgb
				side string
			}{{left, tt.left, "left"}, {right, tt.right, "right"}} {
				if !c.want.matches(c.got) {
					t.Errorf("the %s half is rendered %v, want %v", c.side, c.got, c.want)
				}
			}
		})
	}
}

// matches compares a rendered colour with c; a negative tolerance asks
// only that each channel be low (< 100) where c's is below 128, else high
// (> 150): CMYK converts to RGB differently in every renderer.
func (c rgb) matches(got [3]int) bool {
	for i, want := range []int{c.r, c.g, c.b} {
		switch {
		case c.tol < 0 && want < 128 && got[i] >= 100, c.tol < 0 && want >= 128 && got[i] <= 150:
			return false
		case c.tol >= 0 && abs(float64(got[i]-want)) > float64(c.tol):
			return false
		}
	}
	return true
}

// renderHalves places f's one picture on a page, checks the packet with
// qpdf and returns poppler's colour at the middle of its left and right
// halves.
func renderHalves(t *testing.T, f *File) (left, right [3]int) {
	var doc pdf.Doc
	f.Place(&doc, 0, pdf.Margins{})
	var out bytes.Buffer
	if _, err := doc.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "packet.pdf")
	os.WriteFile(path, out.Bytes(), 0o644)
	qpdf := testtool.Need(t, "qpdf")
	if msg, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil || bytes.Contains(msg, []byte("WARNING")) {
		t.Fatalf("qpdf --check: %v\n%s", err, msg)
	}
	img := testtool.RenderFirstPage(t, path, "-r", "10")
	// The wide picture fills a landscape Letter page.
	b := img.Bounds()
	at := func(x int) [3]int {
		c := color.NRGBAModel.Convert(img.At(x, b.Dy()/2)).(color.NRGBA)
		return [3]int{int(c.R), int(c.G), int(c.B)}
	}
	return at(b.Dx() / 4), at(3 * b.Dx() / 4)
}

// TestDamagedPNG checks that a PNG whose checksums show damage is refused,
// not copied into the packet as it is (a page of noise, or a header
// declaring a size its data does not have).
func TestDamagedPNG(t *testing.T) {
	good := encodePNG(t, halves(image.NewRGBA(image.Rect(0, 0, 64, 48)), color.RGBA{200, 0, 0, 255}, color.RGBA{0, 0, 200, 255}))
	if _, err := Read(context.Background(), good); err != nil {
		t.Fatal(err)
	}
	idat := bytes.Index(good, []byte("IDAT"))
	data := bytes.Clone(good)
	data[idat+10] ^= 0x40
	header := bytes.Clone(good)
	binary.BigEndian.PutUint32(header[16:], 60000) // the width, its checksum unchanged
	for name, data := range map[string][]byte{"pixel data": data, "header": header} {
		if _, err := Read(context.Background(), data); err == nil || !strings.Contains(err.Error(), "cannot read the PNG") {
			t.Errorf("%s damaged: %v", name, err)
		}
	}
}
