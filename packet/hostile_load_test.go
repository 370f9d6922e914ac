package packet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeepNesting: a case file nested thousands of levels deep is refused
// with a message, whatever the nesting is made of.
func TestDeepNesting(t *testing.T) {
	for name, doc := range map[string]string{
		"flow sequences":  strings.Repeat("[", 200_000) + strings.Repeat("]", 200_000),
		"block sequences": strings.Repeat("- ", 200_000) + "x",
		"in a field":      "version: 1\nforum: " + strings.Repeat("{a: ", 200_000) + "1" + strings.Repeat("}", 200_000),
		"allowed depth":   "version: 1\nforum: " + strings.Repeat("[", 5_000) + strings.Repeat("]", 5_000),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := LoadFS(caseFS(doc), "case.yaml")
			list, _ := AsErrorList(err)
			if len(list) == 0 || !strings.HasPrefix(list[0].Error(), "case.yaml:") {
				t.Fatalf("got %v", err)
			}
		})
	}
}

// TestCaseFileTooLarge: a case file past MaxCaseFileSize is refused
// before it is read whole.
func TestCaseFileTooLarge(t *testing.T) {
	name := filepath.Join(t.TempDir(), "case.yaml")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: 1 GiB on paper, nothing on disk.
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = Load(name)
	if err == nil || !strings.Contains(err.Error(), "larger than 4 MiB") {
		t.Fatalf("got %v", err)
	}
}
