package packet

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/asylumpacket/packet/exhibits"
	"github.com/asylumpacket/packet/sidecar"
)

func TestUpToDate(t *testing.T) {
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 10, exhibits: 3, sections: 1})
	out := filepath.Join(dir, "case.pdf")
	load := func() *Case {
		c, err := Load(caseFile)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if UpToDate(load(), out, nil) {
		t.Fatal("up to date before any build")
	}
	if _, err := BuildFile(context.Background(), load(), out, nil); err != nil {
		t.Fatal(err)
	}
	if !UpToDate(load(), out, nil) {
		t.Fatal("not up to date right after a build")
	}
	s, _ := sidecar.Read(sidecar.PathFor(out))
	evidence := filepath.Join(dir, s.Inputs.Files[1].Path)

	later := time.Now().Add(time.Hour)
	os.Chtimes(evidence, later, later) // touched, same content
	if !UpToDate(load(), out, nil) {
		t.Error("a touched but unchanged file counts as a change")
	}
	data, _ := os.ReadFile(evidence)
	os.WriteFile(evidence, append(data, '\n'), 0o644)
	if UpToDate(load(), out, nil) {
		t.Error("a changed evidence file goes unnoticed")
	}
	os.WriteFile(evidence, data, 0o644)
	if !UpToDate(load(), out, nil) {
		t.Error("restored content still counts as a change")
	}
	y, _ := os.ReadFile(caseFile)
	os.WriteFile(caseFile, []byte(strings.Replace(string(y), "Document 1", "Document one", 1)), 0o644)
	if UpToDate(load(), out, nil) {
		t.Error("a changed case file goes unnoticed")
	}
	if UpToDate(load(), out, &Options{Date: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)}) {
		t.Error("other options go unnoticed")
	}
}

// TestCacheReusesPreparation checks that adding an exhibit and building
// again parses only the new exhibit's files.
func TestCacheReusesPreparation(t *testing.T) {
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 11, exhibits: 6, sections: 2})
	cache := new(exhibits.Cache)
	opts := &Options{Cache: cache}
	c, err := Load(caseFile)
	if err != nil {
		t.Fatal(err)
	}
	first, err := BuildFile(context.Background(), c, filepath.Join(dir, "case.pdf"), opts)
	if err != nil {
		t.Fatal(err)
	}
	files := 0
	for _, e := range first.Exhibits {
		files += len(e.Files)
	}
	if hits, misses := cache.Stats(); hits != 0 || misses != int64(files) {
		t.Fatalf("first build: %d hits, %d misses, want 0 and %d", hits, misses, files)
	}

	os.WriteFile(filepath.Join(dir, "evidence", "new.pdf"), rawPDF([]rawPage{{w: 612, h: 792, text: "new"}}, ""), 0o644)
	y, _ := os.ReadFile(caseFile)
	os.WriteFile(caseFile, append(y, []byte("      - { id: new, title: A new letter, files: [evidence/new.pdf] }\n")...), 0o644)
	if c, err = Load(caseFile); err != nil {
		t.Fatal(err)
	}
	second, err := BuildFile(context.Background(), c, filepath.Join(dir, "case.pdf"), opts)
	if err != nil {
		t.Fatal(err)
	}
	if hits, misses := cache.Stats(); hits != int64(files) || misses != int64(files)+1 {
		t.Fatalf("second build: %d hits, %d misses, want %d and %d", hits, misses, files, files+1)
	}
	if len(second.Exhibits) != len(first.Exhibits)+1 {
		t.Fatal("the new exhibit is missing")
	}
	path, _ := buildDir(t, caseFile)
	a, _ := os.ReadFile(path)
	b, _ := os.ReadFile(filepath.Join(dir, "case.pdf"))
	if string(a) != string(b) {
		t.Fatal("a build from the cache differs from a fresh build")
	}
}
