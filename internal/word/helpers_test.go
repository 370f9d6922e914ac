package word

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

const testNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// testDocx returns a minimal .docx with the given body paragraphs and, if
// header is not "", a default header with those paragraphs.
func testDocx(t *testing.T, body, header string) []byte {
	t.Helper()
	types := `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`
	rels, refs := "", ""
	if header != "" {
		types += `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`
		rels = `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`
		refs = `<w:headerReference w:type="default" r:id="rId1"/>`
	}
	parts := [][2]string{
		{"[Content_Types].xml", types + "</Types>"},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<w:document " + testNS + "><w:body>" + body +
			"<w:sectPr>" + refs + `<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels + "</Relationships>"},
	}
	if header != "" {
		parts = append(parts, [2]string{"word/header1.xml", `<?xml version="1.0" encoding="UTF-8"?><w:hdr ` + testNS + ">" + header + "</w:hdr>"})
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, p[1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readTestPart returns part name of a .docx after checking that it is
// well-formed XML.
func readTestPart(t *testing.T, docx []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	b, err := readZip(zr, name)
	if err != nil {
		t.Fatal(err)
	}
	paragraphs(t, name, string(b))
	return string(b)
}

func readZip(zr *zip.Reader, name string) ([]byte, error) {
	f, err := zr.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// paragraphs returns the text of each top-level paragraph of an XML part,
// with w:br as "\n" and w:tab as "\t", failing t if the part is not
// well-formed or if a break, a tab or another w:t sits inside a w:t.
func paragraphs(t *testing.T, name, src string) []string {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(src))
	var out []string
	var stack []string
	var cur *strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed: %v", name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			local := tok.Name.Local
			if len(stack) > 0 && stack[len(stack)-1] == "t" {
				t.Fatalf("%s: <w:%s> inside <w:t>", name, local)
			}
			switch {
			case local == "p" && cur == nil:
				cur = &strings.Builder{}
			case local == "br" && cur != nil:
				cur.WriteString("\n")
			case local == "tab" && cur != nil && len(stack) > 0 && stack[len(stack)-1] == "r":
				cur.WriteString("\t")
			}
			stack = append(stack, local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if tok.Name.Local == "p" && !slices.Contains(stack, "p") && cur != nil {
				out = append(out, cur.String())
				cur = nil
			}
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] == "t" && cur != nil {
				cur.Write(tok)
			}
		}
	}
	return out
}

// r is a run with properties rPr (may be "") holding text s.
func r(rPr, s string) string {
	if rPr != "" {
		rPr = "<w:rPr>" + rPr + "</w:rPr>"
	}
	return "<w:r>" + rPr + "<w:t>" + s + "</w:t></w:r>"
}

// p is a paragraph of the given content.
func p(content ...string) string { return "<w:p>" + strings.Join(content, "") + "</w:p>" }

func mustFill(t *testing.T, template []byte, d Data) []byte {
	t.Helper()
	out, err := Fill(template, d)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
