package typeset

import "testing"

// BenchmarkMarkdown typesets a generated declaration of five pages (12 KB).
func BenchmarkMarkdown(b *testing.B) {
	src := declaration(1, 12)
	_, pages, err := Markdown(src, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, _, err := Markdown(src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(pages), "pages")
}

// BenchmarkLayout is BenchmarkMarkdown without drawing the PDF: parsing,
// line breaking and page breaking alone.
func BenchmarkLayout(b *testing.B) {
	src := declaration(1, 12)
	for b.Loop() {
		paginate(rows(parseMarkdown(clean(src)), defaultSize))
	}
}
