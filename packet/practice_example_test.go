package packet

import (
	"archive/zip"
	"context"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exhibitText returns the text of the exhibit id's divider and of each of
// its pages, as poppler extracts them, words joined by single spaces.
func exhibitText(t *testing.T, in *inspected, res *Result, id string) (divider string, pages []string) {
	t.Helper()
	for _, e := range res.Exhibits {
		if e.ID == id {
			for p := e.PDFPage + 1; p <= e.PDFPage+e.PageCount; p++ {
				pages = append(pages, normal(in.all(p)))
			}
			return normal(in.all(e.PDFPage)), pages
		}
	}
	t.Fatalf("no exhibit %q", id)
	return "", nil
}

// TestExampleTranslationsReportsReferences reads the built example back
// with poppler: the combined translator's certificate, the order of
// translation and original, the country reports' citations and excerpts,
// and the references of the letter and the Markdown declaration.
func TestExampleTranslationsReportsReferences(t *testing.T) {
	path, res := buildDir(t, "../examples/asylum-office/case.yaml")
	in := inspect(t, path)
	c, err := Load("../examples/asylum-office/case.yaml")
	if err != nil {
		t.Fatal(err)
	}
	look := c.citations(res)
	cite := func(id string, parens bool) string {
		ct, ok := look(id)
		if !ok {
			t.Fatalf("no exhibit %q", id)
		}
		return ct.text("ref", parens)
	}

	_, birth := exhibitText(t, in, res, "birth-certificate")
	if !strings.HasPrefix(birth[0], "[Translation from Bulgarian]") || !strings.Contains(birth[1], "УДОСТОВЕРЕНИЕ ЗА РАЖДАНЕ") {
		t.Errorf("birth certificate: translation then original expected, got %q / %q", birth[0][:40], birth[1][:40])
	}
	divider, summons := exhibitText(t, in, res, "summons")
	if !strings.Contains(summons[0], "Summons No. 7-4418 of March 28, 2025") || !strings.Contains(summons[1], "ПРИЗОВКА") {
		t.Errorf("summons: the typeset translation, then the original expected")
	}
	cert := summons[len(summons)-1]
	for _, want := range []string{
		"CERTIFICATE OF TRANSLATION", "In the matter of Ivana Petrova, A-246-813-579",
		"I, Katerina Vasileva-Moore, certify that I am competent to translate from Bulgarian into English",
		"complete and accurate, and true and accurate to the best of my knowledge and abilities",
		"Exhibit B: Birth certificate of Ivana Petrova (Удостоверение за раждане), with English translation",
		"Exhibit F: Police summons to appear on April 2, 2025 (Призовка), with English translation",
		"Date: November 18, 2026", "Address: 310 Example Road, Montclair, NJ 07042", "Telephone: (973) 555-0126",
	} {
		if !strings.Contains(cert, want) {
			t.Errorf("the certificate lacks %q:\n%s", want, cert)
		}
	}
	if !strings.Contains(divider, "Contents: English translation (from Bulgarian), original in Bulgarian, translator's certificate.") {
		t.Errorf("summons divider: %s", divider)
	}
	if d, _ := exhibitText(t, in, res, "birth-certificate"); !strings.Contains(d, "certificate covering this document is at the end of Exhibit F") {
		t.Errorf("birth certificate divider: %s", d)
	}

	report, _ := exhibitText(t, in, res, "state-report")
	for _, want := range []string{"Country Reports on Human Rights Practices (fictional sample)", "Published April 20, 2026",
		"https://reports.example/2025/bulgaria", "Accessed November 15, 2026", "Excerpt: pp. 1–3, 14–16 of 40"} {
		if !strings.Contains(report, want) {
			t.Errorf("report divider lacks %q: %s", want, report)
		}
	}
	var index string // the Document column of the index
	for p := res.CoverPages + 1; p <= res.CoverPages+res.IndexPages; p++ {
		index += " " + normal(in.text(p, 100, 0, 360, 792))
	}
	if !strings.Contains(index, "Balkan Justice Monitor, “Bulgaria: Witnesses Without Protection”") {
		t.Errorf("the index lacks the citation: %s", index)
	}

	letter := normal(in.all(1) + " " + in.all(2))
	for _, id := range []string{"police-complaint", "medical-record", "prosecutor-decree"} {
		if want := "(" + cite(id, true) + ")"; !strings.Contains(letter, want) {
			t.Errorf("the letter lacks %q", want)
		}
	}
	_, decl := exhibitText(t, in, res, "declaration")
	all := strings.Join(decl, " ")
	for _, want := range []string{"(" + cite("summons", true) + ")", "see also " + cite("state-report", true) + ")."} {
		if !strings.Contains(all, want) {
			t.Errorf("the declaration lacks %q", want)
		}
	}
	if strings.Contains(all, "{{") {
		t.Error("a reference was printed as written")
	}
}

func TestMarkdownEvidenceProblems(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "evidence"), 0o755)
	os.WriteFile(filepath.Join(dir, "evidence", "decl.md"), []byte("# Declaration\n\nAs {{ref \"passport\"}} shows,\nand {{ref \"visa\"}} too.\n\nMy name: محمد\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "evidence", "empty.txt"), []byte(" \n\n"), 0o644)
	y := `version: 1
forum: asylum-office
applicant: { name: Ivana Petrova, a_number: A-212-345-678 }
asylum_office: { name: Newark Asylum Office, address: "x" }
preparer: { name: "Maria Okafor, Esq." }
filing: { title: Evidence, date: 2026-12-01 }
sections:
  - title: Identity
    exhibits:
      - { id: passport, title: Declaration, files: [evidence/decl.md] }
      - { id: other, title: Other, files: [evidence/empty.txt] }
`
	os.WriteFile(filepath.Join(dir, "case.yaml"), []byte(y), 0o644)
	c, err := Load(filepath.Join(dir, "case.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Validate(context.Background(), c)
	got := err.Error()
	if l, ok := AsErrorList(err); ok {
		got = lines(l)
	}
	md := filepath.Join(dir, "evidence", "decl.md")
	for _, want := range []string{
		md + `:4:5: {{ref "visa"}}: no exhibit has the id "visa"`,
		md + `:6:10: the character "م" (U+0645) cannot be typeset: Markdown and text evidence is printed in Latin`,
		"evidence/empty.txt: the document is empty",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

// TestWordDocuments builds the example with its letter from a user's
// template in which Word split placeholders across runs, and reads the
// Word documents back.
func TestWordDocuments(t *testing.T) {
	caseFile := copyExample(t, "asylum-office")
	dir := filepath.Dir(caseFile)
	tmpl := splitRuns(t, "../templates/cover-letter.docx")
	os.WriteFile(filepath.Join(dir, "letterhead.docx"), tmpl, 0o644)
	y, _ := os.ReadFile(caseFile)
	os.WriteFile(caseFile, []byte(strings.Replace(string(y), "sections:\n", "word: { letter: letterhead.docx }\nsections:\n", 1)), 0o644)
	out := OutputPath(caseFile)
	c, res := buildTo(t, caseFile, out)
	look := c.citations(res)
	letterPath, indexPath := WordPaths(out)
	letter := documentXML(t, letterPath)
	index := documentXML(t, indexPath)
	d, _ := look("police-complaint")
	for _, want := range []string{"Ivana Petrova", "A-246-813-579", "Newark Asylum Office", "Dear Asylum Officer:",
		"(" + d.text("ref", true) + ")", "Bar No. NJ 024681357", "Country conditions", "Bulgaria 2025 Human Rights Report"} {
		if !strings.Contains(letter, want) {
			t.Errorf("the letter lacks %q", want)
		}
	}
	for _, e := range res.Exhibits {
		if !strings.Contains(index, e.Title) || !strings.Contains(index, res.Range(e)) {
			t.Errorf("the index lacks exhibit %s (%s, %s)", e.Label, e.Title, res.Range(e))
		}
	}
	for name, doc := range map[string]string{"letter": letter, "index": index} {
		if strings.Contains(doc, "{{") || strings.Contains(doc, "}}") {
			t.Errorf("a placeholder survives in the %s", name)
		}
	}
}

// splitRuns returns the Word template at path with its placeholders split
// across runs, as Word writes them after an edit: each placeholder's text
// is cut in two runs, the second with its own formatting.
func splitRuns(t *testing.T, path string) []byte {
	t.Helper()
	return rewriteZip(t, path, "word/document.xml", func(s string) string {
		var b strings.Builder
		for {
			i := strings.Index(s, "{{")
			if i < 0 {
				b.WriteString(s)
				return b.String()
			}
			j := strings.Index(s[i:], "}}") + i + 2
			mid := i + (j-i)/2
			b.WriteString(s[:mid] + `</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">` + s[mid:j])
			s = s[j:]
		}
	})
}

func rewriteZip(t *testing.T, path, part string, edit func(string) string) []byte {
	t.Helper()
	r, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var buf strings.Builder
	w := zip.NewWriter(&buf)
	split := false
	for _, f := range r.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == part {
			edited := edit(string(data))
			split = edited != string(data)
			data = []byte(edited)
		}
		fw, _ := w.Create(f.Name)
		fw.Write(data)
	}
	w.Close()
	if !split {
		t.Fatalf("%s: nothing to split in %s", path, part)
	}
	return []byte(buf.String())
}

// documentXML returns word/document.xml in the .docx at path with its
// entities read (&#39; as ').
func documentXML(t *testing.T, path string) string {
	t.Helper()
	r, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, f := range r.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			data, _ := io.ReadAll(rc)
			rc.Close()
			return html.UnescapeString(string(data))
		}
	}
	t.Fatalf("%s: no word/document.xml", path)
	return ""
}

// TestWordTemplateProblems checks that validate finds what would stop
// filling a user's template: an unknown placeholder, and an item field
// sharing a paragraph with a value.
func TestWordTemplateProblems(t *testing.T) {
	caseFile := copyExample(t, "asylum-office")
	dir := filepath.Dir(caseFile)
	edit := func(name, from, to string) {
		os.WriteFile(filepath.Join(dir, name), rewriteZip(t, "../templates/index.docx", "word/document.xml", func(s string) string {
			return strings.Replace(s, from, to, 1)
		}), 0o644)
	}
	edit("unknown.docx", "{{title}}", "{{title}} {{eye_colour}}")
	edit("mixed.docx", "{{title}}", "{{title}} {{section.title}}")
	y, _ := os.ReadFile(caseFile)
	os.WriteFile(caseFile, []byte(strings.Replace(string(y), "sections:\n", "word: { letter: unknown.docx, index: mixed.docx }\nsections:\n", 1)), 0o644)
	_, err := Load(caseFile)
	got := ""
	if l, ok := AsErrorList(err); ok {
		got = lines(l)
	}
	for _, want := range []string{
		`word.letter: "unknown.docx" has placeholders packet does not fill: {{eye_colour}} (allowed: {{a_number}}`,
		`word.index: "mixed.docx" cannot be filled: `,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}
