package script

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"

	"github.com/asylumpacket/packet/internal/testtool"
	"github.com/asylumpacket/packet/templates"
)

// names are one applicant's name or document title per script packet
// must print, each as it would stand in a case file.
var names = map[string]string{
	"Latin":      "Luis Ángel Zúñiga Peña",
	"Cyrillic":   "Ивана Петрова",
	"Greek":      "Ελένη Παπαδοπούλου",
	"Arabic":     "محمد عبد الله",
	"Persian":    "مریم رضایی",
	"Pashto":     "ګل احمد ځدراڼ",
	"Urdu":       "عائشہ پروین",
	"Hebrew":     "שרה לוי",
	"Amharic":    "አበበ በቀለ",
	"Tigrinya":   "ተስፋይ ገብረመድህን",
	"Nepali":     "राम बहादुर श्रेष्ठ",
	"Hindi":      "प्रिया शर्मा",
	"Chinese":    "李小龙",
	"Japanese":   "山田 花子",
	"Korean":     "김민지",
	"Mixed line": "Applicant: محمد رضایی (A-212-345-678)",
}

// render prints each line at the left margin, one per row, and writes the
// PDF into the test's folder.
func render(t *testing.T, lines []string, bold bool) string {
	t.Helper()
	f := fpdf.New("P", "pt", "Letter", "")
	f.SetCompression(false)
	f.SetCatalogSort(true)
	f.SetCreationDate(time.Unix(0, 0))
	f.SetModificationDate(time.Unix(0, 0))
	w := NewWriter(f, nil)
	f.AddPage()
	for i, s := range lines {
		w.Text(72, 72+float64(i%30)*22, s, bold, 12)
		if i%30 == 29 {
			f.AddPage()
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "lines.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestEveryScriptExtracts prints every name, regular and bold, and finds
// each again in the text poppler extracts: shaped runs carry their
// characters in the invisible layer.
func TestEveryScriptExtracts(t *testing.T) {
	var lines []string
	for _, s := range names {
		lines = append(lines, s)
	}
	for _, bold := range []bool{false, true} {
		text := testtool.Text(t, render(t, lines, bold))
		for script, s := range names {
			for _, word := range strings.Fields(norm.NFKC.String(s)) {
				word = strings.Trim(word, "()")
				if !strings.Contains(text, word) {
					t.Errorf("bold %v: %s: %q not found in the extracted text:\n%s", bold, script, word, text)
				}
			}
		}
	}
}

// runsOf lays s out and describes its runs in visual order: the face, R
// for right to left, S for shaped, and the characters.
func runsOf(t *testing.T, s string) []string {
	t.Helper()
	f := fpdf.New("P", "pt", "Letter", "")
	w := NewWriter(f, nil)
	f.AddPage()
	var out []string
	for _, r := range w.layout(s, false, 12) {
		d := r.face.Name + " "
		if r.rtl {
			d += "R"
		}
		if r.shaped {
			d += "S"
		}
		out = append(out, d+" "+string(r.text))
	}
	return out
}

func TestVisualOrder(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		// A left-to-right line: the name is one right-to-left run in place.
		{"Applicant: محمد رضایی (A-212-345-678)", []string{
			"DejaVu  Applicant: ", "NotoSansArabic RS محمد رضایی", "DejaVu   (A-212-345-678)"}},
		// A line that starts in Persian, on an English page: the digits
		// after Persian letters belong to the right-to-left text, before it.
		{"نام پدر: حسین 42", []string{"DejaVu  42", "NotoSansArabic RS نام پدر: حسین "}},
		// Hebrew, then Latin: the page's direction puts the Hebrew first.
		{"שרה לוי passport", []string{"NotoSansHebrew RS שרה לוי", "DejaVu   passport"}},
		// The second line of a wrapped title that began in English keeps
		// the English order: the Persian words, then the bracket.
		{"دادگاه انقلاب) with", []string{"NotoSansArabic RS دادگاه انقلاب", "DejaVu  ) with"}},
		// Left-to-right scripts from other fonts are printed as text.
		{"Transit visa, Addis Ababa (የመተላለፊያ ቪዛ)", []string{
			"DejaVu  Transit visa, Addis Ababa (", "NotoSansEthiopic  የመተላለፊያ ቪዛ", "DejaVu  )"}},
		{"Hotel receipt (广州酒店收据)", []string{"DejaVu  Hotel receipt (", "DroidSansFallback  广州酒店收据", "DejaVu  )"}},
		{"राम", []string{"NotoSansDevanagari S राम"}},
	}
	for _, tt := range tests {
		got := runsOf(t, tt.line)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", tt.line, got, tt.want)
		}
	}
}

// TestArabicShapes checks that letters take their joined forms and that
// lam-alef becomes one ligature: glyphs differ from the characters' own.
func TestArabicShapes(t *testing.T) {
	f := fpdf.New("P", "pt", "Letter", "")
	w := NewWriter(f, nil)
	runs := w.layout("لا محمد", false, 12)
	if len(runs) != 1 || !runs[0].shaped {
		t.Fatalf("want one shaped run, got %+v", runs)
	}
	r := runs[0]
	ff, _ := r.face.parsed()
	nominal := map[uint32]bool{}
	for _, c := range r.text {
		g, _ := ff.NominalGlyph(c)
		nominal[uint32(g)] = true
	}
	joined := 0
	for _, g := range r.glyphs {
		if !nominal[uint32(g.GlyphID)] {
			joined++
		}
	}
	if len(r.glyphs) >= len(r.text) {
		t.Errorf("lam-alef: %d glyphs for %d characters; want a ligature", len(r.glyphs), len(r.text))
	}
	if joined < 4 {
		t.Errorf("only %d glyphs in joined forms, want the medial and final forms of محمد and the ligature", joined)
	}
}

func TestMissing(t *testing.T) {
	fs := Builtin()
	for s, want := range map[string]rune{
		"Ivana Petrova":   0,
		"می‌خواهم":        0, // with a zero-width non-joiner
		"\u200fمریم":      0, // a right-to-left mark
		"Ivana த Petrova": 'த',
		"Ivana 😀":         '😀',
		"አበበ 김민지 李小龙 שרה ராம": 'ர',
	} {
		_, r, missing := fs.Missing(s)
		if missing != (want != 0) || r != want {
			t.Errorf("Missing(%q) = %q, %v; want %q", s, r, missing, want)
		}
	}
}

func TestLoadFont(t *testing.T) {
	if _, err := LoadFont("U1", "hebrew.ttf", templates.Font("fonts/NotoSansHebrew-Regular.ttf")); err != nil {
		t.Errorf("a TrueType font: %v", err)
	}
	for name, data := range map[string][]byte{
		"cff":     append([]byte("OTTO"), make([]byte, 64)...),
		"ttc":     append([]byte("ttcf"), make([]byte, 64)...),
		"short":   []byte("true"),
		"text":    []byte("this is not a font at all"),
		"damaged": append([]byte("\x00\x01\x00\x00"), make([]byte, 64)...),
	} {
		if _, err := LoadFont("U1", name, data); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestGeneratedLines prints many lines mixing scripts, digits, brackets
// and marks at random: widths are positive and the same when measured
// twice, printing never fails and the PDF is the same every time.
func TestGeneratedLines(t *testing.T) {
	pieces := []string{"A-212-345-678", "(", ")", " ", "—", "،", "123", "۱۲۳", "\u200c", "\u200f", ": "}
	for _, s := range names {
		pieces = append(pieces, strings.Fields(s)...)
	}
	rng := rand.New(rand.NewPCG(7, 9))
	var lines []string
	for range 300 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	f := fpdf.New("P", "pt", "Letter", "")
	w := NewWriter(f, nil)
	f.AddPage()
	for _, s := range lines {
		a, b := w.Width(s, false, 11), w.Width(s, false, 11)
		if a != b || (strings.ContainsFunc(s, unicode.IsLetter) && a <= 0) {
			t.Errorf("Width(%q) = %v then %v", s, a, b)
		}
	}
	var first []byte
	for i := range 2 {
		path := render(t, lines, i == 1)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = data
		}
	}
	again, _ := os.ReadFile(render(t, lines, false))
	if !bytes.Equal(first, again) {
		t.Error("the same lines printed twice differ")
	}
}
