package packet

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/pdf"
	"github.com/asylumpacket/packet/sidecar"
)

// composeCase loads a case file and composes its packet, unwritten.
func composeCase(t *testing.T, caseFile string) (*pdf.Doc, *Result) {
	t.Helper()
	c, err := Load(caseFile)
	if err != nil {
		t.Fatal(err)
	}
	doc, res, _, release, err := c.compose(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(release)
	return doc, res
}

// splitLimit is a part size that holds the cover, the index and a few
// exhibits, with room for the opening line's font (some 15 KB): the pages
// of the generated cases are small, their fonts are not.
func splitLimit(t *testing.T, doc *pdf.Doc, res *Result) int64 {
	t.Helper()
	w, err := doc.Weigh()
	if err != nil {
		t.Fatal(err)
	}
	return w.Range(0, unitEnd(res, 1)) + 24<<10
}

func TestWriteParts(t *testing.T) {
	for _, s := range []genSpec{
		{seed: 31, exhibits: 16, sections: 3, court: true, bates: true},
		{seed: 32, exhibits: 16, sections: 4, longTitles: true},
	} {
		t.Run("", func(t *testing.T) {
			doc, res := composeCase(t, writeCase(t, t.TempDir(), s))
			limit := splitLimit(t, doc, res)
			dir := t.TempDir()
			parts, err := writePartsNow(doc, res, filepath.Join(dir, "packet.pdf"), limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(parts) < 3 {
				t.Fatalf("%d parts under %d bytes, want 3 or more", len(parts), limit)
			}
			var names []string
			for k := range parts {
				names = append(names, fmt.Sprintf("packet_Part%d.pdf", k+1))
			}
			if got := dirNames(t, dir); !slices.Equal(got, names) {
				t.Fatalf("the folder holds %v, want %v", got, names)
			}
			checkParts(t, dir, res, parts, limit, s.court)
		})
	}
}

// checkParts verifies with outside readers that the parts are the packet
// cut at exhibit boundaries: sizes, pages, stamps, labels, opening lines,
// links into the other parts, bookmarks and titles.
func checkParts(t *testing.T, dir string, res *Result, parts []sidecar.Part, limit int64, service bool) {
	t.Helper()
	n := len(parts)
	offset := 0               // physical pages before the part
	at := map[string][2]int{} // exhibit label → part, page in it (1-based)
	seen := []*inspected{}    // every part, read
	var labels []string       // every exhibit, in part order
	for k, p := range parts {
		path := filepath.Join(dir, p.File)
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Size() != p.Size || p.Size > limit {
			t.Errorf("%s: %d bytes, record says %d, limit %d", p.File, fi.Size(), p.Size, limit)
		}
		in := inspect(t, path)
		seen = append(seen, in)
		pages := len(in.pages)
		for j := 1; j <= pages; j++ {
			g := offset + j // the page in the whole packet, 1-based
			if g <= res.CoverPages {
				continue
			}
			want := res.Stamp(res.FirstNumber + g - res.CoverPages - 1)
			if !hasWords(in.bottom(j), want) {
				t.Errorf("%s page %d: bottom %q lacks its number %q", p.File, j, in.bottom(j), want)
			}
			if in.labels[j-1] != want {
				t.Errorf("%s page %d: a viewer labels it %q, its stamp says %q", p.File, j, in.labels[j-1], want)
			}
		}
		if first := res.Stamp(p.FirstPage); k > 0 && !hasWords(in.bottom(1), first) || !hasWords(in.bottom(pages), res.Stamp(p.LastPage)) {
			t.Errorf("%s: pages %d–%d recorded, stamped %q … %q", p.File, p.FirstPage, p.LastPage, in.bottom(1), in.bottom(pages))
		}
		exhibits := "Exhibit " + p.Exhibits[0]
		if len(p.Exhibits) > 1 {
			exhibits = "Exhibits " + p.Exhibits[0] + "–" + p.Exhibits[len(p.Exhibits)-1]
		}
		line := fmt.Sprintf("Part %d of %d — %s — pages %s", k+1, n, exhibits, res.Numbering.pageRange(p.FirstPage, p.LastPage))
		if got := in.text(1, 0, 0, in.pages[0].w, 34); got != strings.Join(strings.Fields(line), " ") {
			t.Errorf("%s opens with %q, want %q", p.File, got, line)
		}
		if !strings.Contains(in.title, fmt.Sprintf(" (Part %d of %d)", k+1, n)) {
			t.Errorf("%s: title %q", p.File, in.title)
		}
		for _, l := range p.Exhibits {
			e := exhibitByLabel(res, l)
			div := e.PDFPage - offset
			if div < 1 || div+e.PageCount > pages {
				t.Errorf("exhibit %s (pages %d–%d of the packet) is not whole in %s (pages %d–%d)", l, e.PDFPage, e.PDFPage+e.PageCount, p.File, offset+1, offset+pages)
				continue
			}
			if got := in.all(div); !strings.Contains(got, "EXHIBIT") || !hasWords(got, l) {
				t.Errorf("%s page %d is not exhibit %s's divider: %q", p.File, div, l, got)
			}
			at[l] = [2]int{k, div}
		}
		labels = append(labels, p.Exhibits...)
		offset += pages
	}
	if offset != res.Pages {
		t.Fatalf("the parts hold %d pages, the packet %d", offset, res.Pages)
	}
	var all []string
	for _, e := range res.Exhibits {
		all = append(all, e.Label)
	}
	if !slices.Equal(labels, all) {
		t.Fatalf("the parts hold exhibits %v, want %v", labels, all)
	}
	first, last := seen[0], seen[n-1]
	if !strings.Contains(first.all(res.CoverPages+1), "INDEX OF EXHIBITS") {
		t.Errorf("part 1 page %d is not the index: %q", res.CoverPages+1, first.all(res.CoverPages+1))
	}
	if service && !strings.Contains(last.all(len(last.pages)), "CERTIFICATE OF SERVICE") {
		t.Errorf("the last part does not end with the certificate of service: %q", last.all(len(last.pages)))
	}

	// Every index row leads to its exhibit: in part 1 by page, in the
	// others by file and page.
	for _, e := range res.Exhibits {
		where := at[e.Label]
		found := false
		for _, l := range first.links {
			file, page := l.file, l.dest
			if file == "" {
				file = parts[0].File
			}
			if file != parts[where[0]].File || page != where[1] {
				continue
			}
			found = true
			if row := first.text(l.page, l.x0, l.y0, l.x1, l.y1); !strings.HasPrefix(row, e.Label+" ") {
				t.Errorf("the link to exhibit %s sits on the row %q", e.Label, row)
			}
		}
		if !found {
			t.Errorf("no index link leads to exhibit %s (%s page %d)", e.Label, parts[where[0]].File, where[1])
		}
	}

	// Each part's bookmarks are its own pages'.
	for k, in := range seen {
		var tops []string
		marks := map[string]int{}
		for _, b := range in.bookmarks {
			tops = append(tops, b.title)
			for _, kid := range b.kids {
				marks[kid.title] = kid.page
			}
		}
		for _, l := range parts[k].Exhibits {
			e := exhibitByLabel(res, l)
			if title := "Exhibit " + l + ": " + e.Title; marks[title] != at[l][1] {
				t.Errorf("%s: bookmark %q leads to page %d, want %d", parts[k].File, title, marks[title], at[l][1])
			}
		}
		if len(marks) != len(parts[k].Exhibits) {
			t.Errorf("%s: %d exhibit bookmarks for %d exhibits", parts[k].File, len(marks), len(parts[k].Exhibits))
		}
		if hasIndex := slices.Contains(tops, "Index of exhibits"); hasIndex != (k == 0) {
			t.Errorf("%s: bookmarks %v", parts[k].File, tops)
		}
		if hasService := slices.Contains(tops, "Certificate of service"); hasService != (service && k == n-1) {
			t.Errorf("%s: bookmarks %v", parts[k].File, tops)
		}
	}
}

func exhibitByLabel(res *Result, label string) ExhibitResult {
	for _, e := range res.Exhibits {
		if e.Label == label {
			return e
		}
	}
	return ExhibitResult{}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestWritePartsReproducible(t *testing.T) {
	doc, res := composeCase(t, writeCase(t, t.TempDir(), genSpec{seed: 33, exhibits: 12, sections: 2, court: true}))
	limit := splitLimit(t, doc, res)
	a, b := t.TempDir(), t.TempDir()
	pa, err := writePartsNow(doc, res, filepath.Join(a, "packet.pdf"), limit)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := writePartsNow(doc, res, filepath.Join(b, "packet.pdf"), limit)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(pa, pb, func(x, y sidecar.Part) bool { return fmt.Sprint(x) == fmt.Sprint(y) }) {
		t.Fatalf("two splits differ:\n%v\n%v", pa, pb)
	}
	for _, p := range pa {
		da, _ := os.ReadFile(filepath.Join(a, p.File))
		db, _ := os.ReadFile(filepath.Join(b, p.File))
		if len(da) == 0 || !bytes.Equal(da, db) {
			t.Errorf("%s: two writes differ", p.File)
		}
	}
}

// TestWritePartsReplaces writes a packet in many parts, then fewer, then
// whole: each time only the new files are left.
func TestWritePartsReplaces(t *testing.T) {
	doc, res := composeCase(t, writeCase(t, t.TempDir(), genSpec{seed: 34, exhibits: 12, sections: 3}))
	w, err := doc.Weigh()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "case.pdf")
	os.WriteFile(out, []byte("an earlier packet, whole"), 0o644)
	for _, c := range []struct {
		limit int64
		want  []string
	}{
		{splitLimit(t, doc, res), nil},
		{w.Total() - 1, []string{"case_Part1.pdf", "case_Part2.pdf"}},
		{w.Total(), []string{"case.pdf"}},
	} {
		parts, err := writePartsNow(doc, res, out, c.limit)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range parts {
			names = append(names, p.File)
		}
		if c.want != nil && !slices.Equal(names, c.want) {
			t.Errorf("limit %d: parts %v, want %v", c.limit, names, c.want)
		}
		if got := dirNames(t, dir); !slices.Equal(got, names) {
			t.Errorf("limit %d: the folder holds %v, want %v", c.limit, got, names)
		}
	}
}

// TestWriteWhole checks that a packet that fits is written as it is, in one
// file named as asked, recorded as one part.
func TestWriteWhole(t *testing.T) {
	doc, res := composeCase(t, writeCase(t, t.TempDir(), genSpec{seed: 35, exhibits: 4, sections: 2}))
	var whole bytes.Buffer
	if _, err := doc.WriteTo(&whole); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "case.pdf")
	parts, err := writePartsNow(doc, res, out, 25<<20)
	if err != nil {
		t.Fatal(err)
	}
	want := sidecar.Part{File: "case.pdf", Size: int64(whole.Len()), FirstPage: res.FirstNumber, LastPage: res.LastNumber, Exhibits: []string{"A", "B", "C", "D"}}
	if len(parts) != 1 || fmt.Sprint(parts[0]) != fmt.Sprint(want) {
		t.Fatalf("parts %+v, want %+v", parts, want)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, whole.Bytes()) {
		t.Fatal("the packet written whole is not the packet")
	}
	checkPacket(t, out, res)
}

// TestWritePartsExhibitTooLarge checks that an exhibit larger than a part
// is refused by name, with its size and what to do, and nothing is written.
func TestWritePartsExhibitTooLarge(t *testing.T) {
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 36, exhibits: 5, sections: 1})
	os.WriteFile(filepath.Join(dir, "evidence", "scan.png"), noisePNG(500, 400), 0o644)
	y, _ := os.ReadFile(caseFile)
	text := string(y)
	i := strings.Index(text, "id: doc-3\n")
	i += strings.Index(text[i:], "files:\n") + len("files:\n")
	os.WriteFile(caseFile, []byte(text[:i]+"          - evidence/scan.png\n"+text[i:]), 0o644)
	doc, res := composeCase(t, caseFile)

	out := filepath.Join(t.TempDir(), "case.pdf")
	_, err := writePartsNow(doc, res, out, 300_000)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"exhibit C (Document 3) is ", " KB on its own, more than a part of 300 KB may hold", "reduce the scan resolution, or split the document into two exhibits"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if names := dirNames(t, filepath.Dir(out)); len(names) > 0 {
		t.Errorf("a refused split left %v", names)
	}
}

// noisePNG is a w×h picture that does not compress: a big scan.
func noisePNG(w, h int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = uint8(r.IntN(256))
		if i%4 == 3 {
			img.Pix[i] = 255
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}

// TestBuildFileSplit asks for parts in the case file: BuildFile writes
// them, the sidecar lists them, a rebuild is skipped, and the record keeps
// them.
func TestBuildFileSplit(t *testing.T) {
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 50, exhibits: 40, sections: 3})
	y, _ := os.ReadFile(caseFile)
	os.WriteFile(caseFile, []byte(strings.Replace(string(y), "date: 2026-12-01 }", "date: 2026-12-01, split: 120KB }", 1)), 0o644)
	out := OutputPath(caseFile)
	c, res := buildTo(t, caseFile, out)
	if len(res.Parts) < 2 {
		t.Fatalf("%d parts", len(res.Parts))
	}
	s, _ := sidecar.Read(sidecar.PathFor(out))
	for _, p := range s.Parts {
		st, err := os.Stat(filepath.Join(dir, p.File))
		if err != nil || st.Size() > 120_000 || st.Size() != p.Size {
			t.Errorf("part %s: %v, %d bytes", p.File, err, p.Size)
		}
	}
	if !UpToDate(c, out, nil) {
		t.Error("a split packet is never up to date")
	}
	rec, err := Record(c, out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(rec), s.Parts[1].File)); err != nil {
		t.Errorf("the record lacks a part: %v", err)
	}

	// Without split, the packet is whole again and no stale part remains.
	os.WriteFile(caseFile, y, 0o644)
	if _, err := BuildFile(context.Background(), mustLoad(t, caseFile), out, nil); err != nil {
		t.Fatal(err)
	}
	if stale, _ := filepath.Glob(filepath.Join(dir, "case_Part*.pdf")); len(stale) > 0 {
		t.Errorf("stale parts beside the whole packet: %v", stale)
	}
}

// writePartsNow writes the parts and puts them in place at once.
func writePartsNow(doc *pdf.Doc, res *Result, out string, limit int64) ([]sidecar.Part, error) {
	set := &outputSet{out: out}
	defer set.discard()
	parts, err := writeParts(context.Background(), doc, res, out, limit, set)
	if err != nil {
		return nil, err
	}
	return parts, set.commit()
}
