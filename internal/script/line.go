package script

import (
	"slices"
	"unicode"

	"github.com/go-text/typesetting/bidi"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// run is a piece of a line printed with one face in one direction.
type run struct {
	face      *Face
	synthetic bool   // bold drawn by thickening the regular face
	text      []rune // the characters, in logical order
	rtl       bool
	// shaped runs are drawn as HarfBuzz's glyphs (in visual order), in font
	// units; the others as text through the face's character map.
	shaped bool
	glyphs []shaping.Glyph
	upem   float64
	width  float64 // in points
}

// plainScripts need no shaping: each character is its own glyph, printed
// left to right, so fpdf can print them as text.
var plainScripts = map[language.Script]bool{
	language.Latin: true, language.Greek: true, language.Cyrillic: true, language.Common: true,
	language.Inherited: true, language.Armenian: true, language.Georgian: true, language.Ethiopic: true,
	language.Han: true, language.Hiragana: true, language.Katakana: true, language.Hangul: true,
	language.Bopomofo: true, language.Cherokee: true,
}

// layout splits s into runs in visual order, left to right: Unicode bidi
// levels, then
// script and font coverage within each level run, then HarfBuzz for the
// runs that need shaping. Widths of plain runs are fpdf's.
func (w *Writer) layout(s string, bold bool, size float64) []run {
	rs := []rune(s)
	// Every page packet writes is in English, and s may be one line of a
	// wrapped paragraph: the paragraph direction is left to right, not
	// guessed from each line's first letter.
	levels := w.para.Segment(rs, bidi.LeftToRight)
	type leveled struct {
		run
		level bidi.Level
	}
	var out []leveled
	fm := &fontmap{fs: w.fonts, bold: bold, families: map[*font.Face]*Family{}, byScript: map[language.Script]*Family{}}
	for i := range levels.NumRuns() {
		br := levels.Run(i)
		dir := di.DirectionLTR
		if !br.IsLeftToRight() {
			dir = di.DirectionRTL
		}
		in := shaping.Input{Text: rs, RunStart: br.Start, RunEnd: br.End, Direction: dir, Language: language.NewLanguage("und")}
		for _, item := range slices.Clone(w.seg.Split(in, fm)) {
			out = append(out, leveled{w.makeRun(item, fm.families[item.Face], bold, size), br.Level})
		}
	}
	// Unicode's rule L2: from the highest level down to the lowest odd
	// one, reverse every stretch of runs at that level or above.
	var hi, lo bidi.Level = 0, 127
	for _, r := range out {
		hi, lo = max(hi, r.level), min(lo, r.level)
	}
	if lo%2 == 0 {
		lo++
	}
	for lvl := hi; lvl >= lo && lvl > 0; lvl-- {
		for i := 0; i < len(out); {
			if out[i].level < lvl {
				i++
				continue
			}
			j := i
			for j < len(out) && out[j].level >= lvl {
				j++
			}
			slices.Reverse(out[i:j])
			i = j
		}
	}
	runs := make([]run, len(out))
	for i, r := range out {
		runs[i] = r.run
	}
	return runs
}

// makeRun shapes or measures one segment of a line.
func (w *Writer) makeRun(in shaping.Input, fam *Family, bold bool, size float64) run {
	if fam == nil {
		fam = w.fonts.primary()
	}
	face, synthetic := fam.face(bold)
	r := run{
		face:      face,
		synthetic: synthetic,
		text:      in.Text[in.RunStart:in.RunEnd],
		rtl:       in.Direction.Progression() == di.TowardTopLeft,
	}
	r.shaped = r.rtl || !plainScripts[in.Script] || slices.ContainsFunc(r.text, func(c rune) bool { return c > 0xFFFF })
	if !r.shaped {
		w.selectFace(face, size)
		r.width = w.f.GetStringWidth(string(printed(r.text)))
		return r
	}
	ff, _ := face.parsed()
	in.Face = ff
	r.upem = float64(ff.Upem())
	in.Size = fixed.I(int(ff.Upem()))
	outp := w.shaper.Shape(in)
	r.glyphs = outp.Glyphs
	r.width = float64(outp.Advance) / 64 * size / r.upem
	return r
}

// printed drops the characters that steer shaping and direction but print
// nothing: through a character map they would print as boxes.
func printed(text []rune) []rune {
	return slices.DeleteFunc(slices.Clone(text), ignorable)
}

// fontmap picks, for the segmenter, the face of the family that prints
// each character, and remembers which family each face it gave belongs
// to. Punctuation, digits and spaces (script Common) within a run of
// another script stay in that run's font when it has them, so that the
// run is shaped as one.
type fontmap struct {
	fs       *Fonts
	bold     bool
	families map[*font.Face]*Family
	script   language.Script
	byScript map[language.Script]*Family
}

// SetScript is told the script of the runes ResolveFace is about to see.
func (m *fontmap) SetScript(s language.Script) { m.script = s }

func (m *fontmap) ResolveFace(r rune) *font.Face {
	var fam *Family
	common := unicode.In(r, unicode.Common, unicode.Inherited)
	if f := m.byScript[m.script]; common && f != nil && f.Regular.has(r) {
		fam = f
	}
	if fam == nil {
		fam = m.fs.familyOf(r)
		if fam != nil && !common {
			m.byScript[m.script] = fam
		}
	}
	if fam == nil {
		fam = m.fs.primary()
	}
	f, _ := fam.face(m.bold)
	ff, err := f.parsed()
	if err != nil { // a checked font never fails; print with the primary rather than crash
		fam = m.fs.primary()
		f, _ = fam.face(m.bold)
		ff, _ = f.parsed()
	}
	m.families[ff] = fam
	return ff
}
