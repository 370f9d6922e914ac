package packet

import (
	"os"
	"os/exec"
	"strconv"
	"testing"
)

// needTool returns the path of an outside reader (qpdf, pdftotext, …). On a
// user's machine without it the test is skipped; in CI (CI set) it must be
// there, so the independent checks can never silently stop running.
func needTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required in CI (apt-get install qpdf poppler-utils)", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// pageText extracts the text of one page (1-based) with poppler.
func pageText(t testing.TB, pdf string, page int) string {
	t.Helper()
	tool := needTool(t, "pdftotext")
	n := strconv.Itoa(page)
	out, err := exec.Command(tool, "-f", n, "-l", n, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext page %d: %v", page, err)
	}
	return string(out)
}
