package ocr

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"os"
	"path/filepath"
)

// cacheFormat changes whenever what a cache entry holds, or how the key
// is made, changes, so that old entries are simply never found.
const cacheFormat = "packet-ocr-tsv-2"

// cacheKey identifies one recognition: everything that can change
// tesseract's output, the picture given by its pixels (see pixels).
func cacheKey(version, langs string, dpi int, bounds image.Rectangle, pixels []byte) string {
	h := sha256.New()
	// Each part on its own line, so no two different sets of parts hash
	// the same text; the pixels come last and may hold anything.
	fmt.Fprintf(h, "%s\n%s\n%s\n%d\n%v\n", cacheFormat, version, langs, dpi, bounds)
	h.Write(pixels)
	return hex.EncodeToString(h.Sum(nil))
}

func cachePath(dir, key string) string { return filepath.Join(dir, key+".tsv") }

// loadCache returns the TSV kept for key; any failure to read it is a
// miss.
func loadCache(dir, key string) ([]byte, bool) {
	b, err := os.ReadFile(cachePath(dir, key))
	return b, err == nil
}

// storeCache keeps tsv for key. It writes a temporary file in dir and
// renames it, so a reader never sees half an entry; the folder is 0700 and
// the file 0600 because they hold the pages' text.
func storeCache(dir, key string, tsv []byte) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("ocr: cache: %w", err)
	}
	f, err := os.CreateTemp(dir, ".tmp-*.tsv")
	if err != nil {
		return fmt.Errorf("ocr: cache: %w", err)
	}
	_, err = f.Write(tsv)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), cachePath(dir, key))
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("ocr: cache: %w", err)
	}
	return nil
}
