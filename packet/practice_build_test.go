package packet

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// practiceSpec makes a case with every way of filing a foreign document:
// translated files, translations typeset from the case file (citing other
// exhibits), original first or translation first, a translator with one
// combined certificate and others with one each, declarations with
// certificates of interpretation, and a numbered section of excerpted
// country reports.
func writePracticeCase(t *testing.T, dir string, n int, seed uint64) string {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 3))
	write := func(name string, data []byte) {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	doc := func(name, marker string, pages int) {
		ps := make([]rawPage, pages)
		for i := range ps {
			sz := pageSizes[r.IntN(3)]
			ps[i] = rawPage{w: sz[0], h: sz[1], text: fmt.Sprintf("%s page %d", marker, i+1)}
		}
		write(name, rawPDF(ps, ""))
	}
	var y strings.Builder
	y.WriteString(`version: 1
forum: asylum-office
applicant: { name: Ivana Petrova, a_number: A-212-345-678 }
asylum_office: { name: Newark Asylum Office, address: "1200 Wall Street West" }
preparer: { name: "Maria Okafor, Esq." }
filing:
  title: Evidence
  date: 2026-12-01
  letter: "We cite ({{ref \"doc-1\"}}) and {{ref \"report-1\"}}."
translators:
  - { id: combo, name: Elena Dimitrova, address: "5 Oak Lane", phone: "555-0190", combined: true }
sections:
  - title: Documents
    exhibits:
`)
	for k := 1; k <= n; k++ {
		pages := 1 + r.IntN(3)
		doc(fmt.Sprintf("evidence/o%d.pdf", k), fmt.Sprintf("Original %d", k), pages)
		fmt.Fprintf(&y, "      - id: doc-%d\n        title: Document number %d\n        files: [evidence/o%d.pdf]\n", k, k, k)
		switch k % 4 {
		case 1:
			doc(fmt.Sprintf("evidence/t%d.pdf", k), fmt.Sprintf("Translation %d", k), 1+r.IntN(2))
			fmt.Fprintf(&y, "        language: Bulgarian\n        translation: { files: [evidence/t%d.pdf], translator: combo }\n", k)
		case 2:
			order := []string{"translation-first", "original-first"}[r.IntN(2)]
			cite := 1 + r.IntN(n)
			fmt.Fprintf(&y, "        language: Russian\n        translation:\n          order: %s\n          translator: { name: Petar Ivanov%d, phone: 555-01%02d }\n", order, k, k)
			fmt.Fprintf(&y, "          text: |\n            # Translation %d\n\n            %s\n\n            As shown in {{ref \"doc-%d\"}}, pages {{pages \"doc-%d\"}}.\n",
				k, strings.Repeat("The translated text goes on. ", 20+r.IntN(200)), cite, cite)
		case 3:
			fmt.Fprintf(&y, "        kind: declaration\n        interpretation: { language: Spanish, interpreter: { name: Rosa Vidal%d } }\n", k)
		}
	}
	doc("evidence/report.pdf", "Report", 30)
	y.WriteString(`  - title: Country conditions
    labels: numbers
    exhibits:
      - id: report-1
        kind: country-report
        title: Annual Report
        source: Rights Monitor
        date: 2026-03
        url: https://example.org/report
        accessed: 2026-11-02
        pages: "2-4,10"
        files: [evidence/report.pdf]
`)
	write("case.yaml", []byte(y.String()))
	return filepath.Join(dir, "case.yaml")
}

// normal joins a text's words with single spaces.
func normal(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestTranslationsAndCertificates(t *testing.T) {
	for _, c := range []struct {
		n    int
		seed uint64
	}{{9, 1}, {30, 2}} {
		dir := t.TempDir()
		path, res := buildDir(t, writePracticeCase(t, dir, c.n, c.seed))
		checkPacket(t, path, res)
		in := inspect(t, path)
		k, err := Load(filepath.Join(dir, "case.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		look := k.citations(res)
		lastCombo := ""
		for _, e := range res.Exhibits {
			if strings.HasPrefix(e.ID, "doc-") {
				var num int
				fmt.Sscanf(e.ID, "doc-%d", &num)
				if num%4 == 1 {
					lastCombo = e.ID
				}
			}
		}
		certificates := 0
		for _, e := range res.Exhibits {
			var num int
			fmt.Sscanf(e.ID, "doc-%d", &num)
			var text []string
			for p := e.PDFPage + 1; p <= e.PDFPage+e.PageCount; p++ {
				text = append(text, normal(in.all(p)))
			}
			first, last := text[0], text[len(text)-1]
			switch {
			case e.ID == "report-1":
				if divider := normal(in.all(e.PDFPage)); !strings.Contains(divider, "Excerpt: pp. 2–4, 10 of 30") || !strings.Contains(divider, "Accessed November 2, 2026") {
					t.Errorf("report divider: %s", divider)
				}
				if e.PageCount != 4 || !strings.HasPrefix(first, "Report page 2") || !strings.HasPrefix(last, "Report page 10") {
					t.Errorf("report pages: %q … %q", first, last)
				}
			case num%4 == 1:
				if !strings.HasPrefix(first, fmt.Sprintf("Translation %d page 1", num)) {
					t.Errorf("%s starts with %q, want its translation", e.ID, first)
				}
				if e.ID == lastCombo {
					if !strings.Contains(last, "CERTIFICATE OF TRANSLATION") {
						t.Errorf("%s: the combined certificate is not last: %q", e.ID, last)
					}
					for _, o := range res.Exhibits {
						var m int
						fmt.Sscanf(o.ID, "doc-%d", &m)
						if m%4 == 1 && !strings.Contains(last, fmt.Sprintf("Exhibit %s: Document number %d", o.Label, m)) {
							t.Errorf("the combined certificate does not list %s", o.Label)
						}
					}
				} else if strings.Contains(last, "CERTIFICATE") {
					t.Errorf("%s carries a certificate of its own", e.ID)
				}
			case num%4 == 2:
				want := fmt.Sprintf("Translation %d", num)
				if k.Sections[0].Exhibits[num-1].Translation.Order == OriginalFirst {
					want = fmt.Sprintf("Original %d page 1", num)
				}
				if !strings.HasPrefix(first, want) {
					t.Errorf("%s starts with %q, want %q", e.ID, first[:min(len(first), 40)], want)
				}
				if !strings.Contains(last, "CERTIFICATE OF TRANSLATION") || !strings.Contains(last, fmt.Sprintf("Petar Ivanov%d", num)) {
					t.Errorf("%s: no certificate of its own at its end: %q", e.ID, last)
				}
				all := strings.Join(text, " ")
				var cite int
				i := strings.Index(all, "As shown in Exhibit ")
				if i < 0 {
					t.Fatalf("%s: no reference printed: %s", e.ID, all)
				}
				for _, o := range res.Exhibits {
					c, _ := look(o.ID)
					if strings.HasPrefix(all[i:], "As shown in "+c.text("ref", false)+", pages "+c.pages+".") {
						cite++
					}
				}
				if cite != 1 {
					t.Errorf("%s: the reference does not match the packet: %s", e.ID, all[i:min(len(all), i+80)])
				}
			case num%4 == 3:
				if !strings.Contains(last, "CERTIFICATE OF INTERPRETATION") || !strings.Contains(last, "Spanish") {
					t.Errorf("%s: no certificate of interpretation: %q", e.ID, last)
				}
			}
			for _, p := range text {
				if strings.Contains(p, "CERTIFICATE OF TRANSLATION") {
					certificates++
				}
			}
		}
		twos := 0
		for k := 1; k <= c.n; k++ {
			if k%4 == 2 {
				twos++
			}
		}
		if want := twos + 1; certificates != want {
			t.Errorf("%d translators' certificates, want %d", certificates, want)
		}
		cover := normal(in.all(1))
		d1, _ := look("doc-1")
		r1, _ := look("report-1")
		if want := "We cite (" + d1.text("ref", true) + ") and " + r1.text("ref", false) + "."; !strings.Contains(cover, want) {
			t.Errorf("the letter lacks %q:\n%s", want, cover)
		}
	}
}
