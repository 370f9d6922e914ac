package word

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/asylumpacket/packet/internal/testtool"
	"github.com/asylumpacket/packet/templates"
)

// TestLibreOfficeOpens converts the filled shipped templates, and the
// template with split runs, to PDF with LibreOffice, which refuses a
// document it cannot read. It is skipped where LibreOffice is not
// installed (but in CI); the PDF's text is checked with pdftotext.
func TestLibreOfficeOpens(t *testing.T) {
	soffice := testtool.Need(t, "soffice") // required in CI, which installs it
	if testing.Short() {
		t.Skip("slow: starts LibreOffice")
	}
	dir := t.TempDir()
	docs := map[string][]byte{
		"cover-letter.docx": mustFill(t, templates.CoverLetterDocx(), shippedData()),
		"index.docx":        mustFill(t, templates.IndexDocx(), shippedData()),
		"split.docx":        mustFill(t, splitTemplate(t), Data{Values: splitValues}),
	}
	var args []string
	for name, b := range docs {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, filepath.Join(dir, name))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// A profile of its own, so that a LibreOffice the user has open does
	// not take the job over.
	cmd := exec.CommandContext(ctx, soffice, append([]string{
		"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--convert-to", "pdf", "--outdir", dir}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for name := range docs {
		pdf := filepath.Join(dir, strings.TrimSuffix(name, ".docx")+".pdf")
		b, err := os.ReadFile(pdf)
		if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
			t.Errorf("%s: no PDF from LibreOffice (%v)\n%s", name, err, out)
			continue
		}
		if name == "split.docx" {
			continue
		}
		pdftotext := testtool.Need(t, "pdftotext")
		text, err := exec.CommandContext(ctx, pdftotext, "-layout", pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", name, err)
		}
		for _, want := range []string{"Amara Okafor", "A123-456-789", "Country conditions", "Ñúñez"} {
			if !strings.Contains(string(text), want) {
				t.Errorf("%s: PDF text lacks %q:\n%s", name, want, text)
			}
		}
	}
}
