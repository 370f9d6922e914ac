package exhibits

import (
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/pdf"
)

// TestTIFFReleased checks that a large colour page is not held but decoded
// again when written: from the path the file was last opened at, and an
// error, not another picture, when the file changed.
func TestTIFFReleased(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	noise := ramp(700, 700, 3)
	for _, row := range noise {
		for i := range row {
			row[i] = byte(rng.Uint32())
		}
	}
	small := tiffPageSpec{w: 64, h: 20, bits: []int{1}, photometric: 0, compression: 4, rows: wedge(64, 20)}
	data := buildTIFF(binary.LittleEndian, small, tiffPageSpec{w: 700, h: 700, bits: []int{8, 8, 8}, photometric: 2, compression: 1, rows: noise})
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.tif"), data, 0o644)
	var cache Cache
	f, err := cache.Open(context.Background(), os.DirFS(dir), "a.tif", "")
	if err != nil {
		t.Fatal(err)
	}
	if f.pages[0].img.Held() == 0 || f.pages[1].img.Held() != 0 {
		t.Fatalf("held: %d and %d bytes", f.pages[0].img.Held(), f.pages[1].img.Held())
	}
	write := func() error {
		var doc pdf.Doc
		f.Place(&doc, 0, pdf.Margins{})
		f.Place(&doc, 1, pdf.Margins{})
		_, err := doc.WriteTo(io.Discard)
		return err
	}
	if err := write(); err != nil {
		t.Fatal(err)
	}
	// The same content at another path, the first gone.
	cache.Release(f)
	os.Rename(filepath.Join(dir, "a.tif"), filepath.Join(dir, "b.tif"))
	if f, err = cache.Open(context.Background(), os.DirFS(dir), "b.tif", ""); err != nil {
		t.Fatal(err)
	}
	if err := write(); err != nil {
		t.Fatalf("after a move: %v", err)
	}
	i := bytes.Index(data, noise[300][:16])
	data[i] ^= 0xff
	os.WriteFile(filepath.Join(dir, "b.tif"), data, 0o644)
	if err := write(); err == nil || !strings.Contains(err.Error(), "changed while the packet was being built") {
		t.Fatalf("a changed file: %v", err)
	}
}

// faxLetter is a Letter page scanned at 300 dpi in black and white, CCITT
// Group 4.
func faxLetter() []byte {
	return buildTIFF(binary.LittleEndian, tiffPageSpec{w: 2550, h: 3300, bits: []int{1}, photometric: 0, compression: 4,
		xres: 300, yres: 300, unit: 2, rows: wedge(2550, 3300)})
}

func BenchmarkTIFFFaxPage(b *testing.B) {
	data := faxLetter()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		f, err := Read(context.Background(), data)
		if err != nil {
			b.Fatal(err)
		}
		if w, h := f.pages[0].img.Size(); w != 612 || h != 792 {
			b.Fatalf("%v × %v points", w, h)
		}
	}
}

func BenchmarkTIFFGreyPage(b *testing.B) {
	data := buildTIFF(binary.LittleEndian, tiffPageSpec{w: 2550, h: 3300, bits: []int{8}, photometric: 1, compression: 8,
		xres: 300, yres: 300, unit: 2, rows: ramp(2550, 3300, 1)})
	for b.Loop() {
		if _, err := Read(context.Background(), data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTIFFColourPage(b *testing.B) {
	data := buildTIFF(binary.LittleEndian, tiffPageSpec{w: 2550, h: 3300, bits: []int{8, 8, 8}, photometric: 2, compression: 5,
		xres: 300, yres: 300, unit: 2, rows: ramp(2550, 3300, 3)})
	for b.Loop() {
		if _, err := Read(context.Background(), data); err != nil {
			b.Fatal(err)
		}
	}
}
