package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// progress is a one-line bar of cases and pages done, redrawn in place on
// a terminal and absent elsewhere (logs get the plain lines only).
type progress struct {
	w           io.Writer
	on          bool
	done, total int
	pages       int
}

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	on := false
	if ok {
		if st, err := f.Stat(); err == nil {
			on = st.Mode()&os.ModeCharDevice != 0
		}
	}
	return &progress{w: w, on: on, total: total}
}

func (p *progress) add(pages int) {
	p.done++
	p.pages += pages
}

func (p *progress) draw() {
	if !p.on || p.done == p.total {
		return
	}
	const width = 30
	n := width * p.done / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d cases, %d pages", strings.Repeat("=", n), strings.Repeat(" ", width-n), p.done, p.total, p.pages)
}

func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
