// Package word fills Word (.docx) templates: the editable cover letter and
// index written beside a packet. A template holds placeholders such as
// "{{applicant_name}}" in its body, headers and footers, wherever Word has
// split them into runs, and may hold repeated blocks: paragraphs or table
// rows made only of item fields such as "{{exhibit.label}}", copied once per
// item.
package word

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

// Data is what fills a template.
type Data struct {
	// Values maps a placeholder name ("applicant_name" for
	// "{{applicant_name}}") to its text. In a value "\n" is a line break,
	// "\t" a tab, and a blank line ("\n\n") starts a new paragraph with the
	// formatting of the placeholder's paragraph. Names the template does not
	// use are ignored.
	Values map[string]string
	// Items fill the repeated blocks. A paragraph or table row whose
	// placeholders are all fields of one kind ("{{exhibit.label}}",
	// "{{exhibit.title}}") is a prototype of that kind; prototypes that
	// follow each other form a group, replaced by a copy of the prototype of
	// each item's kind, in Items order. An item whose kind has no prototype
	// in the group is left out there; a group with no items goes, and a
	// template without prototypes ignores Items.
	Items []Item
}

// Item is one repetition of a block. Kind names its prototype ("exhibit"
// for "{{exhibit.label}}", "section"); Values maps field names ("label") to
// text, with the line breaks of Data.Values.
type Item struct {
	Kind   string
	Values map[string]string
}

// Fill returns template filled with d, as a .docx file. Placeholders are
// filled in the body, headers and footers, also where Word split them
// across runs; a placeholder takes the formatting of the run it starts in.
// Every placeholder of the template that has no value is an error, all
// named at once. The same template and data always give the same bytes.
func Fill(template []byte, d Data) ([]byte, error) {
	f := newFiller(d)
	out, err := rewrite(template, func(part, src string) (string, error) {
		res, err := f.part(src)
		if err != nil {
			return "", fmt.Errorf("word: template part %s: %w", part, err)
		}
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	if len(f.missing) > 0 {
		return nil, missingError(f.missing)
	}
	return out, nil
}

// Placeholders returns the sorted names of the template's placeholders,
// without braces ("a_number", "exhibit.label"), as Fill sees them once
// split runs are joined: the body's, the headers' and the footers'.
func Placeholders(template []byte) ([]string, error) {
	set := map[string]bool{}
	err := eachPart(template, func(part, src string) error {
		root, err := wordRoot(src)
		if err != nil {
			return fmt.Errorf("word: template part %s: %w", part, err)
		}
		collect(root, set)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return slices.Sorted(maps.Keys(set)), nil
}

// missingError names every placeholder without a value, sorted; for an item
// field, the items (by index in Data.Items) that lack it.
func missingError(missing map[string][]int) error {
	list := make([]string, 0, len(missing))
	for name, items := range missing {
		items = slices.Compact(slices.Sorted(slices.Values(items)))
		var where []string
		for _, i := range items {
			if i >= 0 { // -1 stands for Data.Values
				where = append(where, fmt.Sprintf("items[%d]", i))
			}
		}
		if len(where) > 3 {
			where = append(where[:3], fmt.Sprintf("and %d more", len(where)-3))
		}
		if len(where) > 0 {
			name += " in " + strings.Join(where, ", ")
		}
		list = append(list, name)
	}
	sort.Strings(list)
	return fmt.Errorf("word: template placeholders without a value: %s", strings.Join(list, ", "))
}
