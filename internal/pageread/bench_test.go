package pageread

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
)

// densePage is a Letter page of 11 pt text, about 3,800 characters: a page
// of a country report.
func densePage(b testing.TB) []byte {
	b.Helper()
	f := fpdf.New("P", "pt", "Letter", "")
	f.AddPage()
	f.SetFont("Helvetica", "", 11)
	line := strings.Repeat("Complainants were threatened and witness protection was refused. ", 2)
	for y := 60.0; y < 740; y += 14 {
		f.Text(54, y, line[:95])
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkStart is the start of PDFium with its compiled code in the
// cache folder, as on every run after the first.
func BenchmarkStart(b *testing.B) {
	for b.Loop() {
		pool, err := newPool()
		if err != nil {
			b.Fatal(err)
		}
		inst, err := pool.GetInstanceWithContext(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		inst.Close()
		pool.Close()
	}
}

// BenchmarkChars reads a dense page's characters and boxes.
func BenchmarkChars(b *testing.B) {
	d, err := Open(context.Background(), densePage(b))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	for b.Loop() {
		if _, err := d.Chars(0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFind looks for a phrase on a dense page.
func BenchmarkFind(b *testing.B) {
	d, err := Open(context.Background(), densePage(b))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	chars, err := d.Chars(0)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Find(chars, "witness protection")
	}
}

// BenchmarkRender200 draws a page at the resolution of a redacted page.
func BenchmarkRender200(b *testing.B) {
	d, err := Open(context.Background(), densePage(b))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	for b.Loop() {
		if _, err := d.Render(0, 200); err != nil {
			b.Fatal(err)
		}
	}
}
