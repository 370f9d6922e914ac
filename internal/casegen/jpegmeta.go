package casegen

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
	"io"
)

// writeJPEG encodes img and inserts the given marker segments (each complete
// with marker and length) right after the start-of-image marker, where
// readers look for JFIF and Exif data. The standard encoder writes neither.
func writeJPEG(w io.Writer, img image.Image, quality int, segments ...[]byte) error {
	if quality <= 0 {
		quality = 80
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: quality}); err != nil {
		return err
	}
	b := buf.Bytes()
	if _, err := w.Write(b[:2]); err != nil { // SOI
		return err
	}
	for _, s := range segments {
		if _, err := w.Write(s); err != nil {
			return err
		}
	}
	_, err := w.Write(b[2:])
	return err
}

// segment wraps payload in an APPn marker segment.
func segment(marker byte, payload []byte) []byte {
	s := []byte{0xFF, marker, 0, 0}
	binary.BigEndian.PutUint16(s[2:], uint16(len(payload)+2))
	return append(s, payload...)
}

// jfif is an APP0 segment giving the resolution in dots per inch, so that a
// scan declares its paper size.
func jfif(dpi int) []byte {
	p := []byte("JFIF\x00\x01\x01\x01\x00\x00\x00\x00\x00\x00")
	binary.BigEndian.PutUint16(p[8:], uint16(dpi))
	binary.BigEndian.PutUint16(p[10:], uint16(dpi))
	return segment(0xE0, p)
}

// exifEntry is one IFD0 tag: ASCII text, or a SHORT when text is empty.
type exifEntry struct {
	tag   uint16
	text  string
	short uint16
}

// exif is an APP1 segment with a big-endian TIFF header and one IFD. The
// entries must be in ascending tag order, as TIFF requires.
func exif(entries []exifEntry) []byte {
	be := binary.BigEndian
	tiff := []byte{'M', 'M', 0, 42, 0, 0, 0, 8}
	ifd := be.AppendUint16(nil, uint16(len(entries)))
	dataAt := 8 + 2 + 12*len(entries) + 4 // values longer than 4 bytes go after the IFD
	var data []byte
	for _, e := range entries {
		ifd = be.AppendUint16(ifd, e.tag)
		if e.text == "" {
			ifd = be.AppendUint16(ifd, 3) // SHORT
			ifd = be.AppendUint32(ifd, 1)
			ifd = be.AppendUint16(ifd, e.short) // left-justified in the 4-byte field
			ifd = be.AppendUint16(ifd, 0)
			continue
		}
		v := append([]byte(e.text), 0)
		ifd = be.AppendUint16(ifd, 2) // ASCII
		ifd = be.AppendUint32(ifd, uint32(len(v)))
		if len(v) <= 4 {
			ifd = append(ifd, append(v, make([]byte, 4-len(v))...)...)
			continue
		}
		ifd = be.AppendUint32(ifd, uint32(dataAt+len(data)))
		data = append(data, v...)
		if len(data)%2 == 1 { // keep offsets even, as TIFF asks
			data = append(data, 0)
		}
	}
	ifd = be.AppendUint32(ifd, 0) // no next IFD
	payload := append([]byte("Exif\x00\x00"), tiff...)
	payload = append(payload, ifd...)
	return segment(0xE1, append(payload, data...))
}
