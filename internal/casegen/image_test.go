package casegen

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"
)

// readOrientation finds the Exif APP1 segment of a JPEG and returns its
// IFD0 Orientation tag, reading the TIFF structure as any viewer would.
func readOrientation(data []byte) (int, error) {
	for i := 2; i+4 <= len(data) && data[i] == 0xFF; {
		marker, length := data[i+1], int(binary.BigEndian.Uint16(data[i+2:]))
		seg := data[i+4 : i+2+length]
		i += 2 + length
		if marker != 0xE1 || !bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			continue
		}
		tiff := seg[6:]
		var bo binary.ByteOrder = binary.BigEndian
		switch string(tiff[:2]) {
		case "II":
			bo = binary.LittleEndian
		case "MM":
		default:
			return 0, errors.New("bad TIFF byte order")
		}
		if bo.Uint16(tiff[2:]) != 42 {
			return 0, errors.New("bad TIFF magic")
		}
		ifd := int(bo.Uint32(tiff[4:]))
		n := int(bo.Uint16(tiff[ifd:]))
		for e := range n {
			entry := tiff[ifd+2+12*e:]
			if bo.Uint16(entry) == 0x0112 {
				if bo.Uint16(entry[2:]) != 3 || bo.Uint32(entry[4:]) != 1 {
					return 0, errors.New("orientation is not one SHORT")
				}
				return int(bo.Uint16(entry[8:])), nil
			}
		}
		return 0, errors.New("no orientation tag")
	}
	return 0, errors.New("no Exif segment")
}

func lum(c color.Color) int {
	r, g, b, _ := c.RGBA()
	return int(299*r+587*g+114*b) / 1000 >> 8
}

func TestPhotoOrientation(t *testing.T) {
	const sw, sh = 480, 360 // small, to keep the test quick
	for o := 1; o <= 8; o++ {
		var buf bytes.Buffer
		if err := PhotoJPEG(&buf, Photo{Width: sw, Height: sh, Orientation: o, Seed: 1, Note: []string{"TEST"}}); err != nil {
			t.Fatal(err)
		}
		got, err := readOrientation(buf.Bytes())
		if err != nil || got != o {
			t.Fatalf("orientation %d: read back %d, %v", o, got, err)
		}
		stored, err := jpeg.Decode(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if b := stored.Bounds(); b.Dx() != sw || b.Dy() != sh {
			t.Fatalf("orientation %d: stored %v, want %dx%d", o, b, sw, sh)
		}
		// Turn the pixels as a viewer would, then check what is up.
		w, h := sw, sh
		if o >= 5 {
			w, h = h, w
		}
		shown := image.NewRGBA(image.Rect(0, 0, w, h))
		for sy := range sh {
			for sx := range sw {
				dx, dy := DisplayPoint(o, sw, sh, sx, sy)
				shown.Set(dx, dy, stored.At(sx, sy))
			}
		}
		if top, mid := lum(shown.At(w/2, h/40)), lum(shown.At(w*40/100, h/2)); top > 60 || mid < 120 {
			t.Errorf("orientation %d: top band luma %d, middle %d: not upright", o, top, mid)
		}
		// The arrow's stem is on the left; mirrored, it would be on the right.
		stemX, stemY := w/10+w/8, h*60/100
		r, g, _, _ := shown.At(stemX, stemY).RGBA()
		r2, g2, _, _ := shown.At(w-1-stemX, stemY).RGBA()
		if r>>8 < 150 || g>>8 > 100 || (r2>>8 > 150 && g2>>8 < 100) {
			t.Errorf("orientation %d: arrow stem not where it belongs", o)
		}
		// Independently of DisplayPoint: where the Exif standard puts the top
		// of the picture in the stored pixels.
		storedTop := map[int]image.Point{1: {sw / 2, sh / 40}, 3: {sw / 2, sh - sh/40}, 6: {sw / 40, sh / 2}, 8: {sw - sw/40, sh / 2}}
		if p, ok := storedTop[o]; ok && lum(stored.At(p.X, p.Y)) > 60 {
			t.Errorf("orientation %d: the stored pixels should have the dark band at %v", o, p)
		}
	}
}

func TestPhotoRejectsBadOrientation(t *testing.T) {
	if err := PhotoJPEG(new(bytes.Buffer), Photo{Orientation: 9}); err == nil {
		t.Error("orientation 9 accepted")
	}
}

func TestScanSizeAndDPI(t *testing.T) {
	var buf bytes.Buffer
	if err := ScanJPEG(&buf, Scan{DPI: 300, Gray: true, Heading: []string{"SUMMONS"}, Stamp: true}); err != nil {
		t.Fatal(err)
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Width != 2550 || cfg.Height != 3300 || cfg.ColorModel != color.GrayModel {
		t.Errorf("got %dx%d %v, want 2550x3300 gray", cfg.Width, cfg.Height, cfg.ColorModel)
	}
	b := buf.Bytes()
	if b[2] != 0xFF || b[3] != 0xE0 || string(b[6:11]) != "JFIF\x00" || b[13] != 1 ||
		binary.BigEndian.Uint16(b[14:]) != 300 || binary.BigEndian.Uint16(b[16:]) != 300 {
		t.Errorf("JFIF header does not say 300 dpi: % x", b[:20])
	}
	if n := buf.Len(); n > 1500000 {
		t.Errorf("a 300-dpi gray scan takes %d bytes; keep it modest", n)
	}
}

func TestScreenshotAlpha(t *testing.T) {
	for _, alpha := range []bool{false, true} {
		var buf bytes.Buffer
		s := Screenshot{Contact: "+1 555 0100", Clock: "21:47", Alpha: alpha,
			Messages: []Message{{Text: "We know where you live.", Time: "21:40"}, {Text: "Who is this?", Time: "21:41", Sent: true}}}
		if err := ScreenshotPNG(&buf, s); err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(&buf)
		if err != nil {
			t.Fatal(err)
		}
		_, _, _, a := img.At(0, 0).RGBA()
		_, _, _, mid := img.At(360, 740).RGBA()
		if mid != 0xffff || (a == 0) != alpha {
			t.Errorf("alpha %v: corner alpha %d, middle %d", alpha, a, mid)
		}
	}
}
