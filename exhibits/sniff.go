package exhibits

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"
)

// Sniff tells the format of a file from its first bytes: the formats packet
// reads and those it recognises to refuse (see Kind). Telling an office
// document from another ZIP or OLE2 file may need the whole file: from its
// first bytes alone, a Word file can be told only as ZIP or OLE.
func Sniff(head []byte) (Kind, bool) {
	if k := magic(head); k != "" {
		return k, true
	}
	start := head[:min(len(head), 1024)]
	if bytes.Contains(start, []byte("%PDF-")) {
		return PDF, true
	}
	if k := markup(start); k != "" {
		return k, true
	}
	return "", false
}

// magic tells a format by its signature at the start of the file.
func magic(b []byte) Kind {
	has := func(off int, sig string) bool {
		return len(b) >= off+len(sig) && string(b[off:off+len(sig)]) == sig
	}
	switch {
	case has(0, "\xFF\xD8\xFF"):
		return JPEG
	case has(0, "\x89PNG\r\n\x1a\n"):
		return PNG
	case has(0, "GIF87a"), has(0, "GIF89a"):
		return GIF
	case has(0, "II*\x00") && has(8, "CR"): // Canon CR2 is a TIFF
		return RAW
	case has(0, "II*\x00"), has(0, "MM\x00*"), has(0, "II+\x00"), has(0, "MM\x00+"):
		return TIFF
	case has(0, "IIRO"), has(0, "IIRS"), has(0, "MMOR"), has(0, "IIU\x00"), has(0, "FUJIFILMCCD-RAW"):
		return RAW
	case has(0, "BM") && len(b) >= 18 && dibHeader(binary.LittleEndian.Uint32(b[14:])):
		return BMP
	case has(0, "RIFF") && has(8, "WEBP"):
		return WebP
	case has(4, "ftyp"):
		return isoMedia(b)
	case has(0, "\x00\x00\x00\x0cjP  \r\n\x87\n"), has(0, "\xFF\x4F\xFF\x51"):
		return JPEG2000
	case has(0, "\x00\x00\x00\x0cJXL \r\n\x87\n"), has(0, "\xFF\x0A"):
		return JPEGXL
	case has(0, "8BPS"):
		return PSD
	case has(0, "PK\x03\x04"), has(0, "PK\x05\x06"):
		return zipKind(b)
	case has(0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"):
		return oleKind(b)
	case has(0, `{\rtf`):
		return RTF
	}
	return ""
}

// dibHeader reports whether n is the size of a BMP's bitmap header.
func dibHeader(n uint32) bool {
	switch n {
	case 12, 16, 40, 52, 56, 64, 108, 124:
		return true
	}
	return false
}

// isoMedia tells an ISO base media file (HEIF, AVIF, MP4, MOV, CR3) by
// its brands.
func isoMedia(b []byte) Kind {
	n := int(binary.BigEndian.Uint32(b))
	if n < 16 || n > len(b) {
		n = min(len(b), 64)
	}
	var brands []string
	for i := 8; i+4 <= n; i += 4 {
		if i != 12 { // the minor version
			brands = append(brands, string(b[i:i+4]))
		}
	}
	kind := Video
	for _, br := range brands {
		switch br {
		case "avif", "avis":
			return AVIF
		case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1":
			kind = HEIC
		case "crx ":
			return RAW
		}
	}
	return kind
}

// markup tells web pages and plain text.
func markup(b []byte) Kind {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	if bytes.HasPrefix(b, []byte("\xFF\xFE")) || bytes.HasPrefix(b, []byte("\xFE\xFF")) {
		return Text // UTF-16, as Windows Notepad saves "Unicode"
	}
	lower := bytes.ToLower(bytes.TrimLeft(b, " \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return HTML
		}
	}
	if bytes.Contains(lower, []byte("<html")) ||
		bytes.Contains(lower, []byte("mime-version:")) && bytes.Contains(lower, []byte("multipart/related")) {
		return HTML // a web archive (.mht) too
	}
	if looksText(b) {
		return Text
	}
	return ""
}

// looksText reports whether b is UTF-8 text without control characters
// other than white space (a last character cut off by the 1 KiB is fine).
func looksText(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			return len(b) < utf8.UTFMax && !utf8.FullRune(b)
		}
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f {
			return false
		}
		b = b[n:]
	}
	return true
}
