// Package ocr recognises the words on a rendered page image with the
// tesseract command, for an invisible text layer and phrase search. It
// never uses the network; the page pictures and the recognised text stay
// in files only the user can read.
package ocr

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
)

// Word is one recognised word.
type Word struct {
	Text string
	// Box is the word's ink in pixels of the image it was read from,
	// origin top-left, in the image's own coordinates (Bounds().Min
	// included).
	Box image.Rectangle
	// Confidence is tesseract's, from 0 to 100.
	Confidence float64
}

// Recogniser runs tesseract. Its zero value reads English and keeps no
// cache.
type Recogniser struct {
	// CacheDir, when set, keeps each page's result so that the same
	// picture is never recognised twice by the same tesseract. The files
	// hold the recognised text, so the folder is made readable by the user
	// only.
	CacheDir string
	// Languages in tesseract's -l syntax, such as "eng+spa"; "eng" when
	// empty.
	Languages string
	// DPI is passed as --dpi when non-zero; otherwise tesseract estimates
	// the resolution from the text.
	DPI int
}

// Words returns the words tesseract recognises on img, in its reading
// order. Words without text or without a confidence are left out. Without
// tesseract the error wraps ErrNotInstalled.
func (r *Recogniser) Words(ctx context.Context, img image.Image) ([]Word, error) {
	words, _, err := r.words(ctx, img)
	return words, err
}

// words is Words that also says whether the result came from the cache,
// for the tests.
func (r *Recogniser) words(ctx context.Context, img image.Image) (_ []Word, cached bool, _ error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	langs := r.Languages
	if langs == "" {
		langs = "eng"
	}
	if err := checkLanguages(langs); err != nil {
		return nil, false, err
	}
	path, err := lookPath()
	if err != nil {
		return nil, false, err
	}
	offset := img.Bounds().Min

	var key string
	if r.CacheDir != "" {
		version, err := tesseractVersion(ctx, path)
		if err != nil {
			return nil, false, err
		}
		key = cacheKey(version, langs, r.DPI, img.Bounds(), pixels(img))
		if tsv, ok := loadCache(r.CacheDir, key); ok {
			if words, err := parseTSV(tsv, offset); err == nil {
				return words, true, nil
			}
			// A damaged entry is recognised again and replaced.
		}
	}

	var buf bytes.Buffer
	// Fast compression: the file lives for one run, and tesseract decodes
	// it in a few milliseconds either way.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, false, fmt.Errorf("ocr: encoding the page image: %w", err)
	}
	tsv, err := run(ctx, path, buf.Bytes(), langs, r.DPI)
	if err != nil {
		return nil, false, err
	}
	words, err := parseTSV(tsv, offset)
	if err != nil {
		return nil, false, fmt.Errorf("ocr: tesseract's output: %w", err)
	}
	if key != "" {
		// Words read are not thrown away for a cache that cannot be
		// written (a read-only case folder): the next build reads again.
		storeCache(r.CacheDir, key, tsv)
	}
	return words, false, nil
}

// pixels stands for img's pixels in the cache key: a grey page's own
// bytes, row by row, so that a page found in the cache is never encoded;
// another kind of picture by its PNG, the encoder being deterministic.
func pixels(img image.Image) []byte {
	if g, ok := img.(*image.Gray); ok {
		b := g.Bounds()
		out := make([]byte, 0, b.Dx()*b.Dy())
		for y := b.Min.Y; y < b.Max.Y; y++ {
			out = append(out, g.Pix[g.PixOffset(b.Min.X, y):][:b.Dx()]...)
		}
		return out
	}
	var buf bytes.Buffer
	(&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img)
	return buf.Bytes()
}
