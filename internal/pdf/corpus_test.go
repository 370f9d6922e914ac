package pdf

import (
	"bytes"
	"context"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// TestCorpusLooksTheSame copies the first page of every PDF in pdfcpu's own
// test data (real-world files of every kind, in the module cache) at its
// own size, and compares poppler's rendering of the copy with the source's:
// the writer must lose and add nothing a reader can see.
func TestCorpusLooksTheSame(t *testing.T) {
	// The top folder's files; those in its subfolders are read by
	// internal/corpuscheck.
	var files []string
	for _, f := range testtool.PDFCorpus(t) {
		if filepath.Base(filepath.Dir(f)) == "testdata" {
			files = append(files, f)
		}
	}
	qpdf := testtool.Need(t, "qpdf")
	dir := t.TempDir()
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			src, err := Read(context.Background(), bytes.NewReader(data), nil, "")
			if err != nil {
				t.Skipf("refused: %v", err) // a refusal is an answer; the writer is what is tested here
			}
			var d Doc
			sp := src.pages[0]
			w, h := src.PageSize(0)
			d.pages = append(d.pages, &page{w: w, h: h, src: src, index: 0, place: upright(sp.box, sp.rotate)})
			out := filepath.Join(dir, name)
			var buf bytes.Buffer
			if _, err := d.WriteTo(&buf); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(out, buf.Bytes(), 0o644)
			if msg, err := exec.Command(qpdf, "--check", out).CombinedOutput(); err != nil || strings.Contains(string(msg), "WARNING") {
				t.Fatalf("qpdf --check: %v\n%s", err, msg)
			}
			a := testtool.RenderFirstPage(t, f, "-r", "24", "-cropbox")
			b := testtool.RenderFirstPage(t, out, "-r", "24")
			if diff := meanDiff(a, b); diff > 2 {
				t.Errorf("the copy looks different: mean difference %.2f of 255", diff)
			}
		})
	}
}

// meanDiff compares two renderings pixel by pixel in grey; sizes may differ
// by a pixel of rounding, and a larger difference counts as all different.
func meanDiff(a, b image.Image) float64 {
	ab, bb := a.Bounds(), b.Bounds()
	if d := ab.Dx() - bb.Dx(); d < -1 || d > 1 {
		return 255
	}
	if d := ab.Dy() - bb.Dy(); d < -1 || d > 1 {
		return 255
	}
	w, h := min(ab.Dx(), bb.Dx()), min(ab.Dy(), bb.Dy())
	var sum float64
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			sum += abs(grey(a.At(ab.Min.X+x, ab.Min.Y+y)) - grey(b.At(bb.Min.X+x, bb.Min.Y+y)))
		}
	}
	return sum / float64(w*h)
}

func grey(c interface{ RGBA() (r, g, b, a uint32) }) float64 {
	r, g, b, _ := c.RGBA()
	return (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 257
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
