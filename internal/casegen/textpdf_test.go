package casegen

import (
	"bytes"
	"regexp"
	"testing"
)

// pageRE matches page objects (not the /Pages tree node).
var pageRE = regexp.MustCompile(`/Type\s*/Page\b`)

func countPages(pdf []byte) int { return len(pageRE.FindAll(pdf, -1)) }

func TestTextPDFPageCounts(t *testing.T) {
	odd := Size{300, 420}
	cases := []struct {
		name string
		doc  TextDoc
		want int
	}{
		{"one letter page", TextDoc{Title: "Short", Pages: 1}, 1},
		{"forty A4 pages", TextDoc{Size: A4, Title: "Long", Pages: 40, Numbered: true}, 40},
		{"legal, text cut to budget", TextDoc{Size: Legal, Pages: 2, Paragraphs: longText(300)}, 2},
		{"odd size", TextDoc{Size: odd, Pages: 7, Filler: TopicStatement, Signature: []string{"Signed"}}, 7},
		{"blank padding", TextDoc{Pages: 3, Filler: TopicNone, Paragraphs: []string{"Only this."}}, 3},
		{"as the text needs", TextDoc{Paragraphs: longText(1200)}, -1},
		{"parts with Cyrillic and a landscape table", TextDoc{Size: A4, Pages: 2, Title: "Призовка",
			Paragraphs: []string{"Иван Петров, José Nguyễn, Ελένη."},
			Next: []TextDoc{
				{Pages: 3, Title: "Translation", Filler: TopicRecord},
				{Size: Letter.Landscape(), Title: "Chronology", Table: chronology(1), Pages: 1},
				CertificateOfTranslation(Translator{Name: "T. Translator"}, "Bulgarian", "Summons"),
			}}, 7},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			n, err := TextPDF(&buf, tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			if got := countPages(buf.Bytes()); got != n {
				t.Errorf("file has %d page objects, TextPDF reported %d", got, n)
			}
			if tc.want > 0 && n != tc.want {
				t.Errorf("got %d pages, want %d", n, tc.want)
			}
			if tc.want < 0 && n < 2 {
				t.Errorf("got %d pages, want the text to run over several", n)
			}
		})
	}
}

func TestTextPDFFonts(t *testing.T) {
	var latin, cyrillic bytes.Buffer
	if _, err := TextPDF(&latin, TextDoc{Title: "Déclaration — café"}); err != nil {
		t.Fatal(err)
	}
	if _, err := TextPDF(&cyrillic, TextDoc{Title: "Призовка"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(latin.Bytes(), []byte("/BaseFont /Helvetica")) || bytes.Contains(latin.Bytes(), []byte("FontFile2")) {
		t.Error("Windows-1252 text should use the core Helvetica font, unembedded")
	}
	if !bytes.Contains(cyrillic.Bytes(), []byte("FontFile2")) {
		t.Error("Cyrillic text should embed DejaVu")
	}
}

func TestTextPDFLandscapeSize(t *testing.T) {
	var buf bytes.Buffer
	_, err := TextPDF(&buf, TextDoc{Pages: 1, Next: []TextDoc{{Size: Letter.Landscape(), Pages: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("/MediaBox [0 0 792.00 612.00]")) {
		t.Error("no landscape Letter page in the output")
	}
}

func longText(words int) []string {
	p := newProse(1, TopicReport)
	var out []string
	for n := 0; n < words; n += 60 {
		out = append(out, p.paragraph())
	}
	return out
}
