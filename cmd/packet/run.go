package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/asylumpacket/packet/packet"
	"github.com/asylumpacket/packet/templates"
)

// Exit statuses.
const (
	exitOK      = 0
	exitProblem = 1 // the case has problems or the build failed
	exitUsage   = 2
)

const usage = `usage:
  packet build [-o out.pdf] case.yaml   build the evidence packet (case.pdf and case.json beside it)
  packet build [-force] [-workers N] case.yaml|DIR ...
                                        build many cases (every case.yaml below a DIR), skipping unchanged ones
  packet build -encrypt [-password-stdin] case.yaml
                                        also write an AES-256 delivery copy (password: $PACKET_PASSWORD or stdin)
  packet validate case.yaml             check the case file and open every evidence file
  packet watch DIR                      rebuild the cases below DIR shortly after their files change

  build, validate and watch also take -allow-root DIR (evidence from a folder outside
  the case's; repeatable) and -max-megapixels N (largest image read; default 100)
  packet file case.yaml                 record the built packet as filed (filed/DATE/), for supplements
  packet diff [-json] OLD NEW           what changed between two filings (sidecar .json or case .yaml)
  packet schema                         print the JSON Schema of case files
  packet version                        print the version
`

// Run runs the command line args and returns the exit status.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "Try: packet build examples/asylum-office/case.yaml")
		return exitUsage
	}
	switch args[0] {
	case "build":
		return build(ctx, args[1:], stdout, stderr)
	case "validate":
		return validate(ctx, args[1:], stdout, stderr)
	case "watch":
		return watch(ctx, args[1:], stdout, stderr)
	case "diff":
		return diff(ctx, args[1:], stdout, stderr)
	case "file":
		return file(args[1:], stdout, stderr)
	case "schema":
		stdout.Write(templates.Schema)
		return exitOK
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "packet", packet.Version)
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "packet: unknown command %q\n%s", args[0], usage)
	fmt.Fprintln(stderr, "Try: packet help")
	return exitUsage
}

func validate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	e, args, ok := parseEvidenceArgs("validate", args, stderr)
	if !ok {
		return exitUsage
	}
	if len(args) != 1 {
		fmt.Fprintln(stderr, "packet validate: name one case file")
		fmt.Fprintln(stderr, "Try: packet validate case.yaml")
		return exitUsage
	}
	c, ok := load(args[0], e.load(), stderr)
	if !ok {
		return exitProblem
	}
	sum, err := packet.Validate(ctx, c)
	if err != nil {
		report(stderr, err)
		return exitProblem
	}
	warn(stderr, sum.Warnings)
	fmt.Fprintf(stdout, "%s: sound: %s (%s)\n", args[0], sum, c.Forum)
	for _, s := range sum.Scans {
		fmt.Fprintf(stdout, "  %s\n", s)
	}
	return exitOK
}

// load reads a case file, printing its warnings and problems.
func load(name string, opts packet.LoadOptions, stderr io.Writer) (*packet.Case, bool) {
	c, err := packet.LoadWith(name, opts)
	if c != nil {
		warn(stderr, c.Warnings)
	}
	if err != nil {
		report(stderr, err)
		return nil, false
	}
	return c, true
}

// warn prints problems that do not stop the work, one per line.
func warn(stderr io.Writer, warnings packet.ErrorList) {
	for _, w := range warnings {
		fmt.Fprintf(stderr, "%s (warning)\n", w)
	}
}

// report prints every problem of err, one per line.
func report(stderr io.Writer, err error) {
	if list, ok := packet.AsErrorList(err); ok {
		for _, e := range list {
			fmt.Fprintln(stderr, e)
		}
		if len(list) > 1 {
			fmt.Fprintf(stderr, "%d problems\n", len(list))
		}
		return
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "packet: interrupted; any previous packet is unchanged")
		return
	}
	fmt.Fprintln(stderr, "packet:", err)
}
