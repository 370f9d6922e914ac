package packet

import (
	"context"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asylumpacket/packet/exhibits"
	"github.com/asylumpacket/packet/internal/casegen"
)

// benchCase is a generated case of about 500 evidence pages in 35 exhibits
// (text documents in Letter and A4, 300-dpi scans, phone photos, country
// reports of 20–80 pages), written once per run.
var benchDir string // the generated case's folder, once written

var benchCase = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "packet-bench-")
	if err != nil {
		return "", err
	}
	benchDir = dir
	if _, err := casegen.WriteCase(dir, casegen.LargeSpec(1)); err != nil {
		return "", err
	}
	return filepath.Join(dir, "case.yaml"), nil
})

// TestMain removes the benchmark case once the run is over.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

func benchInputs(b *testing.B) (caseFile string, pdfs []string, size int64) {
	caseFile, err := benchCase()
	if err != nil {
		b.Fatal(err)
	}
	filepath.WalkDir(filepath.Dir(caseFile), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".yaml") {
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
			if strings.HasSuffix(p, ".pdf") {
				pdfs = append(pdfs, p)
			}
		}
		return nil
	})
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

// BenchmarkAddOneExhibit times rebuilding a case of about 1,500 pages after
// one exhibit was added, with the parsed evidence kept from the last build
// (as packet watch and batch builds keep it), next to a full build.
func BenchmarkAddOneExhibit(b *testing.B) {
	dir := b.TempDir()
	spec := casegen.LargeSpec(2)
	spec.Pages, spec.Exhibits = 1500, 90
	if _, err := casegen.WriteCase(dir, spec); err != nil {
		b.Fatal(err)
	}
	caseFile := filepath.Join(dir, "case.yaml")
	original, _ := os.ReadFile(caseFile)
	extra := filepath.Join(dir, "evidence", "added.pdf")
	os.WriteFile(extra, rawPDF([]rawPage{{w: 612, h: 792, text: "added"}, {w: 612, h: 792, text: "added 2"}}, ""), 0o644)
	added := append(append([]byte{}, original...), []byte("      - { id: added-exhibit, title: Added, files: [evidence/added.pdf] }\n")...)

	b.Run("full", func(b *testing.B) {
		c, err := Load(caseFile)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := Build(context.Background(), c, io.Discard, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("added", func(b *testing.B) {
		opts := &Options{Cache: new(exhibits.Cache)}
		opts.Cache.Limit = 1 << 30
		for b.Loop() {
			b.StopTimer()
			os.WriteFile(caseFile, original, 0o644)
			c, _ := Load(caseFile)
			Build(context.Background(), c, io.Discard, opts) // the build before the new evidence came
			os.WriteFile(caseFile, added, 0o644)
			c, err := Load(caseFile)
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if _, err := Build(context.Background(), c, io.Discard, opts); err != nil {
				b.Fatal(err)
			}
		}
	})
}
