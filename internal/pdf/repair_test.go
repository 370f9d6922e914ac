package pdf

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/asylumpacket/packet/internal/testtool"
	"github.com/go-pdf/fpdf"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// threePages is a PDF with a classic cross-reference table whose pages say
// their numbers, uncompressed so that tests can find the text.
func threePages(t testing.TB) []byte {
	f := fpdf.New("P", "pt", "Letter", "")
	f.SetCreationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetModificationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetCatalogSort(true)
	f.SetCompression(false)
	f.SetFont("Helvetica", "", 14)
	for p := 1; p <= 3; p++ {
		f.AddPage()
		f.Text(72, 100, fmt.Sprintf("Original page %d", p))
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// packed rewrites a PDF with pdfcpu, which stores objects in object streams
// and ends with a cross-reference stream.
func packed(t testing.TB, data []byte) []byte {
	out := testtool.Rewrite(t, data, model.NewDefaultConfiguration())
	if !bytes.Contains(out, []byte("/ObjStm")) {
		t.Fatal("pdfcpu wrote no object stream")
	}
	return out
}

// encrypted locks data with AES-256 and only an owner password, keeping
// a classic cross-reference table.
func encrypted(t testing.TB, data []byte) []byte {
	conf := model.NewAESConfiguration("", "owner-secret", 256)
	conf.Cmd = model.ENCRYPT
	conf.WriteObjectStream, conf.WriteXRefStream = false, false
	return testtool.Rewrite(t, data, conf)
}

// pageTexts returns what each page's content shows with Tj.
func pageTexts(t *testing.T, s *Source) []string {
	t.Helper()
	var z deflater
	var out []string
	for _, p := range s.pages {
		data, filter, err := s.content(p.dict, &z)
		if err != nil {
			t.Fatal(err)
		}
		if filter != "" {
			t.Fatalf("compressed content %q", filter)
		}
		m := regexp.MustCompile(`\((.*?)\) Tj`).FindSubmatch(data)
		if m == nil {
			t.Fatalf("no text in %q", data)
		}
		out = append(out, string(m[1]))
	}
	return out
}

// TestRepair reads PDFs whose objects are intact but whose cross-reference
// table or trailer is damaged or gone: every page must come back whole.
func TestRepair(t *testing.T) {
	good := threePages(t)
	xref := bytes.LastIndex(good, []byte("\nxref\n")) + 1
	trailer := bytes.LastIndex(good, []byte("trailer"))
	lastObj := bytes.LastIndex(good, []byte("endobj")) + len("endobj\n")
	entries := regexp.MustCompile(`(?m)^\d{10} \d{5} n`)
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"sound", good},
		{"table gone", append(bytes.Clone(good[:xref]), good[trailer:]...)},
		{"cut after the last object", good[:lastObj]},
		{"table garbled", append(entries.ReplaceAll(bytes.Clone(good[:trailer]), []byte("00000x0000 00000 n")), good[trailer:]...)},
		{"trailer without Root", regexp.MustCompile(`/Root \d+ 0 R`).ReplaceAll(good, nil)},
		{"trailer without Size", regexp.MustCompile(`/Size \d+`).ReplaceAll(good, nil)},
		{"startxref wrong", regexp.MustCompile(`startxref\n\d+`).ReplaceAll(good, []byte("startxref\n17"))},
		// Offsets count from the header: mail programs put lines before it.
		{"cut short after a mail header", append([]byte("Content-Type: application/pdf\r\n\r\n"), good[:lastObj]...)},
	} {
		s, err := Read(context.Background(), bytes.NewReader(tt.data), nil, "")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := strings.Join(pageTexts(t, s), "|"); got != "Original page 1|Original page 2|Original page 3" {
			t.Errorf("%s: pages read as %s", tt.name, got)
		}
	}
}

// TestRepairEncrypted reads an encrypted file cut short before its
// trailer: the repair must find how it is encrypted, or its pages would be
// copied still encrypted, as noise.
func TestRepairEncrypted(t *testing.T) {
	data := encrypted(t, threePages(t))
	s, err := Read(context.Background(), bytes.NewReader(data[:bytes.LastIndex(data, []byte("\nxref"))]), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(pageTexts(t, s), "|"); got != "Original page 1|Original page 2|Original page 3" {
		t.Errorf("pages read as %q", got)
	}
}

// TestRepairObjectStreams reads a PDF that keeps its objects in object
// streams, with its cross-reference stream cut off: the objects inside the
// streams are found through their headers.
func TestRepairObjectStreams(t *testing.T) {
	data := packed(t, threePages(t))
	cut := data[:bytes.LastIndex(data, []byte("/Type/XRef"))]
	cut = cut[:bytes.LastIndex(cut, []byte("endobj"))+len("endobj")]
	if !cutShort(bytes.NewReader(cut)) {
		t.Fatal("the cut file still ends like a PDF")
	}
	// Offsets count from the header: mail programs put lines before it.
	mailed := append([]byte("Content-Type: application/pdf\r\n\r\n"), cut...)
	for _, data := range [][]byte{cut, mailed} {
		s, err := Read(context.Background(), bytes.NewReader(data), nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if s.PageCount() != 3 {
			t.Errorf("%d pages, want 3", s.PageCount())
		}
	}
}

// TestRepairTakesLatest reads a file whose last incremental update lost its
// cross-reference section (the download stopped): the update's objects are
// what the document now is, not the revision before it.
func TestRepairTakesLatest(t *testing.T) {
	good := threePages(t)
	content := regexp.MustCompile(`\n(\d+) 0 obj\n<</Length \d+>>\nstream\n[^)]*\(Original page 2\)`).FindSubmatch(good)
	if content == nil {
		t.Fatal("no content stream for page 2")
	}
	text := "BT /F1 14 Tf 72 692 Td (Amended page 2) Tj ET"
	update := fmt.Sprintf("\n%s 0 obj\n<</Length %d>>\nstream\n%s\nendstream\nendobj\n", content[1], len(text), text)
	data := append(bytes.Clone(good), update...)
	s, err := Read(context.Background(), bytes.NewReader(data), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := pageTexts(t, s)[1]; got != "Amended page 2" {
		t.Errorf("page 2 reads %q, want the amended text", got)
	}
}

// TestMissingObjectRefused checks that a page whose content the damage
// took is refused, not placed blank.
func TestMissingObjectRefused(t *testing.T) {
	good := threePages(t)
	m := regexp.MustCompile(`\n\d+ 0 obj\n<</Length \d+>>\nstream\n[^)]*\(Original page 2\)[^)]*?endobj`).FindIndex(good)
	if m == nil {
		t.Fatal("no content stream for page 2")
	}
	data := bytes.Clone(good)
	for i := m[0] + 1; i < m[1]; i++ {
		data[i] = ' '
	}
	_, err := Read(context.Background(), bytes.NewReader(data), nil, "")
	if err == nil || !strings.Contains(err.Error(), "could not be repaired (page 2 needs object") {
		t.Errorf("got %v", err)
	}
}

func TestWithTail(t *testing.T) {
	w := &withTail{rs: strings.NewReader("hello "), size: 6, tail: []byte("world"), at: -1}
	all, err := io.ReadAll(w)
	if err != nil || string(all) != "hello world" {
		t.Fatalf("%q %v", all, err)
	}
	for _, off := range []int64{0, 4, 6, 9} {
		w.Seek(off, io.SeekStart)
		rest, _ := io.ReadAll(w)
		if string(rest) != "hello world"[off:] {
			t.Errorf("from %d: %q", off, rest)
		}
	}
	if n, _ := w.Seek(-2, io.SeekEnd); n != 9 {
		t.Errorf("seek from the end: %d", n)
	}
}

// TestRepairPackedCatalog reads a file cut short before any
// cross-reference section or trailer, whose catalog and pages are packed in
// an object stream: the catalog is found inside it.
func TestRepairPackedCatalog(t *testing.T) {
	objs := []string{"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Count 1/Kids[3 0 R]>>", "<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]>>"}
	var head, body strings.Builder
	for i, o := range objs {
		fmt.Fprintf(&head, "%d %d ", i+1, body.Len())
		body.WriteString(o + "\n")
	}
	data := deflated(head.String()+body.String(), 0)
	pdf := fmt.Sprintf("%%PDF-1.7\n4 0 obj\n<</Type/ObjStm/N 3/First %d/Length %d/Filter/FlateDecode>>\nstream\n%s\nendstream\nendobj\n",
		head.Len(), len(data), data)
	s, err := Read(context.Background(), strings.NewReader(pdf), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if w, h := s.PageSize(0); s.PageCount() != 1 || w != 300 || h != 200 {
		t.Errorf("%d pages, the first %v × %v", s.PageCount(), w, h)
	}
}

// TestScanAcrossWindows checks that an object is found whatever the place
// of its header relative to the windows the scan reads the file in.
func TestScanAcrossWindows(t *testing.T) {
	for shift := -40; shift <= 40; shift++ {
		at := 1<<20 + shift // the first window's end
		var b bytes.Buffer
		b.WriteString("%PDF-1.7\n1 0 obj\n<</Length 0>>\nstream\n")
		b.WriteString(strings.Repeat("x", at-b.Len()-len("\nendstream\nendobj\n")))
		b.WriteString("\nendstream\nendobj\n")
		b.WriteString("123 0 obj\n<</Type/Catalog>>\nendobj\n")
		b.WriteString("2 0 obj\n(" + strings.Repeat("y", 64<<10) + ")\nendobj\n") // the file goes on
		sc, err := scanObjects(&b)
		if err != nil {
			t.Fatal(err)
		}
		if off, ok := sc.offsets[123]; !ok || off != int64(at) || sc.catalog != 123 {
			t.Errorf("header at the window's end %+d: found at %d (%v), catalog %d", shift, off, ok, sc.catalog)
		}
	}
}
