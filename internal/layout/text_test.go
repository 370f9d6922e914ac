package layout

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// pageText returns the text of the first n pages of r's PDF as pdftotext
// -layout extracts it, every page when n is 0.
func pageText(t *testing.T, r *Rendered, n int) []string {
	t.Helper()
	bin := testtool.Need(t, "pdftotext")
	name := filepath.Join(t.TempDir(), "packet.pdf")
	if err := os.WriteFile(name, r.PDF, 0o644); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		n = r.CoverPages + r.IndexPages + len(r.Dividers) + len(r.ServicePages)
	}
	pages := make([]string, n)
	for i := range pages {
		p := strconv.Itoa(i + 1)
		out, err := exec.Command(bin, "-layout", "-f", p, "-l", p, name, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext page %s: %v", p, err)
		}
		pages[i] = string(out)
	}
	return pages
}

// wantText fails unless page i's text holds each of want.
func wantText(t *testing.T, pages []string, i int, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(pages[i], w) {
			t.Errorf("page %d lacks %q; it reads:\n%s", i, w, pages[i])
		}
	}
}

// hasWord reports whether s holds w delimited by spaces or line ends.
func hasWord(s, w string) bool {
	return regexp.MustCompile(`(?m)(^|\s)` + regexp.QuoteMeta(w) + `(\s|$)`).MatchString(s)
}

func TestTextAsylumOffice(t *testing.T) {
	d := asylumDoc()
	r := mustRender(t, d)
	pages := pageText(t, r, 0)

	wantText(t, pages, 0, "Okafor & Nguyễn Immigration Law PLLC", "Ивана Петрова", "A-Number: A-212-345-678",
		"Date of Birth: March 3, 1991", "Nationality: Bulgaria", "Dear Asylum Officer:",
		"6 exhibits, 36 pages in all", "Respectfully submitted,", "Bar No. NY 5551234")

	idx := r.CoverPages
	wantText(t, pages, idx, "INDEX OF EXHIBITS", "Ивана Петрова", "Identity", "Harm suffered",
		"Country conditions", "Удостоверение за", "PETROVA-000024 –", "PETROVA-000031")
	n := 0
	for _, s := range d.Sections {
		for _, e := range s.Exhibits {
			if !hasWord(pages[idx], e.Label) {
				t.Errorf("index lacks label %q", e.Label)
			}
			if !strings.Contains(e.Pages, "PETROVA") && !hasWord(pages[idx], e.Pages) {
				t.Errorf("index lacks page range %q", e.Pages)
			}
			div := pages[r.Dividers[n]]
			wantText(t, pages, r.Dividers[n], "EXHIBIT", count(e.PageCount, "page"))
			if !hasWord(div, e.Label) {
				t.Errorf("divider %d lacks label %q", n, e.Label)
			}
			n++
		}
	}
	wantText(t, pages, r.Dividers[1], "Удостоверение за раждане")
}

func TestTextImmigrationCourt(t *testing.T) {
	d := courtDoc()
	r := mustRender(t, d)
	pages := pageText(t, r, 0)
	wantText(t, pages, 0, "DETAINED", "EOIR ID: ZX123456", "UNITED STATES DEPARTMENT OF JUSTICE",
		"EXECUTIVE OFFICE FOR IMMIGRATION REVIEW", "NEW YORK, NY", "In the Matter of:", "Ivana Petrova",
		"Ивана Петрова", "Respondent.", "In Removal Proceedings", "File No.: A-212-345-678",
		"Immigration Judge: Hon. Elena Marsh", "Next Hearing: January 20, 2027, 9:00 AM",
		"RESPONDENT'S EVIDENCE IN SUPPORT OF")
	s := r.ServicePages[0]
	wantText(t, pages, s, "CERTIFICATE OF SERVICE", "On December 1, 2026, I, Maria Okafor, Esq., served",
		"DHS Office", "electronic service through ECAS.")

	d.Applicant.Detained = false
	pages = pageText(t, mustRender(t, d), 1)
	if strings.Contains(pages[0], "DETAINED") {
		t.Error("DETAINED printed for a respondent who is not detained")
	}
}

func TestTextIndexManyPages(t *testing.T) {
	d := manyDoc(120)
	r := mustRender(t, d)
	pages := pageText(t, r, r.CoverPages+r.IndexPages)
	for i := 1; i < r.IndexPages; i++ {
		wantText(t, pages, r.CoverPages+i, "INDEX OF EXHIBITS (continued)", "Exhibit", "Document", "Pages")
	}
	n := 0
	for _, s := range d.Sections {
		for _, e := range s.Exhibits {
			p := pages[r.Links[n].Page]
			if !hasWord(p, e.Label) || !hasWord(p, e.Pages) {
				t.Errorf("exhibit %d: page %d lacks %q or %q", n, r.Links[n].Page, e.Label, e.Pages)
			}
			n++
		}
	}
}
