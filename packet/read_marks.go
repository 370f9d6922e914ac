package packet

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"slices"
	"strings"

	"github.com/asylumpacket/packet/internal/layout"
	"github.com/asylumpacket/packet/internal/pageread"
	"github.com/asylumpacket/packet/internal/pdf"
)

// redactionBoxes finds what each of the exhibit's redactions covers, by
// page. A phrase that is not found is an error, never a silent miss: the
// name it was meant to hide would go out in the filing. So is a phrase
// found in a translation but not in its original, or the other way round:
// the original spells it in its own script, which needs an entry of its
// own. Messages name the field, never the phrase, which is the secret.
func (c *Case) redactionBoxes(p *prepared, chars [][]pageread.Char) (map[int][]pageread.Rect, ErrorList) {
	e, r := p.exhibit, p.read
	boxes := map[int][]pageread.Rect{}
	var errs ErrorList
	parts := c.parts(p)
	var foundIn []map[string]bool // by phrase, the parts it was found in
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
				errs = append(errs, c.errorAt(red.path, "Exhibit %s: the phrase is redacted from its pages but is in its %s, which the index, the divider, the bookmarks and the sidecar print; take it out of the %s", e.Label, f.name, f.name))
			}
		}
		found := map[string]bool{}
		for j := range p.pages {
			for _, lines := range pageread.Find(chars[j], red.Text) {
				for _, b := range lines {
					boxes[j] = append(boxes[j], pageread.Rect{X0: b.X0 - redactPad, Y0: b.Y0 - redactPad, X1: b.X1 + redactPad, Y1: b.Y1 + redactPad})
				}
				found[parts[j]] = true
			}
		}
		if len(found) == 0 {
			errs = append(errs, c.errorAt(red.path, "Exhibit %s: the phrase is not found in its text, so nothing would be blacked out; check the spelling%s, or give a box on a page instead", e.Label, c.scanHint(p)))
		}
		foundIn = append(foundIn, found)
		if unread := c.unread(p); len(found) > 0 && len(unread) > 0 {
			r.warnings = append(r.warnings, c.errorAt(red.path, "Exhibit %s: %s no text, so the phrase was not looked for there; if it appears there, add ocr: true or give boxes", e.Label, carryNoText(unread)))
		}
	}
	return boxes, append(errs, c.partsMissed(p, parts, foundIn, boxes)...)
}

// partsMissed reports phrases found in a translation while its original
// got no redaction at all, or the other way round: the other part spells
// the name its own way (another script), and would keep it.
func (c *Case) partsMissed(p *prepared, parts []string, foundIn []map[string]bool, boxes map[int][]pageread.Rect) ErrorList {
	if !slices.Contains(parts, partTranslation) {
		return nil
	}
	hit := map[string]bool{}
	for j := range boxes {
		hit[parts[j]] = true
	}
	var errs ErrorList
	k := 0
	for _, red := range p.exhibit.Redact {
		if red.Text == "" {
			continue
		}
		found := foundIn[k]
		k++
		for _, pair := range [][2]string{{partTranslation, partOriginal}, {partOriginal, partTranslation}} {
			in, other := pair[0], pair[1]
			if found[in] && !hit[other] {
				errs = append(errs, c.errorAt(red.path, "Exhibit %s: the phrase is found in the %s but nothing is redacted in the %s (%s), where the name would stay; add it as the %s writes it, or boxes on those pages", p.exhibit.Label, in, other, exhibitPages(pagesIn(parts, other)), other))
			}
		}
	}
	return errs
}

// The parts of an exhibit whose pages a redaction must all reach.
const (
	partOriginal    = "original"
	partTranslation = "translation"
	partCertificate = "certificate"
)

// parts names the part each page of the exhibit belongs to.
func (c *Case) parts(p *prepared) []string {
	nOrig, nCert := len(p.original), len(p.certs)
	nTrans := len(p.pages) - nOrig - nCert
	order := []struct {
		name string
		n    int
	}{{partTranslation, nTrans}, {partOriginal, nOrig}, {partCertificate, nCert}}
	if c.originalFirst(p.exhibit) {
		order[0], order[1] = order[1], order[0]
	}
	var out []string
	for _, o := range order {
		for range o.n {
			out = append(out, o.name)
		}
	}
	return out
}

func pagesIn(parts []string, part string) []int {
	var out []int
	for j, p := range parts {
		if p == part {
			out = append(out, j)
		}
	}
	return out
}

// unread returns the exhibit's scanned pages that OCR did not read.
func (c *Case) unread(p *prepared) []int {
	var out []int
	for _, j := range p.read.scans {
		if !p.read.recognised[j] {
			out = append(out, j)
		}
	}
	return out
}

// scanHint explains why text may not be found: the exhibit has scans that
// were not recognised.
func (c *Case) scanHint(p *prepared) string {
	unread := c.unread(p)
	if len(unread) == 0 {
		return ""
	}
	return fmt.Sprintf("; %s no text: add ocr: true to read it", carryNoText(unread))
}

// carryNoText says which pages carry no text: "page 2 carries", "pages 2–3 carry".
func carryNoText(pages []int) string {
	if len(pages) == 1 {
		return exhibitPages(pages) + " carries"
	}
	return exhibitPages(pages) + " carry"
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

// grey converts a rendered page for OCR, as color.GrayModel does, a row
// at a time: image/draw has no fast path from RGBA to grey, and a page at
// 300 dpi is 8.4 million pixels.
func grey(img *image.RGBA) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y):][:4*b.Dx()]
		out := g.Pix[g.PixOffset(b.Min.X, y):]
		for x := 0; x < len(row); x += 4 {
			r, gr, bl := uint32(row[x])*0x101, uint32(row[x+1])*0x101, uint32(row[x+2])*0x101
			out[x/4] = uint8((19595*r + 38470*gr + 7471*bl + 1<<15) >> 24)
		}
	}
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
	if len(pages) == 1 {
		return "page " + parts[0]
	}
	return "pages " + strings.Join(parts, ", ")
}

func trimFloat(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.1f", v), "0"), ".")
}
