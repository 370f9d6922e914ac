package packet

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestRedactionLeaks warns, at the redaction's line and naming the other
// place and its line, of a redacted phrase that the packet prints as it
// is elsewhere: the cover letter, another exhibit's description, another
// exhibit's typed document. The phrase itself is never in a message.
func TestRedactionLeaks(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "evidence/letter.md"), []byte("The neighbour Stoyan Kolev saw the car.\n"))
	writeFile(t, filepath.Join(dir, "evidence/declaration.md"), []byte("# Declaration\n\nOur neighbour, stoyan\nKOLEV, told me.\n"))
	writeFile(t, filepath.Join(dir, "evidence/other.md"), []byte("Nothing about the neighbour.\n"))
	yaml := strings.Replace(marksHeader, "filing: { title: Applicant's Evidence, date: 2026-12-01 }",
		"filing: { title: Applicant's Evidence, date: 2026-12-01, letter: \"Mr Stoyan Kolev saw the arrest.\" }", 1) +
		`      - id: letter
        title: Letter from a neighbour
        files: [evidence/letter.md]
        redact: [Stoyan Kolev]
      - id: declaration
        kind: declaration
        title: Declaration of Ana Testova
        files: [evidence/declaration.md]
      - id: other
        title: Letter from his wife
        description: The wife of Stoyan Kolev confirms the visit.
        files: [evidence/other.md]
`
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(yaml))
	sum, err := validateCase(t, filepath.Join(dir, "case.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range sum.Warnings {
		got = append(got, w.Error())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"case.yaml:13:18: sections[0].exhibits[0].redact[0]: Exhibit A: the phrase redacted from its pages is also in the cover letter (filing.letter, line 6)",
		"case.yaml:13:18: sections[0].exhibits[0].redact[0]: Exhibit A: the phrase redacted from its pages is also in Exhibit B's document evidence/declaration.md (sections[0].exhibits[1].files[0], line 17)",
		"case.yaml:13:18: sections[0].exhibits[0].redact[0]: Exhibit A: the phrase redacted from its pages is also in Exhibit C's description (sections[0].exhibits[2].description, line 20)",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack\n%s\ngot:\n%s", want, all)
		}
	}
	if n := strings.Count(all, "redacted from its pages is also in"); n != 3 {
		t.Errorf("%d such warnings, want 3:\n%s", n, all)
	}
	if strings.Contains(strings.ToLower(all), "kolev") {
		t.Errorf("a warning quotes the redacted phrase:\n%s", all)
	}
}
