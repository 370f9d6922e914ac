package packet

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/asylumpacket/packet/exhibits"
)

// WatchOptions adjust Watch. The zero value is the default.
type WatchOptions struct {
	// Interval is how often the folder is looked at; zero means half a second.
	Interval time.Duration
	// Quiet is how long a case's files must stay unchanged before it is
	// rebuilt, so that a scanner still writing a file is waited for; zero
	// means one second.
	Quiet time.Duration
	// Options apply to every build; a nil Cache gets one shared by all.
	Options Options
	// Load applies to reading every case file.
	Load LoadOptions
}

// Watch keeps the packets of every case below dir up to date until ctx
// ends: it looks at the case files and their evidence (sizes and times, not
// contents) and rebuilds a case shortly after its files stop changing,
// calling report with each outcome. A case that is up to date when Watch
// starts is left as it is.
func Watch(ctx context.Context, dir string, opts WatchOptions, report func(Outcome)) error {
	interval, quiet := opts.Interval, opts.Quiet
	if interval <= 0 {
		interval = 500 * time.Millisecond
	}
	if quiet <= 0 {
		quiet = time.Second
	}
	batch := BatchOptions{Workers: 1, Options: opts.Options, Load: opts.Load}
	if batch.Options.Cache == nil {
		batch.Options.Cache = new(exhibits.Cache)
	}
	type state struct {
		seen, built string    // fingerprints: last looked at, last built from
		since       time.Time // when seen last changed
	}
	cases := map[string]*state{}
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		found, err := FindCases([]string{dir})
		if err != nil {
			return err
		}
		now := time.Now()
		for _, name := range found {
			st := cases[name]
			fp := fingerprint(name, batch.Load)
			if st == nil {
				st = &state{seen: fp, since: now}
				cases[name] = st
				if c, err := LoadWith(name, batch.Load); err == nil && UpToDate(c, OutputPath(name), &batch.Options) {
					st.built = fp
				}
			}
			if fp != st.seen {
				st.seen, st.since = fp, now
			}
			if st.seen != st.built && now.Sub(st.since) >= quiet {
				st.built = st.seen
				for _, o := range BuildAll(ctx, []string{name}, batch, nil) {
					if report != nil && ctx.Err() == nil {
						report(o)
					}
				}
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
	}
}

// fingerprint describes a case file and the evidence it names by their
// sizes and modification times: cheap to take every half second.
func fingerprint(caseFile string, load LoadOptions) string {
	var b strings.Builder
	add := func(name string) {
		if st, err := os.Stat(name); err == nil {
			fmt.Fprintf(&b, "%s %d %d\n", name, st.Size(), st.ModTime().UnixNano())
		} else {
			fmt.Fprintf(&b, "%s missing\n", name)
		}
	}
	add(caseFile)
	c, err := LoadWith(caseFile, load)
	if err != nil {
		return b.String() // a broken case changes when its file does
	}
	if c.Supplement != nil {
		add(filepath.Join(filepath.Dir(caseFile), filepath.FromSlash(c.Supplement.Filed)))
	}
	for _, s := range c.Sections {
		for _, e := range s.Exhibits {
			for _, f := range e.evidence() {
				add(c.localPath(f.Path))
			}
		}
	}
	for _, name := range c.extraInputs() {
		add(filepath.Join(filepath.Dir(caseFile), filepath.FromSlash(name)))
	}
	return b.String()
}
