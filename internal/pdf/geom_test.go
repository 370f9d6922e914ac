package pdf

import (
	"math"
	"testing"
)

func apply(m matrix, x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestOrient checks where the stored image's top-left pixel (unit square
// point 0,1) lands once upright, for every EXIF orientation; W×H is the
// upright size.
func TestOrient(t *testing.T) {
	const W, H = 30.0, 20.0
	want := map[int][2]float64{
		1: {0, H}, 2: {W, H}, 3: {W, 0}, 4: {0, 0},
		5: {0, H}, 6: {W, H}, 7: {W, 0}, 8: {0, 0},
	}
	for o, w := range want {
		x, y := apply(orient(o, W, H), 0, 1)
		if !near(x, w[0]) || !near(y, w[1]) {
			t.Errorf("orientation %d: top-left lands at %v,%v, want %v", o, x, y, w)
		}
		// The whole square lands inside the upright rectangle.
		for _, p := range [][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
			x, y := apply(orient(o, W, H), p[0], p[1])
			if x < -1e-9 || x > W+1e-9 || y < -1e-9 || y > H+1e-9 {
				t.Errorf("orientation %d: corner %v lands outside at %v,%v", o, p, x, y)
			}
		}
	}
}

// TestUpright checks that a page shown rotated lands upright at the origin:
// its top-left corner (as stored) goes where a viewer shows it.
func TestUpright(t *testing.T) {
	b := box{10, 20, 110, 220} // 100 wide, 200 high
	want := map[int][2]float64{
		0:   {0, 200},   // top-left stays top-left
		90:  {200, 100}, // turned clockwise: to the top right
		180: {100, 0},   // to the bottom right
		270: {0, 0},     // to the bottom left
	}
	for r, w := range want {
		x, y := apply(upright(b, r), b.llx, b.ury)
		if !near(x, w[0]) || !near(y, w[1]) {
			t.Errorf("rotate %d: top-left lands at %v,%v, want %v", r, x, y, w)
		}
	}
}

func TestFit(t *testing.T) {
	m := Margins{18, 18, 40, 18}
	if w, h, p := fit(612, 792, m); w != 612 || h != 792 || p != identity {
		t.Errorf("Letter moved: %v %v %v", w, h, p)
	}
	w, h, p := fit(595.28, 841.89, m) // A4 shrinks, centred above the stamps
	x0, y0 := apply(p, 0, 0)
	x1, y1 := apply(p, 595.28, 841.89)
	if w != 612 || h != 792 || x0 < 18-1e-9 || y0 < 40-1e-9 || x1 > 594+1e-9 || y1 > 774+1e-9 {
		t.Errorf("A4 placed at %v,%v–%v,%v on %vx%v", x0, y0, x1, y1, w, h)
	}
	if w, h, _ := fit(1400, 300, m); w != 792 || h != 612 {
		t.Errorf("a wide strip goes on %vx%v, want landscape", w, h)
	}
	if normRotate(-90) != 270 || normRotate(450) != 90 || normRotate(45) != 0 {
		t.Error("normRotate")
	}
}
