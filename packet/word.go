package packet

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/asylumpacket/packet/internal/layout"
	docx "github.com/asylumpacket/packet/internal/word"
	"github.com/asylumpacket/packet/templates"
)

// Word asks for the cover letter and the index as editable Word documents
// beside the packet, filled from templates: the shipped ones, or the
// user's (their letterhead) with the same placeholders.
type Word struct {
	Letter string // template path relative to the case file; empty means the shipped one
	Index  string

	letter, index []byte // the user's templates, as checked
}

// The placeholders that packet fills, by template. Items are "exhibit.*"
// (and "section.title"), repeated per exhibit and section.
var (
	letterPlaceholders = []string{"a_number", "addressee", "applicant_name", "bar_number", "body", "date", "enclosures.title", "exhibit.date", "exhibit.description", "exhibit.label", "exhibit.marks", "exhibit.pages", "exhibit.title", "firm", "preparer_address", "preparer_contact", "preparer_name", "salutation", "section.title", "title"}
	indexPlaceholders  = []string{"a_number", "applicant_name", "exhibit.date", "exhibit.description", "exhibit.label", "exhibit.marks", "exhibit.pages", "exhibit.title", "section.title", "title"}
)

// WordPaths returns where the Word documents of the packet out are
// written: case.pdf → case-letter.docx and case-index.docx.
func WordPaths(out string) (letter, index string) {
	base := strings.TrimSuffix(out, path.Ext(out))
	return base + "-letter.docx", base + "-index.docx"
}

// checkWord reads the user's templates and checks that packet can fill
// every placeholder they hold.
func (c *Case) checkWord(add func(*Error)) {
	if c.Word == nil || c.FS == nil {
		return
	}
	for _, t := range []struct {
		field, name string
		known       []string
		keep        *[]byte
	}{
		{"word.letter", c.Word.Letter, letterPlaceholders, &c.Word.letter},
		{"word.index", c.Word.Index, indexPlaceholders, &c.Word.index},
	} {
		if t.name == "" {
			continue
		}
		data, err := fs.ReadFile(c.FS, path.Join(c.Dir, t.name))
		if err != nil {
			add(c.errorAt(t.field, "%q cannot be read: %v", t.name, err))
			continue
		}
		names, err := docx.Placeholders(data)
		if err != nil {
			add(c.errorAt(t.field, "%q is not a Word template packet can fill: %v", t.name, err))
			continue
		}
		var unknown []string
		for _, n := range names {
			if !slices.Contains(t.known, n) {
				unknown = append(unknown, "{{"+n+"}}")
			}
		}
		if len(unknown) > 0 {
			add(c.errorAt(t.field, "%q has placeholders packet does not fill: %s (allowed: %s)", t.name, strings.Join(unknown, ", "), braces(t.known)))
			continue
		}
		// A trial fill finds what names alone cannot: an item field
		// outside a paragraph or row of its own.
		if _, err := docx.Fill(data, trialData(t.known)); err != nil {
			add(c.errorAt(t.field, "%q cannot be filled: %v", t.name, err))
			continue
		}
		*t.keep = data
	}
}

// trialData fills every placeholder of known, with one item of each kind.
func trialData(known []string) docx.Data {
	d := docx.Data{Values: map[string]string{}}
	items := map[string]map[string]string{}
	var kinds []string
	for _, n := range known {
		kind, field, ok := strings.Cut(n, ".")
		if !ok {
			d.Values[n] = "x"
			continue
		}
		if items[kind] == nil {
			items[kind] = map[string]string{}
			kinds = append(kinds, kind)
		}
		items[kind][field] = "x"
	}
	for _, k := range kinds {
		d.Items = append(d.Items, docx.Item{Kind: k, Values: items[k]})
	}
	return d
}

func braces(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "{{" + n + "}}"
	}
	return strings.Join(out, ", ")
}

// wordDocuments fills the cover letter (an Asylum Office filing's) and the
// index as Word documents for the packet that res describes. A court
// filing has a cover page, not a letter: letter is then nil.
func (c *Case) wordDocuments(ps []*prepared, res *Result) (letter, index []byte, err error) {
	template := func(checked []byte, shipped func() []byte) []byte {
		if checked != nil {
			return checked // the user's, read and tried when the case was checked
		}
		return shipped()
	}
	items := c.wordItems(res)
	p, a := c.Preparer, c.Applicant
	common := map[string]string{
		"a_number": a.ANumber.String(), "applicant_name": a.Name, "title": c.Filing.Title,
	}
	if c.wordLetter() {
		front := c.frontMatter(ps, res)
		t := template(c.Word.letter, templates.CoverLetterDocx)
		v := map[string]string{
			"addressee": c.addressee(), "bar_number": "", "body": strings.Join(layout.LetterBody(&front), "\n\n"),
			"date": c.Filing.Date.Long(), "firm": p.Firm, "preparer_address": p.Address, "preparer_contact": contact(p),
			"preparer_name": p.Name, "salutation": cmp.Or(strings.TrimSpace(c.Filing.Salutation), c.defaultSalutation()),
		}
		if p.BarNumber != "" {
			v["bar_number"] = "Bar No. " + p.BarNumber
		}
		for k, s := range common {
			v[k] = s
		}
		var listed []docx.Item // the letter lists the exhibits when the case asks it to
		if c.Filing.ListExhibits {
			listed = append([]docx.Item{{Kind: "enclosures", Values: map[string]string{"title": "Enclosures:"}}}, items...)
		}
		if letter, err = docx.Fill(t, docx.Data{Values: v, Items: listed}); err != nil {
			return nil, nil, fmt.Errorf("the Word cover letter: %w", err)
		}
	}
	t := template(c.Word.index, templates.IndexDocx)
	if index, err = docx.Fill(t, docx.Data{Values: common, Items: items}); err != nil {
		return nil, nil, fmt.Errorf("the Word index: %w", err)
	}
	return letter, index, nil
}

// defaultSalutation opens a letter whose case gives no salutation.
func (c *Case) defaultSalutation() string {
	if c.Forum == ImmigrationCourt {
		return "Dear Immigration Judge:"
	}
	return "Dear Asylum Officer:"
}

// wordLetter reports whether a Word cover letter is written: for an
// Asylum Office, or with the user's own letter template.
func (c *Case) wordLetter() bool { return c.Forum == AsylumOffice || c.Word.Letter != "" }

// wordItems lists sections and their exhibits for the Word documents.
func (c *Case) wordItems(res *Result) []docx.Item {
	var items []docx.Item
	k := 0
	for _, s := range c.Sections {
		first := true
		for _, e := range s.Exhibits {
			if e.Filed() {
				continue
			}
			if first {
				items = append(items, docx.Item{Kind: "section", Values: map[string]string{"title": s.Title}})
				first = false
			}
			r := res.Exhibits[k]
			k++
			items = append(items, docx.Item{Kind: "exhibit", Values: map[string]string{
				"label": e.Label, "title": e.indexTitle(), "description": e.Description, "marks": marksNote(res, r),
				"date": e.Date.Long(), "pages": res.Range(r),
			}})
		}
	}
	return items
}

// addressee is the letter's inside address: the office and its address.
func (c *Case) addressee() string {
	if o := c.AsylumOffice; o != nil {
		return strings.TrimSpace(o.Name + "\n" + o.Address)
	}
	if ct := c.Court; ct != nil {
		return strings.TrimSpace("Immigration Court, " + ct.City + "\n" + ct.Address)
	}
	return ""
}

func contact(p Preparer) string {
	var parts []string
	if p.Phone != "" {
		parts = append(parts, "Tel. "+p.Phone)
	}
	if p.Email != "" {
		parts = append(parts, p.Email)
	}
	return strings.Join(parts, " · ")
}
