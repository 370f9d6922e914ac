package packet

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/sidecar"
)

// TestSupplement files a packet, then supplements it: the new exhibits
// continue the letters and page numbers, the filed ones are listed but not
// repeated, and a filed exhibit whose content changed is refused.
func TestSupplement(t *testing.T) {
	dir := t.TempDir()
	caseFile := writeCase(t, dir, genSpec{seed: 40, exhibits: 4, sections: 2})
	out := filepath.Join(dir, "case.pdf")
	c, filed := buildTo(t, caseFile, out)
	record, err := Record(c, out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Record(c, out); err == nil || !strings.Contains(err.Error(), "never overwritten") {
		t.Fatalf("a second record: %v", err)
	}

	// The supplement: a new filing date, the record, two new exhibits.
	os.WriteFile(filepath.Join(dir, "evidence", "new1.pdf"), rawPDF([]rawPage{{w: 612, h: 792, text: "new one"}}, ""), 0o644)
	os.WriteFile(filepath.Join(dir, "evidence", "new2.pdf"), rawPDF([]rawPage{{w: 612, h: 792, text: "new two"}, {w: 595, h: 842, text: "p2"}}, ""), 0o644)
	y, _ := os.ReadFile(caseFile)
	text := strings.Replace(string(y), "date: 2026-12-01 }", "date: 2027-03-01 }\nsupplement: { filed: "+filepath.ToSlash(mustRel(t, dir, record))+", list_previous: true }", 1)
	text += "      - { id: new-1, title: A letter that arrived in February, files: [evidence/new1.pdf] }\n"
	text += "      - { id: new-2, title: A second new letter, files: [evidence/new2.pdf] }\n"
	os.WriteFile(caseFile, []byte(text), 0o644)

	c, err = Load(caseFile)
	if err != nil {
		t.Fatal(err)
	}
	res, err := BuildFile(context.Background(), c, out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Exhibits) != 2 || res.Exhibits[0].Label != "E" || res.Exhibits[1].Label != "F" {
		t.Fatalf("new exhibits: %+v", res.Exhibits)
	}
	if res.FirstNumber != filed.LastNumber+1 {
		t.Fatalf("numbers start at %d, want %d", res.FirstNumber, filed.LastNumber+1)
	}
	checkPacket(t, out, res)
	in := inspect(t, out)
	if letter := in.all(1); !strings.Contains(letter, "This supplement adds Exhibits E–F") {
		t.Errorf("the letter does not say what is new: %q", letter)
	}
	index := ""
	for p := res.CoverPages + 1; p <= res.CoverPages+res.IndexPages; p++ {
		index += in.all(p)
	}
	if !strings.Contains(index, "Previously filed on December 1, 2026") || !strings.Contains(index, "Document 1") {
		t.Errorf("the index does not list the filed exhibits: %q", index)
	}
	s, _ := sidecar.Read(sidecar.PathFor(out))
	if len(s.Previous) != 4 || len(s.Exhibits) != 2 {
		t.Fatalf("sidecar: %d previous, %d exhibits", len(s.Previous), len(s.Exhibits))
	}
	if d := sidecar.Diff(mustReadSidecar(t, record), s); d.Summary.Added != 2 || d.Summary.Removed != 0 {
		t.Fatalf("diff: %+v", d.Summary)
	}
	if !UpToDate(mustLoad(t, caseFile), out, nil) {
		t.Fatal("a supplement is never up to date")
	}
	recData, _ := os.ReadFile(record)
	os.WriteFile(record, []byte(strings.Replace(string(recData), `"last": `, `"last": 1`, 1)), 0o644)
	if UpToDate(mustLoad(t, caseFile), out, nil) {
		t.Fatal("a changed filed record goes unnoticed")
	}
	os.WriteFile(record, recData, 0o644)

	// The case's own sidecar is no record of an earlier filing.
	own := strings.Replace(text, filepath.ToSlash(mustRel(t, dir, record)), "case.json", 1)
	os.WriteFile(caseFile, []byte(own), 0o644)
	if _, err := Load(caseFile); err == nil || !strings.Contains(err.Error(), "this case's own sidecar") {
		t.Fatalf("own sidecar as the record: %v", err)
	}
	os.WriteFile(caseFile, []byte(text), 0o644)

	// A filed exhibit whose file changed is a contradiction: refused.
	first := filed.Exhibits[0].Files[0].Path
	data, _ := os.ReadFile(filepath.Join(dir, first))
	os.WriteFile(filepath.Join(dir, first), append(data, ' '), 0o644)
	c, _ = Load(caseFile)
	_, err = Validate(context.Background(), c)
	if err == nil || !strings.Contains(err.Error(), "was filed before as Exhibit A") {
		t.Fatalf("a changed filed exhibit: %v", err)
	}
}

func mustRel(t *testing.T, base, target string) string {
	rel, err := filepath.Rel(base, target)
	if err != nil {
		t.Fatal(err)
	}
	return rel
}

func mustReadSidecar(t *testing.T, name string) *sidecar.Sidecar {
	s, err := sidecar.Read(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
