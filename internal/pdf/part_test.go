package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// bookDoc is a ten-page document shaped like a packet: a cover, an index
// linking to three dividers, sections of bookmarks, roman then decimal labels.
func bookDoc(t testing.TB) *Doc {
	t.Helper()
	sizes := make([][2]float64, 9)
	for i := range sizes {
		sizes[i] = [2]float64{612, 792}
	}
	sizes[7] = [2]float64{792, 612}
	src := sourcePDF(t, sizes...)
	var d Doc
	for i := 0; i < src.PageCount(); i++ {
		d.AddSourcePage(src, i, Margins{})
	}
	d.AddImagePage(photo(t, 40, 30), 1, Margins{18, 18, 40, 18})
	stamps := sourcePDF(t, sizes...)
	for i := 0; i < 9; i++ {
		d.Overlay(i, stamps, i)
	}
	d.Link(1, Rect{72, 600, 400, 14}, 2)
	d.Link(1, Rect{72, 580, 400, 14}, 5)
	d.Link(1, Rect{72, 560, 400, 14}, 7)
	d.SetOutline([]Bookmark{
		{Title: "Cover", Page: 0},
		{Title: "Index", Page: 1},
		{Title: "Identity", Page: 2, Kids: []Bookmark{{Title: "Exhibit A", Page: 2}, {Title: "Exhibit B", Page: 5}}},
		{Title: "Country", Page: 7, Kids: []Bookmark{{Title: "Exhibit C", Page: 7}}},
	})
	d.SetLabels([]Label{{Start: 0, Style: LabelLowerRoman}, {Start: 1, Style: LabelDecimal, Prefix: "X-", First: 5}})
	d.SetInfo(Info{Title: "Book", Producer: "packet"})
	return &d
}

func write(t testing.TB, d *Doc) []byte {
	t.Helper()
	var b bytes.Buffer
	n, err := d.WriteTo(&b)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(b.Len()) {
		t.Fatalf("WriteTo says %d bytes, wrote %d", n, b.Len())
	}
	return b.Bytes()
}

func qpdfCheck(t *testing.T, data []byte) string {
	t.Helper()
	qpdf := testtool.Need(t, "qpdf")
	path := filepath.Join(t.TempDir(), "part.pdf")
	os.WriteFile(path, data, 0o644)
	out, err := exec.Command(qpdf, "--check", path).CombinedOutput()
	if err != nil || strings.Contains(string(out), "WARNING") {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	return path
}

func TestExtractLinks(t *testing.T) {
	d := bookDoc(t)
	remote := func(page int) (string, int, bool) {
		if page >= 5 {
			return "Book_Part2.pdf", page - 5, true
		}
		return "", 0, false
	}
	part := d.Extract(0, 5, remote)
	links := part.pages[1].links
	want := []link{
		{rect: Rect{72, 600, 400, 14}, target: 2},
		{rect: Rect{72, 580, 400, 14}, target: 0, file: "Book_Part2.pdf", top: 792},
		{rect: Rect{72, 560, 400, 14}, target: 2, file: "Book_Part2.pdf", top: 612},
	}
	if !reflect.DeepEqual(links, want) {
		t.Fatalf("links:\n got %+v\nwant %+v", links, want)
	}
	data := write(t, part)
	for _, s := range []string{
		"/A<</S/GoToR/F<</Type/Filespec/F (Book_Part2.pdf)/UF (Book_Part2.pdf)>>/D[0/XYZ 0 792 null]/NewWindow false>>",
		"/D[2/XYZ 0 612 null]",
		"/Dest[6 0 R/XYZ 0 792 null]", // page 3 of the part: object 4+2
	} {
		if !bytes.Contains(data, []byte(s)) {
			t.Errorf("the part lacks %s", s)
		}
	}
	qpdfCheck(t, data)

	if got := d.Extract(0, 5, nil).pages[1].links; len(got) != 1 || got[0].target != 2 {
		t.Errorf("without remote: links %+v, want the one inside the part", got)
	}
	if got := d.Extract(5, 10, remote).pages; len(got[0].links) != 0 {
		t.Error("a part without the index has links")
	}
	if len(d.pages[1].links) != 3 || d.pages[1].links[1].file != "" {
		t.Error("Extract changed the document's links")
	}
}

func TestExtractOutline(t *testing.T) {
	d := bookDoc(t)
	for _, c := range []struct {
		from, to int
		want     []Bookmark
	}{
		{0, 4, []Bookmark{{Title: "Cover", Page: 0}, {Title: "Index", Page: 1},
			{Title: "Identity", Page: 2, Kids: []Bookmark{{Title: "Exhibit A", Page: 2}}}}},
		{5, 10, []Bookmark{
			{Title: "Identity", Page: 0, Kids: []Bookmark{{Title: "Exhibit B", Page: 0}}},
			{Title: "Country", Page: 2, Kids: []Bookmark{{Title: "Exhibit C", Page: 2}}}}},
		{8, 10, nil},
	} {
		if got := d.Extract(c.from, c.to, nil).outline; !reflect.DeepEqual(got, c.want) {
			t.Errorf("pages %d–%d: outline\n got %+v\nwant %+v", c.from, c.to, got, c.want)
		}
	}
}

func TestExtractLabels(t *testing.T) {
	d := bookDoc(t)
	for _, c := range []struct {
		from, to int
		want     []Label
	}{
		{0, 10, d.labels},
		{0, 1, []Label{{Start: 0, Style: LabelLowerRoman}}},
		{0, 3, d.labels},
		{1, 4, []Label{{Start: 0, Style: LabelDecimal, Prefix: "X-", First: 5}}},
		{4, 10, []Label{{Start: 0, Style: LabelDecimal, Prefix: "X-", First: 8}}},
	} {
		if got := d.Extract(c.from, c.to, nil).labels; !reflect.DeepEqual(got, c.want) {
			t.Errorf("pages %d–%d: labels %+v, want %+v", c.from, c.to, got, c.want)
		}
	}
	// A label starting inside a part moves with it; one numbered from 0
	// (the default 1) continues from 1.
	ls := []Label{{Start: 0, Style: LabelLowerRoman}, {Start: 2, Style: LabelDecimal}, {Start: 6, Style: LabelDecimal, Prefix: "B"}}
	want := []Label{{Start: 0, Style: LabelLowerRoman, First: 2}, {Start: 1, Style: LabelDecimal}, {Start: 5, Style: LabelDecimal, Prefix: "B"}}
	if got := extractLabels(ls, 1, 8); !reflect.DeepEqual(got, want) {
		t.Errorf("labels %+v, want %+v", got, want)
	}
}

// TestExtractWrites checks that every run of pages writes as a sound,
// reproducible PDF, and that Extract leaves the document as it was.
func TestExtractWrites(t *testing.T) {
	d := bookDoc(t)
	whole := write(t, d)
	extra := sourcePDF(t, [2]float64{612, 792})
	for _, r := range [][2]int{{0, 10}, {0, 1}, {2, 5}, {5, 10}, {9, 10}} {
		part := d.Extract(r[0], r[1], nil)
		part.Overlay(0, extra, 0)
		a, b := write(t, part), write(t, d.Extract(r[0], r[1], nil))
		if bytes.Equal(a, b) {
			t.Errorf("pages %v: an added overlay changed nothing", r)
		}
		p2 := d.Extract(r[0], r[1], nil)
		p2.Overlay(0, extra, 0)
		if !bytes.Equal(a, write(t, p2)) {
			t.Errorf("pages %v: two writes differ", r)
		}
		qpdfCheck(t, a)
	}
	if !bytes.Equal(whole, write(t, d)) {
		t.Fatal("extracting parts changed the document")
	}
}

// TestOverlays checks that a page draws several overlays, in order.
func TestOverlays(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext")
	a, b := sourcePDF(t, [2]float64{612, 792}), sourcePDF(t, [2]float64{612, 792}, [2]float64{612, 700}) // b's text lower
	var d Doc
	d.AddImagePage(photo(t, 20, 20), 1, Margins{})
	d.Overlay(0, a, 0)
	d.Overlay(0, b, 1)
	path := qpdfCheck(t, write(t, &d))
	out, err := exec.Command(pdftotext, path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "source page 1") || !strings.Contains(string(out), "source page 2") {
		t.Fatalf("the page shows %q, want both overlays", out)
	}
}

// TestWeights checks that the weights measured in one write tell what a
// run of pages weighs written alone: never less, and more only by the
// whole document's outline, page tree and catalog.
func TestWeights(t *testing.T) {
	d := bookDoc(t)
	w, err := d.Weigh()
	if err != nil {
		t.Fatal(err)
	}
	if got := int64(len(write(t, d))); w.Total() != got {
		t.Fatalf("Total %d, WriteTo writes %d", w.Total(), got)
	}
	if w.Range(0, 10) != w.Total() {
		t.Errorf("Range of every page %d, Total %d", w.Range(0, 10), w.Total())
	}
	for from := 0; from < 10; from++ {
		for to := from + 1; to <= 10; to++ {
			got, est := int64(len(write(t, d.Extract(from, to, nil)))), w.Range(from, to)
			if got > est || est-got > w.fixed {
				t.Errorf("pages %d–%d: %d bytes, weighed %d (document-wide %d)", from, to, got, est, w.fixed)
			}
		}
	}
	// The shared font of the pages is counted once, however many use it.
	if one, two := w.Range(2, 3), w.Range(2, 4); two-one >= one-w.fixed {
		t.Errorf("one page %d, two %d: the font is counted twice", one-w.fixed, two-w.fixed)
	}
}
