package nonet

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// goCommand returns the go command (go test puts its own first on PATH).
func goCommand(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is not on PATH: %v", err)
	}
	return p
}

// moduleRoot is the repository's root, two folders up from this package.
func moduleRoot(t *testing.T) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("no source file")
	}
	return filepath.Join(filepath.Dir(file), "..", "..")
}
