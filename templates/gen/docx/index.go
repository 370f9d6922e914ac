package main

import "fmt"

// Index table columns, in twentieths of a point; they add up to textW.
var columns = [4]int{1080, 5400, 1620, 1260}

// index returns the parts of index.docx: the title, the applicant, and a
// table of exhibits with a row per section and per exhibit.
//
// Placeholders: title, applicant_name, a_number; and the repeated rows
// section.title and exhibit.label, exhibit.title, exhibit.description,
// exhibit.marks (the pages highlighted and redacted), exhibit.date,
// exhibit.pages. An empty description or marks takes its line break with
// it.
func index() []part {
	// Cell paragraphs set their spacing themselves too: LibreOffice does
	// not apply a table style's paragraph properties.
	const (
		tight   = `<w:spacing w:after="0"/>`
		centred = tight + `<w:jc w:val="center"/>`
		small   = `<w:color w:val="` + greyHex + `"/><w:sz w:val="18"/><w:szCs w:val="18"/>`
	)
	grid := ""
	for _, w := range columns {
		grid += fmt.Sprintf(`<w:gridCol w:w="%d"/>`, w)
	}
	head := row(`<w:cantSplit/><w:tblHeader/>`,
		cell(0, shade("D9D9D9"), para(centred, run(bold, text("Exhibit")))),
		cell(1, shade("D9D9D9"), para(tight, run(bold, text("Document")))),
		cell(2, shade("D9D9D9"), para(tight, run(bold, text("Date")))),
		cell(3, shade("D9D9D9"), para(centred, run(bold, text("Pages")))))
	// The prototypes: a shaded row across the table per section, a row per
	// exhibit; keepNext holds a section's row to its first exhibit.
	section := row(`<w:cantSplit/>`,
		"<w:tc><w:tcPr>"+fmt.Sprintf(`<w:tcW w:w="%d" w:type="dxa"/>`, textW)+`<w:gridSpan w:val="4"/>`+shade("F2F2F2")+"</w:tcPr>"+
			para(`<w:keepNext/>`+tight, run(bold, text("{{section.title}}")))+"</w:tc>")
	exhibit := row(`<w:cantSplit/>`,
		cell(0, "", para(centred, run(bold, text("{{exhibit.label}}")))),
		cell(1, "", para(tight,
			run("", text("{{exhibit.title}}")),
			run(small, br, text("{{exhibit.description}}")),
			run(`<w:i/><w:iCs/>`+small, br, text("{{exhibit.marks}}")))),
		cell(2, "", para(tight, run("", text("{{exhibit.date}}")))),
		cell(3, "", para(centred, run("", text("{{exhibit.pages}}")))))
	table := "<w:tbl><w:tblPr>" +
		`<w:tblStyle w:val="TableGrid"/>` + fmt.Sprintf(`<w:tblW w:w="%d" w:type="dxa"/>`, textW) +
		`<w:tblLayout w:type="fixed"/>` +
		`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>` +
		"</w:tblPr><w:tblGrid>" + grid + "</w:tblGrid>" + head + section + exhibit + "</w:tbl>"

	body := para(`<w:pStyle w:val="Heading1"/>`, run("", text("{{title}}"))) +
		para(`<w:spacing w:after="240"/><w:jc w:val="center"/>`, run("", text("{{applicant_name}}, {{a_number}}"))) +
		table +
		para("") + // Word wants a paragraph between a table and the end of the document
		page("", "")
	return packageParts(document(body))
}

// row returns a table row with properties trPr.
func row(trPr string, cells ...string) string {
	s := "<w:tr><w:trPr>" + trPr + "</w:trPr>"
	for _, c := range cells {
		s += c
	}
	return s + "</w:tr>"
}

// cell returns a cell of column col; tcPr follows the width, in schema order.
func cell(col int, tcPr, content string) string {
	return "<w:tc><w:tcPr>" + fmt.Sprintf(`<w:tcW w:w="%d" w:type="dxa"/>`, columns[col]) + tcPr + "</w:tcPr>" + content + "</w:tc>"
}

func shade(fill string) string {
	return `<w:shd w:val="clear" w:color="auto" w:fill="` + fill + `"/>`
}
