package packet

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"strings"

	"github.com/asylumpacket/packet/internal/layout"
	"github.com/asylumpacket/packet/internal/pageread"
	"github.com/asylumpacket/packet/internal/pdf"
)

// redactionBoxes finds what each of the exhibit's redactions covers, by
// page. A phrase that is not found is an error, never a silent miss: the
// name it was meant to hide would go out in the filing.
func (c *Case) redactionBoxes(p *prepared, chars [][]pageread.Char) (map[int][]pageread.Rect, ErrorList) {
	e, r := p.exhibit, p.read
	boxes := map[int][]pageread.Rect{}
	var errs ErrorList
	for _, red := range e.Redact {
		if red.Text == "" {
			j := red.Page - 1
			if j >= len(p.pages) {
				errs = append(errs, c.errorAt(red.path+".page", "Exhibit %s has %d pages: there is no page %d", e.Label, len(p.pages), red.Page))
				continue
			}
			w, h := r.size[j][0], r.size[j][1]
			x, y, bw, bh := red.Box[0], red.Box[1], red.Box[2], red.Box[3]
			if x+bw > w+1 || y+bh > h+1 {
				errs = append(errs, c.errorAt(red.path+".box", "%v reaches beyond page %d of Exhibit %s, which is %s × %s points", red.Box, red.Page, e.Label, trimFloat(w), trimFloat(h)))
				continue
			}
			boxes[j] = append(boxes[j], pageread.Rect{X0: x, Y0: h - y - bh, X1: x + bw, Y1: h - y})
			continue
		}
		for _, f := range []struct{ name, text string }{{"title", e.Title}, {"description", e.Description}} {
			if pageread.Contains(f.text, red.Text) {
				errs = append(errs, c.errorAt(red.path, "Exhibit %s: %q is redacted from its pages but is in its %s, which the index, the divider, the bookmarks and the sidecar print; take it out of the %s", e.Label, red.Text, f.name, f.name))
			}
		}
		found := false
		for j := range p.pages {
			for _, lines := range pageread.Find(chars[j], red.Text) {
				for _, b := range lines {
					boxes[j] = append(boxes[j], pageread.Rect{X0: b.X0 - redactPad, Y0: b.Y0 - redactPad, X1: b.X1 + redactPad, Y1: b.Y1 + redactPad})
				}
				found = true
			}
		}
		if !found {
			errs = append(errs, c.errorAt(red.path, "Exhibit %s: %q is not found in its text, so nothing would be blacked out; check the spelling%s, or give a box on a page instead", e.Label, red.Text, c.scanHint(p)))
		}
	}
	return boxes, errs
}

// scanHint explains why text may not be found: the exhibit has scans that
// were not recognised.
func (c *Case) scanHint(p *prepared) string {
	r := p.read
	if len(r.scans) == 0 || len(r.recognised) > 0 {
		return ""
	}
	return fmt.Sprintf("; %s of the exhibit (%s) carry no text: add ocr: true to read them", pluralPages(len(r.scans)), exhibitPages(r.scans))
}

// highlight marks every occurrence of the exhibit's phrases, except where
// a redaction covers them; a phrase found nowhere is a warning.
func (c *Case) highlight(p *prepared, chars [][]pageread.Char, redact map[int][]pageread.Rect) {
	e, r := p.exhibit, p.read
	for i, phrase := range e.Highlight {
		found := false
		for j := range p.pages {
			for _, lines := range pageread.Find(chars[j], phrase) {
				found = true
				var occ []pdf.Rect
				for _, b := range lines {
					if !covered(b, redact[j]) {
						occ = append(occ, pdf.Rect{X: b.X0, Y: b.Y0, W: b.X1 - b.X0, H: b.Y1 - b.Y0})
					}
				}
				if len(occ) > 0 {
					r.highlights[j] = append(r.highlights[j], occ)
				}
			}
		}
		if !found {
			r.warnings = append(r.warnings, c.errorAt(fmt.Sprintf("%s.highlight[%d]", e.path, i),
				"Exhibit %s: %q is not found on its pages, so nothing is highlighted%s", e.Label, phrase, c.scanHint(p)))
		}
	}
}

// redact rebuilds page j as a picture of itself with the boxes painted
// black, so that nothing under them survives: no text, no image data, no
// annotation. The words outside the boxes stay as an invisible text layer.
func (r *reading) redact(pages *pageread.Doc, j int, boxes []pageread.Rect, chars []pageread.Char) error {
	img, err := pages.Render(j, redactDPI)
	if err != nil {
		return err
	}
	w, h := r.size[j][0], r.size[j][1]
	px := func(v float64) int { return int(v * redactDPI / 72) }
	for _, b := range boxes {
		rect := image.Rect(px(b.X0), px(h-b.Y1), px(b.X1)+1, px(h-b.Y0)+1)
		draw.Draw(img, rect, image.Black, image.Point{}, draw.Src)
	}
	pic, err := picture(img)
	if err != nil {
		return err
	}
	pic.SetSize(w, h)
	r.redacted[j] = pic
	var kept []layout.Word
	if r.recognised[j] {
		for _, word := range r.text[j] {
			b := pageread.Rect{X0: word.X0, Y0: word.Y0, X1: word.X1, Y1: word.Y1}
			if !covered(b, boxes) {
				kept = append(kept, word)
			}
		}
	} else {
		for _, word := range pageread.Words(chars, func(c pageread.Char) bool { return !covered(c.Box, boxes) }) {
			kept = append(kept, layout.Word{Text: word.Text, X0: word.Box.X0, Y0: word.Box.Y0, X1: word.Box.X1, Y1: word.Box.Y1})
		}
	}
	r.text[j] = kept
	return nil
}

// covered reports whether a redaction hides b: its middle, or a quarter
// of it, lies under a box. A line next to a redacted one, which a padded
// box only grazes, keeps its text.
func covered(b pageread.Rect, boxes []pageread.Rect) bool {
	area := (b.X1 - b.X0) * (b.Y1 - b.Y0)
	mx, my := (b.X0+b.X1)/2, (b.Y0+b.Y1)/2
	for _, r := range boxes {
		if mx >= r.X0 && mx <= r.X1 && my >= r.Y0 && my <= r.Y1 {
			return true
		}
		w := min(b.X1, r.X1) - max(b.X0, r.X0)
		h := min(b.Y1, r.Y1) - max(b.Y0, r.Y0)
		if w > 0 && h > 0 && w*h >= area/4 {
			return true
		}
	}
	return false
}

// picture encodes a rendered page: losslessly when it is black and white
// or grey, as a JPEG when it has colour (a photograph on the page).
func picture(img *image.RGBA) (*pdf.Image, error) {
	if g, ok := greyOnly(img); ok {
		return pdf.Raster(g), nil
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
		return nil, err
	}
	return pdf.JPEG(buf.Bytes())
}

// greyOnly returns img as grey when every pixel is a grey.
func greyOnly(img *image.RGBA) (*image.Gray, bool) {
	b := img.Bounds()
	g := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y):][:4*b.Dx()]
		out := g.Pix[g.PixOffset(b.Min.X, y):]
		for x := 0; x < len(row); x += 4 {
			if row[x] != row[x+1] || row[x] != row[x+2] {
				return nil, false
			}
			out[x/4] = row[x]
		}
	}
	return g, true
}

// grey converts a rendered page for OCR.
func grey(img *image.RGBA) *image.Gray {
	g := image.NewGray(img.Bounds())
	draw.Draw(g, g.Bounds(), img, img.Bounds().Min, draw.Src)
	return g
}

// exhibitPages formats pages of an exhibit (0-based) as its stamps count
// them: "2, 4–6".
func exhibitPages(pages []int) string {
	var parts []string
	for _, r := range runs(pages) {
		if r[1] > r[0] {
			parts = append(parts, fmt.Sprintf("%d–%d", r[0]+1, r[1]+1))
		} else {
			parts = append(parts, fmt.Sprint(r[0]+1))
		}
	}
	return "pages " + strings.Join(parts, ", ")
}

func trimFloat(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.1f", v), "0"), ".")
}
