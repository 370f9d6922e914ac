package packet

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/hostilepdf"
	"github.com/asylumpacket/packet/internal/testtool"
)

// TestExampleEveryOption builds the asylum-office example with every
// option on — confidential marking, Word documents, encrypted delivery
// copies, whole and split into parts — and checks with qpdf that neither
// the packet nor a decrypted copy carries active content, source metadata
// or file names, and that every page is marked.
func TestExampleEveryOption(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example twice and reads it with qpdf")
	}
	for _, split := range []string{"", "  split: 400KB\n"} {
		name := "whole"
		if split != "" {
			name = "split"
		}
		t.Run(name, func(t *testing.T) { checkEveryOption(t, split) })
	}
}

func checkEveryOption(t *testing.T, split string) {
	qpdf := testtool.Need(t, "qpdf")
	pdftotext := testtool.Need(t, "pdftotext")
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../examples/asylum-office")); err != nil {
		t.Fatal(err)
	}
	for _, built := range []string{"case.pdf", "case.json"} {
		os.Remove(filepath.Join(dir, built))
	}
	caseFile := filepath.Join(dir, "case.yaml")
	y, _ := os.ReadFile(caseFile)
	text := strings.Replace(string(y), "\nfiling:\n", "\nword: true\nfiling:\n  confidential: true\n"+split, 1)
	if text == string(y) {
		t.Fatal("the example has no filing section to change")
	}
	os.WriteFile(caseFile, []byte(text), 0o644)
	out := filepath.Join(dir, "case.pdf")
	c, res := buildTo(t, caseFile, out)
	files := []string{out}
	if split != "" {
		if len(res.Parts) < 2 {
			t.Fatalf("the packet was not split (%d parts)", len(res.Parts))
		}
		files = nil
		for _, p := range res.Parts {
			files = append(files, filepath.Join(dir, p.File))
		}
	}
	const password = "delivery-copy-2026"
	copies, err := WriteEncryptedCopies(out, password)
	if err != nil {
		t.Fatal(err)
	}
	if len(copies) != len(files) {
		t.Fatalf("%d copies of %d files", len(copies), len(files))
	}
	names := []string{"evidence/", "casegen"}
	for _, s := range c.Sections {
		for _, e := range s.Exhibits {
			for _, f := range e.evidence() {
				names = append(names, filepath.Base(f.Path))
			}
		}
	}
	for i, copyName := range copies {
		clear := filepath.Join(t.TempDir(), "decrypted.pdf")
		if msg, err := exec.Command(qpdf, "--decrypt", "--password="+password, copyName, clear).CombinedOutput(); err != nil {
			t.Fatalf("qpdf --decrypt %s: %v\n%s", copyName, err, msg)
		}
		for _, f := range []string{files[i], clear} {
			for _, finding := range hostilepdf.Findings(t, f, names...) {
				if split == "" || !partLink(finding) {
					t.Errorf("%s: %s", filepath.Base(f), finding)
				}
			}
			pages, err := exec.Command(pdftotext, f, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			n := strings.Count(string(pages), "\f")
			if marked := strings.Count(string(pages), Confidentiality); n == 0 || marked != n {
				t.Errorf("%s: %d of %d pages marked %q", filepath.Base(f), marked, n, Confidentiality)
			}
		}
	}
}

var partTarget = regexp.MustCompile(`/F:u:case_Part\d+\.pdf .*/S:/GoToR\] .*/Subtype:/Link`)

// partLink reports whether a finding is one of packet's own links from a
// split packet's index into its other parts (a GoToR action naming the
// part's file), which the whole packet's strict check shows are not from
// the sources.
func partLink(finding string) bool {
	return partTarget.MatchString(finding) ||
		strings.HasSuffix(finding, "value: entry /A") ||
		strings.HasSuffix(finding, "/A /F /Type: name /Filespec") ||
		strings.HasSuffix(finding, "/A /S: name /GoToR")
}
