package main

import "fmt"

// coverLetter returns the parts of cover-letter.docx: a letter to the
// office that receives the packet, on the preparer's letterhead.
//
// Placeholders: firm, preparer_name, preparer_address, preparer_contact
// (letterhead); date, addressee, applicant_name, a_number, title,
// salutation, body, bar_number; and the repeated blocks section.title and
// exhibit.label, exhibit.title, exhibit.pages. A blank line in body starts
// a new paragraph; line breaks in addressee and preparer_address are kept.
func coverLetter() []part {
	refs := `<w:headerReference w:type="default" r:id="rId4"/><w:headerReference w:type="first" r:id="rId3"/>`
	body := para(`<w:spacing w:after="240"/>`, run("", text("{{date}}"))) +
		para(`<w:spacing w:after="240"/>`, run("", text("{{addressee}}"))) +
		// "Re:" hangs in the margin of its block; the lines after it start
		// at the indent, as the PDF cover letter draws them.
		para(`<w:keepLines/><w:spacing w:after="240"/><w:ind w:left="720" w:hanging="720"/>`,
			run(bold, text("Re:")),
			run("", tab, text("{{applicant_name}}")),
			run("", br, text("A-Number: {{a_number}}")),
			run(bold, br, text("{{title}}"))) +
		para("", run("", text("{{salutation}}"))) +
		para("", run("", text("{{body}}"))) +
		// The prototypes: a heading, then one paragraph per section and
		// per exhibit, in the order of Data.Items; without items (the
		// letter lists no exhibits) all three go.
		para(`<w:keepNext/><w:spacing w:before="120" w:after="120"/>`, run("", text("{{enclosures.title}}"))) +
		para(`<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:ind w:left="360"/>`,
			run(bold, text("{{section.title}}"))) +
		para(`<w:spacing w:after="60"/><w:ind w:left="720" w:hanging="360"/>`,
			run("", text("Exhibit {{exhibit.label}}: {{exhibit.title}} (pages {{exhibit.pages}})"))) +
		para(`<w:keepNext/><w:spacing w:before="360" w:after="0"/>`, run("", text("Respectfully submitted,"))) +
		// The signature line: the bottom border of an empty paragraph, 3
		// inches long, with room to sign above it.
		para(fmt.Sprintf(`<w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>`+
			`<w:spacing w:before="720" w:after="40"/><w:ind w:right="%d"/>`, textW-3*1440)) +
		para(`<w:keepNext/><w:spacing w:after="0"/>`, run("", text("{{preparer_name}}"))) +
		para("", run("", text("{{bar_number}}"))) +
		page(refs, "<w:titlePg/>")
	return packageParts(document(body), letterhead(), continuation())
}

// letterhead is the header of the first page: the firm in large bold type,
// the preparer's name, address and contact line in small grey type, centred
// over a rule, as in the PDF cover letter.
func letterhead() string {
	const centred = `<w:pStyle w:val="Header"/><w:jc w:val="center"/>`
	return header(
		para(centred, run(bold+`<w:sz w:val="30"/><w:szCs w:val="30"/>`, text("{{firm}}"))) +
			para(`<w:pStyle w:val="Header"/><w:spacing w:before="40"/><w:jc w:val="center"/>`,
				run(small, text("{{preparer_name}}"))) +
			para(centred, run(small, text("{{preparer_address}}"))) +
			para(`<w:pStyle w:val="Header"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="6" w:color="auto"/></w:pBdr>`+
				`<w:spacing w:after="240"/><w:jc w:val="center"/>`,
				run(small, text("{{preparer_contact}}"))))
}

// continuation is the header of the pages after the first: the applicant
// and the page number, so that a loose page finds its letter again.
func continuation() string {
	return header(para(fmt.Sprintf(`<w:pStyle w:val="Header"/><w:tabs><w:tab w:val="clear" w:pos="%d"/></w:tabs>`, textW/2),
		run(small, text("{{applicant_name}}, {{a_number}}")),
		run(small, tab, text("Page ")),
		`<w:fldSimple w:instr=" PAGE ">`+run(small, text("2"))+"</w:fldSimple>"))
}
