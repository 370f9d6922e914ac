package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/asylumpacket/packet/packet"
	"github.com/asylumpacket/packet/sidecar"
)

// diff runs "packet diff [-json] OLD NEW". Like diff(1) it exits 0 when the
// filings are the same, 1 when they differ and 2 on trouble, so that a
// script can tell a change from a failure.
func diff(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the changes as JSON")
	var e evidenceFlags
	e.register(fs)
	// Flags may come before or after the files.
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 2 {
		fmt.Fprintln(stderr, "packet diff: name two filings, each a sidecar (.json) or a case file (.yaml)")
		fmt.Fprintln(stderr, "Try: packet diff OLD.json NEW.json")
		return exitUsage
	}
	if err := e.apply(); err != nil {
		fmt.Fprintln(stderr, "packet diff:", err)
		return exitUsage
	}
	old, ok := filing(ctx, files[0], e.load(), stderr)
	if !ok {
		return exitUsage
	}
	new, ok := filing(ctx, files[1], e.load(), stderr)
	if !ok {
		return exitUsage
	}
	ch := sidecar.Diff(old, new)
	var err error
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(ch)
	} else {
		err = ch.WriteText(stdout)
	}
	if err != nil {
		report(stderr, err)
		return exitUsage
	}
	if ch.Empty() {
		return exitOK
	}
	return exitProblem
}

// filing reads the sidecar name, or builds the case file name in memory
// and returns the sidecar it would have, printing any problems.
func filing(ctx context.Context, name string, opts packet.LoadOptions, stderr io.Writer) (*sidecar.Sidecar, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml":
		c, ok := load(name, opts, stderr)
		if !ok {
			return nil, false
		}
		res, err := packet.Build(ctx, c, io.Discard, nil)
		if err != nil {
			report(stderr, err)
			return nil, false
		}
		warn(stderr, res.Warnings)
		return res.Sidecar(c), true
	}
	s, err := sidecar.Read(name)
	if err != nil {
		report(stderr, err)
		return nil, false
	}
	return s, true
}
