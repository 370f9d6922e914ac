package exhibits

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"strings"
	"testing"

	"golang.org/x/image/bmp"
)

// zipOf makes a ZIP archive of the named parts, the first stored (as
// OpenDocument requires of its mimetype).
func zipOf(t testing.TB, parts ...[2]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for i, p := range parts {
		method := zip.Deflate
		if i == 0 {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p[0], Method: method})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// ole makes the start of an OLE2 compound file naming a stream.
func ole(stream string) []byte {
	b := []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
	b = append(b, make([]byte, 504)...)
	for _, r := range stream {
		b = append(b, byte(r), 0)
	}
	return b
}

// TestRefused checks that formats packet recognises but does not read are
// refused by what they are, with what to convert them to.
func TestRefused(t *testing.T) {
	for _, tt := range []struct {
		data []byte
		kind Kind
		want string
	}{
		{[]byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"), HEIC, "a HEIC photo (iPhone): packet cannot read HEIC; export it as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible; on a Mac: open in Preview, File > Export > JPEG)"},
		{[]byte("\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heix"), HEIC, "a HEIC photo"},
		{[]byte("\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf"), AVIF, "an AVIF image: packet cannot read AVIF; export it as JPEG or PNG"},
		{[]byte("\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avifmiaf"), AVIF, "an AVIF image"},
		{[]byte("\x00\x00\x00\x18ftypcrx \x00\x00\x00\x01crx isom"), RAW, "a camera RAW photo"},
		{[]byte("\x00\x00\x00\x18ftypqt  \x00\x00\x02\x00qt  \x00\x00"), Video, "a video (MP4 or MOV)"},
		{[]byte("\x00\x00\x00\x0cjP  \r\n\x87\n\x00\x00\x00\x14ftypjp2 "), JPEG2000, "a JPEG 2000 image"},
		{[]byte("\xFF\x0A\xFA\x7F"), JPEGXL, "a JPEG XL image"},
		{[]byte("8BPS\x00\x01\x00\x00"), PSD, "a Photoshop document (PSD)"},
		{[]byte("II*\x00\x10\x00\x00\x00CR\x02\x00"), RAW, "a camera RAW photo"},
		{zipOf(t, [2]string{"notes.txt", "hello"}), ZIP, "a ZIP archive: packet cannot read archives; unpack it"},
		{zipOf(t, [2]string{"[Content_Types].xml", "<Types/>"}, [2]string{"xl/workbook.xml", "<workbook/>"}), Spreadsheet, "a spreadsheet"},
		{zipOf(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.presentation"}), Presentation, "a presentation"},
		{ole("Workbook"), Spreadsheet, "a spreadsheet"},
		{ole("__substg1.0_0037001F"), Email, "an Outlook message"},
		{ole("Something"), OLE, "a Microsoft Office 97–2003 file"},
		{[]byte("\xEF\xBB\xBF<!DOCTYPE html>\n<html><head><title>Receipt</title>"), HTML, "a web page (HTML), whatever its name says: packet cannot lay out web pages; open it in a browser and print it to PDF"},
		{[]byte("  <HTML>\r\n<BODY>"), HTML, "a web page"},
		{[]byte("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"), HTML, "a web page"},
		{[]byte("Dear officer,\nI write to confirm…\n"), Text, "a plain text file: packet cannot lay out text; open it in an editor and print it to PDF"},
		{[]byte("\xFF\xFEH\x00i\x00"), Text, "a plain text file"},
	} {
		if k, ok := Sniff(tt.data); !ok || k != tt.kind {
			t.Errorf("Sniff(%q) = %q, want %q", tt.data[:min(len(tt.data), 16)], k, tt.kind)
		}
		_, err := Read(context.Background(), tt.data)
		var u *UnsupportedError
		if !errors.As(err, &u) || u.Kind != tt.kind || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.kind, err, tt.want)
		}
	}
	for _, unknown := range [][]byte{{0, 1, 2, 3, 4, 5}, []byte("\x7fELF\x02\x01\x01")} {
		if _, err := Read(context.Background(), unknown); err == nil || !strings.HasPrefix(err.Error(), "not a file packet reads") {
			t.Errorf("%q: %v", unknown, err)
		}
	}
}

// TestOfficeSniff checks that Word and OpenDocument files are told from
// other archives, whole or from their first bytes.
func TestOfficeSniff(t *testing.T) {
	for _, tt := range []struct {
		data []byte
		kind Kind
	}{
		{docx(t), DOCX},
		{zipOf(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.text"}, [2]string{"content.xml", "<office:document-content/>"}), ODT},
		{ole("WordDocument"), DOC},
		{[]byte(`{\rtf1\ansi Hello}`), RTF},
	} {
		if k, ok := Sniff(tt.data); !ok || k != tt.kind {
			t.Errorf("Sniff = %q, want %q", k, tt.kind)
		}
		if k, ok := Sniff(tt.data[:min(len(tt.data), 64)]); !ok || (k != tt.kind && k != ZIP && k != OLE) {
			t.Errorf("Sniff of the start = %q, want %q", k, tt.kind)
		}
	}
	odt := zipOf(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.text"}, [2]string{"content.xml", "<x/>"})
	if k, _ := Sniff(odt[:90]); k != ODT {
		t.Errorf("an ODT's first bytes: %q", k)
	}
}

// TestOtherImages reads GIF (its first frame) and BMP as pictures, a
// two-colour GIF kept at 1 bit per pixel.
func TestOtherImages(t *testing.T) {
	pal := image.NewPaletted(image.Rect(0, 0, 40, 30), color.Palette{color.White, color.Black})
	pal.SetColorIndex(3, 4, 1)
	var g, b bytes.Buffer
	gif.EncodeAll(&g, &gif.GIF{Image: []*image.Paletted{pal, pal}, Delay: []int{0, 0}})
	rgb := image.NewRGBA(image.Rect(0, 0, 20, 10))
	rgb.Set(1, 1, color.RGBA{200, 10, 10, 255})
	bmp.Encode(&b, rgb)
	for _, tt := range []struct {
		data []byte
		kind Kind
		w    float64
	}{{g.Bytes(), GIF, 40}, {b.Bytes(), BMP, 20}} {
		f, err := Read(context.Background(), tt.data)
		if err != nil {
			t.Fatalf("%s: %v", tt.kind, err)
		}
		if w, _ := f.pages[0].img.Size(); f.Kind != tt.kind || f.PageCount() != 1 || w != tt.w {
			t.Errorf("%s: kind %s, %d pages, %v wide", tt.kind, f.Kind, f.PageCount(), w)
		}
	}
	if _, err := Read(context.Background(), []byte("RIFF\x10\x00\x00\x00WEBPVP8 \x00\x00")); err == nil || !strings.HasPrefix(err.Error(), "cannot read the WebP image") {
		t.Errorf("a broken WebP: %v", err)
	}
	defer func(n int) { MaxPixels = n }(MaxPixels)
	MaxPixels = 100
	if _, err := Read(context.Background(), g.Bytes()); err == nil || !strings.Contains(err.Error(), "40 × 30 pixels") {
		t.Errorf("a GIF above MaxPixels: %v", err)
	}
}
