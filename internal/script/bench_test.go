package script

import (
	"testing"

	"github.com/go-pdf/fpdf"
)

// benchmarkLine measures printing one line into a page, the cost every
// name and title pays.
func benchmarkLine(b *testing.B, s string) {
	f := fpdf.New("P", "pt", "Letter", "")
	w := NewWriter(f, nil)
	f.AddPage()
	w.Text(72, 72, s, false, 11) // registers the fonts the line needs once
	b.ResetTimer()
	for range b.N {
		w.Text(72, 72, s, false, 11)
	}
}

func BenchmarkLineLatin(b *testing.B) {
	benchmarkLine(b, "Luis Ángel Zúñiga Peña, Honduran identity card")
}
func BenchmarkLinePersian(b *testing.B) {
	benchmarkLine(b, "Summons of the Revolutionary Court (احضاریه دادگاه انقلاب)")
}
func BenchmarkLineDevanagari(b *testing.B) {
	benchmarkLine(b, "Citizenship certificate of राम बहादुर श्रेष्ठ")
}
func BenchmarkLineChinese(b *testing.B) {
	benchmarkLine(b, "Hotel receipt, Guangzhou (广州酒店收据)")
}
