package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/sidecar"
)

func runDiff(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = diff(context.Background(), args, &o, &e)
	return code, o.String(), e.String()
}

// writeSidecar writes s into dir as name and returns its path.
func writeSidecar(t *testing.T, dir, name string, s *sidecar.Sidecar) string {
	t.Helper()
	path := filepath.Join(dir, name)
	var b bytes.Buffer
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDiffSidecars(t *testing.T) {
	dir := t.TempDir()
	exhibit := func(id, label, sha string, first, last int) sidecar.Exhibit {
		return sidecar.Exhibit{ID: id, Label: label, Title: "About " + id, Section: "Harm",
			FirstPage: first, LastPage: last, PageCount: last - first, Files: []sidecar.File{{Path: id + ".pdf", SHA256: sha}}}
	}
	s := &sidecar.Sidecar{Tool: "packet", Title: "Evidence", Date: "2026-12-01", Pages: 9,
		Numbers:  sidecar.Numbers{Style: "page", First: 1, Last: 9},
		Exhibits: []sidecar.Exhibit{exhibit("passport", "A", "p1", 2, 4), exhibit("police-report", "B", "r1", 5, 7)}}
	old := writeSidecar(t, dir, "old.json", s)
	same := writeSidecar(t, dir, "same.json", s)
	s.Pages = 12
	s.Exhibits = []sidecar.Exhibit{exhibit("passport", "A", "p1", 2, 4), exhibit("police-report", "B", "r2", 5, 8),
		exhibit("new-letter", "C", "n1", 9, 10)}
	new := writeSidecar(t, dir, "new.json", s)

	if code, out, errs := runDiff(old, same); code != 0 || !strings.HasSuffix(out, " 2 unchanged\n") || errs != "" {
		t.Errorf("same: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs := runDiff(old, new)
	if code != 1 || errs != "" {
		t.Fatalf("changed: exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"pages           9 → 12\n",
		`replaced,moved  B  police-report  "About police-report"  pp. 5–7 → 5–8` + "\n",
		`added           C  new-letter     "About new-letter"  pp. 9–10` + "\n",
		"1 added, 1 replaced, 0 removed, 0 relabelled, 0 retitled, 1 moved, 1 unchanged\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	code, out, _ = runDiff("-json", old, new)
	var ch sidecar.Changes
	if err := json.Unmarshal([]byte(out), &ch); err != nil || code != 1 {
		t.Fatalf("-json: exit %d, %v:\n%s", code, err, out)
	}
	if ch.Summary.Added != 1 || len(ch.Exhibits) != 3 || ch.Exhibits[2].ID != "new-letter" || !strings.Contains(out, `"first_page": 9`) {
		t.Errorf("-json:\n%s", out)
	}
	if code, _, _ := runDiff(old, new, "-json"); code != 1 {
		t.Errorf("-json after the files: exit %d", code)
	}
}

func TestDiffUsage(t *testing.T) {
	dir := t.TempDir()
	notSidecar := filepath.Join(dir, "other.json")
	os.WriteFile(notSidecar, []byte(`{"tool": "other"}`), 0o644)
	for _, args := range [][]string{{}, {"a.json"}, {"a.json", "b.json", "c.json"}} {
		if code, _, errs := runDiff(args...); code != 2 || !strings.Contains(errs, "Try: packet diff OLD.json NEW.json") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
	if code, _, _ := runDiff("-x", "a.json", "b.json"); code != 2 {
		t.Errorf("unknown flag: exit %d", code)
	}
	for _, args := range [][]string{
		{filepath.Join(dir, "missing.json"), notSidecar},
		{notSidecar, notSidecar},
		{filepath.Join(dir, "missing.yaml"), notSidecar},
	} {
		if code, _, errs := runDiff(args...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}

// A case file is built in memory and compared with the sidecar of its
// last build.
func TestDiffCaseFile(t *testing.T) {
	name := writeCase(t, caseYAML)
	if code, _, errs := run("build", name); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	built := strings.TrimSuffix(name, ".yaml") + ".json"
	if code, out, errs := runDiff(built, name); code != 0 {
		t.Fatalf("unchanged case: exit %d\n%s%s", code, out, errs)
	}
	more := caseYAML + "      - { id: letter-2, title: A second letter, files: [letter.pdf] }\n"
	if err := os.WriteFile(name, []byte(more), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runDiff(built, name)
	if code != 1 || !strings.Contains(out, `added`) || !strings.Contains(out, `B  letter-2`) ||
		!strings.Contains(out, "1 added, 0 replaced, 0 removed") {
		t.Errorf("added exhibit: exit %d\n%s%s", code, out, errs)
	}
}
