package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/asylumpacket/packet/exhibits"
	"github.com/asylumpacket/packet/internal/casegen"
	"github.com/asylumpacket/packet/packet"
)

// bench runs the measurements.
type bench struct {
	dir  string
	seed uint64
	runs int
	qpdf string
	out  io.Writer
}

// row is one case built by packet and merged by qpdf.
type row struct {
	input              int64 // evidence bytes
	ours, theirs       time.Duration
	discard            time.Duration // packet's build thrown away: its work without the disk
	ourPeak, theirPeak int64
}

func (r row) timeRatio() float64 { return r.ours.Seconds() / r.theirs.Seconds() }
func (r row) memRatio() float64  { return float64(r.ourPeak) / float64(r.input) }
func (r row) msPerPage(pages int) float64 {
	return 1000 * r.ours.Seconds() / float64(pages)
}
func (r row) workPerPage(pages int) float64 {
	return 1000 * r.discard.Seconds() / float64(pages)
}

// compare builds a case with packet and merges its PDFs with qpdf, each
// in a child process, runs times, alternating so that both meet the same
// machine.
func (b *bench) compare(s size) (row, error) {
	caseFile, err := b.generate(b.seed, s)
	if err != nil {
		return row{}, err
	}
	input, pdfs := casegen.Inputs(filepath.Dir(caseFile))
	merged := filepath.Join(b.dir, "merged.pdf")
	defer os.Remove(merged)
	qpdfArgs := append(append([]string{"-child-run", b.qpdf, "--empty", "--pages"}, pdfs...), "--", merged)
	r := row{input: input}
	for i := range b.runs {
		t, m, err := measure("-child-build", caseFile)
		if err != nil {
			return row{}, fmt.Errorf("packet: %w", err)
		}
		if i == 0 || t < r.ours {
			r.ours = t
		}
		r.ourPeak = max(r.ourPeak, m)
		t, m, err = measure(qpdfArgs...)
		if err != nil {
			return row{}, fmt.Errorf("qpdf: %w", err)
		}
		if i == 0 || t < r.theirs {
			r.theirs = t
		}
		r.theirPeak = max(r.theirPeak, m)
		if t, _, err = measure("-child-discard", caseFile); err != nil {
			return row{}, fmt.Errorf("packet: %w", err)
		}
		if i == 0 || t < r.discard {
			r.discard = t
		}
	}
	return r, nil
}

// unchanged times `packet build` of a case whose packet is up to date, in
// a new process: reading the sidecar and looking at the files.
func (b *bench) unchanged(s size) (time.Duration, error) {
	caseFile, err := b.generate(b.seed, s)
	if err != nil {
		return 0, err
	}
	var best time.Duration
	for i := range b.runs {
		t, _, err := measure("-child-rebuild", caseFile)
		if err != nil {
			return 0, err
		}
		if i == 0 || t < best {
			best = t
		}
	}
	return best, nil
}

// addOne times a full build of the case, then a rebuild after one exhibit
// was added, with the evidence parsed for the build before kept (as packet
// watch, batch builds and programs using the library keep it). The case
// file is restored after.
func (b *bench) addOne(ctx context.Context, s size) (added, full time.Duration, err error) {
	kept, err := b.generate(b.seed, s)
	if err != nil {
		return 0, 0, err
	}
	original, err := os.ReadFile(kept)
	if err != nil {
		return 0, 0, err
	}
	evidence, _ := filepath.Glob(filepath.Join(filepath.Dir(kept), "evidence", "*-text.pdf"))
	if len(evidence) == 0 {
		return 0, 0, fmt.Errorf("no text document to add")
	}
	rel, _ := filepath.Rel(filepath.Dir(kept), evidence[0])
	more := append(append([]byte{}, original...), fmt.Sprintf("      - { id: added-for-benchmark, title: Added, files: [%s] }\n", filepath.ToSlash(rel))...)
	// A copy of the case file beside the kept one, which stays as it is.
	caseFile := filepath.Join(filepath.Dir(kept), "bench-added.yaml")
	defer os.Remove(caseFile)
	build := func(text []byte, opts *packet.Options) (time.Duration, error) {
		if err := os.WriteFile(caseFile, text, 0o644); err != nil {
			return 0, err
		}
		c, err := packet.Load(caseFile)
		if err != nil {
			return 0, err
		}
		start := time.Now()
		_, err = packet.Build(ctx, c, io.Discard, opts)
		return time.Since(start), err
	}
	for i := range b.runs {
		f, err := build(original, nil)
		if err != nil {
			return 0, 0, err
		}
		opts := &packet.Options{Cache: &exhibits.Cache{Limit: 4 << 30}}
		if _, err := build(original, opts); err != nil {
			return 0, 0, err
		}
		a, err := build(more, opts)
		if err != nil {
			return 0, 0, err
		}
		if i == 0 || f < full {
			full = f
		}
		if i == 0 || a < added {
			added = a
		}
	}
	return added, full, nil
}

// batch builds n typical cases one after another, then together, and
// tells how many cores one case at a time kept busy.
func (b *bench) batch(ctx context.Context, n int) (oneByOne, together time.Duration, busy float64, err error) {
	var cases []string
	for i := range n {
		c, err := b.generate(b.seed+uint64(i), typical)
		if err != nil {
			return 0, 0, 0, err
		}
		cases = append(cases, c)
	}
	timeIt := func(workers int) (time.Duration, error) {
		start := time.Now()
		for _, o := range packet.BuildAll(ctx, cases, packet.BatchOptions{Workers: workers, Force: true}, nil) {
			if o.Err != nil {
				return 0, o.Err
			}
		}
		return time.Since(start), nil
	}
	// A first build brings every file into the page cache, so that neither
	// way is measured reading from the disk.
	if _, err := timeIt(0); err != nil {
		return 0, 0, 0, err
	}
	for i := range b.runs {
		cpu := cpuTime()
		one, err := timeIt(1)
		if err != nil {
			return 0, 0, 0, err
		}
		busy = max(busy, (cpuTime()-cpu).Seconds()/one.Seconds())
		all, err := timeIt(0)
		if err != nil {
			return 0, 0, 0, err
		}
		if i == 0 || one < oneByOne {
			oneByOne = one
		}
		if i == 0 || all < together {
			together = all
		}
	}
	return oneByOne, together, busy, nil
}

// generate writes a case once and reuses it after.
func (b *bench) generate(seed uint64, s size) (string, error) {
	spec := casegen.RealisticSpec(seed, s.pages, s.exhibits)
	spec.ImagesAsPDF = true
	return casegen.KeptCase(b.dir, spec)
}
