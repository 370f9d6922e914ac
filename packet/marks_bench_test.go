package packet

import (
	"context"
	"io"
	"testing"
)

// BenchmarkHighlightEveryPage builds the realistic 486-page case as it is
// and with a phrase to highlight in every exhibit, so that every page is
// read: the difference is the cost of reading, per page.
func BenchmarkHighlightEveryPage(b *testing.B) {
	caseFile, _, _ := benchInputs(b)
	for _, mark := range []bool{false, true} {
		name := "none"
		if mark {
			name = "every-exhibit"
		}
		b.Run(name, func(b *testing.B) {
			c, err := Load(caseFile)
			if err != nil {
				b.Fatal(err)
			}
			if mark {
				for i := range c.Sections {
					for j := range c.Sections[i].Exhibits {
						c.Sections[i].Exhibits[j].Highlight = []string{"the applicant"}
					}
				}
			}
			var res *Result
			for b.Loop() {
				if res, err = Build(context.Background(), c, io.Discard, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(res.Pages), "pages")
		})
	}
}

// BenchmarkRedactPage builds a one-exhibit case whose one page is redacted:
// reading, drawing at 200 dpi, painting and encoding the picture.
func BenchmarkRedactPage(b *testing.B) {
	c, err := Load("../examples/asylum-office/case.yaml")
	if err != nil {
		b.Fatal(err)
	}
	for i := range c.Sections {
		var keep []Exhibit
		for _, e := range c.Sections[i].Exhibits {
			if e.ID == "sister-letter" {
				keep = append(keep, e)
			}
		}
		c.Sections[i].Exhibits = keep
	}
	for b.Loop() {
		if _, err := Build(context.Background(), c, io.Discard, nil); err != nil {
			b.Fatal(err)
		}
	}
}
