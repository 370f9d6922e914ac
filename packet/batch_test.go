package packet

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestBuildAll(t *testing.T) {
	root := t.TempDir()
	for i, name := range []string{"a", "b", "c"} {
		writeCase(t, filepath.Join(root, name), genSpec{seed: uint64(20 + i), exhibits: 3, sections: 1})
	}
	os.WriteFile(filepath.Join(root, "c", "case.yaml"), []byte("version: 2\n"), 0o644) // broken
	cases, err := FindCases([]string{root})
	if err != nil || len(cases) != 3 {
		t.Fatalf("FindCases: %v %v", cases, err)
	}
	statuses := func(outs []Outcome) []Status {
		var s []Status
		for _, o := range outs {
			s = append(s, o.Status)
		}
		return s
	}
	reported := 0
	outs := BuildAll(context.Background(), cases, BatchOptions{Workers: 2}, func(Outcome) { reported++ })
	if got := statuses(outs); got[0] != Built || got[1] != Built || got[2] != Failed || reported != 3 {
		t.Fatalf("first run: %v, %d reports", got, reported)
	}
	if outs[2].FirstError() == nil || outs[0].Result.Pages == 0 {
		t.Fatal("outcomes lack their error or result")
	}

	// Nothing changed: both sound cases are skipped.
	if got := statuses(BuildAll(context.Background(), cases, BatchOptions{}, nil)); got[0] != Skipped || got[1] != Skipped {
		t.Fatalf("second run: %v", got)
	}
	// One evidence file changed: that case only is built again.
	evidence, _ := filepath.Glob(filepath.Join(root, "b", "evidence", "*"))
	data, _ := os.ReadFile(evidence[0])
	os.WriteFile(evidence[0], append(data, ' '), 0o644)
	if got := statuses(BuildAll(context.Background(), cases, BatchOptions{}, nil)); got[0] != Skipped || got[1] != Built {
		t.Fatalf("after a change: %v", got)
	}
	if got := statuses(BuildAll(context.Background(), cases[:1], BatchOptions{Force: true}, nil)); got[0] != Built {
		t.Fatalf("forced: %v", got)
	}
}
