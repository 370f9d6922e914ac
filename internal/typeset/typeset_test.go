package typeset

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// pdftotext runs poppler's pdftotext on pdf with args, skipping the test
// when it is not installed (but in CI).
func pdftotext(t *testing.T, pdf []byte, args ...string) string {
	t.Helper()
	bin := testtool.Need(t, "pdftotext")
	in := filepath.Join(t.TempDir(), "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, append(args, in, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// sampleText is the text of sample without its markup, in reading order.
const sampleText = `Declaration of María José Ñúñez-Kovalenko in Support of Her Application for Asylum
I, María José Ñúñez-Kovalenko, declare under penalty of perjury under the laws of the United States of America that the following is true and correct to the best of my knowledge:
Background
1. I was born on 14 March 1991 in Kharkiv, Ukraine. My first language is Russian; I also speak Ukrainian and some Spanish, which I learned from my father.
2. My father, Jorge Ñúñez, was a journalist. In 2014 he began to write about corruption in the regional administration. His articles appeared under the heading Правда о Харькове ("The Truth about Kharkiv"), and were widely read.
3) On 12 June 2019 two men in plain clothes came to our apartment. They said they were from the security service and took my father away. We never saw him again. I reported his disappearance to the police, who refused to open a case.
What happened to me
4. After my father's disappearance I received threats:
telephone calls at night, in which a man described my daily route to work;
a letter left under my door, which said: "You will follow your father";
I kept this letter; it is Exhibit C.
messages on social media from accounts that were deleted soon after.
5. I left Ukraine on 3 February 2020. A full account of my journey is at https://example.org/a/very/long/path/to/the/statement/of/the/applicant/2020-02-03/index.html for reference.
The Ministry of Foreign Affairs reports that journalists and their relatives "continue to face harassment, detention and violence" in the region (Exhibit F, p. 12).
I declare under penalty of perjury that the foregoing is true and correct. Executed on 1 May 2024 at New York, New York.
______________________________
María José Ñúñez-Kovalenko`

// squeeze removes white space and the bullets, which are not in sampleText.
var squeeze = strings.NewReplacer(" ", "", "\n", "", "\f", "", "•", "", "◦", "", "▪", "")

func TestExtractedText(t *testing.T) {
	pdf, pages, err := Markdown(sample, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pages != 2 {
		t.Errorf("%d pages, want 2", pages)
	}
	got := pdftotext(t, pdf)
	// Every character in reading order, nothing dropped or added.
	if squeeze.Replace(got) != squeeze.Replace(sampleText) {
		t.Errorf("extracted text differs:\n%s", got)
	}
	// Words are separated: spaces survive extraction.
	for _, phrase := range []string{"Правда о Харькове", "12 June 2019", "security service", "refused to open", "María José Ñúñez-Kovalenko", "2. My father"} {
		if !strings.Contains(strings.Join(strings.Fields(got), " "), phrase) {
			t.Errorf("%q not found in\n%s", phrase, got)
		}
	}
}

// TestNothingBelowFoot draws long documents and reads back where every
// word is: none below the bottom margin, none beyond the side margins.
func TestNothingBelowFoot(t *testing.T) {
	for seed := range uint64(3) {
		pdf, pages, err := Markdown(declaration(seed, 60), Options{})
		if err != nil {
			t.Fatal(err)
		}
		out := pdftotext(t, pdf, "-bbox")
		box := regexp.MustCompile(`xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"`)
		words := box.FindAllStringSubmatch(out, -1)
		if len(words) < 1000 || strings.Count(out, "<page ") != pages {
			t.Fatalf("seed %d: %d words on %d pages", seed, len(words), strings.Count(out, "<page "))
		}
		for _, m := range words {
			x0, _ := strconv.ParseFloat(m[1], 64)
			y0, _ := strconv.ParseFloat(m[2], 64)
			x1, _ := strconv.ParseFloat(m[3], 64)
			y1, _ := strconv.ParseFloat(m[4], 64)
			if y1 > bottom || y0 < margin || x0 < margin-1 || x1 > pageW-margin+2 {
				t.Errorf("seed %d: a word at (%.1f %.1f)-(%.1f %.1f)", seed, x0, y0, x1, y1)
			}
		}
	}
}

func TestText(t *testing.T) {
	src := "**Not bold**, _not italic_, # not a heading\r\n\r\nЗаявление\tо предоставлении убежища\n\nName: Ivan\nBorn: 1990"
	pdf, pages, err := Text(src, Options{Heading: "Translation of Exhibit C"})
	if err != nil || pages != 1 {
		t.Fatalf("pages %d, err %v", pages, err)
	}
	got := strings.Join(strings.Fields(pdftotext(t, pdf)), " ")
	want := "Translation of Exhibit C **Not bold**, _not italic_, # not a heading Заявление о предоставлении убежища Name: Ivan Born: 1990"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// The kept line break: "Name: Ivan" and "Born: 1990" are on two lines.
	if lines := pdftotext(t, pdf); !strings.Contains(lines, "Name: Ivan\nBorn: 1990") {
		t.Errorf("line break lost:\n%s", lines)
	}
}

func TestEmpty(t *testing.T) {
	for _, src := range []string{"", " \n\t\r\n  ", "\n\n"} {
		if _, _, err := Markdown(src, Options{}); !errors.Is(err, ErrEmpty) {
			t.Errorf("Markdown(%q): %v", src, err)
		}
		if _, _, err := Text(src, Options{Heading: "Title"}); !errors.Is(err, ErrEmpty) {
			t.Errorf("Text(%q): %v", src, err)
		}
	}
}

func TestOptions(t *testing.T) {
	for _, size := range []float64{-1, 5, 37, 1e300} {
		if _, _, err := Markdown("x", Options{Size: size}); err == nil {
			t.Errorf("size %g accepted", size)
		}
	}
	_, small, err := Markdown(declaration(1, 30), Options{Size: 9})
	if err != nil {
		t.Fatal(err)
	}
	_, large, err := Markdown(declaration(1, 30), Options{Size: 14})
	if err != nil {
		t.Fatal(err)
	}
	if small >= large {
		t.Errorf("9 pt takes %d pages, 14 pt %d", small, large)
	}
}

func TestDeterministic(t *testing.T) {
	src := declaration(3, 40) + sample
	first, _, err := Markdown(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Again, and in parallel: the shared font measurements are read-only.
	var wg sync.WaitGroup
	results := make([][]byte, 4)
	for i := range results {
		wg.Go(func() { results[i], _, _ = Markdown(src, Options{}) })
	}
	wg.Wait()
	for i, r := range results {
		if !bytes.Equal(r, first) {
			t.Errorf("run %d differs", i+1)
		}
	}
}

// TestFaces checks that a document embeds only the faces it uses.
func TestFaces(t *testing.T) {
	plain, _, err := Text("Plain text only.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	both, _, err := Markdown("Some **bold** text.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(plain, []byte("/FontFile2")); n != 1 {
		t.Errorf("plain text embeds %d fonts", n)
	}
	if n := bytes.Count(both, []byte("/FontFile2")); n != 2 {
		t.Errorf("bold text embeds %d fonts", n)
	}
}

func TestUnicode(t *testing.T) {
	src := "Ελληνικά, Tiếng Việt: Nguyễn Phương, Łódź, Ærøskøbing, Ñúñez, Дніпро, decomposed Nguye\u0302\u0303n; emoji 😀, bell a\x07b"
	pdf, _, err := Markdown(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(pdftotext(t, pdf)), " ")
	want := "Ελληνικά, Tiếng Việt: Nguyễn Phương, Łódź, Ærøskøbing, Ñúñez, Дніпро, decomposed Nguyễn; emoji \uFFFD, bell a b"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestEmphasisExtractsWhole checks that emphasis ending inside a word
// ("*EOOD*,") extracts without a space: search and copy must find the
// text as written.
func TestEmphasisExtractsWhole(t *testing.T) {
	pdf, _, err := Markdown("A *Severen EOOD*, a **bold**. _x_; ***both***!", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(pdftotext(t, pdf)), " "); got != "A Severen EOOD, a bold. x; both!" {
		t.Errorf("extracted %q", got)
	}
}
