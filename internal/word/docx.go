package word

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/nguyenthenguyen/docx"
)

// The zip side of a .docx goes through github.com/nguyenthenguyen/docx,
// which reads the template and writes it out with the main part
// (word/document.xml) replaced. For headers and footers, where letterheads
// live, it offers only ReplaceHeader and ReplaceFooter: plain replacement of
// one XML-escaped string by another, which can neither join placeholders
// split across runs nor write markup such as w:br. So the file it writes is
// read once more with archive/zip and written again with the header and
// footer parts filled, every other part copied still compressed.
//
// The output is deterministic: the library writes each file with
// zip.Writer.Create, which records no modification time, in the template's
// order, deflated by compress/flate, which gives the same bytes for the
// same input (with one Go release); the second pass copies those bytes and
// writes the headers and footers the same way.

// mainPart is the body of the document, the one part the library edits.
const mainPart = "word/document.xml"

// rewrite returns the .docx template with its main part, headers and
// footers replaced by what fill makes of them.
func rewrite(template []byte, fill func(part, src string) (string, error)) ([]byte, error) {
	rd, err := docx.ReadDocxFromMemory(bytes.NewReader(template), int64(len(template)))
	if err != nil {
		return nil, notDocx(err)
	}
	defer rd.Close()
	doc := rd.Editable()
	body, err := fill(mainPart, doc.GetContent())
	if err != nil {
		return nil, err
	}
	doc.SetContent(body)
	var buf bytes.Buffer
	if err := doc.Write(&buf); err != nil {
		return nil, fmt.Errorf("word: writing the filled document: %w", err)
	}

	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		return nil, fmt.Errorf("word: reading back the filled document: %w", err)
	}
	parts, err := headersFooters(zr)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if !parts[strings.ToLower(f.Name)] {
			if err := zw.Copy(f); err != nil {
				return nil, fmt.Errorf("word: copying %s: %w", f.Name, err)
			}
			continue
		}
		src, err := readPart(f)
		if err != nil {
			return nil, err
		}
		res, err := fill(f.Name, src)
		if err != nil {
			return nil, err
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err == nil {
			_, err = io.WriteString(w, res)
		}
		if err != nil {
			return nil, fmt.Errorf("word: writing %s: %w", f.Name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("word: writing the filled document: %w", err)
	}
	return out.Bytes(), nil
}

// eachPart calls fn with the main part, the headers and the footers of the
// .docx template.
func eachPart(template []byte, fn func(part, src string) error) error {
	rd, err := docx.ReadDocxFromMemory(bytes.NewReader(template), int64(len(template)))
	if err != nil {
		return notDocx(err)
	}
	defer rd.Close()
	if err := fn(mainPart, rd.Editable().GetContent()); err != nil {
		return err
	}
	zr, err := zip.NewReader(bytes.NewReader(template), int64(len(template)))
	if err != nil {
		return notDocx(err)
	}
	parts, err := headersFooters(zr)
	if err != nil {
		return err
	}
	for _, f := range zr.File {
		if !parts[strings.ToLower(f.Name)] {
			continue
		}
		src, err := readPart(f)
		if err != nil {
			return err
		}
		if err := fn(f.Name, src); err != nil {
			return err
		}
	}
	return nil
}

func notDocx(err error) error {
	return fmt.Errorf("word: template is not a Word .docx file: %w", err)
}

// headersFooters returns the zip names, in lower case, of the header and
// footer parts, as [Content_Types].xml declares them. Their file names
// ("header1.xml") are only Word's habit.
func headersFooters(zr *zip.Reader) (map[string]bool, error) {
	var types struct {
		Overrides []struct {
			PartName    string `xml:",attr"`
			ContentType string `xml:",attr"`
		} `xml:"Override"`
	}
	f, err := zr.Open("[Content_Types].xml")
	if err == nil {
		err = xml.NewDecoder(f).Decode(&types)
		f.Close()
	}
	if err != nil {
		return nil, notDocx(fmt.Errorf("[Content_Types].xml: %w", err))
	}
	parts := map[string]bool{}
	for _, o := range types.Overrides {
		if strings.HasSuffix(o.ContentType, ".header+xml") || strings.HasSuffix(o.ContentType, ".footer+xml") {
			parts[strings.ToLower(strings.TrimPrefix(o.PartName, "/"))] = true
		}
	}
	return parts, nil
}

func readPart(f *zip.File) (string, error) {
	r, err := f.Open()
	if err != nil {
		return "", fmt.Errorf("word: reading %s: %w", f.Name, err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("word: reading %s: %w", f.Name, err)
	}
	return string(b), nil
}
