//go:build unix

package packet

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/asylumpacket/packet/sidecar"
)

// TestKilledBuild kills builds with SIGKILL at many moments, in a child
// process, and checks that the packet and its sidecar are always either
// the previous build's, exactly, or the new build's, whole, once the next
// build has finished any commit the kill interrupted — and that the next
// build leaves no temporary file behind.
func TestKilledBuild(t *testing.T) {
	if caseFile := os.Getenv("PACKET_KILLED_BUILD"); caseFile != "" {
		killedBuildChild(caseFile, os.Getenv("PACKET_KILLED_OUT"), os.Getenv("PACKET_KILL_IN_COMMIT") != "")
		return
	}
	if testing.Short() {
		t.Skip("builds in child processes")
	}
	dir := t.TempDir()
	caseA := writeCase(t, dir, genSpec{seed: 41, exhibits: 14, sections: 2})
	text, _ := os.ReadFile(caseA)
	caseB := filepath.Join(dir, "case-b.yaml")
	os.WriteFile(caseB, []byte(strings.Replace(string(text), "title:", "title: Amended", 1)), 0o644)
	out := filepath.Join(dir, "out", "packet.pdf")
	os.MkdirAll(filepath.Dir(out), 0o755)

	build := func(caseFile string) outputState {
		buildTo(t, caseFile, out)
		return stateOf(t, out)
	}
	stateB := build(caseB)
	stateA := build(caseA)
	if stateA.equal(stateB) {
		t.Fatal("the two builds give the same files; the test could not tell them apart")
	}

	// Time a whole build of B, then kill others at moments across it.
	start := time.Now()
	if err := runChild(caseB, out, false, -1); err != nil {
		t.Fatal(err)
	}
	whole := time.Since(start)
	if got := stateOf(t, out); !got.equal(stateB) {
		t.Fatalf("a build in a child process gave other files than the same build here:\n%v\nwant %v", got, stateB)
	}
	build(caseA)
	outcomes := map[string]int{}
	for i := range 12 {
		delay := whole * time.Duration(i) / 10
		if err := runChild(caseB, out, false, delay); err != nil {
			t.Fatal(err)
		}
		// Killed inside its commit, the files may be half one build's and
		// half the other's until the next build looks and finishes it.
		inCommit := pendingCommit(out)
		if inCommit {
			if err := recoverOutputs(out); err != nil {
				t.Fatal(err)
			}
		}
		got := stateOf(t, out)
		switch {
		case inCommit && got.equal(stateB):
			outcomes["finished by the next build"]++
		case !inCommit && got.equal(stateA):
			outcomes["previous"]++
		case !inCommit && got.equal(stateB):
			outcomes["new"]++
		default:
			t.Fatalf("killed after %v (inside its commit: %v): the files are neither the previous build's nor the new one's:\n%v\nprevious %v\nnew %v",
				delay, inCommit, got, stateA, stateB)
		}
		build(caseA) // the next build: finishes or cleans up, and puts A back
		checkNoStrays(t, out)
	}
	t.Logf("a build takes %v; 12 kills left %v", whole.Round(time.Millisecond), outcomes)

	// Killed between two renames of its commit: the next build finishes it.
	if err := runChild(caseB, out, true, -1); err != nil {
		t.Fatal(err)
	}
	if !pendingCommit(out) {
		t.Fatal("the child was not killed inside its commit")
	}
	if err := recoverOutputs(out); err != nil {
		t.Fatal(err)
	}
	if got := stateOf(t, out); !got.equal(stateB) {
		t.Fatalf("after a commit was finished, the files are not the new build's:\n%v", got)
	}
	checkNoStrays(t, out)
}

// killedBuildChild is the child process: it builds and, asked to, kills
// itself in the middle of putting the files in place.
func killedBuildChild(caseFile, out string, inCommit bool) {
	if inCommit {
		interruptCommit = func() { syscall.Kill(os.Getpid(), syscall.SIGKILL) }
	}
	c, err := Load(caseFile)
	if err == nil {
		_, err = BuildFile(context.Background(), c, out, nil)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	os.Exit(0)
}

// runChild builds caseFile into out in a child process, killed after delay
// (not at all when delay < 0). A kill is not an error.
func runChild(caseFile, out string, inCommit bool, delay time.Duration) error {
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledBuild$")
	cmd.Env = append(os.Environ(), "PACKET_KILLED_BUILD="+caseFile, "PACKET_KILLED_OUT="+out)
	if inCommit {
		cmd.Env = append(cmd.Env, "PACKET_KILL_IN_COMMIT=1")
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	if delay >= 0 {
		time.AfterFunc(delay, func() { cmd.Process.Kill() })
	}
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); ok {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
			return nil
		}
		return fmt.Errorf("child build: %v\n%s", err, stderr.String())
	}
	return err
}

// outputState is the digest of every file in the packet's folder, by name.
type outputState map[string][32]byte

func stateOf(t *testing.T, out string) outputState {
	t.Helper()
	st := outputState{}
	for _, name := range []string{out, sidecar.PathFor(out)} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("after a killed build: %v", err)
		}
		st[filepath.Base(name)] = sha256.Sum256(data)
	}
	return st
}

func (s outputState) equal(o outputState) bool {
	if len(s) != len(o) {
		return false
	}
	for k, v := range s {
		if o[k] != v {
			return false
		}
	}
	return true
}

// checkNoStrays fails when anything but the packet and its sidecar is in
// the packet's folder.
func checkNoStrays(t *testing.T, out string) {
	t.Helper()
	entries, _ := os.ReadDir(filepath.Dir(out))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{filepath.Base(out), filepath.Base(sidecar.PathFor(out))}
	slices.Sort(names)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Fatalf("the packet's folder holds %v, want only %v", names, want)
	}
}
