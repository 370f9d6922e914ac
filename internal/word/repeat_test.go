package word

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// tc is a table cell holding one paragraph of content.
func tc(content ...string) string { return "<w:tc>" + p(content...) + "</w:tc>" }

func tr(cells ...string) string { return "<w:tr>" + strings.Join(cells, "") + "</w:tr>" }

// exhibitTable is a table with a header row and, when withSections, a
// section row prototype before the exhibit row prototype, whose label is
// split across runs.
func exhibitTable(withSections bool) string {
	rows := tr(tc(r("", "Exhibit")), tc(r("", "Document")), tc(r("", "Pages")))
	if withSections {
		rows += "\n  " + `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr>` + p(r("<w:b/>", "{{section.title}}")) + "</w:tc></w:tr>"
	}
	rows += "\n  " + `<w:bookmarkStart w:id="1" w:name="rows"/>` +
		tr(tc(r("<w:i/>", "{{exhibit."), r("", "label}}")), tc(r("", "{{exhibit.title}}")), tc(r("", "{{exhibit.pages}}"))) +
		`<w:bookmarkEnd w:id="1"/>`
	return "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" + rows + "</w:tbl>"
}

// sectionItems returns 3 sections of 4, 7 and 12 exhibits, labelled A…,
// and the table rows they should become after the header.
func sectionItems() ([]Item, []string) {
	var items []Item
	var rows []string
	label := 0
	for s, n := range []int{4, 7, 12} {
		title := fmt.Sprintf("Section %d", s+1)
		items = append(items, Item{Kind: "section", Values: map[string]string{"title": title}})
		rows = append(rows, title)
		for range n {
			l := string(rune('A'+label%26)) + strings.Repeat("A", label/26)
			label++
			items = append(items, Item{Kind: "exhibit", Values: map[string]string{
				"label": l, "title": "Document " + l, "pages": fmt.Sprint(label),
			}})
			rows = append(rows, l+"|Document "+l+"|"+fmt.Sprint(label))
		}
	}
	return items, rows
}

// tableRows returns the text of each row of the first table in doc, cells
// joined by "|".
func tableRows(t *testing.T, doc string) []string {
	t.Helper()
	tbl := doc[strings.Index(doc, "<w:tbl>"):strings.Index(doc, "</w:tbl>")]
	var rows []string
	for _, row := range strings.Split(tbl, "<w:tr>")[1:] {
		rows = append(rows, strings.Join(paragraphs(t, "row", "<w:document "+testNS+">"+row[:strings.Index(row, "</w:tr>")]+"</w:document>"), "|"))
	}
	return rows
}

func TestFillRepeatsRows(t *testing.T) {
	items, want := sectionItems()
	body := p(r("", "{{title}}")) + exhibitTable(true) + p()
	out := mustFill(t, testDocx(t, body, ""), Data{Values: map[string]string{"title": "Index"}, Items: items})
	doc := readTestPart(t, out, "word/document.xml")
	if strings.Contains(doc, "{{") {
		t.Error("a placeholder survived")
	}
	got := tableRows(t, doc)
	if len(got) == 0 || got[0] != "Exhibit|Document|Pages" {
		t.Fatalf("header row missing: %q", got)
	}
	if !slices.Equal(got[1:], want) {
		t.Errorf("rows\n got %q\nwant %q", got[1:], want)
	}
	if n := strings.Count(doc, "<w:i/>"); n != 23 {
		t.Errorf("the label's run formatting appears %d times, want once per exhibit (23)", n)
	}
	if !strings.Contains(doc, `<w:bookmarkStart w:id="1" w:name="rows"/><w:bookmarkEnd w:id="1"/>`) {
		t.Error("the bookmark between the prototypes was not kept after the rows")
	}
}

// TestFillRepeatsWithoutSections checks that a template without a section
// prototype lists the exhibits alone.
func TestFillRepeatsWithoutSections(t *testing.T) {
	items, all := sectionItems()
	var want []string
	for _, row := range all {
		if strings.Contains(row, "|") {
			want = append(want, row)
		}
	}
	out := mustFill(t, testDocx(t, exhibitTable(false)+p(), ""), Data{Items: items})
	if got := tableRows(t, readTestPart(t, out, "word/document.xml")); !slices.Equal(got[1:], want) {
		t.Errorf("rows\n got %q\nwant %q", got[1:], want)
	}
}

// TestFillRepeatsParagraphs checks paragraph prototypes, two of one kind
// copied together, and a template without prototypes ignoring Items.
func TestFillRepeatsParagraphs(t *testing.T) {
	body := p(r("", "Enclosed:")) +
		p(r("<w:b/>", "{{section.title}}")) +
		p(r("", "Exhibit {{exhibit.label}}: {{exhibit.title}}")) +
		p(r("", "   {{exhibit.pages}} pages")) +
		p(r("", "End"))
	items := []Item{
		{Kind: "section", Values: map[string]string{"title": "Identity"}},
		{Kind: "exhibit", Values: map[string]string{"label": "A", "title": "Passport", "pages": "3"}},
		{Kind: "note", Values: map[string]string{"text": "skipped: no prototype"}},
		{Kind: "section", Values: map[string]string{"title": "Country conditions"}},
		{Kind: "exhibit", Values: map[string]string{"label": "B", "title": "Report\nwith two lines", "pages": "40"}},
	}
	out := mustFill(t, testDocx(t, body, ""), Data{Items: items})
	want := []string{"Enclosed:", "Identity", "Exhibit A: Passport", "   3 pages",
		"Country conditions", "Exhibit B: Report\nwith two lines", "   40 pages", "End"}
	if got := paragraphs(t, "document", readTestPart(t, out, "word/document.xml")); !slices.Equal(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}

	out = mustFill(t, testDocx(t, p(r("", "{{title}}")), ""), Data{Values: map[string]string{"title": "T"}, Items: items})
	if got := paragraphs(t, "document", readTestPart(t, out, "word/document.xml")); !slices.Equal(got, []string{"T"}) {
		t.Errorf("template without prototypes: %q", got)
	}
}

// TestFillRepeatsNothing checks that prototypes without items leave valid
// tables: a table of prototypes only goes, and a cell whose paragraphs were
// all prototypes keeps an empty paragraph.
func TestFillRepeatsNothing(t *testing.T) {
	body := "<w:tbl>" + tr(tc(r("", "{{exhibit.label}}"))) + "</w:tbl>" +
		"<w:tbl>" + tr("<w:tc>"+p(r("", "{{section.title}}"))+"</w:tc>") + tr(tc(r("", "Keep"))) + "</w:tbl>" +
		"<w:tbl>" + tr(tc(r("", "{{exhibit.label}}")), tc(r("", "{{title}}"))) + "</w:tbl>" + p()
	out := mustFill(t, testDocx(t, body, ""), Data{Values: map[string]string{"title": "T"}})
	doc := readTestPart(t, out, "word/document.xml")
	if n := strings.Count(doc, "<w:tbl>"); n != 2 {
		t.Errorf("%d tables, want 2 (the one of prototypes only removed)", n)
	}
	if want := []string{"Keep", "", "T", ""}; !slices.Equal(paragraphs(t, "document", doc), want) {
		t.Errorf("paragraphs: %q, want %q", paragraphs(t, "document", doc), want)
	}
	if !strings.Contains(doc, "<w:tc><w:p/></w:tc>") {
		t.Error("the emptied cell has no paragraph")
	}
}
