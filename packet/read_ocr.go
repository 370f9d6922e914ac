package packet

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/asylumpacket/packet/internal/layout"
	"github.com/asylumpacket/packet/internal/ocr"
	"github.com/asylumpacket/packet/internal/pageread"
)

// ocrLanguages returns the tesseract languages each of p's scanned pages
// is read with, by page of the exhibit: its original with the data of the
// exhibit's language, or the data its ocr field names; its translation
// with English. It reports a language packet knows no data for, a missing
// tesseract and missing data, each at the field to change.
func (c *Case) ocrLanguages(ctx context.Context, p *prepared) ([][]string, ErrorList) {
	e := p.exhibit
	field := e.path + ".ocr"
	if !e.OCR {
		field = "filing.ocr"
	}
	original, known := e.OCRLanguages, true
	if len(original) == 0 {
		original, known = ocr.ForLanguage(e.Language)
	}
	parts := c.parts(p)
	byPage := make([][]string, len(p.pages))
	var needed []string
	for _, j := range p.read.scans {
		byPage[j] = []string{"eng"}
		if parts[j] == partOriginal {
			if !known {
				return nil, ErrorList{c.errorAt(e.path+".language", "Exhibit %s has scanned pages to recognise in %s, for which packet knows no tesseract data: "+
					"name the data with ocr: [...] (tesseract's language names, such as [tir, eng]; script/Latin, script/Arabic or script/Cyrillic read any language written in that script)", e.Label, e.Language)}
			}
			byPage[j] = original
		}
		for _, l := range byPage[j] {
			if !slices.Contains(needed, l) {
				needed = append(needed, l)
			}
		}
	}
	missing, err := ocr.Missing(ctx, needed)
	if err != nil {
		return nil, ErrorList{c.errorAt(field, "Exhibit %s has %s to recognise: %v", e.Label, pluralPages(len(p.read.scans)), err)}
	}
	if len(missing) > 0 {
		return nil, ErrorList{c.errorAt(field, "Exhibit %s has %s to recognise, but tesseract has no data for %s",
			e.Label, pluralPages(len(p.read.scans)), strings.Join(missing, ", nor for "))}
	}
	return byPage, nil
}

// recognise reads the words on page j of an exhibit, whose height is h
// points, with tesseract. Results are kept in the case's folder, beside
// the evidence they come from, so that a rebuild does not read again.
func (c *Case) recognise(ctx context.Context, pages *pageread.Doc, j int, h float64, langs []string) ([]layout.Word, error) {
	img, err := pages.Render(j, ocrDPI)
	if err != nil {
		return nil, err
	}
	rec := ocr.Recogniser{DPI: ocrDPI, Languages: strings.Join(langs, "+")}
	if c.localDir != "" {
		rec.CacheDir = filepath.Join(c.localDir, ".packet", "ocr")
	}
	found, err := rec.Words(ctx, grey(img))
	if err != nil {
		return nil, err
	}
	const pt = 72.0 / ocrDPI
	words := make([]layout.Word, 0, len(found))
	for _, w := range found {
		b := w.Box
		words = append(words, layout.Word{Text: w.Text,
			X0: float64(b.Min.X) * pt, X1: float64(b.Max.X) * pt,
			Y0: h - float64(b.Max.Y)*pt, Y1: h - float64(b.Min.Y)*pt})
	}
	return sameLines(words), nil
}

// sameLines gives the words of each line the line's height: tesseract
// boxes a word's ink, so that words with and without descenders would sit
// on different baselines and a reader would not see one line.
func sameLines(words []layout.Word) []layout.Word {
	for i := 0; i < len(words); {
		k, y0, y1 := i+1, words[i].Y0, words[i].Y1
		for k < len(words) {
			w := words[k]
			if overlap := min(y1, w.Y1) - max(y0, w.Y0); overlap < (w.Y1-w.Y0)/2 {
				break
			}
			y0, y1 = min(y0, w.Y0), max(y1, w.Y1)
			k++
		}
		for n := i; n < k; n++ {
			words[n].Y0, words[n].Y1 = y0, y1
		}
		i = k
	}
	return words
}

// wordChars spreads each recognised word's box over its characters, with a
// space between words, so that phrases are found in them as in text.
func wordChars(words []layout.Word) []pageread.Char {
	var out []pageread.Char
	for _, w := range words {
		rs := []rune(w.Text)
		step := (w.X1 - w.X0) / float64(len(rs))
		rtl := pageread.RightToLeft(w.Text) // its first letter is on the right
		for k, ch := range rs {
			x := w.X0 + float64(k)*step
			if rtl {
				x = w.X1 - float64(k+1)*step
			}
			out = append(out, pageread.Char{R: ch, Box: pageread.Rect{X0: x, Y0: w.Y0, X1: x + step, Y1: w.Y1}})
		}
		end := w.X1 // the space after the word
		if rtl {
			end = w.X0
		}
		out = append(out, pageread.Char{R: ' ', Box: pageread.Rect{X0: end, Y0: w.Y0, X1: end, Y1: w.Y1}})
	}
	return out
}

func pluralPages(n int) string {
	if n == 1 {
		return "1 scanned page"
	}
	return fmt.Sprintf("%d scanned pages", n)
}
