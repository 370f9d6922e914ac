// Package testtool finds the outside programs that tests check packets
// with (qpdf, poppler's pdftotext and pdftoppm, MuPDF's mutool).
package testtool

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
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

// NeedOCRLanguage returns the path of tesseract, once it is known to hold
// the data for the language lang ("bul"). Like Need, it skips the test on
// a user's machine without them and fails it in CI.
func NeedOCRLanguage(t testing.TB, lang string) string {
	t.Helper()
	p := Need(t, "tesseract")
	out, err := exec.Command(p, "--list-langs").CombinedOutput()
	if err != nil {
		t.Fatalf("tesseract --list-langs: %v\n%s", err, out)
	}
	for line := range strings.Lines(string(out)) {
		if strings.TrimSpace(line) == lang {
			return p
		}
	}
	pkg := "tesseract-ocr-" + strings.ReplaceAll(lang, "_", "-")
	if os.Getenv("CI") != "" {
		t.Fatalf("tesseract's %s data is required in CI (apt-get install %s)", lang, pkg)
	}
	t.Skipf("tesseract has no %s data (apt-get install %s)", lang, pkg)
	return ""
}

// RenderFirstPage renders the first page of the PDF at path with poppler's
// pdftoppm and its options (such as "-r", "24") and returns the picture.
// Without pdftoppm the test is skipped (failed in CI).
func RenderFirstPage(t testing.TB, path string, options ...string) image.Image {
	t.Helper()
	return RenderPage(t, path, 1, options...)
}

// RenderPage renders page n (from 1) of the PDF at path, as
// RenderFirstPage does the first.
func RenderPage(t testing.TB, path string, n int, options ...string) image.Image {
	t.Helper()
	pdftoppm := Need(t, "pdftoppm")
	prefix := filepath.Join(t.TempDir(), "page")
	page := strconv.Itoa(n)
	args := append([]string{"-f", page, "-l", page, "-png", "-singlefile"}, options...)
	if msg, err := exec.Command(pdftoppm, append(args, path, prefix)...).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm %s: %v\n%s", path, err, msg)
	}
	return ReadPNG(t, prefix+".png")
}

// ReadPNG decodes the PNG file at path.
func ReadPNG(t testing.TB, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// Text extracts the text of the PDF at path with poppler's pdftotext, in
// Unicode normalization form NFKC, so that presentation forms and
// compatibility characters compare equal to what was written.
func Text(t testing.TB, path string) string {
	t.Helper()
	out, err := exec.Command(Need(t, "pdftotext"), "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return norm.NFKC.String(string(out))
}

// PDFCorpus lists every PDF in pdfcpu's own test data (real-world files of
// every kind), which is in the module cache once the module is downloaded.
func PDFCorpus(t testing.TB) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/pdfcpu/pdfcpu").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var files []string
	root := filepath.Join(strings.TrimSpace(string(out)), "pkg", "testdata")
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".pdf") {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		t.Fatalf("no PDFs in %s", root)
	}
	return files
}
