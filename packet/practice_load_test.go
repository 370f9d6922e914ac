package packet

import (
	"fmt"
	"maps"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/asylumpacket/packet/sidecar"
)

// practiceCase holds one of each mistake a case file can make with
// translations, country reports and references.
const practiceCase = `version: 1
forum: asylum-office
applicant: { name: Ivana Petrova, a_number: A-212-345-678, language: Bulgarian }
asylum_office: { name: Newark Asylum Office, address: "1200 Wall Street West" }
preparer: { name: "Maria Okafor, Esq." }
filing:
  title: Evidence
  date: 2026-12-01
  letter: |
    We enclose the passport ({{ref "passport"}}).
    See also {{ref "nope"}} and {{oops}}.
translators:
  - { id: elena, name: Elena Dimitrova }
sections:
  - title: Identity
    exhibits:
      - id: passport
        title: Passport
        files: [evidence/a.pdf]
      - id: birth
        title: Birth certificate
        language: Bulgarian
        files: [evidence/a.pdf]
      - id: summons
        title: Summons
        files: [evidence/a.pdf]
        translation: { text: "Summons, see {{label \"gone\"}}", translator: maria }
      - id: decl
        kind: declaration
        title: Declaration
        files: [evidence/a.pdf]
      - id: note
        title: Note, see {{ref "passport"}}
        source: Someone
        files: [evidence/a.pdf]
  - title: Country conditions
    labels: numbers
    exhibits:
      - id: hrw
        kind: country-report
        title: World Report
        source: Human Rights Watch
        date: 2024-01
        url: ftp://example.org/report
        accessed: 2027-01-01
        files: [evidence/a.pdf, evidence/a.pdf]
`

// at returns the 1-based line and column of the first occurrence of s in
// text.
func at(text, s string) string {
	i := strings.Index(text, s)
	line, col := placeIn(text, i)
	return fmt.Sprintf("%d:%d", line, col)
}

func TestPracticeProblems(t *testing.T) {
	fsys := fstest.MapFS{"case.yaml": {Data: []byte(practiceCase)}, "evidence/a.pdf": {Data: []byte("%PDF-1.4")}}
	_, err := LoadFS(fsys, "case.yaml")
	l, ok := AsErrorList(err)
	if !ok {
		t.Fatalf("want problems, got %v", err)
	}
	got := lines(l)
	want := []string{
		at(practiceCase, `{{ref "nope"}}`) + `: filing.letter: {{ref "nope"}}: no exhibit has the id "nope"`,
		at(practiceCase, `{{oops}}`) + `: filing.letter: {{oops}} is not a reference`,
		at(practiceCase, "Bulgarian\n        files") + ": sections[0].exhibits[1].language: the document is in Bulgarian: add a translation",
		at(practiceCase, "{ text:") + ": sections[0].exhibits[2].translation: translates the exhibit's original: add language:",
		at(practiceCase, "maria") + `: sections[0].exhibits[2].translation.translator: no translator has the id "maria" (translators: elena)`,
		at(practiceCase, `{{label`) + `: sections[0].exhibits[2].translation.text: {{label "gone"}}: no exhibit has the id "gone"`,
		at(practiceCase, "id: decl") + ": sections[0].exhibits[3]: the applicant reads Bulgarian (applicant.language), so an English declaration needs a certificate of interpretation",
		at(practiceCase, "Someone") + ": sections[0].exhibits[4].source: belongs to a country report",
		at(practiceCase, "Note, see") + ": sections[0].exhibits[4].title: references ({{…}}) are printed only in filing.letter",
		at(practiceCase, "ftp://") + `: sections[1].exhibits[0].url: "ftp://example.org/report" is not a web address`,
		at(practiceCase, "2027-01-01") + ": sections[1].exhibits[0].accessed: January 1, 2027 is after the filing date",
		at(practiceCase, "[evidence/a.pdf, evidence/a.pdf]") + ": sections[1].exhibits[0].files: a country report is one published document",
	}
	for _, w := range want {
		if !strings.Contains(got, "case.yaml:"+w) {
			t.Errorf("missing problem:\n  case.yaml:%s\nin:\n%s", w, got)
		}
	}
	if n := len(l); n != len(want) {
		t.Errorf("%d problems, want %d:\n%s", n, len(want), got)
	}
}

// TestReferencePlaces checks that a problem inside a text is placed at its
// own line and column, in each YAML style that places exactly.
func TestReferencePlaces(t *testing.T) {
	for _, letter := range []string{
		"letter: \"see {{ref \\\"x\\\"}}\"",
		"letter: 'see {{ref \"x\"}}'",
		"letter: see {{ref \"x\"}}",
		"letter: |\n    first line\n      see {{ref \"x\"}}",
	} {
		y := strings.Replace(validCase, "  date: 2026-12-01\n", "  date: 2026-12-01\n  "+letter+"\n", 1)
		_, err := LoadFS(caseFS(y), "case.yaml")
		l, _ := AsErrorList(err)
		if len(l) != 1 {
			t.Fatalf("%s: %v", letter, err)
		}
		if want := at(y, "{{ref"); fmt.Sprintf("%d:%d", l[0].Line, l[0].Col) != want {
			t.Errorf("%s: placed at %d:%d, want %s", letter, l[0].Line, l[0].Col, want)
		}
	}
}

func TestStaleReports(t *testing.T) {
	report := `  - title: Country
    exhibits:
      - { id: old, kind: country-report, title: Old Report, source: HRW, date: %s, files: [evidence/passport.pdf] }
`
	for _, c := range []struct {
		date, limit string
		stale       bool
	}{
		{"2024-01", "", true},      // 34 months
		{"2025-06", "", false},     // 18 months (counted from the end of June)
		{"2025-05-31", "", true},   // 18 months and a day
		{"2025", "", false},        // counted from the end of 2025
		{"2024-01", "48", false},   // a longer limit
		{"2026-11-30", "1", false}, // one day
		{"2026-06-15", "3", true},  // over 5 months
	} {
		y := validCase + fmt.Sprintf(report, c.date)
		if c.limit != "" {
			y = strings.Replace(y, "  date: 2026-12-01\n", "  date: 2026-12-01\n  report_max_age_months: "+c.limit+"\n", 1)
		}
		k, err := LoadFS(caseFS(y), "case.yaml")
		if err != nil {
			t.Fatal(err)
		}
		stale := strings.Contains(lines(k.Warnings), "months before the filing date")
		if stale != c.stale {
			t.Errorf("published %s, limit %q: stale %v, want %v (%s)", c.date, c.limit, stale, c.stale, lines(k.Warnings))
		}
	}
}

func TestLabelSeries(t *testing.T) {
	var y strings.Builder
	y.WriteString(strings.SplitAfter(validCase, "sections:\n")[0])
	section := func(title, labels, prefix string, n int) {
		fmt.Fprintf(&y, "  - title: %s\n", title)
		if labels != "" {
			fmt.Fprintf(&y, "    labels: %s\n", labels)
		}
		if prefix != "" {
			fmt.Fprintf(&y, "    prefix: %q\n", prefix)
		}
		y.WriteString("    exhibits:\n")
		for i := range n {
			fmt.Fprintf(&y, "      - { id: %s-%d, title: T, files: [evidence/passport.pdf] }\n", strings.ReplaceAll(title, " ", ""), i)
		}
	}
	section("Identity", "", "", 2)
	section("Reports", "numbers", "", 2)
	section("Harm", "", "", 1)                // letters continue: C
	section("More reports", "numbers", "", 1) // numbers continue: 3
	section("Appendix", "numbers", "CC-", 2)
	c, err := LoadFS(caseFS(y.String()), "case.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range c.Sections {
		for _, e := range s.Exhibits {
			got = append(got, e.Label)
		}
	}
	if want := "A B 1 2 C 3 CC-1 CC-2"; strings.Join(got, " ") != want {
		t.Errorf("labels %q, want %q", strings.Join(got, " "), want)
	}

	// A prefix that makes a label of another series is refused.
	y.Reset()
	y.WriteString(strings.SplitAfter(validCase, "sections:\n")[0])
	section("Many", "", "", 27)  // A … Z, AA
	section("Clash", "", "A", 1) // AA again
	_, err = LoadFS(caseFS(y.String()), "case.yaml")
	if err == nil || !strings.Contains(err.Error(), `would be labelled "AA", the label of the exhibit at line`) {
		t.Errorf("want a clash of labels, got %v", err)
	}
}

// TestFiledLabelsBySeries checks that a supplement continues each series
// from its own filed labels: "RA" is prefix R's first letter, not the
// unprefixed series' 469th.
func TestFiledLabelsBySeries(t *testing.T) {
	y := strings.SplitAfter(validCase, "sections:\n")[0] + `  - title: Letters
    exhibits: [{ id: a, title: T, files: [evidence/passport.pdf] }]
  - title: Prefixed
    prefix: R
    exhibits: [{ id: r, title: T, files: [evidence/passport.pdf] }]
  - title: Numbers
    labels: numbers
    exhibits: [{ id: n, title: T, files: [evidence/passport.pdf] }]
`
	c, err := LoadFS(caseFS(y), "case.yaml")
	if err != nil {
		t.Fatal(err)
	}
	filed := map[string]sidecar.Exhibit{"a": {Label: "A"}, "b": {Label: "B"}, "r": {Label: "RA"}, "n": {Label: "12"}}
	got := c.nextLabels(filed)
	want := map[series]int{{LabelLetters, ""}: 2, {LabelLetters, "R"}: 1, {LabelNumbers, ""}: 12}
	if !maps.Equal(got, want) {
		t.Errorf("next labels %v, want %v", got, want)
	}
}
