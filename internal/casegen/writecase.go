package casegen

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// Case summarises what WriteCase wrote.
type Case struct {
	Exhibits []Exhibit
	Pages    int // exhibit pages after selections: what the packet will show of them
}

// Exhibit is one exhibit of a written case.
type Exhibit struct {
	ID, Title, Section string
	Files              []string // paths relative to the case folder
	Pages              int      // pages after selections
}

// plannedFile is one evidence file; its page count may be adjusted after
// planning, so render reads it only when the file is written.
type plannedFile struct {
	name   string // path relative to the case folder
	pages  int    // pages of the adjustable body
	extra  int    // fixed pages after the body (a table, a certificate)
	lo, hi int    // bounds for adjusting pages; hi == 0 means fixed
	sel    func(total int) string
	render func(w io.Writer, f *plannedFile) error
}

func (f *plannedFile) total() int { return f.pages + f.extra }

// selected is how many of the file's pages its selection keeps.
func (f *plannedFile) selected() int {
	if f.sel != nil {
		if s := f.sel(f.total()); s != "" {
			return countSelection(s)
		}
	}
	return f.total()
}

type plannedExhibit struct {
	id, title, description, date, section string
	files                                 []*plannedFile
	sel                                   func(total int) string // exhibit-level selection
}

func (e *plannedExhibit) selected() int {
	n := 0
	for _, f := range e.files {
		n += f.selected()
	}
	if e.sel != nil {
		if s := e.sel(n); s != "" {
			return countSelection(s)
		}
	}
	return n
}

// WriteCase writes dir/case.yaml and the evidence files under dir/evidence
// for the synthetic case s describes. Files are rendered in parallel; each
// depends only on the seed, so the output is byte-identical run after run.
func WriteCase(dir string, s Spec) (Case, error) {
	s = s.withDefaults()
	p := newPlanner(s)
	exhibits := p.plan()
	if s.Pages > 0 {
		adjust(exhibits, s.Pages)
	}
	if err := os.MkdirAll(filepath.Join(dir, "evidence"), 0o755); err != nil {
		return Case{}, err
	}
	if err := os.WriteFile(filepath.Join(dir, "case.yaml"), []byte(caseYAML(p, exhibits)), 0o644); err != nil {
		return Case{}, err
	}
	var files []*plannedFile
	var c Case
	for _, e := range exhibits {
		ex := Exhibit{ID: e.id, Title: e.title, Section: e.section, Pages: e.selected()}
		for _, f := range e.files {
			ex.Files = append(ex.Files, f.name)
			files = append(files, f)
		}
		c.Exhibits = append(c.Exhibits, ex)
		c.Pages += ex.Pages
	}
	return c, writeAll(dir, files)
}

// writeAll renders the files on all CPUs and returns the first error.
func writeAll(dir string, files []*plannedFile) error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs = make([]error, len(files))
		next = 0
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(files) {
					return
				}
				errs[i] = writeFile(filepath.Join(dir, filepath.FromSlash(files[i].name)), files[i])
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func writeFile(path string, f *plannedFile) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := f.render(out, f); err != nil {
		out.Close()
		return fmt.Errorf("casegen: %s: %w", f.name, err)
	}
	return out.Close()
}

// adjust grows or shrinks the adjustable files, one page at a time in turn,
// until the exhibits add up to target pages or no file can change.
func adjust(exhibits []*plannedExhibit, target int) {
	total := func() int {
		n := 0
		for _, e := range exhibits {
			n += e.selected()
		}
		return n
	}
	var adj []*plannedFile
	for _, e := range exhibits {
		for _, f := range e.files {
			if f.hi > 0 {
				adj = append(adj, f)
			}
		}
	}
	// Selections make the total move unevenly; the step limit guards against
	// a file going up and down for ever.
	steps := 0
	for changed := true; changed && steps < 100000; {
		changed = false
		for _, f := range adj {
			n := total()
			switch {
			case n < target && f.pages < f.hi:
				f.pages++
			case n > target && f.pages > f.lo:
				f.pages--
			default:
				continue
			}
			changed, steps = true, steps+1
			if total() == target {
				return
			}
		}
	}
}
