package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/asylumpacket/packet/exhibits"
	"github.com/asylumpacket/packet/packet"
)

// evidenceFlags are the options of every command that reads evidence:
// what the person running packet allows, which a case file cannot.
type evidenceFlags struct {
	roots      rootList
	megapixels float64
}

// rootList collects repeated -allow-root flags.
type rootList []string

func (r *rootList) String() string     { return strings.Join(*r, ",") }
func (r *rootList) Set(v string) error { *r = append(*r, v); return nil }

func (e *evidenceFlags) register(fs *flag.FlagSet) {
	fs.Var(&e.roots, "allow-root", "a folder outside the case's own from which evidence may come (repeatable)")
	fs.Float64Var(&e.megapixels, "max-megapixels", float64(exhibits.MaxPixels)/1e6, "largest image read, in megapixels; larger ones are refused as possible decompression bombs")
}

// apply sets what applies to the whole run, and checks the values.
func (e *evidenceFlags) apply() error {
	if e.megapixels < 1 {
		return fmt.Errorf("-max-megapixels %g: give at least 1 (a 300-dpi Letter page is 8.4)", e.megapixels)
	}
	exhibits.MaxPixels = int(e.megapixels * 1e6)
	return nil
}

func (e *evidenceFlags) load() packet.LoadOptions {
	return packet.LoadOptions{Roots: e.roots}
}

// parseEvidenceArgs parses the arguments of a command whose only flags are
// the evidence flags, applies them, and returns the other arguments.
func parseEvidenceArgs(command string, args []string, stderr io.Writer) (evidenceFlags, []string, bool) {
	fs := flag.NewFlagSet(command, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var e evidenceFlags
	e.register(fs)
	if err := fs.Parse(args); err != nil {
		return e, nil, false
	}
	if err := e.apply(); err != nil {
		fmt.Fprintf(stderr, "packet %s: %v\n", command, err)
		return e, nil, false
	}
	return e, fs.Args(), true
}
