package packet

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/asylumpacket/packet/internal/pageread"
	"github.com/asylumpacket/packet/internal/testtool"
	"github.com/asylumpacket/packet/templates"
)

// marksHeader is a case file's head for the tests of highlights,
// redactions and OCR.
const marksHeader = `version: 1
forum: asylum-office
asylum_office: { name: Newark Asylum Office, address: "1200 Wall Street West\nLyndhurst, NJ 07071" }
applicant: { name: Ana Testova, a_number: A-212-345-678 }
preparer: { name: "Maria Okafor, Esq.", firm: Okafor Immigration Law }
filing: { title: Applicant's Evidence, date: 2026-12-01 }
sections:
  - title: Evidence
    exhibits:
`

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestExampleHighlightsAndRedaction builds the Petrova example: its
// country report's two phrases are highlighted where poppler finds them,
// the index lists the pages, and the neighbour's name in the sister's
// letter is gone from the text and painted over in the picture.
func TestExampleHighlightsAndRedaction(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, filepath.Join("..", "examples", "asylum-office"), dir)
	yaml, _ := os.ReadFile(filepath.Join(dir, "case.yaml"))
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(strings.Replace(string(yaml), "\nsections:\n", "\nword: true\nsections:\n", 1)))
	out, res := buildDir(t, filepath.Join(dir, "case.yaml"))
	report, letter := exhibitResult(t, res, "state-report"), exhibitResult(t, res, "sister-letter")
	if len(report.Highlighted) == 0 || len(report.Redacted) != 0 || len(letter.Redacted) != 1 {
		t.Fatalf("highlighted %v, redacted %v and %v", report.Highlighted, report.Redacted, letter.Redacted)
	}
	if n := checkHighlights(t, out, []string{"corruption within the police", "protection of witnesses"}); n < 2 {
		t.Errorf("%d highlights, want both phrases", n)
	}
	index := pagesText(t, out, res.CoverPages+1, res.CoverPages+res.IndexPages)
	_, wordIndexPath := WordPaths(out)
	wordIndex := documentXML(t, wordIndexPath)
	for _, want := range []string{"Highlighted: " + packetPages(res, report.Highlighted), "Redacted: " + packetPages(res, letter.Redacted)} {
		if !strings.Contains(strings.Join(strings.Fields(index), " "), want) {
			t.Errorf("the index does not say %q", want)
		}
		if !strings.Contains(wordIndex, want) {
			t.Errorf("the Word index does not say %q", want)
		}
	}
	// Exhibits without marks leave no blank line for them: one line break
	// a description, none for the marks.
	if n, want := strings.Count(wordIndex, "<w:br/>"), len(res.Exhibits)+2; n != want {
		t.Errorf("the Word index has %d line breaks, want %d: one per description and per exhibit with marks", n, want)
	}

	page := letter.PDFPage + letter.Redacted[0] - letter.FirstPage
	text := pagesText(t, out, page, page)
	if strings.Contains(testtool.Text(t, out), "Kolev") {
		t.Error("the name is still in the packet's text")
	}
	if bytes.Contains(decompressed(t, out), []byte("Kolev")) {
		t.Error("the name is still in the packet's bytes, every stream decompressed")
	}
	for _, kept := range []string{"neighbour", "saw", "given to anyone", "still in town"} {
		if !strings.Contains(text, kept) {
			t.Errorf("the redacted page lost %q from its text layer:\n%s", kept, text)
		}
	}
	if imgs := pageImages(t, out, page); imgs != 1 {
		t.Errorf("the redacted page holds %d images, want its one picture", imgs)
	}
	if imgs := pageImages(t, out, report.PDFPage+1); imgs != 0 {
		t.Errorf("an unredacted page of the report became %d images", imgs)
	}

	// Where the name stood in the packet built without the redaction, the
	// redacted page is black.
	plain := t.TempDir()
	copyDir(t, filepath.Join("..", "examples", "asylum-office"), plain)
	yaml, _ = os.ReadFile(filepath.Join(plain, "case.yaml"))
	writeFile(t, filepath.Join(plain, "case.yaml"), []byte(strings.Replace(string(yaml), "          - Stoyan Kolev\n", "", 1)))
	unredacted, _ := buildDir(t, filepath.Join(plain, "case.yaml"))
	name := occurrences(popplerWords(t, unredacted)[page], "Stoyan Kolev")
	if len(name) != 1 {
		t.Fatalf("the unredacted page has the name %d times", len(name))
	}
	img := testtool.RenderPage(t, out, page, "-r", "72", "-gray")
	for _, b := range name[0] {
		for y := int(792-b.y1) + 1; y < int(792-b.y0)-1; y++ {
			for x := int(b.x0) + 1; x < int(b.x1)-1; x++ {
				if c := color.GrayModel.Convert(img.At(x, y)).(color.Gray); c.Y > 40 {
					t.Fatalf("pixel (%d, %d) where the name stood is %d, not black", x, y, c.Y)
				}
			}
		}
	}
}

// TestHighlightsOnOddPages plants phrases in documents of many page sizes,
// landscape and rotated, some broken across lines and in other cases: each
// is highlighted exactly where poppler places its words.
func TestHighlightsOnOddPages(t *testing.T) {
	qpdf := testtool.Need(t, "qpdf")
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(4, 2))
	sizes := []fpdf.SizeType{{Wd: 612, Ht: 792}, {Wd: 595, Ht: 842}, {Wd: 612, Ht: 1008}, {Wd: 595, Ht: 420}, {Wd: 300, Ht: 200}, {Wd: 1200, Ht: 1600}}
	var y strings.Builder
	y.WriteString(marksHeader)
	planted := 0
	for k, size := range sizes {
		rotate := k == 1 || k == 3
		data, n := phrasePDF(t, r, size, 1+k%3, !rotate)
		planted += n
		name := fmt.Sprintf("evidence/size-%d.pdf", k)
		writeFile(t, filepath.Join(dir, name), data)
		if rotate { // shown turned: /Rotate 90
			straight := filepath.Join(dir, name+".straight")
			writeFile(t, straight, data)
			if msg, err := exec.Command(qpdf, straight, "--rotate=+90", filepath.Join(dir, name)).CombinedOutput(); err != nil {
				t.Fatalf("qpdf --rotate: %v\n%s", err, msg)
			}
		}
		fmt.Fprintf(&y, "      - id: doc-%d\n        title: Document %d\n        files: [%s]\n        highlight: [witness protection, \"Sofia\"]\n", k, k, name)
	}
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(y.String()))
	out, _ := buildDir(t, filepath.Join(dir, "case.yaml"))
	if n := checkHighlights(t, out, []string{"witness protection", "Sofia"}); n != planted {
		t.Errorf("%d highlights for %d planted phrases", n, planted)
	}
}

// phrasePDF writes pages of filler text with "witness protection" and
// "Sofia" planted at random, in mixed case, and when broken is set some
// broken across lines. It returns the PDF and how many phrases it planted.
// (On a page shown turned, PDFium reads the lines in another order than
// they were written, and a phrase broken across them is not found.)
func phrasePDF(t *testing.T, r *rand.Rand, size fpdf.SizeType, pages int, broken bool) ([]byte, int) {
	t.Helper()
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: size})
	f.SetAutoPageBreak(false, 0)
	fontSize := max(6, size.Wd/50)
	f.SetFont("Helvetica", "", fontSize)
	filler := strings.Fields("the report notes that complaints were closed without an inquiry and that officers rarely answered")
	planted := 0
	for range pages {
		f.AddPage()
		for line := fontSize * 2; line < size.Ht-fontSize*2; line += fontSize * 1.6 {
			var words []string
			for f.GetStringWidth(strings.Join(words, " ")) < size.Wd*0.6 {
				switch r.IntN(12) {
				case 0:
					words = append(words, []string{"witness protection", "Witness PROTECTION", "Sofia"}[r.IntN(3)])
					planted++
				default:
					words = append(words, filler[r.IntN(len(filler))])
				}
			}
			if broken && r.IntN(6) == 0 && line+fontSize*1.6 < size.Ht-fontSize*2 { // broken across the line end
				words = append(words, "witness")
				f.Text(fontSize*2, line, strings.Join(words, " "))
				line += fontSize * 1.6
				words = []string{"protection", "was", "refused"}
				planted++
			}
			f.Text(fontSize*2, line, strings.Join(words, " "))
		}
	}
	var b strings.Builder
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return []byte(b.String()), planted
}

// TestMarkProblems reports each mistake in highlights and redactions at
// its line, with what is allowed; a redaction that finds nothing stops
// the build, a highlight that finds nothing is a warning.
func TestMarkProblems(t *testing.T) {
	dir := t.TempDir()
	data, _ := phrasePDF(t, rand.New(rand.NewPCG(1, 1)), fpdf.SizeType{Wd: 612, Ht: 792}, 2, true)
	writeFile(t, filepath.Join(dir, "evidence/a.pdf"), data)
	bad := marksHeader + `      - id: a
        title: A
        files: [evidence/a.pdf]
        highlight: ["x", Sofia, " sofia ", Zúñiga, ZUNIGA]
        redact:
          - { text: Sofia, page: 1, box: [1, 2, 3, 4] }
          - { page: 1, box: [1, 2, 3] }
          - { page: 1, box: [1, 2, -3, 4] }
`
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(bad))
	_, err := Load(filepath.Join(dir, "case.yaml"))
	for _, want := range []string{
		"case.yaml:13:", "highlight[0]: \"x\" is too short",
		"case.yaml:13:", "highlight[2]: repeats",
		"case.yaml:13:", "highlight[4]: repeats",
		"case.yaml:15:", "gives both text and a box",
		"case.yaml:16:", "must be four numbers",
		"case.yaml:17:", "is not a box on a page",
	} {
		if !strings.Contains(allProblems(err), want) {
			t.Errorf("problems lack %q:\n%s", want, allProblems(err))
		}
	}

	missing := marksHeader + `      - id: a
        title: A letter about stoyan  KOLEV
        files: [evidence/a.pdf]
        highlight: [Plovdiv]
        redact:
          - Stoyan Kolev
          - { page: 3, box: [72, 72, 100, 20] }
          - { page: 1, box: [500, 72, 200, 20] }
`
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(missing))
	c, err := Load(filepath.Join(dir, "case.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Validate(context.Background(), c)
	for _, want := range []string{
		`case.yaml:15:13: sections[0].exhibits[0].redact[0]: Exhibit A: the phrase is not found in its text`,
		`case.yaml:15:13: sections[0].exhibits[0].redact[0]: Exhibit A: the phrase is redacted from its pages but is in its title`,
		`case.yaml:16:`, `Exhibit A has 2 pages: there is no page 3`,
		`case.yaml:17:`, `reaches beyond page 1 of Exhibit A, which is 612 × 792 points`,
	} {
		if !strings.Contains(allProblems(err), want) {
			t.Errorf("problems lack %q:\n%s", want, allProblems(err))
		}
	}
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(strings.SplitAfter(missing, "[Plovdiv]\n")[0]))
	if c, err = Load(filepath.Join(dir, "case.yaml")); err != nil {
		t.Fatal(err)
	}
	sum, err := Validate(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	if w := sum.Warnings.Error(); !strings.Contains(w, `case.yaml:13:`) || !strings.Contains(w, `"Plovdiv" is not found on its pages`) {
		t.Errorf("warnings: %v", w)
	}
}

// TestRedactionReachesTheOriginal redacts the inspector's name from the
// Petrova summons: given as the translation spells it, the build stops,
// because the Bulgarian original would keep it; given in both scripts,
// neither is left in the summons (the declaration, another exhibit, still
// names him).
func TestRedactionReachesTheOriginal(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, filepath.Join("..", "examples", "asylum-office"), dir)
	yaml, _ := os.ReadFile(filepath.Join(dir, "case.yaml"))
	const at = "          - evidence/summons.pdf\n"
	write := func(redact string) {
		writeFile(t, filepath.Join(dir, "case.yaml"), []byte(strings.Replace(string(yaml), at, at+redact, 1)))
	}
	write("        redact: [G. Manolov]\n")
	c, err := Load(filepath.Join(dir, "case.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Validate(context.Background(), c)
	if want := "Exhibit F: the phrase is found in the translation but nothing is redacted in the original (page 2), where the name would stay"; !strings.Contains(allProblems(err), want) {
		t.Errorf("problems lack %q:\n%s", want, allProblems(err))
	}
	write("        redact: [G. Manolov, Г. Манолов]\n")
	out, res := buildDir(t, filepath.Join(dir, "case.yaml"))
	e := exhibitResult(t, res, "summons")
	text := pagesText(t, out, e.PDFPage+1, e.PDFPage+e.PageCount)
	for _, gone := range []string{"Manolov", "Манолов"} {
		if strings.Contains(text, gone) {
			t.Errorf("%q is still in the summons's text", gone)
		}
	}
	if !strings.Contains(text, "Ministry of Interior") || !strings.Contains(text, "Инспектор") {
		t.Errorf("the summons lost the rest of its text:\n%s", text)
	}
	if len(e.Redacted) != 2 {
		t.Errorf("redacted pages %v, want the translation's and the original's", e.Redacted)
	}
}

// TestUnusedFeaturesCostNothing builds a case that asks for no highlight,
// redaction or OCR: no document is opened for reading.
func TestUnusedFeaturesCostNothing(t *testing.T) {
	before := pageread.Opened()
	buildDir(t, filepath.Join("..", "examples", "immigration-court", "case.yaml"))
	if n := pageread.Opened() - before; n != 0 {
		t.Errorf("a case without highlights, redactions or OCR read %d documents", n)
	}
}

// scanPNG draws lines of text on a white page at 150 dpi, as a scanner
// would give them: a picture without a text layer.
func scanPNG(t *testing.T, lines []string) []byte {
	t.Helper()
	ft, err := opentype.Parse(templates.Regular())
	if err != nil {
		t.Fatal(err)
	}
	face, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: 12, DPI: 150, Hinting: font.HintingFull})
	if err != nil {
		t.Fatal(err)
	}
	img := image.NewGray(image.Rect(0, 0, 1275, 1650))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	d := &font.Drawer{Dst: img, Src: image.Black, Face: face}
	for i, l := range lines {
		d.Dot = fixed.P(150, 200+i*50)
		d.DrawString(l)
	}
	var b strings.Builder
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return []byte(b.String())
}

// TestOCR recognises a scanned letter: its words become searchable, a
// phrase on it is highlighted and a name redacted; the results are kept
// in the case's folder, so a second build reads nothing again and writes
// the same packet. Without tesseract, the ocr field is refused with how
// to install it.
func TestOCR(t *testing.T) {
	testtool.Need(t, "tesseract")
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "evidence/scan.png"), scanPNG(t, []string{
		"The neighbour Stoyan Kolev saw the car.",
		"He asked for witness protection and was refused.",
		"Nobody answered his complaint.",
	}))
	yaml := marksHeader + `      - id: scan
        title: Scanned letter
        files: [evidence/scan.png]
        ocr: true
        highlight: [witness protection]
        redact: [Stoyan Kolev]
`
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(yaml))
	sum, err := validateCase(t, filepath.Join(dir, "case.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Scans) != 1 || !sum.Scans[0].Recognised || sum.Scans[0].String() != "Exhibit A: page 1 recognised by OCR" {
		t.Errorf("scans: %+v", sum.Scans)
	}
	out, res := buildDir(t, filepath.Join(dir, "case.yaml"))
	text := testtool.Text(t, out)
	for _, want := range []string{"neighbour", "witness", "complaint"} {
		if !strings.Contains(text, want) {
			t.Errorf("the recognised text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Kolev") {
		t.Error("the redacted name is in the text")
	}
	if n := checkHighlights(t, out, []string{"witness protection"}); n != 1 {
		t.Errorf("%d highlights on the scan, want 1", n)
	}
	e := res.Exhibits[0]
	if len(e.Recognised) != 1 || len(e.Redacted) != 1 || len(e.Highlighted) != 1 {
		t.Errorf("recognised %v, redacted %v, highlighted %v", e.Recognised, e.Redacted, e.Highlighted)
	}
	cached, _ := filepath.Glob(filepath.Join(dir, ".packet", "ocr", "*"))
	if len(cached) != 1 {
		t.Fatalf("%d results kept in the case's folder, want 1", len(cached))
	}
	stat, _ := os.Stat(cached[0])
	again, _ := buildDir(t, filepath.Join(dir, "case.yaml"))
	if a, b := readAll(t, out), readAll(t, again); string(a) != string(b) {
		t.Error("a second build wrote another packet")
	}
	if st, _ := os.Stat(cached[0]); !st.ModTime().Equal(stat.ModTime()) {
		t.Error("the second build recognised the page again")
	}

	t.Setenv("PATH", t.TempDir())
	_, err = validateCase(t, filepath.Join(dir, "case.yaml"))
	if err == nil || !strings.Contains(err.Error(), "case.yaml:13:") || !strings.Contains(err.Error(), "apt-get install tesseract-ocr") {
		t.Errorf("without tesseract: %v", err)
	}
}

// allProblems lists every problem of err, a line each.
func allProblems(err error) string {
	l, _ := AsErrorList(err)
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error() + "\n")
	}
	return b.String()
}

func readAll(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func exhibitResult(t *testing.T, res *Result, id string) ExhibitResult {
	t.Helper()
	for _, e := range res.Exhibits {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no exhibit %s", id)
	return ExhibitResult{}
}

// pagesText is poppler's text of physical pages first to last (1-based).
func pagesText(t *testing.T, file string, first, last int) string {
	t.Helper()
	out, err := exec.Command(testtool.Need(t, "pdftotext"), "-f", fmt.Sprint(first), "-l", fmt.Sprint(last), file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// pageImages counts the images poppler lists on a physical page.
func pageImages(t *testing.T, file string, page int) int {
	t.Helper()
	out, err := exec.Command(testtool.Need(t, "pdfimages"), "-list", "-f", fmt.Sprint(page), "-l", fmt.Sprint(page), file).Output()
	if err != nil {
		t.Fatal(err)
	}
	return len(strings.Split(strings.TrimSpace(string(out)), "\n")) - 2
}
