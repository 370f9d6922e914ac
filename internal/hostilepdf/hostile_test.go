package hostilepdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// TestFindingsSeeEverything is the control for the packet's tests: the
// hostile PDF is sound to outside readers, and Findings reports every
// vector it carries, so a packet that kept any of them would fail.
func TestFindingsSeeEverything(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hostile.pdf")
	if err := os.WriteFile(path, PDF(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(testtool.Need(t, "qpdf"), "--check", path).CombinedOutput(); err != nil || strings.Contains(string(out), "WARNING") {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	text, err := exec.Command(testtool.Need(t, "pdftotext"), path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{PageText, FormText, FieldValue, Checked} {
		if !strings.Contains(string(text), s) {
			t.Errorf("pdftotext does not see %q in the hostile PDF:\n%s", s, text)
		}
	}
	all := strings.Join(Findings(t, path, "hostile.pdf-not-here"), "\n")
	for _, want := range []string{
		"entry /JS", "entry /OpenAction", "entry /AA", "entry /EmbeddedFiles", "entry /EF", "entry /AcroForm",
		"entry /XFA", "entry /Metadata", "entry /PieceInfo", "entry /OPI", "entry /Ref", "entry /RichMediaContent",
		"name /Launch", "name /URI", "name /GoToR", "name /SubmitForm", "name /Rendition", "name /Widget",
		"name /FileAttachment", "name /Sound", "name /Movie", "name /Screen", "name /Filespec", "name /EmbeddedFile",
		"annotation", "info: entry /Author",
		`text "` + Secret, `text "` + Host, `text "` + Script,
		`bytes: "` + Secret, `bytes: "` + Host, `bytes: "` + Script, `bytes: "` + Payload, `bytes: "` + XMP,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("Findings misses %q in the hostile PDF", want)
		}
	}
	if strings.Contains(all, "hostile.pdf-not-here") {
		t.Error("Findings reports a text that is not there")
	}
}
