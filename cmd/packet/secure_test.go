package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

func TestBuildEncrypted(t *testing.T) {
	name := writeCase(t, caseYAML)
	copyName := strings.TrimSuffix(name, ".yaml") + "-encrypted.pdf"

	t.Setenv(passwordEnv, "")
	code, _, errs := run("build", "-encrypt", name)
	if code != exitUsage || !strings.Contains(errs, passwordEnv) || !strings.Contains(errs, "-password-stdin") {
		t.Fatalf("no password: exit %d: %s", code, errs)
	}
	if code, _, errs := run("build", "-password-stdin", name); code != exitUsage || !strings.Contains(errs, "goes with -encrypt") {
		t.Fatalf("-password-stdin alone: exit %d: %s", code, errs)
	}

	t.Setenv(passwordEnv, "too-short")
	if code, _, errs := run("build", "-encrypt", name); code != exitUsage || !strings.Contains(errs, "at least 12") {
		t.Fatalf("a short password: exit %d: %s", code, errs)
	}
	if _, err := os.Stat(strings.TrimSuffix(name, ".yaml") + ".pdf"); err == nil {
		t.Fatal("built with a password that cannot be used")
	}

	t.Setenv(passwordEnv, "from-the-environment-1")
	code, out, errs := run("build", "-encrypt", name)
	if code != exitOK || !strings.Contains(out, copyName+": encrypted delivery copy (AES-256)") {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	opensWith(t, copyName, "from-the-environment-1")

	// Standard input wins over the environment; an up-to-date packet still
	// gets its copy.
	stdin = strings.NewReader("from-standard-input-2\nrest")
	defer func() { stdin = os.Stdin }()
	if code, out, errs := run("build", "-encrypt", "-password-stdin", name); code != exitOK || !strings.Contains(out, "up to date") {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	opensWith(t, copyName, "from-standard-input-2")
}

// opensWith checks with qpdf that the file is encrypted and opens with
// password.
func opensWith(t *testing.T, name, password string) {
	t.Helper()
	qpdf := testtool.Need(t, "qpdf")
	if out, err := exec.Command(qpdf, "--requires-password", name).CombinedOutput(); err != nil {
		t.Errorf("%s does not need a password: %v %s", name, err, out)
	}
	if out, err := exec.Command(qpdf, "--check", "--password="+password, name).CombinedOutput(); err != nil {
		t.Errorf("%s does not open with %q: %v %s", name, password, err, out)
	}
}

func TestAllowRoot(t *testing.T) {
	name := writeCase(t, caseYAML)
	elsewhere := t.TempDir()
	os.Rename(filepath.Join(filepath.Dir(name), "letter.pdf"), filepath.Join(elsewhere, "letter.pdf"))
	os.Symlink(filepath.Join(elsewhere, "letter.pdf"), filepath.Join(filepath.Dir(name), "letter.pdf"))
	code, _, errs := run("validate", name)
	if code != exitProblem || !strings.Contains(errs, "leads outside the case folder") || !strings.Contains(errs, "-allow-root") {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if code, out, errs := run("validate", "-allow-root", elsewhere, name); code != exitOK {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	if code, out, errs := run("build", name, "-allow-root", elsewhere); code != exitOK {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
}

func TestMaxMegapixels(t *testing.T) {
	name := writeCase(t, caseYAML)
	if code, _, errs := run("validate", "-max-megapixels", "0.5", name); code != exitUsage || !strings.Contains(errs, "at least 1") {
		t.Fatalf("exit %d: %s", code, errs)
	}
}
