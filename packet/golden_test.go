package packet

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// TestGoldenPersianExample builds the Persian example and compares its
// cover and index, rendered by poppler, with the golden images; and finds
// every non-Latin name and title in the text poppler extracts.
func TestGoldenPersianExample(t *testing.T) {
	out, _ := buildDir(t, copyExample(t, "immigration-court-persian"))
	cover := testtool.RenderPage(t, out, 1, "-r", "72", "-gray")
	index := testtool.RenderPage(t, out, 2, "-r", "72", "-gray")
	testtool.MatchGolden(t, cover, filepath.Join("testdata", "golden", "persian-court-cover.png"))
	testtool.MatchGolden(t, index, filepath.Join("testdata", "golden", "persian-court-index.png"))
	// The comparison must tell pages apart, or it proves nothing.
	if mean, changed := testtool.Difference(cover, index); mean < 2 || changed < 0.01 {
		t.Errorf("the cover and the index compare as alike (mean %.2f, %.3f changed)", mean, changed)
	}

	text := testtool.Text(t, out)
	for _, s := range []string{
		"مریم رضایی", "احضاریه دادگاه انقلاب", "حسین رضایی", "广州酒店收据", "የመተላለፊያ ቪዛ", "تبلیغ علیه نظام",
	} {
		for _, w := range words(s) {
			if !strings.Contains(text, w) {
				t.Errorf("%q (of %q) is not in the extracted text", w, s)
			}
		}
	}
}
