package packet

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/asylumpacket/packet/internal/hostilepdf"
	"github.com/asylumpacket/packet/internal/testtool"
)

// hostileName is the evidence file's own name, which the packet must not
// carry anywhere.
const hostileName = "karimova-original-scan-0417"

// TestHostileEvidenceLeavesNothing builds a whole packet around a PDF that
// carries scripts, actions, embedded files, live form fields, media,
// metadata and file names: the exhibit shows the filled field and the
// checked box, and the packet carries none of the rest, as qpdf and
// pdftotext see it.
func TestHostileEvidenceLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "evidence"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "evidence", hostileName+".pdf"), hostilepdf.PDF(), 0o644); err != nil {
		t.Fatal(err)
	}
	report := "The authorities do not investigate complaints.\n"
	if err := os.WriteFile(filepath.Join(dir, "evidence", "report.txt"), []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	caseYAML := `version: 1
forum: asylum-office
asylum_office: { name: Newark Asylum Office, address: "1200 Wall Street West\nLyndhurst, NJ 07071" }
applicant: { name: Dilnoza Karimova, a_number: A-212-345-678 }
preparer: { name: "Maria Okafor, Esq." }
filing: { title: Applicant's Evidence in Support of Form I-589, date: 2026-12-01 }
sections:
  - title: Identity
    exhibits:
      - id: form
        title: Completed registration form
        files: [evidence/` + hostileName + `.pdf]
  - title: Country conditions
    labels: numbers
    exhibits:
      - id: report
        kind: country-report
        title: Country Report 2026
        source: U.S. Department of State
        date: 2026-04-20
        url: https://www.state.gov/reports/2026-country-reports/
        accessed: 2026-11-15
        files: [evidence/report.txt]
`
	caseFile := filepath.Join(dir, "case.yaml")
	if err := os.WriteFile(caseFile, []byte(caseYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	path, res := buildDir(t, caseFile)
	checkPacket(t, path, res)

	for _, f := range hostilepdf.Findings(t, path, hostileName, "evidence/") {
		t.Error(f)
	}
	page := strconv.Itoa(res.Exhibits[0].PDFPage + 1) // the page after the divider
	text, err := exec.Command(testtool.Need(t, "pdftotext"), "-f", page, "-l", page, path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{hostilepdf.PageText, hostilepdf.FormText, hostilepdf.FieldValue, hostilepdf.Checked} {
		if !bytes.Contains(text, []byte(s)) {
			t.Errorf("page %s does not show %q:\n%s", page, s, text)
		}
	}
	if bytes.Contains(text, []byte(hostilepdf.Unchecked)) {
		t.Errorf("page %s shows the check box's unchecked appearance", page)
	}
}
