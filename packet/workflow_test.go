package packet

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/exhibits"
	"github.com/asylumpacket/packet/sidecar"
)

// copyExample copies an example case into a temporary folder.
func copyExample(t *testing.T, name string) string {
	t.Helper()
	src := filepath.Join("..", "examples", name)
	dst := filepath.Join(t.TempDir(), name)
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if strings.HasSuffix(p, ".pdf") && filepath.Dir(p) == src || strings.HasSuffix(p, ".json") {
			return nil // a packet built in place, not an input
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dst, "case.yaml")
}

// TestExampleWorkflow follows the example case through the life of a
// filing: built, rebuilt only when something changed, filed, supplemented
// with a new letter and compared with what was filed.
func TestExampleWorkflow(t *testing.T) {
	caseFile := copyExample(t, "asylum-office")
	dir := filepath.Dir(caseFile)
	cache := new(exhibits.Cache)
	run := func() Outcome {
		t.Helper()
		o := BuildAll(context.Background(), []string{caseFile}, BatchOptions{Options: Options{Cache: cache}}, nil)[0]
		if o.Status == Failed {
			t.Fatal(o.Err)
		}
		return o
	}
	if o := run(); o.Status != Built {
		t.Fatalf("first build: %v", o.Status)
	}
	if o := run(); o.Status != Skipped {
		t.Fatalf("unchanged rebuild: %v", o.Status)
	}
	_, parsed := cache.Stats()

	// A filed record, then a supplement with a letter that arrived later.
	c, _ := Load(caseFile)
	record, err := Record(c, OutputPath(caseFile))
	if err != nil {
		t.Fatal(err)
	}
	letter, _ := os.ReadFile(filepath.Join(dir, "evidence", "sister-letter.pdf"))
	os.WriteFile(filepath.Join(dir, "evidence", "second-letter.pdf"), letter, 0o644)
	y, _ := os.ReadFile(caseFile)
	text := strings.Replace(string(y), "  date: 2026-12-01\n", "  date: 2027-02-15\n", 1)
	text = strings.Replace(text, "sections:\n", "supplement: { filed: "+mustRel(t, dir, record)+" }\nsections:\n", 1)
	text += "      - id: second-letter\n        title: Second letter from the applicant's sister\n        files: [evidence/second-letter.pdf]\n"
	if text == string(y) || !strings.Contains(text, "2027-02-15") {
		t.Fatal("the example's case file changed shape; update this test")
	}
	os.WriteFile(caseFile, []byte(text), 0o644)
	o := run()
	if o.Status != Built || len(o.Result.Exhibits) != 1 || o.Result.Exhibits[0].Label != "4" { // the country conditions, numbered, continue
		t.Fatalf("supplement: %v %+v", o.Status, o.Result)
	}
	if _, now := cache.Stats(); now != parsed+1 {
		t.Errorf("the supplement parsed %d files, want only the new one", now-parsed)
	}
	checkPacket(t, o.Out, o.Result)

	// The filed exhibit's file replaced: refused until it gets a new id.
	os.WriteFile(filepath.Join(dir, "evidence", "sister-letter.pdf"), append(letter, '\n'), 0o644)
	if o := BuildAll(context.Background(), []string{caseFile}, BatchOptions{}, nil)[0]; o.Status != Failed ||
		!strings.Contains(o.Err.Error(), "was filed before as Exhibit J") {
		t.Fatalf("changed filed exhibit: %v %v", o.Status, o.Err)
	}
	// Other pages of a filed report, as many as before: a change too.
	os.WriteFile(filepath.Join(dir, "evidence", "sister-letter.pdf"), letter, 0o644)
	y, _ = os.ReadFile(caseFile)
	os.WriteFile(caseFile, []byte(strings.Replace(string(y), `"1-2,7-9"`, `"1-5"`, 1)), 0o644)
	if o := BuildAll(context.Background(), []string{caseFile}, BatchOptions{}, nil)[0]; o.Status != Failed ||
		!strings.Contains(o.Err.Error(), "was filed before as Exhibit 2") {
		t.Fatalf("changed pages of a filed exhibit: %v %v", o.Status, o.Err)
	}
}

// TestExampleDiff rebuilds the example after a document was replaced and
// one added, and asks diff what changed.
func TestExampleDiff(t *testing.T) {
	caseFile := copyExample(t, "immigration-court")
	dir := filepath.Dir(caseFile)
	before := BuildAll(context.Background(), []string{caseFile}, BatchOptions{}, nil)[0]
	if before.Status != Built {
		t.Fatal(before.Err)
	}
	old := mustReadSidecar(t, sidecar.PathFor(before.Out))
	photo := filepath.Join(dir, "evidence", "shop-note.jpg")
	data, _ := os.ReadFile(photo)
	os.WriteFile(photo, append(data, 0), 0o644)
	os.WriteFile(filepath.Join(dir, "evidence", "more.pdf"), rawPDF([]rawPage{{w: 612, h: 792, text: "more"}}, ""), 0o644)
	y, _ := os.ReadFile(caseFile)
	os.WriteFile(caseFile, append(y, []byte("      - { id: more, title: A later report, files: [evidence/more.pdf] }\n")...), 0o644)
	after := BuildAll(context.Background(), []string{caseFile}, BatchOptions{}, nil)[0]
	if after.Status != Built {
		t.Fatal(after.Err)
	}
	d := sidecar.Diff(old, mustReadSidecar(t, sidecar.PathFor(after.Out)))
	if d.Summary.Added != 1 || d.Summary.Replaced != 1 || d.Summary.Removed != 0 {
		t.Fatalf("diff: %+v", d.Summary)
	}
}

// TestExamplesRebuildOnlyChanged builds both examples, changes one exhibit
// of one, and checks that only that case is built again.
func TestExamplesRebuildOnlyChanged(t *testing.T) {
	cases := []string{copyExample(t, "asylum-office"), copyExample(t, "immigration-court")}
	for _, o := range BuildAll(context.Background(), cases, BatchOptions{}, nil) {
		if o.Status != Built {
			t.Fatal(o.Err)
		}
	}
	letter := filepath.Join(filepath.Dir(cases[0]), "evidence", "sister-letter.pdf")
	data, _ := os.ReadFile(letter)
	os.WriteFile(letter, append(data, '\n'), 0o644)
	outs := BuildAll(context.Background(), cases, BatchOptions{}, nil)
	if outs[0].Status != Built || outs[1].Status != Skipped {
		t.Fatalf("after changing one exhibit: %v, %v", outs[0].Status, outs[1].Status)
	}
}

// TestExampleSplit splits the court example for electronic filing: every
// part is under the limit, and the page numbers run on from part to part.
func TestExampleSplit(t *testing.T) {
	caseFile := copyExample(t, "immigration-court")
	y, _ := os.ReadFile(caseFile)
	text := strings.Replace(string(y), "\n  date: ", "\n  split: 150KB\n  date: ", 1)
	if text == string(y) {
		t.Fatal("the example's case file changed shape; update this test")
	}
	os.WriteFile(caseFile, []byte(text), 0o644)
	o := BuildAll(context.Background(), []string{caseFile}, BatchOptions{}, nil)[0]
	if o.Status != Built {
		t.Fatal(o.Err)
	}
	parts := o.Result.Parts
	if len(parts) < 2 {
		t.Fatalf("%d parts", len(parts))
	}
	for k, p := range parts {
		path := filepath.Join(filepath.Dir(caseFile), p.File)
		st, err := os.Stat(path)
		if err != nil || st.Size() > 150_000 {
			t.Errorf("%s: %v, %d bytes", p.File, err, st.Size())
		}
		if k > 0 && p.FirstPage != parts[k-1].LastPage+1 {
			t.Errorf("%s starts at %d after %d", p.File, p.FirstPage, parts[k-1].LastPage)
		}
		in := inspect(t, path)
		first := 1
		if k == 0 {
			first = o.Result.CoverPages + 1
		}
		if want := o.Result.Stamp(p.FirstPage); !hasWords(in.bottom(first), want) {
			t.Errorf("%s: its first numbered page reads %q, want %s", p.File, in.bottom(first), want)
		}
	}
}

func mustLoad(t *testing.T, name string) *Case {
	t.Helper()
	c, err := Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
