package word

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestFillBreaksTabsAndEscapes(t *testing.T) {
	body := p(r("", "To: {{addressee}}")) +
		p(r("<w:b/>", "{{name}}"), r("", " / {{native}}")) +
		p(r("", "[{{spaced}}]")) +
		p(r("", "{{special}}")) +
		p(r("", "Crlf: {{crlf}}"))
	header := p(r("", "{{address}}"))
	vals := map[string]string{
		"addressee": "Asylum Office\n1525 Wilson Blvd\tSuite 300",
		"name":      "Núñez Dvořák, Zoë",
		"native":    "Иван Петрович Сидоров",
		"spaced":    "  two spaces each side  ",
		"special":   `<b>&"quoted" 'x'</b> ]]>`,
		"crlf":      "one\r\ntwo\rthree",
		"address":   "12 Main St\nSpringfield",
	}
	out := mustFill(t, testDocx(t, body, header), Data{Values: vals})
	doc := readTestPart(t, out, "word/document.xml") // paragraphs fails on w:br or w:tab inside w:t
	want := []string{
		"To: Asylum Office\n1525 Wilson Blvd\tSuite 300",
		"Núñez Dvořák, Zoë / Иван Петрович Сидоров",
		"[  two spaces each side  ]",
		`<b>&"quoted" 'x'</b> ]]>`,
		"Crlf: one\ntwo\nthree",
	}
	if got := paragraphs(t, "document", doc); !slices.Equal(got, want) {
		t.Errorf("document paragraphs\n got %q\nwant %q", got, want)
	}
	hdr := readTestPart(t, out, "word/header1.xml")
	if got := paragraphs(t, "header", hdr); !slices.Equal(got, []string{"12 Main St\nSpringfield"}) {
		t.Errorf("header paragraphs: got %q", got)
	}
	for _, s := range []string{
		`</w:t><w:br/><w:t xml:space="preserve">1525 Wilson Blvd</w:t><w:tab/><w:t xml:space="preserve">Suite 300`,
		`<w:t xml:space="preserve">[  two spaces each side  ]</w:t>`,
		"Иван Петрович",
		"&lt;b&gt;&amp;",
	} {
		if !strings.Contains(doc, s) {
			t.Errorf("document lacks %s", s)
		}
	}
}

// TestFillEmptyValueTakesItsBreak: a line break that leads into a value
// left empty goes with it, one before a value or text stays.
func TestFillEmptyValueTakesItsBreak(t *testing.T) {
	br := func(s string) string { return "<w:r><w:t>{{title}}</w:t><w:br/><w:t>" + s + "</w:t></w:r>" }
	body := p(br("{{none}}")) + p(br("{{some}}")) + p(br("see {{none}}"))
	out := mustFill(t, testDocx(t, body, ""), Data{Values: map[string]string{"title": "T", "none": "", "some": "S"}})
	got := paragraphs(t, "document", readTestPart(t, out, "word/document.xml"))
	if want := []string{"T", "T\nS", "T\nsee "}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFillBlankLinesMakeParagraphs checks that a value with blank lines
// becomes several paragraphs with the placeholder paragraph's properties,
// text around the placeholder staying in the first and the last.
func TestFillBlankLinesMakeParagraphs(t *testing.T) {
	pPr := `<w:pPr><w:jc w:val="both"/><w:ind w:firstLine="720"/></w:pPr>`
	body := `<w:p w14:paraId="1A2B3C4D" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">` + pPr +
		r("", "Intro: ") + r("<w:i/>", "{{body}}") + r("", " (end)") + "</w:p>" + p(r("", "After")) +
		`<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr>` + r("", "{{closing}}") + "</w:p>"
	val := "First paragraph,\nsecond line.\n\nSecond paragraph.\n \n\n\nThird paragraph."
	out := mustFill(t, testDocx(t, body, ""), Data{Values: map[string]string{"body": val, "closing": "x\n\ny\n\nz"}})
	doc := readTestPart(t, out, "word/document.xml")
	want := []string{
		"Intro: First paragraph,\nsecond line.",
		"Second paragraph.",
		"Third paragraph. (end)",
		"After",
		"x", "y", "z",
	}
	if got := paragraphs(t, "document", doc); !slices.Equal(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
	if n := strings.Count(doc, pPr); n != 3 {
		t.Errorf("paragraph properties appear %d times, want 3 (one per paragraph)", n)
	}
	if n := strings.Count(doc, "<w:i/>"); n != 3 {
		t.Errorf("the placeholder's run formatting appears %d times, want 3", n)
	}
	// A section break ends the section after its paragraph: only the last
	// piece keeps it.
	if n := strings.Count(doc, "<w:sectPr><w:type"); n != 1 ||
		!strings.Contains(doc, `<w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr><w:r><w:t xml:space="preserve">z`) {
		t.Errorf("the section break is not on the last piece alone:\n%s", doc)
	}
	if n := strings.Count(doc, "w14:paraId"); n != 1 {
		t.Errorf("w14:paraId appears %d times, want 1 (copies go without)", n)
	}
}

// TestFillDeterministic checks that the same input gives the same bytes.
func TestFillDeterministic(t *testing.T) {
	tmpl := splitTemplate(t)
	a := mustFill(t, tmpl, Data{Values: splitValues})
	b := mustFill(t, tmpl, Data{Values: splitValues})
	if !bytes.Equal(a, b) {
		t.Error("two fills of the same template and data differ")
	}
}

func TestFillMissing(t *testing.T) {
	body := p(r("", "{{bar_"), r("", "number}} {{court_city}} {{date}} {{court_city}}")) +
		p(r("", "{{exhibit.label}}: {{exhibit.pages}}")) +
		p(r("", "{{title}} {{exhibit.title}}"))
	header := p(r("", "{{fi"), r("", "rm}}"))
	items := []Item{
		{Kind: "exhibit", Values: map[string]string{"label": "A", "pages": "1"}},
		{Kind: "exhibit", Values: map[string]string{"label": "B"}},
		{Kind: "section", Values: map[string]string{"title": "Identity"}},
		{Kind: "exhibit", Values: map[string]string{}},
	}
	_, err := Fill(testDocx(t, body, header), Data{Values: map[string]string{"date": "today", "title": "T"}, Items: items})
	want := "word: template placeholders without a value: {{bar_number}}, {{court_city}}, " +
		"{{exhibit.label}} in items[3], {{exhibit.pages}} in items[1], items[3], " +
		"{{exhibit.title}} (an item field fills only a paragraph or table row whose placeholders are all exhibit.*), {{firm}}"
	if err == nil || err.Error() != want {
		t.Errorf("Fill error\n got %v\nwant %s", err, want)
	}
}

func TestFillNotDocx(t *testing.T) {
	_, err := Fill([]byte("%PDF-1.7"), Data{})
	if err == nil || !strings.HasPrefix(err.Error(), "word: template is not a Word .docx file: ") {
		t.Errorf("Fill of a non-docx: %v", err)
	}
}
