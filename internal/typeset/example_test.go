package typeset_test

import (
	"bytes"
	"fmt"

	"github.com/asylumpacket/packet/internal/typeset"
)

func ExampleMarkdown() {
	src := `# Declaration of Ana Pérez

1. I am a citizen of Honduras. I was born in *Tegucigalpa* on 2 May 1994.

2. On **3 March 2021** members of the gang came to my house.
`
	pdf, pages, err := typeset.Markdown(src, typeset.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pages, bytes.HasPrefix(pdf, []byte("%PDF-")))
	// Output: 1 true
}

func ExampleText() {
	_, _, err := typeset.Text("  \n\n ", typeset.Options{Heading: "Translation"})
	fmt.Println(err)
	// Output: the document is empty
}
