package exhibits

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/asylumpacket/packet/internal/pdf"
)

// Converter is the LibreOffice program that converts office documents to
// PDF, run as
//
//	Converter --headless --norestore -env:UserInstallation=file:///TMP/profile --convert-to pdf --outdir TMP/out TMP/document.docx
//
// in a private temporary folder removed afterwards. Empty means soffice,
// else libreoffice, found on PATH; set it for LibreOffice installed
// elsewhere (on a Mac, /Applications/LibreOffice.app/Contents/MacOS/soffice
// is tried too) or, in tests, for a stand-in.
var Converter = ""

// ConvertTimeout bounds one conversion; the caller's context bounds it too.
var ConvertTimeout = 3 * time.Minute

// documentNames says what an office document is, in a sentence.
var documentNames = map[Kind]string{
	DOCX: "a Word document", DOC: "a Word 97–2003 document", ODT: "an OpenDocument text", RTF: "an RTF document",
}

// converter returns the program that converts documents, or "".
func converter() string {
	if Converter != "" {
		return Converter
	}
	for _, name := range []string{"soffice", "libreoffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// convertDocument converts f's content, data, to PDF and reads that as
// f's pages. The PDF is held in memory: it has no file to be read again
// from, and f keeps its kind, size and digest, those of the original.
func convertDocument(ctx context.Context, f *File, data []byte) (*File, error) {
	what := documentNames[f.Kind]
	if hasRevisions(f.Kind, data) {
		return nil, &UnsupportedError{Kind: f.Kind, Msg: what +
			" with tracked changes or comments, which its conversion would print (deleted text included): accept or reject all changes and delete all comments (in Word: Review > Accept > Accept All Changes, Review > Delete > Delete All Comments), save, and build again; or save it as PDF"}
	}
	prog := converter()
	if prog == "" {
		return nil, &UnsupportedError{Kind: f.Kind, Err: ErrNoConverter, Msg: what +
			": packet converts it with LibreOffice, which is not installed; install it (Debian/Ubuntu: apt-get install libreoffice-writer; macOS: brew install --cask libreoffice) or save the document as PDF"}
	}
	out, err := convert(ctx, prog, string(f.Kind), data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w; open it in Word or LibreOffice and save it as PDF", what, err)
	}
	f.doc, err = pdf.Read(ctx, bytes.NewReader(out), nil, "")
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the PDF LibreOffice made of it: %w", what, err)
	}
	// LibreOffice's PDFs of one document differ only in their dates and
	// file ID, which the packet does not copy: the original's digest
	// identifies the content, and packets stay the same from run to run.
	f.doc.ID = f.SHA256
	f.held = int64(len(out))
	return f, nil
}

// convert runs prog on data, a document whose file name ends in .ext, in
// a private temporary folder, and returns the PDF it makes.
func convert(ctx context.Context, prog, ext string, data []byte) ([]byte, error) {
	dir, err := os.MkdirTemp("", "packet-convert-") // mode 0700
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "document."+ext)
	outDir := filepath.Join(dir, "out")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, err
	}
	if err := os.Mkdir(outDir, 0o700); err != nil {
		return nil, err
	}
	// A profile of its own: conversions running side by side, and a
	// LibreOffice the user has open, would otherwise share one and wait
	// for, or hand the work to, each other.
	profile := filepath.ToSlash(filepath.Join(dir, "profile"))
	if !strings.HasPrefix(profile, "/") {
		profile = "/" + profile // C:/… on Windows
	}
	profileURL := (&url.URL{Scheme: "file", Path: profile}).String()
	ctx, cancel := context.WithTimeout(ctx, ConvertTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, prog, "--headless", "--norestore", "-env:UserInstallation="+profileURL,
		"--convert-to", "pdf", "--outdir", outDir, in)
	cmd.Dir = dir
	var output limitedBuffer
	cmd.Stdout, cmd.Stderr = &output, &output
	cmd.WaitDelay = 5 * time.Second
	ownGroup(cmd)
	err = cmd.Run()
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		return nil, fmt.Errorf("LibreOffice did not finish converting it within %v", ConvertTimeout)
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case err != nil:
		return nil, fmt.Errorf("LibreOffice could not convert it (%v%s)", err, output.tail())
	}
	pdfData, err := os.ReadFile(filepath.Join(outDir, "document.pdf"))
	if errors.Is(err, os.ErrNotExist) {
		// LibreOffice says "source file could not be loaded" and exits 0.
		return nil, fmt.Errorf("LibreOffice could not convert it (no PDF made%s)", output.tail())
	}
	return pdfData, err
}

// limitedBuffer keeps the first 4 KiB written to it.
type limitedBuffer struct{ bytes.Buffer }

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := 4096 - b.Len(); room > 0 {
		b.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// tail returns the last line of output, as ": line", or "".
func (b *limitedBuffer) tail() string {
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if last := strings.TrimSpace(lines[len(lines)-1]); last != "" {
		return ": " + last
	}
	return ""
}
