package casegen

import (
	"bytes"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// caseFile mirrors spec/CASEFILE.md; decoding with KnownFields rejects
// anything the format does not allow.
type caseFile struct {
	Version   int    `yaml:"version"`
	Forum     string `yaml:"forum"`
	Applicant struct {
		Name        string `yaml:"name"`
		NativeName  string `yaml:"native_name"`
		ANumber     string `yaml:"a_number"`
		DateOfBirth string `yaml:"date_of_birth"`
		Nationality string `yaml:"nationality"`
		Address     string `yaml:"address"`
		Detained    bool   `yaml:"detained"`
	} `yaml:"applicant"`
	AsylumOffice *struct {
		Name    string `yaml:"name"`
		Address string `yaml:"address"`
	} `yaml:"asylum_office"`
	Court *struct {
		City    string `yaml:"city"`
		Address string `yaml:"address"`
		Judge   string `yaml:"judge"`
		Hearing string `yaml:"hearing"`
	} `yaml:"court"`
	Preparer struct {
		Name      string `yaml:"name"`
		Firm      string `yaml:"firm"`
		Address   string `yaml:"address"`
		Phone     string `yaml:"phone"`
		Email     string `yaml:"email"`
		EOIRID    string `yaml:"eoir_id"`
		BarNumber string `yaml:"bar_number"`
	} `yaml:"preparer"`
	Filing struct {
		Title      string `yaml:"title"`
		Date       string `yaml:"date"`
		Salutation string `yaml:"salutation"`
		Letter     string `yaml:"letter"`
	} `yaml:"filing"`
	Numbering *struct {
		Style    string `yaml:"style"`
		Position string `yaml:"position"`
		Prefix   string `yaml:"prefix"`
		Digits   int    `yaml:"digits"`
		Start    int    `yaml:"start"`
	} `yaml:"numbering"`
	Service *struct {
		To      string `yaml:"to"`
		Address string `yaml:"address"`
		Method  string `yaml:"method"`
		Date    string `yaml:"date"`
	} `yaml:"service"`
	Sections []struct {
		Title    string `yaml:"title"`
		Exhibits []struct {
			ID          string      `yaml:"id"`
			Title       string      `yaml:"title"`
			Description string      `yaml:"description"`
			Date        string      `yaml:"date"`
			Files       []yaml.Node `yaml:"files"` // a path, or {path, pages}
			Pages       string      `yaml:"pages"`
		} `yaml:"exhibits"`
	} `yaml:"sections"`
}

type fileRef struct{ Path, Pages string }

func (c *caseFile) files(t *testing.T, i, j int) []fileRef {
	var refs []fileRef
	for _, n := range c.Sections[i].Exhibits[j].Files {
		var r fileRef
		if n.Kind == yaml.ScalarNode {
			r.Path = n.Value
		} else {
			var long struct {
				Path  string `yaml:"path"`
				Pages string `yaml:"pages"`
			}
			if err := n.Decode(&long); err != nil {
				t.Fatal(err)
			}
			r = fileRef(long)
		}
		refs = append(refs, r)
	}
	return refs
}

func readCase(t *testing.T, dir string) *caseFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "case.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var c caseFile
	if err := dec.Decode(&c); err != nil {
		t.Fatalf("case.yaml does not parse: %v\n%s", err, data)
	}
	return &c
}

var (
	idRE       = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	dateRE     = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	aNumberRE  = regexp.MustCompile(`^A[- ]?\d{3}[- ]?\d{3}[- ]?\d{3}$`)
	selectedRE = regexp.MustCompile(`^\d+(-\d+)?(,\d+(-\d+)?)*$`)
)

// filePages counts a file's pages: an image is one page.
func filePages(t *testing.T, path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".pdf") {
		return countPages(data)
	}
	if _, _, err := image.DecodeConfig(bytes.NewReader(data)); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return 1
}

// checkCase validates the case file against the format and the evidence on
// disk, and returns its exhibits' page total after selections.
func checkCase(t *testing.T, dir string, want Case) *caseFile {
	t.Helper()
	c := readCase(t, dir)
	if c.Version != 1 || c.Applicant.Name == "" || !aNumberRE.MatchString(c.Applicant.ANumber) ||
		c.Preparer.Name == "" || c.Filing.Title == "" || !dateRE.MatchString(c.Filing.Date) || len(c.Sections) == 0 {
		t.Fatalf("required fields missing or malformed: %+v", c)
	}
	switch c.Forum {
	case "asylum-office":
		if c.AsylumOffice == nil || c.Court != nil || c.Service != nil {
			t.Error("asylum-office case needs asylum_office and no court or service")
		}
	case "immigration-court":
		if c.Court == nil || c.Service == nil || c.AsylumOffice != nil {
			t.Error("immigration-court case needs court and service and no asylum_office")
		}
	default:
		t.Errorf("forum %q", c.Forum)
	}
	var ids []string
	total, k := 0, 0
	for i, s := range c.Sections {
		if s.Title == "" || len(s.Exhibits) == 0 {
			t.Errorf("section %d is empty", i)
		}
		for j, e := range s.Exhibits {
			if !idRE.MatchString(e.ID) || slices.Contains(ids, e.ID) || e.Title == "" {
				t.Errorf("exhibit %q: bad or repeated id, or no title", e.ID)
			}
			ids = append(ids, e.ID)
			if e.Date != "" && !dateRE.MatchString(e.Date) {
				t.Errorf("exhibit %s: date %q", e.ID, e.Date)
			}
			pages := 0
			for _, f := range c.files(t, i, j) {
				n := filePages(t, filepath.Join(dir, filepath.FromSlash(f.Path)))
				if f.Pages != "" {
					n = checkSelection(t, e.ID, f.Pages, n)
				}
				pages += n
			}
			if e.Pages != "" {
				pages = checkSelection(t, e.ID, e.Pages, pages)
			}
			if k < len(want.Exhibits) && (want.Exhibits[k].ID != e.ID || want.Exhibits[k].Pages != pages) {
				t.Errorf("exhibit %s has %d pages; WriteCase reported %+v", e.ID, pages, want.Exhibits[k])
			}
			total += pages
			k++
		}
	}
	if k != len(want.Exhibits) || total != want.Pages {
		t.Errorf("case has %d exhibits and %d pages; WriteCase reported %d and %d", k, total, len(want.Exhibits), want.Pages)
	}
	return c
}

// checkSelection checks a page selection against a page count and returns
// how many pages it selects.
func checkSelection(t *testing.T, id, sel string, pages int) int {
	t.Helper()
	if !selectedRE.MatchString(sel) {
		t.Errorf("exhibit %s: selection %q", id, sel)
		return 0
	}
	last := 0
	for part := range strings.SplitSeq(sel, ",") {
		for _, s := range strings.Split(part, "-") {
			var v int
			for _, d := range s {
				v = v*10 + int(d-'0')
			}
			if v <= last || v > pages {
				t.Errorf("exhibit %s: selection %q out of order or past page %d", id, sel, pages)
			}
			last = v
		}
	}
	return countSelection(sel)
}

func TestWriteCaseDefault(t *testing.T) {
	dir := t.TempDir()
	c, err := WriteCase(dir, Spec{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Exhibits) != 12 {
		t.Errorf("%d exhibits, want 12", len(c.Exhibits))
	}
	cf := checkCase(t, dir, c)
	if len(cf.Sections) != 3 || cf.Forum != "asylum-office" || cf.Filing.Letter == "" {
		t.Errorf("default case: %d sections, forum %s", len(cf.Sections), cf.Forum)
	}
}

func TestWriteCaseCourtLongTitlesOddSizes(t *testing.T) {
	dir := t.TempDir()
	sizes := []Size{Legal, A4.Landscape(), {300, 420}, {1224, 792}}
	c, err := WriteCase(dir, Spec{Seed: 7, Forum: "immigration-court", Exhibits: 9, Sections: 2,
		LongTitles: true, PageSizes: sizes, Kinds: []Kind{KindText, KindReport, KindPhoto}, ReportPages: [2]int{6, 10}})
	if err != nil {
		t.Fatal(err)
	}
	cf := checkCase(t, dir, c)
	if cf.Numbering == nil || cf.Numbering.Style != "bates" || cf.Preparer.EOIRID == "" {
		t.Error("court case should use Bates numbering and give an EOIR ID")
	}
	for _, e := range c.Exhibits {
		if n := len([]rune(e.Title)); n < 200 {
			t.Errorf("title of %s has %d characters, want 200+", e.ID, n)
		}
	}
	var mediaBoxes []byte
	for _, e := range c.Exhibits {
		for _, f := range e.Files {
			if strings.HasSuffix(f, ".pdf") && strings.Contains(f, "text") {
				data, _ := os.ReadFile(filepath.Join(dir, f))
				mediaBoxes = append(mediaBoxes, data...)
			}
		}
	}
	if !bytes.Contains(mediaBoxes, []byte("0 0 300.00 420.00")) && !bytes.Contains(mediaBoxes, []byte("0 0 612.00 1008.00")) {
		t.Error("no text document used the requested page sizes")
	}
}

func TestWriteCasePageTarget(t *testing.T) {
	dir := t.TempDir()
	c, err := WriteCase(dir, Spec{Seed: 3, Exhibits: 15, Pages: 150, Kinds: []Kind{KindText, KindReport, KindTranslation}})
	if err != nil {
		t.Fatal(err)
	}
	if c.Pages != 150 {
		t.Errorf("case has %d pages, want 150", c.Pages)
	}
	checkCase(t, dir, c)
}

func TestWriteCaseDeterministic(t *testing.T) {
	spec := Spec{Seed: 11, Exhibits: 8, Sections: 2, LongTitles: true}
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := WriteCase(dir, spec); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	err := filepath.WalkDir(a, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, path)
		x, _ := os.ReadFile(path)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil {
			return err
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", rel)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 9 {
		t.Errorf("compared only %d files", n)
	}
	// A different seed must give a different case.
	c := t.TempDir()
	spec.Seed++
	if _, err := WriteCase(c, spec); err != nil {
		t.Fatal(err)
	}
	x, _ := os.ReadFile(filepath.Join(a, "case.yaml"))
	y, _ := os.ReadFile(filepath.Join(c, "case.yaml"))
	if bytes.Equal(x, y) {
		t.Error("seeds 11 and 12 wrote the same case.yaml")
	}
}

func TestCountSelection(t *testing.T) {
	for sel, want := range map[string]int{"1": 1, "1-3,7": 4, "1-2,7-9": 5, "3-1": -1, "x": -1} {
		if got := countSelection(sel); got != want {
			t.Errorf("countSelection(%q) = %d, want %d", sel, got, want)
		}
	}
	for n := 6; n <= 80; n++ {
		if got := countSelection(excerpt(n)); got < 4 || got >= n {
			t.Errorf("excerpt(%d) = %q selects %d pages", n, excerpt(n), got)
		}
	}
}

func TestLargeSpec(t *testing.T) {
	dir := t.TempDir()
	s := LargeSpec(1)
	s.ScanDPI = 72 // the page count is the point here, not the pixels
	c, err := WriteCase(dir, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Exhibits) != 35 || c.Pages != 500 {
		t.Errorf("large case: %d exhibits, %d pages; want 35 and 500", len(c.Exhibits), c.Pages)
	}
	checkCase(t, dir, c)
}
