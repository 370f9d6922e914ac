package packet

import (
	"bytes"
	"context"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"

	"github.com/asylumpacket/packet/internal/pageread"
	"github.com/asylumpacket/packet/internal/testtool"
)

// box is a rectangle in points from a page's bottom left.
type box struct{ x0, y0, x1, y1 float64 }

func (b box) holds(o box, tol float64) bool {
	return o.x0 >= b.x0-tol && o.x1 <= b.x1+tol && o.y0 >= b.y0-tol && o.y1 <= b.y1+tol
}

// highlightQuads returns, for each physical page (1-based), the quads of
// every highlight annotation on it, one slice per annotation.
func highlightQuads(t *testing.T, file string) map[int][][]box {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	model.ConfigPath = "disable" // no configuration folder in the home
	ctx, err := pdfcpu.Read(bytes.NewReader(data), model.NewDefaultConfiguration())
	if err == nil {
		err = validate.XRefTable(ctx) // counts the pages
	}
	if err != nil {
		t.Fatal(err)
	}
	out := map[int][][]box{}
	for p := 1; p <= ctx.PageCount; p++ {
		d, _, _, err := ctx.PageDict(p, false)
		if err != nil {
			t.Fatal(err)
		}
		arr, err := ctx.DereferenceArray(d["Annots"])
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arr {
			ad, err := ctx.DereferenceDict(a)
			if err != nil || ad.NameEntry("Subtype") == nil || *ad.NameEntry("Subtype") != "Highlight" {
				continue
			}
			if ad["AP"] == nil {
				t.Errorf("page %d: a highlight without an appearance stream", p)
			}
			qp, _ := ctx.DereferenceArray(ad["QuadPoints"])
			var quads []box
			for i := 0; i+7 < len(qp); i += 8 {
				n := func(k int) float64 {
					switch v := qp[i+k].(type) {
					case types.Float:
						return v.Value()
					case types.Integer:
						return float64(v.Value())
					}
					return 0
				}
				quads = append(quads, box{min(n(0), n(4)), min(n(5), n(7)), max(n(2), n(6)), max(n(1), n(3))})
			}
			out[p] = append(out[p], quads)
		}
	}
	return out
}

// popplerWord is a word as pdftotext -bbox places it.
type popplerWord struct {
	text string
	box  box
}

// popplerWords returns the words poppler finds on each physical page
// (1-based), with their boxes turned to points from the bottom left.
func popplerWords(t *testing.T, file string) map[int][]popplerWord {
	t.Helper()
	bin := testtool.Need(t, "pdftotext")
	out, err := exec.Command(bin, "-bbox", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Pages []struct {
			Height float64 `xml:"height,attr"`
			Words  []struct {
				XMin float64 `xml:"xMin,attr"`
				YMin float64 `xml:"yMin,attr"`
				XMax float64 `xml:"xMax,attr"`
				YMax float64 `xml:"yMax,attr"`
				Text string  `xml:",chardata"`
			} `xml:"word"`
		} `xml:"body>doc>page"`
	}
	dec := xml.NewDecoder(strings.NewReader(string(out)))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	words := map[int][]popplerWord{}
	for i, p := range doc.Pages {
		for _, w := range p.Words {
			words[i+1] = append(words[i+1], popplerWord{w.Text, box{w.XMin, p.Height - w.YMax, w.XMax, p.Height - w.YMin}})
		}
	}
	return words
}

// occurrences finds phrase (words compared without case and trailing
// punctuation) in a page's words: the boxes of each occurrence's words.
// Poppler lists the letters and words of right-to-left text in the order
// they stand on the page, so such a phrase is looked for that way.
func occurrences(words []popplerWord, phrase string) [][]box {
	want := strings.Fields(strings.ToLower(phrase))
	if pageread.RightToLeft(phrase) {
		slices.Reverse(want)
		for i, w := range want {
			rs := []rune(w)
			slices.Reverse(rs)
			want[i] = string(rs)
		}
	}
	norm := func(s string) string { return strings.Trim(strings.ToLower(s), ".,;:\"'()") }
	var out [][]box
	for i := 0; i+len(want) <= len(words); i++ {
		ok := true
		for k, w := range want {
			if norm(words[i+k].text) != w {
				ok = false
				break
			}
		}
		if ok {
			var bs []box
			for k := range want {
				bs = append(bs, words[i+k].box)
			}
			out = append(out, bs)
		}
	}
	return out
}

// checkHighlights compares the highlights on each page with poppler's
// boxes for the phrases: every occurrence's words lie inside one
// highlight's quads, and every highlight covers an occurrence.
func checkHighlights(t *testing.T, file string, phrases []string) (count int) {
	t.Helper()
	quads := highlightQuads(t, file)
	words := popplerWords(t, file)
	for page, hs := range quads {
		var occ [][]box
		for _, ph := range phrases {
			occ = append(occ, occurrences(words[page], ph)...)
		}
		if len(occ) != len(hs) {
			t.Errorf("page %d: %d highlights for %d occurrences of %q", page, len(hs), len(occ), phrases)
		}
		for _, o := range occ {
			found := false
			for _, h := range hs {
				all := true
				for _, w := range o {
					in := false
					for _, q := range h {
						if q.holds(w, 2.5) {
							in = true
						}
					}
					all = all && in
				}
				found = found || all
			}
			if !found {
				t.Errorf("page %d: the words at %v are not under a highlight (highlights %v)", page, o, hs)
			}
		}
		count += len(hs)
	}
	for page, ws := range words {
		for _, ph := range phrases {
			if n := len(occurrences(ws, ph)); n > 0 && len(quads[page]) == 0 {
				t.Errorf("page %d: %q occurs %d times but nothing is highlighted", page, ph, n)
			}
		}
	}
	return count
}

// copyDir copies an example's case file and evidence into dir.
func copyDir(t *testing.T, from, dir string) {
	t.Helper()
	if err := os.CopyFS(filepath.Join(dir, "evidence"), os.DirFS(filepath.Join(from, "evidence"))); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(from, "case.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "case.yaml"), data)
}

// validateCase loads caseFile, which must load, and validates it.
func validateCase(t *testing.T, caseFile string) (Summary, error) {
	t.Helper()
	return Validate(context.Background(), mustLoad(t, caseFile))
}
