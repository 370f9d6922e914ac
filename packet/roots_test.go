//go:build unix

package packet

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// caseWithFile writes a generated case into dir whose first exhibit also
// holds the evidence path p, and returns the case file.
func caseWithFile(t *testing.T, dir, p string) string {
	t.Helper()
	caseFile := writeCase(t, dir, genSpec{seed: 11, exhibits: 2, sections: 1})
	y, _ := os.ReadFile(caseFile)
	text := strings.Replace(string(y), "        files:\n", "        files:\n          - \""+p+"\"\n", 1)
	if text == string(y) {
		t.Fatal("no files list to add to")
	}
	os.WriteFile(caseFile, []byte(text), 0o644)
	return caseFile
}

// outsidePDF writes a PDF outside every case folder and returns its path.
func outsidePDF(t *testing.T) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "elsewhere", "secret.pdf")
	os.MkdirAll(filepath.Dir(name), 0o755)
	if err := os.WriteFile(name, onePagePDF(t), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func onePagePDF(t *testing.T) []byte {
	t.Helper()
	dir := t.TempDir()
	c, err := Load(writeCase(t, dir, genSpec{seed: 12, exhibits: 1, sections: 1}))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if _, err := Build(context.Background(), c, &b, nil); err != nil {
		t.Fatal(err)
	}
	return []byte(b.String())
}

func TestEvidenceStaysInside(t *testing.T) {
	secret := outsidePDF(t)
	for _, tc := range []struct {
		name  string
		setup func(dir string) string // returns the evidence path to write
		want  string
	}{
		{"symbolic link to a file outside", func(dir string) string {
			os.Symlink(secret, filepath.Join(dir, "evidence", "link.pdf"))
			return "evidence/link.pdf"
		}, "leads outside the case folder (to " + secret + ")"},
		{"symbolic link to a folder outside", func(dir string) string {
			os.Symlink(filepath.Dir(secret), filepath.Join(dir, "evidence", "more"))
			return "evidence/more/secret.pdf"
		}, "leads outside the case folder"},
		{"absolute path", func(string) string { return secret }, "evidence paths must be relative and stay inside the case folder"},
		{"parent folder", func(dir string) string {
			rel, _ := filepath.Rel(dir, secret)
			return filepath.ToSlash(rel)
		}, "evidence paths must be relative and stay inside the case folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			os.MkdirAll(filepath.Join(dir, "evidence"), 0o755)
			p := tc.setup(dir)
			caseFile := caseWithFile(t, dir, p)
			_, err := Load(caseFile)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "sections[0].exhibits[0].files[0]") {
				t.Fatalf("got %v, want an error at the field saying %q", err, tc.want)
			}
			// The person running packet may allow the folder.
			c, err := LoadWith(caseFile, LoadOptions{Roots: []string{filepath.Dir(secret)}})
			if err != nil {
				t.Fatalf("with the folder allowed: %v", err)
			}
			if _, err := Build(context.Background(), c, io.Discard, nil); err != nil {
				t.Fatalf("with the folder allowed: %v", err)
			}
		})
	}
}

func TestLinksInsideAreFollowed(t *testing.T) {
	real := t.TempDir()
	os.MkdirAll(filepath.Join(real, "evidence", "scans"), 0o755)
	os.WriteFile(filepath.Join(real, "evidence", "scans", "a.pdf"), onePagePDF(t), 0o644)
	os.Symlink(filepath.Join(real, "evidence", "scans", "a.pdf"), filepath.Join(real, "evidence", "latest.pdf"))
	caseFile := caseWithFile(t, real, "evidence/latest.pdf")
	// The case folder itself reached through a link.
	link := filepath.Join(t.TempDir(), "case-link")
	os.Symlink(real, link)
	for _, name := range []string{caseFile, filepath.Join(link, filepath.Base(caseFile))} {
		c, err := Load(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := Build(context.Background(), c, io.Discard, nil); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

func TestAllowedRootMustExist(t *testing.T) {
	caseFile := writeCase(t, t.TempDir(), genSpec{seed: 13, exhibits: 1, sections: 1})
	if _, err := LoadWith(caseFile, LoadOptions{Roots: []string{"/no/such/folder"}}); err == nil || !strings.Contains(err.Error(), "/no/such/folder") {
		t.Fatalf("got %v", err)
	}
}
