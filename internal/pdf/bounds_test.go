package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"
)

// deflated compresses prefix followed by n spaces.
func deflated(prefix string, n int) []byte {
	var b bytes.Buffer
	z, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	z.Write([]byte(prefix))
	z.Write(bytes.Repeat([]byte{' '}, n))
	z.Close()
	return b.Bytes()
}

// flateBomb is a content stream of n spaces, compressed.
func flateBomb(n int) string {
	data := deflated("", n)
	return fmt.Sprintf("<</Length %d/Filter/FlateDecode>>\nstream\n%s\nendstream", len(data), data)
}

// onePage is the catalog and page tree of a document whose page is object 3.
var onePage = []string{"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Count 1/Kids[3 0 R]>>"}

// readAndWrite reads data and writes every page into a packet, within a
// bound on time (a hang fails) and on memory allocated.
func readAndWrite(t *testing.T, data []byte, maxAlloc uint64) error {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	done := make(chan error, 1)
	go func() {
		s, err := Read(context.Background(), bytes.NewReader(data), nil, "")
		if err == nil {
			var d Doc
			for i := range s.PageCount() {
				d.AddSourcePage(s, i, Margins{})
			}
			_, err = d.WriteTo(io.Discard)
		}
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("reading or writing hangs")
	}
	runtime.ReadMemStats(&after)
	if n := after.TotalAlloc - before.TotalAlloc; n > maxAlloc {
		t.Errorf("%d MB allocated, more than %d MB", n>>20, maxAlloc>>20)
	}
	return err
}

// lower sets a bound for one test.
func lower(t *testing.T, bound *int, to int) {
	old := *bound
	*bound = to
	t.Cleanup(func() { *bound = old })
}

// TestBombs checks that compressed data expanding far beyond the bounds is
// refused with the bound, before it is expanded.
func TestBombs(t *testing.T) {
	lower(t, &maxObjectStreams, 8<<20)
	lower(t, &maxPageContent, 8<<20)
	lower(t, &maxContent, 32<<20)
	page := "<</Type/Page/Parent 2 0 R/Contents %s>>"
	// Page content in parts is decompressed and joined when written.
	parts := rawPDF(append(onePage, fmt.Sprintf(page, "[4 0 R 4 0 R 4 0 R]"), flateBomb(4<<20))...)
	// A page listed again and again is written again and again.
	big := flateBomb(1 << 20)
	repeated := rawPDF(append(onePage[:1], "<</Type/Pages/Count 40/Kids["+strings.Repeat("3 0 R ", 40)+"]>>",
		fmt.Sprintf(page, "4 0 R"), fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", 2<<20, strings.Repeat("%", 2<<20)))...)
	for _, tt := range []struct {
		name, want string
		data       []byte
	}{
		{"content parts", "page 1: its content decompresses to more than 8 MB", parts},
		{"page repeated", "the content of the PDF's 40 pages adds up to more than 32 MB", repeated},
		{"object streams", "the PDF's object streams decompress to more than 8 MB", objectStreamBomb(3, 4<<20)},
	} {
		err := readAndWrite(t, tt.data, 200<<20)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
	// Within the bounds, the same constructions are read.
	if err := readAndWrite(t, rawPDF(append(onePage, fmt.Sprintf(page, "4 0 R"), big)...), 200<<20); err != nil {
		t.Errorf("one compressed stream, copied as it is: %v", err)
	}
	if err := readAndWrite(t, objectStreamBomb(1, 4<<20), 200<<20); err != nil {
		t.Errorf("one object stream within the bound: %v", err)
	}
}

// objectStreamBomb is a document whose page's resources are k objects,
// each in an object stream padded with n spaces, listed by a
// cross-reference stream.
func objectStreamBomb(k, n int) []byte {
	res := ""
	for i := range k {
		res += fmt.Sprintf("/R%d %d 0 R", i, 100+i)
	}
	objs := append(onePage, "<</Type/Page/Parent 2 0 R/Resources<<"+res+">>>>")
	for i := range k {
		head := fmt.Sprintf("%d 0 ", 100+i)
		data := deflated(head+"<</Padded true>>", n)
		objs = append(objs, fmt.Sprintf("<</Type/ObjStm/N 1/First %d/Length %d/Filter/FlateDecode>>\nstream\n%s\nendstream", len(head), len(data), data))
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	var rows []byte
	row := func(typ byte, f2, f3 int) {
		rows = append(rows, typ, byte(f2>>24), byte(f2>>16), byte(f2>>8), byte(f2), byte(f3>>8), byte(f3))
	}
	row(0, 0, 65535)
	for i, o := range objs {
		row(1, b.Len(), 0)
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	row(1, xref, 0)
	for i := range k {
		row(2, 4+i, 0)
	}
	self := len(objs) + 1
	fmt.Fprintf(&b, "%d 0 obj\n<</Type/XRef/Size %d/Index[0 %d 100 %d]/W[1 4 2]/Root 1 0 R/Length %d>>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n",
		self, 100+k, self+1, k, len(rows), rows, xref)
	return b.Bytes()
}

// TestHostileStructure checks page trees, nesting, loops and object counts
// built to exhaust a reader: each is read or refused, never a crash or a
// hang, and takes little memory.
func TestHostileStructure(t *testing.T) {
	page := "<</Type/Page/Parent 2 0 R>>"
	nested := []string{onePage[0], "<</Type/Pages/Kids[3 0 R]>>"}
	for i := 3; i < 3+maxTreeDepth; i++ {
		nested = append(nested, fmt.Sprintf("<</Type/Pages/Kids[%d 0 R]>>", i+1))
	}
	nested = append(nested, page)
	chain := append(onePage, "<</Type/Page/Parent 2 0 R/Resources 4 0 R>>")
	for i := 4; i < 20_000; i++ {
		chain = append(chain, fmt.Sprintf("<</Next %d 0 R>>", i+1))
	}
	chain = append(chain, "<<>>")
	deep := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	for _, tt := range []struct {
		name, want string // want "" when the file is read
		data       []byte
	}{
		{"fan-out", "the PDF has more than 100000 pages", rawPDF(onePage[0], "<</Type/Pages/Kids["+strings.Repeat("3 0 R ", maxPages+1)+"]>>", page)},
		{"nested page tree", "the page tree is nested more than 64 levels deep", rawPDF(nested...)},
		{"page tree loop", "the page tree refers to itself", rawPDF(onePage[0], "<</Type/Pages/Kids[3 0 R]>>", "<</Type/Pages/Kids[2 0 R]>>")},
		{"resources in a loop", "", rawPDF(append(onePage, "<</Type/Page/Parent 2 0 R/Resources 4 0 R>>", "<</A 5 0 R/Self 4 0 R>>", "<</B 4 0 R/C 6 0 R>>", "6 0 R")...)},
		{"long reference chain", "", rawPDF(chain...)},
		{"deep arrays", "could not be repaired", rawPDF(append(onePage, "<</Type/Page/Parent 2 0 R/Resources<</X "+deep+">>>>")...)},
		{"millions of objects declared", "", declaredObjects(3_000_000)},
	} {
		err := readAndWrite(t, tt.data, 300<<20)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
}

// declaredObjects is a one-page document whose cross-reference stream, a
// few kilobytes compressed, declares n objects.
func declaredObjects(n int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	var rows bytes.Buffer
	z, _ := zlib.NewWriterLevel(&rows, zlib.BestCompression)
	z.Write([]byte{0, 0, 0, 0, 0, 255, 255})
	for i, o := range append(onePage, "<</Type/Page/Parent 2 0 R>>") {
		off := b.Len()
		z.Write([]byte{1, byte(off >> 24), byte(off >> 16), byte(off >> 8), byte(off), 0, 0})
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	z.Write([]byte{1, byte(xref >> 24), byte(xref >> 16), byte(xref >> 8), byte(xref), 0, 0})
	z.Write(make([]byte, 7*(n-5))) // free entries
	z.Close()
	fmt.Fprintf(&b, "4 0 obj\n<</Type/XRef/Size %d/W[1 4 2]/Root 1 0 R/Filter/FlateDecode/Length %d>>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n",
		n, rows.Len(), rows.Bytes(), xref)
	return b.Bytes()
}
