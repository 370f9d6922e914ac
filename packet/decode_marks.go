package packet

import (
	"fmt"
	"slices"
	"strconv"
	"unicode"

	"github.com/asylumpacket/packet/internal/ocr"
	"github.com/asylumpacket/packet/internal/pageread"
	"gopkg.in/yaml.v3"
)

// phrases reads a list of phrases to look for in an exhibit's text.
func (d *decoder) phrases(n *yaml.Node, p string) []string {
	var out []string
	seen := map[string]int{}
	for i, v := range d.list(n, p) {
		fp := fmt.Sprintf("%s[%d]", p, i)
		if s := d.phrase(v, fp); s != "" {
			key := pageread.Key(s) // one that Find matches alike: "Zúñiga" and "zuniga"
			if first, ok := seen[key]; ok {
				d.fail(v, fp, "repeats %s[%d]", p, first)
				continue
			}
			seen[key] = i
			out = append(out, s)
		}
	}
	return out
}

// phrase reads one phrase: text with at least two letters or digits, so
// that it cannot match everywhere.
func (d *decoder) phrase(n *yaml.Node, p string) string {
	s, ok := d.scalar(n, p, "a phrase as it appears in the document")
	if !ok {
		return ""
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			letters++
		}
	}
	if letters < 2 {
		d.fail(n, p, "%q is too short to look for (allowed: a phrase with at least two letters or digits)", s)
		return ""
	}
	return s
}

// redactions reads what to black out: phrases, or boxes on pages.
func (d *decoder) redactions(n *yaml.Node, p string) []Redaction {
	var out []Redaction
	for i, v := range d.list(n, p) {
		fp := fmt.Sprintf("%s[%d]", p, i)
		r := Redaction{path: fp}
		if v.Kind != yaml.MappingNode {
			if r.Text = d.phrase(v, fp); r.Text != "" {
				out = append(out, r)
			}
			continue
		}
		m := d.mapping(v, fp)
		_, text := m["text"]
		_, page := m["page"]
		_, box := m["box"]
		switch {
		case text && (page || box):
			d.fail(v, fp, "gives both text and a box: a redaction is a phrase (text) or a box on a page (page and box)")
			continue
		case text:
			r.path = fp + ".text"
			if r.Text = d.phrase(m["text"], fp+".text"); r.Text == "" {
				continue
			}
		default:
			d.require(v, fp, m, "page", "box")
			pg, ok := d.integer(m["page"], fp+".page", 1, 100_000)
			b, boxOK := d.box(m["box"], fp+".box")
			if !ok || !boxOK {
				continue
			}
			r.Page, r.Box = pg, b
		}
		out = append(out, r)
	}
	return out
}

// box reads [x, y, width, height] in points from a page's top left corner.
func (d *decoder) box(n *yaml.Node, p string) ([4]float64, bool) {
	var b [4]float64
	const allowed = "[x, y, width, height] in points (1/72 inch) from the page's top left corner, e.g. [72, 144, 200, 14]"
	list := d.list(n, p)
	if len(list) != 4 {
		if n != nil && !isNull(n) {
			d.fail(n, p, "must be four numbers: %s", allowed)
		}
		return b, false
	}
	for i, v := range list {
		f, err := strconv.ParseFloat(v.Value, 64)
		if v.Kind != yaml.ScalarNode || (v.Tag != "!!int" && v.Tag != "!!float") || err != nil {
			d.fail(v, p, "%q is not a number (allowed: %s)", v.Value, allowed)
			return b, false
		}
		b[i] = f
	}
	if b[0] < 0 || b[1] < 0 || b[2] <= 0 || b[3] <= 0 || b[0] > 2000 || b[1] > 2000 || b[2] > 2000 || b[3] > 2000 {
		d.fail(n, p, "%v is not a box on a page (allowed: %s, with width and height above 0)", b, allowed)
		return b, false
	}
	return b, true
}

// ocr reads an exhibit's ocr field: true or false, or the tesseract
// languages to read its original with, which also means true.
func (d *decoder) ocr(n *yaml.Node, p string) (bool, []string) {
	if r := d.resolve(n); r == nil || r.Kind != yaml.SequenceNode {
		return d.boolean(n, p), nil
	}
	const allowed = "true, false, or tesseract's names of the languages to read the original with, such as [bul, eng] or [script/Cyrillic]"
	items := d.list(n, p)
	if len(items) == 0 {
		d.fail(n, p, "is an empty list (allowed: %s)", allowed)
	}
	var langs []string
	for i, v := range items {
		fp := fmt.Sprintf("%s[%d]", p, i)
		s, ok := d.scalar(v, fp, allowed)
		switch {
		case !ok:
		case !ocr.ValidName(s):
			d.fail(v, fp, "%q is not a tesseract language name (allowed: %s)", s, allowed)
		case slices.Contains(langs, s):
			d.fail(v, fp, "repeats %q", s)
		default:
			langs = append(langs, s)
		}
	}
	return true, langs
}
