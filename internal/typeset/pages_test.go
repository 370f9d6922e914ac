package typeset

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// layoutMarkdown lays out src as Markdown does, without drawing it.
func layoutMarkdown(src string) ([]block, [][]row) {
	blocks := parseMarkdown(clean(src))
	return blocks, paginate(rows(blocks, defaultSize))
}

// checkPages checks the page-breaking rules on laid-out pages: every row
// between the margins, no paragraph split leaving fewer than two lines on
// either page, no paragraph of fewer than four lines split, no heading
// last on a page or parted from the two rows after it. It returns how many
// rows it saw.
func checkPages(t *testing.T, name string, blocks []block, pages [][]row) int {
	t.Helper()
	type at struct{ page, index int }
	var flat []at
	rowsOf := map[int][]int{} // block → the page of each of its rows
	for p, page := range pages {
		if len(page) == 0 {
			t.Errorf("%s: page %d is empty", name, p+1)
		}
		y := margin - eps
		for i, r := range page {
			if r.y < y || r.y+r.h > bottom+eps {
				t.Errorf("%s: page %d row %d spans %.2f to %.2f", name, p+1, i, r.y, r.y+r.h)
			}
			y = r.y + r.h - eps
			flat = append(flat, at{p, i})
			rowsOf[r.block] = append(rowsOf[r.block], p)
		}
	}
	for b, ps := range rowsOf {
		n := len(ps)
		for i := 1; i < n; i++ {
			if ps[i] == ps[i-1] {
				continue
			}
			foot, head := countOn(ps, ps[i-1]), countOn(ps, ps[i])
			switch {
			case n < 4:
				t.Errorf("%s: block %d of %d lines split over pages %d and %d", name, b, n, ps[i-1]+1, ps[i]+1)
			case foot < 2 || head < 2:
				t.Errorf("%s: block %d of %d lines split %d/%d over pages %d and %d", name, b, n, foot, head, ps[i-1]+1, ps[i]+1)
			}
		}
	}
	for k, a := range flat {
		r := pages[a.page][a.index]
		if blocks[r.block].kind != heading || k+1 < len(flat) && pages[flat[k+1].page][flat[k+1].index].block == r.block {
			continue
		}
		// The last row of a heading: the next two rows are on its page.
		for j := k + 1; j <= k+2 && j < len(flat); j++ {
			if flat[j].page != a.page {
				t.Errorf("%s: heading %q on page %d parted from the row %d after it", name, show(blocks[r.block].spans), a.page+1, j-k)
			}
		}
	}
	return len(flat)
}

func countOn(ps []int, page int) int {
	n := 0
	for _, p := range ps {
		if p == page {
			n++
		}
	}
	return n
}

// TestPageBreaksSweep moves a heading and paragraphs of 1 to 8 lines down
// a page, one filler line at a time, through every position at the foot.
func TestPageBreaksSweep(t *testing.T) {
	moved := 0 // how often a heading went to the next page with room left
	sp := width(" ", 0, defaultSize)
	perLine := int((textW + sp) / (width("word", 0, defaultSize) + sp))
	for lines := 1; lines <= 8; lines++ {
		para := strings.Repeat("word ", perLine*(lines-1)+3) // lines-1 full lines and a short one
		for k := 15; k <= 30; k++ {
			src := strings.Repeat("Filler line.\n\n", k) + "## A heading\n\n" + para + "\n\n" + para + "\n\nAfter."
			blocks, pages := layoutMarkdown(src)
			name := fmt.Sprintf("%d lines after %d fillers", lines, k)
			checkPages(t, name, blocks, pages)
			if len(pages) > 1 && blocks[pages[1][0].block].kind == heading {
				last := pages[0][len(pages[0])-1]
				if bottom-(last.y+last.h) > 2*leading*defaultSize {
					moved++
				}
			}
		}
		// The paragraph's own line count is what the rules are about.
		_, pages := layoutMarkdown(para)
		if n := len(pages[0]); n != lines {
			t.Errorf("paragraph meant to have %d lines has %d", lines, n)
		}
	}
	if moved == 0 {
		t.Error("no heading was ever carried over to keep it with its text")
	}
}

// TestPageBreaksLong lays out long generated declarations.
func TestPageBreaksLong(t *testing.T) {
	for seed := range uint64(6) {
		src := declaration(seed, 80)
		blocks, pages := layoutMarkdown(src)
		name := fmt.Sprintf("seed %d", seed)
		n := checkPages(t, name, blocks, pages)
		height := 0.0
		for _, page := range pages {
			for _, r := range page {
				height += r.before + r.h
			}
		}
		least := int(math.Ceil(height / (bottom - margin)))
		if len(pages) < least || len(pages) > least*5/4+1 {
			t.Errorf("%s: %d pages for %d rows %.0f pt tall", name, len(pages), n, height)
		}
		if len(pages) < 8 {
			t.Errorf("%s: only %d pages; the test wants a long document", name, len(pages))
		}
	}
}

// TestLongParagraphFlows sets a paragraph longer than a page.
func TestLongParagraphFlows(t *testing.T) {
	src := "1. " + strings.Repeat("A very long paragraph that goes on and on. ", 300)
	blocks, pages := layoutMarkdown(src)
	checkPages(t, "long paragraph", blocks, pages)
	if len(pages) < 3 {
		t.Errorf("%d pages", len(pages))
	}
	for p, page := range pages[:len(pages)-1] {
		last := page[len(page)-1]
		if bottom-(last.y+last.h) >= leading*defaultSize {
			t.Errorf("page %d ends %.1f pt above the foot", p+1, bottom-(last.y+last.h))
		}
	}
	if pages[0][0].marker != "1." {
		t.Error("the number is not on the first line")
	}
}
