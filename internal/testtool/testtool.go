// Package testtool finds the outside programs that tests check packets
// with (qpdf, poppler's pdftotext and pdftoppm, MuPDF's mutool).
package testtool

import (
	"os"
	"os/exec"
	"testing"
)

// Need returns the path of the program name. On a user's machine without
// it the test is skipped; in CI (the CI variable set) it must be there, so
// that the independent checks can never silently stop running.
func Need(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required in CI (apt-get install qpdf poppler-utils mupdf-tools)", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}
