package main

import "fmt"

// font is the text face of both templates. Arial is on every Windows and
// Mac with Word; LibreOffice on Linux uses Liberation Sans, which has the
// same widths, so lines break alike everywhere.
const font = "Arial"

// styles returns word/styles.xml: the defaults (Arial 11 pt, US English,
// space after each paragraph), Normal, a heading, the header style and a
// ruled table style for the index. As in Word's own templates the paragraph
// spacing is a default rather than Normal's, so that the table style's
// tighter spacing applies in cells. Elements inside each style follow the
// schema's order, which Word enforces.
func styles() string {
	defaults := "<w:docDefaults>" +
		"<w:rPrDefault><w:rPr>" +
		fmt.Sprintf(`<w:rFonts w:ascii="%[1]s" w:eastAsia="%[1]s" w:hAnsi="%[1]s" w:cs="%[1]s"/>`, font) +
		`<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>` +
		"</w:rPr></w:rPrDefault>" +
		`<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault>` +
		"</w:docDefaults>"

	normal := `<w:style w:type="paragraph" w:default="1" w:styleId="Normal">` +
		`<w:name w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:widowControl/></w:pPr>` +
		"</w:style>"

	defaultFont := `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">` +
		`<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>` +
		"</w:style>"

	heading := `<w:style w:type="paragraph" w:styleId="Heading1">` +
		`<w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
		`<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="120"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>` +
		`<w:rPr><w:b/><w:bCs/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr>` +
		"</w:style>"

	hdr := `<w:style w:type="paragraph" w:styleId="Header">` +
		`<w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>` +
		fmt.Sprintf(`<w:pPr><w:tabs><w:tab w:val="center" w:pos="%d"/><w:tab w:val="right" w:pos="%d"/></w:tabs>`, textW/2, textW) +
		`<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
		"</w:style>"

	cellMargins := func(topBottom int) string {
		return fmt.Sprintf(`<w:tblCellMar><w:top w:w="%[1]d" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>`+
			`<w:bottom w:w="%[1]d" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>`, topBottom)
	}
	tableNormal := `<w:style w:type="table" w:default="1" w:styleId="TableNormal">` +
		`<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` + cellMargins(0) + "</w:tblPr>" +
		"</w:style>"

	border := func(side string) string {
		return `<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="808080"/>`
	}
	tableGrid := `<w:style w:type="table" w:styleId="TableGrid">` +
		`<w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>` +
		`<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
		`<w:tblPr><w:tblBorders>` + border("top") + border("left") + border("bottom") + border("right") +
		border("insideH") + border("insideV") + "</w:tblBorders>" + cellMargins(50) + "</w:tblPr>" +
		"</w:style>"

	return xmlDecl + "<w:styles " + nsW + ">" + defaults + normal + defaultFont + heading + hdr +
		tableNormal + tableGrid + "</w:styles>"
}
