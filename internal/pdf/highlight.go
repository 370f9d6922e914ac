package pdf

import (
	"fmt"
	"slices"
	"strings"
)

// Highlight marks quads on page i with one highlight annotation, as a
// reader's highlighter marks a phrase: typically one rectangle per line, in
// page space (points, origin at the bottom left). The annotation carries its
// own appearance, yellow multiplied over the page so the text stays
// readable, which viewers show and print as it is. Empty quads add nothing.
func (d *Doc) Highlight(i int, quads []Rect) {
	if len(quads) == 0 {
		return
	}
	d.pages[i].highlights = append(d.pages[i].highlights, slices.Clone(quads))
}

// highlights writes page i's highlight annotations and returns references
// to them.
func (w *writer) highlights(i int) []string {
	var refs []string
	for _, quads := range w.doc.pages[i].highlights {
		annot, appearance := w.alloc(), w.alloc()
		u := rectBox(quads[0])
		var points, draw strings.Builder
		draw.WriteString("/M0 gs 1 1 0 rg\n")
		for k, q := range quads {
			b := rectBox(q)
			u = box{min(u.llx, b.llx), min(u.lly, b.lly), max(u.urx, b.urx), max(u.ury, b.ury)}
			if k > 0 {
				points.WriteString(" ")
			}
			// Upper left, upper right, lower left, lower right: the order
			// Acrobat writes and viewers expect, not the counterclockwise
			// one the specification's text gives.
			fmt.Fprintf(&points, "%s %s %s %s %s %s %s %s", num(b.llx), num(b.ury), num(b.urx), num(b.ury),
				num(b.llx), num(b.lly), num(b.urx), num(b.lly))
			fmt.Fprintf(&draw, "%s %s %s %s re\n", num(b.llx), num(b.lly), num(b.width()), num(b.height()))
		}
		draw.WriteString("f\n")
		rect := fmt.Sprintf("[%s %s %s %s]", num(u.llx), num(u.lly), num(u.urx), num(u.ury))
		w.object(annot, fmt.Sprintf("<</Type/Annot/Subtype/Highlight/Rect%s/QuadPoints[%s]/C[1 1 0]/CA 1/F 4/P %s/AP<</N %s>>>>",
			rect, points.String(), pageRef(i), ref(appearance)))
		// The box is the annotation's rectangle, so the form draws in page
		// space; multiply keeps the text under the yellow dark.
		w.stream(appearance, "/Type/XObject/Subtype/Form/BBox"+rect+
			"/Resources<</ExtGState<</M0<</Type/ExtGState/BM/Multiply>>>>>>", []byte(draw.String()))
		refs = append(refs, ref(annot))
	}
	return refs
}

// rectBox returns r's corners, lower left first, whichever way its width
// and height point.
func rectBox(r Rect) box {
	return box{min(r.X, r.X+r.W), min(r.Y, r.Y+r.H), max(r.X, r.X+r.W), max(r.Y, r.Y+r.H)}
}
