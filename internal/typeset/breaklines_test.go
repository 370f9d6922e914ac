package typeset

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

const eps = 1e-6

// prose is a paragraph on which greedy filling leaves a loose line that
// total fit avoids.
const prose = `On the night of 12 June 2019 two men in plain clothes came to our
apartment in Kharkiv. They said they were from the security service and
that my father had to come with them to answer some questions about an
article he had written. He asked to see their documents; they refused, and
one of them struck him in the face. They took him away in a grey car
without number plates. We never saw him again. The next morning I went to
the police station in our district to report his disappearance, but the
officer on duty told me that there was no record of any arrest and that I
should go home and wait.`

// words returns the words of a paragraph of plain text at the body size.
func words(t *testing.T, s string) []word {
	segs := segments([]span{{text: strings.Join(strings.Fields(s), " ")}}, defaultSize, textW)
	if len(segs) != 1 {
		t.Fatalf("%d segments", len(segs))
	}
	return segs[0]
}

// squaredSlack is the plain sum of squared slack of all lines but the last.
func squaredSlack(ws []word, ends []int, measure float64) float64 {
	sum, start := 0.0, 0
	for _, end := range ends[:len(ends)-1] {
		w, _ := natural(ws[start:end])
		sum += (measure - w) * (measure - w)
		start = end
	}
	return sum
}

func TestTotalFitBeatsGreedy(t *testing.T) {
	ws := words(t, prose)
	measure := textW - minGutter*defaultSize // a numbered paragraph's
	tf, gr := totalFit(ws, measure), greedy(ws, measure)
	if slices.Equal(tf, gr) {
		t.Fatalf("total fit and greedy break alike: %v", tf)
	}
	if len(tf) != len(gr) {
		t.Errorf("total fit takes %d lines, greedy %d", len(tf), len(gr))
	}
	if a, b := cost(ws, tf, measure), cost(ws, gr, measure); a >= b {
		t.Errorf("cost: total fit %.1f, greedy %.1f", a, b)
	}
	if a, b := squaredSlack(ws, tf, measure), squaredSlack(ws, gr, measure); a >= b {
		t.Errorf("sum of squared slack: total fit %.1f, greedy %.1f", a, b)
	}
}

// TestTotalFitOptimal checks on random paragraphs that no line is too
// wide and that total fit never costs more than greedy filling.
func TestTotalFitOptimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range 200 {
		measure := 150 + float64(rng.IntN(320))
		var ws []word
		for _, w := range words(t, sentence(rng)+" "+sentence(rng)+" "+sentence(rng)) {
			ws = append(ws, splitWord(w, defaultSize, measure)...)
		}
		tf, gr := totalFit(ws, measure), greedy(ws, measure)
		if a, b := cost(ws, tf, measure), cost(ws, gr, measure); a > b+eps {
			t.Errorf("paragraph %d: total fit costs %.1f, greedy %.1f", i, a, b)
		}
		start := 0
		for _, end := range tf {
			if w, _ := natural(ws[start:end]); w > measure+eps && end-start > 1 {
				t.Errorf("paragraph %d: line of width %.1f in %.1f", i, w, measure)
			}
			start = end
		}
		if tf[len(tf)-1] != len(ws) {
			t.Errorf("paragraph %d: words lost", i)
		}
	}
}

// TestJustified checks a justified paragraph as set: every line but the
// last spans the measure exactly, with its spaces stretched evenly; the
// last is at natural width from the left edge.
func TestJustified(t *testing.T) {
	for _, measure := range []float64{textW, textW - 2.25*defaultSize, 300} {
		r := row{x: margin, measure: measure, size: defaultSize}
		lines := setLines(r, []span{{text: strings.Join(strings.Fields(prose), " ")}}, 'J')
		if len(lines) < 4 {
			t.Fatalf("%d lines", len(lines))
		}
		for i, l := range lines {
			n := len(l.words) - 1
			right := l.xs[n] + l.words[n].w
			if l.xs[0] != 0 {
				t.Errorf("measure %g, line %d starts at %g", measure, i, l.xs[0])
			}
			if i < len(lines)-1 {
				if math.Abs(right-measure) > eps || !l.justified {
					t.Errorf("measure %g, line %d ends at %.3f", measure, i, right)
				}
				gap := l.xs[1] - l.words[0].w
				for k := 1; k < n; k++ {
					if g := l.xs[k+1] - l.xs[k] - l.words[k].w; math.Abs(g-gap) > eps {
						t.Errorf("measure %g, line %d: space %d is %.3f, space 0 %.3f", measure, i, k, g, gap)
					}
				}
				continue
			}
			if w, _ := natural(l.words); math.Abs(right-w) > eps || l.justified {
				t.Errorf("measure %g, last line ends at %.3f, natural width %.3f", measure, right, w)
			}
		}
	}
}

func TestPlaceSingleWordAndBreak(t *testing.T) {
	ws := words(t, "Lonely")
	if xs := place(ws, textW, defaultSize, 'J', false); xs[0] != 0 {
		t.Errorf("a single word is placed at %g", xs[0])
	}
	// Before a hard break, a line is at natural width.
	r := row{x: margin, measure: textW, size: defaultSize}
	lines := setLines(r, []span{{text: "Signed by me"}, {text: "\n"}, {text: "Ivan Petrov"}}, 'J')
	if len(lines) != 2 || lines[0].justified || len(lines[0].words) != 3 {
		t.Errorf("hard break: %d lines, first justified %v", len(lines), lines[0].justified)
	}
	// Centred.
	xs := place(ws, textW, defaultSize, 'C', true)
	if math.Abs(2*xs[0]+ws[0].w-textW) > eps {
		t.Errorf("centred word at %g", xs[0])
	}
}

func TestSplitWord(t *testing.T) {
	url := "https://example.org/a/very/long/path/to/the/statement/of/the/applicant/2020-02-03/index.html"
	ws := words(t, "See "+url+" now")
	measure := 200.0
	var parts []word
	for _, w := range ws {
		parts = append(parts, splitWord(w, defaultSize, measure)...)
	}
	var got []string
	for _, p := range parts {
		if p.w > measure {
			t.Errorf("part %q is %.1f wide", p.pieces[0].text, p.w)
		}
		got = append(got, p.pieces[0].text)
	}
	if strings.Join(got, "") != "See"+url+"now" {
		t.Errorf("parts %q", got)
	}
	if got[1] != "https://" || got[2] != "example." {
		t.Errorf("URL not broken after its slashes and dots: %q", got)
	}
	if parts[0].space == 0 || parts[len(parts)-2].space == 0 || parts[1].space != 0 {
		t.Error("parts of a URL must be glued, the spaces around it kept")
	}
	// No break character: between letters.
	long := words(t, strings.Repeat("Supercalifragilistic", 4))
	chopped := splitWord(long[0], defaultSize, measure)
	if len(chopped) < 2 {
		t.Fatalf("%d parts", len(chopped))
	}
	for _, p := range chopped {
		if p.w > measure {
			t.Errorf("part %.1f wide", p.w)
		}
	}
}

func TestMixedStyleWidths(t *testing.T) {
	spans := inlines("**bold**ly *slanted*text", 0)
	ws := segments(spans, defaultSize, textW)[0]
	if len(ws) != 2 || len(ws[0].pieces) != 2 || len(ws[1].pieces) != 2 {
		t.Fatalf("words %+v", ws)
	}
	b := width("bold", bold, defaultSize)
	if r := width("bold", 0, defaultSize); b <= r {
		t.Errorf("bold %.2f not wider than regular %.2f", b, r)
	}
	if ws[0].pieces[1].x != b || ws[0].w != b+width("ly", 0, defaultSize) {
		t.Errorf("bold piece measured %.2f, next at %.2f", b, ws[0].pieces[1].x)
	}
	// Upright text after oblique text leaves an italic correction.
	if x := ws[1].pieces[1].x; x <= width("slanted", italic, defaultSize) {
		t.Errorf("no italic correction: upright at %.2f", x)
	}
}
