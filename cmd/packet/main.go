// Command packet builds asylum evidence packets from case files.
//
//	packet build [-o out.pdf] case.yaml
//	packet validate case.yaml
//	packet schema
//	packet version
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(Run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}
