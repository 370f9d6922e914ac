package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

// Page geometry in twentieths of a point: US Letter, 1-inch margins.
const (
	pageW   = 12240
	pageH   = 15840
	margin  = 1440
	textW   = pageW - 2*margin // 9360, 6.5 inches
	greyHex = "595959"
)

const (
	xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW     = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR     = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	ctMain  = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

	tab = "<w:tab/>"
	br  = "<w:br/>"
)

// para returns a paragraph with properties pPr (inner markup, in schema
// order) and content.
func para(pPr string, content ...string) string {
	if pPr != "" {
		pPr = "<w:pPr>" + pPr + "</w:pPr>"
	}
	return "<w:p>" + pPr + strings.Join(content, "") + "</w:p>"
}

// run returns a run with properties rPr and content (text, tab, br).
func run(rPr string, content ...string) string {
	if rPr != "" {
		rPr = "<w:rPr>" + rPr + "</w:rPr>"
	}
	return "<w:r>" + rPr + strings.Join(content, "") + "</w:r>"
}

// text returns s as a w:t element.
func text(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return `<w:t xml:space="preserve">` + b.String() + "</w:t>"
}

// Run properties used by both templates.
const (
	bold  = "<w:b/><w:bCs/>"
	small = `<w:color w:val="` + greyHex + `"/><w:sz w:val="19"/><w:szCs w:val="19"/>` // 9.5 pt grey
)

// page returns the section properties closing a body: Letter, 1-inch
// margins, with the given header references; titlePg is "<w:titlePg/>"
// when the first page has a header of its own.
func page(refs, titlePg string) string {
	return "<w:sectPr>" + refs +
		fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d"/>`, pageW, pageH) +
		fmt.Sprintf(`<w:pgMar w:top="%[1]d" w:right="%[1]d" w:bottom="%[1]d" w:left="%[1]d" w:header="720" w:footer="720" w:gutter="0"/>`, margin) +
		`<w:cols w:space="720"/>` + titlePg + "</w:sectPr>"
}

// document returns word/document.xml with the given body.
func document(body string) string {
	return xmlDecl + "<w:document " + nsW + " " + nsR + "><w:body>" + body + "</w:body></w:document>"
}

// header returns a header part with the given paragraphs.
func header(body string) string {
	return xmlDecl + "<w:hdr " + nsW + " " + nsR + ">" + body + "</w:hdr>"
}

// packageParts returns the parts every document has, around its body and
// extra parts (headers): content types, relationships, styles, settings.
// Extra parts are related to the document as rId3, rId4, … in order.
func packageParts(body string, headers ...string) []part {
	types := `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="` + ctMain + `document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="` + ctMain + `styles+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="` + ctMain + `settings+xml"/>`
	rels := rel("rId1", "styles", "styles.xml") + rel("rId2", "settings", "settings.xml")
	var hdrs []part
	for i, h := range headers {
		name := "header" + string(rune('1'+i)) + ".xml"
		types += `<Override PartName="/word/` + name + `" ContentType="` + ctMain + `header+xml"/>`
		rels += rel("rId"+string(rune('3'+i)), "header", name)
		hdrs = append(hdrs, part{"word/" + name, h})
	}
	parts := []part{
		{"[Content_Types].xml", xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` + types + "</Types>"},
		{"_rels/.rels", relationships(rel("rId1", "officeDocument", "word/document.xml"))},
		{"word/document.xml", body},
		{"word/_rels/document.xml.rels", relationships(rels)},
		{"word/styles.xml", styles()},
		{"word/settings.xml", settings},
	}
	return append(parts, hdrs...)
}

func rel(id, typ, target string) string {
	return `<Relationship Id="` + id + `" Type="` + relType + typ + `" Target="` + target + `"/>`
}

func relationships(rels string) string {
	return xmlDecl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels + "</Relationships>"
}

// settings makes Word open the templates in its current mode rather than
// in compatibility mode.
const settings = xmlDecl + "<w:settings " + nsW + ">" +
	`<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	"</w:settings>"
