package word_test

import (
	"fmt"

	"github.com/asylumpacket/packet/internal/word"
	"github.com/asylumpacket/packet/templates"
)

func ExamplePlaceholders() {
	names, err := word.Placeholders(templates.IndexDocx())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(names)
	// Output: [a_number applicant_name exhibit.date exhibit.description exhibit.label exhibit.marks exhibit.pages exhibit.title section.title title]
}

func ExampleFill() {
	_, err := word.Fill(templates.IndexDocx(), word.Data{
		Values: map[string]string{"title": "Index of Exhibits", "applicant_name": "Amara Okafor"},
		Items: []word.Item{
			{Kind: "section", Values: map[string]string{"title": "Identity"}},
			{Kind: "exhibit", Values: map[string]string{"label": "A", "title": "Passport", "marks": "", "date": "2019-04-02", "pages": "1–6"}},
		},
	})
	fmt.Println(err)
	// Output: word: template placeholders without a value: {{a_number}}, {{exhibit.description}} in items[1]
}
