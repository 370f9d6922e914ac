package word

import (
	"slices"
	"strings"
	"testing"
)

// splitTemplate has placeholders split across runs the ways Word splits
// them: at a formatting change, around spelling marks and bookmarks,
// after a rendered page break, out of a hyperlink, and in the header.
func splitTemplate(t *testing.T) []byte {
	body := p(r("", "Dear {{appl"), r("<w:b/>", "icant_name}}"), r("", ",")) +
		p(r("", "A-Number: {"), `<w:proofErr w:type="spellStart"/>`, r("", "{a_num"),
			`<w:bookmarkStart w:id="0" w:name="x"/>`, r("<w:i/>", "ber"), `<w:bookmarkEnd w:id="0"/>`,
			`<w:proofErr w:type="spellEnd"/>`, r("", "}} (assigned)")) +
		p(r("", "{{date}} – {{ti"), r(`<w:color w:val="FF0000"/>`, "tle"), r("", "}}")) +
		p(`<w:r><w:lastRenderedPageBreak/><w:t>{{salu</w:t></w:r>`, r("<w:u w:val=\"single\"/>", "tation}}")) +
		p(`<w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve">Court: {{co</w:t></w:r></w:hyperlink>`, r("", "urt_city}}"))
	header := p(r("<w:b/>", "{{fi"), `<w:proofErr w:type="gramStart"/>`, r("", "rm"), `<w:proofErr w:type="gramEnd"/>`, r("", "}}"))
	return testDocx(t, body, header)
}

var splitValues = map[string]string{
	"applicant_name": "Amara Okafor",
	"a_number":       "A123-456-789",
	"date":           "May 2, 2025",
	"title":          "Evidence in support of Form I-589",
	"salutation":     "Dear Officer:",
	"court_city":     "Arlington",
	"firm":           "Legal Aid Society",
}

func TestFillJoinsSplitPlaceholders(t *testing.T) {
	out := mustFill(t, splitTemplate(t), Data{Values: splitValues})
	doc := readTestPart(t, out, "word/document.xml")
	hdr := readTestPart(t, out, "word/header1.xml")
	for name, s := range map[string]string{"document": doc, "header": hdr} {
		if strings.Contains(s, "{{") || strings.Contains(s, "}}") {
			t.Errorf("%s: a placeholder survived:\n%s", name, s)
		}
	}
	want := []string{
		"Dear Amara Okafor,",
		"A-Number: A123-456-789 (assigned)",
		"May 2, 2025 – Evidence in support of Form I-589",
		"Dear Officer:",
		"Court: Arlington",
	}
	if got := paragraphs(t, "document", doc); !slices.Equal(got, want) {
		t.Errorf("document paragraphs\n got %q\nwant %q", got, want)
	}
	if got := paragraphs(t, "header", hdr); !slices.Equal(got, []string{"Legal Aid Society"}) {
		t.Errorf("header paragraphs: got %q", got)
	}

	// The placeholder takes the formatting of the run where it starts; the
	// runs that only held the rest of it are gone, so their formatting is.
	for _, gone := range []string{"<w:b/>", "<w:i/>", `w:val="FF0000"`, "<w:u "} {
		if strings.Contains(doc, gone) {
			t.Errorf("document still has %s from an emptied run", gone)
		}
	}
	for _, kept := range []string{`<w:bookmarkStart w:id="0" w:name="x"/>`, "<w:lastRenderedPageBreak/>", `<w:hyperlink r:id="rId9">`} {
		if !strings.Contains(doc, kept) {
			t.Errorf("document lost %s", kept)
		}
	}
	if !strings.Contains(hdr, "<w:b/>") {
		t.Error("header lost the formatting of the run where {{firm}} starts")
	}
}

func TestPlaceholdersJoined(t *testing.T) {
	got, err := Placeholders(splitTemplate(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a_number", "applicant_name", "court_city", "date", "firm", "salutation", "title"}
	if !slices.Equal(got, want) {
		t.Errorf("Placeholders = %q, want %q", got, want)
	}
}

// TestPlaceholdersStayInParagraph checks that text which looks like a
// placeholder only across a paragraph end, a tab or a break is left alone.
func TestPlaceholdersStayInParagraph(t *testing.T) {
	body := p(r("", "{{fo")) + p(r("", "o}}")) +
		p(r("", "{{ba"), "<w:r><w:tab/></w:r>", r("", "r}}")) +
		p(`<w:r><w:t>{{ba</w:t><w:br/><w:t>z}}</w:t></w:r>`) +
		p(r("", "{{ "), r("", "spaced }}"))
	got, err := Placeholders(testDocx(t, body, ""))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"spaced"}; !slices.Equal(got, want) {
		t.Errorf("Placeholders = %q, want %q", got, want)
	}
}
