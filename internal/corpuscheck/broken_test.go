package corpuscheck

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/asylumpacket/packet/internal/testtool"
	"github.com/go-pdf/fpdf"
)

// sample is a file the test makes: its name, content, whether it is
// damaged in a way a tolerant reader repairs, so that it must be used, and
// the pages it has when used (0: not known).
type sample struct {
	name       string
	data       []byte
	repairable bool
	pages      int
}

// goodPDF is a sound three-page PDF with text and a picture, the source of
// every damaged file: a classic cross-reference table, compressed streams.
func goodPDF(t testing.TB) []byte {
	f := fpdf.New("P", "pt", "Letter", "")
	fixed := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) // the same file on every run
	f.SetCreationDate(fixed)
	f.SetModificationDate(fixed)
	f.SetCatalogSort(true)
	f.SetCompression(true)
	f.SetFont("Helvetica", "", 14)
	img := image.NewNRGBA(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	var pic bytes.Buffer
	png.Encode(&pic, img)
	f.RegisterImageOptionsReader("pic", fpdf.ImageOptions{ImageType: "PNG"}, &pic)
	for p := 1; p <= 3; p++ {
		f.AddPage()
		f.Text(72, 100, fmt.Sprintf("Page %d of the statement", p))
		f.ImageOptions("pic", 72, 150, 200, 150, false, fpdf.ImageOptions{}, 0, "")
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// brokenFiles damages good in every way the corpus test checks. Everything
// is deterministic: the same files on every run.
func brokenFiles(t testing.TB, good []byte) []sample {
	xref := bytes.LastIndex(good, []byte("\nxref\n")) + 1
	trailer := bytes.LastIndex(good, []byte("trailer"))
	eof := bytes.LastIndex(good, []byte("%%EOF"))
	if xref <= 0 || trailer < xref || eof < trailer {
		t.Fatal("the sample PDF has no classic cross-reference table")
	}
	var out []sample
	// Whatever the damage, a file used is used whole: it has the three
	// pages of the sound one (the photo has one).
	add := func(name string, data []byte, repairable bool) {
		out = append(out, sample{name: name, data: data, repairable: repairable, pages: 3})
	}
	add("good.pdf", good, true)
	for _, pct := range []int{1, 10, 50, 90} {
		add(fmt.Sprintf("truncated-%02d.pdf", pct), good[:len(good)*pct/100], false)
	}
	add("truncated-before-xref.pdf", good[:xref], true)
	add("truncated-before-eof.pdf", good[:eof], true)
	for seed := uint64(1); seed <= 12; seed++ {
		add(fmt.Sprintf("bitflip-%02d.pdf", seed), flipBits(good, seed, 8), false)
	}
	add("xref-offsets-shifted.pdf", shiftOffsets(good[:trailer], 7, good[trailer:]), true)
	add("trailer-without-root.pdf", remove(good, trailer, `/Root \d+ 0 R`), true)
	add("trailer-without-size.pdf", remove(good, trailer, `/Size \d+`), true)
	add("xref-removed.pdf", append(bytes.Clone(good[:xref]), good[trailer:]...), true)
	add("page-content-blanked.pdf", blankContent(good, 1), false) // a page without its text is lost evidence
	add("encrypted-user-password.pdf", testtool.Encrypt(t, good, "open sesame", "owner secret"), false)
	owner := testtool.Encrypt(t, good, "", "owner secret")
	add("encrypted-owner-password.pdf", owner, true)
	add("encrypted-cut-short.pdf", owner[:len(owner)*9/10], false)
	add("photo-named.pdf", jpegData(), true) // a JPEG is a JPEG, whatever its name
	out[len(out)-1].pages = 1
	add("web-page.pdf", []byte("<!DOCTYPE html>\n<html><head><title>Statement</title></head><body><p>Saved from the browser.</p></body></html>\n"), false)
	add("empty.pdf", nil, false)
	noise := make([]byte, 4096)
	r := rand.New(rand.NewPCG(7, 7))
	for i := range noise {
		noise[i] = byte(r.Uint32())
	}
	add("random-bytes.pdf", noise, false)
	return out
}

// flipBits flips n bits of data at positions chosen by seed.
func flipBits(data []byte, seed uint64, n int) []byte {
	out := bytes.Clone(data)
	r := rand.New(rand.NewPCG(seed, 1))
	for range n {
		i := r.IntN(len(out))
		out[i] ^= 1 << r.IntN(8)
	}
	return out
}

// shiftOffsets moves every in-use entry of the cross-reference table in
// head by delta bytes, then appends tail.
func shiftOffsets(head []byte, delta int, tail []byte) []byte {
	entry := regexp.MustCompile(`(?m)^(\d{10}) (\d{5}) n`)
	out := entry.ReplaceAllFunc(bytes.Clone(head), func(m []byte) []byte {
		off, _ := strconv.Atoi(string(m[:10]))
		return fmt.Appendf(nil, "%010d%s", off+delta, m[10:])
	})
	return append(out, tail...)
}

// remove deletes the first match of pattern at or after from.
func remove(data []byte, from int, pattern string) []byte {
	loc := regexp.MustCompile(pattern).FindIndex(data[from:])
	if loc == nil {
		panic("corpuscheck: " + pattern + " is not in the trailer")
	}
	return append(bytes.Clone(data[:from+loc[0]]), data[from+loc[1]:]...)
}

// blankContent overwrites the content stream of page i (0-based) with
// spaces, as a damaged disk block would leave it.
func blankContent(data []byte, i int) []byte {
	refs := regexp.MustCompile(`/Contents (\d+) 0 R`).FindAllSubmatch(data, -1)
	start := bytes.Index(data, []byte("\n"+string(refs[i][1])+" 0 obj")) + 1
	end := start + bytes.Index(data[start:], []byte("endobj")) + len("endobj")
	out := bytes.Clone(data)
	for k := start; k < end; k++ {
		out[k] = ' '
	}
	return out
}

func jpegData() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for i := range img.Pix {
		img.Pix[i] = 0x80
	}
	img.Set(3, 3, color.Black)
	var b bytes.Buffer
	jpeg.Encode(&b, img, nil)
	return b.Bytes()
}
