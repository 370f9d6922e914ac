package exhibits

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/asylumpacket/packet/internal/pdf"
	"github.com/asylumpacket/packet/internal/testtool"
	"golang.org/x/image/tiff"
)

// wedge draws a w×h fax page (1 = black): black from the left edge to a
// border that moves right 3 pixels a row down to 70% of the width, then
// stays: the top right is white, the lower left black.
func wedge(w, h int) [][]byte {
	rows := make([][]byte, h)
	for y := range rows {
		rows[y] = make([]byte, (w+7)/8)
		for x := 0; x < min(2+3*y, w*7/10); x++ {
			rows[y][x/8] |= 0x80 >> (x % 8)
		}
	}
	return rows
}

// ramp returns h rows of w samples (times channels) counting up.
func ramp(w, h, channels int) [][]byte {
	rows := make([][]byte, h)
	for y := range rows {
		rows[y] = make([]byte, w*channels)
		for x := range rows[y] {
			rows[y][x] = byte(x + 3*y)
		}
	}
	return rows
}

// threePages is a fax page (1-bit G4, Letter at 100 dpi), a grey A4 page
// (LZW, 150 dpi given per centimetre) and a colour photo (Deflate, 4×3
// inches at 30 dpi, turned by orientation 6).
func threePages(order binary.ByteOrder) []byte {
	return buildTIFF(order,
		tiffPageSpec{w: 850, h: 1100, bits: []int{1}, photometric: 0, compression: 4, xres: 100, yres: 100, unit: 2, rows: wedge(850, 1100)},
		tiffPageSpec{w: 1240, h: 1754, bits: []int{8}, photometric: 1, compression: 5, xres: 150 / 2.54, yres: 150 / 2.54, unit: 3, rows: ramp(1240, 1754, 1)},
		tiffPageSpec{w: 120, h: 90, bits: []int{8, 8, 8}, photometric: 2, compression: 8, xres: 30, yres: 30, unit: 2, orientation: 6, rows: ramp(120, 90, 3)},
	)
}

// TestTIFFPages decodes every page of a multi-page TIFF by itself and
// checks the pixels of each against what was written.
func TestTIFFPages(t *testing.T) {
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		data := threePages(order)
		tf, err := readTIFF(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		if len(tf.pages) != 3 {
			t.Fatalf("%v: %d pages", order, len(tf.pages))
		}
		for k, want := range []struct{ w, h, x, y, v int }{{850, 1100, 10, 500, 0}, {1240, 1754, 7, 2, 13}, {120, 90, 0, 0, 0}} {
			pr := &pageAt{ra: bytes.NewReader(data)}
			copy(pr.head[:], data[:4])
			order.PutUint32(pr.head[4:], tf.pages[k].ifd)
			img, err := tiff.Decode(pr)
			if err != nil {
				t.Fatalf("%v page %d: %v", order, k+1, err)
			}
			if b := img.Bounds(); b.Dx() != want.w || b.Dy() != want.h {
				t.Fatalf("%v page %d: %v", order, k+1, b)
			}
			if g, ok := img.(*image.Gray); ok && int(g.GrayAt(want.x, want.y).Y) != want.v {
				t.Errorf("%v page %d: pixel %d,%d is %d, want %d", order, k+1, want.x, want.y, g.GrayAt(want.x, want.y).Y, want.v)
			}
		}
	}
}

// TestTIFFFile reads a multi-page TIFF as an exhibit: its pages, their
// physical sizes and orientation, a fax page kept at 1 bit, and the packet
// a valid PDF that shows the fax page as drawn.
func TestTIFFFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "scan.tif")
	os.WriteFile(name, threePages(binary.BigEndian), 0o644)
	start := time.Now()
	f, err := Open(context.Background(), os.DirFS(dir), "scan.tif", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("3 pages read in %v", time.Since(start))
	if f.Kind != TIFF || f.PageCount() != 3 || !f.Kind.Image() {
		t.Fatalf("kind %s, %d pages", f.Kind, f.PageCount())
	}
	for k, want := range [][2]float64{{612, 792}, {595.2, 841.92}, {288, 216}} {
		w, h := f.pages[k].img.Size()
		if abs(w-want[0]) > 0.5 || abs(h-want[1]) > 0.5 {
			t.Errorf("page %d is %.1f × %.1f points, want %.1f × %.1f", k+1, w, h, want[0], want[1])
		}
	}
	if f.pages[2].orientation != 6 {
		t.Errorf("orientation %d, want 6", f.pages[2].orientation)
	}
	var doc pdf.Doc
	for i := 0; i < f.PageCount(); i++ {
		f.Place(&doc, i, pdf.Margins{Top: 36, Right: 36, Bottom: 36, Left: 36})
	}
	if w, h := doc.PageSize(2); w != pdf.LetterWidth || h != pdf.LetterHeight {
		t.Errorf("the turned photo is on a %v × %v page", w, h)
	}
	var out bytes.Buffer
	if _, err := doc.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out.Bytes(), []byte("/Width 850/Height 1100/BitsPerComponent 1/ColorSpace /DeviceGray")) {
		t.Error("the fax page is not a 1-bit image")
	}
	path := filepath.Join(dir, "packet.pdf")
	os.WriteFile(path, out.Bytes(), 0o644)
	qpdf := testtool.Need(t, "qpdf")
	if msg, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil || bytes.Contains(msg, []byte("WARNING")) {
		t.Fatalf("qpdf --check: %v\n%s", err, msg)
	}
	pdftoppm := testtool.Need(t, "pdftoppm")
	png := filepath.Join(dir, "page")
	if msg, err := exec.Command(pdftoppm, "-r", "20", "-f", "1", "-l", "1", "-gray", "-singlefile", path, png).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, msg)
	}
	pgm, _ := os.ReadFile(png + ".pgm")
	img := readPGM(t, pgm) // 170 × 220 pixels: the Letter page at 20 dpi
	// The fax page fills the Letter page: black at the left below the
	// wedge's slope, white at the top right.
	if v := img.GrayAt(30, 180).Y; v > 64 {
		t.Errorf("lower left is %d, want black", v)
	}
	if v := img.GrayAt(150, 20).Y; v < 192 {
		t.Errorf("top right is %d, want white", v)
	}
}

// readPGM reads a binary PGM as pdftoppm writes it.
func readPGM(t *testing.T, b []byte) *image.Gray {
	t.Helper()
	var w, h, maxv int
	var n int
	for _, p := range []*int{&w, &h, &maxv} {
		for n < len(b) && (b[n] == ' ' || b[n] == '\n' || b[n] == 'P' || b[n] == '5') {
			n++
		}
		for n < len(b) && b[n] >= '0' && b[n] <= '9' {
			*p = *p*10 + int(b[n]-'0')
			n++
		}
	}
	n++
	if w == 0 || n+w*h > len(b) {
		t.Fatalf("not a PGM (%d bytes)", len(b))
	}
	return &image.Gray{Pix: b[n : n+w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}
}

func abs(f float64) float64 { return max(f, -f) }

// TestTIFFCompressions reads pages stored in every way the decoder knows,
// both byte orders, and refuses those it does not with a clear message.
func TestTIFFCompressions(t *testing.T) {
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		for _, c := range []int{1, 5, 8, 32773} {
			for _, p := range []tiffPageSpec{
				{w: 64, h: 20, bits: []int{1}, photometric: 0, rows: wedge(64, 20)},
				{w: 30, h: 20, bits: []int{8}, photometric: 1, rows: ramp(30, 20, 1)},
				{w: 30, h: 20, bits: []int{16}, photometric: 1, rows: ramp(60, 20, 1)},
				{w: 30, h: 20, bits: []int{8, 8, 8}, photometric: 2, rows: ramp(30, 20, 3)},
				{w: 30, h: 20, bits: []int{8}, photometric: 3, rows: ramp(30, 20, 1), colormap: make([]uint16, 3*256)},
			} {
				p.compression = c
				f, err := Read(context.Background(), buildTIFF(order, p, p))
				if err != nil {
					t.Fatalf("%v, compression %d, %d bits, photometric %d: %v", order, c, p.bits[0], p.photometric, err)
				}
				if f.PageCount() != 2 {
					t.Errorf("%d pages", f.PageCount())
				}
				if w, _ := f.pages[0].img.Size(); p.bits[0] == 1 && w != 64*72/200.0 {
					t.Errorf("a fax page without a resolution is %v points wide, want 200 dpi", w)
				}
			}
		}
	}
	fax := tiffPageSpec{w: 64, h: 20, bits: []int{1}, photometric: 0, rows: wedge(64, 20)}
	for c, want := range map[int]string{
		7:     "a TIFF compressed as JPEG (page 1): packet cannot read this compression; convert the file to PDF",
		2:     "a TIFF compressed as CCITT modified Huffman (fax) (page 1)",
		34712: "a TIFF compressed as JPEG 2000",
	} {
		p := fax
		p.compression = c
		_, err := Read(context.Background(), buildTIFF(binary.LittleEndian, p))
		var u *UnsupportedError
		if !errors.As(err, &u) || u.Kind != TIFF || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("compression %d: %v", c, err)
		}
	}
	g32d := fax
	g32d.compression, g32d.extra = 3, [][3]uint32{{292, 4, 1}}
	if _, err := Read(context.Background(), buildTIFF(binary.LittleEndian, g32d)); err == nil || !strings.Contains(err.Error(), "CCITT Group 3 2-D") {
		t.Errorf("Group 3 2-D: %v", err)
	}
}
