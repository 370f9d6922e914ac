package layout

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// TestPartLines checks that each line prints whole, centred, in the top
// margin of a page of its own size, and that the same lines give the same
// bytes.
func TestPartLines(t *testing.T) {
	lines := []PartLine{
		{W: 612, H: 792, Text: "Part 1 of 2 — Exhibits A–F — pages 1–119"},
		{W: 792, H: 612, Text: "Part 2 of 2 — Exhibit G — pages PETROVA-000120 – PETROVA-000245"},
	}
	a, err := RenderPartLines(lines)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := RenderPartLines(lines); !bytes.Equal(a, b) {
		t.Fatal("two renderings differ")
	}
	if _, err := RenderPartLines(nil); err == nil {
		t.Error("no lines: no error")
	}

	path := filepath.Join(t.TempDir(), "lines.pdf")
	os.WriteFile(path, a, 0o644)
	out, err := exec.Command(testtool.Need(t, "pdftotext"), "-bbox", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := regexp.MustCompile(`(?s)<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>`).FindAllStringSubmatch(string(out), -1)
	words := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	if len(pages) != len(lines) {
		t.Fatalf("%d pages, want %d", len(pages), len(lines))
	}
	for i, p := range pages {
		if w, h := atof(p[1]), atof(p[2]); w != lines[i].W || h != lines[i].H {
			t.Errorf("page %d is %vx%v, want %vx%v", i+1, w, h, lines[i].W, lines[i].H)
		}
		var text string
		left, right := 1e9, 0.0
		for _, m := range words.FindAllStringSubmatch(p[3], -1) {
			x0, y0, x1, y1 := atof(m[1]), atof(m[2]), atof(m[3]), atof(m[4])
			if y0 < 16 || y1 > 32 {
				t.Errorf("page %d: %q at %v–%v pt from the top, outside the top margin", i+1, m[5], y0, y1)
			}
			left, right = min(left, x0), max(right, x1)
			if text != "" {
				text += " "
			}
			text += m[5]
		}
		if text != lines[i].Text {
			t.Errorf("page %d reads %q, want %q", i+1, text, lines[i].Text)
		}
		if d := left - (lines[i].W - right); d < -2 || d > 2 {
			t.Errorf("page %d: not centred: %v pt left, %v pt right", i+1, left, lines[i].W-right)
		}
	}
}

func atof(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }
