package packet

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rawPage is one page of a PDF written by hand: odd sizes, rotations and
// attributes inherited from the page tree, which PDF libraries rarely make.
type rawPage struct {
	w, h   float64
	rotate int
	text   string
	field  string // the value of a filled form field without an appearance
}

// rawPDF writes a minimal PDF. The first page inherits its MediaBox and
// Rotate from the page tree node, as some scanners write them.
func rawPDF(pages []rawPage, info string) []byte {
	var b pdfBuilder
	b.obj("<< /Type /Catalog /Pages 2 0 R >>")
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 5+2*i)
	}
	p0 := pages[0]
	b.obj(fmt.Sprintf("<< /Type /Pages /Count %d /Kids [%s] /MediaBox [0 0 %g %g] /Rotate %d /Resources << /Font << /F1 4 0 R >> >> >>",
		len(pages), strings.Join(kids, " "), p0.w, p0.h, p0.rotate))
	b.obj(fmt.Sprintf("<< /Title (%s) /Author (%s) /Producer (SecretScanner 9) >>", info, info))
	b.obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	for i, p := range pages {
		attrs := ""
		if i > 0 {
			attrs = fmt.Sprintf("/MediaBox [0 0 %g %g] /Rotate %d", p.w, p.h, p.rotate)
		}
		if p.field != "" {
			attrs += fmt.Sprintf(" /Annots [<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (%s) /Rect [72 72 300 100] >>]", p.field)
		}
		b.obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R %s /Contents %d 0 R >>", attrs, 6+2*i))
		b.obj(pdfStream("", fmt.Sprintf("BT /F1 %g Tf %g %g Td (%s) Tj ET", min(p.w, p.h)/20, p.w/10, p.h/2, p.text)))
	}
	return b.finish("/Info 3 0 R")
}

// pdfBuilder writes a PDF by hand, object 1 its catalog.
type pdfBuilder struct {
	b    bytes.Buffer
	offs []int
}

// obj adds the next object, numbered from 1.
func (p *pdfBuilder) obj(body string) {
	if p.b.Len() == 0 {
		p.b.WriteString("%PDF-1.4\n")
	}
	p.offs = append(p.offs, p.b.Len())
	fmt.Fprintf(&p.b, "%d 0 obj\n%s\nendobj\n", len(p.offs), body)
}

// finish writes the cross-reference table and the trailer, with extra
// entries beside /Root.
func (p *pdfBuilder) finish(extra string) []byte {
	xref := p.b.Len()
	fmt.Fprintf(&p.b, "xref\n0 %d\n0000000000 65535 f \n", len(p.offs)+1)
	for _, o := range p.offs {
		fmt.Fprintf(&p.b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&p.b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(p.offs)+1, extra, xref)
	return p.b.Bytes()
}

// pdfStream is a stream object's text.
func pdfStream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// photoJPEG makes a w×h JPEG with an EXIF orientation tag.
func photoJPEG(w, h, orientation int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 90, 255})
		}
	}
	var enc bytes.Buffer
	jpeg.Encode(&enc, img, &jpeg.Options{Quality: 70})
	data := enc.Bytes()
	// APP1 Exif with a one-entry IFD0: Orientation.
	tiff := []byte("MM\x00\x2a\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00")
	binary.BigEndian.PutUint16(tiff[18:], uint16(orientation))
	payload := append([]byte("Exif\x00\x00"), tiff...)
	seg := []byte{0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(payload)+2))
	out := append([]byte{}, data[:2]...)
	out = append(out, seg...)
	out = append(out, payload...)
	return append(out, data[2:]...)
}

func screenshotPNG(w, h int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.NRGBA{30, 30, uint8(100 + y%100), 255})
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}

// genSpec shapes a generated case.
type genSpec struct {
	seed       uint64
	exhibits   int
	sections   int
	longTitles bool
	bates      bool
	prefix     string // Bates prefix, default NGUYEN-
	start      int    // first number, default 101
	court      bool
	scripts    bool // names and titles in every script packet prints
}

// scriptTitles are document titles in the scripts asylum cases bring, each
// with a name in its own script, for generated cases with scripts set.
var scriptTitles = []string{
	"Summons of the Revolutionary Court (احضاریه دادگاه انقلاب)",
	"Letter from his father, Hossein Rezaei (حسین رضایی)",
	"Tazkira of ګل احمد ځدراڼ",
	"Affidavit of عائشہ پروین",
	"Transit visa, Addis Ababa (የመተላለፊያ ቪዛ)",
	"Police report naming ተስፋይ ገብረመድህን",
	"Citizenship certificate of राम बहादुर श्रेष्ठ",
	"Hotel receipt, Guangzhou (广州酒店收据)",
	"Employment record, 山田 花子",
	"Letter from 김민지",
	"Statement of שרה לוי",
	"شهادة ميلاد محمد عبد الله",
}

// odd page sizes a case may hold: Letter, A4, legal, landscape, tiny, huge
// and a long strip.
var pageSizes = [][2]float64{{612, 792}, {595.28, 841.89}, {612, 1008}, {792, 612}, {200, 300}, {2384, 3370}, {1400, 300}}

// writeCase writes a generated case and its evidence into dir and returns
// the case file's path.
func writeCase(t testing.TB, dir string, s genSpec) string {
	t.Helper()
	r := rand.New(rand.NewPCG(s.seed, 7))
	write := func(name string, data []byte) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var y strings.Builder
	y.WriteString("version: 1\n")
	if s.court {
		y.WriteString(`forum: immigration-court
court: { city: "New York, NY", judge: Hon. Laura Bennett, hearing: 2027-02-01T09:00 }
service: { to: DHS Office of the Principal Legal Advisor, address: "26 Federal Plaza\nNew York, NY 10278", method: mail, date: 2026-12-01 }
`)
	} else {
		y.WriteString("forum: asylum-office\nasylum_office: { name: Newark Asylum Office, address: \"1200 Wall Street West\\nLyndhurst, NJ 07071\" }\n")
	}
	applicant := "applicant: { name: José Nguyễn Ελένη Иван, a_number: A-212-345-678, detained: true }\n"
	if s.scripts {
		applicant = "applicant: { name: Maryam Rezaei, native_name: مریم رضایی, a_number: A-212-345-678, detained: true }\n"
	}
	y.WriteString(applicant)
	y.WriteString(`preparer: { name: "Maria Okafor, Esq.", firm: Okafor Immigration Law, eoir_id: ABC12345 }
filing: { title: Respondent's Evidence in Support of Form I-589, date: 2026-12-01 }
`)
	if s.bates {
		prefix, start := cmp.Or(s.prefix, "NGUYEN-"), cmp.Or(s.start, 101)
		fmt.Fprintf(&y, "numbering: { style: bates, prefix: %s, digits: 6, start: %d, position: bottom-right }\n", prefix, start)
	}
	y.WriteString("sections:\n")
	per := (s.exhibits + s.sections - 1) / s.sections
	for k := 0; k < s.exhibits; k++ {
		if k%per == 0 {
			fmt.Fprintf(&y, "  - title: Section %d of the evidence\n    exhibits:\n", k/per+1)
		}
		title := fmt.Sprintf("Document %d", k+1)
		if s.scripts {
			title = scriptTitles[k%len(scriptTitles)]
		}
		if s.longTitles && k%3 == 0 {
			title += strings.Repeat(" with a very long descriptive title of the kind a court asks for", 4)
		}
		fmt.Fprintf(&y, "      - id: doc-%d\n        title: %q\n        description: Evidence number %d.\n        date: 2025-0%d\n        files:\n", k+1, title, k+1, 1+k%9)
		nfiles := 1 + r.IntN(2)
		for f := 0; f < nfiles; f++ {
			name := fmt.Sprintf("evidence/e%d-%d", k+1, f+1)
			switch kind := r.IntN(10); {
			case kind == 0:
				name += ".jpg"
				write(name, photoJPEG(64+r.IntN(64), 48+r.IntN(48), 1+r.IntN(8)))
			case kind == 1:
				name += ".png"
				write(name, screenshotPNG(40+r.IntN(40), 60+r.IntN(40)))
			default:
				name += ".pdf"
				n := 1 + r.IntN(6)
				pages := make([]rawPage, n)
				for i := range pages {
					sz := pageSizes[r.IntN(len(pageSizes))]
					pages[i] = rawPage{w: sz[0], h: sz[1], rotate: 90 * r.IntN(4), text: fmt.Sprintf("Exhibit %d file %d page %d", k+1, f+1, i+1)}
				}
				write(name, rawPDF(pages, "Secret Author "+name))
				if n > 2 && r.IntN(3) == 0 {
					fmt.Fprintf(&y, "          - { path: %s, pages: \"2-%d\" }\n", name, n)
					continue
				}
			}
			fmt.Fprintf(&y, "          - %s\n", name)
		}
	}
	write("case.yaml", []byte(y.String()))
	return filepath.Join(dir, "case.yaml")
}
