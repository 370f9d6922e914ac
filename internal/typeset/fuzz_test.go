package typeset

import (
	"errors"
	"testing"
)

// FuzzMarkdown checks that no source, up to 8 KB, panics or fails other
// than as empty, and that what is drawn stays inside the page.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		sample,
		"# H\n\n1. a\n2) b\n   - c\n     * d\n\n> q\n> > qq\n\n---\n\n___\n\n*a **b*** _c_ \\*",
		"Setext\n===\n\nx  \ny\\\nz",
		"- \n-\n1.\n\n>\n#\n######## x",
		"https://example.org/" + string(make([]byte, 300)),
		"😀 \x00\t\r\n\u0301\uFFFF\xff",
		"***_*_*__**_\n\n" + "**" + "____",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 8<<10 {
			t.Skip()
		}
		blocks := parseMarkdown(clean(src))
		for _, page := range paginate(rows(blocks, defaultSize)) {
			for _, r := range page {
				if r.y < margin-eps || r.y+r.h > bottom+eps || r.x < margin || r.x+r.measure > pageW-margin+eps {
					t.Fatalf("row at x %g y %g, %g by %g", r.x, r.y, r.measure, r.h)
				}
			}
		}
		pdf, pages, err := Markdown(src, Options{})
		switch {
		case errors.Is(err, ErrEmpty):
		case err != nil:
			t.Fatal(err)
		case pages < 1 || len(pdf) == 0:
			t.Fatalf("%d pages, %d bytes", pages, len(pdf))
		}
	})
}
