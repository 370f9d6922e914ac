package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/asylumpacket/packet/packet"
)

// file records the built packet of a case as filed, for supplements.
func file(args []string, stdout, stderr io.Writer) int {
	e, args, ok := parseEvidenceArgs("file", args, stderr)
	if !ok {
		return exitUsage
	}
	if len(args) != 1 {
		fmt.Fprintln(stderr, "packet file: name one case file")
		fmt.Fprintln(stderr, "Try: packet file case.yaml")
		return exitUsage
	}
	c, ok := load(args[0], e.load(), stderr)
	if !ok {
		return exitProblem
	}
	rec, err := packet.Record(c, packet.OutputPath(args[0]))
	if err != nil {
		fmt.Fprintln(stderr, "packet file:", err)
		return exitProblem
	}
	fmt.Fprintf(stdout, "recorded as filed: %s\nA supplement points at it with:\n  supplement: { filed: %s }\n", rec, relTo(args[0], rec))
	return exitOK
}

// relTo returns target relative to the case file's folder, with slashes.
func relTo(caseFile, target string) string {
	rel, err := filepath.Rel(filepath.Dir(caseFile), target)
	if err != nil {
		return target
	}
	return filepath.ToSlash(rel)
}
