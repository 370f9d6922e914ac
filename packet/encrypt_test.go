package packet

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/pdf"
	"github.com/asylumpacket/packet/internal/testtool"
)

func TestEncryptedCopy(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "packet.pdf")
	c, _ := buildTo(t, writeCase(t, dir, genSpec{seed: 21, exhibits: 3, sections: 1}), out)
	const password = "correct-horse-battery"
	if _, err := WriteEncryptedCopies(out, "short"); err == nil || !strings.Contains(err.Error(), "at least 12") {
		t.Fatalf("a short password: %v", err)
	}
	if _, err := WriteEncryptedCopies(out, "correct horse battery"); err == nil || !strings.Contains(err.Error(), "space") {
		t.Fatalf("a password with spaces: %v", err)
	}
	copies, err := WriteEncryptedCopies(out, password)
	if err != nil {
		t.Fatal(err)
	}
	if len(copies) != 1 || copies[0] != filepath.Join(dir, "packet-encrypted.pdf") {
		t.Fatalf("copies %v", copies)
	}
	data, _ := os.ReadFile(copies[0])
	if bytes.Contains(data, []byte(c.Applicant.Name)) {
		t.Error("the applicant's name is readable in the encrypted copy")
	}

	// packet's own reader: locked without the password, open with it.
	if _, err := pdf.Read(context.Background(), bytes.NewReader(data), nil, ""); !errors.Is(err, pdf.ErrPassword) {
		t.Errorf("without the password: %v", err)
	}
	if _, err := pdf.Read(context.Background(), bytes.NewReader(data), nil, "wrong-horse-battery"); !errors.Is(err, pdf.ErrWrongPassword) {
		t.Errorf("with a wrong password: %v", err)
	}
	src, err := pdf.Read(context.Background(), bytes.NewReader(data), nil, password)
	if err != nil {
		t.Fatalf("with the password: %v", err)
	}
	if src.PageCount() != pagesOf(t, out) {
		t.Errorf("the copy has %d pages, the packet %d", src.PageCount(), pagesOf(t, out))
	}
	qpdf := testtool.Need(t, "qpdf")
	show, err := exec.Command(qpdf, "--show-encryption", "--password="+password, copies[0]).CombinedOutput()
	if err != nil {
		t.Fatalf("qpdf: %v\n%s", err, show)
	}
	for _, want := range []string{"R = 6", "stream encryption method: AESv3", "print high resolution: allowed"} {
		if !strings.Contains(string(show), want) {
			t.Errorf("qpdf --show-encryption lacks %q:\n%s", want, show)
		}
	}
	if msg, err := exec.Command(qpdf, "--check", copies[0]).CombinedOutput(); err == nil {
		t.Errorf("qpdf opens the copy without the password:\n%s", msg)
	}
	pdftotext := testtool.Need(t, "pdftotext")
	text, err := exec.Command(pdftotext, "-upw", password, copies[0], "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), c.Applicant.Name) {
		t.Error("the decrypted copy lacks the applicant's name")
	}
}

func pagesOf(t *testing.T, name string) int {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	src, err := pdf.Read(context.Background(), bytes.NewReader(data), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	return src.PageCount()
}
