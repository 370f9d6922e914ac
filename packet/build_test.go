package packet

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/sidecar"
)

func buildDir(t *testing.T, caseFile string) (string, *Result) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "packet.pdf")
	_, res := buildTo(t, caseFile, out)
	return out, res
}

// buildTo loads caseFile and builds it into out; both must succeed.
func buildTo(t *testing.T, caseFile, out string) (*Case, *Result) {
	t.Helper()
	c := mustLoad(t, caseFile)
	res, err := BuildFile(context.Background(), c, out, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c, res
}

func TestBuildGenerated(t *testing.T) {
	for _, s := range []genSpec{
		{seed: 1, exhibits: 4, sections: 2},
		{seed: 2, exhibits: 40, sections: 3, longTitles: true},
		{seed: 3, exhibits: 12, sections: 4, bates: true, court: true, longTitles: true},
		{seed: 8, exhibits: 9, sections: 2, bates: true, prefix: "ZUNIGAPENAMARTINEZ", start: 95},
	} {
		t.Run("", func(t *testing.T) {
			path, res := buildDir(t, writeCase(t, t.TempDir(), s))
			checkPacket(t, path, res)
			if len(res.Exhibits) != s.exhibits {
				t.Errorf("%d exhibits, want %d", len(res.Exhibits), s.exhibits)
			}
			if s.longTitles && res.IndexPages < 2 && s.exhibits > 30 {
				t.Errorf("a long index fits on %d page", res.IndexPages)
			}
		})
	}
}

// buildTwice builds a case twice, in two folders, and fails unless the
// packets are byte-identical.
func buildTwice(t *testing.T, caseFile string) (string, *Result) {
	t.Helper()
	a, res := buildDir(t, caseFile)
	b, _ := buildDir(t, caseFile)
	da, _ := os.ReadFile(a)
	db, _ := os.ReadFile(b)
	if !bytes.Equal(da, db) {
		t.Fatal("two builds of the same case differ")
	}
	return a, res
}

func TestReproducible(t *testing.T) {
	buildTwice(t, writeCase(t, t.TempDir(), genSpec{seed: 4, exhibits: 6, sections: 2}))
}

// TestNothingLeaks checks that no metadata, producer or file name of a
// source survives into the packet.
func TestNothingLeaks(t *testing.T) {
	path, _ := buildDir(t, writeCase(t, t.TempDir(), genSpec{seed: 5, exhibits: 5, sections: 1}))
	data, _ := os.ReadFile(path)
	for _, leak := range []string{"Secret Author", "SecretScanner", "evidence/e", "FPDF", "/Metadata"} {
		if bytes.Contains(data, []byte(leak)) {
			t.Errorf("the packet contains %q", leak)
		}
	}
}

func TestInputsUnchangedAndAtomic(t *testing.T) {
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 6, exhibits: 3, sections: 1})
	before := snapshot(t, dir)
	c, err := Load(caseFile)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out", "packet.pdf")
	os.MkdirAll(filepath.Dir(out), 0o755)
	os.WriteFile(out, []byte("the previous packet"), 0o644)
	os.WriteFile(sidecar.PathFor(out), []byte("its sidecar"), 0o644)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := BuildFile(ctx, c, out, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled build: %v", err)
	}
	if got, _ := os.ReadFile(out); string(got) != "the previous packet" {
		t.Fatal("a failed build replaced the previous packet")
	}
	if got, _ := os.ReadFile(sidecar.PathFor(out)); string(got) != "its sidecar" {
		t.Fatal("a failed build removed the previous sidecar")
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 2 {
		t.Fatalf("a failed build left files behind: %v", entries)
	}
	if _, err := BuildFile(context.Background(), c, out, nil); err != nil {
		t.Fatal(err)
	}
	for name, data := range before {
		if now, _ := os.ReadFile(filepath.Join(dir, name)); !bytes.Equal(now, data) {
			t.Errorf("input %s was modified", name)
		}
	}
	if _, err := os.Stat(sidecar.PathFor(out)); err != nil {
		t.Errorf("no sidecar: %v", err)
	}
}

func snapshot(t *testing.T, dir string) map[string][]byte {
	files := map[string][]byte{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files[rel], _ = os.ReadFile(p)
		}
		return nil
	})
	return files
}

func TestBuildReportsUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 7, exhibits: 2, sections: 1})
	y, _ := os.ReadFile(caseFile)
	os.WriteFile(filepath.Join(dir, "evidence", "fake.pdf"), []byte("<html>not a pdf</html>"), 0o644)
	text := strings.Replace(string(y), "        files:\n", "        files:\n          - evidence/fake.pdf\n", 1)
	text = strings.Replace(text, "        files:\n          - ", "        pages: \"1-99\"\n        files:\n          - ", 2)
	os.WriteFile(caseFile, []byte(text), 0o644)
	c, err := Load(caseFile)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Validate(context.Background(), c)
	list, ok := AsErrorList(err)
	if !ok || len(list) != 2 {
		t.Fatalf("want two problems, got %v", err)
	}
	if !strings.Contains(list[0].Error(), "evidence/fake.pdf: a web page (HTML)") ||
		!strings.Contains(list[1].Error(), "exhibits[1].pages: the exhibit asks for page 99") {
		t.Fatalf("problems:\n%v", lines(list))
	}
}

func TestBlankFieldsWarning(t *testing.T) {
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 9, exhibits: 1, sections: 1})
	form := rawPDF([]rawPage{{w: 612, h: 792, text: "Form", field: "PETROVA"}, {w: 612, h: 792, text: "p2", field: "x"}}, "")
	os.WriteFile(filepath.Join(dir, "evidence", "form.pdf"), form, 0o644)
	y, _ := os.ReadFile(caseFile)
	os.WriteFile(caseFile, []byte(strings.Replace(string(y), "        files:\n", "        files:\n          - evidence/form.pdf\n", 1)), 0o644)
	c, err := Load(caseFile)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Validate(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Warnings) != 1 || !strings.Contains(sum.Warnings[0].Error(), "evidence/form.pdf: 2 filled form fields have no drawn appearance") {
		t.Fatalf("warnings: %v", sum.Warnings)
	}
}
