package fuzzcheck

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// targets are the module's fuzz targets, by package.
var targets = []struct{ pkg, name string }{
	{"./packet", "FuzzParse"},
	{"./exhibits", "FuzzRead"},
	{"./exhibits", "FuzzPDF"},
	{"./exhibits", "FuzzJPEG"},
	{"./exhibits", "FuzzPNG"},
	{"./exhibits", "FuzzTIFF"},
}

// TestFuzzBriefly fuzzes each target for 10 seconds, or for what
// PACKET_FUZZTIME says ("30s", "5000x"; "0" skips), with go test -fuzz in
// a child process. A failure prints the child's output, which names the
// input that failed (saved under the package's testdata/fuzz, where it
// then runs with every go test). Skipped under -short.
func TestFuzzBriefly(t *testing.T) {
	if testing.Short() {
		t.Skip("fuzzing takes a minute; run without -short")
	}
	fuzztime := os.Getenv("PACKET_FUZZTIME")
	switch fuzztime {
	case "0":
		t.Skip("PACKET_FUZZTIME=0")
	case "":
		fuzztime = "10s"
	}
	consultSources(t)
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to fuzz: %v", err)
	}
	cache := fuzzCache(t, goTool)
	for _, target := range targets {
		t.Run(target.name, func(t *testing.T) {
			// The inputs go keeps from earlier fuzzing only grow: after many
			// runs, measuring their coverage alone outlasts a brief fuzz time
			// and the run fails. A brief run starts from the seeds; inputs
			// that failed are kept in testdata/fuzz, not here.
			if err := os.RemoveAll(filepath.Join(cache, "github.com/asylumpacket/packet", strings.TrimPrefix(target.pkg, "./"), target.name)); err != nil {
				t.Fatal(err)
			}
			// Building the instrumented test binary takes most of a minute
			// the first time; a child that runs far longer hangs.
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute+fuzzDuration(fuzztime))
			defer cancel()
			cmd := exec.CommandContext(ctx, goTool, "test", "-run", "^$", "-fuzz", "^"+target.name+"$",
				"-fuzztime", fuzztime, "-fuzzminimizetime", "100x", target.pkg)
			cmd.Dir = "../.." // the module's root
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("go test -fuzz %s %s: %v\n%s", target.name, target.pkg, err, out)
			}
			t.Log(lastProgress(out))
		})
	}
}

// fuzzCache is where go test keeps the inputs fuzzing found interesting.
func fuzzCache(t *testing.T, goTool string) string {
	t.Helper()
	out, err := exec.Command(goTool, "env", "GOCACHE").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" {
		t.Fatalf("go env GOCACHE: %v", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "fuzz")
}

// consultSources looks at every Go file and fuzz input of the module. go
// test keeps a passing result until a file the test consulted changes; the
// fuzzers read the module in a child process, where it cannot see them.
func consultSources(t *testing.T) {
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && d.Name() == ".git":
			return filepath.SkipDir
		case !d.IsDir() && (strings.HasSuffix(path, ".go") || strings.Contains(filepath.ToSlash(path), "/testdata/fuzz/")):
			_, err := os.Stat(path)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// fuzzDuration is how long -fuzztime lets the fuzzer run, or 0 for a
// count of executions.
func fuzzDuration(fuzztime string) time.Duration {
	d, _ := time.ParseDuration(fuzztime)
	return d
}

// lastProgress returns the fuzzer's last progress line: time, executions
// and inputs found.
func lastProgress(out []byte) string {
	lines := bytes.Split(bytes.TrimSpace(out), []byte("\n"))
	for i := len(lines) - 1; i >= 0; i-- {
		if line := string(lines[i]); strings.HasPrefix(line, "fuzz: elapsed") {
			return line
		}
	}
	return string(out)
}
