// Command packetbench measures packet against qpdf on generated cases, so
// that anyone can check the README's performance figures on their machine:
//
//	go run ./cmd/packetbench                      # every goal: typical and large case, growth, rebuilds, 20 cases
//	go run ./cmd/packetbench -pages 500,1000,2000 # only these sizes
//	go run ./cmd/packetbench -pages 486 -add -batch 20
//
// Cases are generated (deterministically, from -seed) with scans and photos
// saved as PDFs, so that qpdf merges exactly the inputs packet builds from.
// Each build runs in a child process, so that its peak memory is its own.
// Generated cases are kept in -dir for the next run: the first run spends
// a few minutes writing them.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"

	"github.com/asylumpacket/packet/internal/casegen"
)

func main() {
	if code, ok := child(os.Args[1:]); ok {
		os.Exit(code)
	}
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// The cases the goals name.
var (
	typical = size{"typical", 486, 35}
	large   = size{"large", 1920, 125}
	growth  = []int{500, 1000, 2000}
)

// size is a generated case's shape.
type size struct {
	name     string
	pages    int
	exhibits int
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("packetbench", flag.ContinueOnError)
	fl.SetOutput(stderr)
	pagesList := fl.String("pages", "", "only cases of these evidence pages, comma-separated (default: every goal)")
	exhibits := fl.Int("exhibits", 0, "exhibits per case with -pages (default: 35 per 486 pages)")
	seed := fl.Uint64("seed", 1, "the generator's seed")
	runs := fl.Int("runs", 3, "runs of each measurement; the fastest counts")
	batch := fl.Int("batch", 20, "typical cases built together and one after another; 0 skips it")
	add := fl.Bool("add", false, "with -pages: also time rebuilds of the last case, unchanged and with one exhibit added")
	dir := fl.String("dir", casegen.KeptRoot(), "where generated cases are kept")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		fmt.Fprintln(stderr, "packetbench: qpdf is needed for the comparison (apt-get install qpdf)")
		return 1
	}
	b := &bench{dir: *dir, seed: *seed, runs: max(*runs, 1), qpdf: qpdf, out: stdout}

	var sizes []size
	goals := *pagesList == ""
	if goals {
		sizes = append(sizes, typical, large)
		for _, p := range growth {
			sizes = append(sizes, proportional(p))
		}
		*add = true
	} else {
		for _, f := range strings.Split(*pagesList, ",") {
			p, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || p < 10 {
				fmt.Fprintf(stderr, "packetbench: -pages %q: whole numbers of at least 10\n", f)
				return 2
			}
			s := proportional(p)
			if *exhibits > 0 {
				s.exhibits = *exhibits
			}
			sizes = append(sizes, s)
		}
	}

	// Write every case first, so that the tables stay together.
	fmt.Fprintf(stdout, "cases in %s (the first run writes them, which takes minutes)\n", b.dir)
	for _, s := range sizes {
		if _, err := b.generate(b.seed, s); err != nil {
			fmt.Fprintln(stderr, "packetbench:", err)
			return 1
		}
	}
	for i := range *batch {
		if _, err := b.generate(b.seed+uint64(i), typical); err != nil {
			fmt.Fprintln(stderr, "packetbench:", err)
			return 1
		}
	}
	fmt.Fprintf(stdout, "%d cores, %s/%s, %s; fastest of %d runs\n\n", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version(), b.runs)
	fmt.Fprintf(stdout, "%-8s %6s %8s %9s %9s %10s %7s %8s %11s %11s %9s\n",
		"case", "pages", "exhibits", "input MB", "packet s", "packet MB", "qpdf s", "qpdf MB", "time ×qpdf", "memory ×in", "no-disk s")
	var r report
	for _, s := range sizes {
		row, err := b.compare(s)
		if err != nil {
			fmt.Fprintln(stderr, "packetbench:", err)
			return 1
		}
		fmt.Fprintf(stdout, "%-8s %6d %8d %9.1f %9.2f %10.0f %7.2f %8.0f %11.2f %11.2f %9.2f\n",
			s.name, s.pages, s.exhibits, mb(row.input), row.ours.Seconds(), mb(row.ourPeak), row.theirs.Seconds(), mb(row.theirPeak),
			row.timeRatio(), row.memRatio(), row.discard.Seconds())
		r.rows = append(r.rows, row)
	}
	fmt.Fprintln(stdout)

	if *add {
		last := sizes[len(sizes)-1]
		var err error
		if r.unchanged, err = b.unchanged(last); err != nil {
			fmt.Fprintln(stderr, "packetbench: unchanged rebuild:", err)
			return 1
		}
		fmt.Fprintf(stdout, "unchanged rebuild of the %d-page case (a new process deciding there is nothing to do): %.3f s\n", last.pages, r.unchanged.Seconds())
		if r.added, r.full, err = b.addOne(ctx, last); err != nil {
			fmt.Fprintln(stderr, "packetbench: one exhibit added:", err)
			return 1
		}
		fmt.Fprintf(stdout, "one exhibit added to the %d-page case, the others' parsed evidence kept: %.2f s, its full build %.2f s: %.0f %%\n",
			last.pages, r.added.Seconds(), r.full.Seconds(), 100*r.added.Seconds()/r.full.Seconds())
	}
	if *batch > 0 {
		var err error
		if r.oneByOne, r.together, r.busy, err = b.batch(ctx, *batch); err != nil {
			fmt.Fprintln(stderr, "packetbench: batch:", err)
			return 1
		}
		r.batch = *batch
		fmt.Fprintf(stdout, "%d typical cases on %d cores: one after another %.2f s, together %.2f s: %.2f× faster\n",
			*batch, runtime.NumCPU(), r.oneByOne.Seconds(), r.together.Seconds(), r.oneByOne.Seconds()/r.together.Seconds())
		fmt.Fprintf(stdout, "  (one case at a time already keeps %.2f of the %d cores busy: its exhibits are read in parallel)\n", r.busy, runtime.NumCPU())
	}
	if goals {
		fmt.Fprintln(stdout)
		r.goals(stdout)
	}
	return 0
}

// proportional is a case of p pages with exhibits as in the typical case.
func proportional(p int) size {
	return size{strconv.Itoa(p), p, casegen.TypicalExhibits(p)}
}

func mb(n int64) float64 { return float64(n) / 1e6 }
