package pdf

import (
	"slices"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// appearance is a visible annotation drawn into the page: its normal
// appearance stream and where it goes in the page's default space.
type appearance struct {
	stream types.IndirectRef
	place  matrix
}

// Annotation flags that keep an annotation off screen and paper.
const (
	flagHidden = 1 << 1
	flagNoView = 1 << 5
)

// appearances returns the annotations of page i that show something (form
// field values, stamps, highlights), so that they can be flattened into the
// page: the packet carries what the page showed, without the live fields,
// actions and links behind it.
func (s *Source) appearances(i int) []appearance {
	o, err := s.xref.Dereference(s.pages[i].dict["Annots"])
	if err != nil {
		return nil
	}
	arr, _ := o.(types.Array)
	var out []appearance
	for _, a := range arr {
		ao, err := s.xref.Dereference(a)
		if err != nil {
			continue
		}
		d, ok := ao.(types.Dict)
		if !ok {
			continue
		}
		if st := d.NameEntry("Subtype"); st != nil && (*st == "Link" || *st == "Popup") {
			continue
		}
		if f, ok := s.integer(d["F"]); ok && f&(flagHidden|flagNoView) != 0 {
			continue
		}
		ref, ok := s.normalAppearance(d)
		if !ok {
			continue
		}
		rect, ok := s.box(d["Rect"])
		if !ok {
			continue
		}
		if m, ok := s.appearancePlace(ref, rect); ok {
			out = append(out, appearance{ref, m})
		}
	}
	return out
}

// normalAppearance finds the /AP /N stream, choosing the state /AS names
// when there are several (check boxes, radio buttons).
func (s *Source) normalAppearance(annot types.Dict) (types.IndirectRef, bool) {
	apo, err := s.xref.Dereference(annot["AP"])
	if err != nil {
		return types.IndirectRef{}, false
	}
	ap, ok := apo.(types.Dict)
	if !ok {
		return types.IndirectRef{}, false
	}
	n := ap["N"]
	if ref, ok := n.(types.IndirectRef); ok {
		if o, err := s.xref.Dereference(ref); err == nil {
			if _, isStream := o.(types.StreamDict); isStream {
				return ref, true
			}
			n = o
		}
	}
	states, ok := n.(types.Dict)
	if !ok {
		return types.IndirectRef{}, false
	}
	as := annot.NameEntry("AS")
	if as == nil {
		return types.IndirectRef{}, false
	}
	ref, ok := states[*as].(types.IndirectRef)
	return ref, ok
}

// appearancePlace computes the matrix that maps an appearance stream's box,
// transformed by its own /Matrix, onto the annotation's rectangle (PDF 32000
// 12.5.5).
func (s *Source) appearancePlace(ref types.IndirectRef, rect box) (matrix, bool) {
	o, err := s.xref.Dereference(ref)
	if err != nil {
		return matrix{}, false
	}
	sd, ok := o.(types.StreamDict)
	if !ok {
		return matrix{}, false
	}
	bb, ok := s.box(sd.Dict["BBox"])
	if !ok {
		return matrix{}, false
	}
	m := identity
	if mo, err := s.xref.Dereference(sd.Dict["Matrix"]); err == nil {
		if a, ok := mo.(types.Array); ok && len(a) == 6 {
			for k := range a {
				m[k], _ = s.number(a[k])
			}
		}
	}
	// The transformed box's bounds, mapped onto the rectangle.
	xs, ys := make([]float64, 0, 4), make([]float64, 0, 4)
	for _, p := range [][2]float64{{bb.llx, bb.lly}, {bb.urx, bb.lly}, {bb.llx, bb.ury}, {bb.urx, bb.ury}} {
		xs = append(xs, m[0]*p[0]+m[2]*p[1]+m[4])
		ys = append(ys, m[1]*p[0]+m[3]*p[1]+m[5])
	}
	t := box{slices.Min(xs), slices.Min(ys), slices.Max(xs), slices.Max(ys)}
	if t.width() <= 0 || t.height() <= 0 {
		return matrix{}, false
	}
	sx, sy := rect.width()/t.width(), rect.height()/t.height()
	return matrix{sx, 0, 0, sy, rect.llx - t.llx*sx, rect.lly - t.lly*sy}, true
}

// BlankFields returns how many form fields on page i (0-based) have no
// appearance of their own: viewers draw their values on the fly, but the
// packet carries only what is drawn, so they would print empty.
func (s *Source) BlankFields(i int) int {
	arr, _ := s.deref(s.pages[i].dict["Annots"]).(types.Array)
	n := 0
	for _, a := range arr {
		d, ok := s.deref(a).(types.Dict)
		if !ok {
			continue
		}
		if st := d.NameEntry("Subtype"); st == nil || *st != "Widget" {
			continue
		}
		if _, ok := s.normalAppearance(d); !ok && d["V"] != nil {
			n++
		}
	}
	return n
}
