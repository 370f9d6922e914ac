// Package script prints text of any script that packet's fonts cover into
// fpdf pages: it picks a font for every character by coverage, orders
// mixed right-to-left and left-to-right text (Unicode bidi), and shapes
// the scripts whose letters join or reorder (Arabic, Hebrew marks,
// Devanagari and the other complex scripts) with HarfBuzz.
//
// fpdf can only print characters through a font's character map, so it
// cannot print shaped glyphs. Shaped runs are drawn as the glyphs'
// outlines, with the same characters laid invisibly over them so that the
// text can still be searched and copied. Everything else (Latin, Greek,
// Cyrillic, Ethiopic, Chinese, Japanese, Korean) is printed as real text.
package script

import (
	"bytes"
	"fmt"
	"sync"
	"unicode"

	"github.com/go-pdf/fpdf"
	"github.com/go-text/typesetting/font"
	"golang.org/x/image/font/sfnt"

	"github.com/asylumpacket/packet/templates"
)

// Face is one font file. It is parsed for shaping only when first needed.
type Face struct {
	// Name is the face's fpdf family name, unique within its Fonts.
	Name string
	// Source names the file in messages.
	Source string
	data   []byte

	once sync.Once
	face *font.Face
	err  error

	coverOnce sync.Once
	cover     *sfnt.Font // the character map, read without parsing the rest
}

// parsed returns the face ready for shaping and coverage queries.
func (f *Face) parsed() (*font.Face, error) {
	f.once.Do(func() {
		f.face, f.err = font.ParseTTF(bytes.NewReader(f.data))
		if f.err != nil {
			f.err = fmt.Errorf("%s: %w", f.Source, f.err)
		}
	})
	return f.face, f.err
}

// buffers serve sfnt's lookups, which need scratch space.
var buffers = sync.Pool{New: func() any { return new(sfnt.Buffer) }}

// has reports whether the face maps r to a glyph. It reads only the
// character map: a Latin line parses no font for shaping, and checking a
// name parses no fallback font whole.
func (f *Face) has(r rune) bool {
	f.coverOnce.Do(func() { f.cover, _ = sfnt.Parse(f.data) })
	if f.cover == nil {
		return false
	}
	buf := buffers.Get().(*sfnt.Buffer)
	defer buffers.Put(buf)
	g, err := f.cover.GlyphIndex(buf, r)
	return err == nil && g != 0
}

// Family is a regular face and, when the font has one, its bold face.
// Without one, bold is drawn by thickening the regular face's strokes.
type Family struct {
	Regular, Bold *Face
}

// face returns the face that prints the style, and whether bold must be
// drawn by thickening it.
func (fm *Family) face(bold bool) (f *Face, synthetic bool) {
	if !bold {
		return fm.Regular, false
	}
	if fm.Bold != nil {
		return fm.Bold, false
	}
	return fm.Regular, true
}

// Fonts is the ordered list of families text is printed with. The first,
// DejaVu Sans, prints every character it has; each other character is
// printed with the first family that has it.
type Fonts struct {
	families []*Family
}

// PrimaryName is the fpdf family name of the primary font, registered with
// the styles "" and "B".
const PrimaryName = "DejaVu"

// Builtin returns the fonts packet ships: DejaVu Sans, then the fallbacks
// of templates.Fallbacks. They are shared and safe for concurrent use.
var Builtin = sync.OnceValue(func() *Fonts {
	fs := &Fonts{families: []*Family{{
		Regular: &Face{Name: PrimaryName, Source: templates.FontRegular, data: templates.Regular()},
		Bold:    &Face{Name: PrimaryName + "-B", Source: templates.FontBold, data: templates.Bold()},
	}}}
	for _, fb := range templates.Fallbacks {
		fam := &Family{Regular: &Face{Name: fb.Name, Source: fb.Regular, data: templates.Font(fb.Regular)}}
		if fb.Bold != "" {
			fam.Bold = &Face{Name: fb.Name + "-Bold", Source: fb.Bold, data: templates.Font(fb.Bold)}
		}
		fs.families = append(fs.families, fam)
	}
	return fs
})

// With returns the fonts of fs followed by extra families, tried after
// them. fs is not changed.
func (fs *Fonts) With(extra ...*Family) *Fonts {
	if len(extra) == 0 {
		return fs
	}
	return &Fonts{families: append(append([]*Family(nil), fs.families...), extra...)}
}

// PrimaryHas reports whether DejaVu Sans has r in both its faces: what
// packet's document typesetter, which prints with it alone, can print.
func (fs *Fonts) PrimaryHas(r rune) bool {
	p := fs.primary()
	return p.Regular.has(r) && p.Bold.has(r)
}

// primary is the family of DejaVu Sans.
func (fs *Fonts) primary() *Family { return fs.families[0] }

// familyOf returns the family that prints r, or nil: DejaVu Sans for
// its own scripts, else the first family that has r. DejaVu also has
// Arabic and Hebrew letters, but not all those of Persian, Pashto or Urdu;
// a name split between two fonts would not join, so the fallbacks, made
// for their scripts, come first for every other script.
func (fs *Fonts) familyOf(r rune) *Family {
	own := unicode.In(r, primaryScripts...)
	if own && fs.primary().Regular.has(r) {
		return fs.primary()
	}
	for _, fm := range fs.families[1:] {
		if fm.Regular.has(r) {
			return fm
		}
	}
	if !own && fs.primary().Regular.has(r) {
		return fs.primary()
	}
	return nil
}

// primaryScripts are the scripts DejaVu Sans is the font for.
var primaryScripts = []*unicode.RangeTable{unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Common,
	unicode.Inherited, unicode.Armenian, unicode.Georgian}

// LoadFont reads a user's font file (TrueType, .ttf) into a family of its
// own: its one face prints both styles, bold drawn thickened. The name
// must be unique among the fonts it will join. Fonts with PostScript (CFF)
// outlines and font collections are refused, because fpdf cannot embed
// them.
func LoadFont(name, source string, data []byte) (*Family, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("not a font file (too short)")
	}
	switch string(data[:4]) {
	case "\x00\x01\x00\x00", "true":
	case "OTTO":
		return nil, fmt.Errorf("an OpenType font with PostScript (CFF) outlines, which PDF writing cannot embed; use a TrueType (.ttf) font")
	case "ttcf":
		return nil, fmt.Errorf("a font collection (.ttc); use a single TrueType (.ttf) font")
	default:
		return nil, fmt.Errorf("not a TrueType font (allowed: .ttf files with TrueType outlines)")
	}
	f := &Face{Name: name, Source: source, data: data}
	if _, err := f.parsed(); err != nil {
		return nil, fmt.Errorf("not a readable TrueType font: %v", err)
	}
	// fpdf parses fonts its own way; refuse now what it would refuse later.
	probe := fpdf.New("P", "pt", "Letter", "")
	probe.AddUTF8FontFromBytes(name, "", data)
	if err := probe.Error(); err != nil {
		return nil, fmt.Errorf("a font PDF writing cannot use: %v", err)
	}
	return &Family{Regular: f}, nil
}
