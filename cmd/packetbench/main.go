// Command packetbench measures packet against qpdf on generated cases, so
// that anyone can check the README's performance figures on their machine:
//
//	go run ./cmd/packetbench                      # a typical case: 486 pages in 35 exhibits
//	go run ./cmd/packetbench -pages 500,1000,2000 # how time and memory grow with pages
//	go run ./cmd/packetbench -batch 20            # 20 cases built together against one after another
//
// Cases are generated (deterministically, from -seed) with scans and photos
// saved as PDFs, so that qpdf can merge exactly the inputs packet builds
// from. Each build runs in a child process, so that its peak memory is its
// own. Generated cases are kept in -dir for the next run.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/asylumpacket/packet/exhibits"
	"github.com/asylumpacket/packet/internal/casegen"
	"github.com/asylumpacket/packet/packet"
)

func main() {
	if len(os.Args) == 3 && os.Args[1] == "-child-build" {
		os.Exit(childBuild(os.Args[2]))
	}
	if len(os.Args) > 2 && os.Args[1] == "-child-run" {
		os.Exit(childRun(os.Args[2:]))
	}
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("packetbench", flag.ContinueOnError)
	fl.SetOutput(stderr)
	pagesList := fl.String("pages", "486", "evidence pages of each case, comma-separated for several sizes")
	exhibits := fl.Int("exhibits", 0, "exhibits per case (default: 35 per 486 pages)")
	seed := fl.Uint64("seed", 1, "the generator's seed")
	runs := fl.Int("runs", 3, "runs of each measurement; the best counts")
	batch := fl.Int("batch", 0, "also build this many cases together and one after another")
	add := fl.Bool("add", false, "also time a rebuild after one exhibit was added, the other exhibits' parsed evidence kept")
	dir := fl.String("dir", filepath.Join(os.TempDir(), "packetbench"), "where generated cases are kept")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		fmt.Fprintln(stderr, "packetbench: qpdf is needed for the comparison (apt-get install qpdf)")
		return 1
	}
	fmt.Fprintf(stdout, "%-10s %9s %9s %10s %10s %10s %10s %8s\n", "pages", "input MB", "packet s", "packet MB", "qpdf s", "qpdf MB", "time ×", "mem ×in")
	for _, f := range strings.Split(*pagesList, ",") {
		pages, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || pages < 10 {
			fmt.Fprintf(stderr, "packetbench: -pages %q: whole numbers of at least 10\n", f)
			return 2
		}
		n := *exhibits
		if n == 0 {
			n = max(1, (pages*35+243)/486) // as the typical case: 35 exhibits in 486 pages
		}
		caseFile, err := generate(*dir, *seed, pages, n)
		if err != nil {
			fmt.Fprintln(stderr, "packetbench:", err)
			return 1
		}
		input, pdfs := inputs(filepath.Dir(caseFile))
		ours, ourMem, err := best(*runs, func() (time.Duration, int64, error) {
			return measure(exec.Command(self(), "-child-build", caseFile))
		})
		if err != nil {
			fmt.Fprintln(stderr, "packetbench: packet:", err)
			return 1
		}
		merged := filepath.Join(*dir, "merged.pdf")
		theirs, theirMem, err := best(*runs, func() (time.Duration, int64, error) {
			return measure(exec.Command(self(), append(append([]string{"-child-run", qpdf, "--empty", "--pages"}, pdfs...), "--", merged)...))
		})
		if err != nil {
			fmt.Fprintln(stderr, "packetbench: qpdf:", err)
			return 1
		}
		fmt.Fprintf(stdout, "%-10d %9.1f %9.2f %10.0f %10.2f %10.0f %10.2f %8.2f\n", pages, mb(input), ours.Seconds(), mb(ourMem),
			theirs.Seconds(), mb(theirMem), ours.Seconds()/theirs.Seconds(), float64(ourMem)/float64(input))
	}
	if *add {
		last := strings.Split(*pagesList, ",")
		pages, _ := strconv.Atoi(strings.TrimSpace(last[len(last)-1]))
		n := *exhibits
		if n == 0 {
			n = max(1, (pages*35+243)/486)
		}
		caseFile, _ := generate(*dir, *seed, pages, n)
		if code := runAdd(ctx, caseFile, *runs, stdout, stderr); code != 0 {
			return code
		}
	}
	if *batch > 0 {
		return runBatch(ctx, *dir, *seed, *batch, stdout, stderr)
	}
	return 0
}

// runAdd times a full build of a copy of the case, then a rebuild after one
// exhibit was added, with the evidence parsed for the first build kept (as
// packet watch and batch builds keep it).
func runAdd(ctx context.Context, caseFile string, runs int, stdout, stderr io.Writer) int {
	original, err := os.ReadFile(caseFile)
	if err != nil {
		fmt.Fprintln(stderr, "packetbench:", err)
		return 1
	}
	evidence, _ := filepath.Glob(filepath.Join(filepath.Dir(caseFile), "evidence", "*.pdf"))
	if len(evidence) == 0 {
		fmt.Fprintln(stderr, "packetbench: no PDF evidence to add")
		return 1
	}
	rel, _ := filepath.Rel(filepath.Dir(caseFile), evidence[0])
	added := append(append([]byte{}, original...), fmt.Sprintf("      - { id: added-for-benchmark, title: Added, files: [%s] }\n", filepath.ToSlash(rel))...)
	defer os.WriteFile(caseFile, original, 0o644)
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
	var full, inc time.Duration
	for i := range max(runs, 1) {
		f, err := build(original, nil)
		if err != nil {
			fmt.Fprintln(stderr, "packetbench:", err)
			return 1
		}
		opts := &packet.Options{Cache: new(exhibits.Cache)}
		opts.Cache.Limit = 4 << 30
		if _, err := build(original, opts); err != nil {
			fmt.Fprintln(stderr, "packetbench:", err)
			return 1
		}
		a, err := build(added, opts)
		if err != nil {
			fmt.Fprintln(stderr, "packetbench:", err)
			return 1
		}
		if i == 0 || f < full {
			full = f
		}
		if i == 0 || a < inc {
			inc = a
		}
	}
	fmt.Fprintf(stdout, "one exhibit added: %.2f s, full build %.2f s: %.0f %%\n", inc.Seconds(), full.Seconds(), 100*inc.Seconds()/full.Seconds())
	return 0
}

// runBatch builds n typical cases one after another, then together, and
// prints the speed-up.
func runBatch(ctx context.Context, dir string, seed uint64, n int, stdout, stderr io.Writer) int {
	var cases []string
	for i := range n {
		c, err := generate(filepath.Join(dir, "batch"), seed+uint64(i), 486, 35)
		if err != nil {
			fmt.Fprintln(stderr, "packetbench:", err)
			return 1
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
	one, err := timeIt(1)
	if err != nil {
		fmt.Fprintln(stderr, "packetbench:", err)
		return 1
	}
	all, err := timeIt(0)
	if err != nil {
		fmt.Fprintln(stderr, "packetbench:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%d cases: one after another %.2f s, together %.2f s: %.2f× faster\n", n, one.Seconds(), all.Seconds(), one.Seconds()/all.Seconds())
	return 0
}

// generate writes a case once and reuses it after.
func generate(dir string, seed uint64, pages, exhibits int) (string, error) {
	caseDir := filepath.Join(dir, fmt.Sprintf("seed%d-%dp-%dx", seed, pages, exhibits))
	caseFile := filepath.Join(caseDir, "case.yaml")
	if _, err := os.Stat(caseFile); err == nil {
		return caseFile, nil
	}
	spec := casegen.RealisticSpec(seed, pages, exhibits)
	spec.ImagesAsPDF = true
	tmp := caseDir + ".tmp"
	os.RemoveAll(tmp)
	if _, err := casegen.WriteCase(tmp, spec); err != nil {
		return "", err
	}
	return caseFile, os.Rename(tmp, caseDir)
}

// inputs returns the evidence's total size and its PDF files, sorted.
func inputs(caseDir string) (int64, []string) {
	var size int64
	var pdfs []string
	filepath.WalkDir(filepath.Join(caseDir, "evidence"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
			if strings.HasSuffix(p, ".pdf") {
				pdfs = append(pdfs, p) // qpdf merges PDFs; the few screenshots stay PNG
			}
		}
		return nil
	})
	sort.Strings(pdfs)
	return size, pdfs
}

func best(runs int, f func() (time.Duration, int64, error)) (time.Duration, int64, error) {
	var bestT time.Duration
	var bestM int64
	for i := range max(runs, 1) {
		t, m, err := f()
		if err != nil {
			return 0, 0, err
		}
		if i == 0 || t < bestT {
			bestT = t
		}
		bestM = max(bestM, m)
	}
	return bestT, bestM, nil
}

// measure runs a child of this program and returns its wall time and the
// peak memory it reports on its last line of output. (A child's own
// rusage would count the memory of this process at the fork.)
func measure(cmd *exec.Cmd) (time.Duration, int64, error) {
	start := time.Now()
	out, err := cmd.Output()
	took := time.Since(start)
	if err != nil {
		return 0, 0, fmt.Errorf("%v: %s", err, out)
	}
	lines := strings.Fields(string(out))
	if len(lines) == 0 {
		return 0, 0, fmt.Errorf("no peak memory reported")
	}
	peak, err := strconv.ParseInt(lines[len(lines)-1], 10, 64)
	return took, peak, err
}

// self is this program, to run again as a measured child.
func self() string {
	p, err := os.Executable()
	if err != nil {
		return os.Args[0]
	}
	return p
}

// childRun runs a command (qpdf) and prints its peak memory in bytes. This
// process is small when it forks, so the child's rusage is the command's.
func childRun(args []string) int {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		fmt.Println(ru.Maxrss * 1024) // kilobytes on Linux
	}
	return 0
}

// peakRSS is this process's peak resident memory in bytes, from Linux's
// /proc/self/status (VmHWM), or 0 elsewhere.
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// childBuild builds one case, forced, in this process: the parent measures
// it.
func childBuild(caseFile string) int {
	c, err := packet.Load(caseFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if _, err := packet.BuildFile(context.Background(), c, packet.OutputPath(caseFile), nil); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println(peakRSS())
	return 0
}

func mb(n int64) float64 { return float64(n) / 1e6 }
