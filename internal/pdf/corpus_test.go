package pdf

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
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
	files := corpus(t)
	pdftoppm := testtool.Need(t, "pdftoppm")
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
			a := renderPage(t, pdftoppm, f, filepath.Join(dir, name+".src"), true)
			b := renderPage(t, pdftoppm, out, filepath.Join(dir, name+".out"), false)
			if diff := meanDiff(a, b); diff > 2 {
				t.Errorf("the copy looks different: mean difference %.2f of 255", diff)
			}
		})
	}
}

// corpus lists pdfcpu's test PDFs, from the module cache.
func corpus(t *testing.T) []string {
	out, err := exec.Command("go", "list", "-m", "-json", "github.com/pdfcpu/pdfcpu").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	var m struct{ Dir string }
	json.Unmarshal(out, &m)
	files, _ := filepath.Glob(filepath.Join(m.Dir, "pkg", "testdata", "*.pdf"))
	if len(files) == 0 {
		t.Skip("pdfcpu's test data is not in the module cache")
	}
	return files
}

func renderPage(t *testing.T, pdftoppm, pdf, prefix string, crop bool) image.Image {
	t.Helper()
	args := []string{"-r", "24", "-f", "1", "-l", "1", "-png", "-singlefile"}
	if crop {
		args = append(args, "-cropbox")
	}
	if msg, err := exec.Command(pdftoppm, append(args, pdf, prefix)...).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm %s: %v\n%s", pdf, err, msg)
	}
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
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
