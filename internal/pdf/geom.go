package pdf

import "math"

// US Letter in points, portrait.
const (
	LetterWidth  = 612.0
	LetterHeight = 792.0
)

var letterBox = box{0, 0, LetterWidth, LetterHeight}

// box is a rectangle: lower left x, y, upper right x, y.
type box struct{ llx, lly, urx, ury float64 }

func (b box) width() float64  { return b.urx - b.llx }
func (b box) height() float64 { return b.ury - b.lly }

func (b box) intersect(o box) (box, bool) {
	r := box{max(b.llx, o.llx), max(b.lly, o.lly), min(b.urx, o.urx), min(b.ury, o.ury)}
	return r, r.width() >= 1 && r.height() >= 1
}

// normRotate maps any /Rotate value to 0, 90, 180 or 270.
func normRotate(r int) int {
	r = ((r % 360) + 360) % 360
	return r - r%90
}

// matrix is a PDF transformation [a b c d e f]: x' = a·x + c·y + e,
// y' = b·x + d·y + f.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// then returns the transformation that applies m first, then n.
func (m matrix) then(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func scaleTranslate(s, tx, ty float64) matrix { return matrix{s, 0, 0, s, tx, ty} }

// upright maps a page's visible box, shown rotated clockwise by rotate
// degrees, to an upright rectangle with its lower left corner at the origin.
func upright(b box, rotate int) matrix {
	switch rotate {
	case 90:
		return matrix{0, -1, 1, 0, -b.lly, b.urx}
	case 180:
		return matrix{-1, 0, 0, -1, b.urx, b.ury}
	case 270:
		return matrix{0, 1, -1, 0, b.ury, -b.llx}
	}
	return matrix{1, 0, 0, 1, -b.llx, -b.lly}
}

// Margins are the space kept free around fitted content, in points.
type Margins struct{ Top, Right, Bottom, Left float64 }

// fit chooses the Letter page (portrait, or landscape for wide content) for
// content of size w×h and the transformation that places it there: content
// that is already Letter size (within a point) stays as it is; anything else
// is scaled, up or down and without distortion, to fill the space inside m,
// and centred in it.
func fit(w, h float64, m Margins) (pageW, pageH float64, place matrix) {
	pageW, pageH = LetterWidth, LetterHeight
	if w > h {
		pageW, pageH = LetterHeight, LetterWidth
	}
	if math.Abs(w-pageW) <= 1 && math.Abs(h-pageH) <= 1 {
		return pageW, pageH, identity
	}
	availW, availH := pageW-m.Left-m.Right, pageH-m.Top-m.Bottom
	s := min(availW/w, availH/h)
	tx := m.Left + (availW-w*s)/2
	ty := m.Bottom + (availH-h*s)/2
	return pageW, pageH, scaleTranslate(s, tx, ty)
}
