package main

import (
	"fmt"
	"io"
	"runtime"
	"time"
)

// report holds what the goals are judged on. rows are the typical case,
// the large case, then the growth sizes.
type report struct {
	rows               []row
	unchanged          time.Duration
	added, full        time.Duration
	batch              int
	oneByOne, together time.Duration
	busy               float64 // cores kept busy by one case at a time
}

// goals prints each goal, its target, what was measured, and whether it
// was met.
func (r *report) goals(w io.Writer) {
	fmt.Fprintf(w, "%-44s %-16s %-12s %s\n", "goal", "target", "measured", "met")
	line := func(goal, target, measured string, met bool) {
		verdict := "yes"
		if !met {
			verdict = "NO"
		}
		fmt.Fprintf(w, "%-44s %-16s %-12s %s\n", goal, target, measured, verdict)
	}
	typ, lg := r.rows[0], r.rows[1]
	line("full build, typical case", "≤ 2× qpdf", fmt.Sprintf("%.2f×", typ.timeRatio()), typ.timeRatio() <= 2)
	line("full build, large case", "≤ 2× qpdf", fmt.Sprintf("%.2f×", lg.timeRatio()), lg.timeRatio() <= 2)
	if typ.ourPeak == 0 || lg.ourPeak == 0 {
		fmt.Fprintln(w, "peak memory: not measured on this system")
	} else {
		line("peak memory, typical case", "≤ 1.5× input", fmt.Sprintf("%.2f×", typ.memRatio()), typ.memRatio() <= 1.5)
		line("peak memory, large case", "≤ 1.5× input", fmt.Sprintf("%.2f×", lg.memRatio()), lg.memRatio() <= 1.5)
	}
	if len(r.rows) >= 5 {
		small, big := r.rows[2], r.rows[len(r.rows)-1]
		from, to := growth[0], growth[len(growth)-1]
		work := big.workPerPage(to) / small.workPerPage(from)
		line(fmt.Sprintf("work per page, %d against %d pages", to, from), "≈ 1× (linear)", fmt.Sprintf("%.2f×", work), work <= 1.25)
		if small.ourPeak > 0 {
			mem := (float64(big.ourPeak) / float64(to)) / (float64(small.ourPeak) / float64(from))
			line(fmt.Sprintf("memory per page, %d against %d pages", to, from), "≤ 1×", fmt.Sprintf("%.2f×", mem), mem <= 1.05)
		}
		wall := big.msPerPage(to) / small.msPerPage(from)
		qpdfWall := (big.theirs.Seconds() / float64(to)) / (small.theirs.Seconds() / float64(from))
		fmt.Fprintf(w, "  (with the disk: time per page %.2f× for packet, %.2f× for qpdf: writing and syncing the larger file)\n", wall, qpdfWall)
	}
	if r.full > 0 {
		line(fmt.Sprintf("unchanged rebuild, %d pages", growth[len(growth)-1]), "< 100 ms", fmt.Sprintf("%.0f ms", 1000*r.unchanged.Seconds()), r.unchanged < 100*time.Millisecond)
		share := r.added.Seconds() / r.full.Seconds()
		line(fmt.Sprintf("one exhibit added, %d pages", growth[len(growth)-1]), "< 40% of full", fmt.Sprintf("%.0f%%", 100*share), share < 0.4)
	}
	if r.batch > 0 {
		speedup := r.oneByOne.Seconds() / r.together.Seconds()
		line(fmt.Sprintf("%d cases together on %d cores", r.batch, runtime.NumCPU()), "≥ 1.7× faster", fmt.Sprintf("%.2f×", speedup), speedup >= 1.7)
	}
}
