package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/asylumpacket/packet/packet"
)

// watch keeps the packets below a folder up to date until interrupted.
func watch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	e, args, ok := parseEvidenceArgs("watch", args, stderr)
	if !ok {
		return exitUsage
	}
	if len(args) != 1 {
		fmt.Fprintln(stderr, "packet watch: name one folder")
		fmt.Fprintln(stderr, "Try: packet watch cases/")
		return exitUsage
	}
	fmt.Fprintf(stdout, "watching %s for changes (Ctrl-C to stop)\n", args[0])
	err := packet.Watch(ctx, args[0], packet.WatchOptions{Load: e.load()}, func(o packet.Outcome) {
		at := time.Now().Format("15:04:05")
		switch o.Status {
		case packet.Built:
			fmt.Fprintf(stdout, "%s rebuilt %s (%d pages, %.1fs)\n", at, o.Out, o.Result.Pages, o.Elapsed.Seconds())
			warn(stderr, o.Result.Warnings)
		case packet.Failed:
			fmt.Fprintf(stdout, "%s failed  %s\n", at, o.Case)
			report(stderr, o.Err)
		}
	})
	if err != nil {
		fmt.Fprintln(stderr, "packet watch:", err)
		return exitProblem
	}
	return exitOK
}
