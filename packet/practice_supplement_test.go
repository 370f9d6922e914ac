package packet

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSupplementKeepsTypesetExhibits files a packet whose declaration
// (Markdown, citing exhibits) and typed translation are then supplemented:
// unchanged, they are accepted as filed however long their provisional
// typesetting is; an edited translation is a changed exhibit.
func TestSupplementKeepsTypesetExhibits(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "evidence"), 0o755)
	os.WriteFile(filepath.Join(dir, "evidence", "a.pdf"), rawPDF([]rawPage{{w: 612, h: 792, text: "A"}}, ""), 0o644)
	os.WriteFile(filepath.Join(dir, "evidence", "decl.md"), []byte("# Declaration\n\n"+strings.Repeat(`See {{ref "a"}} and {{ref "b"}}. `, 700)+"\n"), 0o644)
	y := `version: 1
forum: asylum-office
applicant: { name: Ivana Petrova, a_number: A-212-345-678 }
asylum_office: { name: Newark Asylum Office, address: "x" }
preparer: { name: "Maria Okafor, Esq." }
filing: { title: Evidence, date: 2026-12-01 }
translators: [{ id: t, name: Elena Dimitrova, combined: true }]
sections:
  - title: Evidence
    exhibits:
      - { id: a, title: A, files: [evidence/a.pdf] }
      - { id: b, title: Declaration, files: [evidence/decl.md] }
      - id: c
        title: Summons
        language: Bulgarian
        files: [evidence/a.pdf]
        translation: { translator: t, text: "The summons, translated." }
`
	caseFile := filepath.Join(dir, "case.yaml")
	os.WriteFile(caseFile, []byte(y), 0o644)
	c := mustLoad(t, caseFile)
	if _, err := BuildFile(context.Background(), c, OutputPath(caseFile), nil); err != nil {
		t.Fatal(err)
	}
	record, err := Record(c, OutputPath(caseFile))
	if err != nil {
		t.Fatal(err)
	}
	supplement := strings.Replace(y, "date: 2026-12-01 }", "date: 2027-02-01 }\nsupplement: { filed: "+mustRel(t, dir, record)+" }", 1) +
		"      - { id: d, title: New, files: [evidence/a.pdf] }\n"
	os.WriteFile(caseFile, []byte(supplement), 0o644)
	res, err := BuildFile(context.Background(), mustLoad(t, caseFile), OutputPath(caseFile), nil)
	if err != nil {
		t.Fatalf("an unchanged typeset exhibit taken for a changed one: %v", err)
	}
	if len(res.Exhibits) != 1 || res.Exhibits[0].Label != "D" {
		t.Errorf("supplement: %+v", res.Exhibits)
	}
	os.WriteFile(caseFile, []byte(strings.Replace(supplement, "The summons, translated.", "The summons, translated again.", 1)), 0o644)
	_, err = BuildFile(context.Background(), mustLoad(t, caseFile), OutputPath(caseFile), nil)
	if err == nil || !strings.Contains(err.Error(), "was filed before as Exhibit C") {
		t.Errorf("an edited translation of a filed exhibit: %v", err)
	}
}
