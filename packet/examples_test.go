package packet

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// TestExamples builds every example twice: the builds must be byte-identical
// and pass the independent checks, and MuPDF must render every page.
func TestExamples(t *testing.T) {
	cases, _ := filepath.Glob("../examples/*/case.yaml")
	if len(cases) < 2 {
		t.Fatalf("found %d examples", len(cases))
	}
	for _, caseFile := range cases {
		t.Run(filepath.Base(filepath.Dir(caseFile)), func(t *testing.T) {
			a, res := buildTwice(t, caseFile)
			checkPacket(t, a, res)
			data, _ := os.ReadFile(a)
			for _, leak := range []string{"casegen", "FPDF", "/Author", "evidence/", "Exif"} {
				if strings.Contains(string(data), leak) {
					t.Errorf("the packet contains %q from its sources", leak)
				}
			}
			out, err := exec.Command(testtool.Need(t, "mutool"), "draw", "-q", "-r", "10", "-F", "txt", "-o", os.DevNull, a).CombinedOutput()
			if err != nil || strings.Contains(string(out), "error") {
				t.Errorf("mutool draw: %v\n%s", err, out)
			}
		})
	}
}

// TestExampleNames checks that the applicant's Cyrillic name reaches the
// cover letter and the index as text a reader can search.
func TestExampleNames(t *testing.T) {
	path, res := buildDir(t, "../examples/asylum-office/case.yaml")
	in := inspect(t, path)
	for _, p := range []int{1, res.CoverPages + 1} { // the letter's first page and the index's
		if !strings.Contains(in.all(p), "Ивана Петрова") {
			t.Errorf("page %d lacks the name in Cyrillic", p)
		}
	}
}
