package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
)

const caseYAML = `version: 1
forum: asylum-office
applicant: { name: Ivana Petrova, a_number: A-212-345-678 }
asylum_office: { name: Newark Asylum Office, address: "1200 Wall Street West\nLyndhurst, NJ 07071" }
preparer: { name: "Maria Okafor, Esq." }
filing: { title: Evidence, date: 2026-12-01 }
sections:
  - title: Identity
    exhibits:
      - { id: letter, title: Letter from a neighbour, files: [letter.pdf] }
`

// writeCase writes a one-exhibit case into a temporary folder.
func writeCase(t *testing.T, yaml string) string {
	t.Helper()
	dir := t.TempDir()
	f := fpdf.New("P", "pt", "A4", "")
	f.SetFont("Helvetica", "", 12)
	for i := 0; i < 2; i++ {
		f.AddPage()
		f.Text(72, 72, "A fictional letter")
	}
	if err := f.OutputFileAndClose(filepath.Join(dir, "letter.pdf")); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "case.yaml")
	if err := os.WriteFile(name, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func run(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = Run(context.Background(), args, &o, &e)
	return code, o.String(), e.String()
}

func TestBuild(t *testing.T) {
	name := writeCase(t, caseYAML)
	code, out, errs := run("build", name)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	pdf := strings.TrimSuffix(name, ".yaml") + ".pdf"
	for _, f := range []string{pdf, strings.TrimSuffix(name, ".yaml") + ".json"} {
		if _, err := os.Stat(f); err != nil {
			t.Error(err)
		}
	}
	if !strings.Contains(out, "1 exhibit, 5 pages") || !strings.Contains(out, "A   2–4") {
		t.Errorf("summary:\n%s", out)
	}
	other := filepath.Join(t.TempDir(), "other.pdf")
	if code, _, errs := run("build", name, "-o", other); code != 0 {
		t.Fatalf("-o: exit %d: %s", code, errs)
	}
	a, _ := os.ReadFile(pdf)
	b, _ := os.ReadFile(other)
	if !bytes.Equal(a, b) {
		t.Error("the same case built to two paths differs")
	}
}

var problemLine = regexp.MustCompile(`^[^:]+\.yaml:\d+:\d+: [a-z_\[\]0-9.]+: .+$`)

func TestValidate(t *testing.T) {
	name := writeCase(t, caseYAML)
	code, out, _ := run("validate", name)
	if code != 0 || !strings.Contains(out, "sound: 1 exhibits in 1 sections, 1 files, 2 evidence pages") || strings.Count(out, "\n") != 1 {
		t.Fatalf("exit %d, output %q", code, out)
	}
	// A case with scans lists them, an exhibit a line.
	code, out, _ = run("validate", filepath.Join("..", "..", "examples", "asylum-office", "case.yaml"))
	if code != 0 || !strings.Contains(out, "\n  Exhibit A: page 1 carries no text layer (a scan: not searchable; ocr: true recognises it)\n") {
		t.Fatalf("exit %d, output %q", code, out)
	}
	bad := strings.NewReplacer("A-212-345-678", "A-1", "letter.pdf", "missing.pdf", "version: 1", "version: 1\ncolour: blue").Replace(caseYAML)
	code, _, errs := run("validate", writeCase(t, bad))
	if code != 1 {
		t.Fatalf("exit %d for a bad case", code)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != 4 || lines[3] != "3 problems" {
		t.Fatalf("want three problems and a count:\n%s", errs)
	}
	for _, l := range lines[:3] {
		if !problemLine.MatchString(l) {
			t.Errorf("not file:line:col: field: message: %q", l)
		}
	}
	if code, _, _ := run("build", writeCase(t, bad)); code != 1 {
		t.Errorf("build of a bad case: exit %d", code)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"build"}, {"validate", "a", "b"}} {
		code, _, errs := run(args...)
		if code != 2 || !strings.Contains(errs, "Try: ") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
	if code, out, _ := run("version"); code != 0 || !strings.HasPrefix(out, "packet ") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, out, _ := run("schema"); code != 0 || !strings.Contains(out, `"$schema"`) {
		t.Errorf("schema: %d", code)
	}
	if code, _, errs := run("build", "/nonexistent/case.yaml"); code != 1 || !strings.Contains(errs, "no such file") {
		t.Errorf("missing case file: %d %q", code, errs)
	}
}

// TestOutputNeverOverwritesInputs checks that -o cannot name the case file,
// an evidence file, or a name whose sidecar is the packet itself.
func TestOutputNeverOverwritesInputs(t *testing.T) {
	name := writeCase(t, caseYAML)
	dir := filepath.Dir(name)
	before, _ := os.ReadFile(name)
	for _, out := range []string{name, filepath.Join(dir, "letter.pdf"), filepath.Join(dir, "out.json"), filepath.Join(dir, "case.PDF.txt")} {
		if code, _, errs := run("build", "-o", out, name); code != 1 || errs == "" {
			t.Errorf("-o %s: exit %d, %q", out, code, errs)
		}
	}
	if after, _ := os.ReadFile(name); !bytes.Equal(before, after) {
		t.Fatal("the case file changed")
	}
	letter, _ := os.ReadFile(filepath.Join(dir, "letter.pdf"))
	if !bytes.HasPrefix(letter, []byte("%PDF")) || bytes.Contains(letter, []byte("Exhibit")) {
		t.Fatal("the evidence file changed")
	}
}

func TestBuildMany(t *testing.T) {
	a, b := writeCase(t, caseYAML), writeCase(t, caseYAML)
	root := t.TempDir()
	for i, c := range []string{a, b} {
		os.Rename(filepath.Dir(c), filepath.Join(root, string(rune('a'+i))))
	}
	code, out, errs := run("build", "-workers", "2", root)
	if code != 0 || strings.Count(out, "built    ") != 2 || !strings.Contains(out, "2 built, 0 skipped, 0 failed") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = run("build", root)
	if code != 0 || !strings.Contains(out, "0 built, 2 skipped, 0 failed") {
		t.Fatalf("second run: exit %d\n%s", code, out)
	}
	os.WriteFile(filepath.Join(root, "b", "case.yaml"), []byte("version: 1\n"), 0o644)
	code, out, _ = run("build", root)
	if code != 1 || !strings.Contains(out, "failed   "+filepath.Join(root, "b", "case.yaml")) || !strings.Contains(out, "0 built, 1 skipped, 1 failed") {
		t.Fatalf("with a broken case: exit %d\n%s", code, out)
	}
	if code, out, _ := run("build", filepath.Join(root, "a"), filepath.Join(root, "nowhere", "case.yaml")); code != 1 ||
		!strings.Contains(out, "skipped  ") || !strings.Contains(out, "failed   "+filepath.Join(root, "nowhere", "case.yaml")) {
		t.Errorf("with a missing case: exit %d\n%s", code, out)
	}
	if code, _, _ := run("build", "-o", "x.pdf", root); code != 2 {
		t.Errorf("-o with several cases: exit %d", code)
	}
	single := filepath.Join(root, "a", "case.yaml")
	if code, out, _ := run("build", single); code != 0 || !strings.Contains(out, "up to date") {
		t.Errorf("unchanged single case: exit %d, %q", code, out)
	}
}

func TestFile(t *testing.T) {
	name := writeCase(t, caseYAML)
	if code, _, errs := run("file", name); code != 1 || !strings.Contains(errs, "build it before recording") {
		t.Fatalf("file before build: %d %q", code, errs)
	}
	run("build", name)
	code, out, errs := run("file", name)
	if code != 0 || !strings.Contains(out, "supplement: { filed: filed/2026-12-01/case.json }") {
		t.Fatalf("file: %d %q %q", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(name), "filed", "2026-12-01", "case.pdf")); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run("file", name); code != 1 || !strings.Contains(errs, "never overwritten") {
		t.Fatalf("second file: %d %q", code, errs)
	}
}
