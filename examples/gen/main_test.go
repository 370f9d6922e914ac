package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

var examples = []struct {
	name  string
	files func() []file
}{
	{"asylum-office", petrova},
	{"immigration-court", zuniga},
	{"immigration-court-persian", rezaei},
}

// TestCommittedEvidenceIsCurrent regenerates the evidence and compares it
// with the committed files: a difference means "go generate ./examples/"
// was not run after a change.
func TestCommittedEvidenceIsCurrent(t *testing.T) {
	for _, ex := range examples {
		tmp := t.TempDir()
		if err := writeFiles(tmp, ex.files()); err != nil {
			t.Fatal(err)
		}
		for _, f := range ex.files() {
			want, err := os.ReadFile(filepath.Join(tmp, f.name))
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join("..", ex.name, f.name))
			if err != nil {
				t.Errorf("%s: %v (run go generate ./examples/)", ex.name, err)
				continue
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s/%s is stale: run go generate ./examples/", ex.name, f.name)
			}
		}
	}
}

// caseFile holds what this test checks of a case file; KnownFields rejects
// misspelt keys anywhere in it.
type caseFile struct {
	Version      int            `yaml:"version"`
	Forum        string         `yaml:"forum"`
	Applicant    map[string]any `yaml:"applicant"`
	AsylumOffice map[string]any `yaml:"asylum_office"`
	Court        map[string]any `yaml:"court"`
	Preparer     map[string]any `yaml:"preparer"`
	Filing       map[string]any `yaml:"filing"`
	Numbering    map[string]any `yaml:"numbering"`
	Service      map[string]any `yaml:"service"`
	Translators  []struct {
		ID       string `yaml:"id"`
		Name     string `yaml:"name"`
		Address  string `yaml:"address"`
		Phone    string `yaml:"phone"`
		Date     string `yaml:"date"`
		Combined bool   `yaml:"combined"`
	} `yaml:"translators"`
	Sections []struct {
		Title    string `yaml:"title"`
		Labels   string `yaml:"labels"`
		Prefix   string `yaml:"prefix"`
		Exhibits []struct {
			ID          string      `yaml:"id"`
			Kind        string      `yaml:"kind"`
			Title       string      `yaml:"title"`
			Description string      `yaml:"description"`
			Date        string      `yaml:"date"`
			Language    string      `yaml:"language"`
			Files       []yaml.Node `yaml:"files"`
			Pages       string      `yaml:"pages"`
			Translation *struct {
				Files      []yaml.Node `yaml:"files"`
				Text       string      `yaml:"text"`
				Translator yaml.Node   `yaml:"translator"`
			} `yaml:"translation"`
			Interpretation map[string]any `yaml:"interpretation"`
			Source         string         `yaml:"source"`
			Author         string         `yaml:"author"`
			URL            string         `yaml:"url"`
			Accessed       string         `yaml:"accessed"`
			Highlight      []string       `yaml:"highlight"`
			Redact         []yaml.Node    `yaml:"redact"`
			OCR            bool           `yaml:"ocr"`
		} `yaml:"exhibits"`
	} `yaml:"sections"`
}

var selRE = regexp.MustCompile(`^\d+(-\d+)?(,\d+(-\d+)?)*$`)

// lastPage returns the highest page a selection names, or -1 if malformed.
func lastPage(sel string) int {
	if !selRE.MatchString(sel) {
		return -1
	}
	parts := strings.FieldsFunc(sel, func(r rune) bool { return r == ',' || r == '-' })
	n := 0
	for _, d := range parts[len(parts)-1] {
		n = n*10 + int(d-'0')
	}
	return n
}

func TestCaseFilesMatchEvidence(t *testing.T) {
	for _, ex := range examples {
		data, err := os.ReadFile(filepath.Join("..", ex.name, "case.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("# yaml-language-server: $schema=../../templates/case.schema.json\n")) {
			t.Errorf("%s: case.yaml should start with the schema comment", ex.name)
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		var c caseFile
		if err := dec.Decode(&c); err != nil {
			t.Fatalf("%s: %v", ex.name, err)
		}
		// A case's folder is named after its forum, with a suffix when
		// several examples share the forum.
		if c.Version != 1 || (c.Forum != ex.name && !strings.HasPrefix(ex.name, c.Forum+"-")) {
			t.Errorf("%s: version %d, forum %q", ex.name, c.Version, c.Forum)
		}
		pages := map[string]int{}
		for _, f := range ex.files() {
			pages[f.name] = f.pages
		}
		used := map[string]bool{}
		for _, s := range c.Sections {
			for _, e := range s.Exhibits {
				if e.Title == "" || e.Description == "" || e.Date == "" {
					t.Errorf("%s/%s: give every example exhibit a title, description and date", ex.name, e.ID)
				}
				total := 0
				files := e.Files
				if e.Translation != nil {
					files = append(files, e.Translation.Files...)
				}
				for _, n := range files {
					var path, sel string
					if n.Kind == yaml.ScalarNode {
						path = n.Value
					} else {
						var long struct{ Path, Pages string }
						if err := n.Decode(&long); err != nil {
							t.Fatal(err)
						}
						path, sel = long.Path, long.Pages
					}
					p, ok := pages[path]
					if !ok {
						t.Errorf("%s/%s: %s is not generated", ex.name, e.ID, path)
					}
					if sel != "" && (lastPage(sel) < 1 || lastPage(sel) > p) {
						t.Errorf("%s/%s: selection %q of a %d-page file", ex.name, e.ID, sel, p)
					}
					used[path] = true
					total += p
				}
				if e.Pages != "" && (lastPage(e.Pages) < 1 || lastPage(e.Pages) > total) {
					t.Errorf("%s/%s: selection %q of %d pages", ex.name, e.ID, e.Pages, total)
				}
			}
		}
		for name := range pages {
			if !used[name] {
				t.Errorf("%s: %s is generated but no exhibit uses it", ex.name, name)
			}
		}
	}
}
