package word

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/templates"
)

// shippedData is complete data for both shipped templates.
func shippedData() Data {
	items := []Item{{Kind: "enclosures", Values: map[string]string{"title": "Enclosures:"}}} // the index has no such prototype
	for s, title := range []string{"Identity", "Persecution", "Country conditions"} {
		items = append(items, Item{Kind: "section", Values: map[string]string{"title": title}})
		for e := range 3 {
			l := string(rune('A' + s*3 + e))
			items = append(items, Item{Kind: "exhibit", Values: map[string]string{
				"label": l, "title": "Document " + l + " – Ñúñez", "description": "Translated from Russian: «Справка»",
				"marks": "Highlighted: p. 4.", "date": "2024-03-0" + fmt.Sprint(e+1), "pages": fmt.Sprintf("%d–%d", 10*s+e+1, 10*s+e+2),
			}})
		}
	}
	return Data{Values: map[string]string{
		"firm":             "Legal Aid & Refugee Clinic",
		"preparer_name":    "Maria Gómez, Esq.",
		"preparer_address": "100 Main Street, Suite 4\nNewark, NJ 07102",
		"preparer_contact": "Tel. (973) 555-0100  ·  mgomez@example.org",
		"date":             "May 2, 2025",
		"addressee":        "USCIS Newark Asylum Office\n1200 Wall Street West, 4th Floor\nLyndhurst, NJ 07071",
		"applicant_name":   "Amara Okafor",
		"a_number":         "A123-456-789",
		"title":            "Evidence in support of Form I-589",
		"salutation":       "Dear Asylum Officer:",
		"body":             "Please find enclosed the evidence.\n\nThe index that follows lists the enclosed exhibits: 9 exhibits.",
		"bar_number":       "Bar No. 012345",
	}, Items: items}
}

func TestShippedTemplates(t *testing.T) {
	for _, tc := range []struct {
		name     string
		template []byte
		parts    []string
		want     []string
	}{
		{"cover-letter.docx", templates.CoverLetterDocx(), []string{"word/document.xml", "word/header1.xml", "word/header2.xml"}, []string{
			"a_number", "addressee", "applicant_name", "bar_number", "body", "date", "enclosures.title",
			"exhibit.label", "exhibit.pages", "exhibit.title", "firm",
			"preparer_address", "preparer_contact", "preparer_name", "salutation", "section.title", "title",
		}},
		{"index.docx", templates.IndexDocx(), []string{"word/document.xml"}, []string{
			"a_number", "applicant_name", "exhibit.date", "exhibit.description", "exhibit.label",
			"exhibit.marks", "exhibit.pages", "exhibit.title", "section.title", "title",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Placeholders(tc.template)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Placeholders\n got %q\nwant %q", got, tc.want)
			}
			out := mustFill(t, tc.template, shippedData())
			all := ""
			for _, name := range append(tc.parts, "word/styles.xml", "word/settings.xml") {
				all += readTestPart(t, out, name)
			}
			if strings.Contains(all, "{{") {
				t.Error("a placeholder survived")
			}
			for _, v := range []string{"Amara Okafor", "A123-456-789", "Document I – Ñúñez", "Country conditions"} {
				if !strings.Contains(all, v) {
					t.Errorf("filled template lacks %q", v)
				}
			}
		})
	}
}

func TestShippedTemplatesNeedEveryValue(t *testing.T) {
	_, err := Fill(templates.CoverLetterDocx(), Data{})
	want := "word: template placeholders without a value: {{a_number}}, {{addressee}}, {{applicant_name}}, {{bar_number}}, " +
		"{{body}}, {{date}}, {{firm}}, {{preparer_address}}, {{preparer_contact}}, {{preparer_name}}, {{salutation}}, {{title}}"
	if err == nil || err.Error() != want {
		t.Errorf("Fill with no data\n got %v\nwant %s", err, want)
	}
}
