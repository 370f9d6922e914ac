package packet

import (
	"context"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/asylumpacket/packet/exhibits"
	"github.com/asylumpacket/packet/internal/casegen"
)

// Benchmark cases are realistic (casegen.RealisticSpec: text documents in
// Letter and A4, 300-dpi scans, phone photos with EXIF orientations,
// country reports of 20–80 pages; scans and photos saved as PDFs, so that
// qpdf can merge the same inputs). They are large, so they are written once
// and kept in casegen.KeptRoot(), where `go run ./cmd/packetbench` finds
// them too.

// realisticCase returns the kept case of pages evidence pages in exhibits
// exhibits.
func realisticCase(b *testing.B, seed uint64, pages, exhibits int) string {
	spec := casegen.RealisticSpec(seed, pages, exhibits)
	spec.ImagesAsPDF = true
	caseFile, err := casegen.KeptCase(casegen.KeptRoot(), spec)
	if err != nil {
		b.Fatal(err)
	}
	return caseFile
}

// benchInputs returns the typical case (486 pages in 35 exhibits), its
// PDF files and the size of its evidence.
func benchInputs(b *testing.B) (caseFile string, pdfs []string, size int64) {
	caseFile = realisticCase(b, 1, 486, 35)
	size, pdfs = casegen.Inputs(filepath.Dir(caseFile))
	return caseFile, pdfs, size
}

// BenchmarkBuild builds the whole packet: cover, index, dividers, every page
// fitted and stamped twice, links, bookmarks, one write.
func BenchmarkBuild(b *testing.B) {
	caseFile, _, size := benchInputs(b)
	c, err := Load(caseFile)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	var res *Result
	for b.Loop() {
		if res, err = Build(context.Background(), c, io.Discard, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(res.Pages), "pages")
}

// BenchmarkQPDFMerge times qpdf merely merging the same case's PDF inputs
// (qpdf cannot take the images), the floor any bundler is measured against.
func BenchmarkQPDFMerge(b *testing.B) {
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		b.Skip("qpdf not installed")
	}
	_, pdfs, _ := benchInputs(b)
	out := filepath.Join(b.TempDir(), "merged.pdf")
	args := append(append([]string{"--empty", "--pages"}, pdfs...), "--", out)
	for b.Loop() {
		if msg, err := exec.Command(qpdf, args...).CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, msg)
		}
	}
}

// BenchmarkSkip100Unchanged times deciding that 100 built cases need
// nothing: each case's sidecar read and its files looked at, none read.
func BenchmarkSkip100Unchanged(b *testing.B) {
	root := b.TempDir()
	var cases []string
	for i := range 100 {
		cases = append(cases, writeCase(b, filepath.Join(root, strconv.Itoa(i)), genSpec{seed: uint64(i), exhibits: 8, sections: 2}))
	}
	// Files as they usually are: written well before their packet.
	hourAgo := time.Now().Add(-time.Hour)
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.Chtimes(p, hourAgo, hourAgo)
		}
		return nil
	})
	for _, o := range BuildAll(context.Background(), cases, BatchOptions{}, nil) {
		if o.Status != Built {
			b.Fatal(o.Err)
		}
	}
	for b.Loop() {
		for _, o := range BuildAll(context.Background(), cases, BatchOptions{}, nil) {
			if o.Status != Skipped {
				b.Fatalf("%s: %v", o.Case, o.Status)
			}
		}
	}
}

// BenchmarkPages builds realistic cases of 500, 1,000 and 2,000 evidence
// pages: time and allocation per page should stay flat.
func BenchmarkPages(b *testing.B) {
	for _, pages := range []int{500, 1000, 2000} {
		b.Run(strconv.Itoa(pages), func(b *testing.B) {
			c, err := Load(realisticCase(b, 1, pages, casegen.TypicalExhibits(pages)))
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := Build(context.Background(), c, io.Discard, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N)/float64(pages), "ms/page")
		})
	}
}

// BenchmarkUnchangedRebuild times `packet build` of a 2,000-page case whose
// packet is up to date: its sidecar read, its files looked at, none read.
func BenchmarkUnchangedRebuild(b *testing.B) {
	caseFile := realisticCase(b, 1, 2000, casegen.TypicalExhibits(2000))
	if o := BuildAll(context.Background(), []string{caseFile}, BatchOptions{}, nil)[0]; o.Err != nil {
		b.Fatal(o.Err)
	}
	for b.Loop() {
		if o := BuildAll(context.Background(), []string{caseFile}, BatchOptions{}, nil)[0]; o.Status != Skipped {
			b.Fatalf("rebuilt: %v", o.Err)
		}
	}
}

// BenchmarkAddOneExhibit times rebuilding a 2,000-page case after one
// exhibit was added, with the parsed evidence kept from the last build (as
// packet watch, batch builds and programs using the library keep it), next
// to a full build.
func BenchmarkAddOneExhibit(b *testing.B) {
	kept := realisticCase(b, 1, 2000, casegen.TypicalExhibits(2000))
	// A copy of the case file beside the kept one, so that it stays as it is.
	caseFile := filepath.Join(filepath.Dir(kept), "bench-added.yaml")
	original, err := os.ReadFile(kept)
	if err != nil {
		b.Fatal(err)
	}
	added := append(append([]byte{}, original...), []byte("      - { id: added-exhibit, title: Added, files: [evidence/002-text.pdf] }\n")...)
	defer os.Remove(caseFile)

	load := func(text []byte) *Case {
		if err := os.WriteFile(caseFile, text, 0o644); err != nil {
			b.Fatal(err)
		}
		c, err := Load(caseFile)
		if err != nil {
			b.Fatal(err)
		}
		return c
	}
	b.Run("full", func(b *testing.B) {
		c := load(original)
		for b.Loop() {
			if _, err := Build(context.Background(), c, io.Discard, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("added", func(b *testing.B) {
		before, after := load(original), load(added)
		for b.Loop() {
			b.StopTimer()
			opts := &Options{Cache: &exhibits.Cache{Limit: 4 << 30}}
			Build(context.Background(), before, io.Discard, opts) // the build before the new evidence came
			b.StartTimer()
			if _, err := Build(context.Background(), after, io.Discard, opts); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkTwentyCases builds 20 typical cases one after another, then
// together on every core.
func BenchmarkTwentyCases(b *testing.B) {
	var cases []string
	for i := range 20 {
		cases = append(cases, realisticCase(b, uint64(1+i), 486, 35))
	}
	// Every file in the page cache first, so that neither way reads the disk.
	BuildAll(context.Background(), cases, BatchOptions{Force: true}, nil)
	for _, workers := range []int{1, 0} {
		name := "one-after-another"
		if workers == 0 {
			name = "together"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				for _, o := range BuildAll(context.Background(), cases, BatchOptions{Workers: workers, Force: true}, nil) {
					if o.Err != nil {
						b.Fatal(o.Err)
					}
				}
			}
		})
	}
}
