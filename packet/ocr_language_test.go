package packet

import (
	"bytes"
	"image/png"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/script"
	"github.com/asylumpacket/packet/internal/testtool"
	"github.com/go-pdf/fpdf"
)

// bulgarianHeader is marksHeader with a translator, for a Bulgarian
// exhibit and its English translation.
var bulgarianHeader = strings.Replace(marksHeader, "sections:", `translators:
  - { id: tr, name: Katerina Testova, address: "1 Example Road\nNewark, NJ 07102", phone: "(973) 555-0100", date: 2026-11-18 }
sections:`, 1)

// TestOCRInTheDocumentsLanguage reads a scanned Bulgarian letter with
// tesseract's Bulgarian data, as its language says: its Cyrillic words
// become searchable, and a name is redacted in it and in its typed
// translation, which is read as English.
func TestOCRInTheDocumentsLanguage(t *testing.T) {
	testtool.NeedOCRLanguage(t, "bul")
	out, res := buildScan(t, scanPNG(t, []string{
		"Съседът Стоян Колев видя колата.",
		"Той поиска защита на свидетели.",
		"Никой не отговори на жалбата му.",
	}), `        language: Bulgarian
        highlight: [защита на свидетели]
        redact: [Стоян Колев, Stoyan Kolev]
        translation:
          translator: tr
          text: |
            The neighbour Stoyan Kolev saw the car.
            He asked for witness protection.
            Nobody answered his complaint.
`)
	checkText(t, out, []string{"Съседът", "колата", "свидетели", "жалбата", "neighbour"}, []string{"Колев", "Kolev"})
	e := res.Exhibits[0]
	if len(e.Recognised) != 1 || len(e.Redacted) != 2 || len(e.Highlighted) != 1 {
		t.Errorf("recognised %v, redacted %v, highlighted %v", e.Recognised, e.Redacted, e.Highlighted)
	}
}

// buildScan builds a case of one exhibit: the scanned page png, to be
// recognised, with the exhibit's other fields as given.
func buildScan(t *testing.T, png []byte, fields string) (string, *Result) {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "evidence/letter.png"), png)
	yaml := bulgarianHeader + `      - id: letter
        title: Letter
        files: [evidence/letter.png]
        ocr: true
` + fields
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(yaml))
	return buildDir(t, filepath.Join(dir, "case.yaml"))
}

// checkText checks that poppler finds every word of want in the packet
// out, and none of gone.
func checkText(t *testing.T, out string, want, gone []string) {
	t.Helper()
	text := testtool.Text(t, out)
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the packet's text lacks %q:\n%s", w, text)
		}
	}
	for _, g := range gone {
		if strings.Contains(text, g) {
			t.Errorf("the redacted %q is in the text", g)
		}
	}
}

// TestOCRLanguageErrors: a language packet has no tesseract data name
// for, data that is not installed, and a malformed ocr list, each at its
// line, all at once.
func TestOCRLanguageErrors(t *testing.T) {
	testtool.Need(t, "tesseract")
	dir := t.TempDir()
	scan := scanPNG(t, []string{"A scanned page."})
	writeFile(t, filepath.Join(dir, "evidence/a.png"), scan)
	yaml := bulgarianHeader + `      - id: tigre
        title: Letter in Tigre
        language: Tigre
        files: [evidence/a.png]
        ocr: true
        translation: { translator: tr, text: "A letter." }
      - id: named
        title: Letter read with data that is not installed
        files: [evidence/a.png]
        ocr: [xyz, eng]
`
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(yaml))
	_, err := validateCase(t, filepath.Join(dir, "case.yaml"))
	got := allProblems(err)
	for _, want := range []string{
		`case.yaml:14:19: sections[0].exhibits[0].language: Exhibit A has scanned pages to recognise in Tigre, for which packet knows no tesseract data: name the data with ocr: [...]`,
		`case.yaml:21:14: sections[0].exhibits[1].ocr: Exhibit B has 1 scanned page to recognise, but tesseract has no data for "xyz" (on Debian or Ubuntu: apt-get install tesseract-ocr-xyz;`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack\n%s\ngot:\n%s", want, got)
		}
	}

	for _, tc := range []struct{ ocr, want string }{
		{"[]", `case.yaml:21:14: sections[0].exhibits[1].ocr: is an empty list`},
		{"[eng, -l]", `case.yaml:21:20: sections[0].exhibits[1].ocr[1]: "-l" is not a tesseract language name`},
		{"[eng, eng]", `case.yaml:21:20: sections[0].exhibits[1].ocr[1]: repeats "eng"`},
		{"yes", `case.yaml:21:14: sections[0].exhibits[1].ocr: must be true or false, not "yes"`},
	} {
		writeFile(t, filepath.Join(dir, "case.yaml"), []byte(strings.Replace(yaml, "ocr: [xyz, eng]", "ocr: "+tc.ocr, 1)))
		_, err := Load(filepath.Join(dir, "case.yaml"))
		if got := allProblems(err); !strings.Contains(got, tc.want) {
			t.Errorf("ocr: %s: got\n%s\nwant %s", tc.ocr, got, tc.want)
		}
	}
}

// scriptPDF sets lines of any script, shaped and joined as print is, each
// right-aligned when right is set (as Persian is set), and returns the
// PDF. A line "\f" starts a new page.
func scriptPDF(t *testing.T, lines []string, right bool) []byte {
	t.Helper()
	f := fpdf.New("P", "pt", "Letter", "")
	f.AddPage()
	w := script.NewWriter(f, script.Builtin())
	y := 120.0
	for _, l := range lines {
		if l == "\f" {
			f.AddPage()
			y = 120
			continue
		}
		x := 72.0
		if right {
			x = 540 - w.Width(l, false, 12)
		}
		w.Text(x, y, l, false, 12)
		y += 24
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// persianScan draws lines of Persian and returns the page as a 150 dpi
// picture without a text layer.
func persianScan(t *testing.T, lines []string) []byte {
	t.Helper()
	name := filepath.Join(t.TempDir(), "page.pdf")
	writeFile(t, name, scriptPDF(t, lines, true))
	var b bytes.Buffer
	if err := png.Encode(&b, testtool.RenderPage(t, name, 1, "-r", "150", "-gray")); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestOCRRightToLeft reads a scanned Persian letter with tesseract's
// Persian data: a word is highlighted where poppler finds it in the text
// layer, and a name is redacted out of it, though the recognised words
// run from right to left.
func TestOCRRightToLeft(t *testing.T) {
	testtool.NeedOCRLanguage(t, "fas")
	out, res := buildScan(t, persianScan(t, []string{
		"پدرم حسین رضایی این نامه را نوشت",
		"دادگاه وثیقه خانه را ضبط کرد",
		"ماموران فردای جلسه آمدند",
	}), `        language: Persian
        highlight: [وثیقه]
        redact: [حسین رضایی, Hossein Rezaei]
        translation:
          translator: tr
          text: |
            My father Hossein Rezaei wrote this letter.
            The court seized the bail on the house.
            The officers came the day after the hearing.
`)
	checkText(t, out, []string{"دادگاه", "ماموران", "father"}, []string{"رضایی", "حسین", "Rezaei"})
	if n := checkHighlights(t, out, []string{"وثیقه"}); n != 1 {
		t.Errorf("%d highlights, want 1", n)
	}
	e := res.Exhibits[0]
	if len(e.Recognised) != 1 || len(e.Redacted) != 2 || len(e.Highlighted) != 1 {
		t.Errorf("recognised %v, redacted %v, highlighted %v", e.Recognised, e.Redacted, e.Highlighted)
	}
}

// TestRightToLeftInText highlights and redacts Persian phrases in a PDF
// with a text layer, inside English sentences and on a Persian line: the
// words of a right-to-left phrase, drawn last word first, are found in
// reading order. The highlight is on a page of its own, where poppler
// reads the words as the letter drew them.
func TestRightToLeftInText(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "evidence/summons.pdf"), scriptPDF(t, []string{
		"The Revolutionary Court دادگاه انقلاب summoned her on 6 December.",
		"\f",
		"Her father, حسین رضایی, wrote to the court.",
		"پدرم حسین رضایی این نامه را نوشت",
	}, false))
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(marksHeader+`      - id: summons
        title: Summons
        files: [evidence/summons.pdf]
        highlight: [دادگاه انقلاب]
        redact: [حسین رضایی]
`))
	out, res := buildDir(t, filepath.Join(dir, "case.yaml"))
	checkText(t, out, []string{"Revolutionary", "father", "نامه"}, []string{"رضایی", "حسین"})
	if n := checkHighlights(t, out, []string{"دادگاه انقلاب"}); n != 1 {
		t.Errorf("%d highlights, want 1", n)
	}
	if e := res.Exhibits[0]; len(e.Highlighted) != 1 || !slices.Equal(e.Redacted, []int{e.Highlighted[0] + 1}) {
		t.Errorf("redacted %v, highlighted %v", e.Redacted, e.Highlighted)
	}
}
