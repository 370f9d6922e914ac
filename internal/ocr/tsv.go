package ocr

import (
	"errors"
	"fmt"
	"image"
	"strconv"
	"strings"
)

// tsvHeader starts tesseract's TSV output; a cache entry without it is
// damaged.
const tsvHeader = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"

// wordLevel is the TSV level of a word row (1 page, 2 block, 3 paragraph,
// 4 line).
const wordLevel = 5

// parseTSV returns the words of tesseract's TSV output, in its order, with
// their boxes moved by offset (the image's Bounds().Min, which tesseract
// never sees). Rows that are not words, have no text or have no confidence
// (-1) are skipped. A row that does not have the twelve columns, or whose
// numbers do not parse, is an error naming its line: the caller treats the
// whole output as damaged rather than guess.
func parseTSV(tsv []byte, offset image.Point) ([]Word, error) {
	lines := strings.Split(strings.ReplaceAll(string(tsv), "\r\n", "\n"), "\n")
	if lines[0] != tsvHeader {
		return nil, errors.New("line 1: not tesseract's TSV header")
	}
	var words []Word
	for i, line := range lines[1:] {
		if line == "" {
			continue
		}
		w, ok, err := parseRow(line, offset)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+2, err)
		}
		if ok {
			words = append(words, w)
		}
	}
	return words, nil
}

// parseRow reads one TSV row; ok is false for a row that is not a word
// with text and a confidence.
func parseRow(line string, offset image.Point) (w Word, ok bool, err error) {
	f := strings.Split(line, "\t")
	if len(f) != 12 {
		return Word{}, false, fmt.Errorf("%d columns, want 12", len(f))
	}
	var n [10]int // level … height
	for i := range n {
		if n[i], err = strconv.Atoi(f[i]); err != nil {
			return Word{}, false, fmt.Errorf("column %d: %q is not a whole number", i+1, f[i])
		}
	}
	conf, err := strconv.ParseFloat(f[10], 64)
	if err != nil {
		return Word{}, false, fmt.Errorf("column 11: %q is not a confidence", f[10])
	}
	text := strings.TrimSpace(f[11])
	if n[0] != wordLevel || text == "" || conf < 0 {
		return Word{}, false, nil
	}
	left, top, width, height := n[6], n[7], n[8], n[9]
	box := image.Rect(left, top, left+width, top+height).Add(offset)
	return Word{Text: text, Box: box, Confidence: conf}, true, nil
}
