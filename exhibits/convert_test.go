package exhibits

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asylumpacket/packet/internal/pdf"
	"github.com/go-pdf/fpdf"
)

// TestMain lets the test binary stand in for LibreOffice: run with
// EXHIBITS_FAKE_SOFFICE set to a log file, it converts as soffice would.
func TestMain(m *testing.M) {
	if log := os.Getenv("EXHIBITS_FAKE_SOFFICE"); log != "" {
		os.Exit(fakeSoffice(log, os.Args[1:]))
	}
	os.Exit(m.Run())
}

// fakeSoffice writes a two-page PDF for the document named last in args,
// into the --outdir, and logs the folder it ran in, its mode and the
// profile it was given. EXHIBITS_FAKE_FAIL makes it fail as LibreOffice
// does on a file it cannot load; EXHIBITS_FAKE_SLEEP makes it slow.
func fakeSoffice(log string, args []string) int {
	var outdir, profile string
	for i, a := range args {
		if a == "--outdir" && i+1 < len(args) {
			outdir = args[i+1]
		}
		if p, ok := strings.CutPrefix(a, "-env:UserInstallation="); ok {
			profile = p
		}
	}
	in := args[len(args)-1]
	if d := os.Getenv("EXHIBITS_FAKE_SLEEP"); d != "" {
		sleep, _ := time.ParseDuration(d)
		time.Sleep(sleep)
	}
	st, err := os.Stat(filepath.Dir(in))
	if err != nil {
		return 2
	}
	lf, err := os.OpenFile(log, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return 2
	}
	fmt.Fprintf(lf, "%s %o %s\n", filepath.Dir(in), st.Mode().Perm(), profile)
	lf.Close()
	if os.Getenv("EXHIBITS_FAKE_FAIL") != "" {
		fmt.Println("Error: source file could not be loaded")
		return 0
	}
	f := fpdf.New("P", "pt", "Letter", "")
	f.SetFont("Helvetica", "", 12)
	for _, s := range []string{"converted page 1", "converted page 2"} {
		f.AddPage()
		f.Text(72, 72, s)
	}
	base := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
	if err := f.OutputFileAndClose(filepath.Join(outdir, base+".pdf")); err != nil {
		return 2
	}
	return 0
}

// fakeConverter makes the test binary the converter and returns its log.
func fakeConverter(t *testing.T) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	defer func(c string) { t.Cleanup(func() { Converter = c }) }(Converter)
	Converter = self
	log := filepath.Join(t.TempDir(), "conversions.log")
	t.Setenv("EXHIBITS_FAKE_SOFFICE", log)
	return log
}

// conversions returns the log's lines: folder, mode, profile.
func conversions(t *testing.T, log string) [][]string {
	data, _ := os.ReadFile(log)
	var lines [][]string
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if l != "" {
			lines = append(lines, strings.Fields(l))
		}
	}
	return lines
}

// TestConvertDocument converts a Word document with a stand-in converter:
// the file keeps the original's kind and digest, its pages are the PDF's,
// the temporary folder is private and removed, a rebuild through the cache
// does not convert again, and the pages are written without the original.
func TestConvertDocument(t *testing.T) {
	log := fakeConverter(t)
	dir := t.TempDir()
	data := docx(t)
	os.WriteFile(filepath.Join(dir, "letter.docx"), data, 0o644)
	var cache Cache
	f, err := cache.Open(context.Background(), os.DirFS(dir), "letter.docx", "")
	if err != nil {
		t.Fatal(err)
	}
	if f.Kind != DOCX || f.PageCount() != 2 || f.SHA256 != sha256.Sum256(data) || f.Size != int64(len(data)) || f.Kind.Image() {
		t.Fatalf("kind %s, %d pages, size %d", f.Kind, f.PageCount(), f.Size)
	}
	runs := conversions(t, log)
	if len(runs) != 1 {
		t.Fatalf("%d conversions", len(runs))
	}
	tmp, mode, profile := runs[0][0], runs[0][1], runs[0][2]
	if mode != "700" || !strings.HasPrefix(profile, "file:///") || !strings.Contains(profile, filepath.ToSlash(tmp)+"/") {
		t.Errorf("ran in %s (mode %s) with profile %s", tmp, mode, profile)
	}
	if _, err := os.Stat(tmp); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the temporary folder %s is left: %v", tmp, err)
	}
	cache.Release(f)
	g, err := cache.Open(context.Background(), os.DirFS(dir), "letter.docx", "")
	if err != nil {
		t.Fatal(err)
	}
	if hits, _ := cache.Stats(); g != f || hits != 1 || len(conversions(t, log)) != 1 {
		t.Errorf("the rebuild converted again (%d conversions, %d hits)", len(conversions(t, log)), hits)
	}
	os.Remove(filepath.Join(dir, "letter.docx"))
	var doc pdf.Doc
	for i := 0; i < g.PageCount(); i++ {
		g.Place(&doc, i, pdf.Margins{})
	}
	if _, err := doc.WriteTo(io.Discard); err != nil {
		t.Fatalf("writing the converted pages: %v", err)
	}
}

// TestConvertFails checks the errors of a converter that makes no PDF, is
// too slow, or is missing.
func TestConvertFails(t *testing.T) {
	fakeConverter(t)
	t.Setenv("EXHIBITS_FAKE_FAIL", "1")
	_, err := Read(context.Background(), docx(t))
	if err == nil || err.Error() != "a Word document: LibreOffice could not convert it (no PDF made: Error: source file could not be loaded); open it in Word or LibreOffice and save it as PDF" {
		t.Errorf("no PDF made: %v", err)
	}
	t.Setenv("EXHIBITS_FAKE_FAIL", "")
	t.Setenv("EXHIBITS_FAKE_SLEEP", "30s")
	defer func(d time.Duration) { ConvertTimeout = d }(ConvertTimeout)
	ConvertTimeout = 300 * time.Millisecond
	start := time.Now()
	_, err = Read(context.Background(), []byte(`{\rtf1 Hello}`))
	if err == nil || !strings.HasPrefix(err.Error(), "an RTF document: LibreOffice did not finish converting it within 300ms") {
		t.Errorf("too slow: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("a stuck converter held the build for %v", d)
	}

	Converter = ""
	t.Setenv("PATH", t.TempDir())
	_, err = Read(context.Background(), docx(t))
	var u *UnsupportedError
	if !errors.As(err, &u) || u.Kind != DOCX || !errors.Is(err, ErrNoConverter) ||
		err.Error() != "a Word document: packet converts it with LibreOffice, which is not installed; install it (Debian/Ubuntu: apt-get install libreoffice-writer; macOS: brew install --cask libreoffice) or save the document as PDF" {
		t.Errorf("without LibreOffice: %v", err)
	}
}

// TestLibreOffice converts with the real LibreOffice when it is installed,
// two documents at once (each with its own profile).
func TestLibreOffice(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("soffice is required in CI (apt-get install libreoffice-writer-nogui)")
		}
		t.Skip("soffice not installed")
	}
	if testing.Short() {
		t.Skip("converting takes a second or two")
	}
	docs := [][]byte{docx(t), []byte(`{\rtf1\ansi Statement of the witness\par}`)}
	files := make([]*File, len(docs))
	errs := make([]error, len(docs))
	var wg sync.WaitGroup
	start := time.Now()
	for i, d := range docs {
		wg.Go(func() { files[i], errs[i] = Read(context.Background(), d) })
	}
	wg.Wait()
	t.Logf("two conversions at once in %v", time.Since(start))
	for i, want := range []int{2, 1} {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if files[i].PageCount() != want {
			t.Errorf("%s: %d pages, want %d", files[i].Kind, files[i].PageCount(), want)
		}
	}
	// Converted again, the document gives the same packet, byte for byte.
	again, err := Read(context.Background(), docs[0])
	if err != nil {
		t.Fatal(err)
	}
	var packets [2]bytes.Buffer
	for i, f := range []*File{files[0], again} {
		var doc pdf.Doc
		f.Place(&doc, 0, pdf.Margins{})
		f.Place(&doc, 1, pdf.Margins{})
		if _, err := doc.WriteTo(&packets[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(packets[0].Bytes(), packets[1].Bytes()) {
		t.Error("two conversions of one document give different packets")
	}
}
