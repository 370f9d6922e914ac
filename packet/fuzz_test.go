package packet

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// FuzzParse feeds the case loader arbitrary text, seeded with the
// examples: it must answer with a case or a list of placed problems, never
// crash.
func FuzzParse(f *testing.F) {
	f.Add([]byte(validCase))
	examples, _ := filepath.Glob("../examples/*/case.yaml")
	for _, e := range examples {
		if data, err := os.ReadFile(e); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("a: &a [*a, *a]\nb: *a\n"))
	f.Add([]byte("version: 1\nsections: [{exhibits: [{files: [{path: 3}]}]}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := caseFS("")
		fsys["case.yaml"] = &fstest.MapFile{Data: data}
		c, err := LoadFS(fsys, "case.yaml")
		if err == nil {
			if c == nil || len(c.Sections) == 0 {
				t.Fatal("a case without sections was accepted")
			}
			return
		}
		list, ok := AsErrorList(err)
		if !ok || len(list) == 0 {
			t.Fatalf("not an ErrorList: %v", err)
		}
		for _, e := range list {
			if e.File != "case.yaml" {
				t.Fatalf("problem without its file: %v", e)
			}
		}
	})
}
