package pageread

import (
	"bytes"
	"context"
	"math"
	"testing"

	"github.com/go-pdf/fpdf"
)

// twoLines is a Letter page with a phrase broken across two lines, in
// Helvetica 12 pt: "police" ends the first line, "corruption" starts the
// second, 20 pt lower.
func twoLines(t *testing.T) []byte {
	t.Helper()
	f := fpdf.New("P", "pt", "Letter", "")
	f.SetCompression(false)
	f.AddPage()
	f.SetFont("Helvetica", "", 12)
	f.Text(72, 100, "Reports of POLICE")
	f.Text(72, 120, "corruption   were   common.")
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestFindAcrossLines(t *testing.T) {
	d, err := Open(context.Background(), twoLines(t))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	chars, err := d.Chars(0)
	if err != nil {
		t.Fatal(err)
	}
	found := Find(chars, "Police\n corruption")
	if len(found) != 1 || len(found[0]) != 2 {
		t.Fatalf("found %v, want one match on two lines", found)
	}
	f := fpdf.New("P", "pt", "Letter", "")
	f.SetFont("Helvetica", "", 12)
	// Baselines at 100 and 120 pt from the top are 692 and 672 from the bottom.
	first, second := found[0][0], found[0][1]
	wantX0 := 72 + f.GetStringWidth("Reports of ")
	wantX1 := 72 + f.GetStringWidth("Reports of POLICE")
	if math.Abs(first.X0-wantX0) > 1 || math.Abs(first.X1-wantX1) > 1 {
		t.Errorf("first line from %.1f to %.1f, want %.1f to %.1f", first.X0, first.X1, wantX0, wantX1)
	}
	if !(first.Y0 < 692 && first.Y1 > 692+8) {
		t.Errorf("first line box %v does not hold the baseline at 692 and the capitals above it", first)
	}
	if math.Abs(second.X0-72) > 1 || math.Abs(second.X1-(72+f.GetStringWidth("corruption"))) > 1 || !(second.Y0 < 672 && second.Y1 > 680) {
		t.Errorf("second line box %v", second)
	}
	if got := Find(chars, "were common"); len(got) != 1 {
		t.Errorf("uneven spacing: found %v", got)
	}
	if got := Find(chars, "police corruption were rare"); len(got) != 0 {
		t.Errorf("found a phrase the page lacks: %v", got)
	}
}

func TestRender(t *testing.T) {
	d, err := Open(context.Background(), twoLines(t))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	img, err := d.Render(0, 72)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 612 || b.Dy() != 792 {
		t.Fatalf("rendered %v at 72 dpi, want 612×792", b)
	}
	dark := 0
	for y := 88; y < 102; y++ {
		for x := 72; x < 160; x++ {
			if img.RGBAAt(x, y).R < 128 {
				dark++
			}
		}
	}
	if dark < 50 {
		t.Errorf("only %d dark pixels where the first line is drawn", dark)
	}
	if c := img.RGBAAt(500, 700); c.R != 255 || c.G != 255 || c.B != 255 || c.A != 255 {
		t.Errorf("blank paper rendered as %v, want opaque white", c)
	}
}

func TestFold(t *testing.T) {
	chars := []Char{}
	x := 0.0
	for _, r := range "the state’s ﬁnal re\u00ADport — 2026" {
		chars = append(chars, Char{R: r, Box: Rect{x, 0, x + 5, 10}})
		x += 5
	}
	for _, phrase := range []string{"State's final", "report - 2026", "THE STATE’S"} {
		if got := Find(chars, phrase); len(got) != 1 {
			t.Errorf("%q: found %d times, want once", phrase, len(got))
		}
	}
	if got := Find(chars, "  "); got != nil {
		t.Errorf("a blank phrase matched %v", got)
	}
}

// TestFoldArabicScript: a name typed on a Persian keyboard is found where
// the document has it in Arabic letters, stretched by tatweels, with
// Arabic-Indic digits; the two spellings stay distinct words otherwise.
func TestFoldArabicScript(t *testing.T) {
	chars := charsOf("حكم دادگاه علي\u0640\u0640رضايي ٣١ آذر ١٤٠٥")
	for _, phrase := range []string{"علیرضایی", "حکم", "۳۱ آذر ۱۴۰۵", "31 آذر 1405"} {
		if got := Find(chars, phrase); len(got) != 1 {
			t.Errorf("%q: found %d times, want once", phrase, len(got))
		}
	}
	if got := Find(chars, "علی"); got != nil {
		t.Errorf("a part of a word matched: %v", got)
	}
}

func TestWords(t *testing.T) {
	var chars []Char
	x := 0.0
	for _, r := range "Ana Petrova lives" {
		chars = append(chars, Char{R: r, Box: Rect{x, 0, x + 5, 10}})
		x += 5
	}
	secret := Rect{20, 0, 55, 10} // over "Petrova"
	ws := Words(chars, func(c Char) bool { return !overlaps(c.Box, secret) })
	var got []string
	for _, w := range ws {
		got = append(got, w.Text)
	}
	if len(got) != 2 || got[0] != "Ana" || got[1] != "lives" {
		t.Errorf("words %q, want [Ana lives]", got)
	}
}

// chars lays s out as one line of 5-point characters.
func charsOf(s string) []Char {
	var out []Char
	x := 0.0
	for _, r := range s {
		out = append(out, Char{R: r, Box: Rect{x, 0, x + 5, 10}})
		x += 5
	}
	return out
}

func TestFindWordsAndAccents(t *testing.T) {
	for _, c := range []struct {
		text, phrase string
		want         int
	}{
		{"Ivana Petrova met Ivan.", "Ivan", 1},   // not inside Ivana
		{"policeman and police", "police", 1},    // whole words
		{"Luis Zu\u0301n\u0303iga", "Zúñiga", 1}, // accents stored as marks
		{"Luis Zúñiga", "Zuniga", 1},             // and typed without them
		{"ab-ab-ab", "ab-ab", 2},                 // overlapping
		{"李小龙先生", "小龙", 1},                       // no spaces in Chinese
		{"(A-212-345-678)", "212-345", 1},        // digits inside punctuation
		{"A2123456", "212", 0},                   // but not inside a number
	} {
		if got := len(Find(charsOf(c.text), c.phrase)); got != c.want {
			t.Errorf("%q in %q: %d matches, want %d", c.phrase, c.text, got, c.want)
		}
	}
}

// overlaps reports whether a and b share any area.
func overlaps(a, b Rect) bool {
	return a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1
}
