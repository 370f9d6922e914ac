package ocr

import (
	"image"
	"slices"
	"strings"
	"testing"
)

const sampleTSV = tsvHeader + `
1	1	0	0	0	0	0	0	900	312	-1	
2	1	1	0	0	0	60	78	563	159	-1	
4	1	1	1	1	0	60	78	563	38	-1	
5	1	1	1	1	1	60	78	72	31	95.806824	The
5	1	1	1	1	2	149	78	182	38	96.203735	applicant
5	1	1	1	1	3	346	78	71	31	12.5	 
5	1	1	1	1	4	437	78	62	31	-1	her
5	1	1	1	1	5	516	78	107	31	0	home
`

func TestParseTSV(t *testing.T) {
	got, err := parseTSV([]byte(sampleTSV), image.Pt(10, 20))
	if err != nil {
		t.Fatal(err)
	}
	want := []Word{
		{"The", image.Rect(70, 98, 142, 129), 95.806824},
		{"applicant", image.Rect(159, 98, 341, 136), 96.203735},
		{"home", image.Rect(526, 98, 633, 129), 0},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}

	crlf := strings.ReplaceAll(sampleTSV, "\n", "\r\n")
	if again, err := parseTSV([]byte(crlf), image.Pt(10, 20)); err != nil || !slices.Equal(again, want) {
		t.Errorf("CRLF: %v, %v", again, err)
	}
	if words, err := parseTSV([]byte(tsvHeader), image.Point{}); err != nil || len(words) != 0 {
		t.Errorf("header only: %v, %v", words, err)
	}
}

func TestParseTSVDamaged(t *testing.T) {
	for _, tsv := range []string{
		"",
		"garbage",
		tsvHeader + "\n5\t1\t1\t1\t1\t1\t60\t78\t72\t31\t95\tThe\textra",
		tsvHeader + "\n5\t1\t1\t1\t1\t1\t60\t78\t72\t31\t95",
		tsvHeader + "\n5\t1\t1\t1\t1\t1\t60\tx\t72\t31\t95\tThe",
		tsvHeader + "\n5\t1\t1\t1\t1\t1\t60\t78\t72\t31\thigh\tThe",
		tsvHeader + "\n\t\t\t\t",
	} {
		if words, err := parseTSV([]byte(tsv), image.Point{}); err == nil {
			t.Errorf("%q: no error, words %v", tsv, words)
		}
	}
}

func FuzzParseTSV(f *testing.F) {
	f.Add([]byte(sampleTSV))
	f.Add([]byte(tsvHeader + "\n5\t\t\t"))
	f.Fuzz(func(t *testing.T, tsv []byte) {
		words, err := parseTSV(tsv, image.Point{})
		if err != nil {
			return
		}
		for _, w := range words {
			if strings.TrimSpace(w.Text) != w.Text || w.Text == "" || w.Confidence < 0 {
				t.Errorf("word %+v should have been skipped", w)
			}
		}
	})
}
