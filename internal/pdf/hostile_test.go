package pdf

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/hostilepdf"
	"github.com/asylumpacket/packet/internal/testtool"
)

// TestHostileSourceLeavesNothing copies the page of a source that carries
// scripts, actions, embedded files, live fields, media, metadata and file
// names: the copy shows what the page showed, the filled field's value and
// the check box's state included, and carries none of the rest, as qpdf and
// pdftotext see it.
func TestHostileSourceLeavesNothing(t *testing.T) {
	src, err := Read(context.Background(), bytes.NewReader(hostilepdf.PDF()), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	var d Doc
	d.AddSourcePage(src, 0, Margins{18, 18, 40, 18})
	d.SetInfo(Info{Title: "Packet", Producer: "packet"})
	path := filepath.Join(t.TempDir(), "packet.pdf")
	if err := os.WriteFile(path, write(t, &d), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(testtool.Need(t, "qpdf"), "--check", path).CombinedOutput(); err != nil || strings.Contains(string(out), "WARNING") {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	for _, f := range hostilepdf.Findings(t, path) {
		t.Error(f)
	}
	text, err := exec.Command(testtool.Need(t, "pdftotext"), path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{hostilepdf.PageText, hostilepdf.FormText, hostilepdf.FieldValue, hostilepdf.Checked} {
		if !bytes.Contains(text, []byte(s)) {
			t.Errorf("the copy does not show %q:\n%s", s, text)
		}
	}
	if bytes.Contains(text, []byte(hostilepdf.Unchecked)) {
		t.Error("the copy shows the check box's unchecked appearance")
	}
}
