package exhibits

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/asylumpacket/packet/internal/pdf"
)

// maxFuzzInput bounds the inputs fuzzed: larger ones make each iteration
// slow and find nothing that smaller ones would not.
const maxFuzzInput = 256 << 10

// The fuzz targets feed one reader each with mutated files of its format
// and place what it accepts into a packet that is then written, so that
// the writer is fuzzed with whatever the readers let through. A reader may
// refuse a file; it may not crash, hang, or accept a file the packet then
// cannot be written from.

// FuzzPDF starts from damaged files too, for the repair to be fuzzed.
func FuzzPDF(f *testing.F) {
	good := samplePDF(f)
	xref := bytes.LastIndex(good, []byte("\nxref"))
	fuzzReader(f, PDF, good, good[:xref], good[:len(good)*2/3])
}

func FuzzJPEG(f *testing.F) {
	jpg, _ := sampleImages(f)
	fuzzReader(f, JPEG, jpg)
}

func FuzzPNG(f *testing.F) {
	_, pngData := sampleImages(f)
	fuzzReader(f, PNG, pngData, rawPNG(4, 16, []byte{0, 0, 0xFF, 0xFF}, []byte{0, 0, 0x80, 0}, nil, nil),
		rawPNG(3, 8, []byte{0}, []byte{1}, []byte{0, 0, 200, 200, 0, 0}, []byte{255, 128}))
}

// FuzzTIFF has no TIFF files in the repository to start from: it starts
// from the scans and faxes the TIFF tests make.
func FuzzTIFF(f *testing.F) {
	fax := tiffPageSpec{w: 64, h: 20, bits: []int{1}, photometric: 0, compression: 4, xres: 204, yres: 98, unit: 2, rows: wedge(64, 20)}
	grey := tiffPageSpec{w: 30, h: 20, bits: []int{8}, photometric: 1, compression: 5, orientation: 6, rows: ramp(30, 20, 1)}
	colour := tiffPageSpec{w: 12, h: 10, bits: []int{8, 8, 8}, photometric: 2, compression: 32773, rows: ramp(12, 10, 3)}
	fuzzReader(f, TIFF, buildTIFF(binary.LittleEndian, fax, grey, colour), buildTIFF(binary.BigEndian, colour, fax))
}

// fuzzReader fuzzes the reader of kind, seeded with extra and with every
// file of that kind (told by content) in the repository's examples and
// testdata folders.
func fuzzReader(f *testing.F, kind Kind, extra ...[]byte) {
	for _, data := range append(repositoryFiles(f, kind), extra...) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if k, _ := Sniff(data); k != kind || len(data) > maxFuzzInput {
			return // another reader's input
		}
		// The fuzzer does not notice a hang by itself: give up after a while
		// and fail, so that it keeps the input.
		done := make(chan error, 1)
		go func() { done <- readAndPlace(data) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(fuzzHang):
			t.Fatalf("no answer after %v: it hangs", fuzzHang)
		}
	})
}

// fuzzHang is how long one fuzzed input may take; files of maxFuzzInput
// take milliseconds.
const fuzzHang = 10 * time.Second

// readAndPlace reads data and writes all it accepts into a packet: an error
// says what went wrong beyond a refusal.
func readAndPlace(data []byte) error {
	file, err := Read(context.Background(), data)
	if err != nil {
		return nil
	}
	if file.PageCount() < 1 {
		return errors.New("a file without pages was accepted")
	}
	var doc pdf.Doc
	for i := range min(file.PageCount(), 20) {
		file.Place(&doc, i, pdf.Margins{Top: 36, Right: 36, Bottom: 36, Left: 36})
	}
	if _, err := doc.WriteTo(io.Discard); err != nil {
		return fmt.Errorf("accepted, then the packet cannot be written: %v", err)
	}
	return nil
}

// repositoryFiles returns the files of kind below examples/ and every
// testdata folder of the module (fuzz corpora aside), up to maxFuzzInput.
func repositoryFiles(f *testing.F, kind Kind) [][]byte {
	var out [][]byte
	filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil
		case d.IsDir():
			if d.Name() == "fuzz" || d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		slash := filepath.ToSlash(path)
		if !strings.HasPrefix(slash, "../examples/") && !strings.Contains(slash, "/testdata/") {
			return nil
		}
		if info, err := d.Info(); err != nil || info.Size() > maxFuzzInput {
			return nil
		}
		data, err := os.ReadFile(path)
		if k, _ := Sniff(data); err == nil && k == kind {
			out = append(out, data)
		}
		return nil
	})
	if len(out) == 0 && kind != TIFF {
		f.Fatalf("no %s files in the repository to start from", kind)
	}
	return out
}
