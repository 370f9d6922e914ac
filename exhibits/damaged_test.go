package exhibits

import (
	"bytes"
	"context"
	"encoding/binary"
	"strings"
	"testing"
	"time"
)

// guarded runs read with a deadline, so that a hang fails the test rather
// than stalling it.
func guarded(t *testing.T, data []byte) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := Read(context.Background(), data)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(20 * time.Second):
		t.Fatal("reading the file hangs")
		return nil
	}
}

// TestTIFFDamaged checks that broken TIFFs are errors, quickly: loops in
// the directory chain, truncation, absurd page counts and sizes.
func TestTIFFDamaged(t *testing.T) {
	page := tiffPageSpec{w: 64, h: 20, bits: []int{1}, photometric: 0, compression: 32773, rows: wedge(64, 20)}
	two := buildTIFF(binary.LittleEndian, page, page)
	first := binary.LittleEndian.Uint32(two[4:])

	loop := bytes.Clone(two)
	tf, _ := readTIFF(bytes.NewReader(two), int64(len(two)))
	second := tf.pages[1].ifd
	count := binary.LittleEndian.Uint16(loop[second:])
	binary.LittleEndian.PutUint32(loop[int(second)+2+12*int(count):], first)
	selfLoop := bytes.Clone(two)
	binary.LittleEndian.PutUint32(selfLoop[int(first)+2+12*int(binary.LittleEndian.Uint16(two[first:])):], first)

	many := make([]tiffPageSpec, maxTIFFPages+1)
	for i := range many {
		many[i] = tiffPageSpec{w: 8, h: 1, bits: []int{1}, photometric: 0, compression: 1, rows: [][]byte{{0}}}
	}
	short := page
	short.compression, short.rows = 1, short.rows[:5]
	blank := tiffPageSpec{w: 50000, h: 40000, bits: []int{1}, photometric: 0, compression: 1, rows: [][]byte{{0}}}
	huge := page
	huge.w, huge.h = 20000, 10000

	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"loop", loop, "run in a loop (after page 2)"},
		{"self loop", selfLoop, "run in a loop (after page 1)"},
		{"header only", two[:8], "truncated"},
		{"cut in the directory", two[:int(second)+20], "truncated"},
		{"pixels missing", buildTIFF(binary.BigEndian, short), "page 1 of the TIFF is damaged"},
		{"first directory beyond the end", append([]byte("MM\x00*\x7f\x00\x00\x00"), two[8:]...), "truncated"},
		{"too many pages", buildTIFF(binary.BigEndian, many...), "more than 5000 pages"},
		{"too many pixels", buildTIFF(binary.LittleEndian, huge), "20000 × 10000 pixels (200 megapixels); packet reads images up to 100 megapixels"},
		{"too many pixels in all", buildTIFF(binary.LittleEndian, blank, blank, blank, blank, blank, blank), "the TIFF's 6 pages hold 12000 megapixels in all; packet reads up to 5000 in one file"},
		{"no pages", []byte("II*\x00\x00\x00\x00\x00"), "no pages"},
		{"BigTIFF", []byte("II+\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"), "a BigTIFF image"},
		{"camera raw", buildTIFF(binary.LittleEndian, tiffPageSpec{w: 8, h: 1, bits: []int{1}, compression: 1, rows: [][]byte{{0}}, extra: [][3]uint32{{330, 4, 8}}}), "a camera RAW photo"},
	} {
		err := guarded(t, tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
}
