package ocr

import (
	"context"
	"errors"
	"image"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/asylumpacket/packet/internal/testtool"
)

// tolerance is how far, in pixels, a recognised box may lie from the ink
// that was drawn: anti-aliasing blurs the edges by a pixel or two.
const tolerance = 3

func TestWords(t *testing.T) {
	testtool.Need(t, "tesseract")
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // to see the page file go

	page, want := drawPage(t, testLines)
	// A picture that does not start at (0, 0): boxes are in its coordinates.
	img := page.SubImage(image.Rect(20, 30, page.Bounds().Dx(), page.Bounds().Dy()))
	got, err := (&Recogniser{DPI: 300}).Words(context.Background(), img)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !found(got, w) {
			t.Errorf("%q at %v not recognised; got %v", w.text, w.box, got)
		}
	}
	for _, w := range got {
		if w.Confidence < 0 || w.Confidence > 100 {
			t.Errorf("%q: confidence %v", w.Text, w.Confidence)
		}
	}
	assertEmpty(t, tmp)
}

// found reports whether words hold w.text with a box within tolerance of
// w.box on every side.
func found(words []Word, w drawn) bool {
	for _, g := range words {
		if g.Text == w.text &&
			near(g.Box.Min.X, w.box.Min.X) && near(g.Box.Min.Y, w.box.Min.Y) &&
			near(g.Box.Max.X, w.box.Max.X) && near(g.Box.Max.Y, w.box.Max.Y) {
			return true
		}
	}
	return false
}

func near(a, b int) bool { return a-b <= tolerance && b-a <= tolerance }

func assertEmpty(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("%s left behind in the temporary folder", e.Name())
	}
}

func TestMissingLanguage(t *testing.T) {
	testtool.Need(t, "tesseract")
	img, _ := drawPage(t, testLines[:1])
	for _, langs := range []string{"xyz", "eng+xyz"} {
		_, err := (&Recogniser{Languages: langs}).Words(context.Background(), img)
		if err == nil || !strings.Contains(err.Error(), `"xyz"`) || !strings.Contains(err.Error(), "apt-get install tesseract-ocr-xyz") {
			t.Errorf("Languages %q: got %v, want an error naming xyz and its package", langs, err)
		}
	}
}

func TestMissingLanguagePackage(t *testing.T) {
	err := missingLanguages([]byte("Error opening data file /x/chi_sim.traineddata\nFailed loading language 'chi_sim'\n"))
	want := `ocr: tesseract has no data for language "chi_sim" (on Debian or Ubuntu: apt-get install tesseract-ocr-chi-sim;`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got %v\nwant %s", err, want)
	}
	if err := missingLanguages([]byte("Estimating resolution as 301\n")); err != nil {
		t.Errorf("a warning is not a missing language: %v", err)
	}
}

func TestLanguageNames(t *testing.T) {
	for _, ok := range []string{"eng", "eng+spa", "chi_sim+eng", "script/Latin"} {
		if err := checkLanguages(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"eng+", "-c x", "eng spa", "../x", "/etc/x", "script/../x"} {
		if err := checkLanguages(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestCancel(t *testing.T) {
	testtool.Need(t, "tesseract")
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	img, _ := drawPage(t, testLines)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (&Recogniser{}).Words(ctx, img); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before: got %v, want context.Canceled", err)
	}

	// Stopped while tesseract reads (it takes well over 20 ms here).
	ctx, cancel = context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := (&Recogniser{}).Words(ctx, img); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("cancelled during: got %v, want context.DeadlineExceeded", err)
	}
	assertEmpty(t, tmp)
}

func TestNotInstalled(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := Available()
	if !errors.Is(err, ErrNotInstalled) {
		t.Fatalf("got %v, want ErrNotInstalled", err)
	}
	for _, want := range []string{`"ocr: true"`, "apt-get install tesseract-ocr", "brew install tesseract", "UB Mannheim"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not say %q", err, want)
		}
	}
	img := image.NewGray(image.Rect(0, 0, 10, 10))
	if _, err := (&Recogniser{}).Words(context.Background(), img); !errors.Is(err, ErrNotInstalled) {
		t.Errorf("Words: got %v, want ErrNotInstalled", err)
	}
}
