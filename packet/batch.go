package packet

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/asylumpacket/packet/exhibits"
)

// Status is what became of one case in a batch.
type Status int

// Statuses of a batch build.
const (
	Built   Status = iota // a new packet was written
	Skipped               // its inputs had not changed since the packet was built
	Failed                // it could not be built; the previous packet is unchanged
)

func (s Status) String() string {
	return [...]string{"built", "skipped", "failed"}[s]
}

// Outcome is the end of one case in a batch.
type Outcome struct {
	Case    string // the case file
	Out     string // the packet
	Status  Status
	Result  *Result // with Built
	Err     error   // with Failed
	Elapsed time.Duration
}

// BatchOptions adjust BuildAll. The zero value is the default.
type BatchOptions struct {
	// Workers is how many cases are built at once; zero means one more
	// than the CPUs, so that a case waiting for the disk leaves none idle.
	Workers int
	// Force rebuilds cases whose packets are up to date.
	Force bool
	// Options apply to every build. A nil Cache gets a shared one, so that
	// cases with the same evidence parse it once.
	Options Options
	// Load applies to reading every case file.
	Load LoadOptions
}

// FindCases expands paths into case files: a file stands for itself, a
// folder for every case.yaml below it. The list is sorted and without
// repeats.
func FindCases(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || !st.IsDir() {
			// A missing file stays in the list: its build fails and says so,
			// and the other cases go on.
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && d.Name() == "case.yaml" {
				out = append(out, name)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// BuildAll builds every case into the packet beside it (case.yaml →
// case.pdf), a few at a time, skipping those whose packets are up to date.
// One failing case does not stop the others. report, when set, is called
// as each case ends, never twice at once. It returns the outcomes in the
// order of cases; when ctx ends, the cases not yet started fail with its
// error.
func BuildAll(ctx context.Context, cases []string, opts BatchOptions, report func(Outcome)) []Outcome {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0) + 1
	}
	build := opts.Options
	if build.Cache == nil {
		build.Cache = new(exhibits.Cache)
	}
	out := make([]Outcome, len(cases))
	var mu sync.Mutex
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(cases)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				o := buildOne(ctx, cases[k], opts.Force, &build, opts.Load)
				out[k] = o
				if report != nil {
					mu.Lock()
					report(o)
					mu.Unlock()
				}
			}
		}()
	}
	for k := range cases {
		if ctx.Err() != nil {
			out[k] = Outcome{Case: cases[k], Out: OutputPath(cases[k]), Status: Failed, Err: ctx.Err()}
			if report != nil {
				mu.Lock()
				report(out[k])
				mu.Unlock()
			}
			continue
		}
		next <- k
	}
	close(next)
	wg.Wait()
	return out
}

func buildOne(ctx context.Context, caseFile string, force bool, opts *Options, load LoadOptions) Outcome {
	start := time.Now()
	o := Outcome{Case: caseFile, Out: OutputPath(caseFile)}
	c, err := LoadWith(caseFile, load)
	switch {
	case err != nil:
		o.Status, o.Err = Failed, err
	case !force && UpToDate(c, o.Out, opts):
		o.Status = Skipped
	default:
		o.Result, err = BuildFile(ctx, c, o.Out, opts)
		o.Status, o.Err = Built, err
		if err != nil {
			o.Status = Failed
		}
	}
	o.Elapsed = time.Since(start)
	return o
}

// FirstError returns the first problem of a failed outcome, for a summary
// line: an ErrorList's first entry, else the error itself.
func (o Outcome) FirstError() error {
	if list, ok := AsErrorList(o.Err); ok && len(list) > 0 {
		return list[0]
	}
	if o.Err == nil {
		return errors.New("no error")
	}
	return o.Err
}
