package ocr

import (
	"context"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

func TestCache(t *testing.T) {
	testtool.Need(t, "tesseract")
	dir := filepath.Join(t.TempDir(), "ocr") // made by the first store
	r := &Recogniser{CacheDir: dir, DPI: 300}
	img, _ := drawPage(t, testLines[:2])
	ctx := context.Background()

	first, cached, err := r.words(ctx, img)
	if err != nil || cached {
		t.Fatalf("first call: cached %v, %v", cached, err)
	}
	entry := onlyEntry(t, dir)

	again, cached, err := r.words(ctx, img)
	if err != nil || !cached {
		t.Fatalf("same picture again: cached %v, %v; want a hit", cached, err)
	}
	if !slices.Equal(first, again) {
		t.Errorf("the cache returned %v, tesseract %v", again, first)
	}

	// A damaged entry is recognised again and replaced.
	if err := os.WriteFile(entry, []byte("level\tpage_num\n5\tx"), 0o600); err != nil {
		t.Fatal(err)
	}
	repaired, cached, err := r.words(ctx, img)
	if err != nil || cached || !slices.Equal(first, repaired) {
		t.Fatalf("damaged entry: cached %v, %v, words %v", cached, err, repaired)
	}
	if _, cached, _ := r.words(ctx, img); !cached {
		t.Error("the damaged entry was not replaced")
	}

	// One pixel more is another picture.
	img.SetGray(1, 1, color.Gray{})
	if _, cached, err := r.words(ctx, img); err != nil || cached {
		t.Errorf("changed picture: cached %v, %v; want a miss", cached, err)
	}
}

// onlyEntry checks that dir is 0700 and holds one 0600 entry and nothing
// else, and returns its path.
func onlyEntry(t *testing.T, dir string) string {
	t.Helper()
	if fi, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	} else if fi.Mode().Perm() != 0o700 {
		t.Errorf("cache folder mode %v, want 0700", fi.Mode().Perm())
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || filepath.Ext(entries[0].Name()) != ".tsv" {
		t.Fatalf("cache holds %v, want one .tsv", entries)
	}
	path := filepath.Join(dir, entries[0].Name())
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("cache entry mode %v, want 0600", fi.Mode().Perm())
	}
	return path
}

func TestCacheKey(t *testing.T) {
	b := image.Rect(0, 0, 10, 10)
	base := cacheKey("tesseract 5.3.0", "eng", 300, b, []byte("png"))
	if again := cacheKey("tesseract 5.3.0", "eng", 300, b, []byte("png")); again != base {
		t.Error("the same input gave two keys")
	}
	for name, k := range map[string]string{
		"version":   cacheKey("tesseract 5.4.0", "eng", 300, b, []byte("png")),
		"languages": cacheKey("tesseract 5.3.0", "eng+spa", 300, b, []byte("png")),
		"dpi":       cacheKey("tesseract 5.3.0", "eng", 0, b, []byte("png")),
		"bounds":    cacheKey("tesseract 5.3.0", "eng", 300, b.Add(image.Pt(1, 0)), []byte("png")),
		"pixels":    cacheKey("tesseract 5.3.0", "eng", 300, b, []byte("pnh")),
	} {
		if k == base {
			t.Errorf("another %s gave the same key", name)
		}
	}
}

// TestCacheNotWritable keeps the words read when the cache cannot be
// written: a case folder on a read-only disk still builds.
func TestCacheNotWritable(t *testing.T) {
	testtool.Need(t, "tesseract")
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	img, _ := drawPage(t, testLines[:1])
	r := &Recogniser{CacheDir: filepath.Join(blocker, "ocr"), DPI: 300} // below a file: cannot be made
	words, cached, err := r.words(context.Background(), img)
	if err != nil || cached || len(words) == 0 {
		t.Errorf("got %d words, cached %v, %v; want the words read", len(words), cached, err)
	}
}
