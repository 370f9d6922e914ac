package exhibits

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"runtime"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/pdf"
)

// readAlloc reads data, within a bound on time, and returns the bytes
// allocated meanwhile and the error.
func readAlloc(t *testing.T, data []byte) (uint64, error) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	err := guarded(t, data)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, err
}

// TestPixelBombs checks that a small file declaring a huge picture is
// refused by its header, with its size, before a pixel is decoded.
func TestPixelBombs(t *testing.T) {
	const side = 60000
	le32 := func(v int) []byte { return binary.LittleEndian.AppendUint32(nil, uint32(v)) }
	le24 := func(v int) []byte { return le32(v)[:3] }
	le16 := func(v int) []byte { return binary.LittleEndian.AppendUint16(nil, uint16(v)) }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

	bmp := cat([]byte("BM"), le32(54+16), le32(0), le32(54),
		le32(40), le32(side), le32(side), le16(1), le16(24), le32(0), le32(0), le32(2835), le32(2835), le32(0), le32(0), make([]byte, 16))
	gif := cat([]byte("GIF89a"), le16(side), le16(side), []byte{0, 0, 0},
		[]byte{0x2C}, le16(0), le16(0), le16(side), le16(side), []byte{0, 2, 2, 0x4C, 0x01, 0, 0x3B})
	// WebP refuses more than 2³¹ pixels itself; within that, packet's bound.
	vp8x := cat([]byte("VP8X"), le32(10), []byte{0, 0, 0, 0}, le24(40000-1), le24(40000-1))
	webp := cat([]byte("RIFF"), le32(4+len(vp8x)), []byte("WEBP"), vp8x)
	tiff := buildTIFF(binary.LittleEndian, tiffPageSpec{w: side, h: side, bits: []int{8}, photometric: 1, compression: 1, rows: [][]byte{make([]byte, 16)}})
	const want = "60000 × 60000 pixels (3600 megapixels); packet reads images up to 100 megapixels"
	for _, tt := range []struct {
		name, want string
		data       []byte
	}{
		{"PNG", want, rawPNGSized(side, side)},
		{"GIF", want, gif},
		{"BMP", want, bmp},
		{"WebP", "40000 × 40000 pixels (1600 megapixels)", webp},
		{"TIFF", want, tiff},
	} {
		alloc, err := readAlloc(t, tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
		if alloc > 16<<20 {
			t.Errorf("%s: %d MB allocated to refuse it", tt.name, alloc>>20)
		}
	}
}

// rawPNGSized is the start of a PNG declaring w×h 8-bit grey pixels.
func rawPNGSized(w, h int) []byte {
	p := rawPNG(0, 8, []byte{0}, []byte{0}, nil, nil)
	binary.BigEndian.PutUint32(p[16:], uint32(w))
	binary.BigEndian.PutUint32(p[20:], uint32(h))
	binary.BigEndian.PutUint32(p[29:], crc32.ChecksumIEEE(p[12:29]))
	return p
}

// TestHugeJPEG checks that a JPEG declaring the largest size JPEG allows is
// placed without decoding: its data is copied, and nothing is allocated
// per pixel (a reader that renders it is on its own).
func TestHugeJPEG(t *testing.T) {
	sof := []byte{0xFF, 0xC0, 0, 17, 8, 0xFF, 0xFF, 0xFF, 0xFF, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1}
	data := append([]byte{0xFF, 0xD8}, sof...)
	data = append(data, 0xFF, 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0, 0x00, 0xFF, 0xD9)
	if alloc, err := readAlloc(t, data); err != nil || alloc > 16<<20 {
		t.Fatalf("%v; %d MB allocated to read it", err, alloc>>20)
	}
	f, err := Read(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	var doc pdf.Doc
	f.Place(&doc, 0, pdf.Margins{})
	var out bytes.Buffer
	if _, err := doc.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out.Bytes(), []byte("/Width 65535/Height 65535")) {
		t.Error("the JPEG is not copied at its size")
	}
}
