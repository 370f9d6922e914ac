package casegen

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestKeptCaseWrittenOnce(t *testing.T) {
	root := t.TempDir()
	spec := Spec{Seed: 3, Exhibits: 2, Kinds: []Kind{KindText}}
	first, err := KeptCase(root, spec)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(first)
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(info.ModTime()) < 30*time.Minute {
		t.Error("kept evidence is not dated back")
	}
	marker := filepath.Join(filepath.Dir(first), "marker")
	os.WriteFile(marker, nil, 0o644)
	again, err := KeptCase(root, spec)
	if err != nil || again != first {
		t.Fatalf("second call: %s, %v; want %s", again, err, first)
	}
	if _, err := os.Stat(marker); err != nil {
		t.Error("the kept case was written again")
	}
	spec.Kinds = []Kind{KindReport}
	other, err := KeptCase(root, spec)
	if err != nil {
		t.Fatal(err)
	}
	if other == first {
		t.Error("two different specs share a folder")
	}
}
