//go:build !unix

package main

import (
	"os"
	"time"
)

// Elsewhere the memory and processor time of processes are not measured.
func childPeak(*os.ProcessState) int64 { return 0 }
func cpuTime() time.Duration           { return 0 }
