package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/asylumpacket/packet/packet"
)

// child runs this program's measured child commands; ok is false when
// args name none.
func child(args []string) (code int, ok bool) {
	switch {
	case len(args) == 2 && args[0] == "-child-build":
		return childBuild(args[1], true), true
	case len(args) == 2 && args[0] == "-child-rebuild":
		return childBuild(args[1], false), true
	case len(args) == 2 && args[0] == "-child-discard":
		return childDiscard(args[1]), true
	case len(args) > 1 && args[0] == "-child-run":
		return childRun(args[1:]), true
	}
	return 0, false
}

// childBuild builds one case as `packet build` does, forced or not, and
// prints its peak memory: the parent measures it. Unforced, the packet
// must be found up to date.
func childBuild(caseFile string, force bool) int {
	out := packet.BuildAll(context.Background(), []string{caseFile}, packet.BatchOptions{Force: force}, nil)[0]
	if out.Err != nil {
		fmt.Fprintln(os.Stderr, out.Err)
		return 1
	}
	if !force && out.Status != packet.Skipped {
		fmt.Fprintln(os.Stderr, "the unchanged case was built again")
		return 1
	}
	fmt.Println(peakRSS())
	return 0
}

// childDiscard builds one case and throws the packet away: the build's own
// work, without the disk.
func childDiscard(caseFile string) int {
	c, err := packet.Load(caseFile)
	if err == nil {
		_, err = packet.Build(context.Background(), c, io.Discard, nil)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println(peakRSS())
	return 0
}

// childRun runs a command (qpdf) and prints its peak memory in bytes. This
// process is small when it forks, so the child's rusage is the command's.
func childRun(args []string) int {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println(childPeak(cmd.ProcessState))
	return 0
}

// peakRSS is this process's peak resident memory in bytes, from Linux's
// /proc/self/status (VmHWM), or 0 elsewhere.
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// measure runs a child of this program and returns its wall time and the
// peak memory it reports on its last line of output. (A child's own
// rusage would count the memory of this process at the fork.)
func measure(args ...string) (time.Duration, int64, error) {
	cmd := exec.Command(self(), args...)
	start := time.Now()
	out, err := cmd.Output()
	took := time.Since(start)
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		return 0, 0, fmt.Errorf("%v: %s", err, msg)
	}
	lines := strings.Fields(string(out))
	if len(lines) == 0 {
		return 0, 0, fmt.Errorf("no peak memory reported")
	}
	peak, err := strconv.ParseInt(lines[len(lines)-1], 10, 64)
	return took, peak, err
}

// self is this program, to run again as a measured child.
func self() string {
	p, err := os.Executable()
	if err != nil {
		return os.Args[0]
	}
	return p
}
