// Command gen writes the evidence files of the example cases, in
// asylum-office/evidence, immigration-court/evidence and
// immigration-court-persian/evidence under the folder given by -dir
// (default: the current one, as "go generate" runs it in examples/). The
// output is byte-identical on every run, so any diff after regenerating
// comes from a change to the generator.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/asylumpacket/packet/internal/casegen"
)

// file is one evidence file and the page count that the hand-written
// case.yaml relies on (its page selections, its descriptions).
type file struct {
	name  string // path under the case folder
	pages int
	write func(io.Writer) (pages int, err error)
}

func main() {
	dir := flag.String("dir", ".", "the examples folder")
	flag.Parse()
	cases := []struct {
		name  string
		files []file
	}{
		{"asylum-office", petrova()},
		{"immigration-court", zuniga()},
		{"immigration-court-persian", rezaei()},
	}
	for _, c := range cases {
		if err := writeFiles(filepath.Join(*dir, c.name), c.files); err != nil {
			log.Fatal(err)
		}
	}
}

func writeFiles(dir string, files []file) error {
	if err := os.MkdirAll(filepath.Join(dir, "evidence"), 0o755); err != nil {
		return err
	}
	var mismatch []error
	for _, f := range files {
		var buf bytes.Buffer
		n, err := f.write(&buf)
		if err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		if n != f.pages {
			mismatch = append(mismatch, fmt.Errorf("%s: has %d pages, case.yaml expects %d", f.name, n, f.pages))
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(f.name)), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return errors.Join(mismatch...)
}

func pdf(d casegen.TextDoc) func(io.Writer) (int, error) {
	return func(w io.Writer) (int, error) { return casegen.TextPDF(w, d) }
}

// text writes a document that packet typesets (Markdown or plain text);
// it has no pages of its own.
func text(s string) func(io.Writer) (int, error) {
	return func(w io.Writer) (int, error) { _, err := io.WriteString(w, s); return 0, err }
}

func scan(s casegen.Scan) func(io.Writer) (int, error) {
	return func(w io.Writer) (int, error) { return 1, casegen.ScanJPEG(w, s) }
}

func photo(p casegen.Photo) func(io.Writer) (int, error) {
	return func(w io.Writer) (int, error) { return 1, casegen.PhotoJPEG(w, p) }
}

func screenshot(s casegen.Screenshot) func(io.Writer) (int, error) {
	return func(w io.Writer) (int, error) { return 1, casegen.ScreenshotPNG(w, s) }
}

// chatTranslation is the English translation of a screenshot's messages,
// followed by the translator's certificate.
func chatTranslation(s casegen.Screenshot, english []string, language string, t casegen.Translator, document string) casegen.TextDoc {
	table := &casegen.Table{
		Header: []string{"Time", "Sender", "Message as received (" + language + ")", "English translation"},
		Widths: []float64{0.8, 1.4, 3, 3},
	}
	for i, m := range s.Messages {
		sender := s.Contact
		if m.Sent {
			sender = "Applicant"
		}
		table.Rows = append(table.Rows, []string{m.Time, sender, m.Text, english[i]})
	}
	return casegen.TextDoc{
		Letterhead: []string{"[Translation from " + language + "]"},
		Title:      "English translation: " + document,
		Paragraphs: []string{"The screenshot shows a conversation in a messaging application with the contact \"" +
			s.Contact + "\". The messages read as follows:"},
		Table:  table,
		Pages:  1,
		Filler: casegen.TopicNone,
		Next:   []casegen.TextDoc{casegen.CertificateOfTranslation(t, language, document)},
	}
}

// chapter is a part of a published report: its text, then filler in the
// report's voice up to pages.
func chapter(pages int, seed uint64, paragraphs ...string) casegen.TextDoc {
	return casegen.TextDoc{Pages: pages, Filler: casegen.TopicReport, Seed: seed, Paragraphs: paragraphs}
}

// report makes a numbered report by org whose first chapter is first.
func report(org string, letterhead []string, title string, first casegen.TextDoc) casegen.TextDoc {
	first.Letterhead = letterhead
	first.Title = title
	first.Numbered = true
	first.Author = org
	return first
}
